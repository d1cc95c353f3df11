/** Spatial geometry shared by convolutions and pools: kernel, strides, pads, output sizes. */
import type { Node } from '../../ir/graph.js';
import type { Dim, Shape } from '../../ir/shape.js';
import { attrInt, attrInts, attrString, layoutOf } from './attrs.js';
import { UNKNOWN_DIM, fail, isNum } from './dims.js';

export interface Geometry {
  kernel: number[];
  strides: number[];
  dilations: number[];
  /** [begin..., end...] */
  pads: number[];
  autoPad: string;
  ceilMode: boolean;
}

export function geometry(node: Node, kernel: number[]): Geometry {
  const r = kernel.length;
  const ones = new Array<number>(r).fill(1);
  const strides = attrInts(node, 'strides') ?? ones;
  const dilations = attrInts(node, 'dilations') ?? ones;
  const pads = attrInts(node, 'pads') ?? new Array<number>(2 * r).fill(0);
  if (strides.length !== r) fail(`strides has ${strides.length} entries, kernel has ${r} dims`);
  if (dilations.length !== r) fail(`dilations has ${dilations.length} entries, kernel has ${r} dims`);
  if (pads.length !== 2 * r) fail(`pads has ${pads.length} entries, expected ${2 * r}`);
  return { kernel, strides, dilations, pads, autoPad: attrString(node, 'auto_pad', 'NOTSET'), ceilMode: attrInt(node, 'ceil_mode', 0) === 1 };
}

/** Split of an activation shape into batch, channels and spatial dims by layout. */
export interface SplitShape {
  batch: Dim;
  channels: Dim;
  spatial: Dim[];
}

export function splitShape(node: Node, x: Shape): SplitShape {
  if (x.length < 2) fail(`input rank ${x.length} is too small for a spatial op (needs N, C, spatial...)`);
  if (layoutOf(node) === 'NHWC') return { batch: x[0] ?? UNKNOWN_DIM, channels: x[x.length - 1] ?? UNKNOWN_DIM, spatial: x.slice(1, -1) };
  return { batch: x[0] ?? UNKNOWN_DIM, channels: x[1] ?? UNKNOWN_DIM, spatial: x.slice(2) };
}

export function joinShape(node: Node, batch: Dim, channels: Dim, spatial: Dim[]): Shape {
  return layoutOf(node) === 'NHWC' ? [batch, ...spatial, channels] : [batch, channels, ...spatial];
}

/** Output size of a sliding window along one spatial axis (Conv, pools); ONNX semantics. */
export function windowOut(input: Dim | undefined, g: Geometry, i: number): Dim {
  if (!isNum(input)) return UNKNOWN_DIM;
  const k = g.kernel[i] ?? 1;
  const s = g.strides[i] ?? 1;
  const d = g.dilations[i] ?? 1;
  if (s <= 0) fail(`stride ${s} must be positive`);
  const ek = (k - 1) * d + 1;
  if (g.autoPad === 'SAME_UPPER' || g.autoPad === 'SAME_LOWER' || g.autoPad === 'SAME') return Math.ceil(input / s);
  if (g.autoPad === 'VALID') {
    const out = Math.floor((input - ek) / s) + 1;
    if (out < 0) fail(`kernel extent ${ek} is larger than the input size ${input}`);
    return Math.max(0, out);
  }
  const pb = g.pads[i] ?? 0;
  const pe = g.pads[i + g.kernel.length] ?? 0;
  const span = input + pb + pe - ek;
  if (span < 0) fail(`kernel extent ${ek} is larger than the padded input size ${input + pb + pe}`);
  let out = (g.ceilMode ? Math.ceil(span / s) : Math.floor(span / s)) + 1;
  // ONNX/PyTorch: the last window must start inside the input or the begin padding.
  if (g.ceilMode && (out - 1) * s >= input + pb) out--;
  return out;
}

/**
 * The pads a window op applies per spatial axis, [begin..., end...]: zeros for VALID, its `pads`
 * when explicit, and for SAME the total ONNX / TensorFlow need between `input` and `output`, the
 * odd row after (SAME_UPPER, SAME) or before (SAME_LOWER). Undefined when a size is unknown.
 */
export function resolvedPads(g: Geometry, input: readonly Dim[], output: readonly Dim[]): number[] | undefined {
  const r = g.kernel.length;
  if (g.autoPad === 'VALID') return new Array<number>(2 * r).fill(0);
  if (!g.autoPad.startsWith('SAME')) return g.pads;
  const begin: number[] = [];
  const end: number[] = [];
  for (let i = 0; i < r; i++) {
    const [x, y] = [input[i], output[i]];
    if (!isNum(x) || !isNum(y)) return undefined;
    const ek = ((g.kernel[i] ?? 1) - 1) * (g.dilations[i] ?? 1) + 1;
    const total = Math.max((y - 1) * (g.strides[i] ?? 1) + ek - x, 0);
    const b = g.autoPad === 'SAME_LOWER' ? Math.ceil(total / 2) : Math.floor(total / 2);
    begin.push(b);
    end.push(total - b);
  }
  return [...begin, ...end];
}
