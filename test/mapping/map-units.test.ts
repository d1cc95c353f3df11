/**
 * The mapper's building blocks (src/mapping/map.ts): which rules a unit applies to an operator,
 * when a node counts as integer compute, and what happens when a rule cannot be evaluated. Each
 * expectation follows from the definitions in the file's comments.
 */
import { describe, expect, it } from 'vitest';
import { computesOnIntegers, mapNodeToTarget, mapToTarget, unitRefs } from '../../src/mapping/index.js';
import type { Node } from '../../src/ir/graph.js';
import type { DType } from '../../src/ir/dtype.js';
import type { RuleRef, Unit } from '../../src/targets/types.js';
import { loadTarget } from '../../src/targets/load.js';
import { GraphBuilder } from '../builders/ir.js';
import type { OpKind } from '../../src/ir/op-kinds.js';
import { npuTarget } from '../targets/helpers.js';

/** One node 'n' reading activations of the given dtypes ('' an omitted input) and a constant, writing `out`. */
function oneNode(ins: (DType | '')[], out: DType, constant?: DType, integer?: boolean) {
  const g = new GraphBuilder();
  const names = ins.map((d, i) => (d === '' ? '' : g.input(`x${i}`, d, [4])));
  if (constant) names.push(g.constant('w', constant, [4]));
  const y = g.node('Add', names, {}, { name: 'n', outShapes: [[4]], outDType: out, ...(integer === undefined ? {} : { integer }) });
  g.output(y);
  return { graph: g.graph, node: g.graph.nodes[0] as Node };
}

describe('computesOnIntegers', () => {
  it.each([
    ['int8 in and out', ['int8'], 'int8', undefined, true],
    ['int8 and bool', ['int8', 'bool'], 'int8', undefined, true],
    ['a float activation input', ['int8', 'float32'], 'int8', undefined, false],
    ['a float output', ['int8'], 'float32', undefined, false],
    ['a float constant only (weights are not activations)', ['int8'], 'int8', 'float32', true],
    ['an omitted input is skipped', ['', 'int16'], 'int16', undefined, true],
    ['no known dtype at all', ['unknown'], 'unknown', undefined, false],
    ['unknown beside int8: the known ones decide', ['unknown', 'int8'], 'int8', undefined, true],
    ['only the output known, and integer', ['unknown'], 'int8', undefined, true],
    ['only the inputs known, and integer', ['int8'], 'unknown', undefined, true],
  ] as const)('%s: %s', (_, ins, out, constant, expected) => {
    const { graph, node } = oneNode([...ins], out, constant);
    expect(computesOnIntegers(graph, node)).toBe(expected);
  });

  it('a node marked integer (quantized compute) is integer whatever its dtypes say', () => {
    const { graph, node } = oneNode(['float32'], 'float32', undefined, true);
    expect(computesOnIntegers(graph, node)).toBe(true);
    expect(computesOnIntegers(graph, { ...node, integer: false })).toBe(false);
  });
});

describe('unitRefs', () => {
  const unit: Unit = {
    name: 'U', kind: 'npu',
    common: [{ rule: 'rank-max', limit: 4 }, { rule: 'batch-one', except: ['Reshape'] }],
    rules: { Conv: [{ rule: 'weight-dtype', limit: ['int8'] }], '*': [{ rule: 'static-shapes' }] },
  };
  const node = (op: string) => ({ name: 'n', op, sourceOp: op, inputs: [], outputs: [], attrs: {} }) as unknown as Node;

  it('common rules first, then the operator\'s own; "*" for an unlisted operator; an exception drops a common rule', () => {
    expect(unitRefs(unit, node('Conv'))?.map((r) => r.rule)).toEqual(['rank-max', 'batch-one', 'weight-dtype']);
    expect(unitRefs(unit, node('Relu'))?.map((r) => r.rule)).toEqual(['rank-max', 'batch-one', 'static-shapes']);
    expect(unitRefs(unit, node('Reshape'))?.map((r) => r.rule)).toEqual(['rank-max', 'static-shapes']);
  });

  it('a unit without "*" does not list other operators: undefined', () => {
    expect(unitRefs({ ...unit, rules: { Conv: [] } }, node('Relu'))).toBeUndefined();
    expect(unitRefs({ ...unit, rules: { Conv: [] } }, node('Conv'))?.map((r) => r.rule)).toEqual(['rank-max', 'batch-one']);
  });
});

