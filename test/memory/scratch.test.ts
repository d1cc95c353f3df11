/**
 * Kernel scratch rules (memory/scratch/st.ts, memory/scratch/tflm.ts) on small graphs, sizes
 * computed by hand from the formulas in those files, and their place in the plan.
 */
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import type { Attrs, Graph, Node, Tensor } from '../../src/ir/graph.js';
import type { DType } from '../../src/ir/dtype.js';
import type { Shape } from '../../src/ir/shape.js';
import type { OpKind } from '../../src/ir/op-kinds.js';
import { stScratch, stScratchRules } from '../../src/memory/scratch/st.js';
import { tflmScratch } from '../../src/memory/scratch/tflm.js';
import { planMemory } from '../../src/memory/plan.js';
import { checkPlan } from '../../src/memory/check.js';

const NHWC = { layout: 'NHWC', strides: [1, 1], auto_pad: 'VALID' };

/** One node reading `x` (and constants), its output shaped `out`. */
function single(op: OpKind, x: [DType, Shape], consts: [DType, Shape][], attrs: Attrs, out: Shape, outDType: DType = x[0]): { g: Graph; n: Node } {
  const b = new GraphBuilder();
  const input = b.input('x', x[0], x[1]);
  const cs = consts.map(([dt, sh], i) => b.constant(`c${i}`, dt, sh));
  b.output(b.node(op, [input, ...cs], attrs, { name: 'n', outShapes: [out], outDType }));
  const n = b.graph.nodes[0];
  if (!n) throw new Error('no node');
  return { g: b.graph, n };
}

