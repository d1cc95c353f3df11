/**
 * Epochs (TARGETS.md): walk the fused operators in execution order; each fused HW group is one HW
 * epoch (a compute op with its fused bias/activation, plus a HW pool, activation or binary
 * element-wise op that reads its output and is its only reader); each SW operator is one SW epoch;
 * pure data-movement operators (Reshape, Squeeze, Flatten, Identity, Unsqueeze) next to a HW epoch
 * are absorbed into it (the previous one when it is HW, else the next one), as Vela and the
 * Neural-ART compiler do; so are a zero Pad that folds into the convolution reading it and a
 * Transpose the accelerator runs (ST's c_info.json lists them inside convolution epochs).
 * Operators the compiler inserts around a layer (lowering.ts) are epochs of their own unit, before
 * and after the layer's.
 */
import { hasTrait } from '../ops/traits.js';
import type { Graph, Node } from '../ir/graph.js';
import type { OpKind } from '../ir/op-kinds.js';
import { getRule } from '../ops/table.js';
import { foldedPads } from '../memory/pad-fold.js';
import { buildUseIndex, readersOf, type UseIndex } from '../passes/graph-edit.js';
import type { LayerMapping, Mapping, MappingReason, UnitClass } from './types.js';

export interface Epoch {
  /** 1-based, in execution order. */
  id: number;
  unit: UnitClass;
  /** Node (layer) names, in execution order. */
  nodes: string[];
  ops: OpKind[];
  macc: number;
  /** Why the accelerator refused (SW and unsupported epochs); empty for HW epochs. */
  reasons: readonly MappingReason[];
  /** Set on an operator the compiler inserted (not in the file): what it is and why. */
  inserted?: string;
  /** Set on an activation fused into the layer before it that the target runs on its own. */
  separated?: string;
}

export interface Epochs {
  total: number;
  hw: number;
  sw: number;
  /** Epochs no unit can run (each is an error for the model). */
  unsupported: number;
  /** False for CPU-only targets: reports do not show epochs then (TARGETS.md), and none are built (all counts 0). */
  shown: boolean;
  list: Epoch[];
}

/** A HW pool, fusable activation or chaining element-wise op joins the HW group of the compute op it follows. */
function joinsGroup(op: OpKind): boolean {
  return getRule(op).role === 'pool' || hasTrait(op, 'fusable-activation') || hasTrait(op, 'chains-into-epoch');
}

/** Each layer's MACC by its name: the metrics' layers. */
type LayerMaccs = readonly { readonly name: string; readonly macc: number }[];

/**
 * True when `name` reads the output of `prevName` and is its only reader: its first input for an
 * activation or a pool, any input for a chaining element-wise op.
 */
function readsOnly(idx: UseIndex, byName: ReadonlyMap<string, Node>, prevName: string, name: string): boolean {
  const prev = byName.get(prevName);
  const node = byName.get(name);
  // Stryker disable next-line ConditionalExpression,LogicalOperator,BooleanLiteral: equivalent, every layer of a mapping is a node of its graph, so both are found
  if (!prev || !node) return false;
  const candidates = hasTrait(node.op, 'chains-into-epoch') ? node.inputs : node.inputs.slice(0, 1);
  // an omitted operand ('') has no readers
  return candidates.some((x) => prev.outputs.includes(x) && !idx.graphOutputs.has(x) && readersOf(idx, x).length === 1);
}

/**
 * `layers`: each layer's MACC (the metrics' layers; a layer not listed counts 0). A CPU-only target
 * has no epochs to show (TARGETS.md): none are built (on a 100k-node graph they cost 0.3 s and
 * 36 MiB for nothing), and the layers are not made a map by name either.
 */
export function buildEpochs(graph: Graph, mapping: Mapping, layers: LayerMaccs = []): Epochs {
  if (!mapping.hasAccelerator) return { total: 0, hw: 0, sw: 0, unsupported: 0, shown: false, list: [] };
  const macc = new Map(layers.map((l) => [l.name, l.macc]));
  const list: Epoch[] = [];
  const idx = buildUseIndex(graph);
  const byName = new Map(graph.nodes.map((n) => [n.name, n]));
  // A zero Pad folded into its convolution (memory/pad-fold.ts) is the convolution's padding: it joins that epoch.
  const folded = new Set([...foldedPads(graph, idx, false).values()].map((f) => f.pad));
  let pendingDm: LayerMapping[] = [];
  const add = (e: Epoch, l: LayerMapping): void => {
    e.nodes.push(l.name);
    e.ops.push(l.op);
    e.macc += macc.get(l.name) ?? 0;
  };
  // An epoch's id is its position from 1, given when it is pushed (the list only grows).
  const open = (l: LayerMapping): Epoch => {
    const e: Epoch = { id: list.length + 1, unit: l.unit, nodes: [], ops: [], macc: 0, reasons: l.unit === 'HW' ? [] : l.reasons };
    list.push(e);
    return e;
  };
  const flushDm = (): void => {
    for (const l of pendingDm) add(open(l), l);
    pendingDm = [];
  };
  /** The inserted operator of a wrapped layer: an epoch of its own unless it runs on the NPU. */
  const inserted = (l: LayerMapping): void => {
    const w = l.wrap;
    if (w === undefined || w.unit === 'HW') return;
    flushDm();
    list.push({ id: list.length + 1, unit: w.unit, nodes: [l.name], ops: [w.op], macc: 0, reasons: w.reasons, inserted: w.why });
  };

  for (const l of mapping.layers) {
    const last = list[list.length - 1];
    const moves = hasTrait(l.op, 'data-movement') || folded.has(l.name) || (l.unit === 'HW' && hasTrait(l.op, 'joins-hw-epoch'));
    if (moves && l.wrap === undefined) {
      // A folded Pad waits for its convolution; other data movement joins the HW epoch before it.
      if (last?.unit === 'HW' && pendingDm.length === 0 && !folded.has(l.name)) add(last, l);
      else pendingDm.push(l);
      continue;
    }
    inserted(l);
    if (l.unit === 'HW') {
      const prev = list[list.length - 1];
      // An inserted operator's epoch is never HW (inserted() adds none for the NPU), so a HW prev is a layer's.
      // An epoch holds at least the layer that opened it, so its first op and its last node are strings.
      const joins = l.wrap === undefined && prev?.unit === 'HW' && getRule(prev.ops[0] as OpKind).role === 'compute' && joinsGroup(l.op) && readsOnly(idx, byName, prev.nodes[prev.nodes.length - 1] as string, l.name);
      let e: Epoch;
      if (joins && prev) e = prev;
      else {
        // Waiting data movement (a folded Pad first) goes with the next layer that opens an epoch: its convolution.
        e = open(l);
        for (const d of pendingDm) add(e, d);
        pendingDm = [];
      }
      add(e, l);
      const a = l.splitActivation;
      if (a) list.push({ id: list.length + 1, unit: a.unit, nodes: [l.name], ops: [a.op], macc: 0, reasons: a.reasons, separated: `the ${a.op} fused into '${l.name}' runs on its own: ${a.unitName ?? 'no unit'} runs it, not the NPU` });
    } else {
      flushDm();
      add(open(l), l);
    }
    inserted(l);
  }
  flushDm();
  const hw = list.filter((e) => e.unit === 'HW').length;
  const unsupported = list.filter((e) => e.unit === 'unsupported').length;
  return { total: list.length, hw, sw: list.length - hw - unsupported, unsupported, shown: true, list };
}
