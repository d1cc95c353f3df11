/**
 * How many nodes, tensors and node inputs and outputs one model may declare, nested graphs
 * included (METRICS.md "Limits").
 * Every per-layer structure of the analysis grows with them: a 300,000-node chain (100,000 blocks
 * of bench/make-large-onnx.ts writeChainOnnx) runs under a 700 MiB heap (METRICS.md "Limits" has
 * its time and peak), so a file declaring millions (a few tens of
 * MB of protobuf or flatbuffer) would run the process out of memory, which Node reports with a
 * native stack trace and no report for the other models. Each frontend counts a graph's items
 * before it maps them, as it scans them, and refuses the model with E_LIMIT past a bound.
 */
import { thousands as count } from '../units/format.js';

/** Nodes (operators, layers) in one model, every nested graph (and each TFLite subgraph instance) included. */
export const MAX_NODES = 500_000;
/** Tensors one model declares (initializers, graph inputs and outputs, value_info; TFLite tensor tables), nested graphs included. */
export const MAX_TENSORS = 1_000_000;
/**
 * Inputs and outputs of all nodes, nested graphs included (four per node at MAX_NODES): one node
 * may list millions of inputs (an ONNX Max of 2,000,000 inputs is a 6 MB file; it took 5.8 s and
 * 370 MB).
 */
export const MAX_EDGES = 2_000_000;

/** One model's running counts against MAX_NODES, MAX_TENSORS and MAX_EDGES. */
export class GraphBudget {
  private nodes = 0;
  private tensors = 0;
  private edges = 0;

  constructor(private readonly maxNodes = MAX_NODES, private readonly maxTensors = MAX_TENSORS, private readonly maxEdges = MAX_EDGES) {}

  /**
   * Counts `nodes` more nodes, `tensors` more tensors and `edges` more node inputs and outputs;
   * true once a total is past its bound (refusal() then says which). Nothing is worded here: a
   * frontend counts on every node, and words the refusal only when there is one.
   */
  add(nodes: number, tensors: number, edges = 0): boolean {
    this.nodes += nodes;
    this.tensors += tensors;
    this.edges += edges;
    return this.nodes > this.maxNodes || this.tensors > this.maxTensors || this.edges > this.maxEdges;
  }

  /**
   * Why the model is refused, once add() said so: `where` words the graph or node that passed the
   * bound ("the graph at byte 120", "subgraph 2", "operator 7 of subgraph 0"). The caller throws
   * it, with the file and offset.
   */
  refusal(where: string): string {
    if (this.nodes > this.maxNodes) return tooMany(where, 'nodes', this.maxNodes);
    if (this.tensors > this.maxTensors) return tooMany(where, 'tensors', this.maxTensors);
    return tooMany(where, 'node inputs and outputs', this.maxEdges);
  }

  /** add(), then refusal(where) when a bound is passed, else undefined. */
  take(where: string, nodes: number, tensors: number, edges = 0): string | undefined {
    return this.add(nodes, tensors, edges) ? this.refusal(where) : undefined;
  }

  /** A table of `n` operator codes (TFLite): one per distinct operator, so never more of them than MAX_NODES. */
  codes(n: number): string | undefined {
    return n > this.maxNodes ? `the operator code table has ${count(n)} entries: more distinct operators than the ${count(this.maxNodes)} nodes a model may have` : undefined;
  }
}

function tooMany(where: string, what: string, max: number): string {
  return `${where} takes the model past ${count(max)} ${what} (nested graphs included), the most a model may have to be analyzed`;
}
