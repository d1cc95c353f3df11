/** Dense, activations, normalization, shape and merge layers. */
import type { Attrs } from '../../ir/graph.js';
import type { OpKind } from '../../ir/op-kinds.js';
import { bool, ints, num } from './config.js';
import { parseQuantizer, quantizerNode } from './layers-larq.js';
import { activationOf, layoutAttr, need, one, pick, withActivation, type Mapper } from './layer-util.js';

/** Dense: Gemm on rank-2 input (BatchNorm folds into it); MatMul (+ `<layer>_bias` Add) above. */
export const dense: Mapper = (b, c) => {
  const x = one(c);
  const useBias = bool(c.layer.config, 'use_bias', true);
  const w = pick(c, useBias ? ['kernel', 'bias'] : ['kernel']);
  const kernel = b.constant(`${c.layer.name}/kernel`, need(c, w, 'kernel'));
  const bias = useBias ? b.constant(`${c.layer.name}/bias`, need(c, w, 'bias')) : undefined;
  const rank = b.rankOf(x);
  let out: string;
  if (rank === 2) {
    [out] = b.node({ name: c.name, op: 'Gemm', sourceOp: c.layer.className, inputs: bias ? [x, kernel, bias] : [x, kernel], rank }) as [string];
  } else {
    [out] = b.node({ name: c.name, op: 'MatMul', sourceOp: c.layer.className, inputs: [x, kernel], rank }) as [string];
    if (bias) [out] = b.node({ name: `${c.name}_bias`, op: 'Add', sourceOp: c.layer.className, inputs: [out, bias], rank }) as [string];
  }
  return withActivation(b, c, out, rank);
};

export const activation: Mapper = (b, c) => {
  const x = one(c);
  const a = activationOf(c.layer.config?.['activation']);
  // a Larq / model-zoo quantizer used as an activation (Activation(STCustomDoReFa(k_bit=8)))
  const q = a === undefined ? parseQuantizer(c.layer.config?.['activation'], () => `Activation '${c.layer.name}'`, c.name, false) : undefined;
  if (q !== undefined) return [quantizerNode(b, c.name, c.layer.className, x, q)];
  if (a === undefined) return b.unknown(c.name, c.layer.className, [x], `unsupported activation ${JSON.stringify(c.layer.config?.['activation'] ?? null)}`);
  if (a === 'linear') return b.node({ name: c.name, op: 'Identity', sourceOp: c.layer.className, inputs: [x], rank: b.rankOf(x) });
  return b.node({ name: c.name, op: a.op, sourceOp: c.layer.className, inputs: [x], attrs: a.attrs, rank: b.rankOf(x) });
};

/** ReLU(max_value, negative_slope, threshold): Relu, Relu6, Clip or LeakyRelu. */
export const relu: Mapper = (b, c) => {
  const x = one(c);
  const cfg = c.layer.config;
  const max = num(cfg, 'max_value');
  const slope = num(cfg, 'negative_slope') ?? 0;
  let op: OpKind = 'Relu';
  let attrs: Attrs = {};
  if (slope !== 0) [op, attrs] = ['LeakyRelu', { alpha: slope }];
  else if (max === 6) op = 'Relu6';
  else if (max !== undefined) [op, attrs] = ['Clip', { min: 0, max }];
  return b.node({ name: c.name, op, sourceOp: c.layer.className, inputs: [x], attrs, rank: b.rankOf(x) });
};

export const leakyRelu: Mapper = (b, c) => {
  const x = one(c);
  const alpha = num(c.layer.config, 'negative_slope') ?? num(c.layer.config, 'alpha') ?? 0.3;
  return b.node({ name: c.name, op: 'LeakyRelu', sourceOp: c.layer.className, inputs: [x], attrs: { alpha }, rank: b.rankOf(x) });
};

export const softmax: Mapper = (b, c) => {
  const x = one(c);
  const axisV = c.layer.config?.['axis'];
  const axis = typeof axisV === 'number' ? axisV : Array.isArray(axisV) && typeof axisV[0] === 'number' ? axisV[0] : -1;
  return b.node({ name: c.name, op: 'Softmax', sourceOp: c.layer.className, inputs: [x], attrs: { axis }, rank: b.rankOf(x) });
};

export const unary = (op: OpKind): Mapper => (b, c) => {
  const x = one(c);
  return b.node({ name: c.name, op, sourceOp: c.layer.className, inputs: [x], attrs: {}, rank: b.rankOf(x) });
};

/**
 * BatchNormalization with scale=False / center=False: Keras stores no gamma / beta. They are
 * given as constants of ones / zeros ([C]) so the BN folds into the preceding Conv/Dense like
 * any other; a BN that does not fold then counts those C items (stedgeai stores a scale array
 * for it as well).
 */
