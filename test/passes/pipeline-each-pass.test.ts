/**
 * Every pass of the pipeline is needed: for each of its runs (a pass that runs twice counts twice),
 * a graph whose result changes when that run alone is left out. The second shape inference once
 * went untested: the whole suite passed without it. A pass added to PIPELINE without a
 * graph here fails the first test.
 */
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { PIPELINE, runPipeline } from '../../src/passes/pipeline.js';
import type { Model } from '../../src/ir/graph.js';
import { FootprintError } from '../../src/diagnostics/diagnostic.js';
import { modelOf } from './context.js';
import { sign } from './larq.js';

const q8 = { scale: [0.1], zeroPoint: [0], dtype: 'int8' as const };
const nchw = { layout: 'NCHW', weight_layout: 'OIHW' };

/** A Conv 1x1 of `x` ([1, 4, 4, 4]) to 4 channels, float weights. */
function conv(g: GraphBuilder, x: string, name: string, bias = true): string {
  const w = g.constant(`${name}_w`, 'float32', [4, 4, 1, 1]);
  const ins = bias ? [x, w, g.constant(`${name}_b`, 'float32', [4])] : [x, w];
  return g.node('Conv', ins, { kernel_shape: [1, 1], ...nchw }, { name, outDType: 'float32' });
}

/** BatchNormalization of `x` over 4 channels, constant parameters. */
function bn(g: GraphBuilder, x: string, name: string): string {
  const p = ['scale', 'bias', 'mean', 'var'].map((k) => g.constant(`${name}_${k}`, 'float32', [4]));
  return g.node('BatchNormalization', [x, ...p], { epsilon: 1e-5 }, { name, outDType: 'float32' });
}

/** Quantize / Dequantize of `x` with one shared scale and zero point. */
function qdq(g: GraphBuilder, op: 'QuantizeLinear' | 'DequantizeLinear', x: string, name: string): string {
  const s = g.values(`${name}_s`, 'float32', [0.1], []);
  const z = g.values(`${name}_z`, 'int8', [0], []);
  return g.node(op, [x, s, z], {}, { name, outDType: op === 'QuantizeLinear' ? 'int8' : 'float32' });
}

interface Case { model: () => Model }
const onnx = (build: (g: GraphBuilder) => void): Case => ({
  model: () => {
    const g = new GraphBuilder('net');
    build(g);
    return modelOf(g.graph, { opset: 13 });
  },
});

