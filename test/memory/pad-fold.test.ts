/**
 * Pad folding (memory/pad-fold.ts), one condition of its header's sentence at a time: where the
 * pads come from, the pad value (float zero, the zero point), the layout's spatial axes, SAME-like
 * amounts, and the one convolution that must read the padded tensor as its data input alone.
 * test/memory/streaming.test.ts covers the causal pad and the plan without the padded buffer.
 */
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { foldedPads, padAmounts, padsWithZero } from '../../src/memory/pad-fold.js';
import type { Attrs, Graph, Node } from '../../src/ir/graph.js';
import type { DType } from '../../src/ir/dtype.js';

interface Case {
  pads?: number[];
  /** Where the pads are: the 'pads' or 'paddings' attribute, or a constant input (default). */
  from?: 'pads' | 'paddings' | 'input';
  layout?: 'NHWC' | 'NCHW';
  shape?: number[];
  value?: { dtype: DType; values: number[] };
  mode?: string;
  /** The convolution reads the padded tensor as its weights too / another node reads it too / it is a graph output. */
  convReadsTwice?: boolean;
  secondReader?: boolean;
  padIsOutput?: boolean;
  readerOp?: 'Conv' | 'Relu';
  axes?: boolean;
}

/** x (int8, zero point -3) -> Pad -> Conv (3x3). */
function graph(c: Case = {}): Graph {
  const b = new GraphBuilder('pf');
  const shape = c.shape ?? [1, 8, 8, 4];
  const x = b.input('x', 'int8', shape, { scale: [0.1], zeroPoint: [-3] });
  const pads = c.pads ?? [0, 1, 1, 0, 0, 1, 1, 0];
  const from = c.from ?? 'input';
  const attrs: Attrs = from === 'input' ? {} : { [from]: pads };
  if (c.mode) attrs['mode'] = c.mode;
  const inputs = [x, from === 'input' ? b.values('pads', 'int64', pads) : ''];
  if (c.value || c.axes) inputs.push(c.value ? b.tensor('v', c.value.dtype, c.value.values.length === 1 ? [] : [c.value.values.length], { data: { kind: 'values', values: c.value.values } }) : '');
  if (c.axes) inputs.push(b.values('axes', 'int64', [1, 2]));
  const p = b.node('Pad', inputs, attrs, { name: 'pad', outDType: 'int8' });
  const w = b.constant('w', 'int8', [4, 3, 3, 4]);
  const layout = c.layout ?? 'NHWC';
  const convAttrs: Attrs = { layout, weight_layout: layout === 'NHWC' ? 'OHWI' : 'OIHW', auto_pad: 'VALID' };
  b.output(b.node(c.readerOp ?? 'Conv', c.convReadsTwice ? [p, p] : [p, w], c.readerOp === 'Relu' ? {} : convAttrs, { name: 'conv', outDType: 'int8' }));
  if (c.secondReader) b.output(b.node('Relu', [p], {}, { name: 'relu', outDType: 'int8' }));
  if (c.padIsOutput) b.output(p);
  return b.graph;
}

const folded = (c: Case, sameOnly = true, takes?: (n: Node) => boolean) => [...foldedPads(graph(c), undefined, sameOnly, takes).values()];

