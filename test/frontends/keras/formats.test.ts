/**
 * Keras 3 .keras zips, nested and shared layers, the "weights are never read" guarantee, and
 * typed errors on inputs that are not (or not whole) Keras models.
 */
import * as h5wasm from 'h5wasm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { analyzeModel } from '../../../src/analyze.js';
import { memoryInput } from '../../builders/onnx-bytes.js';
import { functional, input, kerasH5, kerasZip, layer, plainH5, sequential, type Json } from '../../builders/keras.js';
import { analyzeH5, k, row } from './helpers.js';
import { loadFormats } from '../../../src/analyze.js';
import { footprintError } from '../../helpers/errors.js';

// Keras files need h5wasm, which loads asynchronously once.
beforeAll(() => loadFormats());

const kt = (from: string): Json => ({ class_name: '__keras_tensor__', config: { shape: null, dtype: 'float32', keras_history: [from, 0, 0] } });
const k3 = (cls: string, name: string, config: Record<string, Json>, from?: string): Json => ({
  module: 'keras.layers', class_name: cls, name, registered_name: null,
  config: { name, dtype: { module: 'keras', class_name: 'DTypePolicy', config: { name: 'float32' } }, ...config },
  inbound_nodes: from === undefined ? [] : [{ args: [kt(from)], kwargs: {} }],
});


describe('Keras 3 .keras', () => {
  it('reads a Functional zip: dict inbound nodes, weights at layers/<class>_<n>/vars/<i>, BN folded', () => {
    const config: Json = {
      module: 'keras.src.models.functional', class_name: 'Functional', config: {
        name: 'cnn', input_layers: ['input', 0, 0], output_layers: ['head', 0, 0], layers: [
          k3('InputLayer', 'input', { batch_shape: [null, 52, 3] }),
          k3('Conv1D', 'conv_a', { filters: 8, kernel_size: [3], strides: [1], padding: 'same', dilation_rate: [1], groups: 1, activation: 'linear', use_bias: true }, 'input'),
          k3('BatchNormalization', 'bn_x', { axis: -1, center: true, scale: true }, 'conv_a'),
          k3('Activation', 'act', { activation: 'relu' }, 'bn_x'),
          k3('Flatten', 'flat', {}, 'act'),
          k3('Dense', 'head', { units: 4, activation: 'linear', use_bias: true }, 'flat'),
        ],
      },
    };
    const bytes = kerasZip(config, { 'layers/conv1d': [[3, 3, 8], [8]], 'layers/batch_normalization': [[8], [8], [8], [8]], 'layers/dense': [[416, 4], [4]] });
    const r = analyzeModel(memoryInput('cnn.keras', bytes));
    expect(r.model.format).toBe('keras');
    expect(r.model.meta['kerasVersion']).toBe('3.12.0');
    // conv: 52*8 = 416 outputs * 3*3 + 8 bias = 3,752 (+ fused relu 416); BN folds into the existing bias.
    expect(row(r, 'conv_a')).toMatchObject({ params: 80, macc: 3752 + 416, fused: ['bn_x', 'act'] });
    expect(row(r, 'head')).toMatchObject({ op: 'Gemm', params: 416 * 4 + 4, macc: 416 * 4 + 4 });
  });

  it('reads a Sequential zip (the InputLayer is not one of model.layers: dense, dense_1)', () => {
    const config: Json = { class_name: 'Sequential', config: { name: 's', layers: [
      k3('InputLayer', 'in', { batch_shape: [null, 4] }), k3('Dense', 'fc1', { units: 3, activation: 'relu', use_bias: true }), k3('Dense', 'fc2', { units: 2, activation: 'softmax', use_bias: true }),
    ] } };
    const r = analyzeModel(memoryInput('s.keras', kerasZip(config, { 'layers/dense': [[4, 3], [3]], 'layers/dense_1': [[3, 2], [2]] })));
    expect(row(r, 'fc1')).toMatchObject({ params: 15, macc: 15 + 3, activation: 'Relu' });
    expect(row(r, 'fc2')).toMatchObject({ params: 8, macc: 8 });
    expect(row(r, 'fc2_nl')).toMatchObject({ op: 'Softmax', macc: 30 });
  });

  it('a zip without config.json is E_MALFORMED listing its entries', () => {
    const bytes = kerasZip({}, {}, { 'config.json': null });
    const e = footprintError(() => analyzeModel(memoryInput('m.keras', bytes)));
    expect(e.code).toBe('E_MALFORMED');
    expect(e.message).toMatch(/no config\.json.*metadata\.json/);
  });

  it('a cut .keras zip is E_TRUNCATED', () => {
    const bytes = kerasZip(sequential([input('x', [4])]), {});
    expect(footprintError(() => analyzeModel(memoryInput('m.keras', bytes.subarray(0, bytes.length - 30)))).code).toBe('E_TRUNCATED');
  });
});

