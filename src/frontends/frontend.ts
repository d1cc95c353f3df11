import type { Model } from '../ir/graph.js';
import type { ModelInput } from '../ir/source.js';
import type { FormatInfo } from './formats.js';

/**
 * One per format (DESIGN.md "probe, then commit"): `probe` looks at the first bytes and the file
 * name and never throws; it returns what it found (handed to `read`, which does not look again)
 * or undefined. Only after a format is chosen does `read` raise FootprintErrors that name the
 * format, the file and the byte offset. Its name, extensions and help line are its entry in
 * formats.ts; everything else a format needs is declared here.
 */
export interface Frontend<P = unknown> extends FormatInfo {
  probe(input: ModelInput, head: Uint8Array): P | undefined;
  read(input: ModelInput, probe?: P): Model;
  /** Loads what `read` needs and can only get asynchronously (Keras: the HDF5 WebAssembly library). */
  load?(options: LoadOptions): Promise<void>;
}

/**
 * Runs a synchronous call under a time limit, throwing TimeLimitExceeded when it runs over. The
 * core cannot interrupt running code by itself; the Node layer supplies one that can
 * (src/node/time-limit.ts). Without one, calls just run.
 */
export type TimeLimit = <T>(fn: () => T, ms: number) => T;

/** What a TimeLimit throws when the call ran over. */
export class TimeLimitExceeded extends Error {}

export interface LoadOptions {
  /** A time limit for synchronous native calls (keras/hdf5.ts). */
  timeLimit?: TimeLimit;
}
