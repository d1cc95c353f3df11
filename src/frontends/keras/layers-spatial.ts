/**
 * Convolutions, pools and padding. Keras is channels-last (attrs.layout 'NHWC') with kernels
 * [k..., Cin/G, Cout] (weight_layout 'HWIO'). A depthwise kernel [k..., Cin, mult] is given to
 * the Conv rule in its grouped-conv view [k..., 1, Cin*mult] with group = Cin (same items).
 */
import type { Attrs } from '../../ir/graph.js';
import type { OpKind } from '../../ir/op-kinds.js';
import type { GraphBuilder } from './builder.js';
import { bool, ints, num, str } from './config.js';
import { layoutAttr, need, one, pick, withActivation, type LayerCall, type Mapper } from './layer-util.js';
import type { WeightVar } from './weights.js';

function autoPad(c: LayerCall): Attrs {
  const p = str(c.layer.config, 'padding') ?? 'valid';
  if (p === 'same') return { auto_pad: 'SAME_UPPER' };
  if (p === 'causal') {
    // Conv1D causal: all the padding before the sequence.
    const k = ints(c.layer.config, 'kernel_size', 1)?.[0] ?? 1;
    const d = ints(c.layer.config, 'dilation_rate', 1)?.[0] ?? 1;
    return { pads: [(k - 1) * d, 0] };
  }
  return { auto_pad: 'VALID' };
}

function geometry(c: LayerCall, n: number, kernel: number[]): Attrs {
  return {
    ...layoutAttr(c),
    kernel_shape: kernel,
    strides: ints(c.layer.config, 'strides', n) ?? new Array<number>(n).fill(1),
    dilations: ints(c.layer.config, 'dilation_rate', n) ?? new Array<number>(n).fill(1),
    ...autoPad(c),
  };
}

const kernelOf = (w: WeightVar, n: number): number[] => w.shape.slice(0, n);
const biasOf = (b: GraphBuilder, c: LayerCall, w: Map<string, WeightVar>): string[] =>
  bool(c.layer.config, 'use_bias', true) ? [b.constant(`${c.layer.name}/bias`, need(c, w, 'bias'))] : [];

/** Conv1D/2D/3D (groups from the config). */
export const conv = (n: number): Mapper => (b, c) => {
  const x = one(c);
  const w = pick(c, bool(c.layer.config, 'use_bias', true) ? ['kernel', 'bias'] : ['kernel']);
  const k = need(c, w, 'kernel');
  const attrs: Attrs = { ...geometry(c, n, kernelOf(k, n)), weight_layout: 'HWIO', group: num(c.layer.config, 'groups') ?? 1 };
  const inputs = [x, b.constant(`${c.layer.name}/kernel`, k), ...biasOf(b, c, w)];
  const [out] = b.node({ name: c.name, op: 'Conv', sourceOp: c.layer.className, inputs, attrs, rank: n + 2 }) as [string];
  return withActivation(b, c, out, n + 2);
};

/** The depthwise part of DepthwiseConv and SeparableConv: kernel viewed as [k..., 1, Cin*mult]. */
function depthwise(b: GraphBuilder, c: LayerCall, n: number, k: WeightVar, bias: string[]): string {
  const cin = k.shape[n] ?? 1;
  const mult = k.shape[n + 1] ?? 1;
  const kernel = kernelOf(k, n);
  const attrs: Attrs = { ...geometry(c, n, kernel), weight_layout: 'HWIO', group: cin };
  const kt = b.constant(`${c.layer.name}/depthwise_kernel`, k, [...kernel, 1, cin * mult]);
  const [out] = b.node({ name: c.name, op: 'Conv', sourceOp: c.layer.className, inputs: [one(c), kt, ...bias], attrs, rank: n + 2 }) as [string];
  return out;
}

export const depthwiseConv = (n: number): Mapper => (b, c) => {
  const w = pick(c, bool(c.layer.config, 'use_bias', true) ? ['depthwise_kernel', 'bias'] : ['depthwise_kernel']);
  const out = depthwise(b, c, n, need(c, w, 'depthwise_kernel'), biasOf(b, c, w));
  return withActivation(b, c, out, n + 2);
};