describe('Keras 2 graphs', () => {
  it('inlines a nested Sequential called as node 1 (Keras 2 numbers a nested model\'s calls from 1)', () => {
    const inner = { class_name: 'Sequential', name: 'inner', config: { name: 'inner', layers: [input('inner_in', [8]), layer('Dense', 'd1', { units: 4, activation: 'linear', use_bias: true })] } };
    const m = functional([input('x', [8]), { ...inner, inbound_nodes: [[['x', 0, 0, {}]]] } as never, { ...layer('Dense', 'head', { units: 2, activation: 'linear', use_bias: true }), inbound_nodes: [[['inner', 1, 0, {}]]] }], ['x'], ['head']);
    const r = analyzeH5(m, { inner: [['d1/kernel:0', [8, 4]], ['d1/bias:0', [4]]], ...k('head', ['kernel', [4, 2]], ['bias', [2]]) });
    expect(row(r, 'd1')).toMatchObject({ params: 36, macc: 36 });
    expect(row(r, 'head')).toMatchObject({ params: 10, connectedTo: ['d1'] });
  });

  it('a shared layer gives one node per call and its weights count once', () => {
    const shared = { ...layer('Dense', 'shared', { units: 4, activation: 'linear', use_bias: true }), inbound_nodes: [[['a', 0, 0, {}]], [['b', 0, 0, {}]]] };
    const add = { ...layer('Add', 'add', {}), inbound_nodes: [[['shared', 0, 0, {}], ['shared', 1, 0, {}]]] };
    const r = analyzeH5(functional([input('a', [8]), input('b', [8]), shared, add], ['a', 'b'], ['add']), k('shared', ['kernel', [8, 4]], ['bias', [4]]));
    expect(row(r, 'shared').macc).toBe(36);
    expect(row(r, 'shared_call1').macc).toBe(36);
    expect(r.totals.params).toBe(36);
  });

  it('layers run in rounds: each round the layers whose inputs were there when it began, in list order', () => {
    const relu = (name: string, from: string) => layer('Activation', name, { activation: 'relu' }, from);
    // listed a, c (reads a), b, e (reads f, listed after it), f, d (reads c and b): round 1 a, b, f; round 2 c, e; round 3 d
    const cfg = functional([input('x', [4]), relu('a', 'x'), relu('c', 'a'), relu('b', 'x'), relu('e', 'f'), relu('f', 'x'), layer('Add', 'd', {}, ['c', 'b'])], ['x'], ['d', 'e']);
    expect(analyzeH5(cfg, {}).layers.map((l) => l.name)).toEqual(['a', 'b', 'f', 'c', 'e', 'd']);
    // a layer reading one no layer writes: the first such layer in list order is named
    const bad = functional([input('x', [4]), relu('a', 'x'), relu('g', 'nowhere'), relu('h', 'g')], ['x'], ['h']);
    expect(footprintError(() => analyzeH5(bad, {})).message).toBe("Keras: layer 'g' reads output 0 of call 0 of 'nowhere', which no layer produces");
  });

  it('counts weights from dataset shapes without reading values (a 2048x2048 kernel, gzip-stored)', () => {
    const bytes = kerasH5({
      config: sequential([input('x', [2048]), layer('Dense', 'big', { units: 2048, activation: 'linear', use_bias: false })]),
      weights: k('big', ['kernel', [2048, 2048]]) as never, compressAbove: 1000,
    });
    expect(bytes.length).toBeLessThan(1_000_000); // 16 MiB of float32 zeros, compressed
    const value = vi.spyOn(h5wasm.Dataset.prototype, 'value', 'get');
    const slice = vi.spyOn(h5wasm.Dataset.prototype, 'slice');
    const r = analyzeModel(memoryInput('big.h5', bytes));
    expect(r.totals.params).toBe(2048 * 2048);
    // and the 2,048-float bias stedgeai gives a Dense without one (passes/bias.ts), not in params
    expect(r.totals.weightsBytes).toBe(2048 * 2048 * 4 + 2048 * 4);
    expect(value).not.toHaveBeenCalled();
    expect(slice).not.toHaveBeenCalled();
    value.mockRestore();
    slice.mockRestore();
  });
});

