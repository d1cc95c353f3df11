/**
 * The `<details>` block of one model (src/diff/sections.ts modelDetails), rendered in full from a
 * base and a head built by hand: operators that moved between HW and SW (with the reasons and the
 * fix), operator counts, memory pools and the I/O signature. Each expected row is read off the
 * two reports below.
 */
import { describe, expect, it } from 'vitest';
import { diffReports } from '../../src/diff/index.js';
import { modelDetails } from '../../src/diff/sections.js';
import type { ReportIO } from '../../src/report/types.js';
import { analyzeExample, layer, mapped } from './fixtures.js';

const io = (name: string, dtype: string, shape: number[], scale = 0.5): ReportIO => ({ name, dtype, shape, bytes: shape.reduce((a, b) => a * b, 1), quant: { scale, zeroPoint: 0 }, location: 'activations' });

describe('modelDetails', () => {
  const base0 = analyzeExample('kws_cnn_int8.onnx');
  const base = mapped(base0, [
    layer('conv1', 'Conv', { unit: 'HW' }),
    layer('relu1', 'Relu', { unit: 'HW' }),
    layer('mp', 'MaxPool', { unit: 'SW_FLOAT' }),
    layer('sm', 'Softmax', { unit: 'SW_FLOAT' }),
  ], {
    pools: [{ name: 'npuRAM3', usedBytes: 1000, usableBytes: 4096 }, { name: 'cpuRAM', usedBytes: 10, usableBytes: 64 }],
    inputs: [io('x', 'int8', [1, 49, 10, 1])],
    outputs: [io('y', 'int8', [1, 12])],
  });
  const head = mapped(analyzeExample('kws_cnn_int8_v2.onnx'), [
    layer('conv1', 'Conv', { unit: 'SW_INT', reasons: [{ message: "Conv 'conv1': stride 5 > 3", hint: 'use a stride of 3 or less' }] }),
    layer('relu1', 'Relu', { unit: 'HW' }),
    layer('relu2', 'Relu', { unit: 'HW' }),
    layer('mp', 'MaxPool', { unit: 'HW' }),
    layer('add1', 'Add', { unit: 'SW_INT', reasons: ["Add 'add1': not listed"] }),
  ], {
    pools: [{ name: 'npuRAM3', usedBytes: 1500, usableBytes: 4096 }, { name: 'hyperRAM', usedBytes: 200 }, { name: 'cpuRAM', usedBytes: 10, usableBytes: 64 }],
    inputs: [io('x', 'uint8', [1, 49, 10, 1])],
    outputs: [io('y', 'int8', [1, 12]), io('z|a', 'float32', [1, 2], 1)],
  });
  // rendered inside each test, so that a mutation tester's per-test coverage sees the diff code run
  const render = (): string => modelDetails({ entry: { path: 'models/a<b>.onnx', target: 'stm32n6', status: 'modified', base, head }, diff: diffReports(base, head) }, false, 5);

  it('lists the moves: HW -> SW with its reason (escaped) and fix, SW -> HW, a new layer landing in SW; not a new layer in HW', () => {
    expect(render()).toContain([
      '**Operators that moved between HW and SW**',
      '',
      '| Layer | Op | Unit | Reason | Fix hint |',
      '| :- | :- | :- | :- | :- |',
      "| conv1 | Conv | HW → SW\\_INT ⚠️ | Conv 'conv1': stride 5 &gt; 3 | use a stride of 3 or less |",
      '| mp | MaxPool | SW\\_FLOAT → HW ✅ | – | – |',
      "| add1 | Add | new → SW\\_INT ⚠️ | Add 'add1': not listed | – |",
    ].join('\n'));
  });

  it('counts the operator types that changed: new, removed, and a signed delta', () => {
    expect(render()).toContain([
      '**Operator types**',
      '',
      '| Op | Base | Head | |',
      '| :- | -: | -: | :- |',
      '| Add | 0 | 1 | new |',
      '| Relu | 1 | 2 | +1 |',
      '| Softmax | 1 | 0 | removed |',
    ].join('\n'));
  });

  it('shows the pools whose use changed (an unbounded one says so), not the unchanged one', () => {
    expect(render()).toContain('**Memory pools**');
    expect(render()).toContain('| npuRAM3 | 1.5 KiB (+500 B, +50%) 🔴 | 4.0 KiB |');
    expect(render()).toContain('| hyperRAM | 200 B | unbounded |');
    expect(render()).not.toContain('cpuRAM');
  });

  it('the I/O signature: a changed dtype, an added output; hostile names escaped', () => {
    expect(render()).toContain([
      '**I/O signature changed**',
      '',
      '| | # | Base | Head | Changed |',
      '| :- | -: | :- | :- | :- |',
      '| input | 0 | x: int8\\[1x49x10x1\\] q(0.5000, 0) | x: uint8\\[1x49x10x1\\] q(0.5000, 0) | dtype |',
      '| output | 1 | – | z\\|a: float32\\[1x2\\] q(1.000, 0) | added |',
    ].join('\n'));
  });

  it('the summary names the model and target, HTML-escaped, with the three deltas', () => {
    const text = render();
    const first = text.split('\n')[0] ?? '';
    expect(first.startsWith('<details><summary>models/a&lt;b&gt;.onnx · stm32n6: RAM ')).toBe(true);
    const [b, h] = [analyzeExample('kws_cnn_int8.onnx').totals, analyzeExample('kws_cnn_int8_v2.onnx').totals];
    // the examples' weights grow by 23,968 B and MACC by 2,776,736 (test/diff/compare.test.ts)
    expect([h.weightsBytes - b.weightsBytes, h.macc - b.macc]).toEqual([23_968, 2_776_736]);
    // 23,968 B = 23.4 KiB, 2,776,736 = 2.78 M; RAM: the two peaks differ by 9,184 B (compare.test.ts), 9.0 KiB
    expect(first).toMatch(/: RAM \+9\.0 KiB, Flash \+23\.4 KiB, MACC \+2\.78 M<\/summary>$/);
    expect(text.endsWith('</details>')).toBe(true);
  });

  it('the whole block: each table followed by a blank line, the summary line first', () => {
    const text = render();
    const [b, h] = [analyzeExample('kws_cnn_int8.onnx').totals, analyzeExample('kws_cnn_int8_v2.onnx').totals];
    const first = text.split('\n')[0] ?? '';
    expect(first).toBe('<details><summary>models/a&lt;b&gt;.onnx · stm32n6: RAM +9.0 KiB, Flash +23.4 KiB, MACC +2.78 M</summary>');
    expect(h.macc - b.macc).toBe(2_776_736);
    // the blocks in order, as the tests above give them, separated by blank lines
    const blocks = text.split('\n\n');
    expect(blocks.map((x) => x.split('\n')[0])).toEqual([
      // the peaks of the two examples, 18,372 B and 27,556 B at the depthwise layer (compare.test.ts)
      first, '**Why RAM changed**', '- peak still at dw0: 17.9 KiB → 26.9 KiB',
      '**Operators that moved between HW and SW**', '| Layer | Op | Unit | Reason | Fix hint |',
      '**Operator types**', '| Op | Base | Head | |',
      '**Memory pools**', '| Pool | Used | Usable |',
      '**I/O signature changed**', '| | # | Base | Head | Changed |',
      '</details>',
    ]);
  });

  it('without known deltas the summary says so', () => {
    const text = modelDetails({ entry: { path: 'm.onnx', target: 't', status: 'modified', base, head }, diff: diffReports(base, head) }, false, 5, false);
    expect(text.split('\n')[0]).toBe('<details><summary>m.onnx · t: base unknown, no deltas</summary>');
  });

  it('nothing to explain: an empty string', () => {
    const same = diffReports(base, base);
    expect(modelDetails({ entry: { path: 'a', target: 't', status: 'modified', base, head: base }, diff: same }, true, 5)).toBe('');
  });

  it('the per-layer detail: changed layers ranked, capped at top N, an op and shape/dtype change spelled out; new and removed layers', () => {
    const b = mapped(base0, [layer('conv1', 'Conv'), layer('relu1', 'Relu'), layer('sm', 'Softmax', { macc: 40, weightsBytes: 0, outputShape: [1, 10] })]);
    const h = mapped(base0, [
      layer('conv1', 'DepthwiseConv', { outputShape: [1, 8, 8, 32], dtype: 'int16', macc: 3000, weightsBytes: 400 }),
      layer('relu1', 'Relu', { macc: 1200 }),
      layer('add1', 'Add', { macc: 512, weightsBytes: 0 }),
      layer('add2', 'Add', { macc: 256, weightsBytes: 0, outputShape: [1, 4] }),
    ]);
    const out = modelDetails({ entry: { path: 'm.onnx', target: 'stm32h7', status: 'modified', base: b, head: h }, diff: diffReports(b, h) }, true, 1);
    // conv1: 1x8x8x16 int8 (1,024 B) -> 1x8x8x32 int16 (4,096 B); MACC 1,000 -> 3,000; weights 100 -> 400 B.
    // relu1 changes too (MACC 1,000 -> 1,200), so conv1 is the top 1 of 2. New: add1 (1,024 B) before add2 (4 B).
    expect(out).toContain([
      '**Layers explaining the change** (top 1 of 2, by Δ RAM / Δ MACC)',
      '',
      '| Layer | Op | Output shape | Output (RAM) | MACC | Weights |',
      '| :- | :- | :- | -: | -: | -: |',
      '| conv1 | Conv → DepthwiseConv | 1x8x8x16 int8 → 1x8x8x32 int16 | 4.0 KiB (+3.0 KiB, +300%) 🔴 | 3000 (+2000, +200%) 🔴 | 400 B (+300 B, +300%) 🔴 |',
      '',
      '**New layers** (top 1 of 2)',
      '',
      '| Layer | Op | Output (RAM) | MACC | Weights |',
      '| :- | :- | -: | -: | -: |',
      '| add1 | Add | 1.0 KiB | 512 | 0 B |',
      '',
      '**Removed layers** (1)',
      '',
      '| Layer | Op | Output (RAM) | MACC | Weights |',
      '| :- | :- | -: | -: | -: |',
      '| sm | Softmax | 10 B | 40 | 0 B |',
    ].join('\n'));
    // without the per-layer detail, only the operator counts remain
    const brief = modelDetails({ entry: { path: 'm.onnx', target: 'stm32h7', status: 'modified', base: b, head: h }, diff: diffReports(b, h) }, false, 1);
    expect(brief).not.toContain('**Layers explaining the change**');
    expect(brief).toContain('| DepthwiseConv | 0 | 1 | new |');
  });
});

