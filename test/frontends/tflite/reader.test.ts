/** The TFLite reader: tensors (quantization, variables, signatures), subgraphs, custom ops, external buffers, laziness. */
import { describe, expect, it } from 'vitest';
import { readTflite, readTfliteWith, PagedByteBuffer } from '../../../src/frontends/tflite/index.js';
import { readModel } from '../../../src/frontends/registry.js';
import { readValues } from '../../../src/ir/tensor-data.js';
import type { ByteSource } from '../../../src/ir/source.js';
import { TfliteBuilder, callOnce, conv2d, countingSource, fullyConnected, ifOp, memoryInput, whileOp } from '../../builders/tflite.js';
import { analyzeBuilt } from './helpers.js';

function convModel(opts: { external?: boolean; weights?: number } = {}): TfliteBuilder {
  const b = new TfliteBuilder();
  const x = b.input('x', 'int8', [1, 4, 4, 3], { quant: { scale: [0.5], zeroPoint: [-1] }, signature: [-1, 4, 4, 3] });
  const cout = opts.weights ?? 2;
  const w = b.constant('w', 'int8', [cout, 1, 1, 3], { values: Array.from({ length: cout * 3 }, (_, i) => (i % 100) - 50), quant: { scale: Array.from({ length: cout }, (_, i) => 0.01 * (i + 1)), zeroPoint: new Array<number>(cout).fill(0), axis: 0 }, ...(opts.external ? { external: true } : {}) });
  const bias = b.constant('bias', 'int32', [cout], { values: Array.from({ length: cout }, (_, i) => i) });
  b.output(b.op('CONV_2D', [x, w, bias], { out: ['y', 'int8', [1, 4, 4, cout], { quant: { scale: [0.25], zeroPoint: [3] }, signature: [-1, 4, 4, cout] }], options: conv2d({ activation: 'RELU6' }) }));
  return b;
}

