/**
 * Quantize/Dequantize: 2 * O while they stand alone (METRICS.md [ST]); 0 once fused by a later pass.
 * QONNX's Quant, BipolarQuant and Trunc (github.com/fastmachinelearning/qonnx docs/qonnx-custom-ops)
 * quantize and dequantize in one float-to-float step, the same shape out: priced like a standalone
 * QuantizeLinear on activations; on a constant (weights) they are applied offline, 0 MACC, and the
 * weights count at their bit width (metrics/layers.ts).
 */
import type { DType } from '../ir/dtype.js';
import type { Tensor } from '../ir/graph.js';
import type { InferredOutput, OpRule, OpRuleContext } from './rule.js';
import { cost, outCount } from './util/cost.js';
import { dtypeFromAttr } from './util/dtypes.js';
import { readValues } from '../ir/tensor-data.js';

function withDType(ctx: OpRuleContext, dtype: DType | undefined): InferredOutput[] {
  return [{ shape: ctx.input(0)?.shape, dtype }];
}

/** 2 * O; 0 at the network's I/O (passes/io-boundary.ts: stedgeai's network reads and writes the integers). */
const quantCost = (ctx: OpRuleContext) => cost(ctx.node.attrs['io_boundary'] === true ? 0 : 2 * outCount(ctx));
/** Weights are quantized offline: no MACC when the quantized tensor is a constant. */
const qonnxCost = (ctx: OpRuleContext) => (ctx.input(0)?.data !== undefined ? cost(0) : quantCost(ctx));
const sameAsInput = (ctx: OpRuleContext) => withDType(ctx, ctx.input(0)?.dtype ?? 'float32');

/** A Quant's constant `bitwidth` tensor (its input 3), rounded up, 1 to 32; undefined when unreadable. */
export function quantBitwidth(b: Tensor | undefined): number | undefined {
  const v = b?.data !== undefined && b.variable !== true ? readValues(b, 1)?.[0] : undefined;
  // Stryker disable next-line ConditionalExpression: equivalent, for the undefined test only (the bounds are tested at 0, 1, 32 and 33): undefined > 0 is false too
  return v !== undefined && v > 0 && v <= 32 ? Math.ceil(v) : undefined;
}

const quantBits = (ctx: OpRuleContext): number | undefined => quantBitwidth(ctx.input(3));

export const QUANT_RULES: OpRule[] = [
  {
    kind: 'QuantizeLinear', role: 'quantization', cost: quantCost,
    infer: (ctx) => withDType(ctx, dtypeFromAttr(ctx.node.attrs['output_dtype']) ?? ctx.input(2)?.dtype ?? 'uint8'),
  },
  { kind: 'DequantizeLinear', role: 'quantization', cost: quantCost, infer: (ctx) => withDType(ctx, ctx.input(1)?.dtype ?? 'float32') },
  {
    kind: 'DynamicQuantizeLinear', role: 'quantization', cost: quantCost,
    infer: (ctx) => [...withDType(ctx, 'uint8'), { shape: [], dtype: 'float32' }, { shape: [], dtype: 'uint8' }],
  },
  // Output type is whatever the file declares (TFLite QUANTIZE between two quantized types).
  { kind: 'Requantize', role: 'quantization', cost: quantCost, infer: (ctx) => withDType(ctx, undefined) },
  { kind: 'Quant', role: 'quantization', cost: qonnxCost, infer: sameAsInput, offlineBits: quantBits },
  { kind: 'BipolarQuant', role: 'quantization', cost: qonnxCost, infer: sameAsInput, offlineBits: () => 1 },
  { kind: 'Trunc', role: 'quantization', cost: qonnxCost, infer: sameAsInput },
];