describe('a rule that cannot be evaluated', () => {
  it('is a warning naming the rule and the error, assumed to hold: the layer stays on the unit', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'int8', [1, 4, 4, 4], { scale: [0.1], zeroPoint: [0] });
    const y = g.node('Relu', [x], {}, { name: 'r', outShapes: [[1, 4, 4, 4]], outDType: 'int8', integer: true });
    g.get(y).quant = { scale: [0.1], zeroPoint: [0] };
    g.output(y);
    // a tensor whose shape cannot be read (what a rule's bug would meet): the shape rules throw
    Object.defineProperty(g.get(y), 'shape', { get() { throw new Error('shape unreadable'); } });
    const warnings: { message: string; value: unknown; limit: string; rule: string }[] = [];
    const l = mapNodeToTarget(g.graph, g.graph.nodes[0] as Node, loadTarget('stm32n6'), warnings as never);
    expect(l.unit).toBe('HW');
    const all = [...l.reasons, ...warnings].map((r) => r.message);
    expect(all).toContain("Relu 'r': rule static-shapes could not be evaluated (shape unreadable); assumed to hold.");
    // The warning has no value (the rule gave none) and the reference's limit (static-shapes has none).
    expect(warnings.find((w) => w.rule === 'static-shapes')).toMatchObject({ value: '', limit: '' });
  });
});

describe('mapToTarget', () => {
  it('carries the target\'s toolchain and npu_mode when it has them, and only then', () => {
    const g = new GraphBuilder();
    g.output(g.node('Relu', [g.input('x', 'float32', [1, 4])], {}, { name: 'r', outShapes: [[1, 4]] }));
    const ax = loadTarget('ax650');
    const m = mapToTarget(g.graph, ax);
    expect(m.toolchain).toEqual(ax.toolchain);
    expect(m.npuMode).toBe(ax.npuMode);
    expect(m.hasAccelerator).toBe(true);
    const h7 = mapToTarget(g.graph, loadTarget('stm32h7'));
    expect(['toolchain' in h7, 'npuMode' in h7, h7.hasAccelerator]).toEqual([false, false, false]);
  });
});

describe('a fused activation mapped on its own (split-fused-activations)', () => {
  /** conv 'c' with a fused `act`, on an NPU that lists `npuOps` (no rule of their own), the CPU taking the rest. */
  function split(act: OpKind, npuOps: OpKind[], options: Record<string, boolean> = { 'split-fused-activations': true }) {
    const g = new GraphBuilder();
    const y = g.node('Conv', [g.input('x', 'float32', [1, 4, 8, 8]), g.constant('w', 'float32', [4, 4, 1, 1])], { kernel_shape: [1, 1] }, { name: 'c' });
    g.output(y);
    const node = g.graph.nodes[0];
    if (node) node.activation = act;
    const layer = mapToTarget(g.graph, npuTarget(Object.fromEntries(npuOps.map((o) => [o, []])), [], options)).layers[0];
    return { unit: layer?.unit, split: layer?.splitActivation && { op: layer.splitActivation.op, unit: layer.splitActivation.unit, unitName: layer.splitActivation.unitName, message: layer.splitActivation.reasons[0]?.message } };
  }

  it('the NPU runs the layer, not its activation: the activation is recorded with the CPU and the reason, named after the layer', () => {
    expect(split('Sigmoid', ['Conv'])).toEqual({ unit: 'HW', split: { op: 'Sigmoid', unit: 'SW_FLOAT', unitName: 'CPU', message: "The Sigmoid fused into 'c': Sigmoid is not in NPU's supported operators." } });
  });

  it('nothing is recorded when the NPU runs both, when it refuses the layer (the CPU runs both), or without the option', () => {
    expect(split('Sigmoid', ['Conv', 'Sigmoid'])).toEqual({ unit: 'HW', split: undefined });
    expect(split('Sigmoid', ['Relu'])).toEqual({ unit: 'SW_FLOAT', split: undefined });
    expect(split('Sigmoid', ['Conv'], {})).toEqual({ unit: 'HW', split: undefined });
  });
});