describe('st rules (stedgeai kernels)', () => {
  it('int8 depthwise: 2*Cin*K + Cout*K + 10*Cout + 1', () => {
    // TFLite DEPTHWISE_CONV_2D, C 16, kernel 3x1: 16 * (3 * 3 + 10) + 1
    const dw = single('Conv', ['int8', [1, 10, 1, 16]], [['int8', [1, 3, 1, 16]], ['int32', [16]]], { ...NHWC, weight_layout: 'IHWO', group: 16, depth_multiplier: 1 }, [1, 8, 1, 16]);
    expect(stScratch(dw.n, dw.g)).toEqual([305]);
    // multiplier 2: Cin 16, Cout 32: 2*16*3 + 32*3 + 10*32 + 1
    const m2 = single('Conv', ['int8', [1, 10, 1, 16]], [['int8', [1, 3, 1, 32]]], { ...NHWC, weight_layout: 'IHWO', depth_multiplier: 2 }, [1, 8, 1, 32]);
    expect(stScratch(m2.n, m2.g)).toEqual([96 + 96 + 320 + 1]);
    // ONNX NCHW, group == C 64, 3x3: 64 * (3 * 9 + 10) + 1
    const onnx = single('Conv', ['int8', [1, 64, 25, 5]], [['int8', [64, 1, 3, 3]]], { layout: 'NCHW', weight_layout: 'OIHW', group: 64, kernel_shape: [3, 3], pads: [1, 1, 1, 1] }, [1, 64, 25, 5]);
    expect(stScratch(onnx.n, onnx.g)).toEqual([2_369]);
  });

  it('int8 pointwise conv: 2 int16 im2col columns (4 * Cin/G) + 10*Cout', () => {
    // pointwise 4 -> 8: 4*4 + 10*8
    const pw = single('Conv', ['int8', [1, 5, 5, 4]], [['int8', [8, 1, 1, 4]]], { ...NHWC, weight_layout: 'OHWI' }, [1, 5, 5, 8]);
    expect(stScratch(pw.n, pw.g)).toEqual([96]);
    // ONNX grouped (2 groups of 4 -> 4), 1x1: 4 * 4 + 10 * 8
    const grouped = single('Conv', ['int8', [1, 8, 5, 5]], [['int8', [8, 4, 1, 1]]], { layout: 'NCHW', weight_layout: 'OIHW', group: 2 }, [1, 8, 5, 5]);
    expect(stScratch(grouped.n, grouped.g)).toEqual([96]);
  });

  it('int8 K > 1 conv: 4 * Cin/G * K + 14*Cout + the int16 weight copy, capped at 5,120 B', () => {
    const conv = (cin: number, k: number, cout: number) => single('Conv', ['int8', [1, 1, 16, cin]], [['int8', [cout, 1, k, cin]]], { ...NHWC, weight_layout: 'OHWI' }, [1, 1, 17 - k, cout]);
    // 3x3, 4 -> 8: 4*36 + 14*8 + 2*36*8
    const k3 = single('Conv', ['int8', [1, 5, 5, 4]], [['int8', [8, 3, 3, 4]]], { ...NHWC, weight_layout: 'OHWI' }, [1, 3, 3, 8]);
    expect(stScratch(k3.n, k3.g)).toEqual([144 + 112 + 576]);
    // the weight copy 2*Cin*K*Cout below, at and above the cap: 5,100 / 5,120 / 5,160 B
    const below = conv(10, 5, 51); // 2 * 50 * 51 = 5,100
    expect(stScratch(below.n, below.g)).toEqual([200 + 14 * 51 + 5_100]);
    const at = conv(16, 5, 32); // 2 * 80 * 32 = 5,120
    expect(stScratch(at.n, at.g)).toEqual([320 + 14 * 32 + 5_120]);
    const above = conv(43, 5, 12); // 2 * 215 * 12 = 5,160, capped
    expect(stScratch(above.n, above.g)).toEqual([860 + 14 * 12 + 5_120]);
  });

  it('Cortex-M55 (Helium) builds: the K > 1 conv keeps the two-column rule (not calibrated)', () => {
    const k3 = single('Conv', ['int8', [1, 5, 5, 4]], [['int8', [8, 3, 3, 4]]], { ...NHWC, weight_layout: 'OHWI' }, [1, 3, 3, 8]);
    expect(stScratchRules('helium')(k3.n, k3.g)).toEqual([4 * 4 * 9 + 10 * 8]);
    expect(stScratchRules('dsp')(k3.n, k3.g)).toEqual(stScratch(k3.n, k3.g));
  });

  it('float conv: one im2col column of Cin*K floats (seed 001: 1 x 3 x 3 -> 36 B); grouped float: none', () => {
    const f = single('Conv', ['float32', [1, 1, 32, 32]], [['float32', [16, 1, 3, 3]], ['float32', [16]]], { layout: 'NCHW', weight_layout: 'OIHW', pads: [1, 1, 1, 1] }, [1, 16, 32, 32]);
    expect(stScratch(f.n, f.g)).toEqual([36]);
    const dw = single('Conv', ['float32', [1, 8, 8, 8]], [['float32', [8, 1, 3, 3]]], { layout: 'NCHW', weight_layout: 'OIHW', group: 8 }, [1, 8, 6, 6]);
    expect(stScratch(dw.n, dw.g)).toEqual([]);
  });

  it('binary conv (int1 input): 2 words per tap and per 32 packed input channels (FITTED on seed 001: 3x3, 1 channel = 72 B); at, below and above 32 channels', () => {
    const bin = (cin: number, group = 1) => {
      const c = single('Conv', ['int1', [1, cin, 8, 8]], [['float32', [16, cin / group, 3, 3]]], { layout: 'NCHW', weight_layout: 'OIHW', group }, [1, 16, 6, 6], 'float32');
      return stScratch(c.n, c.g);
    };
    // 4 B x 2 words x 9 taps x ceil(Cin / G / 32) words of channels
    expect([bin(1), bin(31), bin(32), bin(33), bin(64), bin(64, 2)]).toEqual([[72], [72], [72], [144], [144], [72]]);
  });

  it('SVC: one float per support vector, 7 per class pair, 3 more (FITTED on clf_svc.c: 550 SVs, 3 classes = 574 floats)', () => {
    const svc = (vectorsPerClass: number[], classes: number, values: number, features = 4) => {
      const b = new GraphBuilder();
      const attrs: Attrs = { vectors_per_class: vectorsPerClass, classlabels_ints: Array.from({ length: classes }, (_, i) => i), support_vectors: new Array<number>(values).fill(0.5) };
      b.output(b.node('SVMClassifier', [b.input('x', 'float32', [1, features])], attrs, { name: 'svc', outShapes: [[1]], outDType: 'int64' }));
      const n = b.graph.nodes[0] as Node;
      return stScratch(n, b.graph);
    };
    // 5 SVs, 3 classes (3 pairs): 4 x (5 + 7 x 3 + 3) = 116 B; 2 classes (1 pair): 4 x (5 + 7 + 3) = 60 B
    expect(svc([2, 3], 3, 20)).toEqual([116]);
    expect(svc([2, 3], 2, 20)).toEqual([60]);
    // clf_svc.c's figure, by the same formula
    expect(svc([200, 200, 150], 3, 550 * 8, 8)).toEqual([4 * 574]);
    // one class, no support vectors, or counts the values do not back: no work area
    expect([svc([5], 1, 20), svc([0, 0], 3, 0), svc([2, 3], 3, 19)]).toEqual([[], [], []]);
  });

  it('int8 dense: the input widened to int16 (2 * Cin), + 10*Cout with per-channel weights; float dense: none', () => {
    const q = single('Gemm', ['int8', [1, 32]], [['int8', [3, 32]], ['int32', [3]]], { transB: 1 }, [1, 3]);
    expect(stScratch(q.n, q.g)).toEqual([64]);
    const ch = single('Gemm', ['int8', [1, 32]], [['int8', [3, 32]], ['int32', [3]]], { transB: 1 }, [1, 3]);
    ch.g.tensors.set('c0', { ...(ch.g.tensors.get('c0') as Tensor), quant: { scale: [0.1, 0.2, 0.3], zeroPoint: [0, 0, 0] } });
    expect(stScratch(ch.n, ch.g)).toEqual([64 + 30]);
    const f = single('Gemm', ['float32', [1, 32]], [['float32', [3, 32]]], { transB: 1 }, [1, 3]);
    expect(stScratch(f.n, f.g)).toEqual([]);
  });

  it('int8 softmax: one int32 per tabulated difference, |diff_min| from the input scale; float softmax: none', () => {
    const withScale = (scale: number, beta = 1) => {
      const s = single('Softmax', ['int8', [1, 10]], [], { axis: -1, beta }, [1, 10]);
      s.g.tensors.set('x', { ...(s.g.tensors.get('x') as Tensor), quant: { scale: [scale], zeroPoint: [0] } });
      return stScratch(s.n, s.g);
    };
    // scale 1/8: 2^26/8 = 2^23 = 0.5 * 2^24, e = 24: floor(31 * 2^26 / 2^24) = 124 words
    expect(withScale(1 / 8)).toEqual([4 * 124]);
    // just below 1/8, e = 23: 248 words; twice the scale, e = 25: 62 words; beta doubles like the scale
    expect(withScale(0.124)).toEqual([4 * 248]);
    expect(withScale(1 / 4)).toEqual([4 * 62]);
    expect(withScale(1 / 8, 2)).toEqual([4 * 62]);
    // a mantissa that rounds up to 1 moves to the next exponent (QuantizeMultiplier): 2^26 x scale =
    // 1 - 2^-33 has e = 0 but rounds to 2^31 / 2^31, so e = 1: floor(31 x 2^25) words, not 31 x 2^26
    expect(withScale(2 ** -26 * (1 - 2 ** -33))).toEqual([4 * 31 * 2 ** 25]);
    expect(withScale(2 ** -26 * (1 - 2 ** -20))).toEqual([4 * 31 * 2 ** 26]);
    // a scale so large that only the maximum counts: one word
    expect(withScale(16)).toEqual([4]);
    // no scale in the file: stedgeai 1.0's 124 words of the wake-word model
    const s200 = single('Softmax', ['int8', [1, 200]], [], { axis: -1 }, [1, 200]);
    expect(stScratch(s200.n, s200.g)).toEqual([496]);
    const f = single('Softmax', ['float32', [1, 3]], [], { axis: -1 }, [1, 3]);
    expect(stScratch(f.n, f.g)).toEqual([]);
  });

  it('float LSTM: 7 floats per unit, whatever the input size (stm32ai 5.2: 700 floats for 100 units); directions take turns', () => {
    const lstm = (dtype: DType, inputs: number, units: number, direction = 'forward') =>
      single('LSTM', [dtype, [1, 1, inputs]], [[dtype, [inputs, 4 * units]], [dtype, [units, 4 * units]]], { layout: 1, hidden_size: units, direction }, [1, 1, 1, units]);
    const a = lstm('float32', 1, 100);
    expect(stScratch(a.n, a.g)).toEqual([2_800]);
    const b = lstm('float32', 50, 50);
    expect(stScratch(b.n, b.g)).toEqual([1_400]);
    // ST runs a bidirectional layer as a forward and a backward layer, each 7 * 20 floats (AFIB network.c)
    const bi = lstm('float32', 40, 20, 'bidirectional');
    expect(stScratch(bi.n, bi.g)).toEqual([560]);
    const q = lstm('int8', 2, 50);
    expect(stScratch(q.n, q.g)).toEqual([]);
  });

  it('edges: int16 conv, dense with computed weights or no shape, softmax with a scale that is 0, negative or NaN, ONNX LSTM without hidden_size', () => {
    // an int16 convolution has no ST rule here (the float rule is for float32 only)
    const c16 = single('Conv', ['int16', [1, 5, 5, 4]], [['int16', [8, 3, 3, 4]]], { ...NHWC, weight_layout: 'OHWI' }, [1, 3, 3, 8]);
    expect(stScratch(c16.n, c16.g)).toEqual([]);
    // dense weights computed at run time (not a constant): no rule
    const b = new GraphBuilder();
    const x = b.input('x', 'int8', [1, 32]);
    const w = b.input('wrt', 'int8', [3, 32]);
    b.output(b.node('Gemm', [x, w], { transB: 1 }, { name: 'n', outShapes: [[1, 3]], outDType: 'int8' }));
    const dyn = b.graph.nodes[0] as Node;
    expect(stScratch(dyn, b.graph)).toEqual([]);
    // per-channel dense with an unknown output width: unknown size, no guess
    const pc = single('Gemm', ['int8', [1, 32]], [['int8', [3, 32]]], { transB: 1 }, [1, 'n']);
    pc.g.tensors.set('c0', { ...(pc.g.tensors.get('c0') as Tensor), quant: { scale: [0.1, 0.2, 0.3], zeroPoint: [0, 0, 0] } });
    expect(stScratch(pc.n, pc.g)).toEqual([]);
    // a softmax input scale that gives no multiplier: the 124-word fallback
    for (const scale of [0, -0.5, Number.NaN]) {
      const sm = single('Softmax', ['int8', [1, 10]], [], { axis: -1 }, [1, 10]);
      sm.g.tensors.set('x', { ...(sm.g.tensors.get('x') as Tensor), quant: { scale: [scale], zeroPoint: [0] } });
      expect(stScratch(sm.n, sm.g), String(scale)).toEqual([4 * 124]);
    }
    // ONNX LSTM: R [dirs, 4H, H] gives H = 20 when hidden_size is absent; a Keras recurrent kernel [H, 4H] needs hidden_size
    const onnx = single('LSTM', ['float32', [5, 1, 3]], [['float32', [1, 80, 3]], ['float32', [1, 80, 20]]], {}, [5, 1, 1, 20]);
    onnx.n.sourceOp = 'LSTM';
    expect(stScratch(onnx.n, onnx.g)).toEqual([4 * 7 * 20]);
    const keras = single('LSTM', ['float32', [1, 5, 3]], [['float32', [3, 80]], ['float32', [20, 80]]], { layout: 1 }, [1, 5, 1, 20]);
    keras.n.sourceOp = 'LSTM_KERAS';
    expect(stScratch(keras.n, keras.g)).toEqual([]);
    const zero = single('LSTM', ['float32', [1, 5, 3]], [['float32', [3, 0]], ['float32', [0, 0]]], { layout: 1, hidden_size: 0 }, [1, 5, 1, 0]);
    expect(stScratch(zero.n, zero.g)).toEqual([]);
  });

  it('more edges: a shapeless int8 dense input or output, an int8 MatMul, a softmax writing float or without beta, an ONNX LSTM with a shapeless R', () => {
    const shapeless = (op: 'Gemm' | 'MatMul', xShape: boolean, outShape: boolean, perChannel: boolean) => {
      const b = new GraphBuilder();
      const x = xShape ? b.input('x', 'int8', [1, 32]) : b.tensor('x', 'int8');
      const w = b.constant('w', 'int8', op === 'Gemm' ? [3, 32] : [32, 3], perChannel ? { scale: [0.1, 0.2, 0.3], zeroPoint: [0, 0, 0] } : undefined);
      b.output(b.node(op, [x, w], op === 'Gemm' ? { transB: 1 } : {}, { name: 'n', ...(outShape ? { outShapes: [[1, 3]] } : {}), outDType: 'int8' }));
      return stScratch(b.graph.nodes[0] as Node, b.graph);
    };
    // no input shape: no input width, nothing; no output shape: per-channel data unknown, per-tensor 2 * 32
    expect([shapeless('Gemm', false, true, false), shapeless('Gemm', true, false, true), shapeless('Gemm', true, false, false)]).toEqual([[], [], [64]]);
    // MatMul is a dense layer too: the input widened to int16, 2 * 32
    expect(shapeless('MatMul', true, true, false)).toEqual([64]);
    // int8 in, float out: not the int8 softmax kernel
    const toFloat = single('Softmax', ['int8', [1, 10]], [], { axis: -1 }, [1, 10], 'float32');
    toFloat.g.tensors.set('x', { ...(toFloat.g.tensors.get('x') as Tensor), quant: { scale: [1 / 8], zeroPoint: [0] } });
    expect(stScratch(toFloat.n, toFloat.g)).toEqual([]);
    // no beta attribute: beta 1 (scale 1/8: 124 words, as in the softmax test above)
    const noBeta = single('Softmax', ['int8', [1, 10]], [], { axis: -1 }, [1, 10]);
    noBeta.g.tensors.set('x', { ...(noBeta.g.tensors.get('x') as Tensor), quant: { scale: [1 / 8], zeroPoint: [0] } });
    expect(stScratch(noBeta.n, noBeta.g)).toEqual([4 * 124]);
    // ONNX LSTM without hidden_size and with R of unknown shape: no width, nothing
    const b = new GraphBuilder();
    const lx = b.input('x', 'float32', [5, 1, 3]);
    b.output(b.node('LSTM', [lx, b.constant('w', 'float32', [1, 80, 3]), b.tensor('r', 'float32')], {}, { name: 'n', outShapes: [[5, 1, 1, 20]], outDType: 'float32', sourceOp: 'LSTM' }));
    expect(stScratch(b.graph.nodes[0] as Node, b.graph)).toEqual([]);
    // omitted operands (a malformed file): nothing, no error
    const omitted = new GraphBuilder();
    omitted.input('x', 'int8', [1, 32]);
    omitted.graph.nodes.push({ name: 'fc', op: 'Gemm', sourceOp: 'Gemm', inputs: ['x', ''], outputs: [], attrs: {} });
    omitted.graph.nodes.push({ name: 'lstm', op: 'LSTM', sourceOp: 'LSTM', inputs: ['', '', ''], outputs: [], attrs: { hidden_size: 4 } });
    expect(omitted.graph.nodes.map((n) => stScratch(n, omitted.graph))).toEqual([[], []]);
  });

  it('ops without a rule, or with unknown shapes: none', () => {
    const relu = single('Relu', ['int8', [1, 8]], [], {}, [1, 8]);
    expect(stScratch(relu.n, relu.g)).toEqual([]);
    const sym = single('Conv', ['int8', [1, 'h', 5, 4]], [['int8', [8, 1, 1, 4]]], { ...NHWC, weight_layout: 'OHWI' }, [1, 'h', 5, 8]);
    expect(stScratch(sym.n, sym.g)).toEqual([96]); // channels known: the size does not need H
    const noShape = new GraphBuilder();
    const x = noShape.tensor('x', 'int8');
    noShape.graph.inputs.push(x);
    noShape.node('Conv', [x, noShape.constant('w', 'int8', [8, 1, 1, 4])], { ...NHWC, weight_layout: 'OHWI' }, { name: 'n' });
    const n = noShape.graph.nodes[0];
    expect(n).toBeDefined();
    expect(stScratch(n as Node, noShape.graph)).toEqual([]);
  });
});

