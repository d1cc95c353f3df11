/**
 * How large a graph a model may declare (src/frontends/graph-budget.ts, METRICS.md "Limits"): a
 * file declaring millions of nodes or tensors is refused with E_LIMIT as it is scanned, before it
 * is held, instead of running the process out of memory (a native stack trace, no report for the
 * other models). Each bound at, below and above it: the real bounds through the budget itself and
 * one file past MAX_NODES; each frontend's counting with smaller bounds. The memory planner's
 * bound on buffers alive together (MAX_OVERLAPS), at, below and above it, and the same bound on
 * the placement into memory pools (where a persistent tensor is alive with every buffer).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeModel, loadFormats } from '../../src/analyze.js';
import { asFootprintError } from '../../src/diagnostics/diagnostic.js';
import { GraphBudget, MAX_EDGES, MAX_NODES, MAX_TENSORS } from '../../src/frontends/graph-budget.js';
import { readOnnxWith } from '../../src/frontends/onnx/index.js';
import { WireReader } from '../../src/frontends/onnx/wire.js';
import { PagedByteBuffer, readTfliteWith } from '../../src/frontends/tflite/index.js';
import { GraphBuilder } from '../../src/frontends/keras/builder.js';
import { MAX_OVERLAPS, overlapLists } from '../../src/memory/place.js';
import type { BufferRequest, PlannedBuffer } from '../../src/memory/types.js';
import { planMemory } from '../../src/memory/plan.js';
import { placePools } from '../../src/mapping/pools.js';
import type { Pool } from '../../src/targets/types.js';
import { GraphBuilder as IrBuilder } from '../builders/ir.js';
import { OnnxBuilder, memoryInput } from '../builders/onnx.js';
import { emptyNodesOnnx as emptyNodes } from '../builders/onnx-bytes.js';
import { TfliteBuilder } from '../builders/tflite.js';

beforeAll(() => loadFormats());

function lineOf(fn: () => unknown): string {
  try { fn(); } catch (e: unknown) { return asFootprintError(e).oneLine(); }
  throw new Error('expected an error');
}

describe('the bounds themselves', () => {
  it(`${MAX_NODES.toLocaleString('en-US')} nodes in all are analyzed, one more is refused, however they are split among graphs`, () => {
    const b = new GraphBudget();
    expect(b.take('main', MAX_NODES - 1, 0)).toBeUndefined();
    expect(b.take('body', 1, 0)).toBeUndefined();
    expect(b.take('the graph at byte 7', 1, 0)).toBe(`the graph at byte 7 takes the model past ${MAX_NODES.toLocaleString('en-US')} nodes (nested graphs included), the most a model may have to be analyzed`);
  });

  it(`${MAX_TENSORS.toLocaleString('en-US')} tensors in all are analyzed, one more is refused`, () => {
    const b = new GraphBudget();
    expect(b.take('main', 0, MAX_TENSORS)).toBeUndefined();
    expect(b.take('body', 0, 1)).toMatch(new RegExp(`^body takes the model past ${MAX_TENSORS.toLocaleString('en-US')} tensors`));
  });

  it(`${MAX_EDGES.toLocaleString('en-US')} node inputs and outputs in all are analyzed, one more is refused`, () => {
    const b = new GraphBudget();
    expect(b.take('node 0', 1, 0, MAX_EDGES)).toBeUndefined();
    expect(b.take('node 1', 1, 0, 1)).toMatch(new RegExp(`^node 1 takes the model past ${MAX_EDGES.toLocaleString('en-US')} node inputs and outputs`));
  });

  it(`a TFLite operator code table: ${MAX_NODES.toLocaleString('en-US')} entries are read, one more is refused`, () => {
    const b = new GraphBudget();
    expect(b.codes(MAX_NODES)).toBeUndefined();
    expect(b.codes(MAX_NODES + 1)).toBe(`the operator code table has ${(MAX_NODES + 1).toLocaleString('en-US')} entries: more distinct operators than the ${MAX_NODES.toLocaleString('en-US')} nodes a model may have`);
  });
});

describe('the documents give the bounds the code applies', () => {
  const n = MAX_NODES.toLocaleString('en-US');
  const t = MAX_TENSORS.toLocaleString('en-US');
  it('METRICS.md "Limits" and the README', () => {
    const metrics = readFileSync(new URL('../../docs/METRICS.md', import.meta.url), 'utf8');
    expect(metrics).toMatch(new RegExp(`\\| nodes in one model[^|]*\\| ${n} \\| \`E_LIMIT\` \\|`));
    expect(metrics).toMatch(new RegExp(`\\| tensors one model declares[^|]*\\| ${t} \\| \`E_LIMIT\` \\|`));
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(`at most ${n} nodes and ${t} tensors`);
    expect(metrics).toMatch(new RegExp(`\\| inputs and outputs of all nodes[^|]*\\| ${MAX_EDGES.toLocaleString('en-US')} \\| \`E_LIMIT\` \\|`));
    expect(readme.replace(/\s+/g, ' ')).toContain(`${MAX_EDGES.toLocaleString('en-US')} node inputs and outputs`);
    const o = MAX_OVERLAPS.toLocaleString('en-US');
    expect(metrics).toMatch(new RegExp(`\\| pairs of activation buffers alive at a common step[^|]*\\| ${o} \\| \`E_LIMIT\` \\|`));
    expect(readme.replace(/\s+/g, ' ')).toContain(`at most ${o} pairs of buffers alive together`);
  });
});

describe('ONNX: nodes and tensors are counted as the graph is scanned', () => {
  it(`a file of ${(MAX_NODES + 1).toLocaleString('en-US')} empty nodes (1 MB) is refused at the node past the bound, naming the file and the byte`, () => {
    const { bytes, graphAt } = emptyNodes(MAX_NODES + 1);
    const line = lineOf(() => analyzeModel(memoryInput('many.onnx', bytes)));
    // the node past the bound is the last one: its tag is 2 bytes before the end
    expect(line).toBe(`LOAD ERROR E_LIMIT: many.onnx: ONNX: the graph at byte ${graphAt} takes the model past 500,000 nodes (nested graphs included), the most a model may have to be analyzed (at byte ${bytes.length - 2})`);
  });

  it('with a bound of 3 nodes: 3 are read, 4 are refused', () => {
    const read = (nodes: number, maxNodes: number) => {
      const { bytes } = emptyNodes(nodes);
      return readOnnxWith(new WireReader(memoryInput('m.onnx', bytes).source, 'm.onnx'), memoryInput('m.onnx', bytes), new GraphBudget(maxNodes, 100));
    };
    expect(read(3, 3).graph.nodes).toHaveLength(3);
    expect(read(2, 3).graph.nodes).toHaveLength(2);
    expect(lineOf(() => read(4, 3))).toMatch(/^LOAD ERROR E_LIMIT: m\.onnx: ONNX: the graph at byte 8 takes the model past 3 nodes/);
  });

  /**
   * If (main) -> then: Relu; else: If -> inner (read twice, once per branch): Neg; Add.
   * Nodes: 1 + 1 + 2 + 1 + 1 = 6. Tensors: main's inputs x and cond, initializer k and output (4),
   * then's output, else's output, inner's output twice (4): 8.
   */
  function nested(): OnnxBuilder {
    const b = new OnnxBuilder({ opset: 15 });
    const x = b.input('x', 'float32', [4]);
    const c = b.input('cond', 'bool', []);
    const k = b.initializer('k', 'float32', [4], { values: [1, 2, 3, 4] });
    const thenG = b.subgraph('then');
    thenG.output(thenG.node('Relu', [x], {}, { name: 'then_relu' }), 'float32');
    const elseG = b.subgraph('else');
    const inner = elseG.subgraph('inner');
    inner.output(inner.node('Neg', [k], {}, { name: 'inner_neg' }), 'float32');
    const nestedIf = elseG.node('If', [c], { then_branch: inner, else_branch: inner }, { name: 'inner_if' });
    elseG.output(elseG.node('Add', [nestedIf, x], {}, { name: 'else_add' }), 'float32');
    b.output(b.node('If', [c], { then_branch: thenG, else_branch: elseG }, { name: 'if1' }), 'float32');
    return b;
  }
  const readNested = (maxNodes: number, maxTensors: number) => {
    const input = memoryInput('nested.onnx', nested().build());
    return readOnnxWith(new WireReader(input.source, input.path), input, new GraphBudget(maxNodes, maxTensors));
  };

  it('a node with 3 inputs and 1 output: 4 inputs and outputs are read, a bound of 3 refuses them before they are decoded', () => {
    const b = new OnnxBuilder();
    const x = b.input('x', 'float32', [1, 4]);
    b.output(b.node('Sum', [x, x, x], {}, { name: 'sum', outputs: ['y'] }), 'float32', [1, 4]);
    const read = (maxEdges: number) => {
      const input = memoryInput('sum.onnx', b.build());
      return readOnnxWith(new WireReader(input.source, input.path), input, new GraphBudget(10, 10, maxEdges));
    };
    expect(read(4).graph.nodes[0]?.inputs).toEqual(['x', 'x', 'x']);
    expect(lineOf(() => read(3))).toMatch(/^LOAD ERROR E_LIMIT: sum\.onnx: ONNX: node 0 of the graph at byte \d+ takes the model past 3 node inputs and outputs/);
  });

  it('nested graphs count, each time they are read: 6 nodes and 8 tensors are read, one less of either is refused', () => {
    expect(readNested(6, 8).graph.nodes.map((n) => n.name)).toEqual(['if1']);
    expect(readNested(7, 9).graph.nodes).toHaveLength(1);
    // the last graph read is the inner one, for the else branch of inner_if
    expect(lineOf(() => readNested(5, 8))).toMatch(/^LOAD ERROR E_LIMIT: nested\.onnx: ONNX: the graph at byte \d+ takes the model past 5 nodes \(nested graphs included\)/);
    expect(lineOf(() => readNested(6, 7))).toMatch(/^LOAD ERROR E_LIMIT: nested\.onnx: ONNX: the graph at byte \d+ takes the model past 7 tensors \(nested graphs included\)/);
  });
});

