/**
 * The exact sentences of `verify` (passes/verify.ts) and of the invariants checked after each pass
 * (passes/invariants.ts): a user reads the first, a developer the second, so each names the node,
 * the tensor and, inside a nested graph, the graph. Also the cycle's order (data flow) and a node
 * reading its own output.
 */
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { verifyGraph } from '../../src/passes/verify.js';
import { verifyInvariants } from '../../src/passes/invariants.js';
import type { Graph, Node } from '../../src/ir/graph.js';
import { footprintError } from '../helpers/errors.js';

/** x -> a (Relu) -> b (Sigmoid) -> output. */
function chain(): GraphBuilder {
  const g = new GraphBuilder();
  const a = g.node('Relu', [g.input('x', 'float32', [1, 4])], {}, { name: 'a' });
  g.output(g.node('Sigmoid', [a], {}, { name: 'b' }));
  return g;
}

const relu = (name: string, inputs: string[], outputs: string[]): Node => ({ name, op: 'Relu', sourceOp: 'Relu', inputs, outputs, attrs: {} });

/** The chain's graph as the body of an If node in a main graph. */
function nestedIn(body: Graph): Graph {
  const g = new GraphBuilder('main');
  const c = g.input('cond', 'bool', [1]);
  g.output(g.node('If', [c], {}, { name: 'if' }));
  const n = g.graph.nodes[0] as Node;
  n.subgraphs = { then_branch: { ...body, name: 'body' } };
  return g.graph;
}

describe('verify: what the user reads', () => {
  const cases: [string, (g: GraphBuilder) => void, string, string | undefined][] = [
    ['an input without a tensor entry', (g) => g.graph.inputs.push('ghost'), "graph input 'ghost'{where} has no tensor entry", undefined],
    ['an output without a tensor entry', (g) => { (g.graph.nodes[1] as Node).outputs = ['nowhere']; }, "node 'b' output 'nowhere' has no tensor entry{where}", 'b'],
    ['a graph input also produced', (g) => { (g.graph.nodes[1] as Node).outputs = ['x']; }, "tensor 'x' is a graph input and is also produced by node 'b'{where}", 'b'],
    ['an input naming nothing', (g) => { (g.graph.nodes[1] as Node).inputs = ['a_out', 'nothing']; }, "node 'b' input #1 'nothing' names no tensor of the graph{where}", 'b'],
    ['a graph output without a tensor entry', (g) => g.graph.outputs.push('gone'), "graph output 'gone'{where} has no tensor entry", undefined],
    ['a graph output nothing produces', (g) => { g.tensor('idle', 'float32', [1]); g.graph.outputs.push('idle'); }, "graph output 'idle'{where} is not produced by any node", undefined],
  ];

  it.each(cases)('%s, in the main graph and in a nested one', (_, breakIt, message, node) => {
    const main = chain();
    breakIt(main);
    const e = footprintError(() => verifyGraph(main.graph, 'm.onnx'));
    expect([e.code, e.message, e.node, e.file]).toEqual(['E_GRAPH', message.replace('{where}', ''), node, 'm.onnx']);
    const inner = chain();
    breakIt(inner);
    const n = footprintError(() => verifyGraph(nestedIn(inner.graph)));
    expect([n.message, n.node, n.file]).toEqual([message.replace('{where}', " in graph 'body'"), node, undefined]);
  });

  it('a node reading its own output is a cycle of one', () => {
    const g = new GraphBuilder();
    g.input('x', 'float32', [1]);
    g.tensor('self', 'float32', [1]);
    g.graph.nodes.push(relu('S', ['x', 'self'], ['self']));
    g.output('self');
    expect(footprintError(() => verifyGraph(g.graph)).message).toBe("cycle between nodes 'S' -> 'S'");
  });

  it('a nested graph reading a name its own node produces later in the main graph is sorted after it', () => {
    const g = new GraphBuilder('main');
    const c = g.input('cond', 'bool', [1]);
    g.output(g.node('If', [c], {}, { name: 'if' }));
    const body: Graph = { name: 'body', tensors: new Map([['y', { name: 'y', dtype: 'float32' }]]), nodes: [relu('inner', ['late'], ['y'])], inputs: [], outputs: ['y'] };
    (g.graph.nodes[0] as Node).subgraphs = { then_branch: body };
    g.tensor('late', 'float32', [1]);
    g.graph.nodes.push(relu('producer', ['cond'], ['late']));
    verifyGraph(g.graph);
    expect(g.graph.nodes.map((n) => n.name)).toEqual(['producer', 'if']);
  });
});

describe('invariants after a pass: what a developer reads', () => {
  const broken: [string, (g: GraphBuilder) => void, string][] = [
    ['an input without a tensor entry', (g) => g.graph.inputs.push('ghost'), "graph input 'ghost' has no tensor entry"],
    ['two nodes of one name', (g) => { (g.graph.nodes[1] as Node).name = 'a'; }, "two nodes are named 'a'"],
    ['a read of nothing', (g) => { (g.graph.nodes[1] as Node).inputs = ['nothing']; }, "node 'b' reads 'nothing', which has no tensor entry"],
    ['a write of nothing', (g) => { (g.graph.nodes[1] as Node).outputs = ['nowhere']; g.graph.outputs = []; }, "node 'b' writes 'nowhere', which has no tensor entry"],
    ['two writers', (g) => { (g.graph.nodes[1] as Node).outputs = ['a_out']; g.graph.outputs = []; }, "tensor 'a_out' is produced by two nodes (second: 'b')"],
    ['a second writer of a graph input', (g) => { g.graph.nodes.push(relu('c', ['b_out'], ['x']), relu('d', ['b_out'], ['x'])); }, "tensor 'x' is produced by two nodes (second: 'd')"],
    ['an output nothing makes', (g) => { g.tensor('idle', 'float32', [1]); g.graph.outputs.push('idle'); }, "graph output 'idle' is neither produced, an input nor a constant"],
  ];

  it.each(broken)('%s', (_, breakIt, message) => {
    const g = chain();
    breakIt(g);
    const e = footprintError(() => verifyInvariants(g.graph, 'p'));
    expect([e.code, e.message]).toEqual(['E_INTERNAL', `after pass 'p': ${message}`]);
  });

  it("a graph input written once by a node is that node's output; a constant read is fine; nested graphs are named", () => {
    const g = chain();
    g.graph.nodes.push(relu('c', ['b_out'], ['x']));
    g.constant('k', 'float32', [1]);
    (g.graph.nodes[0] as Node).inputs.push('k');
    expect(() => verifyInvariants(g.graph, 'p')).not.toThrow();
    const inner = chain();
    (inner.graph.nodes[1] as Node).inputs = ['nothing'];
    const e = footprintError(() => verifyInvariants(nestedIn(inner.graph), 'p'));
    expect(e.message).toBe("after pass 'p' (graph 'body'): node 'b' reads 'nothing', which has no tensor entry");
  });
});
