/**
 * A shapeless input (a malformed file, or a shape no inference could reach) still has a type, and
 * the rules that compute in their input's type pass it on without the shape: every activation,
 * pooling and normalization rule (the ONNX-ML Normalizer aside: it always writes float32, per the
 * ONNX-ML spec), and the layers (Conv, ConvTranspose, Gemm, MatMul). MaxPool's second output, its
 * indices, is int64 (ONNX MaxPool spec).
 */
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { RULES } from '../../src/ops/table.js';
import { createRuleContext } from '../../src/ops/context.js';
import type { Node } from '../../src/ir/graph.js';
import type { OpKind } from '../../src/ir/op-kinds.js';

function inferShapeless(kind: OpKind, outputs: number): ReturnType<NonNullable<ReturnType<typeof RULES.get>>['infer']> {
  const b = new GraphBuilder();
  const node: Node = { name: 'n', op: kind, sourceOp: kind, inputs: [b.tensor('x', 'int8')], outputs: ['y', 'z'].slice(0, outputs), attrs: {} };
  b.graph.nodes.push(node);
  return (RULES.get(kind) as NonNullable<ReturnType<typeof RULES.get>>).infer(createRuleContext(b.graph, node, 17));
}

const KEEPING: OpKind[] = [...RULES]
  .filter(([k, r]) => (r.role === 'activation' || r.role === 'pool' || r.role === 'normalization') && k !== 'Normalizer')
  .map(([k]) => k);

describe('a shapeless int8 input', () => {
  it(`keeps int8, shape unknown, on the first output of the ${KEEPING.length} activation, pooling and normalization rules`, () => {
    expect(KEEPING.length).toBeGreaterThan(40);
    const wrong = KEEPING.map((k) => [k, inferShapeless(k, 1)[0]] as const).filter(([, o]) => o?.dtype !== 'int8' || o.shape !== undefined);
    expect(wrong).toEqual([]);
  });

  it('keeps int8 through Conv, ConvTranspose, Gemm and MatMul', () => {
    expect((['Conv', 'ConvTranspose', 'Gemm', 'MatMul'] as const).map((k) => inferShapeless(k, 1)[0]?.dtype)).toEqual(['int8', 'int8', 'int8', 'int8']);
  });

  it('MaxPool with its indices output: int8 and int64, one entry per output', () => {
    expect(inferShapeless('MaxPool', 2).map((o) => o.dtype)).toEqual(['int8', 'int64']);
    expect(inferShapeless('MaxPool', 1).map((o) => o.dtype)).toEqual(['int8']);
  });
});