describe('TFLite reader', () => {
  it('maps tensors: per-axis quantization, per-tensor quantization, signature -1 as a batch symbol, lazy raw-le data', () => {
    const m = readTflite(memoryInput('m.tflite', convModel().build()));
    expect(m.format).toBe('tflite');
    expect(m.meta).toMatchObject({ schemaVersion: 3, subgraphs: 1, operatorCodes: 1, description: 'model-footprint test builder' });
    const w = m.graph.tensors.get('w');
    expect(w?.quant).toEqual({ scale: [Math.fround(0.01), Math.fround(0.02)], zeroPoint: [0, 0], axis: 0, dtype: 'int8' });
    expect(w?.data).toMatchObject({ kind: 'bytes', length: 6, encoding: 'raw-le' });
    expect(w && readValues(w, 10)).toEqual([-50, -49, -48, -47, -46, -45]);
    expect(m.graph.tensors.get('x')).toMatchObject({ dtype: 'int8', shape: ['batch', 4, 4, 3], quant: { scale: [0.5], zeroPoint: [-1], dtype: 'int8' } });
    const node = m.graph.nodes[0];
    expect(node).toMatchObject({ name: 'y', op: 'Conv', sourceOp: 'CONV_2D', activation: 'Relu6', inputs: ['x', 'w', 'bias'], outputs: ['y'] });
    expect(node?.attrs).toMatchObject({ layout: 'NHWC', weight_layout: 'OHWI', auto_pad: 'SAME_UPPER', strides: [1, 1], dilations: [1, 1] });
    expect(node?.integer).toBe(true);
  });

  it('the registry picks TFLite by content, whatever the extension', () => {
    expect(readModel(memoryInput('model.bin', convModel().build())).format).toBe('tflite');
  });

  it('reads lazily: a model with a 4 MB weight buffer costs a few KB of reads', () => {
    const big = new TfliteBuilder();
    const x = big.input('x', 'float32', [1, 1024]);
    const w = big.constant('w', 'float32', [1024, 1024]);
    big.output(big.op('FULLY_CONNECTED', [x, w, ''], { out: ['y', 'float32', [1, 1024]], options: fullyConnected() }));
    const data = big.build();
    expect(data.length).toBeGreaterThan(4 * 1024 * 1024);
    const src = countingSource({ name: 'big.tflite', size: data.length, read: (o, l) => data.subarray(o, o + l) });
    const bb = new PagedByteBuffer(src);
    const m = readTfliteWith(bb, { path: 'big.tflite', source: src });
    expect(m.graph.tensors.get('w')?.data).toMatchObject({ kind: 'bytes', length: 4 * 1024 * 1024 });
    expect(src.bytesRead).toBeLessThan(16 * 1024);
    expect(bb.bytesRead).toBe(src.bytesRead);
  });

  it('buffers stored after the flatbuffer (offset/size) point into the file', () => {
    const bytes = convModel({ external: true }).build();
    const m = readTflite(memoryInput('m.tflite', bytes));
    const w = m.graph.tensors.get('w');
    expect(w?.data).toMatchObject({ kind: 'bytes', length: 6 });
    if (w?.data?.kind !== 'bytes') throw new Error('no bytes');
    expect(w.data.offset % 16).toBe(0);
    expect(w.data.offset + 6).toBeLessThanOrEqual(bytes.length);
    expect(readValues(w, 10)).toEqual([-50, -49, -48, -47, -46, -45]);
  });

  it('a buffer offset beyond 2^31 is a plain number (source faking a 3 GB file)', () => {
    const b = new TfliteBuilder();
    const x = b.input('x', 'float32', [1, 8]);
    const at = 3 * 2 ** 30 + 16;
    const w = b.constant('w', 'float32', [4, 8], { externalAt: at });
    b.output(b.op('FULLY_CONNECTED', [x, w, ''], { out: ['y', 'float32', [1, 4]], options: fullyConnected() }));
    const fb = b.build();
    const size = at + 128;
    const huge: ByteSource = {
      name: 'huge.tflite', size,
      read: (o, l) => {
        const out = new Uint8Array(l);
        if (o < fb.length) out.set(fb.subarray(o, Math.min(o + l, fb.length)));
        return out;
      },
    };
    const m = readTflite({ path: 'huge.tflite', source: huge });
    expect(m.graph.tensors.get('w')?.data).toMatchObject({ kind: 'bytes', offset: at, length: 128 });
    const short: ByteSource = { ...huge, size: at + 64 };
    expect(() => readTflite({ path: 'short.tflite', source: short })).toThrow(expect.objectContaining({ code: 'E_TRUNCATED', offset: at }));
  });

  it('variable tensors are flagged and kept out of the weights', () => {
    const b = new TfliteBuilder();
    const x = b.input('x', 'float32', [1, 4]);
    const s = b.tensor('state', 'float32', [1, 4], { variable: true });
    b.output(b.op('ADD', [x, s], { out: ['y', 'float32', [1, 4]] }));
    const m = readTflite(memoryInput('m.tflite', b.build()));
    expect(m.graph.tensors.get('state')).toMatchObject({ variable: true, data: { kind: 'computed' } });
    const r = analyzeBuilt(b);
    expect(r.totals.params).toBe(0);
    expect(r.memory.persistent).toEqual([{ tensor: 'state', size: 16 }]);
  });

  it('WHILE, IF and CALL_ONCE map their subgraphs into node.subgraphs', () => {
    const b = new TfliteBuilder();
    const cond = b.subgraph('cond');
    const ci = cond.input('ci', 'int32', []);
    const lim = cond.constant('lim', 'int32', [], { values: [10] });
    cond.output(cond.op('LESS', [ci, lim], { out: ['c', 'bool', []] }));
    const body = b.subgraph('body');
    const bi = body.input('bi', 'int32', []);
    const one = body.constant('one', 'int32', [], { values: [1] });
    body.output(body.op('ADD', [bi, one], { out: ['bo', 'int32', []] }));
    const init = b.subgraph('init');
    const x = b.input('i0', 'int32', []);
    b.op('CALL_ONCE', [], { out: [], options: callOnce(init.index) });
    const y = b.op('WHILE', [x], { out: ['loop_out', 'int32', []], options: whileOp(cond.index, body.index) });
    const p = b.input('p', 'bool', []);
    const thenG = b.subgraph('then');
    thenG.output(thenG.op('NEG', [thenG.input('ta', 'int32', [])], { out: ['tn', 'int32', []] }));
    const elseG = b.subgraph('else');
    elseG.output(elseG.op('ABS', [elseG.input('ea', 'int32', [])], { out: ['en', 'int32', []] }));
    b.output(b.op('IF', [p, y], { out: ['if_out', 'int32', []], options: ifOp(thenG.index, elseG.index) }));
    const m = readTflite(memoryInput('m.tflite', b.build()));
    expect(m.meta['subgraphs']).toBe(6);
    const [call, loop, branch] = m.graph.nodes;
    expect(call).toMatchObject({ op: 'Call', sourceOp: 'CALL_ONCE', name: 'CALL_ONCE_0' });
    expect(Object.keys(call?.subgraphs ?? {})).toEqual(['init']);
    expect(loop?.op).toBe('While');
    expect(loop?.subgraphs?.['cond']?.nodes.map((n) => n.op)).toEqual(['Less']);
    expect(loop?.subgraphs?.['body']?.nodes.map((n) => n.op)).toEqual(['Add']);
    expect(branch?.subgraphs?.['then_branch']?.nodes[0]?.op).toBe('Neg');
    expect(branch?.subgraphs?.['else_branch']?.nodes[0]?.op).toBe('Abs');
    expect(m.diagnostics.filter((d) => d.code === 'W_SUBGRAPH')).toHaveLength(3);
  });

  it('after a CALL_ONCE, a custom op still tells produced inputs from unwritten work areas', () => {
    // Regression: the set of produced tensors was shared state overwritten by the nested subgraph.
    const b = new TfliteBuilder();
    const x = b.input('x', 'int8', [1, 4]);
    const a = b.op('ADD', [x, x], { out: ['a', 'int8', [1, 4]] });
    const init = b.subgraph('init');
    b.op('CALL_ONCE', [], { out: [], options: callOnce(init.index) });
    const cms = b.constant('cms', 'uint8', [16]);
    const scratch = b.tensor('scratch', 'uint8', [64]);
    b.output(b.op('CUSTOM:ethos-u', [cms, scratch, a], { out: ['y', 'int8', [1, 4]] }));
    const m = readTflite(memoryInput('m.tflite', b.build()));
    const ethos = m.graph.nodes.find((n) => n.sourceOp === 'ethos-u');
    expect(ethos?.inputs).toEqual(['cms', 'a']);
    expect(ethos?.outputs).toEqual(['y', 'scratch']);
  });

  it('a custom op reading the graph input directly keeps it as an input: only unwritten, non-constant, non-input tensors are work areas', () => {
    const b = new TfliteBuilder();
    const x = b.input('x', 'int8', [1, 4]);
    const scratch = b.tensor('scratch', 'uint8', [64]);
    b.output(b.op('CUSTOM:ethos-u', [b.constant('cms', 'uint8', [16]), scratch, x], { out: ['y', 'int8', [1, 4]] }));
    const ethos = readTflite(memoryInput('m.tflite', b.build())).graph.nodes[0];
    expect([ethos?.inputs, ethos?.outputs]).toEqual([['cms', 'x'], ['y', 'scratch']]);
  });

  it('a subgraph that calls itself is E_MALFORMED', () => {
    const b = new TfliteBuilder();
    b.output(b.op('WHILE', [b.input('i', 'int32', [])], { out: ['o', 'int32', []], options: whileOp(0, 0) }));
    expect(() => readTflite(memoryInput('m.tflite', b.build()))).toThrow(expect.objectContaining({ code: 'E_MALFORMED', message: expect.stringContaining('calls itself') }));
  });

  it('custom operators keep their custom_code; ethos-u says the model is compiled for the NPU', () => {
    const b = new TfliteBuilder();
    const x = b.input('x', 'int8', [1, 96, 96, 1]);
    const cms = b.constant('cms', 'uint8', [64]);
    const flash = b.constant('flash', 'uint8', [256]);
    const scratch = b.tensor('scratch', 'uint8', [1024]);
    const y = b.op('CUSTOM:ethos-u', [cms, flash, scratch, x], { out: ['y', 'int8', [1, 2]] });
    b.output(b.op('CUSTOM:MyOp', [y], { out: ['z', 'int8', [1, 2]] }));
    const m = readTflite(memoryInput('m.tflite', b.build()));
    expect(m.graph.nodes.map((n) => [n.name, n.op, n.sourceOp, n.domain])).toEqual([['y', 'Custom', 'ethos-u', 'custom'], ['z', 'Custom', 'MyOp', 'custom']]);
    // Vela's scratch area: read by the op, written by nobody -> reserved as an extra output.
    expect(m.graph.nodes[0]?.outputs).toEqual(['y', 'scratch']);
    const msgs = m.diagnostics.map((d) => d.message);
    expect(msgs[0]).toMatch(/already compiled for Arm Ethos-U by Vela.*NPU.*command stream/);
    expect(msgs[1]).toMatch(/custom operator 'MyOp'/);
    const r = analyzeBuilt(b);
    expect(r.totals.macc).toBe(0);
    expect(r.totals.params).toBe(64 + 256);
  });

  it('unsupported builtins become Unknown with W_UNKNOWN_OP; node names are made unique', () => {
    const b = new TfliteBuilder();
    const x = b.input('x', 'float32', [4]);
    b.op('HASHTABLE_LOOKUP', [x], { out: ['t', 'float32', [4]] });
    b.output(b.op('RELU', ['t'], { out: ['u', 'float32', [4]] }));
    const m = readTflite(memoryInput('m.tflite', b.build()));
    expect(m.graph.nodes.map((n) => n.op)).toEqual(['Unknown', 'Relu']);
    expect(m.diagnostics[0]).toMatchObject({ code: 'W_UNKNOWN_OP', node: 't' });
  });

  it('hybrid (dynamic-range) models: int8 weights with float activations are stored dequantized (float32), as stedgeai does', () => {
    const b = new TfliteBuilder();
    const x = b.input('x', 'float32', [1, 16]);
    const w = b.constant('w', 'int8', [8, 16], { quant: { scale: [0.1], zeroPoint: [0] } });
    const bias = b.constant('b', 'float32', [8]);
    b.output(b.op('FULLY_CONNECTED', [x, w, bias], { out: ['y', 'float32', [1, 8]], options: fullyConnected() }));
    const r = analyzeBuilt(b);
    // in the file: 128 int8 + 8 float32 = 160 B; in ROM: 136 float32 = 544 B (METRICS.md "Parameters and weights")
    expect(r.totals).toMatchObject({ params: 136, paramsBytes: 128 + 32, weightsBytes: 136 * 4, quantParamsBytes: 0, macc: 136 });
  });
});
