/**
 * Float weights between quantized activations (METRICS.md "Weights", QDQ): a Conv, ConvTranspose,
 * Gemm or MatMul whose activation input is a quantized integer (a folded DequantizeLinear) and
 * whose output is quantized (a folded QuantizeLinear), but whose weights are stored float with no
 * DequantizeLinear of their own. ST Edge AI Core's optimized ONNX (`_OE_` files, producer
 * "Cube.AI") is written this way, and ST compiles it as the int8 model it came from: BlazeFace's
 * `_OE_3_3_0.onnx` maps to the same epochs as its TFLite. The weights count as int8 per output
 * channel (the bias as int32), with parameters the compiler chooses (`byCompiler`); their bytes
 * are not held (`computed`): they are float in the file.
 */
import type { Graph, Node, Tensor } from '../ir/graph.js';
import { isFloat } from '../ir/dtype.js';
import { readsQuantizedIntegers } from '../ir/integer.js';
import { outChannelAxis } from '../ops/conv.js';

const WEIGHTED = new Set(['Conv', 'ConvTranspose', 'Gemm', 'MatMul']);

function floatConstant(g: Graph, name: string | undefined): Tensor | undefined {
  // an omitted input ('') names no tensor
  const t = g.tensors.get(name ?? '');
  return t?.data !== undefined && t.quant === undefined && isFloat(t.dtype) ? t : undefined;
}

function outputsQuantized(g: Graph, n: Node): boolean {
  // Stryker disable next-line MethodExpression,OptionalChaining: equivalent, the weighted operators have one output (every and some agree on one), and a node's output has a tensor entry (verify pass)
  return n.outputs.length > 0 && n.outputs.every((o) => g.tensors.get(o)?.quant !== undefined);
}

/** `t` becomes a `dtype` constant of `count` channels along `axis`, parameters and bytes the compiler's. */
function retype(t: Tensor, dtype: 'int8' | 'int32', count: number, axis: number, by: string): void {
  t.dtype = dtype;
  t.quant = { scale: new Array<number>(count).fill(Number.NaN), zeroPoint: new Array<number>(count).fill(0), dtype, byCompiler: true, ...(count > 1 ? { axis } : {}) };
  t.data = { kind: 'computed', by };
}

/** Retypes the float weights (and bias) of integer layers as the compiler's int8 (int32) constants. */
export function quantizeFloatWeights(g: Graph): void {
  for (const n of g.nodes) {
    if (!WEIGHTED.has(n.op) || !readsQuantizedIntegers(g, n) || !outputsQuantized(g, n)) continue;
    const w = floatConstant(g, n.inputs[1]);
    if (w === undefined) continue;
    const axis = outChannelAxis(n, w.shape?.length ?? 0);
    const channels = w.shape?.[axis];
    const count = typeof channels === 'number' ? Math.max(1, channels) : 1;
    retype(w, 'int8', count, axis, n.name);
    const b = n.op === 'MatMul' ? undefined : floatConstant(g, n.inputs[2]);
    if (b !== undefined) retype(b, 'int32', count, 0, n.name);
  }
}