export const batchNorm: Mapper = (b, c) => {
  const x = one(c);
  const scale = bool(c.layer.config, 'scale', true);
  const center = bool(c.layer.config, 'center', true);
  const roles = [...(scale ? ['gamma'] : []), ...(center ? ['beta'] : []), 'moving_mean', 'moving_variance'];
  const w = pick(c, roles);
  const mean = need(c, w, 'moving_mean');
  const channels = mean.shape[0] ?? 0;
  const t = (role: string, fill: number): string => {
    const v = w.get(role);
    return v ? b.constant(`${c.layer.name}/${role}`, v) : b.implicitConstant(`${c.layer.name}/${role}`, new Array<number>(channels).fill(fill));
  };
  const inputs = [x, t('gamma', 1), t('beta', 0), b.constant(`${c.layer.name}/moving_mean`, mean), b.constant(`${c.layer.name}/moving_variance`, need(c, w, 'moving_variance'))];
  const attrs: Attrs = { ...layoutAttr(c, b.rankOf(x)), epsilon: num(c.layer.config, 'epsilon') ?? 0.001 };
  return b.node({ name: c.name, op: 'BatchNormalization', sourceOp: c.layer.className, inputs, attrs, rank: b.rankOf(x) });
};

export const layerNorm: Mapper = (b, c) => {
  const x = one(c);
  const scale = bool(c.layer.config, 'scale', true);
  const center = bool(c.layer.config, 'center', true);
  const w = pick(c, [...(scale ? ['gamma'] : []), ...(center ? ['beta'] : [])]);
  const inputs = [x, ...['gamma', 'beta'].map((r) => { const v = w.get(r); return v ? b.constant(`${c.layer.name}/${r}`, v) : ''; })];
  while (inputs[inputs.length - 1] === '') inputs.pop();
  const axisV = c.layer.config?.['axis'];
  const axis = typeof axisV === 'number' ? axisV : Array.isArray(axisV) && typeof axisV[0] === 'number' ? axisV[0] : -1;
  return b.node({ name: c.name, op: 'LayerNormalization', sourceOp: c.layer.className, inputs, attrs: { axis, epsilon: num(c.layer.config, 'epsilon') ?? 0.001 }, rank: b.rankOf(x) });
};

/** Dropout and the other training-only layers: a Dropout node the pipeline removes, keeping its name. */
export const passThrough: Mapper = (b, c) => {
  const x = one(c);
  return b.node({ name: c.name, op: 'Dropout', sourceOp: c.layer.className, inputs: [x], rank: b.rankOf(x) });
};

export const flatten: Mapper = (b, c) => b.node({ name: c.name, op: 'Flatten', sourceOp: c.layer.className, inputs: [one(c)], attrs: { axis: 1 }, rank: 2 });

/** Reshape(target_shape) without the batch dim: ONNX shape [0 (copy batch), ...target]. */
export const reshape: Mapper = (b, c) => {
  const target = ints(c.layer.config, 'target_shape', 1) ?? [];
  return b.node({ name: c.name, op: 'Reshape', sourceOp: c.layer.className, inputs: [one(c)], attrs: { shape: [0, ...target] }, rank: target.length + 1 });
};

/** Permute(dims) counts axes from 1 (after the batch). */
export const permute: Mapper = (b, c) => {
  const dims = ints(c.layer.config, 'dims', 1) ?? [];
  return b.node({ name: c.name, op: 'Transpose', sourceOp: c.layer.className, inputs: [one(c)], attrs: { perm: [0, ...dims] }, rank: dims.length + 1 });
};

/** Add, Subtract, Multiply, Maximum, Minimum, Average: binary ops, or variadic Sum/Max/Min/Mean. */
export const merge = (binary: OpKind, variadic: OpKind | undefined): Mapper => (b, c) => {
  const rank = b.rankOf(c.inputs[0]);
  if (c.inputs.length === 2 || variadic === undefined) {
    let acc = one(c);
    for (let i = 1; i < c.inputs.length; i++) {
      const last = i === c.inputs.length - 1;
      [acc] = b.node({ name: last ? c.name : `${c.name}_${i}`, op: binary, sourceOp: c.layer.className, inputs: [acc, c.inputs[i] as string], rank }) as [string];
    }
    return [acc];
  }
  return b.node({ name: c.name, op: variadic, sourceOp: c.layer.className, inputs: c.inputs, rank });
};

export const concatenate: Mapper = (b, c) => {
  const axis = num(c.layer.config, 'axis') ?? -1;
  return b.node({ name: c.name, op: 'Concat', sourceOp: c.layer.className, inputs: c.inputs, attrs: { axis }, rank: b.rankOf(c.inputs[0]) });
};

