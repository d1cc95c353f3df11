/**
 * `qdq`: folds ONNX QDQ quantization (QuantizeLinear/DequantizeLinear pairs around real ops) into
 * quantized tensors, so weights count at their integer width and activations are int8/uint8.
 *
 * 1. `DequantizeLinear(const int w, scale, zp[, axis])`: readers use `w` directly; `w.quant`
 *    records scale/zero point/axis/dtype (int8 weights per-axis, int32 biases).
 * 2. Walking the nodes in topological order:
 *    - `QuantizeLinear(x) -> q`: when `x` is computed by an integer op (not a DequantizeLinear,
 *      no float activation input), read only by this Q and not a graph output, `x` is retyped to
 *      the integer type with `quant`, readers of `q` read `x`, and the Q's name goes into the
 *      producer's `fused` (when `q` is a graph output, the producer writes it under that name).
 *      A Q of a float constant becomes an integer constant (weights stored
 *      float in the file). Otherwise (Q at a float graph input, after a float op) the Q stays:
 *      it is a real conversion.
 *    - `DequantizeLinear(t)` of an integer activation: readers use `t` (the DQ's name goes into
 *      the first reader's `fused`), unless its output is a graph output (a real conversion to
 *      float, it stays), it feeds a QuantizeLinear (requantization, both stay), or a reader
 *      computes in float (its result is not re-quantized: the conversion is real, it stays).
 *    - Data-movement ops (Reshape, Transpose, Flatten...) on a quantized tensor pass the type and
 *      per-tensor quantization on to their outputs (unless an output is a graph output).
 * 3. Every remaining node except Q/DQ whose activation (non-constant) inputs all hold quantized
 *    integers gets `integer`, in a graph without any Q/DQ too (a QOperator model fed uint8);
 *    weights are recognised by their integer dtype + quant.
 * 4. Float weights of such a layer whose output is quantized too are the compiler's int8 weights
 *    (qdq-weights.ts: ST's optimized ONNX stores them float).
 * Q/DQ nodes that could not be folded stay and are costed as standalone ops.
 */
import { hasTrait } from '../ops/traits.js';
import { readsQuantizedIntegers } from '../ir/integer.js';
import type { Graph, Node } from '../ir/graph.js';
import { isFloat, isInteger } from '../ir/dtype.js';
import type { Pass } from './pass.js';
import { absorb, buildUseIndex, readersOf, removeNodes, renameTensor, replaceUses, type UseIndex } from './graph-edit.js';
import { holdsQuantized, quantizeStorage, readQuantParams } from './qdq-params.js';
import { quantizeFloatWeights } from './qdq-weights.js';
import { tensorNamed } from '../ir/tensor-named.js';

export const qdqPass: Pass = {
  name: 'qdq',
  run(graph, ctx) {
    const hasQdq = graph.nodes.some((n) => n.op === 'QuantizeLinear' || n.op === 'DequantizeLinear');
    if (hasQdq) {
      foldQdq(graph);
      ctx.qdqFolded = true;
    }
    // without a Q/DQ too: a QOperator model (QLinearConv...) reading a uint8 input has none
    markQuantized(graph);
    quantizeFloatWeights(graph);
    return graph;
  },
};

/** Step 1-2: folds the Q/DQ nodes it can and removes them; returns the use index, kept up to date by every fold. */
export function foldQdq(graph: Graph): UseIndex {
  const dead = new Set<Node>();
  const idx = buildUseIndex(graph);
  foldConstantDequantize(graph, idx, dead);
  for (const n of graph.nodes) {
    // Stryker disable next-line ConditionalExpression: equivalent, the only dead nodes ahead are the weight DQs folded above, and foldDequantize finds no reader of their output (rewire deleted it) and leaves them
    if (dead.has(n)) continue;
    if (n.op === 'QuantizeLinear') foldQuantize(graph, idx, n, dead);
    else if (n.op === 'DequantizeLinear') foldDequantize(graph, idx, n, dead);
    else if (hasTrait(n.op, 'qdq-transparent')) propagate(graph, idx, n);
  }
  removeNodes(graph, dead);
  return idx;
}


/** Readers of `from` (the output of `dropped`, which goes) now read `to`; the use index follows. */
function rewire(g: Graph, idx: UseIndex, from: string, to: string, dropped: Node): Node[] {
  const readers = readersOf(idx, from);
  replaceUses(g, from, to, readers);
  idx.consumers.delete(from);
  const existing = readersOf(idx, to).filter((c) => c !== dropped && !readers.includes(c));
  idx.consumers.set(to, [...existing, ...readers]);
  g.tensors.delete(from);
  idx.producer.delete(from);
  return readers;
}

function foldConstantDequantize(g: Graph, idx: UseIndex, dead: Set<Node>): void {
  for (const dq of g.nodes) {
    if (dq.op !== 'DequantizeLinear') continue;
    const w = tensorNamed(g, dq.inputs[0]);
    // Stryker disable next-line StringLiteral: equivalent, a name no node writes or reads: no readers either way, so the DQ is skipped below
    const out = dq.outputs[0] ?? '';
    if (w?.data === undefined || !isInteger(w.dtype) || idx.graphOutputs.has(out)) continue;
    // an omitted output ('') has no readers: skipped here
    const readers = readersOf(idx, out);
    if (readers.length === 0 || readers.some((r) => r.op === 'QuantizeLinear')) continue;
    const quant = readQuantParams(g, dq, w.dtype);
    if (quant === undefined) continue;
    w.quant = quant;
    rewire(g, idx, out, w.name, dq);
    absorb(readers[0] as Node, dq);
    dead.add(dq);
  }
}

