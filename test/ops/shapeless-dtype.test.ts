/**
 * A shapeless input (a malformed file, or a shape no inference could reach) still has a type, and
 * every rule passes its type on, except where the ONNX spec fixes the output
 * type otherwise: indices and sizes are int64 (ArgMax, ArgMin, NonZero, Shape, Size), comparisons
 * and logic bool, QuantizeLinear without a zero point uint8, DequantizeLinear float32, a
 * ConstantOfShape without a value float32, the ONNX-ML classifiers' first output their labels
 * (strings by default) and the regressors, Scaler, Normalizer and ZipMap float32. Where, OneHot,
 * Constant and Requantize take their type from an operand or attribute this node lacks, and the
 * control, state and unknown operators have no rule for it: no type. MaxPool's second output, its
 * indices, is int64.
 */
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { RULES } from '../../src/ops/table.js';
import { createRuleContext } from '../../src/ops/context.js';
import type { Node } from '../../src/ir/graph.js';
import type { OpKind } from '../../src/ir/op-kinds.js';
import type { InferredOutput } from '../../src/ops/rule.js';

function inferShapeless(kind: OpKind, outputs: number): InferredOutput[] {
  const b = new GraphBuilder();
  const node: Node = { name: 'n', op: kind, sourceOp: kind, inputs: [b.tensor('x', 'int8')], outputs: ['y', 'z'].slice(0, outputs), attrs: {} };
  b.graph.nodes.push(node);
  const rule = RULES.get(kind);
  if (!rule) throw new Error(`no rule for ${kind}`);
  return rule.infer(createRuleContext(b.graph, node, 17));
}

const FIXED: Partial<Record<OpKind, string | undefined>> = {
  ArgMax: 'int64', ArgMin: 'int64', NonZero: 'int64', Shape: 'int64', Size: 'int64',
  Equal: 'bool', Less: 'bool', Greater: 'bool', LessOrEqual: 'bool', GreaterOrEqual: 'bool', And: 'bool', Or: 'bool', Xor: 'bool', Not: 'bool',
  QuantizeLinear: 'uint8', DynamicQuantizeLinear: 'uint8', DequantizeLinear: 'float32', ConstantOfShape: 'float32',
  SVMClassifier: 'string', TreeEnsembleClassifier: 'string', LinearClassifier: 'string', LabelEncoder: 'string',
  SVMRegressor: 'float32', TreeEnsembleRegressor: 'float32', LinearRegressor: 'float32', Scaler: 'float32', Normalizer: 'float32', ZipMap: 'float32',
  Where: undefined, OneHot: undefined, Constant: undefined, Requantize: undefined,
  If: undefined, Loop: undefined, Scan: undefined, Call: undefined, While: undefined,
  VarHandle: undefined, ReadVariable: undefined, AssignVariable: undefined, Custom: undefined, Unknown: undefined,
};

describe('a shapeless int8 input', () => {
  it(`every one of the ${RULES.size} rules gives its first output int8, or the type its spec fixes`, () => {
    const wrong: string[] = [];
    for (const kind of RULES.keys()) {
      const first = inferShapeless(kind, 1)[0];
      const want = kind in FIXED ? FIXED[kind] : 'int8';
      if (first?.dtype !== want) wrong.push(`${kind}: ${String(first?.dtype)}, want ${String(want)}`);
    }
    expect(wrong).toEqual([]);
    // most keep the input's type
    expect(RULES.size - Object.keys(FIXED).length).toBeGreaterThan(100);
  });

  it('MaxPool with its indices output: int8 and int64, one entry per output; TopK: values int8, indices int64', () => {
    expect(inferShapeless('MaxPool', 2).map((o) => o.dtype)).toEqual(['int8', 'int64']);
    expect(inferShapeless('MaxPool', 1).map((o) => o.dtype)).toEqual(['int8']);
    expect(inferShapeless('TopK', 2).map((o) => o.dtype)).toEqual(['int8', 'int64']);
  });
});

describe('types from another operand, or from nothing', () => {
  const inferOn = (kind: OpKind, inputs: string[], b: GraphBuilder) => {
    const node: Node = { name: 'n', op: kind, sourceOp: kind, inputs, outputs: ['y'], attrs: {} };
    b.graph.nodes.push(node);
    return RULES.get(kind)?.infer(createRuleContext(b.graph, node, 17));
  };

  it('OneHot with shapeless indices: one output, of its values operand\'s type (input 2)', () => {
    const b = new GraphBuilder();
    expect(inferOn('OneHot', [b.tensor('i', 'int64'), b.tensor('d', 'int64'), b.tensor('v', 'int8')], b)).toEqual([{ dtype: 'int8' }]);
  });

  it('QONNX Quant, BipolarQuant and Trunc without their input: float32, their spec\'s type', () => {
    for (const kind of ['Quant', 'BipolarQuant', 'Trunc'] as const) {
      expect(inferOn(kind, [''], new GraphBuilder()), kind).toEqual([{ shape: undefined, dtype: 'float32' }]);
    }
  });
});
