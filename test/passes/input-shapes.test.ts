import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { inputShapesPass } from '../../src/passes/input-shapes.js';
import { FootprintError } from '../../src/diagnostics/diagnostic.js';
import { contextFor } from './context.js';

function model(): GraphBuilder {
  const g = new GraphBuilder();
  const x = g.input('x', 'float32', ['unk__608', 3, 'height', 'width']);
  const y = g.node('Relu', [x], {}, { name: 'r', outShapes: [['unk__608', 3, 'height', 'width']] });
  g.output(y);
  return g;
}

describe('input-shapes', () => {
  it('applies --input-shape and substitutes its symbols in every tensor', () => {
    const g = model();
    const ctx = contextFor(g.graph, { inputShapes: { x: [2, 3, 224, 160] } });
    inputShapesPass.run(g.graph, ctx);
    expect(g.get('x').shape).toEqual([2, 3, 224, 160]);
    expect(g.get('r_out').shape).toEqual([2, 3, 224, 160]);
    expect(ctx.diagnostics).toEqual([]);
  });

  it('assumes batch 1 for a symbolic first dim, records it, and warns about the others', () => {
    const g = model();
    const ctx = contextFor(g.graph);
    inputShapesPass.run(g.graph, ctx);
    expect(g.get('x').shape).toEqual([1, 3, 'height', 'width']);
    expect(g.get('r_out').shape).toEqual([1, 3, 'height', 'width']);
    const info = ctx.diagnostics.find((d) => d.code === 'I_ASSUMPTION');
    expect(info?.message).toBe("input 'x' dim 0 'unk__608' assumed 1 (batch)");
    const warn = ctx.diagnostics.find((d) => d.code === 'W_SHAPE');
    expect(warn?.message).toContain("dim 2 'height', dim 3 'width'");
    expect(warn?.message).toContain('--input-shape x:1x3xNxN');
  });

  it('does not carry anonymous symbols across tensors', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', ['?', 8]);
    const y = g.node('Relu', [x], {}, { name: 'r', outShapes: [['?', '?']] });
    g.output(y);
    inputShapesPass.run(g.graph, contextFor(g.graph));
    expect(g.get('x').shape).toEqual([1, 8]);
    expect(g.get('r_out').shape).toEqual(['?', '?']);
  });

  it('rejects an unknown input name, listing the model inputs', () => {
    const g = model();
    const ctx = contextFor(g.graph, { inputShapes: { image: [1, 3, 8, 8] } });
    let err: unknown;
    try {
      inputShapesPass.run(g.graph, ctx);
    } catch (e: unknown) {
      err = e;
    }
    expect(err).toBeInstanceOf(FootprintError);
    expect((err as FootprintError).code).toBe('E_INPUT_SHAPE');
    expect((err as FootprintError).message).toBe("--input-shape names 'image', which is not an input of the model; its inputs are: 'x'");
  });

  it('rejects a rank mismatch with expected and found', () => {
    const g = model();
    const ctx = contextFor(g.graph, { inputShapes: { x: [3, 224, 224] } });
    expect(() => inputShapesPass.run(g.graph, ctx)).toThrow("input 'x' has rank 4 (expected unk__608x3xheightxwidth), --input-shape gives rank 3 (found 3x224x224)");
  });
});