/** A node that computes in float: a DequantizeLinear, or any float non-constant input (an omitted one, '', names no tensor). */
function computesInFloat(g: Graph, n: Node): boolean {
  if (n.op === 'DequantizeLinear') return true;
  return n.inputs.some((i) => {
    const t = g.tensors.get(i);
    return t !== undefined && t.data === undefined && isFloat(t.dtype) && t.quant === undefined;
  });
}

function foldQuantize(g: Graph, idx: UseIndex, q: Node, dead: Set<Node>): void {
  // Stryker disable next-line StringLiteral: equivalent, no tensor is named '' or the mutant's text: x is undefined either way and the Q is left
  const xName = q.inputs[0] ?? '';
  // Stryker disable next-line StringLiteral: equivalent, no tensor is named '' or the mutant's text: the Q's output is undefined either way and the Q is left
  const qName = q.outputs[0] ?? '';
  const x = g.tensors.get(xName);
  const qOut = g.tensors.get(qName);
  if (x === undefined || qOut === undefined) return;
  const storage = quantizeStorage(g, q);
  const quant = readQuantParams(g, q, storage);
  if (quant === undefined) return;
  qOut.dtype = storage;
  qOut.quant = quant;
  const isOutput = idx.graphOutputs.has(qName);

  if (x.data !== undefined && isFloat(x.dtype) && !isOutput) {
    // Float weights quantized in the graph: store them as the integer constant they become.
    qOut.data = { kind: 'computed', by: q.name };
    const readers = readersOf(idx, qName);
    if (readers[0] !== undefined) absorb(readers[0], q);
    idx.producer.delete(qName);
    dead.add(q);
    return;
  }

  const producer = idx.producer.get(xName);
  const onlyReader = readersOf(idx, xName).every((c) => c === q);
  if (producer === undefined || idx.graphOutputs.has(xName) || !onlyReader || computesInFloat(g, producer)) return;
  x.dtype = storage;
  x.quant = quant;
  if (isOutput) {
    // An integer graph output: the producer writes it directly, keeping the output's name.
    renameTensor(g, xName, qName, idx.producer.get(xName), readersOf(idx, xName));
    idx.producer.delete(xName);
    idx.producer.set(qName, producer);
    idx.consumers.delete(xName);
  } else {
    rewire(g, idx, qName, xName, q);
  }
  absorb(producer, q);
  dead.add(q);
}

function foldDequantize(g: Graph, idx: UseIndex, dq: Node, dead: Set<Node>): void {
  // Stryker disable next-line StringLiteral: equivalent, no tensor is named '' or the mutant's text: t is undefined either way and the DQ is left
  const tName = dq.inputs[0] ?? '';
  const out = dq.outputs[0] ?? '';
  const t = g.tensors.get(tName);
  if (out === '' || !holdsQuantized(t)) return;
  if (t.quant === undefined) {
    // not quantized yet: holdsQuantized then requires an integer type
    const quant = readQuantParams(g, dq, t.dtype);
    if (quant === undefined) return;
    t.quant = quant;
  }
  const readers = readersOf(idx, out);
  if (idx.graphOutputs.has(out) || readers.length === 0) return;
  // Stryker disable next-line MethodExpression,ArrowFunction,ConditionalExpression,StringLiteral: equivalent, staysInteger refuses a Q reader too unless the Q's output feeds only Qs, which ONNX forbids (a Q takes a float input)
  if (readers.some((r) => r.op === 'QuantizeLinear')) return; // requantization: both stay
  // A reader that computes in float (its result is not quantized again, e.g. a Softmax writing the
  // float output) needs the real conversion: the DQ stays, as stedgeai keeps it (2 * O MACC).
  if (!readers.every((r) => staysInteger(idx, r))) return;
  rewire(g, idx, out, tName, dq);
  absorb(readers[0] as Node, dq);
  dead.add(dq);
}

/** The reader computes on integers: data movement to a non-output, or every result is quantized by a Q right after. */
function staysInteger(idx: UseIndex, reader: Node): boolean {
  // Data movement carries the integers on, unless it writes a graph output: that one is float, the conversion is real.
  if (hasTrait(reader.op, 'qdq-transparent')) return reader.outputs.every((o) => !idx.graphOutputs.has(o));
  return reader.outputs.every((o) => {
    const uses = readersOf(idx, o);
    return !idx.graphOutputs.has(o) && uses.length > 0 && uses.every((c) => c.op === 'QuantizeLinear');
  });
}

function propagate(g: Graph, idx: UseIndex, n: Node): void {
  const src = tensorNamed(g, n.inputs[0]);
  if (src?.quant === undefined || !isInteger(src.dtype) || src.quant.scale.length !== 1) return;
  for (const o of n.outputs) {
    const t = g.tensors.get(o);
    if (t === undefined || t.quant !== undefined || idx.graphOutputs.has(o)) continue;
    if (t.dtype !== 'unknown' && !isFloat(t.dtype)) continue;
    t.dtype = src.dtype;
    t.quant = { ...src.quant, scale: [...src.quant.scale], zeroPoint: [...src.quant.zeroPoint] };
  }
}

function markQuantized(g: Graph): void {
  for (const n of g.nodes) {
    // a DQ left in the graph computes the float; a Q reads floats (ONNX), so it is never marked either
    if (n.op === 'DequantizeLinear') continue;
    if (readsQuantizedIntegers(g, n)) n.integer = true;
  }
}
