/**
 * The property every rewriting pass that keeps a use index (passes/graph-edit.ts) promises: after
 * its edits the index it kept equals the one built afresh from the graph it left. Producers exactly
 * (a removed node left as a tensor's producer would take a later fold into a node that is gone);
 * readers of every name but the constants (a removed reader left in the list would make "x has one
 * reader" false; a name gone from the graph has none). The readers of constants are set aside: a
 * removed Q's scale keeps it as a reader, and no decision reads them.
 */
import { expect } from 'vitest';
import { buildUseIndex, type UseIndex } from '../../src/passes/graph-edit.js';
import type { Graph, Node } from '../../src/ir/graph.js';
import { GraphBuilder } from '../builders/ir.js';
import { prng } from '../helpers/prng.js';

type Names = Record<string, string[]>;

/** Readers per name, constants of `g` left out (node names, sorted; names without readers left out). */
function readers(g: Graph, consumers: ReadonlyMap<string, readonly Node[]>): Names {
  const out: Names = {};
  for (const [t, ns] of consumers) {
    const tensor = g.tensors.get(t);
    if (tensor?.data === undefined && ns.length > 0) out[t] = ns.map((n) => n.name).sort();
  }
  return out;
}

function producers(producer: ReadonlyMap<string, Node>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [t, n] of producer) out[t] = n.name;
  return out;
}

/** Asserts that `kept` describes `g` as buildUseIndex(g) does; `what` names the graph in the failure. */
export function expectIndexFollows(g: Graph, kept: UseIndex, what: string): void {
  const fresh = buildUseIndex(g);
  expect(readers(g, kept.consumers), `${what}: readers`).toEqual(readers(g, fresh.consumers));
  expect(producers(kept.producer), `${what}: producers`).toEqual(producers(fresh.producer));
  expect([...kept.graphOutputs].sort(), `${what}: graph outputs`).toEqual([...fresh.graphOutputs].sort());
  expect([...kept.graphInputs].sort(), `${what}: graph inputs`).toEqual([...fresh.graphInputs].sort());
}

/** A seeded random graph in the making: each new node reads tensors made before it. */
export interface RandomChain {
  g: GraphBuilder;
  /** The seeded generator: the same seed gives the same graph. */
  r: () => number;
  pick<T>(xs: readonly T[]): T;
  /** Every tensor made so far, newest last; the caller pushes each node's output. */
  pool: string[];
  /** An operand: 7 times in 10 among the three newest tensors (chains, where one rewrite feeds the next). */
  operand(): string;
}

export function randomChain(seed: number, name: string): RandomChain {
  const r = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const pool: string[] = [];
  return { g: new GraphBuilder(`${name}-${seed}`), r, pick, pool, operand: () => pick(r() < 0.7 ? pool.slice(-3) : pool) };
}

/** The graph, its outputs the newest tensor and each other one with probability `share`. */
export function finishChain(c: RandomChain, share = 0.15): Graph {
  const outputs = new Set([c.pool[c.pool.length - 1] as string, ...c.pool.filter(() => c.r() < share)]);
  for (const o of outputs) c.g.output(o);
  return c.g.graph;
}
