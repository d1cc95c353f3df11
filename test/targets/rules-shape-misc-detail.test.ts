/**
 * The shape and operator rules (src/targets/rules/shape.ts, misc.ts) in the cases StrykerJS found
 * untested: default limits, the edges of each predicate, the hints, and the guards that make a
 * rule hold (without a warning) when a shape or an input is unknown.
 */
import { describe, expect, it } from 'vitest';
import type { Shape } from '../../src/ir/shape.js';
import { mapToTarget } from '../../src/mapping/map.js';
import type { RuleRef } from '../../src/targets/types.js';
import { GraphBuilder } from '../builders/ir.js';
import { layer, npuTarget, oneRule, q, quantize } from './helpers.js';

function relu(shape: Shape | undefined): GraphBuilder {
  const g = new GraphBuilder();
  const x = g.tensor('x', 'int8', shape, { quant: q(0.1, 0) });
  g.graph.inputs.push(x);
  g.output(quantize(g, g.node('Relu', [x], {}, { name: 'r', ...(shape ? { outShapes: [shape] } : {}), outDType: 'int8' }), q(0.1, 0)));
  return g;
}

function binary(a: Shape | undefined, b: Shape | undefined): GraphBuilder {
  const g = new GraphBuilder();
  const x = g.tensor('a', 'int8', a, { quant: q(0.1, 0) });
  const y = g.tensor('b', 'int8', b, { quant: q(0.1, 0) });
  g.graph.inputs.push(x, y);
  g.output(g.node('Add', [x, y], {}, { name: 'add', ...(a ? { outShapes: [a] } : {}), outDType: 'int8' }));
  return g;
}

function mapped(g: GraphBuilder, op: 'Relu' | 'Add' | 'Gemm' | 'MatMul' | 'Conv', ref: RuleRef): { unit: string; warnings: number } {
  const m = mapToTarget(g.graph, oneRule(op, ref));
  return { unit: m.layers[0]?.unit ?? '', warnings: m.warnings.length };
}

describe('shape rules', () => {
  it('rank-max: the default is 4; the hint says how', () => {
    const l = layer(relu([1, 2, 3, 4, 5]), oneRule('Relu', { rule: 'rank-max' }), 'r');
    expect(l.reasons[0]).toMatchObject({ value: 5, hint: 'Reshape to at most 4 dimensions before this operator.' });
    expect(layer(relu([1, 2, 3, 4]), oneRule('Relu', { rule: 'rank-max' }), 'r').unit).toBe('HW');
  });

  it('static-shapes: an unknown shape fails and says so, with the hint', () => {
    const l = layer(relu(undefined), oneRule('Relu', { rule: 'static-shapes' }), 'r');
    expect(l.reasons[0]).toMatchObject({ limit: 'static', message: "Relu 'r': tensor 'x' has a dynamic shape (unknown); NPU needs static shapes.", hint: 'Give static input shapes with --input-shape name:1x3x224x224.' });
  });

  it('batch-one: a rank-1 tensor has no batch, a symbolic batch is not judged; the value, limit and hint', () => {
    const t = oneRule('Relu', { rule: 'batch-one' });
    expect(layer(relu([2]), t, 'r').unit).toBe('HW');
    expect(layer(relu(['N', 8]), t, 'r').unit).toBe('HW');
    expect(layer(relu([3, 8]), t, 'r').reasons[0]).toMatchObject({ value: 3, limit: '1', hint: 'Export the model with batch 1 (--input-shape name:1x...).' });
  });

  it('dim-range: the default is 1..65535; a dimension of 0 is below it', () => {
    const t = oneRule('Relu', { rule: 'dim-range' });
    expect(layer(relu([1, 65535]), t, 'r').unit).toBe('HW');
    expect(layer(relu([1, 65536]), t, 'r').reasons[0]?.value).toBe(65536);
    expect(layer(relu([1, 0]), t, 'r').reasons[0]).toMatchObject({ value: 0, message: "Relu 'r': tensor 'x' has a dimension of 0 (1x0); the range is 1..65535." });
    expect(layer(relu([1, 'n']), t, 'r').unit).toBe('HW'); // a symbol is not a number out of range
  });

  it('broadcast-size1: ranks are aligned from the right; a missing dimension is 1; symbols are not judged', () => {
    const t: RuleRef = { rule: 'broadcast-size1' };
    expect(mapped(binary([2, 4], [4]), 'Add', t)).toEqual({ unit: 'HW', warnings: 0 });
    expect(mapped(binary([4], [2, 4]), 'Add', t)).toEqual({ unit: 'HW', warnings: 0 });
    const l = layer(binary([2, 4], [3]), oneRule('Add', t), 'add');
    expect(l.reasons[0]).toMatchObject({ value: '2x4 vs 3', limit: 'size-1 dimensions', message: "Add 'add': inputs 2x4 and 3 broadcast a dimension of 4 against 3; only size-1 dimensions broadcast." });
    expect(mapped(binary([2, 'n'], [2, 3]), 'Add', t)).toEqual({ unit: 'HW', warnings: 0 });
    expect(mapped(binary([2, 3], [2, 'n']), 'Add', t)).toEqual({ unit: 'HW', warnings: 0 });
    // The outermost axis of equal ranks is compared too: 2 against 3.
    expect(layer(binary([2, 4], [3, 4]), oneRule('Add', t), 'add').reasons[0]?.value).toBe('2x4 vs 3x4');
    expect(mapped(binary(undefined, [2, 3]), 'Add', t)).toEqual({ unit: 'HW', warnings: 0 });
    expect(mapped(binary([2, 3], undefined), 'Add', t)).toEqual({ unit: 'HW', warnings: 0 });
  });

  it('fc-output-2d: an unknown output shape holds without a warning; the failure gives rank, limit and hint', () => {
    const fc = (out: Shape | undefined) => {
      const g = new GraphBuilder();
      const x = g.input('x', 'int8', [1, 16], q(0.1, 0));
      g.output(g.node('Gemm', [x, g.constant('w', 'int8', [16, 10], q(0.01, 0))], {}, { name: 'fc', ...(out ? { outShapes: [out] } : {}), outDType: 'int8' }));
      return g;
    };
    expect(mapped(fc(undefined), 'Gemm', { rule: 'fc-output-2d' })).toEqual({ unit: 'HW', warnings: 0 });
    expect(layer(fc([1, 2, 10]), oneRule('Gemm', { rule: 'fc-output-2d' }), 'fc').reasons[0]).toMatchObject({ value: 3, limit: 'rank 2', hint: 'Flatten the input to 2-D before the fully connected layer.' });
  });
});