describe('Keras: what is not supported, and what is not Keras', () => {
  it('an unknown layer class stays visible as Unknown with W_UNKNOWN_OP naming class and layer', () => {
    const r = analyzeH5(sequential([input('x', [4]), layer('Rescaling', 'rescale', { scale: 0.5, offset: 0 })]), {});
    expect(row(r, 'rescale')).toMatchObject({ op: 'Unknown', sourceOp: 'Rescaling', macc: 0 });
    expect(r.diagnostics.find((d) => d.code === 'W_UNKNOWN_OP')?.message).toMatch(/'rescale' \(Rescaling\).*not supported/);
  });

  it('a custom layer saved without a config and a Lambda layer are Unknown with a clear reason', () => {
    const custom = { class_name: 'MyBlock', name: 'blk', inbound_nodes: [[['x', 0, 0, {}]]] };
    const lambda = { ...layer('Lambda', 'lam', { function: 'x * 2' }), inbound_nodes: [[['blk', 0, 0, {}]]] };
    const r = analyzeH5(functional([input('x', [4]), custom as never, lambda], ['x'], ['lam']), {});
    const msgs = r.diagnostics.filter((d) => d.code === 'W_UNKNOWN_OP').map((d) => d.message).join('\n');
    expect(msgs).toMatch(/'blk' \(MyBlock\): custom layer class 'MyBlock' saved without a config/);
    expect(msgs).toMatch(/'lam' \(Lambda\): Lambda.*Python code/);
  });

  it('an HDF5 file without model_config is E_MALFORMED naming what the file holds', () => {
    const e = footprintError(() => analyzeModel(memoryInput('log.h5', plainH5())));
    expect(e.code).toBe('E_MALFORMED');
    expect(e.message).toMatch(/not a Keras model.*'title'.*'readings'/);
    const w = footprintError(() => analyzeModel(memoryInput('w.h5', kerasH5({ weights: k('d', ['kernel', [2, 2]]) }))));
    expect(w.message).toMatch(/weights only/);
  });

  it('a truncated .h5 is E_TRUNCATED at the byte where it ends, not a crash', () => {
    const bytes = kerasH5({ config: sequential([input('x', [4])]), weights: {} });
    const e = footprintError(() => analyzeModel(memoryInput('cut.h5', bytes.subarray(0, 1500))));
    expect(e.code).toBe('E_TRUNCATED');
    expect(e.offset).toBe(1500);
    expect(e.file).toBe('cut.h5');
  });

  it('a malformed model_config is E_MALFORMED; bytes that are not HDF5 are not claimed', () => {
    const bad = kerasH5({ config: '{not json' as Json, weights: {} });
    expect(footprintError(() => analyzeModel(memoryInput('bad.h5', bad))).code).toBe('E_MALFORMED');
    const junk = new Uint8Array(256).fill(7);
    expect(footprintError(() => analyzeModel(memoryInput('junk.h5', junk))).code).toBe('E_UNKNOWN_FORMAT');
  });
});
