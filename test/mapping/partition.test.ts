/**
 * The partition in the vendor's words (issue 15): NPU / CPU subgraphs and CPU nodes from the
 * epochs, with MACC on each side, in every output.
 */
import { describe, expect, it } from 'vitest';
import { buildPartition } from '../../src/mapping/partition.js';
import { analyzeModel } from '../../src/analyze.js';
import { renderMarkdown, renderText, renderHtml } from '../../src/report/index.js';
import { diffReports } from '../../src/diff/index.js';
import { summaryTable } from '../../src/diff/sections.js';
import { OnnxBuilder, memoryInput } from '../builders/onnx.js';
import type { Report } from '../../src/report/types.js';
import type { CommentEntry } from '../../src/diff/types.js';

const reason = (message: string) => ({ unit: 'NPU', rule: 'op-listed', message, value: 'x', limit: 'listed' });

describe('buildPartition', () => {
  const epochs = {
    list: [
      { unit: 'HW', nodes: ['c1', 'r1'], ops: ['Conv', 'Reshape'], macc: 100, reasons: [] },
      { unit: 'HW', nodes: ['c2'], ops: ['Conv'], macc: 50, reasons: [] },
      { unit: 'SW_FLOAT', nodes: ['s'], ops: ['Sigmoid'], macc: 8, reasons: [reason("Sigmoid 's': not listed.")] },
      { unit: 'HW', nodes: ['c3'], ops: ['Conv'], macc: 20, reasons: [] },
      { unit: 'SW_FLOAT', nodes: ['sm'], ops: ['Softmax'], macc: 30, reasons: [reason("Softmax 'sm': not listed.")] },
      { unit: 'unsupported', nodes: ['u'], ops: ['Unknown'], macc: 0, reasons: [] },
    ],
  };

  it('consecutive HW epochs are one NPU subgraph, consecutive software epochs one CPU subgraph, numbered from 0', () => {
    const p = buildPartition(epochs, 'pulsar2');
    expect(p.subgraphs.map((s) => [s.index, s.type, s.layers, s.macc])).toEqual([
      [0, 'NPU', ['c1', 'r1', 'c2'], 150],
      [1, 'CPU', ['s'], 8],
      [2, 'NPU', ['c3'], 20],
      [3, 'CPU', ['sm', 'u'], 30],
    ]);
    expect([p.npuSubgraphs, p.cpuSubgraphs, p.npuMacc, p.cpuMacc]).toEqual([2, 2, 170, 38]);
  });

  it('a CPU node between two NPU subgraphs cuts the graph; one at the end does not', () => {
    const p = buildPartition(epochs, 'kneron');
    expect(p.cpuNodes.map((c) => [c.name, c.op, c.subgraph, c.cuts, c.unsupported, c.reasons.length])).toEqual([
      ['s', 'Sigmoid', 1, true, false, 1],
      ['sm', 'Softmax', 3, false, false, 1],
      ['u', 'Unknown', 3, false, true, 0],
    ]);
  });

  it('a CPU subgraph first does not cut (nothing runs on the NPU before it); ops listed per subgraph; reasons copied', () => {
    const p = buildPartition({ list: [epochs.list[2]!, epochs.list[3]!, { unit: 'SW_INT', nodes: ['a', 'b'], ops: ['Add'], macc: 1, reasons: [] }] }, 'pulsar2');
    expect(p.subgraphs.map((x) => [x.index, x.type, x.ops])).toEqual([[0, 'CPU', ['Sigmoid']], [1, 'NPU', ['Conv']], [2, 'CPU', ['Add']]]);
    // b has no op listed beside it: Unknown
    expect(p.cpuNodes.map((c) => [c.name, c.op, c.subgraph, c.cuts])).toEqual([['s', 'Sigmoid', 0, false], ['a', 'Add', 2, false], ['b', 'Unknown', 2, false]]);
    expect(p.cpuNodes[0]?.reasons).toEqual(epochs.list[2]?.reasons);
    expect(p.cpuNodes[0]?.reasons[0]).not.toBe(epochs.list[2]?.reasons[0]);
  });

  it('an all-NPU model is one NPU subgraph and no CPU node', () => {
    const p = buildPartition({ list: [epochs.list[0]!, epochs.list[1]!] }, 'kneron');
    expect([p.npuSubgraphs, p.cpuSubgraphs, p.cpuNodes.length, p.npuMacc]).toEqual([1, 0, 0, 150]);
  });
});

/**
 * Conv -> Sigmoid -> Conv, float. Our optimizer fuses the Sigmoid into conv1; Kneron compiles the
 * ONNX file's own nodes, so KL520 runs both convolutions and puts the Sigmoid (which it does not
 * list) on the CPU: the split-fused-activations option. KL720 runs all three.
 */
