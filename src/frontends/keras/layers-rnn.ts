/**
 * LSTM / GRU / SimpleRNN as ONNX-style LSTM / GRU / RNN nodes with layout=1 (batch first, as
 * Keras): inputs [X, kernel [I, gates*H], recurrent_kernel [H, gates*H], bias], attrs
 * hidden_size, direction. ONNX outputs carry a directions axis (Y [B, T, 1, H], Y_h [B, 1, H]);
 * `<layer>_reshape` gives Keras's [B, T, H] (return_sequences) or [B, H].
 */
import type { OpKind } from '../../ir/op-kinds.js';
import { bool, num } from './config.js';
import { need, one, pick, type Mapper } from './layer-util.js';

export const recurrent = (op: Extract<OpKind, 'LSTM' | 'GRU' | 'RNN'>): Mapper => (b, c) => {
  const x = one(c);
  const cfg = c.layer.config;
  const name = c.layer.name;
  const useBias = bool(cfg, 'use_bias', true);
  const w = pick(c, ['kernel', 'recurrent_kernel', ...(useBias ? ['bias'] : [])]);
  const inputs = [x, b.constant(`${name}/kernel`, need(c, w, 'kernel')), b.constant(`${name}/recurrent_kernel`, need(c, w, 'recurrent_kernel'))];
  if (useBias) inputs.push(b.constant(`${name}/bias`, need(c, w, 'bias')));
  const seq = bool(cfg, 'return_sequences', false);
  const state = bool(cfg, 'return_state', false);
  const outs = [seq ? `${c.name}/Y` : '', !seq || state ? `${c.name}/Y_h` : '', op === 'LSTM' && state ? `${c.name}/Y_c` : ''];
  while (outs[outs.length - 1] === '') outs.pop();
  const attrs: Record<string, number | string> = { layout: 1, direction: bool(cfg, 'go_backwards', false) ? 'reverse' : 'forward' };
  const units = num(cfg, 'units');
  if (units !== undefined) attrs['hidden_size'] = units;
  if (op === 'GRU' && bool(cfg, 'reset_after', false)) attrs['linear_before_reset'] = 1;
  const [y, yh, yc] = b.node({ name: c.name, op, sourceOp: c.layer.className, inputs, attrs, outputs: outs });
  const reshape = (suffix: string, from: string, shape: number[]): string =>
    b.node({ name: `${c.name}${suffix}`, op: 'Reshape', sourceOp: c.layer.className, inputs: [from], attrs: { shape }, rank: shape.length })[0] as string;
  const main = seq ? reshape('_reshape', y as string, [0, 0, -1]) : reshape('_reshape', yh as string, [0, -1]);
  if (!state) return [main];
  const h = seq ? reshape('_h_reshape', yh as string, [0, -1]) : main;
  return op === 'LSTM' ? [main, h, reshape('_c_reshape', yc as string, [0, -1])] : [main, h];
};
