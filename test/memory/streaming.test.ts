/**
 * Streaming overlap and pad folding (memory/streaming.ts, memory/pad-fold.ts): leads computed by
 * hand from METRICS.md's formula, then checked per buffer against ST Edge AI Core's own placements
 * in ../shared/reference (c_info.json: each buffer's offset_start and size_bytes).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { overlapRules } from '../../src/memory/streaming.js';
import { foldedPads } from '../../src/memory/pad-fold.js';
import { planMemory } from '../../src/memory/plan.js';
import { memoryTimeline } from '../../src/memory/timeline.js';
import { checkPlan } from '../../src/memory/check.js';
import { readModel } from '../../src/frontends/registry.js';
import { runPipeline } from '../../src/passes/pipeline.js';
import { fileModelInput } from '../../src/node/file-source.js';
import type { Graph } from '../../src/ir/graph.js';
import { HAS_SHARED, REFERENCE_DIR } from '../helpers/shared.js';

const NHWC = { layout: 'NHWC', weight_layout: 'OHWI' };
const leads = (g: Graph) => Object.fromEntries(overlapRules(g, foldedPads(g), 4).map((r) => [r.node, r.lead]));

describe('lead: how far below its input a streaming layer may start its output', () => {
  it('3x3 stride-2 SAME depthwise, int8 (rows 112 x 16 in, 56 x 16 out): one output row', () => {
    const b = new GraphBuilder();
    const x = b.input('x', 'int8', [1, 112, 112, 16]);
    b.output(b.node('Conv', [x, b.constant('w', 'int8', [1, 3, 3, 16])], { layout: 'NHWC', weight_layout: 'IHWO', strides: [2, 2], auto_pad: 'SAME_UPPER' }, { name: 'dw', outShapes: [[1, 56, 56, 16]], outDType: 'int8' }));
    // SAME, stride 2 on 112: total pad (56 - 1) 2 + 3 - 112 = 1, top 0. Ri = 1,792 B, Ro = 896 B:
    // r = 0 gives 896 - 0; r >= 1 gives 896 (r + 1) - 1,792 (2r) < 896.
    expect(leads(b.graph)).toEqual({ dw: 896 });
  });

  it('at, below and above the point where overlapping stops paying: a lead equal to the output size is dropped', () => {
    const conv = (hout: number) => {
      const b = new GraphBuilder();
      const x = b.input('x', 'int8', [1, 4, 1, 1]);
      // 1x1 conv 1 -> c channels: Ri = 1 B, Ro = c B; lead = max_r ((r + 1) c - r) = 4c - 3 for 4 rows
      b.output(b.node('Conv', [x, b.constant('w', 'int8', [hout, 1, 1, 1])], NHWC, { name: 'pw', outShapes: [[1, 4, 1, hout]], outDType: 'int8' }));
      return leads(b.graph)['pw'];
    };
    // output 4c B rounded to 4; lead 4c - 3 rounded up to 4 = 4c: equal to the output, no gain
    expect(conv(1)).toBeUndefined(); // lead 1 -> 4, output 4
    expect(conv(4)).toBeUndefined(); // lead 13 -> 16, output 16
    const b = new GraphBuilder();
    const x = b.input('x', 'int8', [1, 4, 1, 8]);
    // 8 -> 4 channels: Ri 8, Ro 4: lead = max_r (4 (r + 1) - 8r) = 4 (r = 0), below the 16 B output
    b.output(b.node('Conv', [x, b.constant('w', 'int8', [4, 1, 1, 8])], NHWC, { name: 'pw', outShapes: [[1, 4, 1, 4]], outDType: 'int8' }));
    expect(leads(b.graph)).toEqual({ pw: 4 });
  });

  it('a float window with output rows wider than its input rows does not overlap (seed 001: 69,668 B = input + output + scratch); an int8 one does; element-wise does', () => {
    const b = new GraphBuilder();
    const x = b.input('x', 'float32', [1, 32, 32, 1]);
    const c = b.node('Conv', [x, b.constant('w', 'float32', [16, 3, 3, 1])], { ...NHWC, auto_pad: 'SAME_UPPER' }, { name: 'conv', outShapes: [[1, 32, 32, 16]], outDType: 'float32' });
    const q = b.node('QuantizeLinear', [c, b.constant('s', 'float32', []), b.constant('z', 'int8', [])], {}, { name: 'q', outShapes: [[1, 32, 32, 16]], outDType: 'int8' });
    b.output(b.node('DequantizeLinear', [q, b.constant('s2', 'float32', []), b.constant('z2', 'int8', [])], {}, { name: 'dq', outShapes: [[1, 32, 32, 16]], outDType: 'float32' }));
    // float -> int8: the output is smaller, in place (lead 0); int8 -> float: 16,384 B -> 65,536 B,
    // lead = 65,536 - 16,384 = 49,152 (element k written after element k is read); the float conv
    // (rows of 128 B in, 2,048 B out) has none
    expect(leads(b.graph)).toEqual({ q: 0, dq: 49_152 });
    // the same convolution in int8: rows of 32 B in, 512 B out, SAME top pad 1:
    // lead = max_r ((r + 1) 512 - (r - 1) 32) = 32 x 512 - 30 x 32 (r = 31)
    const f = new GraphBuilder();
    const fx = f.input('x', 'int8', [1, 32, 32, 1]);
    f.output(f.node('Conv', [fx, f.constant('w', 'int8', [16, 3, 3, 1])], { ...NHWC, auto_pad: 'SAME_UPPER' }, { name: 'conv', outShapes: [[1, 32, 32, 16]], outDType: 'int8' }));
    expect(leads(f.graph)).toEqual({ conv: 32 * 512 - 30 * 32 });
  });

  it('a float 3x3 SAME conv, 16 -> 16 channels, 32 wide: two rows plus (Kw - 1 + left pad) = 3 pixels (seed 001, two layers)', () => {
    const lead = (k: number, pad: 'SAME_UPPER' | 'VALID', dtype: 'float32' | 'int8') => {
      const b = new GraphBuilder();
      const x = b.input('x', dtype, [1, 32, 32, 16]);
      const out = pad === 'VALID' ? 33 - k : 32;
      b.output(b.node('Conv', [x, b.constant('w', dtype, [16, k, k, 16])], { ...NHWC, auto_pad: pad }, { name: 'conv', outShapes: [[1, out, out, 16]], outDType: dtype }));
      return leads(b.graph)['conv'];
    };
    const px = 16 * 4;
    const row = 32 * px;
    // rows: max_r ((r + 1) - (r - 1)) rows = 2; pixels: Kw - 1 = 2, left pad 1
    expect(lead(3, 'SAME_UPPER', 'float32')).toBe(2 * row + 3 * px);
    // VALID 3x3: rows ((r + 1) Ro - r Ri), Ro = 30 px < Ri: Ro; pixels Kw - 1 = 2, no left pad
    expect(lead(3, 'VALID', 'float32')).toBe(30 * px + 2 * px);
    // 1x1: one output row of 32 pixels, no pixel term
    expect(lead(1, 'VALID', 'float32')).toBe(row);
    // int8: the rows only (no reference shows the pixel term for int8): 2 rows of 512 B
    expect(lead(3, 'SAME_UPPER', 'int8')).toBe(2 * 32 * 16);
  });

  it('a float 5x1 conv widening 1 -> 32 channels over 3 columns overlaps (the activity tracker, ST 2.2): Kw = 1, rows only', () => {
    const b = new GraphBuilder();
    const x = b.input('x', 'float32', [1, 48, 3, 1]);
    b.output(b.node('Conv', [x, b.constant('w', 'float32', [32, 5, 1, 1])], { ...NHWC, auto_pad: 'VALID' }, { name: 'conv', outShapes: [[1, 44, 3, 32]], outDType: 'float32' }));
    // Ri = 3 x 4 = 12 B, Ro = 3 x 32 x 4 = 384 B: max_r ((r + 1) 384 - 12 r) at r = 43
    expect(leads(b.graph)).toEqual({ conv: 44 * 384 - 43 * 12 });
  });

  it('a broadcast input never overlaps the output', () => {
    const b = new GraphBuilder();
    const x = b.input('x', 'int8', [1, 8]);
    const y = b.input('y', 'int8', [1, 1]);
    b.output(b.node('Add', [x, y], {}, { name: 'add', outShapes: [[1, 8]], outDType: 'int8' }));
    expect(overlapRules(b.graph, new Map(), 4)).toEqual([{ node: 'add', at: 0, input: 'x', output: 'add_out', lead: 0 }]);
  });

  it('an element-wise op reading one tensor twice (Mul of x and x) has one rule for it; a node writing two outputs has none', () => {
    const b = new GraphBuilder();
    const x = b.input('x', 'int8', [1, 8]);
    b.output(b.node('Mul', [x, x], {}, { name: 'square', outShapes: [[1, 8]], outDType: 'int8' }));
    b.output(b.node('Relu', [x], {}, { name: 'two', outShapes: [[1, 8], [1, 8]], outDType: 'int8', outputs: 2 }));
    b.output('two_out1');
    // same size in and out: in place (lead 0), once
    expect(overlapRules(b.graph, new Map(), 4)).toEqual([{ node: 'square', at: 0, input: 'x', output: 'square_out', lead: 0 }]);
  });

  it('Pad moves row r - top into row r: the output ends where the input ends', () => {
    const b = new GraphBuilder();
    const x = b.input('x', 'int8', [1, 4, 2, 8]); // rows of 16 B
    const p = b.values('pads', 'int64', [0, 1, 0, 0, 0, 2, 0, 0]);
    b.output(b.node('Pad', [x, p], {}, { name: 'pad', outShapes: [[1, 7, 2, 8]], outDType: 'int8' }));
    // axis 1: top 1, bottom 2, 4 -> 7 rows of 16 B; c(r) = min(r, 4): (r + 1) 16 - 16 c(r) is 16
    // up to r = 4, then 32 and 48 (the bottom rows are written after the input is used up):
    // lead 48 = 112 - 64, so the output ends exactly at the input's end
    expect(leads(b.graph)).toEqual({ pad: 48 });
  });
});

describe('pad folding', () => {
  function padConv(pads: number[], value?: number) {
    const b = new GraphBuilder();
    const x = b.input('x', 'int8', [1, 8, 8, 4], { scale: [0.1], zeroPoint: [-3] });
    const inputs = [x, b.values('pads', 'int64', pads)];
    if (value !== undefined) inputs.push(b.values('v', 'int8', [value], []));
    const h = 8 + (pads[1] ?? 0) + (pads[5] ?? 0);
    const w = 8 + (pads[2] ?? 0) + (pads[6] ?? 0);
    const p = b.node('Pad', inputs, {}, { name: 'pad', outShapes: [[1, h, w, 4]], outDType: 'int8' });
    b.output(b.node('Conv', [p, b.constant('w', 'int8', [1, 3, 3, 4])], { layout: 'NHWC', weight_layout: 'IHWO', strides: [2, 2], auto_pad: 'VALID' }, { name: 'dw', outShapes: [[1, (h - 3) / 2 + 1, (w - 3) / 2 + 1, 4]], outDType: 'int8' }));
    return b.graph;
  }

  it('folds a zero SAME-like pad into its convolution: the padded tensor gets no buffer', () => {
    const g = padConv([0, 0, 0, 0, 0, 1, 1, 0]); // bottom/right 1: TF SAME, stride 2
    expect([...foldedPads(g).values()].map((f) => [f.pad, f.into, f.top])).toEqual([['pad', 'dw', 0]]);
    const p = planMemory(g);
    expect(p.buffers.map((b) => b.tensor)).not.toContain('pad_out');
    expect(p.folds).toEqual([{ pad: 'pad', into: 'dw', input: 'x', savedBytes: 9 * 9 * 4 }]);
    expect(checkPlan(p)).toBeUndefined();
    expect(planMemory(g, { planner: 'tflm' }).folds).toEqual([]); // TFLM runs the PAD kernel
  });

  it('keeps a causal pad, a pad of the channels, a non-zero value; folds the zero point', () => {
    expect(foldedPads(padConv([0, 2, 0, 0, 0, 0, 0, 0])).size).toBe(0); // 2 before, 0 after
    expect(foldedPads(padConv([0, 0, 0, 1, 0, 0, 0, 1])).size).toBe(0); // channels
    expect(foldedPads(padConv([0, 1, 1, 0, 0, 1, 1, 0], 5)).size).toBe(0); // value 5, zero point -3
    expect(foldedPads(padConv([0, 1, 1, 0, 0, 1, 1, 0], -3)).size).toBe(1);
    expect(foldedPads(padConv([0, 1, 1, 0, 0, 2, 2, 0])).size).toBe(1); // end = begin + 1
    expect(foldedPads(padConv([0, 1, 1, 0, 0, 3, 3, 0])).size).toBe(0); // end = begin + 2
  });
});

interface CBuffer { id: number; name: string; offset_start: number; size_bytes: number; shape: number[] }
interface CNode { name: string; description: string; attributes: Record<string, string>; inputs: number[]; outputs: number[] }
interface CInfo { buffers: CBuffer[]; graphs: { nodes: CNode[] }[] }

function cInfo(rel: string): CInfo {
  return JSON.parse(readFileSync(join(REFERENCE_DIR, rel), 'utf8')) as CInfo;
}

/** ST's gap between a layer's input and output buffers when they share bytes, else undefined. */
function stGap(info: CInfo, input: string, output: string): number | undefined {
  const a = info.buffers.find((b) => b.name === `${input}_output_array`);
  const b = info.buffers.find((x) => x.name === `${output}_output_array`);
  if (!a || !b) throw new Error(`no buffers ${input} / ${output}`);
  const shared = Math.min(a.offset_start + a.size_bytes, b.offset_start + b.size_bytes) - Math.max(a.offset_start, b.offset_start);
  return shared > 0 ? a.offset_start - b.offset_start : undefined;
}

