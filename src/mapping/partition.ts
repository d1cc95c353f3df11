/**
 * The partition in a vendor's own words (issue 15): Pulsar2 splits a model into NPU and CPU
 * subgraphs (`subgraph [0], group: 0, type: GraphType.NPU`, `QuantAxModel macs`); Kneron's IP
 * evaluator lists CPU nodes ("Has CPU node(s)?"). Built from the epochs: consecutive HW epochs are
 * one NPU subgraph, consecutive software (or unsupported) epochs one CPU subgraph, in execution
 * order. A CPU node between two NPU subgraphs cuts the NPU graph.
 */
import type { MappingReason } from './types.js';
import { append } from '../arrays.js';

export type Vocabulary = 'pulsar2' | 'kneron';

export interface Subgraph {
  /** 0-based, as Pulsar2 numbers them. */
  index: number;
  type: 'NPU' | 'CPU';
  layers: string[];
  ops: string[];
  macc: number;
}

export interface CpuNode {
  name: string;
  op: string;
  /** Why the NPU refused it (every failing rule). */
  reasons: MappingReason[];
  /** The index of the CPU subgraph holding it. */
  subgraph: number;
  /** True when NPU subgraphs run before and after it: it splits the NPU work in two. */
  cuts: boolean;
  /** No unit runs it (no CPU kernel either). */
  unsupported: boolean;
}

export interface Partition {
  vocabulary: Vocabulary;
  npuSubgraphs: number;
  cpuSubgraphs: number;
  /** MACC on the NPU: Pulsar2's `QuantAxModel macs` counts the quantized model's MACs. */
  npuMacc: number;
  cpuMacc: number;
  subgraphs: Subgraph[];
  cpuNodes: CpuNode[];
}

/** What the partition reads of an epoch list (the mapping's Epochs and the Report's both fit). */
export interface EpochLike {
  unit: string;
  nodes: readonly string[];
  ops: readonly string[];
  macc: number;
  reasons: readonly MappingReason[];
}

export function buildPartition(epochs: { list: readonly EpochLike[] }, vocabulary: Vocabulary): Partition {
  const subgraphs: Subgraph[] = [];
  const cpu: Omit<CpuNode, 'cuts'>[] = [];
  for (const e of epochs.list) {
    const type = e.unit === 'HW' ? 'NPU' : 'CPU';
    let s = subgraphs[subgraphs.length - 1];
    if (s?.type !== type) {
      s = { index: subgraphs.length, type, layers: [], ops: [], macc: 0 };
      subgraphs.push(s);
    }
    append(s.layers, e.nodes);
    append(s.ops, e.ops);
    s.macc += e.macc;
    const at = s.index;
    if (type === 'CPU') e.nodes.forEach((name, i) => cpu.push({ name, op: e.ops[i] ?? 'Unknown', reasons: e.reasons.map((r) => ({ ...r })), subgraph: at, unsupported: e.unit === 'unsupported' }));
  }
  // A CPU subgraph with NPU subgraphs on both sides cuts the NPU graph.
  const cpuNodes: CpuNode[] = cpu.map((n) => ({ ...n, cuts: n.subgraph > 0 && n.subgraph < subgraphs.length - 1 }));
  const sum = (t: 'NPU' | 'CPU') => subgraphs.filter((s) => s.type === t).reduce((a, s) => a + s.macc, 0);
  return {
    vocabulary,
    npuSubgraphs: subgraphs.filter((s) => s.type === 'NPU').length,
    cpuSubgraphs: subgraphs.filter((s) => s.type === 'CPU').length,
    npuMacc: sum('NPU'),
    cpuMacc: sum('CPU'),
    subgraphs,
    cpuNodes,
  };
}