/** SVDF(input [B, I], weights_feature [F, I], weights_time [F, M], bias [F/rank], state [B, M*F]). */
function svdf(dtype: DType, batch: number, filters: number, rank: number): { g: Graph; n: Node } {
  const b = new GraphBuilder();
  const x = b.input('x', dtype, [batch, 16]);
  const state = b.tensor('state', dtype === 'int8' ? 'int16' : dtype, [batch, 8 * filters]);
  const st = b.get(state);
  st.variable = true;
  const ins = [x, b.constant('wf', dtype, [filters, 16]), b.constant('wt', dtype === 'int8' ? 'int16' : dtype, [filters, 8]), b.constant('bias', dtype === 'int8' ? 'int32' : dtype, [filters / rank]), state];
  b.output(b.node('SVDF', ins, { rank }, { name: 'svdf', outShapes: [[batch, filters / rank]], outDType: dtype }));
  const n = b.graph.nodes[0];
  if (!n) throw new Error('no node');
  return { g: b.graph, n };
}

describe('tflm rules (reference kernels)', () => {
  it('SVDF int8: batch*filters and batch*units int32; float: batch*filters float', () => {
    const q = svdf('int8', 2, 24, 2);
    expect(tflmScratch(q.n, q.g)).toEqual([4 * 2 * 24, 4 * 2 * 12]);
    const f = svdf('float32', 2, 24, 2);
    expect(tflmScratch(f.n, f.g)).toEqual([4 * 2 * 24]);
  });

  it('int4 filters are unpacked to one byte each; int8 conv and FC request nothing', () => {
    const c4 = single('Conv', ['int8', [1, 5, 5, 4]], [['int4', [8, 3, 3, 4]]], { ...NHWC, weight_layout: 'OHWI' }, [1, 3, 3, 8]);
    expect(tflmScratch(c4.n, c4.g)).toEqual([288]);
    const fc4 = single('Gemm', ['int8', [1, 32]], [['int4', [3, 32]]], { transB: 1 }, [1, 3]);
    expect(tflmScratch(fc4.n, fc4.g)).toEqual([96]);
    const c8 = single('Conv', ['int8', [1, 5, 5, 4]], [['int8', [8, 3, 3, 4]]], { ...NHWC, weight_layout: 'OHWI' }, [1, 3, 3, 8]);
    expect(tflmScratch(c8.n, c8.g)).toEqual([]);
    const sm = single('Softmax', ['int8', [1, 3]], [], { axis: -1 }, [1, 3]);
    expect(tflmScratch(sm.n, sm.g)).toEqual([]);
  });
});

