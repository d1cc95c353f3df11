/**
 * Nested graphs (If branches, Loop bodies) in the metrics, the report and the memory plan, on
 * ONNX models built in code and run through the whole analyzer. Every figure is worked out by
 * hand below (METRICS.md: Conv O*(Cin/G)*K + Cout, Gemm M*N*K + N, MatMul batch*M*N*K).
 */
import { describe, expect, it } from 'vitest';
import { OnnxBuilder, memoryInput } from '../builders/onnx.js';
import { analyzeModel } from '../../src/analyze.js';
import { renderReport } from '../../src/report/index.js';
import { checkPlan } from '../../src/memory/index.js';
import type { Report, ReportLayer } from '../../src/report/index.js';
import { schemaErrors } from '../helpers/schema.js';

/**
 * relu = Relu(y) ; if cond: then_branch Conv(x, W, b) else_branch Reshape(Gemm(relu, W2, b2)) ;
 * out = Conv(if_out, W3, b), where b is a top-level initializer read first inside then_branch.
 */
function ifModel(): Uint8Array {
  const m = new OnnxBuilder({ opset: 13 });
  const x = m.input('x', 'float32', [1, 3, 8, 8]);
  const y = m.input('y', 'float32', [1, 16]);
  const cond = m.input('cond', 'bool', []);
  const b = m.initializer('b', 'float32', [4]);
  const relu = m.node('Relu', [y], {}, { name: 'relu' });

  const then = m.subgraph('then_graph');
  const w = then.initializer('W', 'float32', [4, 3, 3, 3]);
  then.output(then.node('Conv', [x, w, b], { kernel_shape: [3, 3], pads: [1, 1, 1, 1] }, { name: 'conv' }), 'float32');

  const other = m.subgraph('else_graph');
  const w2 = other.initializer('W2', 'float32', [16, 256]);
  const b2 = other.initializer('b2', 'float32', [256]);
  const shape = other.initializer('shape', 'int64', [4], { values: [1, 4, 8, 8] });
  const gemm = other.node('Gemm', [relu, w2, b2], {}, { name: 'gemm' });
  other.output(other.node('Reshape', [gemm, shape], {}, { name: 'reshape' }), 'float32');

  const ifOut = m.node('If', [cond], { then_branch: then, else_branch: other }, { name: 'if' });
  const w3 = m.initializer('W3', 'float32', [4, 4, 1, 1]);
  m.output(m.node('Conv', [ifOut, w3, b], { kernel_shape: [1, 1] }, { name: 'tail' }), 'float32');
  return m.build();
}

/** Loop M=3 (constant) over a body v_next = MatMul(v, Wb), Wb 8x8; v [1, 8]. */
function loopModel(trip: number | 'input'): Uint8Array {
  const m = new OnnxBuilder({ opset: 13 });
  const v0 = m.input('v0', 'float32', [1, 8]);
  const tripCount = trip === 'input' ? m.input('M', 'int64', []) : m.initializer('M', 'int64', [], { values: [trip] });
  const body = m.subgraph('body_graph');
  body.input('iter', 'int64', []);
  const condIn = body.input('cond_in', 'bool', []);
  body.input('v', 'float32', [1, 8]);
  const wb = body.initializer('Wb', 'float32', [8, 8]);
  body.output(body.node('Identity', [condIn], {}, { name: 'keep_going' }), 'bool');
  body.output(body.node('MatMul', ['v', wb], {}, { name: 'matmul' }), 'float32');
  m.output(m.node('Loop', [tripCount, '', v0], { body }, { name: 'loop' }), 'float32');
  return m.build();
}

/** Scan over X [5, 1, 8] (axis 0): h_next = h + MatMul(x_t, Wb), Wb 8x4; h [1, 4]; scan output y. */
function scanModel(): Uint8Array {
  const m = new OnnxBuilder({ opset: 13 });
  const h0 = m.input('h0', 'float32', [1, 4]);
  const xs = m.input('xs', 'float32', [5, 1, 8]);
  const body = m.subgraph('scan_body');
  body.input('h', 'float32', [1, 4]);
  body.input('x_t', 'float32', [1, 8]);
  const y = body.node('MatMul', ['x_t', body.initializer('Wb', 'float32', [8, 4])], {}, { name: 'matmul' });
  body.output(body.node('Add', ['h', y], {}, { name: 'acc' }), 'float32');
  body.output(body.node('Identity', [y], {}, { name: 'y' }), 'float32');
  m.output(m.nodeOutputs('Scan', [h0, xs], { body, num_scan_inputs: 1 }, { name: 'scan', outputs: 2 })[0] ?? '', 'float32');
  return m.build();
}

