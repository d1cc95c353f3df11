/**
 * bench/gc-trace.ts reads V8's --trace-gc lines. The lines below are three of each of two runs of
 * the CLI on the 100k-node chain (Node 20.20, Node 24.22), copied as printed; the expected figures
 * are read off them by eye.
 */
import { describe, expect, it } from 'vitest';
import { readHeapTrace } from '../../bench/gc-trace.js';

const NODE20 = [
  '[15927:0x1ed8e090]      221 ms: Mark-Compact 24.8 (53.5) -> 19.3 (52.7) MB, 7.87 / 0.00 ms  (+ 2.8 ms in 35 steps since start of marking, biggest step 0.2 ms, walltime since start of marking 13 ms) (average mu = 1.000, current mu = 1.000) finalize incremental marking via stack guard; GC in old space requested',
  '[15927:0x1ed8e090]     2375 ms: Scavenge 318.2 (339.3) -> 301.1 (335.6) MB, 3.88 / 0.00 ms  (average mu = 0.859, current mu = 0.859) allocation failure; ',
  // the JSON report on stdout runs into the next line
  '      "name": "conv1",[15927:0x1ed8e090]     2524 ms: Mark-Compact 322.5 (358.3) -> 125.4 (220.5) MB, 85.65 / 0.00 ms  (+ 4.3 ms in 17 steps since start of marking, biggest step 2.8 ms, walltime since start of marking 102 ms) (average mu = 0.937, current mu = 0.953) finalize incremental marking via stack guard; GC in old space requested',
].join('\n');

const NODE24 = [
  '[14328:0x1e832000]       35 ms: Scavenge 5.4 (6.6) -> 4.9 (7.6) MB, pooled: 0 MB, 0.66 / 0.00 ms  (average mu = 1.000, current mu = 1.000) allocation failure; ',
  '[14328:0x1e832000]      205 ms: Scavenge (interleaved) 43.0 (60.1) -> 29.6 (60.1) MB, pooled: 0 MB, 2.46 / 0.00 ms  (average mu = 0.937, current mu = 0.937) allocation failure; ',
  '[14328:0x1e832000]      950 ms: Mark-Compact 143.0 (254.4) -> 90.1 (233.5) MB, pooled: 0 MB, 33.34 / 0.00 ms  (+ 0.6 ms in 161 steps since start of marking, biggest step 0.1 ms, walltime since start of marking 62 ms) (average mu = 0.952, current mu = 0.956) finalize incremental marking via stack guard; GC in old space requested',
].join('\n');

describe('reading --trace-gc', () => {
  it('Node 20: the largest committed heap of any line (before or after), each full collection\'s live heap, the counts', () => {
    expect(readHeapTrace(NODE20)).toEqual({ committedMiB: 358.3, liveAfterFull: [19.3, 125.4], full: 2, young: 1 });
  });

  it('Node 24: a scavenge with a note ("interleaved") is read too, and "pooled: 0 MB" is no heap figure', () => {
    expect(readHeapTrace(NODE24)).toEqual({ committedMiB: 254.4, liveAfterFull: [90.1], full: 1, young: 2 });
  });

  it('output without a collection line gives no figures, not zeros', () => {
    expect(readHeapTrace('{ "layers": [] }\nmodel-footprint 0.1.0\n')).toBeUndefined();
  });
});