describe('scratch buffers in the plan', () => {
  it('tflm: each request its own 16-byte-rounded buffer, alive in its op scope only', () => {
    const { g } = svdf('int8', 1, 20, 1); // 80 and 80 B -> 80 each (already multiples of 16)
    const p = planMemory(g, { planner: 'tflm' });
    expect(checkPlan(p)).toBeUndefined();
    const s = p.buffers.filter((b) => b.kind === 'scratch');
    expect(s.map((b) => [b.tensor, b.size, b.firstStep, b.lastStep])).toEqual([['svdf#scratch0', 80, 1, 1], ['svdf#scratch1', 80, 1, 1]]);
    // x (16 B) and output (20 -> 32 B) live at scope 1 too: 16 + 32 + 80 + 80
    expect(p.arenaBytes).toBe(208);
    expect(p.persistentBytes).toBe(2 * 160);
    const odd = svdf('int8', 1, 3, 1); // 12 B twice: 16 B each, not one 32 B area
    expect(planMemory(odd.g, { planner: 'tflm' }).buffers.filter((b) => b.kind === 'scratch').map((b) => b.size)).toEqual([16, 16]);
  });

  it('st: the scratch fills a gap the tensors leave; kernelScratch false or a custom table', () => {
    // x 1x5x5x4 int8 (100 B) -> pointwise 4->8 (200 B, scratch 96) -> Relu (200 B)
    const b = new GraphBuilder();
    const x = b.input('x', 'int8', [1, 5, 5, 4]);
    const c = b.node('Conv', [x, b.constant('w', 'int8', [8, 1, 1, 4])], { ...NHWC, weight_layout: 'OHWI' }, { name: 'pw', outShapes: [[1, 5, 5, 8]], outDType: 'int8' });
    b.output(b.node('Relu', [c], {}, { name: 'relu', outShapes: [[1, 5, 5, 8]], outDType: 'int8' }));
    const p = planMemory(b.graph, { planner: 'st-time' });
    expect(checkPlan(p)).toBeUndefined();
    expect(p.buffers.find((x) => x.kind === 'scratch')).toMatchObject({ tensor: 'pw#scratch0', size: 96, firstStep: 0, lastStep: 0 });
    // step 0: x 100 + conv out 200 + scratch 96; step 1: 200 + 200
    expect(p.arenaBytes).toBe(400);
    // st overlaps: rows of 5 x 4 = 20 B in, 5 x 8 = 40 B out, so the 1x1 conv's output may start
    // max_r((r + 1) 40 - 20 r) = 120 B below x (r = 4); x then spans [120, 220), the output [0, 200),
    // the scratch [220, 316); Relu runs in place over the conv's output.
    const o = planMemory(b.graph);
    expect(o.overlaps.map((v) => [v.node, v.lead])).toEqual([['pw', 120], ['relu', 0]]);
    expect(o.arenaBytes).toBe(120 + 100 + 96);
    expect(planMemory(b.graph, { kernelScratch: false }).buffers.some((x) => x.kind === 'scratch')).toBe(false);
    const custom = planMemory(b.graph, { kernelScratch: (n) => (n.name === 'relu' ? [10, 6] : []) });
    expect(custom.buffers.filter((x) => x.kind === 'scratch').map((x) => [x.tensor, x.size, x.firstStep])).toEqual([['relu#scratch0', 12, 1], ['relu#scratch1', 8, 1]]);
  });

  it('kernel scratch and the scratchSize hook (nested graphs) coexist on one node', () => {
    const { g } = svdf('int8', 1, 20, 1);
    const p = planMemory(g, { planner: 'tflm', scratchSize: () => 40 });
    expect(checkPlan(p)).toBeUndefined();
    expect(p.buffers.filter((b) => b.kind === 'scratch').map((b) => b.tensor)).toEqual(['svdf#scratch0', 'svdf#scratch1', 'svdf#scratch']);
  });
});
