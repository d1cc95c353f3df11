import type { Model, ModelFormat } from '../ir/graph.js';
import type { ModelInput } from '../ir/source.js';

/**
 * One per format (DESIGN.md "probe, then commit"): `probe` looks at the first bytes and the file
 * name and never throws; only after a format is chosen does `read` raise FootprintErrors that
 * name the format, the file and the byte offset.
 */
export interface Frontend {
  format: ModelFormat;
  extensions: readonly string[];
  probe(input: ModelInput, head: Uint8Array): boolean;
  read(input: ModelInput): Model;
}