describe('which pads fold', () => {
  it('a zero SAME pad of H and W before a convolution folds into it, with its top rows', () => {
    expect(folded({})).toEqual([{ pad: 'pad', input: 'x', output: 'pad_out', into: 'conv', top: 1 }]);
    expect(folded({ pads: [0, 2, 1, 0, 0, 3, 1, 0] })[0]?.top).toBe(2);
    expect(folded({ pads: [0, 0, 0, 0, 0, 1, 1, 0] })[0]?.top).toBe(0);
  });

  it('the pads may be an attribute (pads or paddings) or a constant input', () => {
    expect(folded({ from: 'pads' })).toHaveLength(1);
    expect(folded({ from: 'paddings' })).toHaveLength(1);
    expect(folded({ from: 'input' })).toHaveLength(1);
  });

  it('pads of the wrong length, negative pads, or explicit axes: no fold', () => {
    expect(folded({ pads: [0, 1, 1, 0, 0, 1, 1] })).toEqual([]);
    expect(folded({ pads: [0, -1, 1, 0, 0, -1, 1, 0] })).toEqual([]); // SAME-like, but negative
    expect(folded({ pads: [0, 0, 1, 0, 0, 0, 1, 0] })).toHaveLength(1);
    expect(folded({ axes: true })).toEqual([]);
  });

  it('a Pad with no pads at all (no attribute, no input), or one nothing reads: no fold, no error', () => {
    const b = new GraphBuilder('bare');
    const x = b.input('x', 'int8', [1, 8, 8, 4]);
    const p = b.node('Pad', [x], {}, { name: 'pad', outDType: 'int8' });
    b.output(b.node('Conv', [p, b.constant('w', 'int8', [4, 3, 3, 4])], { layout: 'NHWC', weight_layout: 'OHWI', auto_pad: 'VALID' }, { name: 'conv', outDType: 'int8' }));
    expect(foldedPads(b.graph).size).toBe(0);
    const unread = graph();
    unread.nodes = unread.nodes.filter((n) => n.op === 'Pad');
    unread.outputs = [];
    expect(foldedPads(unread).size).toBe(0);
  });

  it('a Pad of the spatial axes read by a non-convolution does not fold, whatever the layout', () => {
    expect(folded({ shape: [1, 4, 8, 8], pads: [0, 0, 1, 1, 0, 0, 1, 1], readerOp: 'Relu' })).toEqual([]);
    expect(folded({ readerOp: 'Relu' })).toEqual([]);
  });

  it('SAME-like on every spatial axis: the end pad equals the begin pad or one more; more folds only when sameOnly is off', () => {
    expect(folded({ pads: [0, 1, 1, 0, 0, 2, 1, 0] })).toHaveLength(1);
    expect(folded({ pads: [0, 1, 1, 0, 0, 3, 1, 0] })).toEqual([]);
    expect(folded({ pads: [0, 1, 1, 0, 0, 1, 3, 0] })).toEqual([]);
    expect(folded({ pads: [0, 1, 1, 0, 0, 0, 1, 0] })).toEqual([]); // end one less than begin
    expect(folded({ pads: [0, 1, 1, 0, 0, 3, 1, 0] }, false)).toHaveLength(1);
  });

  it('only spatial axes may be padded: H and W in NHWC, axes 2 and 3 in NCHW', () => {
    expect(folded({ layout: 'NCHW', pads: [0, 0, 1, 1, 0, 0, 1, 1] })).toHaveLength(1);
    expect(folded({ layout: 'NCHW', pads: [0, 1, 1, 1, 0, 1, 1, 1] })).toEqual([]); // channels
    expect(folded({ layout: 'NHWC', pads: [0, 0, 1, 1, 0, 0, 1, 1] })).toEqual([]); // NHWC channels
    expect(folded({ pads: [1, 1, 1, 0, 1, 1, 1, 0] })).toEqual([]); // batch
    // a rank-2 tensor has no spatial axis in NHWC
    expect(folded({ shape: [1, 8], pads: [0, 0, 0, 0] })).toEqual([]);
  });

  it('the Pad must be read by one convolution alone, as its data input, that takes padding, and not be a graph output', () => {
    expect(folded({ secondReader: true })).toEqual([]);
    expect(folded({ padIsOutput: true })).toEqual([]);
    expect(folded({ readerOp: 'Relu' })).toEqual([]);
    expect(folded({ convReadsTwice: true })).toEqual([]);
    expect(folded({}, true, () => false)).toEqual([]);
    expect(folded({}, true, (n) => n.name === 'conv')).toHaveLength(1);
  });

  it('an input without a shape does not fold', () => {
    const g = graph();
    delete g.tensors.get('x')?.shape;
    expect(foldedPads(g).size).toBe(0);
  });

  it('a Pad whose data input is omitted does not fold and throws nothing', () => {
    const g = graph();
    const pad = g.nodes.find((n) => n.op === 'Pad');
    if (pad) pad.inputs[0] = '';
    expect(foldedPads(g).size).toBe(0);
  });
});