const analyze = (bytes: Uint8Array, opts: Parameters<typeof analyzeModel>[1] = {}): Report => analyzeModel(memoryInput('m.onnx', bytes), opts);
const row = (layers: ReportLayer[], name: string): ReportLayer => {
  const l = layers.find((x) => x.name === name);
  if (!l) throw new Error(`no layer '${name}' in ${layers.map((x) => x.name).join(', ')}`);
  return l;
};

describe('nested graphs: If', () => {
  const r = analyze(ifModel());
  const ifRow = row(r.layers, 'if');

  it('lists each branch with its own layers under the If row', () => {
    expect(ifRow.subgraphs?.map((s) => s.name)).toEqual(['then_branch', 'else_branch']);
    expect(ifRow.subgraphs?.[0]?.layers.map((l) => l.name)).toEqual(['conv']);
    expect(ifRow.subgraphs?.[1]?.layers.map((l) => l.name)).toEqual(['gemm', 'reshape']);
  });

  it('counts the costlier branch MACC and the weights of both', () => {
    // then: Conv O = 1*4*8*8 = 256 outputs, Cin/G * K = 3 * 9 = 27, + Cout 4 -> 256*27 + 4 = 6,916
    // else: Gemm M=1, N=256, K=16 -> 1*256*16 + 256 (bias) = 4,352; Reshape 0
    const [then, other] = ifRow.subgraphs ?? [];
    expect(row(then?.layers ?? [], 'conv').macc).toBe(6_916);
    expect(row(other?.layers ?? [], 'gemm').macc).toBe(4_352);
    expect(ifRow.macc).toBe(6_916);
    expect([then?.repeat, other?.repeat]).toEqual([1, 0]);
    // params: W 4*3*3*3 = 108, b 4 (outer initializer, first read here), W2 16*256 = 4,096, b2 256
    // (the Reshape shape is not a weight) -> 4,464 items; bytes 432 + 16 + 16,384 + 1,024 = 17,856
    expect(ifRow.params).toBe(108 + 4 + 4_096 + 256);
    expect(ifRow.weightsBytes).toBe(17_856);
    expect(r.diagnostics.some((d) => d.code === 'I_ASSUMPTION' && d.node === 'if' && /costlier branch \(then_branch: 6,916, else_branch: 4,352\)/.test(d.message))).toBe(true);
  });

  it('counts a shared outer constant once, where it is first read; totals are the top-level rows', () => {
    // tail: 1x1 conv 4 -> 4 on 8x8: 256 * 4 + 4 = 1,028; params W3 16 only (b was counted in the If)
    const tail = row(r.layers, 'tail');
    expect(tail).toMatchObject({ macc: 1_028, params: 16 });
    expect(r.totals.macc).toBe(6_916 + 1_028 + 16); // + relu: 16 outputs
    expect(r.totals.macc).toBe(r.layers.reduce((a, l) => a + l.macc, 0));
    expect(r.totals.params).toBe(4_464 + 16);
    expect(r.totals.params).toBe(r.layers.reduce((a, l) => a + l.params, 0));
    // operation types: the If's MACC is bucketed by the layers it is made of (smul for the conv)
    expect(r.operationTypes.find((o) => o.type === 'smul_f32_f32')?.macc).toBe(6_916 + 1_028);
  });

  it('plans the larger branch as a scratch area of the If; outer tensors a branch reads live until it', () => {
    // else_branch alone: gemm out [1,256] 1,024 B and reshape out 1,024 B are alive together
    // at the Reshape -> 2,048 B; then_branch: conv out 1,024 B. The If (step 1) gets 2,048 B.
    for (const planner of ['st-time', 'tflm'] as const) {
      const p = analyze(ifModel(), { planner });
      const scratch = p.memory.buffers.find((b) => b.tensor === 'if#scratch');
      expect(scratch?.size).toBe(2_048);
      const step = p.memory.timeline.steps.findIndex((s) => s.layer === 'if') + (planner === 'tflm' ? 1 : 0);
      // st-time runs x's channel-last Transpose first (memory/channel-first-io.ts): relu, if at 1, 2;
      // TFLM: relu, if in scopes 1, 2
      expect(p.memory.timeline.steps.map((s) => s.layer)).toEqual(planner === 'tflm' ? ['relu', 'if', 'tail'] : ['x#chlast/transpose', 'relu', 'if', 'tail', 'tail_out#chlast/transpose']);
      expect(step).toBe(2);
      expect(scratch?.firstStep).toBe(step);
      // x is read only inside then_branch, relu only inside else_branch: both alive at the If
      expect(p.memory.buffers.find((b) => b.tensor === 'x')?.lastStep).toBeGreaterThanOrEqual(step);
      expect(p.memory.buffers.find((b) => b.tensor === 'relu_out')?.lastStep).toBeGreaterThanOrEqual(step);
      expect(checkPlan({ arenaBytes: p.memory.arenaBytes, buffers: p.memory.buffers })).toBeUndefined();
    }
    // st: the Reshape writes in place over the Gemm output, so the else branch needs 1,024 B
    expect(analyze(ifModel(), { planner: 'st' }).memory.buffers.find((b) => b.tensor === 'if#scratch')?.size).toBe(1_024);
    const timeOnly = analyze(ifModel(), { planner: 'st-time' });
    expect(timeOnly.diagnostics.some((d) => d.code === 'I_ASSUMPTION' && /'if' else_branch 2,048 B/.test(d.message))).toBe(true);
    // with st both branches need 1,024 B: the first one found is named
    expect(r.diagnostics.some((d) => d.code === 'I_ASSUMPTION' && /'if' then_branch 1,024 B/.test(d.message))).toBe(true);
  });

  it('follows the JSON schema and shows the nested rows in text and markdown', () => {
    expect(schemaErrors(JSON.parse(renderReport(r, 'json')))).toBe('');
    const text = renderReport(r, 'text');
    expect(text).toMatch(/\n\d+\s+if \(If, If\)/);
    expect(text).toMatch(/then_branch: MACC counted x1/);
    expect(text).toMatch(/ {4}then_branch\/conv \(Conv, Conv\).*6,916/);
    expect(text).toMatch(/ {4}else_branch\/gemm \(Gemm, Gemm\).*4,352/);
    const md = renderReport(r, 'md');
    expect(md).toMatch(/↳ \*else_branch\* \(2 layers, MACC counted x0\)/);
    expect(md).toMatch(/↳ then_branch\/conv/);
    expect(md).not.toMatch(/else_branch\/reshape/); // no weights, no MACC: left out of the compact form
  });
});

