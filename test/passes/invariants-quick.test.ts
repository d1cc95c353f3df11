/**
 * The invariants' quick proof (passes/invariants.ts `plainlyValid`) may only pass a graph the full
 * walk (`walkInvariants`) passes too, and must pass the valid graphs it is meant for. Checked on
 * seeded random graphs, some longer than the nodes the writer of a read is first searched among,
 * each also damaged in one of the ways the walk refuses (and in ways it allows).
 */
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { plainlyValid, walkInvariants } from '../../src/passes/invariants.js';
import type { Graph, Node } from '../../src/ir/graph.js';
import { prng } from '../helpers/prng.js';
import { NEAR_PRODUCERS } from '../../src/ir/producers.js';

const opts = (name: string) => ({ name, outShapes: [[4]], outDType: 'float32' as const });

/** Add nodes, each reading one of the three newest tensors, or any earlier one, or a constant. */
function randomGraph(seed: number, count: number): { g: Graph; r: () => number } {
  const r = prng(seed);
  const b = new GraphBuilder(`g${seed}`);
  const pool = [b.input('x', 'float32', [4])];
  const pick = (): string => {
    const from = r() < 0.7 ? pool.slice(-3) : pool;
    return from[Math.floor(r() * from.length)] as string;
  };
  for (let k = 0; k < count; k++) {
    const other = r() < 0.3 ? b.constant(`c${k}`, 'float32', [4]) : pick();
    pool.push(b.node('Add', [pick(), other], {}, opts(`n${k}`)));
  }
  b.output(pool.at(-1) as string);
  return { g: b.graph, r };
}

type Damage = (g: Graph, at: (n: number) => number) => void;
const node = (g: Graph, i: number): Node => g.nodes[i] as Node;
/** Each damage, whether the walk still passes the graph, and whether the proof is then meant to (no nested graph). */
const DAMAGES: [string, Damage, boolean, boolean?][] = [
  ['none', () => {}, true, true],
  ['two nodes with one name', (g, at) => { node(g, at(g.nodes.length)).name = node(g, at(g.nodes.length)).name; }, false],
  ['a second writer of an output', (g, at) => { const j = at(g.nodes.length); node(g, at(g.nodes.length)).outputs.push(node(g, j).outputs[0] as string); }, false],
  ['a read of a later output', (g, at) => { const j = at(g.nodes.length); node(g, at(j + 1)).inputs.push(node(g, j).outputs[0] as string); }, false],
  ['a read of a name that is no tensor', (g, at) => { node(g, at(g.nodes.length)).inputs.push('nowhere'); }, false],
  ['a read of a tensor nothing writes', (g, at) => { g.tensors.set('idle', { name: 'idle', dtype: 'float32' }); node(g, at(g.nodes.length)).inputs.push('idle'); }, false],
  ['a write of a name that is no tensor', (g, at) => { node(g, at(g.nodes.length)).outputs.push('ghost'); }, false],
  ['a graph output nothing writes', (g) => { g.outputs.push('nowhere'); }, false],
  ['an omitted graph output', (g) => { g.outputs.push(''); }, false],
  ['a graph input without a tensor entry', (g) => { g.inputs.push('ghost'); }, false],
  ['a node reading its own output', (g, at) => { const n = node(g, at(g.nodes.length)); n.inputs.push(n.outputs[0] as string); }, false],
  ['an omitted operand', (g, at) => { node(g, at(g.nodes.length)).inputs.push(''); }, true, true],
  ['a read of the graph input far down', (g) => { node(g, g.nodes.length - 1).inputs.push('x'); }, true, true],
  ['a node writing the graph input again', (g, at) => { node(g, at(g.nodes.length)).outputs.push('x'); }, true, true],
  ['two nodes writing the graph input again', (g) => { node(g, 0).outputs.push('x'); node(g, g.nodes.length - 1).outputs.push('x'); }, false],
  ['a node writing a constant', (g, at) => { g.tensors.set('k', { name: 'k', dtype: 'float32', data: { kind: 'values', values: [1] } }); node(g, at(g.nodes.length)).outputs.push('k'); }, true, true],
  ['a node with a nested graph', (g, at) => { node(g, at(g.nodes.length)).subgraphs = { body: { name: 'body', tensors: new Map(), nodes: [], inputs: [], outputs: [] } }; }, true],
  ['a nested graph returning a name that is nowhere', (g, at) => { node(g, at(g.nodes.length)).subgraphs = { body: { name: 'body', tensors: new Map(), nodes: [], inputs: [], outputs: ['nowhere'] } }; }, false],
];

const passes = (g: Graph): boolean => {
  try {
    walkInvariants(g, 'p');
    return true;
  } catch {
    return false;
  }
};

describe('the invariants\' quick proof passes only what the walk passes', () => {
  it.each(DAMAGES)('%s, on 80 seeded random graphs of 2 to 60 nodes', (_, damage, valid) => {
    const provedButRefused: number[] = [];
    const refusedButValid: number[] = [];
    for (let seed = 1; seed <= 80; seed++) {
      const { g, r } = randomGraph(seed, 2 + ((seed * 7) % (NEAR_PRODUCERS * 3 + 11)));
      damage(g, (n) => Math.floor(r() * n));
      const walked = passes(g);
      // (some damages are none on some graphs: a node given its own name)
      if (plainlyValid(g) && !walked) provedButRefused.push(seed);
      if (valid && !walked) refusedButValid.push(seed);
    }
    expect(provedButRefused).toEqual([]);
    expect(refusedButValid).toEqual([]);
  });

  // the graphs the proof is for, undamaged or allowed, are all proved: the walk is skipped for them
  it.each(DAMAGES.filter(([, , , quick]) => quick === true))('%s: all 80 graphs proved', (_, damage) => {
    let proved = 0;
    for (let seed = 1; seed <= 80; seed++) {
      const { g, r } = randomGraph(seed, 2 + ((seed * 7) % (NEAR_PRODUCERS * 3 + 11)));
      damage(g, (n) => Math.floor(r() * n));
      if (plainlyValid(g)) proved++;
    }
    expect(proved).toBe(80);
  });
});