const pair = (s: string) => s.split(/[(),\s]+/).filter((x) => x !== '').map(Number);

/** The wake-word int8 chain rebuilt from the c_info.json alone: shapes, kernels, strides. */
function fromCInfo(info: CInfo): Graph {
  const byId = new Map(info.buffers.map((x) => [(x as CBuffer).id, x as CBuffer]));
  const b = new GraphBuilder();
  const nodes = info.graphs[0]?.nodes ?? [];
  const first = byId.get(nodes[0]?.inputs[0] ?? -1);
  if (!first) throw new Error('no input');
  let x = b.input('serving_default_input_10', 'int8', [1, ...first.shape]);
  for (const n of nodes.filter((m) => m.description === 'Conv2D')) {
    const out = byId.get(n.outputs[0] ?? -1);
    if (!out) throw new Error(n.name);
    const [kh, kw] = pair(n.attributes['filter_size'] ?? '');
    const [sh, sw] = pair(n.attributes['stride'] ?? '');
    const dw = n.attributes['is_depthwise'] === 'True';
    const cin = b.get(x).shape?.at(-1) as number;
    const cout = out.shape.at(-1) as number;
    const w = b.constant(`${n.name}_w`, 'int8', dw ? [1, kh ?? 1, kw ?? 1, cout] : [cout, kh ?? 1, kw ?? 1, cin]);
    x = b.node('Conv', [x, w], { layout: 'NHWC', weight_layout: dw ? 'IHWO' : 'OHWI', strides: [sh ?? 1, sw ?? 1], auto_pad: 'VALID' }, { name: n.name, outShapes: [[1, ...out.shape]], outDType: 'int8' });
    b.graph.tensors.delete(`${n.name}_out`);
    b.graph.nodes.at(-1)!.outputs = [n.name];
    b.graph.tensors.set(n.name, { name: n.name, dtype: 'int8', shape: [1, ...out.shape] });
    x = n.name;
  }
  b.output(x);
  return b.graph;
}

