/** Conv and ConvTranspose in every weight layout (METRICS.md: O * Cin/G * K + Cout bias). */
import type { Node } from '../ir/graph.js';
import type { Dim, Shape } from '../ir/shape.js';
import type { OpRule, OpRuleContext } from './rule.js';
import { attrInt, attrInts, attrString } from './util/attrs.js';
import { cost, hasInput, inCount, outCount } from './util/cost.js';
import { UNKNOWN_DIM, dimMul, fail, isNum, product } from './util/dims.js';
import { geometry, joinShape, splitShape, windowOut } from './util/spatial.js';

/** Weight dims by meaning: out channels (total or per group), in channels per group, kernel. */
interface WeightDims {
  out: Dim;
  inPerGroup: Dim;
  kernel: Dim[];
}

export function weightDims(node: Node, w: Shape, transposed: boolean): WeightDims {
  const n = w.length;
  const last = w[n - 1] ?? UNKNOWN_DIM;
  // Stryker disable next-line StringLiteral: equivalent, for 'OIHW': a layout the switch does not name takes the default branch, which is OIHW
  const layout = attrString(node, 'weight_layout', transposed ? 'IOHW' : 'OIHW');
  switch (layout) {
    case 'OHWI': return { out: w[0] ?? UNKNOWN_DIM, inPerGroup: last, kernel: w.slice(1, -1) };
    case 'IHWO': return { out: last, inPerGroup: 1, kernel: w.slice(1, -1) };
    case 'HWIO': return { out: last, inPerGroup: w[n - 2] ?? UNKNOWN_DIM, kernel: w.slice(0, -2) };
    case 'HWOI': return { out: w[n - 2] ?? UNKNOWN_DIM, inPerGroup: last, kernel: w.slice(0, -2) };
    // ONNX ConvTranspose: [Cin, Cout/G, k...]
    case 'IOHW': return { out: w[1] ?? UNKNOWN_DIM, inPerGroup: w[0] ?? UNKNOWN_DIM, kernel: w.slice(2) };
    default: return { out: w[0] ?? UNKNOWN_DIM, inPerGroup: w[1] ?? UNKNOWN_DIM, kernel: w.slice(2) };
  }
}

/**
 * The axis of the output channels in a rank-`rank` weight tensor: by `weight_layout` for
 * convolutions (ONNX ConvTranspose, IOHW: 1), the last one for Gemm ([in, out], unless transB) and
 * MatMul.
 */
export function outChannelAxis(node: Node, rank: number): number {
  if (node.op === 'Gemm') return node.attrs['transB'] === 1 ? 0 : rank - 1;
  if (node.op === 'MatMul') return rank - 1;
  const layout = node.attrs['weight_layout'];
  if (layout === 'IHWO' || layout === 'HWIO') return rank - 1;
  if (layout === 'IOHW' || (layout === undefined && node.op === 'ConvTranspose')) return 1;
  return 0;
}

/** Output channels from a weight shape (ConvTranspose: Cout/G per group times G); undefined when not static. */
export function outChannelCount(node: Node, w: Shape): number | undefined {
  const d = w[outChannelAxis(node, w.length)];
  if (!isNum(d)) return undefined;
  const groups = node.op === 'ConvTranspose' && typeof node.attrs['group'] === 'number' ? node.attrs['group'] : 1;
  return d * groups;
}

/** The axis of the input channels in a rank-`rank` weight tensor (Conv, Gemm, MatMul). */
export function inChannelAxis(node: Node, rank: number): number {
  if (node.op === 'Gemm') return node.attrs['transB'] === 1 ? rank - 1 : 0;
  if (node.op === 'MatMul') return rank - 2;
  switch (node.attrs['weight_layout']) {
    case 'OHWI': case 'HWOI': return rank - 1;
    case 'HWIO': return rank - 2;
    case 'IHWO': return 0;
    default: return node.op === 'ConvTranspose' ? 0 : 1;
  }
}

function kernelOf(node: Node, wd: WeightDims | undefined, spatialRank: number): number[] {
  const attr = attrInts(node, 'kernel_shape');
  if (attr) return attr;
  if (wd && wd.kernel.every(isNum)) return wd.kernel as number[];
  if (wd) fail(`kernel dims [${wd.kernel.join(',')}] are not static and kernel_shape is absent`);
  return new Array<number>(spatialRank).fill(1);
}

