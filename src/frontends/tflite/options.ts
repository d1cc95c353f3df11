/**
 * Reading TFLite builtin options into IR attributes (ONNX naming): padding -> auto_pad, strides,
 * dilations, fused activations. Options of the wrong union type read as absent (defaults).
 */
import type { Attrs, Tensor } from '../../ir/graph.js';
import type { OpKind } from '../../ir/op-kinds.js';
import { ActivationFunctionType, BuiltinOptions, Padding, type Operator } from '../../schemas/tflite/tflite.js';

/** The operator's builtin options as `T` when the union holds that type. */
export function options<T>(op: Operator, type: BuiltinOptions, make: () => T): T | undefined {
  if (op.builtinOptionsType() !== type) return undefined;
  const o: unknown = op.builtinOptions(make());
  return (o ?? undefined) as T | undefined;
}

export function autoPad(p: Padding | undefined): string {
  return p === Padding.VALID ? 'VALID' : 'SAME_UPPER';
}

/** A fused activation as an op kind plus its parameters; undefined for NONE. */
export interface FusedActivation {
  kind: OpKind;
  attrs?: Attrs;
}

export function fusedActivation(a: ActivationFunctionType | undefined): FusedActivation | undefined {
  switch (a) {
    case ActivationFunctionType.RELU: return { kind: 'Relu' };
    case ActivationFunctionType.RELU6: return { kind: 'Relu6' };
    case ActivationFunctionType.RELU_N1_TO_1: return { kind: 'Clip', attrs: { min: -1, max: 1 } };
    case ActivationFunctionType.TANH: return { kind: 'Tanh' };
    case ActivationFunctionType.SIGN_BIT: return { kind: 'Sign' };
    default: return undefined;
  }
}

/** Strides/dilations in H, W order with defaults of 1 (TFLite writes 0 for "unset" in old files). */
export function pair(h: number | undefined, w: number | undefined): number[] {
  return [h || 1, w || 1];
}

/** Static dim `i` of a tensor (negative i counts from the end), else undefined. */
export function dimOf(t: Tensor | undefined, i: number): number | undefined {
  const s = t?.shape;
  if (!s) return undefined;
  const d = s[i < 0 ? s.length + i : i];
  return typeof d === 'number' ? d : undefined;
}

/** TFLite paddings [[b0, e0], [b1, e1], ...] (flattened) -> ONNX pads [b0, b1, ..., e0, e1, ...]. */
export function onnxPads(flat: number[]): number[] {
  const r = Math.floor(flat.length / 2);
  const begins: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < r; i++) {
    begins.push(flat[2 * i] ?? 0);
    ends.push(flat[2 * i + 1] ?? 0);
  }
  return [...begins, ...ends];
}