describe('operator rules', () => {
  function matmul(constant: boolean, inputs = 2): GraphBuilder {
    const g = new GraphBuilder();
    const x = g.input('x', 'int8', [1, 16], q(0.1, 0));
    const w = constant ? g.constant('w', 'int8', [16, 10], q(0.01, 0)) : g.input('w', 'int8', [16, 10], q(0.01, 0));
    g.output(g.node('MatMul', inputs === 2 ? [x, w] : [x], {}, { name: 'mm', outShapes: [[1, 10]], outDType: 'int8' }));
    return g;
  }

  it('const-input: the default index is 1; a computed input 1 fails with index, name and hint; a missing one holds', () => {
    const t = oneRule('MatMul', { rule: 'const-input' });
    expect(layer(matmul(true), t, 'mm').unit).toBe('HW');
    expect(layer(matmul(false), t, 'mm').reasons[0]).toMatchObject({
      value: "input 1 'w' is computed", limit: 'input 1 constant',
      message: "MatMul 'mm': input 1 'w' is computed at run time; NPU needs a constant there (weights).",
      hint: 'Only matrix products with constant weights are accelerated.',
    });
    expect(mapped(matmul(true, 1), 'MatMul', { rule: 'const-input' })).toEqual({ unit: 'HW', warnings: 0 });
    // Index 0 (the activation) is computed: refused.
    expect(layer(matmul(true), oneRule('MatMul', { rule: 'const-input', limit: 0 }), 'mm').reasons[0]?.value).toBe("input 0 'x' is computed");
  });

  it('option-enabled: on runs, off says which option and how to set it', () => {
    const g = relu([1, 8]);
    const ref: RuleRef = { rule: 'option-enabled', limit: 'expand-softmax' };
    expect(layer(g, npuTarget({ Relu: [ref] }, [], { 'expand-softmax': true }), 'r').unit).toBe('HW');
    expect(layer(g, npuTarget({ Relu: [ref] }), 'r').reasons[0]).toMatchObject({
      value: 'expand-softmax off', limit: 'expand-softmax on',
      message: "Relu 'r': NPU lowers Relu only with the 'expand-softmax' option, which is off.",
      hint: 'Set "options": { "expand-softmax": true } in the target file if your compiler invocation enables it.',
    });
  });

  it('fused-activation: none or a listed one runs; another is named', () => {
    const conv = (act?: string) => {
      const g = new GraphBuilder();
      const x = g.input('x', 'int8', [1, 8, 8, 8], q(0.1, 0));
      g.output(g.node('Conv', [x, g.constant('w', 'int8', [8, 8, 1, 1], q(0.01, 0))], {}, { name: 'c', outShapes: [[1, 8, 8, 8]], outDType: 'int8' }));
      const n = g.graph.nodes[0];
      if (n && act) n.activation = act as never;
      return g;
    };
    const t = oneRule('Conv', { rule: 'fused-activation', limit: ['Relu', 'Relu6'] });
    expect(layer(conv(), t, 'c').unit).toBe('HW');
    expect(layer(conv('Relu6'), t, 'c').unit).toBe('HW');
    expect(layer(conv('Tanh'), t, 'c').reasons[0]).toMatchObject({ value: 'Tanh', message: "Conv 'c': fused activation Tanh; NPU fuses only Relu, Relu6." });
  });

  it('channels-not-prime: the default threshold is 16; 17 warns with both neighbours as the fix; 13 (below) does not', () => {
    const pw = (c: number) => {
      const g = new GraphBuilder();
      const x = g.input('x', 'int8', [1, 8, 8, 8], q(0.1, 0));
      g.output(g.node('Conv', [x, g.constant('w', 'int8', [c, 8, 1, 1], q(0.01, 0))], {}, { name: 'c', outShapes: [[1, c, 8, 8]], outDType: 'int8' }));
      return g;
    };
    const t = oneRule('Conv', { rule: 'channels-not-prime' });
    expect(layer(pw(13), t, 'c').unit).toBe('HW');
    expect(layer(pw(17), t, 'c').reasons[0]).toMatchObject({ value: 17, limit: 'not prime', hint: 'Use 16 or 18 output channels if the model allows it.' });
  });
});