describe('the mapper\'s reasons and warnings', () => {
  const relu = (shape: number[]) => {
    const g = new GraphBuilder();
    g.output(g.node('Relu', [g.input('x', 'int8', shape)], {}, { name: 'r', outShapes: [shape], outDType: 'int8' }));
    return g;
  };

  it('an unlisted classical-ML operator carries op-listed\'s hint; an unlisted plain one has no hint at all', () => {
    const g = new GraphBuilder();
    g.output(g.node('LinearClassifier', [g.input('x', 'float32', [1, 4])], {}, { name: 'lc', outShapes: [[1]], outDType: 'int64' }));
    const ml = mapToTarget(g.graph, npuTarget({ Conv: [] })).layers[0]?.reasons[0];
    expect(ml).toMatchObject({ rule: 'op-listed', limit: 'listed operators', hint: 'Expected for scikit-learn models; budget its CPU time, or train a small neural network in its place if it must run on the NPU.' });
    const plain = mapToTarget(relu([1, 8]).graph, npuTarget({ Conv: [] })).layers[0]?.reasons[0];
    expect(plain).toMatchObject({ rule: 'op-listed', limit: 'listed operators' });
    expect(Object.keys(plain ?? {})).not.toContain('hint');
  });

  it('a reason has the reference\'s hint, else the rule\'s, else no hint key', () => {
    const reasonWith = (ref: RuleRef) => mapToTarget(relu([1, 8]).graph, npuTarget({ Relu: [ref] })).layers[0]?.reasons[0];
    const bare = reasonWith({ rule: 'dim-range', limit: [1, 4] });
    expect(bare?.message).toBe("Relu 'r': tensor 'x' has a dimension of 8 (1x8); the range is 1..4.");
    expect(Object.keys(bare ?? {})).not.toContain('hint');
    expect(reasonWith({ rule: 'dim-range', limit: [1, 4], hint: 'Tile the tensor.' })?.hint).toBe('Tile the tensor.');
  });

  it('a rule this version does not know (a Target built in code; the loader refuses it) is a warning and ignored', () => {
    const m = mapToTarget(relu([1, 8]).graph, npuTarget({ Relu: [{ rule: 'from-the-future', limit: 3 }] }));
    expect(m.layers[0]?.unit).toBe('HW');
    expect(m.warnings).toEqual([{ node: 'r', unit: 'NPU', rule: 'from-the-future', message: "Relu 'r': rule from-the-future is not a rule of this version; ignored.", value: '', limit: '3' }]);
  });

  it('a fused activation mapped on its own keeps its attributes', () => {
    const g = new GraphBuilder();
    g.output(g.node('Conv', [g.input('x', 'float32', [1, 4, 8, 8]), g.constant('w', 'float32', [4, 4, 1, 1])], { kernel_shape: [1, 1] }, { name: 'c' }));
    const node = g.graph.nodes[0];
    if (!node) throw new Error('no node');
    node.activation = 'LeakyRelu';
    node.activationAttrs = { alpha: 0.2 };
    const t = npuTarget({ Conv: [], LeakyRelu: [{ rule: 'attr-in', attr: 'alpha', limit: ['0.2'] }] }, [], { 'split-fused-activations': true });
    const l = mapToTarget(g.graph, t).layers[0];
    expect([l?.unit, l?.splitActivation]).toEqual(['HW', undefined]);
    node.activationAttrs = { alpha: 0.3 };
    expect(mapToTarget(g.graph, t).layers[0]?.splitActivation?.reasons[0]?.value).toBe('alpha=0.3');
  });

  it('the Transpose a channel Pad needs is inserted only around a Pad the NPU runs', () => {
    const g = new GraphBuilder();
    g.output(g.node('Pad', [g.input('x', 'int8', [1, 4, 8, 8])], { pads: [0, 2, 0, 0, 0, 2, 0, 0], mode: 'constant' }, { name: 'p', outShapes: [[1, 8, 8, 8]], outDType: 'int8' }));
    const opts = { 'channel-pad-transposes': true };
    expect(mapToTarget(g.graph, npuTarget({ Pad: [] }, [], opts)).layers[0]?.wrap?.op).toBe('Transpose');
    const cpu = mapToTarget(g.graph, npuTarget({ Conv: [] }, [], opts)).layers[0];
    expect([cpu?.unit, cpu?.wrap]).toEqual(['SW_INT', undefined]);
  });
});
