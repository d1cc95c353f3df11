/**
 * The comment's tables as Markdown (src/diff/sections.ts): each table's header and alignment row
 * (numbers right-aligned, words left, the epochs centred), the rename note, the dash for a row
 * without epochs, and the moved-operator row with its reason and hint. The alignments are the
 * contract a reader's eye relies on: a wrong one still renders, so only these lines catch it.
 */
import { describe, expect, it } from 'vitest';
import { renderComment } from '../../src/diff/comment.js';
import { analyzeExample, layer, mapped } from './fixtures.js';

/**
 * The comment, rendered inside each test (not at load time: StrykerJS then counts the code it
 * runs as covered by every test, and reruns the whole file for each mutant).
 */
function render(): { md: string; lines: string[] } {
  const base = analyzeExample('kws_cnn_int8.onnx');
  const head = analyzeExample('kws_cnn_int8_v2.onnx');
  const b = mapped(base, [layer('conv1', 'Conv', { unit: 'HW' }), layer('fc', 'Gemm', { unit: 'HW' })],
    { epochs: { total: 3, hw: 3, sw: 0 }, pools: [{ name: 'npuRAM3', usedBytes: 1024, usableBytes: 4096 }] });
  const h = mapped(head, [layer('conv1', 'Conv', { unit: 'SW_INT', reasons: ['zero point 5'], hint: 'use symmetric' }), layer('fc', 'Gemm', { unit: 'HW' }), layer('new1', 'Relu', { unit: 'HW' })],
    { epochs: { total: 3, hw: 2, sw: 1 }, pools: [{ name: 'npuRAM3', usedBytes: 2048, usableBytes: 4096 }] });
  const md = renderComment({
    entries: [
      { path: 'm/a.onnx', target: 'n6', status: 'modified', base: b, head: h },
      { path: 'm/r.onnx', target: 'n6', status: 'renamed', oldPath: 'm/old.onnx', base, head: base },
    ],
    targets: ['n6'], key: 'k', analyzerVersion: '1', baseSha: 'b',
  }).markdown;
  return { md, lines: md.split('\n') };
}

describe('table headers and alignments', () => {
  it.each([
    ['| Model | Target | Weights (Flash) | Activations | RAM total | MACC | Latency (est.) | Epochs HW / SW |', '| :- | :- | -: | -: | -: | -: | -: | :-: |'],
    ['| Model | Target | Budget | Used / limit | Usage |', '| :- | :- | :- | -: | :- |'],
    ['| Layer | Op | Output (RAM) | MACC | Weights |', '| :- | :- | -: | -: | -: |'],
    ['| Layer | Op | Unit | Reason | Fix hint |', '| :- | :- | :- | :- | :- |'],
    ['| Op | Base | Head | |', '| :- | -: | -: | :- |'],
    ['| Pool | Used | Usable |', '| :- | -: | -: |'],
  ])('%s', (header, align) => {
    const { lines } = render();
    expect(lines).toContain(header);
    // The line after the header: the table's alignment row.
    expect(lines[lines.indexOf(header) + 1]).toBe(align);
  });
});

describe('rows', () => {
  it('a rename says where from; a report without epochs shows a dash in the epochs column', () => {
    const { lines } = render();
    expect(lines.find((l) => l.startsWith('| m/r.onnx (renamed from m/old.onnx) · unchanged | n6 |'))?.endsWith(' | – |')).toBe(true);
  });

  it('the moved operator: layer, op, units with the warning mark, reason and hint', () => {
    const { md, lines } = render();
    expect(lines).toContain('| conv1 | Conv | HW → SW\\_INT ⚠️ | zero point 5 | use symmetric |');
    expect(lines).toContain('| Relu | 0 | 1 | new |');
    expect(lines).toContain('| npuRAM3 | 2.0 KiB (+1.0 KiB, +100%) 🔴 | 4.0 KiB |');
    expect(md).toContain('**Memory pools**\n\n| Pool | Used | Usable |');
    expect(md).toContain('**Why RAM changed**\n\n- peak still at dw0:');
  });
});