describe('modelDetails at its edges', () => {
  const base0 = analyzeExample('kws_cnn_int8.onnx');
  const render = (b: ReturnType<typeof mapped>, h: ReturnType<typeof mapped>, topN = 5): string =>
    modelDetails({ entry: { path: 'm.onnx', target: 't', status: 'modified', base: b, head: h }, diff: diffReports(b, h) }, true, topN);

  it('an I/O of unknown shape and without quantization; a shape change with the same type names no type', () => {
    const plain = (shape: number[] | null): ReportIO => ({ name: 'x', dtype: 'float32', shape, bytes: 0, location: 'activations' } as unknown as ReportIO);
    const b = mapped(base0, [layer('c', 'Conv', { outputShape: [1, 8] })], { inputs: [plain([1, 4])] });
    const h = mapped(base0, [layer('c', 'Conv', { outputShape: [1, 16] })], { inputs: [plain(null)] });
    const text = render(b, h);
    expect(text).toContain('| input | 0 | x: float32\\[1x4\\] | x: float32\\[?\\] | shape |');
    // every changed layer shown (1 of 1): counted plainly
    expect(text).toContain('**Layers explaining the change** (1, by Δ RAM / Δ MACC)');
    expect(text).toContain('| c | Conv | 1x8 → 1x16 |');
  });

  it('a move between two SW kinds has no mark; several reasons are joined by line breaks; two changed I/O fields are listed', () => {
    const io2 = (name: string, shape: number[]): ReportIO => ({ name, dtype: 'int8', shape, bytes: 0, location: 'activations' } as unknown as ReportIO);
    const b = mapped(base0, [layer('c', 'Conv', { unit: 'SW_INT' })], { inputs: [io2('x', [1, 4])] });
    const h = mapped(base0, [layer('c', 'Conv', { unit: 'SW_FLOAT', reasons: ['r1', 'r2'] })], { inputs: [io2('y', [1, 8])] });
    const text = render(b, h);
    expect(text).toContain('| c | Conv | SW\\_INT → SW\\_FLOAT | r1<br>r2 | – |');
    expect(text).toContain('| input | 0 | x: int8\\[1x4\\] | y: int8\\[1x8\\] | name, shape |');
  });

  it('a layer without a unit in the base that lands in SW: its old unit shown as ?', () => {
    const b = mapped(base0, [layer('c', 'Conv')]);
    const h = mapped(base0, [layer('c', 'Conv', { unit: 'SW_INT' })]);
    expect(render(b, h)).toContain('| c | Conv | ? → SW\\_INT | – | – |');
  });

  it('a layer whose output shape is unknown on one side', () => {
    const b = mapped(base0, [layer('c', 'Conv', { outputShape: null as unknown as number[] })]);
    const h = mapped(base0, [layer('c', 'Conv', { outputShape: [1, 16] })]);
    expect(render(b, h)).toContain('| c | Conv | ? → 1x16 |');
  });

  it("a name on both the new and the removed list gets the end of the file's name; a name on one list does not", () => {
    // stedgeai names TFLite layers by position: conv2d_1 is the second layer of either file, told
    // apart by the file's names (40 characters of their end shown)
    const oldConv = 'model/sequential/block_a/conv2d/Conv2D;model/sequential/block_a/relu/Relu';
    const newConv = 'model/sequential/block_b/conv2d_7/Conv2D';
    const b = mapped(base0, [layer('conv2d_1', 'Conv', { originalName: oldConv }), layer('pool_2', 'MaxPool', { originalName: 'p' })]);
    const h = mapped(base0, [layer('conv2d_1', 'Conv', { originalName: newConv }), layer('pool_2', 'MaxPool', { originalName: 'p' }), layer('gemm_3', 'Gemm', { originalName: 'model/dense/MatMul' })]);
    const out = modelDetails({ entry: { path: 'm.tflite', target: 'stm32h7', status: 'modified', base: b, head: h }, diff: diffReports(b, h) }, true, 5);
    expect([newConv.length, oldConv.length]).toEqual([40, 73]); // the first shown whole, the second clipped to '…' + its last 39
    expect(out).toContain(`| conv2d\\_1 (${newConv.replace(/_/g, '\\_')}) | Conv |`);
    expect(out).toContain(`| conv2d\\_1 (…${oldConv.slice(-39).replace(/_/g, '\\_')}) | Conv |`);
    expect(out).toContain('| gemm\\_3 | Gemm |');
    expect(out).not.toContain('pool\\_2');
  });

  it("a name on both lists whose file name is unknown on one side (a report without them) is shown plainly there", () => {
    const b = mapped(base0, [layer('conv2d_1', 'Conv')]);
    const h = mapped(base0, [layer('conv2d_1', 'Conv', { originalName: 'model/c/Conv2D' })]);
    const out = modelDetails({ entry: { path: 'm.tflite', target: 'stm32h7', status: 'modified', base: b, head: h }, diff: diffReports(b, h) }, true, 5);
    expect(out).toContain('| conv2d\\_1 (model/c/Conv2D) | Conv |');
    expect(out).toContain('| conv2d\\_1 | Conv |');
  });
});
