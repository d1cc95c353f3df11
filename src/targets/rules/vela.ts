/**
 * Constraints from Arm Vela 3.10's own checks (ethosu/vela/tflite_model_semantic.py and
 * tflite_supported_operators.py) that SUPPORTED_OPS.md words loosely: quantization on every
 * operand whatever its type, matching input and output types, and the transposes the NPU runs.
 */
import type { Tensor } from '../../ir/graph.js';
import { examined } from './dtype.js';
import { transposePerm } from './operands.js';
import { input, output, type RuleDef, who } from './types.js';

/** Vela's constraint_tens_quant_none_check reads every tensor; `quant-params` covers 8/16-bit ones. */
export const int32QuantParams: RuleDef = {
  id: 'int32-quant-params',
  limitForm: 'none',
  doc: () => 'int32 operands must carry quantization parameters too (Vela checks every input, weight and output tensor).',
  check(ctx) {
    const bad = examined(ctx).find((t) => t.dtype === 'int32' && (t.quant === undefined || t.quant.scale.length === 0));
    if (!bad) return undefined;
    return { value: `'${bad.name}' int32 without scale`, limit: 'scale and zero point', message: `${who(ctx.node)}: int32 tensor '${bad.name}' has no quantization parameters; ${ctx.unit.name} needs them on every operand.`, hint: 'Integer arithmetic outside the quantized graph (shape or index computations, casts) runs on the CPU.' };
  },
};

export const sameInOutDtype: RuleDef = {
  id: 'same-in-out-dtype',
  limitForm: 'none',
  doc: () => 'The input and output data types must match.',
  check(ctx) {
    const x = input(ctx, 0)?.dtype;
    const y = output(ctx, 0)?.dtype;
    if (x === undefined || y === undefined || x === 'unknown' || y === 'unknown' || x === y) return undefined;
    return { value: `${x} -> ${y}`, limit: 'same type', message: `${who(ctx.node)}: reads ${x} and writes ${y}; ${ctx.unit.name} needs the same type on both sides.`, hint: 'Quantize the output with the input\'s type (int8 in, int8 out).' };
  },
};

/** Vela's constraint_transpose, case by case. */
function velaTransposeOk(shape: readonly (number | string)[], p: readonly number[]): boolean {
  if (shape.length === 2) return true; // W x C -> C x W
  if (p.length === 3) {
    if (p[0] === 1 && p[1] === 0) return true; // H x W x C -> W x H x C
    if (shape[0] === 1 && p[1] === 2 && p[2] === 1) return true; // 1 x W x C -> 1 x C x W
    return shape[1] === 1 && p[0] === 2 && p[2] === 0; // H x 1 x C -> C x 1 x H
  }
  if (p.length === 4) {
    if (p[0] === 0 && p[1] === 2 && p[2] === 1) return true; // 1 x H x W x C -> 1 x W x H x C
    if (shape[1] === 1 && p[0] === 0 && p[2] === 3 && p[3] === 2) return true; // 1 x 1 x W x C -> 1 x 1 x C x W
    return shape[2] === 1 && p[0] === 0 && p[1] === 3 && p[3] === 1; // 1 x H x 1 x C -> 1 x C x 1 x H
  }
  return false;
}

export const velaTranspose: RuleDef = {
  id: 'vela-transpose',
  limitForm: 'none',
  doc: () => 'Only these transposes: rank 2 W x C -> C x W; rank 3 H x W x C -> W x H x C, 1 x W x C -> 1 x C x W, H x 1 x C -> C x 1 x H; rank 4 1 x H x W x C -> 1 x W x H x C, 1 x 1 x W x C -> 1 x 1 x C x W, 1 x H x 1 x C -> 1 x C x 1 x H.',
  check(ctx) {
    const shape = input(ctx, 0)?.shape;
    const p = transposePerm(ctx);
    if (!shape || !p || velaTransposeOk(shape, p)) return undefined;
    return { value: `[${shape.join(', ')}] perm ${p.join(',')}`, limit: 'the listed transposes', message: `${who(ctx.node)}: transposes [${shape.join(', ')}] by ${p.join(',')}; ${ctx.unit.name} swaps only H and W, or the last two axes of a tensor with a 1 before them.`, hint: 'An NCHW -> NHWC transpose of the input (perm 0,2,3,1) runs on the CPU; feed the model NHWC data instead.' };
  },
};

/**
 * Vela's constraint_batch_size: the batch of the IFM (and IFM2) after padding the shape to 4-D
 * from the left, so only a rank-4 input can have a batch other than 1 ([6, 8] is 1 x 1 x 6 x 8).
 */
export const ifmBatchOne: RuleDef = {
  id: 'ifm-batch-one',
  limitForm: 'none',
  doc: () => 'The input\'s batch must be 1, its shape read as 4-D (a tensor of rank 3 or less has batch 1).',
  check(ctx) {
    const ins = [input(ctx, 0), input(ctx, 1)].filter((t): t is Tensor => t !== undefined && t.data === undefined);
    for (const t of ins) {
      const shape = t.shape;
      if (shape?.length !== 4 || typeof shape[0] !== 'number' || shape[0] === 1) continue;
      return { value: shape[0], limit: '1', message: `${who(ctx.node)}: input '${t.name}' has batch ${shape[0]} ([${shape.join(', ')}]); ${ctx.unit.name} needs batch 1.`, hint: 'Export the model with batch 1.' };
    }
    return undefined;
  },
};
