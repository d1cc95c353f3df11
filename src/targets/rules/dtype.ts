/** Data-type and quantization rules (TARGETS.md: Neural-ART ss/sa int8; Vela's generic constraints). */
import { isFloat, isInteger } from '../../ir/dtype.js';
import type { Tensor } from '../../ir/graph.js';
import { getRule } from '../../ops/table.js';
import { activations, constants, formatLimit, input, isOp, isPrime, num, outChannels, output, strings, who, type TargetRuleContext, type RuleDef } from './types.js';

const QUANTIZE_HINT = 'Quantize the model to int8 (post-training quantization: ONNX QDQ or TFLite full-integer).';

/**
 * Vela's ifm, ifm2, weights and ofm: activations and constant operands, without a compute op's
 * bias and without inputs that only carry shapes or axes (Reshape's shape, Pad's pads...).
 */
export function examined(ctx: TargetRuleContext): Tensor[] {
  const skip = new Set<number>(getRule(ctx.node.op).shapeInputs);
  if (isOp(ctx, 'Conv', 'ConvTranspose', 'Gemm')) skip.add(2);
  const operands = constants(ctx).filter((t) => !ctx.node.inputs.some((n, i) => n === t.name && skip.has(i)));
  return [...activations(ctx), ...operands];
}

export const activationDtype: RuleDef = {
  id: 'activation-dtype',
  limitForm: 'strings',
  doc: (l) => `Input and output activations must be ${formatLimit(l)}.`,
  check(ctx) {
    const ok = strings(ctx.limit);
    const bad = activations(ctx).find((t) => t.dtype !== 'unknown' && !ok.includes(t.dtype));
    if (!bad) return undefined;
    return {
      value: bad.dtype,
      message: `${who(ctx.node)}: tensor '${bad.name}' is ${bad.dtype}; ${ctx.unit.name} accepts activations of ${ok.join(', ')} only.`,
      hint: isFloat(bad.dtype) || bad.dtype === 'uint8' ? QUANTIZE_HINT : undefined,
    };
  },
};

export const tensorDtype: RuleDef = {
  id: 'tensor-dtype',
  limitForm: 'strings',
  doc: (l) => `Tensors (inputs, weights, outputs; not the bias) must be of type ${formatLimit(l)}.`,
  check(ctx) {
    const ok = strings(ctx.limit);
    const bad = examined(ctx).find((t) => t.dtype !== 'unknown' && !ok.includes(t.dtype));
    if (!bad) return undefined;
    return {
      value: bad.dtype,
      message: `${who(ctx.node)}: tensor '${bad.name}' has type ${bad.dtype}; ${ctx.unit.name} accepts ${ok.join(', ')}.`,
      hint: isFloat(bad.dtype) ? QUANTIZE_HINT : undefined,
    };
  },
};

export const int32Ops: RuleDef = {
  id: 'int32-ops',
  limitForm: 'ops',
  doc: (l) => `int32 tensors are accepted only for ${formatLimit(l)}.`,
  check(ctx) {
    const ops = strings(ctx.limit);
    if (ops.includes(ctx.node.op)) return undefined;
    const bad = examined(ctx).find((t) => t.dtype === 'int32');
    if (!bad) return undefined;
    return { value: 'int32', message: `${who(ctx.node)}: tensor '${bad.name}' is int32; ${ctx.unit.name} accepts int32 tensors only on ${ops.join(', ')}.` };
  },
};

export const weightDtype: RuleDef = {
  id: 'weight-dtype',
  limitForm: 'strings',
  doc: (l) => `Weights must be ${formatLimit(l)}.`,
  check(ctx) {
    const w = input(ctx, 1);
    const ok = strings(ctx.limit);
    if (w?.data === undefined || ok.includes(w.dtype)) return undefined;
    return {
      value: w.dtype,
      message: `${who(ctx.node)}: weights '${w.name}' are ${w.dtype}; ${ctx.unit.name} needs ${ok.join(', ')} weights.`,
      hint: QUANTIZE_HINT,
    };
  },
};

export const noHybrid: RuleDef = {
  id: 'no-hybrid',
  limitForm: 'none',
  doc: () => 'A layer must not mix float and integer tensors (hybrid layers run in software).',
  check(ctx) {
    const ts = [...activations(ctx), ...(isOp(ctx, 'Conv', 'ConvTranspose', 'Gemm', 'MatMul') && input(ctx, 1)?.data ? [input(ctx, 1) as Tensor] : [])];
    const f = ts.find((t) => isFloat(t.dtype));
    const i = ts.find((t) => isInteger(t.dtype) && t.quant !== undefined);
    if (!f || !i) return undefined;
    return {
      value: `${f.dtype}+${i.dtype}`,
      limit: 'fully quantized', message: `${who(ctx.node)} is hybrid: '${f.name}' is ${f.dtype} while '${i.name}' is quantized ${i.dtype}; ${ctx.unit.name} runs fully quantized layers only.`,
      hint: 'Quantize the whole layer (inputs, weights and output), or keep it float on purpose.',
    };
  },
};

