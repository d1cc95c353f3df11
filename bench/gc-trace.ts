/**
 * What V8's `--trace-gc` lines say about a run's heap: how large it grew (committed), and how much
 * its full collections found live. The bench prints both beside the peak RSS: the analysis of the
 * 100k-node chain holds at most about 160 MiB, while V8 lets the old generation grow to up to 4x
 * the heap it found live at its last full collection (MemoryController's growing factor, 4 on a
 * machine whose heap limit is 2 GiB or more), so the peak is set by when the collections ran.
 *
 * A line (Node 20 and 24 alike; V8's "MB" are MiB), possibly run into other output on stdout:
 *   [123:0x5a1] 2524 ms: Mark-Compact 322.5 (358.3) -> 125.4 (220.5) MB, 102.72 / 0.01 ms ...
 *   [123:0x5a1] 2435 ms: Scavenge 328.0 (349.3) -> 322.4 (349.3) MB, 3.9 / 0.0 ms ...
 * used (committed) before -> used (committed) after.
 */
export interface HeapTrace {
  /** The largest heap V8 had committed, MiB. */
  committedMiB: number;
  /** What each full collection (Mark-Compact) left, in order, MiB. */
  liveAfterFull: number[];
  /** Collections read: full and young (Scavenge, Minor Mark-Sweep). */
  full: number;
  young: number;
}

// (Node 24 writes some kinds with a note: "Scavenge (interleaved) 42.7 (59.7) -> ...", "Mark-Compact (reduce) ...")
const LINE = /\d+ ms: (Mark-Compact|Scavenge|Minor Mark-Sweep)(?: \([a-z ]+\))? ([\d.]+) \(([\d.]+)\) -> ([\d.]+) \(([\d.]+)\) MB/g;

/** The heap figures of a run's `--trace-gc` output; undefined when it holds no collection line. */
export function readHeapTrace(text: string): HeapTrace | undefined {
  const out: HeapTrace = { committedMiB: 0, liveAfterFull: [], full: 0, young: 0 };
  for (const m of text.matchAll(LINE)) {
    const [kind, committedBefore, after, committedAfter] = [m[1], Number(m[3]), Number(m[4]), Number(m[5])];
    out.committedMiB = Math.max(out.committedMiB, committedBefore, committedAfter);
    if (kind === 'Mark-Compact') {
      out.full++;
      out.liveAfterFull.push(after);
    } else {
      out.young++;
    }
  }
  return out.full + out.young === 0 ? undefined : out;
}