function convInfer(ctx: OpRuleContext) {
  const x = ctx.input(0);
  const w = ctx.input(1);
  if (x?.shape === undefined) return [{ dtype: x?.dtype }];
  const { batch, channels, spatial } = splitShape(ctx.node, x.shape);
  const wd = w?.shape ? weightDims(ctx.node, w.shape, false) : undefined;
  if (w?.shape && w.shape.length !== x.shape.length) fail(`weight rank ${w.shape.length} differs from input rank ${x.shape.length}`);
  const g = geometry(ctx.node, kernelOf(ctx.node, wd, spatial.length));
  if (g.kernel.length !== spatial.length) fail(`kernel has ${g.kernel.length} dims, input has ${spatial.length} spatial dims`);
  const groups = attrInt(ctx.node, 'group', 1);
  // TFLite depthwise weights (IHWO) hold one input channel per output channel and carry no group
  // attribute (the group count is Cin): nothing to check them against
  if (wd && attrString(ctx.node, 'weight_layout') !== 'IHWO' && isNum(wd.inPerGroup) && isNum(channels) && wd.inPerGroup * groups !== channels) {
    fail(`input has ${channels} channels but weight expects ${wd.inPerGroup} x ${groups} groups`);
  }
  const out = wd?.out ?? UNKNOWN_DIM;
  return [{ shape: joinShape(ctx.node, batch, out, spatial.map((d, i) => windowOut(d, g, i))), dtype: x.dtype }];
}

function convCost(ctx: OpRuleContext) {
  const w = ctx.input(1)?.shape;
  const o = outCount(ctx);
  if (!w) return cost(0);
  const wd = weightDims(ctx.node, w, false);
  const k = product(attrInts(ctx.node, 'kernel_shape') ?? wd.kernel) ?? 0;
  const cinPerGroup = isNum(wd.inPerGroup) ? wd.inPerGroup : 0;
  const pure = o * cinPerGroup * k;
  // a binary layer's input 2 is its threshold (passes/binary.ts), not a bias: nothing added
  const bias = hasInput(ctx, 2) && ctx.node.attrs['threshold'] !== true && isNum(wd.out) ? wd.out : 0;
  return cost(pure + bias, pure);
}

function convTransposeInfer(ctx: OpRuleContext) {
  const x = ctx.input(0);
  const w = ctx.input(1);
  if (x?.shape === undefined) return [{ dtype: x?.dtype }];
  const { batch, spatial } = splitShape(ctx.node, x.shape);
  const wd = w?.shape ? weightDims(ctx.node, w.shape, true) : undefined;
  const g = geometry(ctx.node, kernelOf(ctx.node, wd, spatial.length));
  const groups = attrInt(ctx.node, 'group', 1);
  const layout = attrString(ctx.node, 'weight_layout', 'IOHW');
  const cout = wd === undefined ? UNKNOWN_DIM : layout === 'IOHW' ? dimMul(wd.out, groups) : wd.out;
  const outPad = attrInts(ctx.node, 'output_padding') ?? [];
  const explicit = attrInts(ctx.node, 'output_shape');
  const sp = spatial.map((d, i): Dim => {
    if (explicit) return explicit[explicit.length - spatial.length + i] ?? UNKNOWN_DIM;
    if (!isNum(d)) return UNKNOWN_DIM;
    const s = g.strides[i] ?? 1;
    if (g.autoPad.startsWith('SAME')) return d * s;
    const ek = ((g.kernel[i] ?? 1) - 1) * (g.dilations[i] ?? 1) + 1;
    const pads = g.autoPad === 'VALID' ? 0 : (g.pads[i] ?? 0) + (g.pads[i + spatial.length] ?? 0);
    return s * (d - 1) + (outPad[i] ?? 0) + ek - pads;
  });
  return [{ shape: joinShape(ctx.node, batch, cout, sp), dtype: x.dtype }];
}

/** N * Hin * Win * Cin * (Cout/G) * K (+ Cout bias): every input element meets Cout/G * K weights. */
function convTransposeCost(ctx: OpRuleContext) {
  const w = ctx.input(1)?.shape;
  if (!w) return cost(0);
  const wd = weightDims(ctx.node, w, true);
  const layout = attrString(ctx.node, 'weight_layout', 'IOHW');
  const groups = attrInt(ctx.node, 'group', 1);
  const coutPerGroup = !isNum(wd.out) ? 0 : layout === 'IOHW' ? wd.out : wd.out / groups;
  const k = product(attrInts(ctx.node, 'kernel_shape') ?? wd.kernel) ?? 0;
  const pure = inCount(ctx) * coutPerGroup * k;
  const bias = hasInput(ctx, 2) ? coutPerGroup * groups : 0;
  return cost(pure + bias, pure);
}

export const CONV_RULES: OpRule[] = [
  { kind: 'Conv', role: 'compute', infer: convInfer, cost: convCost },
  { kind: 'ConvTranspose', role: 'compute', infer: convTransposeInfer, cost: convTransposeCost },
];
