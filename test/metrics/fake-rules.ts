/**
 * A small operator table for tests of metrics, memory and reports, so they do not depend on the
 * real one. Costs follow METRICS.md for the few ops used here.
 */
import type { Tensor } from '../../src/ir/graph.js';
import { elementCount } from '../../src/ir/shape.js';
import type { OpKind } from '../../src/ir/op-kinds.js';
import type { Cost, OpRole, OpRule, OpRuleContext } from '../../src/ops/rule.js';
import type { RuleLookup } from '../../src/metrics/rules.js';

function count(t: Tensor | undefined): number {
  const n = elementCount(t?.shape);
  if (n === undefined) throw new Error(`shape of '${t?.name ?? '?'}' is not static`);
  return n;
}

function rule(kind: OpKind, role: OpRole, cost: (ctx: OpRuleContext) => Cost, shapeInputs?: number[]): OpRule {
  const r: OpRule = { kind, role, infer: () => [], cost };
  if (shapeInputs) r.shapeInputs = shapeInputs;
  return r;
}

/** Conv (any layout): O * (weights per output channel) + Cout with bias; weight dim 0 = Cout. */
function convCost(ctx: OpRuleContext): Cost {
  const o = count(ctx.output(0));
  const w = ctx.input(1);
  const cout = Number(w?.shape?.[0] ?? 1);
  const perOut = count(w) / cout;
  const bias = ctx.input(2) ? cout : 0;
  return { macc: o * perOut + bias, pure: o * perOut };
}

const TABLE: Partial<Record<OpKind, OpRule>> = {
  Conv: rule('Conv', 'compute', convCost),
  Gemm: rule('Gemm', 'compute', (ctx) => {
    const o = count(ctx.output(0));
    const k = Number(ctx.input(1)?.shape?.[1] ?? 0);
    return { macc: o * k + (ctx.input(2) ? o : 0), pure: o * k };
  }),
  MatMul: rule('MatMul', 'compute', (ctx) => {
    const k = Number(ctx.input(1)?.shape?.[0] ?? 0);
    const o = count(ctx.output(0));
    return { macc: o * k, pure: o * k };
  }),
  Relu: rule('Relu', 'activation', (ctx) => ({ macc: count(ctx.output(0)), pure: 0 })),
  Add: rule('Add', 'elementwise', (ctx) => ({ macc: count(ctx.output(0)), pure: 0 })),
  Softmax: rule('Softmax', 'activation', (ctx) => ({ macc: 15 * count(ctx.output(0)), pure: 0 })),
  Reshape: rule('Reshape', 'shape', () => ({ macc: 0, pure: 0 }), [1]),
  QuantizeLinear: rule('QuantizeLinear', 'quantization', (ctx) => ({ macc: 2 * count(ctx.output(0)), pure: 0 })),
  DequantizeLinear: rule('DequantizeLinear', 'quantization', (ctx) => ({ macc: 2 * count(ctx.output(0)), pure: 0 })),
};

export const fakeRules: RuleLookup = (kind) => TABLE[kind];
