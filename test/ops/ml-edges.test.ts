/**
 * The ONNX-ML rules (ops/ml.ts) on hostile nodes: an omitted or shapeless input must give unknown
 * shapes or a typed refusal (FootprintError, reported as W_SHAPE by the shapes pass), never a
 * TypeError from reading a missing tensor.
 */
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { ML_KINDS } from '../../src/ops/ml-arrays.js';
import { getRule } from '../../src/ops/table.js';
import { createRuleContext } from '../../src/ops/context.js';
import { FootprintError } from '../../src/diagnostics/diagnostic.js';
import type { Node } from '../../src/ir/graph.js';

/** Runs `f`; returns 'ok', the FootprintError code, or the other error's name and message. */
function outcome(f: () => unknown): string {
  try {
    f();
    return 'ok';
  } catch (e: unknown) {
    if (e instanceof FootprintError) return e.code;
    return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  }
}

describe('ONNX-ML rules with their input omitted or shapeless', () => {
  it.each(ML_KINDS.map((k) => [k]))('%s: infer and cost without a TypeError', (kind) => {
    for (const input of ['', 'shapeless']) {
      const b = new GraphBuilder();
      b.tensor('shapeless', 'float32');
      const node: Node = { name: 'n', op: kind, sourceOp: kind, inputs: [input, input], outputs: ['y', 'z'], attrs: {} };
      b.graph.nodes.push(node);
      const rule = getRule(kind);
      const ctx = createRuleContext(b.graph, node, 17);
      expect(['ok', 'E_SHAPE', 'E_MODEL'], `${kind} on '${input}': infer`).toContain(outcome(() => rule.infer(ctx)));
      expect(['ok', 'E_SHAPE', 'E_MODEL'], `${kind} on '${input}': cost`).toContain(outcome(() => rule.cost(ctx)));
    }
  });
});

describe('ONNX-ML output shapes from the labels and the operands', () => {
  /** `kind` over x [2, 4] (and `more` inputs), returns the inferred output shapes. */
  function shapes(kind: 'SVMClassifier' | 'ZipMap' | 'ArrayFeatureExtractor', attrs: Node['attrs'], xShape: number[] = [2, 4], more: (b: GraphBuilder) => string[] = () => []): unknown[] {
    const b = new GraphBuilder();
    const x = b.input('x', 'float32', xShape);
    const node: Node = { name: 'n', op: kind, sourceOp: kind, inputs: [x, ...more(b)], outputs: ['y', 'z'], attrs };
    b.graph.nodes.push(node);
    return getRule(kind).infer(createRuleContext(b.graph, node, 17)).map((o) => o.shape);
  }

  it('a classifier labelled by strings has as many score columns as labels', () => {
    expect(shapes('SVMClassifier', { classlabels_strings: ['a', 'b', 'c'] })).toEqual([[2], [2, 3]]);
    expect(shapes('SVMClassifier', { classlabels_ints: [0, 1] })).toEqual([[2], [2, 2]]);
  });

  it('ZipMap: (label, probability) pairs per class, the classes from its labels or else the input width', () => {
    expect(shapes('ZipMap', { classlabels_int64s: [0, 1, 2] }, [2, 3])).toEqual([[2, 2, 3]]);
    expect(shapes('ZipMap', { classlabels_strings: ['a', 'b'] }, [2, 5])).toEqual([[2, 2, 2]]);
    expect(shapes('ZipMap', {}, [2, 5])).toEqual([[2, 2, 5]]);
  });

  it('ArrayFeatureExtractor: the leading axes, then as many columns as indices; a 1-D input gives one row', () => {
    expect(shapes('ArrayFeatureExtractor', {}, [2, 4], (b) => [b.values('i', 'int64', [0, 3, 1])])).toEqual([[2, 3]]);
    expect(shapes('ArrayFeatureExtractor', {}, [4], (b) => [b.values('i', 'int64', [0, 3])])).toEqual([[1, 2]]);
    expect(shapes('ArrayFeatureExtractor', {}, [2, 4], (b) => [b.input('i', 'int64', ['k', 2])])).toEqual([[2, '?']]);
  });
});