describe('TFLite: each subgraph instance counts its operators and tensor table', () => {
  /** x -> RELU -> RELU6 -> RELU: 3 operators of 2 codes, 4 tensors. */
  function chain(): Uint8Array {
    const b = new TfliteBuilder();
    const x = b.input('x', 'float32', [1, 4]);
    const a = b.op('RELU', [x], { out: ['a', 'float32', [1, 4]] });
    const r6 = b.op('RELU6', [a], { out: ['b', 'float32', [1, 4]] });
    b.output(b.op('RELU', [r6], { out: ['y', 'float32', [1, 4]] }));
    return b.build();
  }
  const read = (maxNodes: number, maxTensors: number, maxEdges?: number) => {
    const input = memoryInput('m.tflite', chain());
    return readTfliteWith(new PagedByteBuffer(input.source, input.path), input, new GraphBudget(maxNodes, maxTensors, maxEdges));
  };

  it('3 operators and 4 tensors are read with bounds of 3 and 4; one less of either is refused', () => {
    expect(read(3, 4).graph.nodes).toHaveLength(3);
    expect(read(4, 5).graph.nodes).toHaveLength(3);
    expect(lineOf(() => read(2, 4))).toMatch(/^LOAD ERROR E_LIMIT: m\.tflite: TFLite: subgraph 0 takes the model past 2 nodes \(nested graphs included\)/);
    expect(lineOf(() => read(3, 3))).toMatch(/^LOAD ERROR E_LIMIT: m\.tflite: TFLite: subgraph 0 takes the model past 3 tensors/);
  });

  it('3 operators of one input and one output each: 6 inputs and outputs are read, a bound of 5 stops at the third', () => {
    expect(read(3, 4, 6).graph.nodes).toHaveLength(3);
    expect(lineOf(() => read(3, 4, 5))).toMatch(/^LOAD ERROR E_LIMIT: m\.tflite: TFLite: operator 2 of subgraph 0 takes the model past 5 node inputs and outputs/);
  });

  it('an operator code table longer than the node bound is refused before any operator is read', () => {
    expect(lineOf(() => read(1, 4))).toMatch(/^LOAD ERROR E_LIMIT: m\.tflite: TFLite: the operator code table has 2 entries: more distinct operators than the 1 nodes a model may have/);
  });
});

