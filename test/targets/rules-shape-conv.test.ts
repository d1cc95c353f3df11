import { describe, expect, it } from 'vitest';
import type { Attrs } from '../../src/ir/graph.js';
import type { Shape } from '../../src/ir/shape.js';
import { GraphBuilder } from '../builders/ir.js';
import { layer, npuTarget, oneRule, q, quantize } from './helpers.js';

function relu(shape: Shape): GraphBuilder {
  const g = new GraphBuilder();
  const x = g.input('x', 'int8', shape, q(0.1, 0));
  g.output(quantize(g, g.node('Relu', [x], {}, { name: 'r', outShapes: [shape], outDType: 'int8' }), q(0.1, 0)));
  return g;
}

/** int8 Conv (NCHW, OIHW weights) with the given weight shape and attributes. */
function conv(w: number[], attrs: Attrs, out: Shape = [1, w[0] ?? 1, 8, 8], op: 'Conv' | 'ConvTranspose' = 'Conv', cin = w[1] ?? 1): GraphBuilder {
  const g = new GraphBuilder();
  const x = g.input('x', 'int8', [1, cin, 8, 8], q(0.1, 0));
  const wt = g.constant('w', 'int8', w, q(0.01, 0));
  g.output(quantize(g, g.node(op, [x, wt], attrs, { name: 'c', outShapes: [out], outDType: 'int8' }), q(0.1, 0)));
  return g;
}

function binary(a: Shape, b: Shape): GraphBuilder {
  const g = new GraphBuilder();
  const x = g.input('a', 'int8', a, q(0.1, 0));
  const y = g.input('b', 'int8', b, q(0.1, 0));
  g.output(g.node('Add', [x, y], {}, { name: 'add', outShapes: [a], outDType: 'int8' }));
  return g;
}

describe('shape rules', () => {
  it('rank-max: rank 4 passes, rank 5 fails with value and limit', () => {
    const t = oneRule('Relu', { rule: 'rank-max', limit: 4 });
    expect(layer(relu([1, 2, 3, 4]), t).unit).toBe('HW');
    expect(layer(relu([1, 2, 3, 4, 5]), t).reasons[0]?.message).toBe("Relu 'r': tensor 'x' has rank 5 (1x2x3x4x5); the limit is 4.");
  });

  it('static-shapes: a symbolic dimension fails', () => {
    const t = oneRule('Relu', { rule: 'static-shapes' });
    expect(layer(relu([1, 8]), t).unit).toBe('HW');
    expect(layer(relu(['N', 8]), t).reasons[0]?.message).toBe("Relu 'r': tensor 'x' has a dynamic shape (Nx8); NPU needs static shapes.");
  });

  it('batch-one: batch 2 fails unless the op is exempt', () => {
    const t = oneRule('Relu', { rule: 'batch-one' });
    expect(layer(relu([1, 8]), t).unit).toBe('HW');
    expect(layer(relu([2, 8]), t).reasons[0]?.message).toBe("Relu 'r': tensor 'x' has batch 2 (2x8); NPU needs batch 1.");
    const exempt = npuTarget({ Relu: [] }, [{ rule: 'batch-one', except: ['Relu'] }]);
    expect(layer(relu([2, 8]), exempt).unit).toBe('HW');
  });

  it('dim-range: 65535 passes, 65536 fails', () => {
    const t = oneRule('Relu', { rule: 'dim-range', limit: [1, 65535] });
    expect(layer(relu([1, 65535]), t).unit).toBe('HW');
    expect(layer(relu([1, 65536]), t).reasons[0]?.message).toBe("Relu 'r': tensor 'x' has a dimension of 65536 (1x65536); the range is 1..65535.");
  });

  it('broadcast-size1: size-1 broadcast passes, 4 against 2 fails', () => {
    const t = oneRule('Add', { rule: 'broadcast-size1' });
    expect(layer(binary([1, 4, 4, 8], [1, 1, 1, 8]), t).unit).toBe('HW');
    expect(layer(binary([1, 4, 8], [1, 2, 8]), t).reasons[0]?.message).toBe("Add 'add': inputs 1x4x8 and 1x2x8 broadcast a dimension of 4 against 2; only size-1 dimensions broadcast.");
  });

  it('fc-output-2d: a 3-D fully connected output fails', () => {
    const t = oneRule('Gemm', { rule: 'fc-output-2d' });
    const g = (out: Shape): GraphBuilder => {
      const b = new GraphBuilder();
      const x = b.input('x', 'int8', [1, 16], q(0.1, 0));
      b.output(b.node('Gemm', [x, b.constant('w', 'int8', [16, 10], q(0.01, 0))], {}, { name: 'fc', outShapes: [out], outDType: 'int8' }));
      return b;
    };
    expect(layer(g([1, 10]), t).unit).toBe('HW');
    expect(layer(g([1, 1, 10]), t).reasons[0]?.message).toBe("Gemm 'fc': output 'fc_out' has rank 3 (1x1x10); a fully connected layer must output 2-D.");
  });
});

