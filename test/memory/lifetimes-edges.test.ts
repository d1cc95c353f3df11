/**
 * collectRequests (memory/lifetimes.ts) at the edges of its header's rules: a tensor read only
 * inside a nested graph, tensors that are no activation (a constant graph output, an initializer
 * listed among the inputs as old ONNX files do, a tensor nothing writes), the integer I/O standing
 * for a float input when the quantizer is not the first node, and the planner traits that turn the
 * integer I/O and pad folding on or off.
 */
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { collectRequests } from '../../src/memory/lifetimes.js';
import { planMemory } from '../../src/memory/plan.js';
import { PLANNER_TRAITS, type PlannerTraits } from '../../src/memory/profiles.js';
import type { Graph } from '../../src/ir/graph.js';

const plain: PlannerTraits = { ...PLANNER_TRAITS.tflm, alignment: 1, steps: 'nodes' };

function spans(graph: Graph, traits: Partial<PlannerTraits> = {}): Record<string, [string, number, number, number]> {
  const r = collectRequests(graph, { traits: { ...plain, ...traits }, ioInside: true, scratchSize: () => 0 });
  return Object.fromEntries(r.requests.map((q) => [q.tensor, [q.kind, q.size, q.firstStep, q.lastStep]]));
}

/** x -> Relu (a); Sigmoid(x) (b); If(c) whose branch reads a; Neg(b) -> y. Steps: r 0, s 1, if 2, neg 3. */
function readInBranch(): Graph {
  const g = new GraphBuilder('nested');
  const x = g.input('x', 'float32', [1, 10]);
  const a = g.node('Relu', [x], {}, { name: 'r', outShapes: [[1, 10]], outDType: 'float32' });
  const b = g.node('Sigmoid', [x], {}, { name: 's', outShapes: [[1, 10]], outDType: 'float32' });
  const body = new GraphBuilder('then');
  body.output(body.node('Abs', [a], {}, { name: 'inner', outShapes: [[1, 10]], outDType: 'float32' }));
  g.output(g.node('If', [g.input('c', 'bool', [])], {}, { name: 'if', outShapes: [[1, 10]], outDType: 'float32' }));
  const node = g.graph.nodes[2];
  if (node) node.subgraphs = { then_branch: body.graph };
  g.output(g.node('Neg', [b], {}, { name: 'neg', outShapes: [[1, 10]], outDType: 'float32' }));
  return g.graph;
}

describe('lifetimes: reads and non-activations', () => {
  it('a tensor read only inside a nested graph lives until the node that holds the graph runs', () => {
    expect(spans(readInBranch())['r_out']).toEqual(['activation', 40, 0, 2]);
  });

  it('a constant graph output, an initializer listed as an input, and a tensor nothing writes get no buffer', () => {
    const g = new GraphBuilder('consts');
    const x = g.input('x', 'float32', [1, 10]);
    const w = g.values('w', 'float32', [1, 2, 3]);
    g.graph.inputs.push(w); // old ONNX: initializers among the graph inputs
    g.tensor('orphan', 'float32', [1, 10]);
    g.output(g.node('Relu', [x], {}, { name: 'r', outShapes: [[1, 10]], outDType: 'float32' }));
    g.output(g.values('k', 'float32', [4, 5]));
    expect(Object.keys(spans(g.graph))).toEqual(['x', 'r_out']);
  });
});

describe('lifetimes: integer I/O', () => {
  /** An unrelated node first, then x -> Q -> Relu -> DQ -> y. */
  function qdqLate(): Graph {
    const g = new GraphBuilder('qdq-late');
    g.output(g.node('Neg', [g.input('other', 'int8', [1, 4])], {}, { name: 'first', outShapes: [[1, 4]], outDType: 'int8' }));
    const x = g.input('x', 'float32', [1, 10]);
    const s = g.values('s', 'float32', [0.5], []);
    const q = g.node('QuantizeLinear', [x, s], {}, { name: 'q', outShapes: [[1, 10]], outDType: 'int8' });
    const r = g.node('Relu', [q], {}, { name: 'relu', outShapes: [[1, 10]], outDType: 'int8' });
    g.output(g.node('DequantizeLinear', [r, s], {}, { name: 'dq', outShapes: [[1, 10]], outDType: 'float32' }));
    return g.graph;
  }

  it('the int8 tensor standing for a float input is alive from step 0, though its quantizer runs at step 1', () => {
    expect(spans(qdqLate(), { integerIo: true })['q_out']).toEqual(['input', 10, 0, 2]);
  });

  it('without the integer I/O trait (TFLM), the float input and output keep their own buffers', () => {
    const s = spans(qdqLate());
    expect([s['x'], s['dq_out'], s['q_out']]).toEqual([['input', 40, 0, 1], ['output', 40, 3, 3], ['activation', 10, 1, 2]]);
  });
});

describe('lifetimes: pad folding in the ST plan', () => {
  /** int8 x [1, 8, 8, 4] -> Pad (H and W, `pads` in ONNX order) -> 3x3 VALID conv. */
  function padConv(pads: number[]): Graph {
    const b = new GraphBuilder('pad');
    const x = b.input('x', 'int8', [1, 8, 8, 4]);
    const h = 8 + (pads[1] ?? 0) + (pads[5] ?? 0);
    const w = 8 + (pads[2] ?? 0) + (pads[6] ?? 0);
    const p = b.node('Pad', [x, b.values('pads', 'int64', pads)], {}, { name: 'pad', outShapes: [[1, h, w, 4]], outDType: 'int8' });
    b.output(b.node('Conv', [p, b.constant('w', 'int8', [4, 3, 3, 4])], { layout: 'NHWC', weight_layout: 'OHWI', auto_pad: 'VALID' }, { name: 'conv', outShapes: [[1, h - 2, w - 2, 4]], outDType: 'int8' }));
    return b.graph;
  }
  const planned = (g: Graph) => planMemory(g, { planner: 'st', kernelScratch: false }).buffers.map((b) => b.tensor);

  it('a SAME-like zero pad folds (no buffer for it); a larger one (0 before, 2 after) keeps its buffer in the plan', () => {
    expect(planned(padConv([0, 1, 1, 0, 0, 1, 1, 0]))).not.toContain('pad_out');
    expect(planned(padConv([0, 0, 0, 0, 0, 2, 2, 0]))).toContain('pad_out');
  });
});
