#!/usr/bin/env tsx
/**
 * Builds the bundled example models in examples/kws/ with the project's own ONNX builder:
 * a small DS-CNN keyword-spotting network (49x10 MFCC in, 12 classes out), as float ONNX and as
 * QDQ int8 ONNX, and a changed int8 version (wider, one more block) to show a diff.
 * Weights are deterministic pseudo-random values, so the files are reproducible byte for byte.
 * Usage: tsx tools/build-examples.ts [--check]   (--check fails when a committed file differs)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OnnxBuilder } from '../test/builders/onnx.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'examples', 'kws');

export interface KwsSpec {
  /** Channels of every conv layer. */
  channels: number;
  /** Depthwise-separable blocks after the first conv. */
  blocks: number;
  int8: boolean;
}

/** Deterministic values in [-amp, amp) (a linear congruential generator). */
function values(count: number, seed: number, amp: number, integer = false): number[] {
  let s = seed >>> 0;
  const out = new Array<number>(count);
  for (let i = 0; i < count; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const v = ((s / 2 ** 32) * 2 - 1) * amp;
    out[i] = integer ? Math.round(v) : Math.fround(v);
  }
  return out;
}

/** The DS-CNN of the MLPerf Tiny KWS benchmark, shrunk: conv 10x4/2, N x (dw 3x3, pw 1x1), pool, fc. */
export function buildKws(spec: KwsSpec): Uint8Array {
  const { channels: c, blocks, int8 } = spec;
  const b = new OnnxBuilder({ opset: 13, producer: 'model-footprint examples', graphName: 'kws_cnn' });
  let seed = 1;
  // Activation scale/zero point shared by every int8 activation (per-tensor, asymmetric int8).
  const act = (x: string) => (int8 ? b.qdq(x, 0.05, -128, 'int8') : x);
  const weight = (name: string, dims: number[]) => {
    const n = dims.reduce((a, d) => a * d, 1);
    if (!int8) return b.initializer(name, 'float32', dims, { values: values(n, seed++, 0.5) });
    const scales = values(dims[0] as number, seed++, 0.004).map((s) => Math.fround(Math.abs(s) + 0.001));
    return b.dequantizedWeight(name, dims, scales, { values: values(n, seed++, 127, true), axis: 0 });
  };
  const bias = (name: string, n: number) => {
    if (!int8) return b.initializer(name, 'float32', [n], { values: values(n, seed++, 0.1) });
    const q = b.initializer(name, 'int32', [n], { values: values(n, seed++, 2000, true) });
    const s = b.initializer(`${name}_scale`, 'float32', [n], { values: values(n, seed++, 0.0002).map((v) => Math.fround(Math.abs(v) + 1e-5)) });
    return b.node('DequantizeLinear', [q, s], { axis: 0 }, { name: `${name}_dq` });
  };
  const conv = (name: string, x: string, cout: number, cin: number, k: [number, number], attrs: Record<string, number[] | number>) => {
    const w = weight(`${name}_w`, [cout, cin / ((attrs.group as number | undefined) ?? 1), ...k]);
    const y = b.node('Conv', [x, w, bias(`${name}_b`, cout)], { kernel_shape: k, ...attrs }, { name });
    return act(b.node('Relu', [y], {}, { name: `${name}_relu` }));
  };
  let x = act(b.input('input', 'float32', [1, 1, 49, 10]));
  x = conv('conv0', x, c, 1, [10, 4], { strides: [2, 2], pads: [4, 1, 5, 2] }); // -> 25 x 5
  for (let i = 0; i < blocks; i++) {
    x = conv(`dw${i}`, x, c, c, [3, 3], { pads: [1, 1, 1, 1], group: c });
    x = conv(`pw${i}`, x, c, c, [1, 1], {});
  }
  x = act(b.node('AveragePool', [x], { kernel_shape: [25, 5] }, { name: 'pool' }));
  x = b.node('Flatten', [x], { axis: 1 }, { name: 'flatten' });
  const logits = b.node('Gemm', [x, weight('fc_w', [12, c]), bias('fc_b', 12)], { transB: 1 }, { name: 'fc' });
  const probs = b.node('Softmax', [act(logits)], { axis: -1 }, { name: 'softmax' });
  b.output(probs, 'float32', [1, 12]);
  return b.build();
}

export const EXAMPLES: Record<string, KwsSpec> = {
  'kws_cnn_float.onnx': { channels: 64, blocks: 2, int8: false },
  'kws_cnn_int8.onnx': { channels: 64, blocks: 2, int8: true },
  'kws_cnn_int8_v2.onnx': { channels: 96, blocks: 3, int8: true },
};

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  let stale = 0;
  mkdirSync(outDir, { recursive: true });
  for (const [file, spec] of Object.entries(EXAMPLES)) {
    const bytes = buildKws(spec);
    const path = join(outDir, file);
    if (check) {
      if (!existsSync(path) || !Buffer.from(bytes).equals(readFileSync(path))) {
        console.error(`stale example: examples/kws/${file} (run: npx tsx tools/build-examples.ts)`);
        stale++;
      }
    } else {
      writeFileSync(path, bytes);
      console.log(`wrote examples/kws/${file} (${bytes.length} bytes)`);
    }
  }
  process.exit(stale ? 1 : 0);
}
