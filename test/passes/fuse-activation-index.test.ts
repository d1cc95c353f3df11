/**
 * Activation fusion walks the graph once, finding nodes by position (passes/fuse-activation.ts
 * `fuseActivations`): the writer of what an activation reads among the nodes just before it, and
 * each node's count of readers, counted once before the folds and moved by each fold. Checked on
 * seeded random graphs of layers and activation chains against a reference that decides each
 * activation, in the same order, on a use index built afresh from the graph as it then is.
 */
import { describe, expect, it } from 'vitest';
import { fuseActivations } from '../../src/passes/fuse-activation.js';
import type { Graph, Node } from '../../src/ir/graph.js';
import type { OpKind } from '../../src/ir/op-kinds.js';
import { finishChain, randomChain } from './use-index.js';
import { hasTrait } from '../../src/ops/traits.js';
import { buildUseIndex, foldFollower, readersOf, removeNodes } from '../../src/passes/graph-edit.js';
import { NEAR_PRODUCERS } from '../../src/ir/producers.js';

const KINDS: readonly OpKind[] = ['Relu', 'Relu', 'Sigmoid', 'LeakyRelu', 'Clip', 'Conv', 'Conv', 'Add', 'MaxPool', 'Transpose'];

function randomActivationGraph(seed: number, steps: number): Graph {
  const c = randomChain(seed, 'act');
  const { g, r, pick, pool, operand } = c;
  for (let i = 0; i < 1 + Math.floor(r() * 2); i++) pool.push(g.input(`in${i}`, 'float32', [1, 4, 4, 4]));
  for (let k = 0; k < steps; k++) {
    const op = pick(KINDS);
    const opts = { name: `n${k}`, outShapes: [[1, 4, 4, 4]], outDType: 'float32' as const };
    if (op === 'Conv') {
      const w = g.constant(`n${k}_w`, 'float32', [4, 4, 1, 1]);
      pool.push(g.node('Conv', [operand(), w], { kernel_shape: [1, 1], layout: 'NCHW', weight_layout: 'OIHW' }, opts));
    } else if (op === 'Clip') {
      pool.push(g.node('Clip', [operand(), g.values(`n${k}_lo`, 'float32', [0], []), g.values(`n${k}_hi`, 'float32', [6], [])], {}, opts));
    } else if (op === 'Add') {
      pool.push(g.node('Add', [operand(), operand()], {}, opts));
    } else {
      pool.push(g.node(op, [operand()], op === 'MaxPool' ? { kernel_shape: [1, 1] } : {}, opts));
    }
  }
  return finishChain(c);
}

/** The Clip's bounds, read from its constant inputs (the graphs above give every Clip both). */
function clipBounds(g: Graph, act: Node): Record<string, number> {
  const value = (i: number): number => {
    const d = g.tensors.get(act.inputs[i] as string)?.data;
    return d?.kind === 'values' ? (d.values[0] as number) : NaN;
  };
  return { min: value(1), max: value(2) };
}

/** The reference: each activation in order, decided on a use index built afresh for it. */
function fuseByReference(g: Graph): void {
  const dead = new Set<Node>();
  for (const act of [...g.nodes]) {
    if (!hasTrait(act.op, 'fusable-activation')) continue;
    const idx = buildUseIndex(g);
    const x = act.inputs[0] as string;
    const op = idx.producer.get(x);
    if (op === undefined || dead.has(op) || !hasTrait(op.op, 'absorbs-activation') || op.activation !== undefined || op.outputs.length !== 1) continue;
    if (idx.graphOutputs.has(x) || readersOf(idx, x).some((c) => c !== act)) continue;
    op.activation = act.op;
    if (act.op === 'Clip') op.activationAttrs = clipBounds(g, act);
    foldFollower(g, idx, op, act, x, act.outputs[0] as string, dead);
  }
  removeNodes(g, dead);
}

/** What fusion decides, as plain data: every node and the graph's outputs and tensors. */
function summary(g: Graph): unknown {
  return {
    nodes: g.nodes.map((n) => ({ name: n.name, inputs: n.inputs, outputs: n.outputs, activation: n.activation, attrs: n.activationAttrs, fused: n.fused })),
    outputs: g.outputs,
    tensors: [...g.tensors.keys()].sort(),
  };
}

describe('activation fusion by position decides as a fresh use index does', () => {
  it('on 400 seeded random graphs of 3 to 16 nodes', () => {
    let fused = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const g = randomActivationGraph(seed, 3 + (seed % 14));
      const reference = randomActivationGraph(seed, 3 + (seed % 14));
      const before = g.nodes.length;
      fuseActivations(g);
      fuseByReference(reference);
      fused += before - g.nodes.length;
      expect(summary(g), `seed ${seed}`).toEqual(summary(reference));
    }
    // the graphs do exercise fusion: hundreds of activations go (a floor, not a target)
    expect(fused).toBeGreaterThan(200);
  });

  it(`on 60 seeded random graphs longer than the ${NEAR_PRODUCERS} nodes searched first, some reads from further back`, () => {
    let fused = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const steps = NEAR_PRODUCERS * 3 + seed;
      const g = randomActivationGraph(1000 + seed, steps);
      const reference = randomActivationGraph(1000 + seed, steps);
      const before = g.nodes.length;
      fuseActivations(g);
      fuseByReference(reference);
      fused += before - g.nodes.length;
      expect(summary(g), `seed ${1000 + seed}`).toEqual(summary(reference));
    }
    expect(fused).toBeGreaterThan(200);
  });
});