export const quantParams: RuleDef = {
  id: 'quant-params',
  limitForm: 'none',
  doc: () => 'Integer activations and weights must carry quantization parameters (scale, zero point) with finite scales.',
  check(ctx) {
    for (const t of examined(ctx)) {
      if (!['int8', 'uint8', 'int16'].includes(t.dtype)) continue;
      if (!t.quant || t.quant.scale.length === 0) {
        return { value: 'none', limit: 'scale and zero point', message: `${who(ctx.node)}: ${t.dtype} tensor '${t.name}' has no quantization parameters; ${ctx.unit.name} needs scale and zero point.`, hint: QUANTIZE_HINT };
      }
      const s = t.quant.byCompiler ? undefined : t.quant.scale.find((x) => !Number.isFinite(x));
      if (s !== undefined) return { value: String(s), message: `${who(ctx.node)}: tensor '${t.name}' has a non-finite scale (${s}).` };
    }
    return undefined;
  },
};

export const perAxisOps: RuleDef = {
  id: 'per-axis-ops',
  limitForm: 'ops',
  doc: (l) => `Per-axis (per-channel) quantization is accepted only on ${formatLimit(l)}.`,
  check(ctx) {
    const ops = strings(ctx.limit);
    if (ops.includes(ctx.node.op)) return undefined;
    const scales = (t: Tensor): number => t.quant?.scale.length ?? 0;
    const bad = examined(ctx).find((t) => scales(t) > 1);
    if (!bad) return undefined;
    return { value: `per-axis (${scales(bad)} scales)`, message: `${who(ctx.node)}: tensor '${bad.name}' is quantized per axis; ${ctx.unit.name} accepts per-axis quantization only on ${ops.join(', ')}.`, hint: 'Quantize this tensor per tensor.' };
  },
};

export const symmetricWeights: RuleDef = {
  id: 'symmetric-weights',
  limitForm: 'none',
  doc: () => 'Weights must be symmetric (zero point 0).',
  check(ctx) {
    const w = input(ctx, 1);
    if (w?.data === undefined) return undefined;
    const zp = w.quant?.zeroPoint.find((z) => z !== 0);
    if (zp === undefined) return undefined;
    return { value: zp, limit: 'zero point 0', message: `${who(ctx.node)}: weights '${w.name}' are asymmetric (zero point ${zp}); ${ctx.unit.name} needs zero point 0.`, hint: 'Quantize weights symmetrically (the default of TFLite and of onnxruntime for int8 weights).' };
  },
};

function isPointwise(ctx: TargetRuleContext): boolean {
  if (isOp(ctx, 'Gemm', 'MatMul')) return true;
  if (!isOp(ctx, 'Conv')) return false;
  const k = ctx.node.attrs['kernel_shape'];
  const w = input(ctx, 1)?.shape;
  const kernel = Array.isArray(k) ? k : w ? (ctx.node.attrs['weight_layout'] === 'OHWI' ? w.slice(1, -1) : w.slice(2)) : undefined;
  return kernel !== undefined && kernel.every((d) => d === 1);
}

export const symmetricOutput1x1: RuleDef = {
  id: 'symmetric-output-1x1',
  limitForm: 'number',
  doc: (l) => `A 1x1 Conv or a Gemm/MatMul whose output is per-tensor asymmetric (non-zero zero point, "scale-offset format") is not lowered to HW when its output channel count is a prime above ${formatLimit(l)}.`,
  check(ctx) {
    const y = output(ctx, 0);
    if (y?.quant === undefined || y.quant.scale.length !== 1 || !isPointwise(ctx)) return undefined;
    const q = y.quant;
    const zp = q.zeroPoint[0] ?? 0;
    if (zp === 0) return undefined;
    const ch = outChannels(ctx);
    // Stryker disable next-line ConditionalExpression: equivalent, as false: isPrime(undefined) is false, so the next test lets the rule hold either way
    if (ch === undefined) return undefined;
    if (!isPrime(ch) || ch <= num(ctx.limit, 0)) return undefined;
    const kind = isOp(ctx, 'Conv') ? '1x1 convolution' : ctx.node.op;
    return {
      value: `zero point ${zp}`,
      limit: 'zero point 0',
      message: `${who(ctx.node)}: output tensor '${y.name}' has scale-offset format (per-tensor asymmetric ${y.dtype}, zero point ${zp}) on a ${kind} with ${ch} output channels (a prime above ${formatLimit(ctx.limit)}); the HW lowering needs a symmetric output (zero point 0).`,
      hint: 'Requantize this output with zero point 0 (symmetric activations, e.g. onnxruntime ActivationSymmetric=True), or use a channel count that is not prime (e.g. 256).',
    };
  },
};

/** The type an operator produces (Pulsar2's Cast: `to` among its listed types). */
export const outputDtype: RuleDef = {
  id: 'output-dtype',
  limitForm: 'strings',
  doc: (l) => `The output must be ${formatLimit(l)}.`,
  check(ctx) {
    const ok = strings(ctx.limit);
    const y = output(ctx, 0);
    if (!y || y.dtype === 'unknown' || ok.includes(y.dtype)) return undefined;
    return { value: y.dtype, message: `${who(ctx.node)}: produces ${y.dtype}; ${ctx.unit.name} produces ${ok.join(', ')} only.` };
  },
};
