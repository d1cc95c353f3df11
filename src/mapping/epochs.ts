/**
 * Epochs (TARGETS.md): walk the fused operators in execution order; each fused HW group is one HW
 * epoch (a compute op with its fused bias/activation, plus a HW pool or activation that reads only
 * its output); each SW operator is one SW epoch; pure data-movement operators (Reshape, Squeeze,
 * Flatten, Identity, Unsqueeze) next to a HW epoch are absorbed into it (the previous one when it
 * is HW, else the next one), as Vela and the Neural-ART compiler do.
 */
import { hasTrait } from '../ops/traits.js';
import type { Graph } from '../ir/graph.js';
import type { OpKind } from '../ir/op-kinds.js';
import { getRule } from '../ops/table.js';
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
  reasons: MappingReason[];
}

export interface Epochs {
  total: number;
  hw: number;
  sw: number;
  /** Epochs no unit can run (each is an error for the model). */
  unsupported: number;
  /** False for CPU-only targets: reports do not show epochs then (TARGETS.md). */
  shown: boolean;
  list: Epoch[];
}


/** A HW pool or fusable activation joins the HW group of the compute op it follows. */
function joinsGroup(op: OpKind): boolean {
  return getRule(op).role === 'pool' || hasTrait(op, 'fusable-activation');
}

type MaccOf = ReadonlyMap<string, number> | Readonly<Record<string, number>>;

function maccOf(m: MaccOf, name: string): number {
  return (m instanceof Map ? m.get(name) : (m as Readonly<Record<string, number>>)[name]) ?? 0;
}

/** True when `layer`'s first input is the last node's output and nothing else reads it. */
function readsOnly(graph: Graph, prevName: string | undefined, name: string): boolean {
  const prev = graph.nodes.find((n) => n.name === prevName);
  const node = graph.nodes.find((n) => n.name === name);
  const x = node?.inputs[0];
  if (!prev || !node || x === undefined || !prev.outputs.includes(x) || graph.outputs.includes(x)) return false;
  return graph.nodes.filter((n) => n.inputs.includes(x)).length === 1;
}

/** `macc`: node name -> MACC (from the metrics' layers). */
export function buildEpochs(graph: Graph, mapping: Mapping, macc: MaccOf = new Map()): Epochs {
  const list: Epoch[] = [];
  let pendingDm: LayerMapping[] = [];
  const add = (e: Epoch, l: LayerMapping): void => {
    e.nodes.push(l.name);
    e.ops.push(l.op);
    e.macc += maccOf(macc, l.name);
  };
  const open = (l: LayerMapping): Epoch => {
    const e: Epoch = { id: list.length + 1, unit: l.unit, nodes: [], ops: [], macc: 0, reasons: l.unit === 'HW' ? [] : l.reasons };
    list.push(e);
    return e;
  };
  const flushDm = (): void => {
    for (const l of pendingDm) add(open(l), l);
    pendingDm = [];
  };

  for (const l of mapping.layers) {
    const last = list[list.length - 1];
    if (hasTrait(l.op, 'data-movement')) {
      if (last?.unit === 'HW' && pendingDm.length === 0) add(last, l);
      else pendingDm.push(l);
      continue;
    }
    if (l.unit === 'HW') {
      const head = last?.ops[0];
      const joins = pendingDm.length === 0 && last?.unit === 'HW' && head !== undefined && getRule(head).role === 'compute' && joinsGroup(l.op) && readsOnly(graph, last.nodes[last.nodes.length - 1], l.name);
      const e = joins && last ? last : open(l);
      for (const d of pendingDm) add(e, d);
      pendingDm = [];
      add(e, l);
      continue;
    }
    flushDm();
    add(open(l), l);
  }
  flushDm();
  list.forEach((e, i) => {
    e.id = i + 1;
  });
  const hw = list.filter((e) => e.unit === 'HW').length;
  const unsupported = list.filter((e) => e.unit === 'unsupported').length;
  return { total: list.length, hw, sw: list.length - hw - unsupported, unsupported, shown: mapping.hasAccelerator, list };
}