describe('nested graphs: Loop', () => {
  it('a constant trip count multiplies the body: 3 x MatMul', () => {
    const r = analyze(loopModel(3));
    const loop = row(r.layers, 'loop');
    // MatMul [1,8] x [8,8]: batch 1 * M 1 * N 8 * K 8 = 64 per iteration; 3 iterations -> 192
    expect(row(loop.subgraphs?.[0]?.layers ?? [], 'matmul').macc).toBe(64);
    expect(loop.subgraphs?.[0]).toMatchObject({ name: 'body', repeat: 3 });
    expect(loop.macc).toBe(192);
    expect(r.totals.macc).toBe(192);
    // params: Wb 64 items only (the trip count M is a control value, not a weight)
    expect(loop.params).toBe(64);
    expect(r.totals.params).toBe(64);
    expect(schemaErrors(JSON.parse(renderReport(r, 'json')))).toBe('');
    expect(r.diagnostics.some((d) => d.code === 'I_ASSUMPTION' && d.node === 'loop')).toBe(false);
  });

  it('an unknown trip count counts one iteration and says so', () => {
    const r = analyze(loopModel('input'));
    expect(row(r.layers, 'loop').macc).toBe(64);
    expect(r.diagnostics.some((d) => d.code === 'I_ASSUMPTION' && d.node === 'loop' && /trip count .*unknown; MACC counts one iteration \(64\)/.test(d.message))).toBe(true);
  });
});

describe('nested graphs: Scan', () => {
  it('the scan length (first scan input, axis 0) multiplies the body', () => {
    const r = analyze(scanModel());
    const scan = row(r.layers, 'scan');
    // per step: MatMul [1,8] x [8,4] = 1*1*4*8 = 32, Add 4 outputs = 4, Identity 0 -> 36; 5 steps -> 180
    expect(scan.subgraphs?.[0]).toMatchObject({ name: 'body', repeat: 5 });
    expect(scan.macc).toBe(180);
    expect(scan.params).toBe(32);
  });
});
