/**
 * `io-boundary`: the QuantizeLinear on a graph input and the DequantizeLinear on a graph output of
 * a quantized model, reached through data movement only (Reshape, Flatten...), are where
 * stedgeai puts the network's I/O: the network reads and writes the integer tensors, and the
 * conversions cost no MACC (METRICS.md "MACC"). They are marked `io_boundary`. Sources: the ST
 * Edge AI Core 1.0 report of bulicp/MNIST-NN-H750's QDQ ONNX (input int8(1x1x28x28), output the
 * DequantizeLinear's input, Q/DQ at 1,568 MACC in the model and -100% in the C model, total 109,386)
 * and packetqc-ai's 4.0 report (its input Q and output DQ likewise removed from the C model).
 * Off with `quantizedIo: false`: stedgeai's ISPU report of qdense_64x32.onnx keeps its input
 * QuantizeLinear (18 MACC in its 2,938). ONNX only: a TFLite file's DEQUANTIZE on its output is an operator stedgeai keeps (the 2.x report
 * of a public mobilenet_v2_0.35_128_fft_int8.tflite: conversion_70, 2 MACC, smul_s8_f32).
 */
import type { Graph, Node } from '../ir/graph.js';
import { isInteger } from '../ir/dtype.js';
import { hasTrait } from '../ops/traits.js';
import type { Pass } from './pass.js';
import { buildUseIndex, readersOf, type UseIndex } from './graph-edit.js';

const moves = (n: Node): boolean => hasTrait(n.op, 'data-movement') && n.outputs.length === 1;

function fromInput(g: Graph, idx: UseIndex, name: string): Node | undefined {
  let t = name;
  for (let hops = 0; hops < 16; hops++) {
    const readers = readersOf(idx, t);
    const r = readers[0];
    if (readers.length !== 1 || !r || idx.graphOutputs.has(t)) return undefined;
    // Stryker disable next-line StringLiteral: equivalent, no tensor is named '' or the mutant's text, and neither '' nor 'unknown' (nor the mutant's) is an integer type
    if (r.op === 'QuantizeLinear') return isInteger(g.tensors.get(r.outputs[0] ?? '')?.dtype ?? 'unknown') ? r : undefined;
    if (!moves(r) || r.inputs[0] !== t) return undefined;
    t = r.outputs[0] as string; // moves: exactly one output
  }
  return undefined;
}

function toOutput(idx: UseIndex, name: string): Node | undefined {
  let t = name;
  for (let hops = 0; hops < 16; hops++) {
    const p = idx.producer.get(t);
    if (!p) return undefined;
    if (p.op === 'DequantizeLinear') return p;
    // Stryker disable next-line StringLiteral: equivalent, nothing produces '' or the mutant's text: the walk stops at the next step either way
    const x = p.inputs[0] ?? '';
    if (!moves(p) || readersOf(idx, x).length !== 1) return undefined;
    t = x;
  }
  return undefined;
}

export const ioBoundaryPass: Pass = {
  name: 'io-boundary',
  run(graph, ctx) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: equivalent, for the Q/DQ shortcut: without a Q or DQ node no input reaches a Q and no output a DQ
    if (ctx.options.quantizedIo === false || ctx.model.format !== 'onnx' || !graph.nodes.some((n) => n.op === 'QuantizeLinear' || n.op === 'DequantizeLinear')) return graph;
    const idx = buildUseIndex(graph);
    for (const i of graph.inputs) {
      const q = fromInput(graph, idx, i);
      if (q) q.attrs['io_boundary'] = true;
    }
    for (const o of graph.outputs) {
      const dq = toOutput(idx, o);
      if (dq) dq.attrs['io_boundary'] = true;
    }
    return graph;
  },
};
