/**
 * Where the peak is (memory/timeline.ts, METRICS.md "Memory timeline"), and how each format says
 * it. Live bytes per step computed by hand from the tensor sizes.
 */
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { reportOf } from '../builders/report.js';
import { renderHtml, renderMarkdown, renderText } from '../../src/report/index.js';
import { couldBeLine, peakLine, savingsLine } from '../../src/report/render/memory-lines.js';
import type { Graph } from '../../src/ir/graph.js';
import type { Report } from '../../src/report/types.js';
import { schemaErrors } from '../helpers/schema.js';

/** x (8 B) -> p (100 B) -> q (4 B); x -> r (100 B) -> s (4 B); t = Concat(q, s) (8 B); no overlap (Softmax, Concat). */
function motif(): Graph {
  const b = new GraphBuilder('motif');
  const x = b.input('x', 'float32', [2]);
  const f = (op: 'Softmax' | 'Concat', ins: string[], name: string, n: number) => b.node(op, ins, op === 'Concat' ? { axis: 0 } : {}, { name, outShapes: [[n]], outDType: 'float32' });
  const p = f('Softmax', [x], 'p', 25);
  const r = f('Softmax', [x], 'r', 25);
  const q = f('Softmax', [p], 'q', 1);
  const s = f('Softmax', [r], 's', 1);
  b.output(f('Concat', [q, s], 't', 2));
  return b.graph;
}

const report = reportOf;

describe('memory timeline', () => {
  it('bytes in use per step in the file order, the peak, its tensors and their roles', () => {
    const r = report(motif(), 'st-time');
    // p: x + P; r: x + P + R; q: P + R + Q; s: R + Q + S; t: Q + S + T
    expect(r.memory.timeline.steps).toEqual([
      { layer: 'p', liveBytes: 8 + 100 }, { layer: 'r', liveBytes: 8 + 100 + 100 }, { layer: 'q', liveBytes: 100 + 100 + 4 },
      { layer: 's', liveBytes: 100 + 4 + 4 }, { layer: 't', liveBytes: 4 + 4 + 8 },
    ]);
    expect(r.memory.timeline.peak).toEqual({
      step: 1, layer: 'r', liveBytes: 208,
      tensors: [{ tensor: 'p_out', role: 'held', bytes: 100 }, { tensor: 'r_out', role: 'output', bytes: 100 }, { tensor: 'x', role: 'input', bytes: 8 }],
    });
    expect(peakLine(r)).toBe('peak 208 B at r: held p_out 100 B + output 100 B + input 8 B');
    expect(schemaErrors(r)).toBe('');
  });

  it("a tensor named like a scratch buffer (`r#0`, ONNX allows '#') is still the layer's output", () => {
    const g = motif();
    const rename = (x: string) => (x === 'r_out' ? 'r#0' : x);
    const t = g.tensors.get('r_out');
    g.tensors.delete('r_out');
    if (t) g.tensors.set('r#0', { ...t, name: 'r#0' });
    for (const n of g.nodes) {
      n.inputs = n.inputs.map(rename);
      n.outputs = n.outputs.map(rename);
    }
    expect(report(g, 'st-time').memory.timeline.peak?.tensors).toEqual([{ tensor: 'p_out', role: 'held', bytes: 100 }, { tensor: 'r#0', role: 'output', bytes: 100 }, { tensor: 'x', role: 'input', bytes: 8 }]);
  });

  it('an output written over its input counts once', () => {
    const b = new GraphBuilder();
    const x = b.input('x', 'int8', [1, 40]);
    b.output(b.node('Relu', [x], {}, { name: 'relu', outShapes: [[1, 40]], outDType: 'int8' }));
    const r = report(b.graph, 'st');
    expect(r.memory.timeline.steps).toEqual([{ layer: 'relu', liveBytes: 40 }]);
    // equal sizes: by tensor name
    expect(peakLine(r)).toBe('peak 40 B at relu: output 40 B + input 40 B (output over its input)');
    expect(savingsLine(r)).toBe('1 layer writes over the input consumed (relu: 40 B shared)');
    expect(r.memory.overlaps).toEqual([{ layer: 'relu', input: 'x', output: 'relu_out', sharedBytes: 40 }]);
  });

  it('the overlap line names the first 3 distinct layers, and "..." only when a 4th exists', () => {
    const overlap = (layer: string) => ({ layer, input: `${layer}_in`, output: `${layer}_out`, sharedBytes: 8 });
    const line = (layers: string[]) => savingsLine({ memory: { overlaps: layers.map(overlap), folds: [] } } as unknown as Report);
    // 5 overlaps by 3 layers (repeats before and after the third): no "..."
    expect(line(['a', 'a', 'b', 'c', 'b'])).toBe('5 layers write over the input consumed (a, b, c: 40 B shared)');
    // a 4th distinct layer, last: "..."
    expect(line(['a', 'b', 'a', 'c', 'c', 'd'])).toBe('6 layers write over the input consumed (a, b, c, ...: 48 B shared)');
    expect(line(['a', 'b'])).toBe('2 layers write over the input consumed (a, b: 16 B shared)');
  });

  it('could be: the searched order (112 B: p, q, r, s, t) against the file order', () => {
    const r = report(motif(), 'st-time');
    expect(r.memory.couldBe).toEqual({ arenaBytes: 112, reordered: true });
    const pct = Math.round(((112 - r.memory.arenaBytes) / r.memory.arenaBytes) * 100);
    expect(couldBeLine(r)).toBe(`could be 112 B (${pct}%) with another execution order`);
    // the searched plan itself has nothing better to offer
    expect(report(motif(), 'best').memory.couldBe).toBeNull();
  });

  it('text, Markdown and HTML carry the lines; HTML draws a bar per step linked to its layer, the peak in red', () => {
    const r = report(motif(), 'st-time');
    const text = renderText(r);
    expect(text).toMatch(/ram peak\s+:\s+208 B at r: held p_out 100 B \+ output 100 B \+ input 8 B/);
    expect(text).toMatch(/ram could be\s+:\s+112 B \(-\d+%\) with another execution order/);
    const md = renderMarkdown(r);
    expect(md).toContain('| | peak 208 B at r: held p_out 100 B + output 100 B + input 8 B |');
    const html = renderHtml(r);
    const bars = [...html.matchAll(/<a href="#layer-(\d+)"><rect class="bar( peak)?"/g)];
    expect(bars.map((m) => Number(m[1]))).toEqual([0, 1, 2, 3, 4]);
    expect(bars.filter((m) => m[2] !== undefined).map((m) => Number(m[1]))).toEqual([1]);
    for (const i of [0, 1, 2, 3, 4]) expect(html).toContain(`id="layer-${i}"`);
    expect(html).toContain('peak: step 1, r, 208 B');
  });
});
