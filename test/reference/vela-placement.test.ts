/**
 * Ethos-U placement against Arm Vela 3.10 itself (issue 15). tools/vela/placement.py ran Vela 3.10.0
 * (ethos-u55-128, default configuration) on every TFLite file of the corpus manifest and recorded
 * the operators it left outside its `ethos-u` operator: test/reference/vela-3.10-placement.json.
 * Our CPU operators must be the same, model by model. `npx tsx bench/vela.ts` prints the same.
 */
import { describe, expect, it } from 'vitest';
import { HAS_SHARED } from '../helpers/shared.js';
import { ourCpuOps, VELA_RECORD } from '../helpers/vela.js';
import { analyzeModel } from '../../src/analyze.js';
import { TfliteBuilder, fullyConnected, memoryInput, pack, stridedSlice } from '../builders/tflite.js';
import * as t from '../../src/schemas/tflite/tflite.js';

const compiled = Object.entries(VELA_RECORD.models).filter(([, m]) => m.cpu !== undefined);

describe('the recorded Vela run', () => {
  it('is Vela 3.10.0 on ethos-u55-128, over the TFLite files of the manifest', () => {
    expect([VELA_RECORD.vela, VELA_RECORD.accelerator]).toEqual(['3.10.0', 'ethos-u55-128']);
    expect(compiled.length).toBe(32);
    // Vela itself stopped on three files (its own errors, recorded): nothing to compare there.
    expect(Object.values(VELA_RECORD.models).filter((m) => m.error !== undefined).length).toBe(3);
  });
});

describe.skipIf(!HAS_SHARED)('our Ethos-U placement equals Vela 3.10\'s', () => {
  it.each(compiled.map(([file]) => file))('%s', (file) => {
    const vela = (VELA_RECORD.models[file]?.cpu ?? []).map((c) => c.op).sort();
    expect(ourCpuOps(file)).toEqual(vela);
  });
});

describe('a reshape to a shape computed at run time (SHAPE -> STRIDED_SLICE -> PACK -> RESHAPE)', () => {
  // Vela 3.10 on these bytes (written by this test; `tools/vela/placement.py` style run by hand):
  // SHAPE becomes a constant, STRIDED_SLICE and PACK are "dynamic" and RESHAPE's shape is "not
  // constant": CPU: StridedSlice, Pack, Reshape; NPU: FullyConnected.
  const q = { quant: { scale: [0.1], zeroPoint: [0] } };
  function model(): Uint8Array {
    const b = new TfliteBuilder();
    const x = b.input('x', 'int8', [1, 4, 4, 8], q);
    const s = b.op('SHAPE', [x], { out: ['shape', 'int32', [4]], options: (fb) => [t.BuiltinOptions.ShapeOptions, t.ShapeOptions.createShapeOptions(fb, t.TensorType.INT32)] });
    const n = b.op('STRIDED_SLICE', [s, b.constant('begin', 'int32', [1], { values: [0] }), b.constant('end', 'int32', [1], { values: [1] }), b.constant('strides', 'int32', [1], { values: [1] })], { out: ['batch', 'int32', []], options: stridedSlice({ shrink: 1 }) });
    const p = b.op('PACK', [n, b.constant('minus1', 'int32', [], { values: [-1] })], { out: ['newshape', 'int32', [2]], options: pack(2, 0) });
    const r = b.op('RESHAPE', [x, p], { out: ['flat', 'int8', [1, 128], q] });
    b.output(b.op('FULLY_CONNECTED', [r, b.constant('w', 'int8', [10, 128], q), ''], { out: ['y', 'int8', [1, 10], q], options: fullyConnected() }));
    return b.build();
  }

  it('Ethos-U keeps the shape computation and the Reshape on the CPU, as Vela does', () => {
    const r = analyzeModel(memoryInput('m.tflite', model()), { target: 'ethos-u55-128' });
    expect(r.layers.map((l) => [l.sourceOp, l.unit])).toEqual([['STRIDED_SLICE', 'SW_INT'], ['PACK', 'SW_INT'], ['RESHAPE', 'SW_INT'], ['FULLY_CONNECTED', 'HW']]);
    const reshape = r.layers.find((l) => l.sourceOp === 'RESHAPE');
    expect(reshape?.reasons?.map((x) => x.rule)).toContain('const-input');
  });

  it('other targets fold the computed shape away (ST Edge AI Core folds constants): the Reshape stays', () => {
    const r = analyzeModel(memoryInput('m.tflite', model()), { target: 'stm32n6' });
    expect(r.layers.map((l) => l.sourceOp)).toEqual(['RESHAPE', 'FULLY_CONNECTED']);
  });
});