describe('Keras: the graph builder counts each layer it adds', () => {
  it('with bounds of 2 nodes and 3 tensors: an input and two layers are built, a third layer is refused naming it', () => {
    const b = new GraphBuilder('m', 'm.keras', new GraphBudget(2, 3));
    const x = b.input('x', [1, 4], 'float32');
    const [h] = b.node({ name: 'd1', op: 'Relu', sourceOp: 'ReLU', inputs: [x] });
    b.node({ name: 'd2', op: 'Relu', sourceOp: 'ReLU', inputs: [h ?? ''] });
    expect(b.graph.nodes.map((n) => n.name)).toEqual(['d1', 'd2']);
    expect(lineOf(() => b.node({ name: 'd3', op: 'Relu', sourceOp: 'ReLU', inputs: [] }))).toMatch(/^LOAD ERROR E_LIMIT: m\.keras: node 'd3': Keras: layer 'd3' takes the model past 2 nodes/);
    const t = new GraphBuilder('m', 'm.keras', new GraphBudget(10, 3));
    t.input('a', [1], 'float32');
    t.implicitConstant('gamma', [1]);
    t.node({ name: 'n', op: 'Relu', sourceOp: 'ReLU', inputs: ['a'] });
    expect(lineOf(() => t.input('b', [1], 'float32'))).toMatch(/^LOAD ERROR E_LIMIT: m\.keras: node 'b': Keras: layer 'b' takes the model past 3 tensors/);
    // a layer of 2 inputs and 1 output: 3 inputs and outputs
    const e = new GraphBuilder('m', 'm.keras', new GraphBudget(10, 10, 5));
    e.node({ name: 'add', op: 'Add', sourceOp: 'Add', inputs: ['a', 'b'] });
    expect(lineOf(() => e.node({ name: 'add2', op: 'Add', sourceOp: 'Add', inputs: ['add', 'b'] }))).toMatch(/^LOAD ERROR E_LIMIT: m\.keras: node 'add2': Keras: layer 'add2' takes the model past 5 node inputs and outputs/);
  });
});

