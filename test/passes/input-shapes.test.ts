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

describe('input-shapes: the edges', () => {
  const run = (g: GraphBuilder, inputShapes?: Record<string, number[]>) => {
    const ctx = contextFor(g.graph, inputShapes ? { inputShapes } : {});
    inputShapesPass.run(g.graph, ctx);
    return ctx.diagnostics.map((d) => `${d.code}: ${d.message}`);
  };
  const refusal = (g: GraphBuilder, inputShapes: Record<string, number[]>) => {
    try {
      run(g, inputShapes);
    } catch (e: unknown) {
      return e instanceof FootprintError ? [e.code, e.message, e.file] : String(e);
    }
    return 'no error';
  };

  it('--input-shape dims must be positive integers: 0, -1 and 1.5 are refused; 1 is taken', () => {
    for (const bad of [[0, 3, 8, 8], [-1, 3, 8, 8], [1.5, 3, 8, 8]]) {
      expect(refusal(model(), { x: bad })).toEqual(['E_INPUT_SHAPE', `--input-shape for 'x' must be positive integers, found ${bad.join('x')}`, 'test.onnx']);
    }
    expect(refusal(model(), { x: [1, 3, 8, 8] })).toBe('no error');
  });

  it('a constant listed among the inputs (old ONNX) is not an input a user feeds: refused, and the list names the others', () => {
    const g = model();
    g.graph.inputs.push(g.constant('w', 'float32', [3]));
    expect(refusal(g, { w: [3] })).toEqual(['E_INPUT_SHAPE', "--input-shape names 'w', which is not an input of the model; its inputs are: 'x'", 'test.onnx']);
    const none = new GraphBuilder();
    expect(refusal(none, { x: [1] })).toEqual(['E_INPUT_SHAPE', "--input-shape names 'x', which is not an input of the model; its inputs are: (none)", 'test.onnx']);
  });

  it('a fixed dim set to another value is taken, with a warning naming both', () => {
    expect(run(model(), { x: [1, 4, 8, 8] })).toEqual(["W_SHAPE: input 'x' dim 1 is declared 3; --input-shape sets it to 4"]);
  });

  it('an input without a shape takes the given one; a negative dim counts as symbolic', () => {
    const g = new GraphBuilder();
    const x = g.tensor('x', 'float32');
    g.graph.inputs.push(x);
    g.output(g.node('Relu', [x], {}, { name: 'r' }));
    expect(run(g, { x: [2, 5] })).toEqual([]);
    expect(g.get('x').shape).toEqual([2, 5]);
    const h = new GraphBuilder();
    h.output(h.node('Relu', [h.input('y', 'float32', [-1, 4])], {}, { name: 'r' }));
    expect(run(h)).toEqual(["I_ASSUMPTION: input 'y' dim 0 '-1' assumed 1 (batch)"]);
    expect(h.get('y').shape).toEqual([1, 4]);
  });

  it('a rank-1 input keeps its symbolic dim (no batch to assume): a warning with the command to give it', () => {
    const g = new GraphBuilder();
    g.output(g.node('Relu', [g.input('s', 'float32', ['len'])], {}, { name: 'r' }));
    expect(run(g)).toEqual(["W_SHAPE: input 's' has symbolic dim 0 'len' (shape len); give it with --input-shape s:N"]);
  });

  it('a -1 or symbolic dim after the batch is open: the command names it N; a declared 0 is a number, not a symbol', () => {
    const g = new GraphBuilder();
    g.output(g.node('Relu', [g.input('z', 'float32', [2, -1])], {}, { name: 'r' }));
    expect(run(g)).toEqual(["W_SHAPE: input 'z' has symbolic dim 1 '-1' (shape 2x-1); give it with --input-shape z:2xN"]);
    const h = new GraphBuilder();
    h.output(h.node('Relu', [h.input('e', 'float32', [0, 'h'])], {}, { name: 'r' }));
    expect(run(h)).toEqual(["W_SHAPE: input 'e' has symbolic dim 1 'h' (shape 0xh); give it with --input-shape e:0xN"]);
  });

  it('a -1 is no symbol shared between inputs: giving one input leaves the -1 of another open', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [2, -1]);
    const y = g.input('y', 'float32', [3, -1]);
    g.output(g.node('Relu', [x], {}, { name: 'rx' }));
    g.output(g.node('Relu', [y], {}, { name: 'ry' }));
    expect(run(g, { x: [2, 7] })).toEqual(["W_SHAPE: input 'y' has symbolic dim 1 '-1' (shape 3x-1); give it with --input-shape y:3xN"]);
    expect(g.get('y').shape).toEqual([3, -1]);
  });

  it('a name that is no input is refused with every input listed, comma-separated', () => {
    const g = new GraphBuilder();
    g.output(g.node('Add', [g.input('a', 'float32', [1]), g.input('b', 'float32', [1])], {}, { name: 'add' }));
    expect(refusal(g, { c: [1] })).toEqual(['E_INPUT_SHAPE', "--input-shape names 'c', which is not an input of the model; its inputs are: 'a', 'b'", 'test.onnx']);
  });

  it('a symbol --input-shape gives is resolved on the other inputs, with nothing to say', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', ['N', 'L']);
    const y = g.input('y', 'float32', ['L']);
    g.output(g.node('Add', [x, y], {}, { name: 'add' }));
    expect(run(g, { x: [1, 7] })).toEqual([]);
    expect(g.get('y').shape).toEqual([7]);
  });

  it('an anonymous symbol set by --input-shape is not carried to other tensors', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', ['?', 8]);
    g.output(g.node('Relu', [x], {}, { name: 'r', outShapes: [['?', 5]] }));
    expect(run(g, { x: [4, 8] })).toEqual([]);
    expect(g.get('r_out').shape).toEqual(['?', 5]);
  });

  it('an input of unknown rank, not given, is left as it is without a word', () => {
    const g = new GraphBuilder();
    const x = g.tensor('x', 'float32');
    g.graph.inputs.push(x);
    g.output(g.node('Relu', [x], {}, { name: 'r' }));
    expect(run(g)).toEqual([]);
    expect(g.get('x').shape).toBeUndefined();
  });

  it('a rank mismatch names the file', () => {
    expect(refusal(model(), { x: [1, 3] })).toEqual(['E_INPUT_SHAPE', "input 'x' has rank 4 (expected unk__608x3xheightxwidth), --input-shape gives rank 2 (found 1x3)", 'test.onnx']);
  });

  it('a batch symbol resolved on one input is the same number on another input', () => {
    const g = new GraphBuilder();
    const a = g.input('a', 'float32', ['batch', 4]);
    const b = g.input('b', 'float32', [3, 'batch']);
    g.output(g.node('Add', [a, b], {}, { name: 'add' }));
    expect(run(g)).toEqual(["I_ASSUMPTION: input 'a' dim 0 'batch' assumed 1 (batch)"]);
    expect(g.get('b').shape).toEqual([3, 1]);
  });
});