describe.skipIf(!HAS_SHARED)('leads against ST Edge AI Core placements (c_info.json)', () => {
  it('streaming wake word (stedgeai 1.0, stm32l4): where ST packed an output tight under its input, the lead is ST\'s gap', () => {
    const info = cInfo('stedgeai-sww/sww_model_strm_ww_int8.tflite_c_info.json');
    const ours = leads(fromCInfo(info));
    // conv2d_0 (3x1 depthwise, rows of 40 B), conv2d_2 (5x1, 108 B), conv2d_4 (10x1, 81 B -> 84):
    // one input row each, and ST's gap is exactly that
    const chain = ['serving_default_input_10', 'conv2d_0', 'conv2d_1', 'conv2d_2', 'conv2d_3', 'conv2d_4', 'conv2d_5', 'conv2d_6', 'conv2d_7'];
    for (const [i, name] of chain.entries()) {
      if (i === 0) continue;
      const gap = stGap(info, chain[i - 1] ?? '', name);
      // every overlap ST made is one our rule allows (no gap: ST made none here)
      expect(ours[name] ?? 0, name).toBeLessThanOrEqual(gap ?? Infinity);
    }
    expect([ours['conv2d_0'], ours['conv2d_2'], ours['conv2d_4']]).toEqual([40, 108, 84]);
    expect([stGap(info, 'serving_default_input_10', 'conv2d_0'), stGap(info, 'conv2d_1', 'conv2d_2'), stGap(info, 'conv2d_3', 'conv2d_4')]).toEqual([40, 108, 84]);
  });

  it('packetqc TCN (stedgeai 2.2, stm32n6 CPU): Pad lead 2 rows of 256 B and conv lead 1 row, as ST placed them; the causal pad is not folded', () => {
    const dir = join(REFERENCE_DIR, 'packetqc-ai', 'model_npu_int8');
    const info = cInfo('packetqc-ai/model_npu_int8/models__npu_export__model_calculator_tcn_version_1__generated__network_c_info.json');
    const g = runPipeline(readModel(fileModelInput(join(dir, 'model_npu_int8.onnx'))), {}).graph;
    expect(foldedPads(g).size).toBe(0);
    const ours = leads(g);
    expect(ours['/pad1/Pad']).toBe(stGap(info, 'embeddings_Transpose', '_pad1_Pad_output_0'));
    expect(ours['/conv1/Conv']).toBe(stGap(info, '_pad1_Pad_output_0', '_act_Relu_output_0'));
    expect(ours['/conv2/Conv']).toBe(stGap(info, '_pad2_Pad_output_0', '_act_1_Relu_output_0'));
    expect([ours['/pad1/Pad'], ours['/conv1/Conv']]).toEqual([512, 256]);
    // the 1x1 head conv: ST left a wider gap than it had to (4,152 B >= our 4,032)
    expect(ours['/head/Conv']).toBeLessThanOrEqual(stGap(info, '_act_1_Relu_output_0', 'logits_QuantizeLinear_Input') ?? 0);
  });

  it('packetqc TCN: int8 I/O and channel-first transposes, buffer by buffer as ST sized them', () => {
    const dir = join(REFERENCE_DIR, 'packetqc-ai', 'model_npu_int8');
    const info = cInfo('packetqc-ai/model_npu_int8/models__npu_export__model_calculator_tcn_version_1__generated__network_c_info.json');
    const g = runPipeline(readModel(fileModelInput(join(dir, 'model_npu_int8.onnx'))), {}).graph;
    // generated for stm32n6: its Cortex-M55 runs ST's Helium kernels
    const p = planMemory(g, { planner: 'st', simd: 'helium' });
    expect(checkPlan(p)).toBeUndefined();
    const size = (st: string) => info.buffers.find((b) => b.name === `${st}_output_array`)?.size_bytes;
    const ours = (t: string) => p.buffers.find((b) => b.tensor === t);
    // the float input and output are not buffers: their int8 tensors are, plus a channel-last copy of each
    expect(ours('embeddings')).toBeUndefined();
    expect(ours('logits')).toBeUndefined();
    expect([ours('embeddings_QuantizeLinear_Output')?.kind, ours('embeddings_QuantizeLinear_Output')?.size]).toEqual(['input', size('embeddings')]);
    expect(ours('embeddings_QuantizeLinear_Output#chlast')?.size).toBe(size('embeddings_Transpose'));
    expect([ours('logits_QuantizeLinear_Input')?.kind, ours('logits_QuantizeLinear_Input')?.size]).toEqual(['output', size('logits_QuantizeLinear_Input_Transpose_0')]);
    expect(ours('logits_QuantizeLinear_Input#chlast')?.size).toBe(size('logits_QuantizeLinear_Input'));
    // ST's activations: 23,936 B (memory_footprint); ours within 10%
    const published = (JSON.parse(readFileSync(join(REFERENCE_DIR, 'packetqc-ai/model_npu_int8/models__npu_export__model_calculator_tcn_version_1__generated__network_c_info.json'), 'utf8')) as { memory_footprint: { activations: number } }).memory_footprint.activations;
    expect(published).toBe(23_936);
    expect(Math.abs(p.arenaBytes - published) / published).toBeLessThanOrEqual(0.1);
  });
});