describe('convolution rules', () => {
  it('stride-range: stride H 3 passes, 4 fails', () => {
    const t = oneRule('Conv', { rule: 'stride-range', limit: [1, 3] });
    expect(layer(conv([8, 8, 3, 3], { strides: [3, 3] }), t).unit).toBe('HW');
    expect(layer(conv([8, 8, 3, 3], { strides: [4, 1] }), t).reasons[0]?.message).toBe("Conv 'c': stride H is 4; NPU accepts 1..3.");
  });

  it('dilated-kernel-height: (3 - 1) * 31 + 1 = 63 passes, dilation 32 gives 65 and fails', () => {
    const t = oneRule('Conv', { rule: 'dilated-kernel-height', limit: 64 });
    expect(layer(conv([8, 8, 3, 3], { dilations: [31, 1] }), t).unit).toBe('HW');
    expect(layer(conv([8, 8, 3, 3], { dilations: [32, 1] }), t).reasons[0]?.message).toBe("Conv 'c': dilated kernel height is 65; the limit is 64.");
  });

  it('dilated-kernel-area: 64x64 passes, 64x65 fails', () => {
    const t = oneRule('Conv', { rule: 'dilated-kernel-area', limit: 4096 });
    expect(layer(conv([8, 8, 64, 64], {}), t).unit).toBe('HW');
    expect(layer(conv([8, 8, 64, 65], {}), t).reasons[0]?.message).toBe("Conv 'c': dilated kernel area is 4,160 (64x65); the limit is 4,096.");
  });

  it('weights-sum: the largest per-output-channel sum of |w - zp| against the limit', () => {
    const g = new GraphBuilder();
    const x = g.input('x', 'int8', [1, 2, 4, 4], q(0.1, 0));
    // Two output channels: |100| + |-27| = 127 and |50| + |50| = 100.
    const w = g.tensor('w', 'int8', [2, 2, 1, 1], { data: { kind: 'values', values: [100, -27, 50, 50] }, quant: q(0.01, 0) });
    g.output(g.node('Conv', [x, w], { kernel_shape: [1, 1] }, { name: 'c', outShapes: [[1, 2, 4, 4]], outDType: 'int8' }));
    expect(layer(g, oneRule('Conv', { rule: 'weights-sum', limit: 127 })).unit).toBe('HW');
    expect(layer(g, oneRule('Conv', { rule: 'weights-sum', limit: 126 })).reasons[0]?.message).toBe("Conv 'c': the sum of absolute weights of one output channel is 127; the limit is 126.");
  });

  it('bias-type: int32 1-D passes; float32 or 2-D fails', () => {
    const t = oneRule('Conv', { rule: 'bias-type', limit: ['int32', 'int64'] });
    const g = (dtype: 'int32' | 'float32', shape: number[]): GraphBuilder => {
      const b = new GraphBuilder();
      const x = b.input('x', 'int8', [1, 8, 4, 4], q(0.1, 0));
      const w = b.constant('w', 'int8', [8, 8, 1, 1], q(0.01, 0));
      b.output(b.node('Conv', [x, w, b.constant('b', dtype, shape)], { kernel_shape: [1, 1] }, { name: 'c', outShapes: [[1, 8, 4, 4]], outDType: 'int8' }));
      return b;
    };
    expect(layer(g('int32', [8]), t).unit).toBe('HW');
    expect(layer(g('float32', [8]), t).reasons[0]?.message).toBe("Conv 'c': bias 'b' is float32; NPU needs int32 or int64.");
    expect(layer(g('int32', [1, 8]), t).reasons[0]?.message).toBe("Conv 'c': bias 'b' has rank 2; it must be 1-D.");
  });

  it('depth-multiplier: multiplier 4 with one input channel passes; multiplier 2 with 8 fails', () => {
    const t = oneRule('Conv', { rule: 'depth-multiplier' });
    expect(layer(conv([4, 1, 3, 3], { group: 1 }, [1, 4, 8, 8], 'Conv', 1), t).unit).toBe('HW');
    expect(layer(conv([16, 1, 3, 3], { group: 8 }, [1, 16, 8, 8], 'Conv', 8), t).reasons[0]?.message).toBe("Conv 'c': depth multiplier 2 with 8 input channels; a multiplier above 1 needs exactly 1 input channel.");
  });

  it('tconv-stride: 2x2 passes; 3x3 and 1x2 fail', () => {
    const t = oneRule('ConvTranspose', { rule: 'tconv-stride', limit: [1, 2] });
    const tc = (s: number[]): GraphBuilder => conv([8, 8, 3, 3], { strides: s }, [1, 8, 16, 16], 'ConvTranspose');
    expect(layer(tc([2, 2]), t).unit).toBe('HW');
    expect(layer(tc([3, 3]), t).reasons[0]?.message).toBe("ConvTranspose 'c': stride 3x3; NPU accepts 1x1, 2x2.");
    expect(layer(tc([1, 2]), t).reasons[0]?.value).toBe('1x2');
  });
});