describe('the memory plan: pairs of buffers alive at a common step', () => {
  const buffer = (i: number, firstStep: number, lastStep: number): BufferRequest => ({ tensor: `t${i}`, kind: 'activation', size: 4, firstStep, lastStep });
  /**
   * `wide` buffers alive at step 0 (wide * (wide - 1) / 2 pairs), then a chain of `chain` buffers
   * from step 1, each alive with the one before it (chain - 1 pairs).
   */
  const requests = (wide: number, chain: number): BufferRequest[] => [
    ...Array.from({ length: wide }, (_, i) => buffer(i, 0, 0)),
    ...Array.from({ length: chain }, (_, i) => buffer(wide + i, 1 + i, 2 + i)),
  ];
  // 2,828 alive together: 3,997,378 pairs; a chain of 2,623: 2,622 more, 4,000,000 in all
  const wide = 2828;
  const atBound = MAX_OVERLAPS - (wide * (wide - 1)) / 2 + 1;

  it(`${MAX_OVERLAPS.toLocaleString('en-US')} pairs are planned; one more is refused`, () => {
    const index = overlapLists(requests(wide, atBound));
    expect(index.others.length).toBe(2 * MAX_OVERLAPS);
    expect(index.start.at(-1)).toBe(2 * MAX_OVERLAPS);
    expect(overlapLists(requests(wide, atBound - 1)).others.length).toBe(2 * (MAX_OVERLAPS - 1));
    expect(lineOf(() => overlapLists(requests(wide, atBound + 1)))).toBe(`LOAD ERROR E_LIMIT: memory plan: more than ${MAX_OVERLAPS.toLocaleString('en-US')} pairs of activation buffers alive at a common step (2 alive at step ${atBound + 1}), the most a plan may have`);
  });

  it('a model whose input 3,000 nodes read, each output kept (4.5 million pairs), is refused naming the file', () => {
    const b = new OnnxBuilder();
    const x = b.input('x', 'float32', [1, 8]);
    for (let i = 0; i < 3000; i++) b.output(b.node('Relu', [x], {}, { name: `r${i}`, outputs: [`y${i}`] }), 'float32', [1, 8]);
    expect(lineOf(() => analyzeModel(memoryInput('wide.onnx', b.build())))).toMatch(/^LOAD ERROR E_LIMIT: wide\.onnx: memory plan: more than 4,000,000 pairs of activation buffers alive at a common step \(2,8\d\d alive at step \d+\)/);
  });
});

describe('memory pools: pairs of buffers alive at a common step', () => {
  const base = (() => {
    const g = new IrBuilder('one');
    g.output(g.node('Relu', [g.input('x', 'int8', [4])], {}, { name: 'r', outShapes: [[4]], outDType: 'int8' }));
    return planMemory(g.graph);
  })();
  /**
   * 1,000 persistent tensors (alive at every step: 1,000 * 999 / 2 = 499,500 pairs among them, and
   * 3,500,000 with the 3,500 buffers), and `paired` buffers two by two at one step (paired / 2 pairs),
   * the others each at its own: 4,000,000 pairs with 1,000 paired.
   */
  const plan = (paired: number) => ({
    ...base,
    buffers: Array.from({ length: 3500 }, (_, i): PlannedBuffer => ({ tensor: `t${i}`, kind: 'activation', size: 4, firstStep: i < paired ? Math.floor(i / 2) : 1000 + i, lastStep: i < paired ? Math.floor(i / 2) : 1000 + i, offset: 0 })),
    persistent: Array.from({ length: 1000 }, (_, i) => ({ tensor: `s${i}`, size: 8 })),
  });
  const ram: Pool[] = [{ name: 'ram', access: 'rw', use: ['activations'] }];

  it(`${MAX_OVERLAPS.toLocaleString('en-US')} pairs are placed; one more is refused`, () => {
    const at = placePools(plan(1000), 0, ram);
    expect([at.method, at.placements().length, at.unplaced]).toEqual(['first-fit', 4500, []]);
    expect(placePools(plan(998), 0, ram).placements()).toHaveLength(4500);
    expect(lineOf(() => placePools(plan(1002), 0, ram))).toBe(`LOAD ERROR E_LIMIT: memory pools: more than ${MAX_OVERLAPS.toLocaleString('en-US')} pairs of buffers alive at a common step (1,000 persistent tensors, alive at every step, with 3,500 activation buffers), the most a placement may have`);
  });
});