describe('convolution + pooling fusion', () => {
  it('a pooling that alone reads a convolution runs with it: no unpooled buffer, the pooled one alive from the convolution', () => {
    const b = new GraphBuilder();
    const x = b.input('x', 'float32', [1, 96, 1, 3]); // 1,152 B
    const c = b.node('Conv', [x, b.constant('w', 'float32', [32, 5, 1, 3])], { ...NHWC, auto_pad: 'VALID' }, { name: 'conv', outShapes: [[1, 92, 1, 32]], outDType: 'float32' });
    b.output(b.node('MaxPool', [c], { layout: 'NHWC', kernel_shape: [2, 1], strides: [2, 1], auto_pad: 'VALID' }, { name: 'pool', outShapes: [[1, 46, 1, 32]], outDType: 'float32' }));
    const p = planMemory(b.graph, { planner: 'st' });
    expect(p.buffers.map((x) => x.tensor)).not.toContain('conv_out');
    expect(p.buffers.find((x) => x.tensor === 'pool_out')).toMatchObject({ size: 46 * 32 * 4, firstStep: 0 });
    // step 0: the pooled output overlaps its input (lead = max over pooled rows r of
    // (r + 1) x 128 B - 2r x 12 B = 46 x 128 - 90 x 12 = 4,808 B below it), then the input 1,152 B,
    // the float conv's im2col column (5 x 3 floats, 60 B) and two conv rows for the pool (2 x 32 floats, 256 B)
    expect(p.overlaps.find((o) => o.output === 'pool_out')?.lead).toBe(4_808);
    expect(p.arenaBytes).toBe(4_808 + 1_152 + 60 + 256);
    expect(checkPlan(p)).toBeUndefined();
    // TFLite Micro runs the two kernels: 11,776 B of unpooled output on top
    expect(planMemory(b.graph, { planner: 'tflm' }).buffers.map((x) => x.tensor)).toContain('conv_out');
  });

  it('int8 conv + 2x2 pool as ST 2.2 runs it: pool-row scratch and the pooled output one row below its input (finger-counting report: 45,072 B)', () => {
    // clarobit/fingercount_ai@895aafc7d1 conv2d_2: 47x47x16 in, 3x3 VALID -> 45x45x32, pooled 22x22x32;
    // ST: conv2d_2_scratch0 6,144 B, conv2d_2_scratch1 2,880 B (2 rows of 45 x 32), activations 45,072 B
    const b = new GraphBuilder();
    const x = b.input('x', 'int8', [1, 47, 47, 16]);
    const c = b.node('Conv', [x, b.constant('w', 'int8', [32, 3, 3, 16]), b.constant('bias', 'int32', [32])], { ...NHWC, weight_layout: 'OHWI', auto_pad: 'VALID' }, { name: 'conv', outShapes: [[1, 45, 45, 32]], outDType: 'int8' });
    b.output(b.node('MaxPool', [c], { layout: 'NHWC', kernel_shape: [2, 2], strides: [2, 2], auto_pad: 'VALID' }, { name: 'pool', outShapes: [[1, 22, 22, 32]], outDType: 'int8' }));
    const p = planMemory(b.graph, { planner: 'st' });
    expect(checkPlan(p)).toBeUndefined();
    const size = (t: string) => p.buffers.find((x) => x.tensor === t)?.size;
    expect([size('conv#scratch0'), size('conv#pool-rows')]).toEqual([6_144, 2 * 45 * 32]);
    // pooled row 0 (704 B) is written before any input row (752 B) is free: one row below
    expect(p.overlaps.find((o) => o.output === 'pool_out')?.lead).toBe(22 * 32);
    // live at the convolution: input 35,344 + the pooled output's 704 B beyond it + the two scratch buffers = ST's 45,072 B
    expect(memoryTimeline(b.graph, p).peak?.liveBytes).toBe(45_072);
  });

  it('a convolution output read twice is not fused; BatchNormalization runs in place', () => {
    const b = new GraphBuilder();
    const x = b.input('x', 'float32', [1, 8, 1, 4]);
    const c = b.node('Conv', [x, b.constant('w', 'float32', [4, 1, 1, 4])], { ...NHWC, auto_pad: 'VALID' }, { name: 'conv', outShapes: [[1, 8, 1, 4]], outDType: 'float32' });
    const pool = b.node('MaxPool', [c], { layout: 'NHWC', kernel_shape: [2, 1], strides: [2, 1], auto_pad: 'VALID' }, { name: 'pool', outShapes: [[1, 4, 1, 4]], outDType: 'float32' });
    const bn = b.node('BatchNormalization', [c, b.constant('s', 'float32', [4]), b.constant('bb', 'float32', [4]), b.constant('m', 'float32', [4]), b.constant('v', 'float32', [4])], { layout: 'NHWC' }, { name: 'bn', outShapes: [[1, 8, 1, 4]], outDType: 'float32' });
    b.output(pool);
    b.output(bn);
    const p = planMemory(b.graph, { planner: 'st' });
    expect(p.buffers.map((x) => x.tensor)).toContain('conv_out');
    expect(leads(b.graph)['bn']).toBe(0);
  });
});
