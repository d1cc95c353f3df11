/**
 * Squeeze, Unsqueeze, Transpose, Tile and Dropout (src/ops/movement.ts) with operands known only at
 * run time, symbolic dims, out-of-range axes (each refusal names the operator's axis), TFLite's
 * `repeats` attribute, and Dropout's optional mask output (ONNX Dropout: a bool of Y's shape).
 */
import { describe, expect, it } from 'vitest';
import type { Attrs } from '../../src/ir/graph.js';
import type { OpKind } from '../../src/ir/op-kinds.js';
import type { Shape } from '../../src/ir/shape.js';
import { getRule } from '../../src/ops/table.js';
import { createRuleContext } from '../../src/ops/context.js';
import { GraphBuilder } from '../builders/ir.js';
import { infer } from './run.js';

function run(op: OpKind, x: Shape, second: number[] | { runtime: Shape } | undefined, attrs: Attrs = {}, opset = 17) {
  const g = new GraphBuilder();
  const ins = [g.input('x', 'int8', x)];
  if (Array.isArray(second)) ins.push(g.values('s', 'int64', second));
  else if (second) ins.push(g.input('s', 'int64', second.runtime));
  const out = g.node(op, ins, attrs, { name: 'n' });
  g.output(out);
  const messages = infer(g, opset).map((d) => d.message).join(' | ');
  return { shape: g.get(out).shape, dtype: g.get(out).dtype, messages };
}

describe('Squeeze', () => {
  it('axes known only at run time: the type alone; no axes over a symbolic dim: the type alone (which dims are 1 is unknown)', () => {
    expect(run('Squeeze', [1, 3], { runtime: [1] }, {}, 13)).toMatchObject({ shape: undefined, dtype: 'int8' });
    expect(run('Squeeze', [1, 'N'], undefined, {}, 13)).toMatchObject({ shape: undefined, dtype: 'int8' });
  });
});

describe('refusals name the axis', () => {
  it('squeeze axis, unsqueeze axis, perm entry', () => {
    expect(run('Squeeze', [1, 3], [2], {}, 13).messages).toContain('squeeze axis 2 is out of range for rank 2');
    expect(run('Unsqueeze', [3], [3], {}, 13).messages).toContain('unsqueeze axis 3 is out of range for rank 2');
    expect(run('Transpose', [2, 3], undefined, { perm: [0, 2] }).messages).toContain('perm entry 2 is out of range for rank 2');
  });
});

describe('Tile', () => {
  it('TFLite\'s repeats attribute: [2, 3] repeated [2, 1] is [4, 3]', () => {
    expect(run('Tile', [2, 3], undefined, { repeats: [2, 1] }).shape).toEqual([4, 3]);
  });
});

describe('Dropout', () => {
  it('with its mask output: Y and a bool mask of Y\'s shape; without, Y alone', () => {
    const g = new GraphBuilder();
    const node = { name: 'n', op: 'Dropout' as const, sourceOp: 'Dropout', inputs: [g.input('x', 'float16', [2, 3])], outputs: ['y', 'mask'], attrs: {} };
    expect(getRule('Dropout').infer(createRuleContext(g.graph, node, 17))).toEqual([{ shape: [2, 3], dtype: 'float16' }, { shape: [2, 3], dtype: 'bool' }]);
    expect(getRule('Dropout').infer(createRuleContext(g.graph, { ...node, outputs: ['y'] }, 17))).toEqual([{ shape: [2, 3], dtype: 'float16' }]);
  });
});
