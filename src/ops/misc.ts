/** Data-dependent and rearranging ops: NonZero, TopK, CumSum, OneHot, *ToSpace/*ToDepth, Pack/Unpack. */
import type { Dim } from '../ir/shape.js';
import type { InferredOutput, OpRule, OpRuleContext } from './rule.js';
import { attrInt, layoutOf } from './util/attrs.js';
import { ZERO_COST, cost, inCount, outCount } from './util/cost.js';
import { UNKNOWN_DIM, dimMap, fail, normAxis } from './util/dims.js';
import { sameAsInput } from './activation.js';

function nonZeroInfer(ctx: OpRuleContext): InferredOutput[] {
  const x = ctx.input(0)?.shape;
  return [{ shape: x ? [x.length, UNKNOWN_DIM] : undefined, dtype: 'int64' }];
}

function topKInfer(ctx: OpRuleContext): InferredOutput[] {
  const x = ctx.input(0);
  if (!x?.shape) return [{ dtype: x?.dtype }, { dtype: 'int64' }];
  const axis = normAxis(attrInt(ctx.node, 'axis', -1), x.shape.length, 'topk axis');
  const k = attrInt(ctx.node, 'k') ?? ctx.constValues(1)?.[0];
  const shape = x.shape.map((d, i) => (i === axis ? k ?? UNKNOWN_DIM : d));
  return [{ shape, dtype: x.dtype }, { shape, dtype: 'int64' }];
}

function oneHotInfer(ctx: OpRuleContext): InferredOutput[] {
  const idx = ctx.input(0)?.shape;
  const dtype = ctx.input(2)?.dtype;
  if (!idx) return [{ dtype }];
  const depth = ctx.constValues(1)?.[0];
  const rank = idx.length + 1;
  const axis = normAxis(attrInt(ctx.node, 'axis', -1), rank, 'one-hot axis');
  const shape: Dim[] = [...idx];
  shape.splice(axis, 0, depth === undefined ? UNKNOWN_DIM : Math.trunc(depth));
  return [{ shape, dtype }];
}

/** DepthToSpace (up = true) / SpaceToDepth for NCHW and NHWC. */
function spaceDepth(up: boolean) {
  return (ctx: OpRuleContext): InferredOutput[] => {
    const x = ctx.input(0);
    if (!x?.shape) return [{ dtype: x?.dtype }];
    if (x.shape.length !== 4) fail(`expected a 4-D input, got rank ${x.shape.length}`);
    const b = attrInt(ctx.node, 'blocksize', 1);
    const nhwc = layoutOf(ctx.node) === 'NHWC';
    const [n, c, h, w] = nhwc ? [x.shape[0], x.shape[3], x.shape[1], x.shape[2]] : [x.shape[0], x.shape[1], x.shape[2], x.shape[3]];
    const f = (d: Dim | undefined, g: (v: number) => number) => dimMap(d, g);
    const oc = f(c, up ? (v) => v / (b * b) : (v) => v * b * b);
    const oh = f(h, up ? (v) => v * b : (v) => v / b);
    const ow = f(w, up ? (v) => v * b : (v) => v / b);
    const nn = n ?? UNKNOWN_DIM;
    return [{ shape: nhwc ? [nn, oh, ow, oc] : [nn, oc, oh, ow], dtype: x.dtype }];
  };
}

function packInfer(ctx: OpRuleContext): InferredOutput[] {
  const x = ctx.input(0);
  if (!x?.shape) return [{ dtype: x?.dtype }];
  const n = ctx.node.inputs.length;
  const axis = normAxis(attrInt(ctx.node, 'axis', 0), x.shape.length + 1, 'pack axis');
  const shape: Dim[] = [...x.shape];
  shape.splice(axis, 0, n);
  return [{ shape, dtype: x.dtype }];
}

function unpackInfer(ctx: OpRuleContext): InferredOutput[] {
  const x = ctx.input(0);
  const n = ctx.node.outputs.length;
  if (!x?.shape) return new Array(n).fill(0).map(() => ({ dtype: x?.dtype }));
  const axis = normAxis(attrInt(ctx.node, 'axis', 0), x.shape.length, 'unpack axis');
  const shape = x.shape.filter((_, i) => i !== axis);
  return new Array(n).fill(0).map(() => ({ shape, dtype: x.dtype }));
}

/** TFLite BATCH_TO_SPACE_ND / SPACE_TO_BATCH_ND (NHWC): block_shape input 1, crops/paddings input 2. */
function batchSpace(toSpace: boolean) {
  return (ctx: OpRuleContext): InferredOutput[] => {
    const x = ctx.input(0);
    const block = ctx.constValues(1);
    const pads = ctx.constValues(2);
    if (!x?.shape) return [{ dtype: x?.dtype }];
    const shape = x.shape;
    if (!block || !pads) return [{ shape: shape.map(() => UNKNOWN_DIM), dtype: x.dtype }];
    const bprod = block.reduce((a, b) => a * b, 1);
    const out: Dim[] = [...shape];
    out[0] = dimMap(shape[0], (v) => (toSpace ? v / bprod : v * bprod));
    block.forEach((b, i) => {
      const p = (pads[2 * i] ?? 0) + (pads[2 * i + 1] ?? 0);
      out[i + 1] = dimMap(shape[i + 1], (v) => (toSpace ? v * b - p : (v + p) / b));
    });
    return [{ shape: out, dtype: x.dtype }];
  };
}

export const MISC_RULES: OpRule[] = [
  { kind: 'NonZero', role: 'data-movement', infer: nonZeroInfer, cost: () => ZERO_COST },
  // Provisional: one comparison per input element.
  { kind: 'TopK', role: 'elementwise', shapeInputs: [1], infer: topKInfer, cost: (ctx) => cost(inCount(ctx)) },
  { kind: 'CumSum', role: 'elementwise', shapeInputs: [1], infer: sameAsInput, cost: (ctx) => cost(outCount(ctx)) },
  { kind: 'OneHot', role: 'data-movement', shapeInputs: [1], infer: oneHotInfer, cost: () => ZERO_COST },
  { kind: 'DepthToSpace', role: 'data-movement', infer: spaceDepth(true), cost: () => ZERO_COST },
  { kind: 'SpaceToDepth', role: 'data-movement', infer: spaceDepth(false), cost: () => ZERO_COST },
  { kind: 'Pack', role: 'data-movement', infer: packInfer, cost: () => ZERO_COST },
  { kind: 'Unpack', role: 'data-movement', infer: unpackInfer, cost: () => ZERO_COST },
  { kind: 'BatchToSpace', role: 'data-movement', shapeInputs: [1, 2], infer: batchSpace(true), cost: () => ZERO_COST },
  { kind: 'SpaceToBatch', role: 'data-movement', shapeInputs: [1, 2], infer: batchSpace(false), cost: () => ZERO_COST },
  { kind: 'ReverseSequence', role: 'data-movement', infer: sameAsInput, cost: () => ZERO_COST },
];
