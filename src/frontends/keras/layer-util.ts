/** Shared pieces of the Keras layer mappers: the call, weight roles, activations. */
import type { Attrs } from '../../ir/graph.js';
import type { OpKind } from '../../ir/op-kinds.js';
import { FootprintError } from '../../diagnostics/diagnostic.js';
import type { GraphBuilder } from './builder.js';
import { isObject, num, str, type Json, type KerasLayer } from './config.js';
import type { WeightVar } from './weights.js';

export interface LayerCall {
  layer: KerasLayer;
  /** Node name: the layer name (with a suffix for a shared layer's later calls). */
  name: string;
  inputs: string[];
  weights: WeightVar[];
}

export type Mapper = (b: GraphBuilder, c: LayerCall) => string[];

/**
 * The layer's weights by role. Keras 2 names them (`kernel`, `moving_mean`); Keras 3 numbers
 * them in creation order, which `roles` lists (only the roles the config says exist).
 */
export function pick(c: LayerCall, roles: string[]): Map<string, WeightVar> {
  const m = new Map<string, WeightVar>();
  if (c.weights.some((w) => roles.includes(w.name))) {
    for (const w of c.weights) if (roles.includes(w.name) && !m.has(w.name)) m.set(w.name, w);
  } else {
    c.weights.forEach((w, i) => { const r = roles[i]; if (r !== undefined) m.set(r, w); });
  }
  return m;
}

export function need(c: LayerCall, m: Map<string, WeightVar>, role: string): WeightVar {
  const w = m.get(role);
  if (w === undefined) {
    const have = c.weights.map((x) => x.name).join(', ') || 'none';
    throw new FootprintError('E_MALFORMED', `Keras: layer '${c.layer.name}' (${c.layer.className}) has no '${role}' weight in the file (found: ${have})`, { node: c.name });
  }
  return w;
}

/** The first input; layers other than merges take exactly one. */
export function one(c: LayerCall): string {
  const x = c.inputs[0];
  if (x === undefined) throw new FootprintError('E_MALFORMED', `Keras: layer '${c.layer.name}' (${c.layer.className}) is called without an input`, { node: c.name });
  return x;
}

export interface ActivationOp {
  op: OpKind;
  attrs: Attrs;
}

const ACTIVATIONS: Readonly<Record<string, OpKind>> = {
  relu: 'Relu', relu6: 'Relu6', sigmoid: 'Sigmoid', tanh: 'Tanh', softmax: 'Softmax', log_softmax: 'LogSoftmax',
  hard_sigmoid: 'HardSigmoid', swish: 'Swish', silu: 'Swish', gelu: 'Gelu', elu: 'Elu', selu: 'Selu',
  softplus: 'Softplus', softsign: 'Softsign', exponential: 'Exp', leaky_relu: 'LeakyRelu', hard_swish: 'HardSwish',
  hard_silu: 'HardSwish', mish: 'Mish',
};

/** An `activation` argument: 'linear' (none), a known op, or undefined (unknown function). */
export function activationOf(v: Json | undefined): ActivationOp | 'linear' | undefined {
  const name = typeof v === 'string' ? v : isObject(v) ? (typeof v['config'] === 'string' ? v['config'] : str(v, 'class_name')) : undefined;
  if (name === undefined || name === 'linear' || name === null) return 'linear';
  const op = ACTIVATIONS[name.toLowerCase()];
  if (op === undefined) return undefined;
  const attrs: Attrs = op === 'Softmax' || op === 'LogSoftmax' ? { axis: -1 } : op === 'LeakyRelu' ? { alpha: 0.2 } : {};
  return { op, attrs };
}

/** Appends the layer's `activation=` as `<layer>_nl` (the pipeline fuses Relu-like ones back). */
export function withActivation(b: GraphBuilder, c: LayerCall, out: string, rank: number | undefined): string[] {
  const a = activationOf(c.layer.config?.['activation']);
  if (a === 'linear') return [out];
  if (a === undefined) {
    return b.unknown(`${c.name}_nl`, `activation ${JSON.stringify(c.layer.config?.['activation'] ?? null)}`, [out], 'unsupported activation function');
  }
  return b.node({ name: `${c.name}_nl`, op: a.op, sourceOp: c.layer.className, inputs: [out], attrs: a.attrs, rank });
}

/** Keras `axis` (with batch) for channels: -1 / rank-1 means channels last. */
export function channelsLast(c: LayerCall, rank: number | undefined): boolean {
  const fmt = str(c.layer.config, 'data_format');
  if (fmt !== undefined) return fmt !== 'channels_first';
  const axisV = c.layer.config?.['axis'];
  const axis = Array.isArray(axisV) ? axisV[0] : axisV;
  if (typeof axis !== 'number') return true;
  return axis === -1 || (rank !== undefined && axis === rank - 1) || axis !== 1;
}

export const layoutAttr = (c: LayerCall, rank?: number): Attrs => ({ layout: channelsLast(c, rank) ? 'NHWC' : 'NCHW' });
export { num, str };
