/**
 * The overlap rules run for real: a kernel that reads and writes one arena element by element,
 * with its output placed `lead` bytes below its input (memory/streaming.ts), must compute what it
 * computes with separate buffers. Random geometries (seeded); and with no lead at all, some of
 * them must go wrong, or the simulation would prove nothing.
 */
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { overlapRules } from '../../src/memory/streaming.js';
import { prng } from '../helpers/prng.js';

interface Kernel {
  inBytes: number;
  outBytes: number;
  lead: number;
  /** Runs the kernel: `read(i)` reads input byte i, `write(o, v)` writes output byte o; in execution order. */
  run(read: (i: number) => number, write: (o: number, v: number) => void): void;
}

/** Runs `k` with separate buffers and with the output `lead` bytes below the input in one arena. */
function agrees(k: Kernel, input: Uint8Array, lead: number): boolean {
  const separate = new Uint8Array(k.outBytes);
  k.run((i) => input[i] ?? 0, (o, v) => { separate[o] = v; });
  const base = lead; // input at `lead`, output at 0
  const arena = new Uint8Array(Math.max(base + k.inBytes, k.outBytes));
  arena.set(input, base);
  k.run((i) => arena[base + i] ?? 0, (o, v) => { arena[o] = v; });
  return separate.every((v, i) => arena[i] === v);
}

function leadOf(b: GraphBuilder, node: string): number {
  return overlapRules(b.graph, new Map(), 1).find((r) => r.node === node)?.lead ?? Infinity;
}

/** Depthwise k x 1 conv over H rows of C int8 channels: out(r, c) = sum_t (t + 1) in(r s - top + t, c). */
function window(rnd: () => number): Kernel {
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const [c, k, s] = [int(1, 6), int(1, 5), int(1, 3)];
  const h = int(k, 24);
  const [top, bottom] = [int(0, k - 1), int(0, k - 1)];
  const hout = Math.floor((h + top + bottom - k) / s) + 1;
  const b = new GraphBuilder();
  const x = b.input('x', 'int8', [1, h, 1, c]);
  b.node('Conv', [x, b.constant('w', 'int8', [1, k, 1, c])], { layout: 'NHWC', weight_layout: 'IHWO', strides: [s, 1], pads: [top, 0, bottom, 0] }, { name: 'dw', outShapes: [[1, hout, 1, c]], outDType: 'int8' });
  return {
    inBytes: h * c, outBytes: hout * c, lead: leadOf(b, 'dw'),
    run(read, write) {
      for (let r = 0; r < hout; r++) {
        for (let ch = 0; ch < c; ch++) {
          let sum = 0;
          for (let t = 0; t < k; t++) {
            const row = r * s - top + t;
            if (row >= 0 && row < h) sum += (t + 1) * read(row * c + ch);
          }
          write(r * c + ch, sum & 0xff);
        }
      }
    },
  };
}

/** Pad of H (top, bottom) and W (left, right) on an H x W x C int8 tensor, element by element. */
function pad(rnd: () => number): Kernel {
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const [h, w, c] = [int(1, 12), int(1, 6), int(1, 4)];
  const [top, bottom, left, right] = [int(0, 3), int(0, 3), int(0, 2), int(0, 2)];
  const [ho, wo] = [h + top + bottom, w + left + right];
  const b = new GraphBuilder();
  const x = b.input('x', 'int8', [1, h, w, c]);
  b.node('Pad', [x, b.values('pads', 'int64', [0, top, left, 0, 0, bottom, right, 0])], {}, { name: 'pad', outShapes: [[1, ho, wo, c]], outDType: 'int8' });
  return {
    inBytes: h * w * c, outBytes: ho * wo * c, lead: leadOf(b, 'pad'),
    run(read, write) {
      for (let r = 0; r < ho; r++) {
        for (let j = 0; j < wo; j++) {
          for (let ch = 0; ch < c; ch++) {
            const [ri, ji] = [r - top, j - left];
            const v = ri >= 0 && ri < h && ji >= 0 && ji < w ? read((ri * w + ji) * c + ch) : 0;
            write((r * wo + j) * c + ch, v);
          }
        }
      }
    },
  };
}

/** int8 -> int32 element-wise (a dequantization widening each element to 4 bytes). */
function widen(rnd: () => number): Kernel {
  const n = 1 + Math.floor(rnd() * 40);
  const b = new GraphBuilder();
  const x = b.input('x', 'int8', [n]);
  b.node('Cast', [x], { to: 'int32' }, { name: 'cast', outShapes: [[n]], outDType: 'int32' });
  return {
    inBytes: n, outBytes: 4 * n, lead: leadOf(b, 'cast'),
    run(read, write) {
      for (let i = 0; i < n; i++) {
        const v = read(i);
        for (let k = 0; k < 4; k++) write(4 * i + k, (v * (k + 3)) & 0xff);
      }
    },
  };
}

describe('overlap leads, simulated byte by byte', () => {
  for (const [name, make] of [['sliding window', window], ['pad', pad], ['int8 -> int32', widen]] as const) {
    it(`${name}: 300 random geometries give the separate-buffer result at their lead; with no lead some do not`, () => {
      const rnd = prng(name.length * 7717);
      let wrongWithoutLead = 0;
      let ruled = 0;
      for (let i = 0; i < 300; i++) {
        const k = make(rnd);
        // no rule when the lead would reach the output's size (nothing to gain)
        if (!Number.isFinite(k.lead)) continue;
        ruled++;
        const input = Uint8Array.from({ length: k.inBytes }, () => Math.floor(rnd() * 256));
        expect(agrees(k, input, k.lead), `case ${i}: lead ${k.lead}`).toBe(true);
        if (!agrees(k, input, 0)) wrongWithoutLead++;
      }
      expect(ruled).toBeGreaterThan(150);
      expect(wrongWithoutLead).toBeGreaterThan(30);
    });
  }
});