/** SeparableConv: `<layer>` (depthwise, no bias) then `<layer>_pointwise` (1x1, bias, activation). */
export const separableConv = (n: number): Mapper => (b, c) => {
  const w = pick(c, ['depthwise_kernel', 'pointwise_kernel', ...(bool(c.layer.config, 'use_bias', true) ? ['bias'] : [])]);
  const dw = depthwise(b, c, n, need(c, w, 'depthwise_kernel'), []);
  const pk = need(c, w, 'pointwise_kernel');
  const ones = new Array<number>(n).fill(1);
  const attrs: Attrs = { ...layoutAttr(c), kernel_shape: ones, strides: ones, dilations: ones, auto_pad: 'VALID', weight_layout: 'HWIO', group: 1 };
  const inputs = [dw, b.constant(`${c.layer.name}/pointwise_kernel`, pk), ...biasOf(b, c, w)];
  const [out] = b.node({ name: `${c.name}_pointwise`, op: 'Conv', sourceOp: c.layer.className, inputs, attrs, rank: n + 2 }) as [string];
  return withActivation(b, c, out, n + 2);
};

/** Conv1D/2DTranspose: kernel [k..., Cout, Cin] ('HWOI'). */
export const convTranspose = (n: number): Mapper => (b, c) => {
  const w = pick(c, bool(c.layer.config, 'use_bias', true) ? ['kernel', 'bias'] : ['kernel']);
  const k = need(c, w, 'kernel');
  const attrs: Attrs = { ...geometry(c, n, kernelOf(k, n)), weight_layout: 'HWOI', group: 1 };
  const op = ints(c.layer.config, 'output_padding', n);
  if (op) attrs['output_padding'] = op;
  const inputs = [one(c), b.constant(`${c.layer.name}/kernel`, k), ...biasOf(b, c, w)];
  const [out] = b.node({ name: c.name, op: 'ConvTranspose', sourceOp: c.layer.className, inputs, attrs, rank: n + 2 }) as [string];
  return withActivation(b, c, out, n + 2);
};

/** MaxPooling / AveragePooling 1D/2D/3D: strides default to the pool size. */
export const pool = (op: OpKind, n: number): Mapper => (b, c) => {
  const size = ints(c.layer.config, 'pool_size', n) ?? new Array<number>(n).fill(2);
  const strides = ints(c.layer.config, 'strides', n) ?? size;
  const attrs: Attrs = { ...layoutAttr(c), kernel_shape: size, strides, ...autoPad(c) };
  return b.node({ name: c.name, op, sourceOp: c.layer.className, inputs: [one(c)], attrs, rank: n + 2 });
};

/** Global pools; without keepdims Keras drops the spatial dims: a `<layer>_flatten` follows. */
export const globalPool = (op: OpKind, n: number): Mapper => (b, c) => {
  const [out] = b.node({ name: c.name, op, sourceOp: c.layer.className, inputs: [one(c)], attrs: layoutAttr(c), rank: n + 2 }) as [string];
  if (bool(c.layer.config, 'keepdims', false)) return [out];
  return b.node({ name: `${c.name}_flatten`, op: 'Flatten', sourceOp: c.layer.className, inputs: [out], attrs: { axis: 1 }, rank: 2 });
};

/** ZeroPadding1D/2D/3D: int, one (begin, end) per axis, or a symmetric amount per axis. */
export const zeroPadding = (n: number): Mapper => (b, c) => {
  const v = c.layer.config?.['padding'];
  const pair = (e: unknown): [number, number] =>
    typeof e === 'number' ? [e, e] : Array.isArray(e) ? [Number(e[0] ?? 0), Number(e[1] ?? e[0] ?? 0)] : [1, 1];
  // ZeroPadding1D's padding is one (begin, end) pair; the others have one entry per axis.
  const per = n === 1 || !Array.isArray(v) ? new Array(n).fill(0).map(() => pair(v)) : v.map(pair);
  const last = layoutAttr(c)['layout'] === 'NHWC';
  const begins = last ? [0, ...per.map((p) => p[0]), 0] : [0, 0, ...per.map((p) => p[0])];
  const ends = last ? [0, ...per.map((p) => p[1]), 0] : [0, 0, ...per.map((p) => p[1])];
  return b.node({ name: c.name, op: 'Pad', sourceOp: c.layer.className, inputs: [one(c)], attrs: { pads: [...begins, ...ends], mode: 'constant' }, rank: n + 2 });
};