function model(): Uint8Array {
  const b = new OnnxBuilder({ opset: 13 });
  const x = b.input('x', 'float32', [1, 4, 8, 8]);
  const a = b.node('Conv', [x, b.initializer('w1', 'float32', [4, 4, 1, 1])], { kernel_shape: [1, 1] }, { name: 'conv1' });
  const s = b.node('Sigmoid', [a], {}, { name: 'sig' });
  b.output(b.node('Conv', [s, b.initializer('w2', 'float32', [4, 4, 1, 1])], { kernel_shape: [1, 1] }, { name: 'conv2' }), 'float32');
  return b.build();
}

const analyze = (target: string): Report => analyzeModel(memoryInput('m.onnx', model()), { target });

describe('the partition in the reports', () => {
  // Each 1x1 conv: 8 * 8 * 4 * 4 = 1,024 MACC; the Sigmoid is counted at 256 elements by METRICS.md's activation convention.
  it('Pulsar2 words: subgraph [i], type: GraphType.NPU, QuantAxModel macs', () => {
    const r = analyze('kl520');
    expect(r.partition?.vocabulary).toBe('kneron');
    const ax = analyze('ax650');
    expect(ax.partition).toMatchObject({ vocabulary: 'pulsar2', npuSubgraphs: 1, cpuSubgraphs: 0 });
    expect(ax.partition?.npuMacc).toBe(ax.totals.macc);
    const text = renderText(ax);
    expect(text).toContain('subgraph [0], type: GraphType.NPU');
    expect(text).toContain(`QuantAxModel macs: ${ax.totals.macc.toLocaleString('en-US')} (NPU)`);
    expect(text).toMatch(/toolchain\s+:\s+Pulsar2 7\.0 \(op_support_list_ax650\.md, pulsar2-docs-en @ 83fa86a\), npu_mode NPU1/);
  });

  it('Kneron words: Has CPU node(s)?, the CPU node with its reason, MACC on each side', () => {
    const r = analyze('kl520');
    const p = r.partition;
    expect(r.layers.map((l) => [l.name, l.unit])).toEqual([['conv1', 'HW'], ['conv2', 'HW']]);
    expect(p).toMatchObject({ npuSubgraphs: 2, cpuSubgraphs: 1 });
    expect(p?.cpuNodes.map((c) => [c.name, c.op, c.cuts])).toEqual([['conv1', 'Sigmoid', true]]);
    // Two 1x1 convolutions: 2 * (8 * 8 * 4 * 4) = 2,048 MACC, plus the fused Sigmoid's, which stays with conv1 (METRICS.md).
    expect(p?.npuMacc).toBe(r.totals.macc);
    expect(p?.cpuMacc).toBe(0);
    expect(r.totals.maccPure).toBe(2 * 8 * 8 * 4 * 4);
    const text = renderText(r);
    expect(text).toContain('Has CPU node(s)? Yes, 1 (1 between NPU nodes)');
    expect(text).toContain("cpu node  Sigmoid 'conv1' (cuts the NPU graph)");
    expect(text).toContain("The Sigmoid fused into 'conv1': Sigmoid is not in KL520 NPU's supported operators.");
    expect(text).toContain("separated: the Sigmoid fused into 'conv1' runs on its own: CPU runs it, not the NPU");
    const md = renderMarkdown(r);
    expect(md).toContain('Has CPU node(s)? Yes, 1');
    expect(md).toContain("cpu node  Sigmoid 'conv1' (cuts the NPU graph)");
    expect(renderHtml(r)).toContain('Has CPU node(s)? Yes, 1');
    expect(analyze('kl720').partition?.cpuNodes).toEqual([]);
  });

  it("the PR comment's HW / SW column speaks each target's words", () => {
    const entry = (target: string): CommentEntry => ({ path: 'm.onnx', target, status: 'modified' }) as CommentEntry;
    const prepared = [
      { entry: entry('kl720'), diff: diffReports(analyze('kl720'), analyze('kl520')) },
      { entry: entry('ax650'), diff: diffReports(analyze('ax650'), analyze('ax650')) },
      { entry: entry('stm32n6'), diff: diffReports(analyze('stm32n6'), analyze('stm32n6')) },
    ];
    const table = summaryTable(prepared);
    expect(table).toContain('| HW / SW |');
    const rows = table.split('\n').slice(2);
    // kl720 -> kl520: one CPU node appears (+1, worse).
    expect(rows[0]).toMatch(/\| 1 \(\+1\) 🔴 CPU nodes \|$/);
    expect(rows[1]).toMatch(/\| 1 NPU \/ 0 CPU subgraphs \|$/);
    expect(rows[2]).toMatch(/ epochs \|$/);
  });
});
