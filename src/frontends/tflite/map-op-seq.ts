/** Mappers for TFLite's sequence and state operators (SVDF, LSTM, RNN) and STRIDED_SLICE. */
import { BuiltinOptions as O } from '../../schemas/tflite/tflite.js';
import * as t from '../../schemas/tflite/tflite.js';
import type { MappedOp, OpContext } from './op-context.js';
import { dimOf, fusedActivation, options } from './options.js';

/** SVDF(input, weights_feature, weights_time, bias, activation_state (variable)). */
export function svdfMapper(c: OpContext): MappedOp {
  const o = options(c.op, O.SVDFOptions, () => new t.SVDFOptions());
  return { op: 'SVDF', attrs: { rank: o?.rank() || 1 }, activation: fusedActivation(o?.fusedActivationFunction()) };
}

/**
 * UNIDIRECTIONAL_SEQUENCE_LSTM: 24 inputs (0 input; 1-4 input-to-{input,forget,cell,output}
 * weights [H, I]; 5-8 recurrent-to-* [H, Hout]; 9-11 peepholes; 12-15 gate biases; 16-17
 * projection; 18-19 output/cell state (variable); 20-23 layer-norm coefficients). -> LSTM with
 * `time_major` (TFLite layout: X and Y are [B, T, .] or [T, B, .], no direction axis).
 */
export function lstmMapper(c: OpContext): MappedOp {
  const o = options(c.op, O.UnidirectionalSequenceLSTMOptions, () => new t.UnidirectionalSequenceLSTMOptions());
  const timeMajor = o?.timeMajor() ? 1 : 0;
  const attrs: MappedOp['attrs'] = { layout: timeMajor ? 0 : 1, time_major: timeMajor, direction: 'forward' };
  const h = dimOf(c.input(2), 0);
  if (h !== undefined) attrs['hidden_size'] = h;
  const proj = dimOf(c.input(16), 0);
  if (proj !== undefined) attrs['projection_size'] = proj;
  if (o && o.cellClip() > 0) attrs['clip'] = o.cellClip();
  const act = fusedActivation(o?.fusedActivationFunction());
  if (act) attrs['activations'] = ['Sigmoid', act.kind, act.kind];
  return { op: 'LSTM', attrs };
}

/** UNIDIRECTIONAL_SEQUENCE_RNN(input, weights [H, I], recurrent [H, H], bias, hidden_state). */
export function rnnMapper(c: OpContext): MappedOp {
  const o = options(c.op, O.SequenceRNNOptions, () => new t.SequenceRNNOptions());
  const timeMajor = o?.timeMajor() ? 1 : 0;
  const attrs: MappedOp['attrs'] = { layout: timeMajor ? 0 : 1, time_major: timeMajor, direction: 'forward' };
  const h = dimOf(c.input(1), 0);
  if (h !== undefined) attrs['hidden_size'] = h;
  const act = fusedActivation(o?.fusedActivationFunction());
  if (act) attrs['activations'] = [act.kind];
  return { op: 'RNN', attrs };
}

/** STRIDED_SLICE(x, begin, end, strides) with TensorFlow's masks. */
export function stridedSliceMapper(c: OpContext): MappedOp {
  const o = options(c.op, O.StridedSliceOptions, () => new t.StridedSliceOptions());
  return {
    op: 'StridedSlice',
    attrs: {
      begin_mask: o?.beginMask() ?? 0,
      end_mask: o?.endMask() ?? 0,
      ellipsis_mask: o?.ellipsisMask() ?? 0,
      new_axis_mask: o?.newAxisMask() ?? 0,
      shrink_axis_mask: o?.shrinkAxisMask() ?? 0,
      offset: o?.offset() ? 1 : 0,
    },
  };
}
