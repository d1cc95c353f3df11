import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { layer, npuTarget, oneRule, q, quantize } from './helpers.js';

/** x -> Relu -> y, both of `dtype` (int8 quantized unless float). */
function relu(dtype: 'int8' | 'float32' | 'int32' | 'int16' | 'uint8', withQuant = true): GraphBuilder {
  const g = new GraphBuilder();
  const quant = dtype === 'float32' || !withQuant ? undefined : q(0.1, 0);
  const x = g.input('x', dtype, [1, 8], quant);
  const y = g.node('Relu', [x], {}, { name: 'r', outShapes: [[1, 8]], outDType: dtype });
  if (quant) g.get(y).quant = quant;
  g.output(y);
  return g;
}

/** Conv 1x1 8->8 with weights of `wdtype`; activations int8 unless `xdtype`. */
function conv(wdtype: 'int8' | 'int4' | 'uint8', xdtype: 'int8' | 'float32' = 'int8', wzp = 0): GraphBuilder {
  const g = new GraphBuilder();
  const x = g.input('x', xdtype, [1, 8, 4, 4], xdtype === 'int8' ? q(0.1, 0) : undefined);
  const w = g.constant('w', wdtype, [8, 8, 1, 1], q(0.01, wzp));
  const y = g.node('Conv', [x, w], { kernel_shape: [1, 1] }, { name: 'c', outShapes: [[1, 8, 4, 4]], outDType: xdtype });
  if (xdtype === 'int8') quantize(g, y, q(0.2, 0));
  g.output(y);
  return g;
}

describe('dtype and quantization rules', () => {
  it('activation-dtype: int8 passes; float32 and uint8 go to the CPU naming the dtype and the limit', () => {
    const t = oneRule('Relu', { rule: 'activation-dtype', limit: ['int8'] });
    expect(layer(relu('int8'), t).unit).toBe('HW');
    const f = layer(relu('float32'), t);
    expect(f.unit).toBe('SW_FLOAT');
    expect(f.reasons[0]?.message).toBe("Relu 'r': tensor 'x' is float32; NPU accepts activations of int8 only.");
    expect(f.reasons[0]).toMatchObject({ unit: 'NPU', rule: 'activation-dtype', value: 'float32', limit: 'int8' });
    expect(f.reasons[0]?.hint).toMatch(/Quantize/);
    const u = layer(relu('uint8'), t);
    expect(u.unit).toBe('SW_INT');
    expect(u.reasons[0]?.value).toBe('uint8');
  });

  it('tensor-dtype: int16 is listed, float32 is not', () => {
    const t = oneRule('Relu', { rule: 'tensor-dtype', limit: ['int8', 'uint8', 'int16', 'int32'] });
    expect(layer(relu('int16'), t).unit).toBe('HW');
    expect(layer(relu('float32'), t).reasons[0]?.message).toBe("Relu 'r': tensor 'x' has type float32; NPU accepts int8, uint8, int16, int32.");
  });

  it('int32-ops: int32 tensors only on the listed ops', () => {
    const t = npuTarget({ Relu: [], Add: [] }, [{ rule: 'int32-ops', limit: ['Add'] }]);
    expect(layer(relu('int32'), t).reasons[0]?.message).toBe("Relu 'r': tensor 'x' is int32; NPU accepts int32 tensors only on Add.");
    const g = new GraphBuilder();
    const a = g.input('a', 'int32', [4]);
    g.output(g.node('Add', [a, a], {}, { name: 'add', outShapes: [[4]], outDType: 'int32' }));
    expect(layer(g, t).unit).toBe('HW');
  });

  it('weight-dtype: int8 weights pass, int4 weights fail', () => {
    const t = oneRule('Conv', { rule: 'weight-dtype', limit: ['int8'] });
    expect(layer(conv('int8'), t).unit).toBe('HW');
    const l = layer(conv('int4'), t);
    expect(l.unit).toBe('SW_INT');
    expect(l.reasons[0]?.message).toBe("Conv 'c': weights 'w' are int4; NPU needs int8 weights.");
  });

  it('no-hybrid: float activations with int8 weights is hybrid; all int8 is not', () => {
    const t = oneRule('Conv', { rule: 'no-hybrid' });
    expect(layer(conv('int8'), t).unit).toBe('HW');
    const l = layer(conv('int8', 'float32'), t);
    expect(l.unit).toBe('SW_FLOAT');
    expect(l.reasons[0]?.message).toBe("Conv 'c' is hybrid: 'x' is float32 while 'w' is quantized int8; NPU runs fully quantized layers only.");
  });

  it('quant-params: int8 without quantization or with an infinite scale fails', () => {
    const t = oneRule('Relu', { rule: 'quant-params' });
    expect(layer(relu('int8'), t).unit).toBe('HW');
    expect(layer(relu('int8', false), t).reasons[0]?.message).toBe("Relu 'r': int8 tensor 'x' has no quantization parameters; NPU needs scale and zero point.");
    const g = relu('int8');
    g.get('x').quant = q(Infinity, 0);
    expect(layer(g, t).reasons[0]?.message).toBe("Relu 'r': tensor 'x' has a non-finite scale (Infinity).");
  });

  it('per-axis-ops: per-axis quantization only on listed ops', () => {
    const t = npuTarget({ Conv: [], Relu: [] }, [{ rule: 'per-axis-ops', limit: ['Conv'] }]);
    const g = conv('int8');
    g.get('w').quant = { scale: new Array<number>(8).fill(0.01), zeroPoint: new Array<number>(8).fill(0), axis: 0 };
    expect(layer(g, t).unit).toBe('HW');
    const r = relu('int8');
    r.get('x').quant = { scale: new Array<number>(8).fill(0.1), zeroPoint: new Array<number>(8).fill(0), axis: 1 };
    expect(layer(r, t).reasons[0]?.message).toBe("Relu 'r': tensor 'x' is quantized per axis; NPU accepts per-axis quantization only on Conv.");
  });

  it('symmetric-weights: zero point 0 passes, 3 fails', () => {
    const t = oneRule('Conv', { rule: 'symmetric-weights' });
    expect(layer(conv('int8'), t).unit).toBe('HW');
    const l = layer(conv('int8', 'int8', 3), t);
    expect(l.reasons[0]).toMatchObject({ value: 3, limit: 'zero point 0', message: "Conv 'c': weights 'w' are asymmetric (zero point 3); NPU needs zero point 0." });
  });

  it('reports every failing rule of the refusing unit, not only the first', () => {
    const t = npuTarget({ Relu: [] }, [{ rule: 'activation-dtype', limit: ['int8'] }, { rule: 'rank-max', limit: 1 }, { rule: 'batch-one' }]);
    const g = new GraphBuilder();
    const x = g.input('x', 'float32', [2, 8]);
    g.output(g.node('Relu', [x], {}, { name: 'r', outShapes: [[2, 8]], outDType: 'float32' }));
    expect(layer(g, t).reasons.map((r) => r.rule)).toEqual(['activation-dtype', 'rank-max', 'batch-one']);
  });
});
