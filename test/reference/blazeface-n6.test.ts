/**
 * Issue 12's oracle: ST Edge AI Core 2.2 compiled BlazeFace (MediaPipe's front model, int8) for
 * the STM32N6 (BA-EmbeddedAI, tools/reference-sources.json). Its c_info.json holds the epoch
 * table; the expected counts below are read from it, not written here. Our epochs for the .tflite
 * and for ST's own optimized ONNX (`_OE_3_3_0.onnx`, whose operator names the c_info.json uses)
 * must give its epoch count and software-epoch count within 10%, and the per-epoch operator lists
 * are compared: the same operators run in software, every convolution runs on the NPU.
 */
import { describe, expect, it } from 'vitest';
import { analyzeModel } from '../../src/analyze.js';
import { fileModelInput } from '../../src/node/file-source.js';
import type { Report } from '../../src/report/index.js';
import { HAS_REFERENCE, referenceFile } from '../helpers/reference.js';
import { stBaseName, stEpochs, type StEpoch } from '../helpers/c-info.js';

type OurEpoch = NonNullable<Report['epochs']>['list'][number];

function ours(name: string): OurEpoch[] {
  const r = analyzeModel(fileModelInput(referenceFile(name)), { target: 'stm32n6' });
  return r.epochs?.list ?? [];
}

const within10 = (got: number, want: number) => Math.abs(got - want) / want;

function counts<T>(xs: T[]): Map<T, number> {
  const m = new Map<T, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
}

describe.skipIf(!HAS_REFERENCE)('BlazeFace on stm32n6 against ST Edge AI Core 2.2 (c_info.json)', () => {
  const st: StEpoch[] = HAS_REFERENCE ? stEpochs(referenceFile('ba-embeddedai/network_c_info.json')) : [];
  const stSw = st.filter((e) => e.unit === 'SW');

  it('the oracle is the published 85 epochs, 27 in software, each SW epoch one operator', () => {
    expect([st.length, stSw.length]).toEqual([85, 27]);
    expect(stSw.every((e) => e.nodes.length === 1)).toBe(true);
  });

  describe.each([['ba-embeddedai/blazeface.tflite'], ['ba-embeddedai/blazeface_OE_3_3_0.onnx']])('%s', (file) => {
    const list = HAS_REFERENCE ? ours(file) : [];
    const sw = list.filter((e) => e.unit !== 'HW');

    it('epoch count and software-epoch count within 10% of the compiler\'s', () => {
      expect(within10(list.length, st.length)).toBeLessThanOrEqual(0.1);
      expect(within10(sw.length, stSw.length)).toBeLessThanOrEqual(0.1);
      expect(list.some((e) => e.unit === 'unsupported')).toBe(false);
    });

    it('the software epochs run the same operators: 22 channel-pad Transposes, the input Quantize, the four output Dequantizes', () => {
      expect(counts(sw.map((e) => e.ops.join('+')))).toEqual(counts(stSw.map((e) => e.kinds.join('+'))));
      // Every inserted or file Transpose in software is there for channel padding, with the rule that sends it there.
      for (const e of sw.filter((x) => x.ops[0] === 'Transpose')) expect(e.reasons.map((r) => r.rule)).toContain('transpose-innermost');
    });

    it('every convolution runs on the NPU, as in the compilation', () => {
      const stConvs = new Set(st.flatMap((e) => e.nodes.filter((n, i) => e.kinds[i] === 'Conv' && /^Conv2D_\d+$/.test(stBaseName(n))).map(stBaseName)));
      const convs = list.flatMap((e) => e.ops.map((op, i) => [op, e.unit, e.nodes[i]] as const)).filter(([op]) => op === 'Conv');
      expect(convs).toHaveLength(stConvs.size);
      expect(convs.filter(([, unit]) => unit !== 'HW')).toEqual([]);
    });
  });

  it('ST\'s optimized ONNX: the software epochs are the very operators the compiler put in software, in its order up to the four heads', () => {
    const sw = ours('ba-embeddedai/blazeface_OE_3_3_0.onnx').filter((e) => e.unit !== 'HW').map((e) => e.nodes[0]);
    const want = stSw.map((e) => e.nodes[0]);
    expect(new Set(sw)).toEqual(new Set(want));
    // The body (input Quantize, 21 channel-pad Transposes) comes in the same order; ST schedules the heads' Dequantizes among the last Transposes.
    expect(sw.slice(0, 22)).toEqual(want.slice(0, 22));
  });

  it('ST\'s optimized ONNX: each HW epoch of ours holds only operators the compiler ran on the NPU', () => {
    const stHw = new Set(st.filter((e) => e.unit === 'HW').flatMap((e) => e.nodes.map(stBaseName)));
    const hwNodes = ours('ba-embeddedai/blazeface_OE_3_3_0.onnx').filter((e) => e.unit === 'HW').flatMap((e) => e.nodes);
    // ST folds the spatial Pads, Relus and Reshapes into other operators' names; those it lists must be HW there.
    const listed = hwNodes.filter((n) => /^(Conv2D|Add|MaxPool|Transpose|Pad)_\d+$/.test(n) && [...stHw].some((s) => s === n));
    expect(listed.length).toBeGreaterThan(60);
    expect(hwNodes.filter((n) => /^(Conv2D|Add|MaxPool)_\d+$/.test(n) && !stHw.has(n))).toEqual([]);
  });
});