/** Per run of a pass (`name#1`, `name#2` for a pass that runs twice), a graph its run changes. */
const CASES: Record<string, Case> = {
  // nodes out of order: put in order (without it the invariants after the next pass refuse the graph)
  'verify#1': onnx((g) => {
    const a = g.node('Relu', [g.input('x', 'float32', [1, 4])], {}, { name: 'a', outDType: 'float32' });
    g.output(g.node('Sigmoid', [a], {}, { name: 'b', outDType: 'float32' }));
    g.graph.nodes.reverse(); // b before the a it reads
  }),
  // a symbolic batch becomes 1
  'input-shapes#1': onnx((g) => {
    g.output(g.node('Relu', [g.input('x', 'float32', ['N', 4])], {}, { name: 'r', outDType: 'float32' }));
  }),
  // output shapes inferred
  'shapes#1': onnx((g) => {
    g.output(g.node('Relu', [g.input('x', 'float32', [1, 4])], {}, { name: 'r', outDType: 'float32' }));
  }),
  // an Identity between a Conv and its Relu: gone before activation fusion, which then fuses the Relu
  'cleanup#1': onnx((g) => {
    const c = conv(g, g.input('x', 'float32', [1, 4, 4, 4]), 'c');
    const i = g.node('Identity', [c], {}, { name: 'id', outDType: 'float32' });
    g.output(g.node('Relu', [i], {}, { name: 'r', outDType: 'float32' }));
  }),
  // BN after a Conv folds into it
  'batchnorm#1': onnx((g) => {
    g.output(bn(g, conv(g, g.input('x', 'float32', [1, 4, 4, 4]), 'c'), 'bn'));
  }),
  // Conv -> Relu -> Q: the Relu fuses before QDQ folding, so the Q folds into the Conv (one int8 layer)
  'fuse-activation#1': onnx((g) => {
    const x = qdq(g, 'DequantizeLinear', g.input('x', 'int8', [1, 4, 4, 4], q8), 'x_dq');
    const w = qdq(g, 'DequantizeLinear', g.constant('w', 'int8', [4, 4, 1, 1], q8), 'w_dq');
    const c = g.node('Conv', [x, w], { kernel_shape: [1, 1], ...nchw }, { name: 'c', outDType: 'float32' });
    g.output(qdq(g, 'QuantizeLinear', g.node('Relu', [c], {}, { name: 'r', outDType: 'float32' }), 'y_q'));
  }),
  // BN before a Conv folds forward into it
  'batchnorm-forward#1': onnx((g) => {
    g.output(conv(g, bn(g, g.input('x', 'float32', [1, 4, 4, 4]), 'bn'), 'c'));
  }),
  // Q/DQ folded
  'qdq#1': onnx((g) => {
    const x = qdq(g, 'DequantizeLinear', g.input('x', 'int8', [1, 4], q8), 'x_dq');
    g.output(qdq(g, 'QuantizeLinear', g.node('Relu', [x], {}, { name: 'r', outDType: 'float32' }), 'y_q'));
  }),
  // Conv -> Q -> DQ -> Relu (ST's optimized ONNX): the Relu reads the Conv's int8 output once QDQ is folded
  'fuse-activation#2': onnx((g) => {
    const x = qdq(g, 'DequantizeLinear', g.input('x', 'int8', [1, 4, 4, 4], q8), 'x_dq');
    const w = qdq(g, 'DequantizeLinear', g.constant('w', 'int8', [4, 4, 1, 1], q8), 'w_dq');
    const c = g.node('Conv', [x, w], { kernel_shape: [1, 1], ...nchw }, { name: 'c', outDType: 'float32' });
    const back = qdq(g, 'DequantizeLinear', qdq(g, 'QuantizeLinear', c, 'c_q'), 'c_dq');
    g.output(qdq(g, 'QuantizeLinear', g.node('Relu', [back], {}, { name: 'r', outDType: 'float32' }), 'y_q'));
  }),
  // a weight's Dequantize -> Transpose: constant once QDQ is folded
  'shapes-refold#1': onnx((g) => {
    const x = qdq(g, 'DequantizeLinear', g.input('x', 'int8', [1, 4], q8), 'x_dq');
    const w = qdq(g, 'DequantizeLinear', g.constant('w', 'int8', [8, 4], q8), 'w_dq');
    const t = g.node('Transpose', [w], { perm: [1, 0] }, { name: 'w_t', outDType: 'float32' });
    g.output(qdq(g, 'QuantizeLinear', g.node('MatMul', [x, t], {}, { name: 'mm', outDType: 'float32' }), 'y_q'));
  }),
  // the Quantize of the graph input is the network's I/O
  'io-boundary#1': onnx((g) => {
    const x = qdq(g, 'QuantizeLinear', g.input('x', 'float32', [1, 4]), 'x_q');
    const r = g.node('Relu', [qdq(g, 'DequantizeLinear', x, 'x_dq')], {}, { name: 'r', outDType: 'float32' });
    g.output(qdq(g, 'QuantizeLinear', r, 'y_q'));
  }),
  // a Conv without bias gets one
  'bias#1': onnx((g) => {
    g.output(conv(g, g.input('x', 'float32', [1, 4, 4, 4]), 'c', false));
  }),
  // a Larq sign on the graph input: the input becomes int1
  'binary#1': {
    model: () => {
      const g = new GraphBuilder('net');
      g.output(g.node('MaxPool', [sign(g, g.input('x', 'float32', [1, 8, 4, 4]), 'q')], { kernel_shape: [1, 1] }, { name: 'pool', outDType: 'float32' }));
      return { ...modelOf(g.graph), format: 'keras' };
    },
  },
  // the BN's constants, no longer read once it is folded (after the first cleanup), go
  'cleanup#2': onnx((g) => {
    g.output(bn(g, conv(g, g.input('x', 'float32', [1, 4, 4, 4]), 'c'), 'bn'));
  }),
};

/** Each run's label, in pipeline order. */
function runs(): string[] {
  const seen = new Map<string, number>();
  return PIPELINE.map((p) => {
    const n = (seen.get(p.name) ?? 0) + 1;
    seen.set(p.name, n);
    return `${p.name}#${n}`;
  });
}

/** The pipeline's graph and diagnostics, or its error's code, as one comparable text. */
function outcome(c: Case, skip?: number): string {
  try {
    const passes = PIPELINE.filter((_, i) => i !== skip);
    const { graph, diagnostics } = runPipeline(c.model(), {}, passes);
    return JSON.stringify({
      nodes: graph.nodes.map((n) => [n.name, n.op, n.inputs, n.outputs, n.activation, n.fused, n.integer, n.attrs]),
      tensors: [...graph.tensors.values()].map((t) => [t.name, t.dtype, t.shape, t.quant, t.data?.kind]),
      io: [graph.inputs, graph.outputs],
      diagnostics: diagnostics.map((d) => d.code),
    }, (_, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
  } catch (e: unknown) {
    return `error ${e instanceof FootprintError ? e.code : String(e)}`;
  }
}

describe('every run of every pass of the pipeline changes some graph', () => {
  it('a graph for each run, no more', () => {
    expect(Object.keys(CASES)).toEqual(runs());
  });

  it.each(runs().map((label, i) => [label, i] as const))('%s: without it, the result differs', (label, i) => {
    const c = CASES[label] as Case;
    const all = outcome(c);
    expect(all.startsWith('error')).toBe(false);
    expect(outcome(c, i)).not.toBe(all);
  });
});