describe('the pad value', () => {
  const node = (g: Graph) => g.nodes.find((n) => n.op === 'Pad') as Node;

  it('none given, or constant mode said explicitly: zero', () => {
    expect(padsWithZero(graph({}), node(graph({})))).toBe(true);
    const g = graph({ mode: 'constant' });
    expect(padsWithZero(g, node(g))).toBe(true);
  });

  it.each(['reflect', 'edge', 'wrap'])('%s mode does not pad with zeros', (mode) => {
    const g = graph({ mode });
    expect(padsWithZero(g, node(g))).toBe(false);
    expect(foldedPads(g).size).toBe(0);
  });

  it('a float value is real: 0 folds, 0.5 does not', () => {
    const zero = graph({ value: { dtype: 'float32', values: [0] } });
    expect(padsWithZero(zero, node(zero))).toBe(true);
    const half = graph({ value: { dtype: 'float32', values: [0.5] } });
    expect(padsWithZero(half, node(half))).toBe(false);
  });

  it("an integer value is stored: the input's zero point (-3) folds, 0 and -2 do not", () => {
    for (const [v, expected] of [[-3, true], [0, false], [-2, false]] as const) {
      const g = graph({ value: { dtype: 'int8', values: [v] } });
      expect(padsWithZero(g, node(g)), String(v)).toBe(expected);
    }
  });

  it('an integer value on an input without quantization is compared with 0', () => {
    const g = graph({ value: { dtype: 'int8', values: [0] } });
    delete g.tensors.get('x')?.quant;
    expect(padsWithZero(g, node(g))).toBe(true);
  });

  it('a value that is not one constant element does not fold', () => {
    const two = graph({ value: { dtype: 'float32', values: [0, 0] } });
    expect(padsWithZero(two, node(two))).toBe(false);
    const g = graph({ value: { dtype: 'float32', values: [0] } });
    const v = g.tensors.get('v');
    if (v) v.data = { kind: 'computed', by: 'test' };
    expect(padsWithZero(g, node(g))).toBe(false);
  });
});

describe('padAmounts', () => {
  it('ONNX order over all axes from the attribute first, then paddings, then the constant input', () => {
    const g = graph({ from: 'pads', pads: [0, 1, 2, 0, 0, 3, 4, 0] });
    expect(padAmounts(g, g.nodes[0] as Node, 4)).toEqual([0, 1, 2, 0, 0, 3, 4, 0]);
    expect(padAmounts(g, g.nodes[0] as Node, 3)).toBeUndefined();
    const h = graph({ pads: [0, 1, 2, 0, 0, 3, 4, 0] });
    expect(padAmounts(h, h.nodes[0] as Node, 4)).toEqual([0, 1, 2, 0, 0, 3, 4, 0]);
    // both attributes and an input: 'pads' wins, then 'paddings'
    const both = graph({ from: 'input', pads: [0, 1, 1, 0, 0, 1, 1, 0] });
    const pad = both.nodes[0] as Node;
    pad.attrs['paddings'] = [0, 2, 2, 0, 0, 2, 2, 0];
    expect(padAmounts(both, pad, 4)).toEqual([0, 2, 2, 0, 0, 2, 2, 0]);
    pad.attrs['pads'] = [0, 3, 3, 0, 0, 3, 3, 0];
    expect(padAmounts(both, pad, 4)).toEqual([0, 3, 3, 0, 0, 3, 3, 0]);
  });
});
