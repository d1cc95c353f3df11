/**
 * ST Edge AI Core's activation layouts (test/reference/st-layouts.json, written by
 * tools/st-layouts/extract.py from public projects' c_info.json) as placement requests: each
 * buffer's size rounded up to ST's 4-byte alignment and its lifetime in ST's epochs, and the
 * overlaps ST's own layout made (two buffers alive at a common epoch sharing bytes: the later
 * one is the output, allowed to start `lead` = input offset - output offset bytes below it).
 */
import { readFileSync } from 'node:fs';
import { indexAllowances, type AllowedPair, type Allowances } from '../../src/memory/place.js';
import type { BufferRequest } from '../../src/memory/types.js';
import { alignUp } from '../../src/metrics/weights.js';

export interface StLayout {
  source: { repo: string; commit: string; path: string };
  tool: string;
  optimization: string;
  arena: number;
  /** [size, first epoch, last epoch, offset, 1 for a kernel scratch area] */
  buffers: [number, number, number, number, number][];
}

export function stLayouts(): StLayout[] {
  const url = new URL('../reference/st-layouts.json', import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { layouts: StLayout[] }).layouts;
}

export function layoutRequests(l: StLayout): { requests: BufferRequest[]; allowances: Allowances } {
  const requests = l.buffers.map(([size, first, last, , scratch], i): BufferRequest => ({ tensor: `b${i}`, kind: scratch ? 'scratch' : 'activation', size: alignUp(size, 4), firstStep: first, lastStep: last }));
  const pairs: AllowedPair[] = [];
  l.buffers.forEach(([sa, fa, la, oa], i) => {
    l.buffers.forEach(([sb, fb, lb, ob], j) => {
      if (j <= i || fa > lb || fb > la || oa >= ob + sb || ob >= oa + sa) return;
      const [input, output] = fa <= fb ? [i, j] : [j, i];
      const lead = Math.max(0, (input === i ? oa : ob) - (output === i ? oa : ob));
      pairs.push({ a: input, b: output, rule: { lead } });
    });
  });
  return { requests, allowances: indexAllowances(requests.length, pairs) };
}
