/** Gemm (FullyConnected, Dense), MatMul with batch broadcasting, and a minimal Einsum. */
import type { Dim, Shape } from '../ir/shape.js';
import type { OpRule, OpRuleContext } from './rule.js';
import { attrInt } from './util/attrs.js';
import { cost, hasInput, outCount } from './util/cost.js';
import { UNKNOWN_DIM, broadcastShapes, dimsCompatible, fail, isNum } from './util/dims.js';
import { einsumCost, einsumInfer } from './einsum.js';

interface GemmDims {
  m: Dim;
  k: Dim;
  n: Dim;
}

/**
 * TFLite FULLY_CONNECTED (attribute `keep_num_dims` present): A of any rank is read as
 * [size / K, K]; the output is A's leading dims + [N] with keep_num_dims=1, else [size / K, N].
 */
function fcDims(a: Shape, b: Shape, tb: boolean): GemmDims & { out: Shape } {
  const k = (tb ? b[1] : b[0]) ?? UNKNOWN_DIM;
  const n = (tb ? b[0] : b[1]) ?? UNKNOWN_DIM;
  const ka = a[a.length - 1] ?? UNKNOWN_DIM;
  if (b.length !== 2) fail(`FullyConnected weights must be 2-D, got [${b.join(',')}]`);
  const size = a.every(isNum) ? (a as number[]).reduce((p, d) => p * d, 1) : undefined;
  if (isNum(k) && size !== undefined && k > 0 && size % k !== 0) fail(`input of ${size} elements is not a multiple of K=${k}`);
  const m: Dim = size !== undefined && isNum(k) && k > 0 ? size / k : UNKNOWN_DIM;
  const keep = a.length > 0 && dimsCompatible(ka, k);
  return { m, k, n, out: keep ? [...a.slice(0, -1), n] : [m, n] };
}

function gemmDims(ctx: OpRuleContext): GemmDims | undefined {
  const a = ctx.input(0)?.shape;
  const b = ctx.input(1)?.shape;
  if (!a || !b) return undefined;
  if (ctx.node.attrs['keep_num_dims'] !== undefined) return fcDims(a, b, attrInt(ctx.node, 'transB', 0) === 1);
  if (a.length !== 2 || b.length !== 2) fail(`Gemm needs 2-D inputs, got A [${a.join(',')}] and B [${b.join(',')}]`);
  const ta = attrInt(ctx.node, 'transA', 0) === 1;
  const tb = attrInt(ctx.node, 'transB', 0) === 1;
  const m = (ta ? a[1] : a[0]) ?? UNKNOWN_DIM;
  const ka = (ta ? a[0] : a[1]) ?? UNKNOWN_DIM;
  const kb = (tb ? b[1] : b[0]) ?? UNKNOWN_DIM;
  const n = (tb ? b[0] : b[1]) ?? UNKNOWN_DIM;
  if (!dimsCompatible(ka, kb)) fail(`inner dims differ: A gives K=${ka}, B gives K=${kb} (transA=${ta ? 1 : 0}, transB=${tb ? 1 : 0})`);
  return { m, k: isNum(ka) ? ka : kb, n };
}

function gemmInfer(ctx: OpRuleContext) {
  const d = gemmDims(ctx);
  const dtype = ctx.input(0)?.dtype;
  if (d && 'out' in d && attrInt(ctx.node, 'keep_num_dims', 0) === 1) return [{ shape: d.out as Shape, dtype }];
  return [d ? { shape: [d.m, d.n], dtype } : { dtype }];
}

/** M * N * K (+ N with a bias C). */
function gemmCost(ctx: OpRuleContext) {
  const d = gemmDims(ctx);
  if (!d || !isNum(d.m) || !isNum(d.n) || !isNum(d.k)) return cost(0);
  const pure = d.m * d.n * d.k;
  // a binary layer's input 2 is its threshold (passes/binary.ts), not a bias
  return cost(pure + (hasInput(ctx, 2) && ctx.node.attrs['threshold'] !== true ? d.n : 0), pure);
}

/** ONNX MatMul (numpy matmul): 1-D operands are promoted then the added dim removed. */
export function matmulShape(a: Shape, b: Shape): { shape: Shape; k: Dim } {
  if (a.length === 0 || b.length === 0) fail('MatMul operands must not be scalars');
  // a 1-D A is [1, K] and a 1-D B [K, 1], the added dim removed after: A needs no promotion here
  // (its K is its last dim either way, and it adds no batch dim), B does (its K is then its first)
  const b2 = b.length === 1 ? [...b, 1] : b;
  const ka = a[a.length - 1] ?? UNKNOWN_DIM;
  const kb = b2[b2.length - 2] ?? UNKNOWN_DIM;
  if (!dimsCompatible(ka, kb)) fail(`inner dims differ: [${a.join(',')}] x [${b.join(',')}] (K ${ka} vs ${kb})`);
  const batch = broadcastShapes([a.slice(0, -2), b2.slice(0, -2)]);
  const shape: Dim[] = [...batch];
  if (a.length > 1) shape.push(a[a.length - 2] ?? UNKNOWN_DIM);
  if (b.length > 1) shape.push(b2[b2.length - 1] ?? UNKNOWN_DIM);
  return { shape, k: isNum(ka) ? ka : kb };
}

function matmulInfer(ctx: OpRuleContext) {
  const a = ctx.input(0);
  const b = ctx.input(1)?.shape;
  if (!a?.shape || !b) return [{ dtype: a?.dtype }];
  return [{ shape: matmulShape(a.shape, b).shape, dtype: a.dtype }];
}

/** batch * M * N * K = output elements * K. */
function matmulCost(ctx: OpRuleContext) {
  const a = ctx.input(0)?.shape;
  const b = ctx.input(1)?.shape;
  if (!a || !b) return cost(0);
  const { k } = matmulShape(a, b);
  const m = outCount(ctx) * (isNum(k) ? k : 0);
  return cost(m, m);
}

export const GEMM_RULES: OpRule[] = [
  { kind: 'Gemm', role: 'compute', infer: gemmInfer, cost: gemmCost },
  { kind: 'MatMul', role: 'compute', infer: matmulInfer, cost: matmulCost },
  { kind: 'Einsum', role: 'compute', infer: einsumInfer, cost: einsumCost },
];
