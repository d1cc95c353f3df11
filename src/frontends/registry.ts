/**
 * The one registration table of model formats (DESIGN.md "probe, then commit"): probes look at
 * the file name and the first bytes and never throw; the chosen frontend then reads the model,
 * with what its probe found. Names, extensions, default globs and help text come from formats.ts
 * (loaded without the readers): a new format is its folder, its line there and one line here.
 */
import type { Model } from '../ir/graph.js';
import type { ModelInput } from '../ir/source.js';
import { asFootprintError, FootprintError } from '../diagnostics/diagnostic.js';
import type { Frontend, LoadOptions } from './frontend.js';
import { sniff } from './sniff.js';
import { onnxFrontend } from './onnx/index.js';
import { tfliteFrontend } from './tflite/index.js';
import { kerasFrontend } from './keras/index.js';

/** The frontends in probe order (formats.ts FORMATS: the same order, checked by the tests). */
export const FRONTENDS: readonly Frontend[] = [onnxFrontend, tfliteFrontend, kerasFrontend] as Frontend[];

/** Bytes handed to probes. */
export const HEAD_BYTES = 64;

function head(input: ModelInput): Uint8Array {
  try {
    return input.source.read(0, Math.min(HEAD_BYTES, input.source.size));
  } catch (e: unknown) {
    throw asFootprintError(e, input.path);
  }
}

function probes(f: Frontend, input: ModelInput, h: Uint8Array): unknown {
  try {
    return f.probe(input, h);
  } catch {
    // Probes must not throw (that is a bug in the probe); the file is then "not this format".
    return undefined;
  }
}

/**
 * The frontend for `input` and what its probe found: frontends claiming the file's extension are
 * asked first, then the rest (content wins over a wrong extension). undefined when none
 * recognizes the bytes.
 */
export function detectFrontend(input: ModelInput): { frontend: Frontend; probe: unknown } | undefined {
  const h = head(input);
  const lower = input.path.toLowerCase();
  const byExt = FRONTENDS.filter((f) => f.extensions.some((e) => lower.endsWith(e)));
  const others = FRONTENDS.filter((f) => !byExt.includes(f));
  for (const frontend of [...byExt, ...others]) {
    const probe = probes(frontend, input, h);
    if (probe !== undefined) return { frontend, probe };
  }
  return undefined;
}

/** Loads what every format needs asynchronously (once; later calls return at once). */
export async function loadFormats(options: LoadOptions = {}): Promise<void> {
  for (const f of FRONTENDS) await f.load?.(options);
}

/** Loads what the format of `input` needs asynchronously; nothing for the others. Never throws. */
export async function loadFormatFor(input: ModelInput, options: LoadOptions = {}): Promise<void> {
  let found;
  try {
    found = detectFrontend(input);
  } catch {
    return; // unreadable: readModel reports it
  }
  await found?.frontend.load?.(options);
}

/** Reads any supported model; E_UNKNOWN_FORMAT says what the bytes look like instead. */
export function readModel(input: ModelInput): Model {
  if (input.source.size === 0) {
    throw new FootprintError('E_TRUNCATED', 'the file is empty (0 bytes)', { file: input.path, offset: 0 });
  }
  const found = detectFrontend(input);
  if (!found) {
    throw new FootprintError('E_UNKNOWN_FORMAT', `not a supported model format: ${describeBytes(head(input))}`, { file: input.path, offset: 0 });
  }
  try {
    return found.frontend.read(input, found.probe);
  } catch (e: unknown) {
    throw asFootprintError(e, input.path);
  }
}

const hex = (b: Uint8Array): string => [...b].map((x) => x.toString(16).padStart(2, '0')).join(' ');

const CONTAINER_TEXT: Record<string, string> = {
  zip: 'a zip archive', hdf5: 'an HDF5 file', tflite: 'a TFLite flatbuffer', json: 'JSON text',
  html: 'HTML/XML text: a download error page?', gzip: 'a gzip archive',
};

/** A short description of what a file starts with, for E_UNKNOWN_FORMAT. */
export function describeBytes(h: Uint8Array): string {
  const starts = `starts with bytes ${hex(h.subarray(0, 8))}`;
  const kind = sniff(h);
  if (kind === 'lfs-pointer') return 'looks like a Git LFS pointer (run `git lfs pull` to fetch the real file)';
  if (kind !== undefined) return `${starts} (${CONTAINER_TEXT[kind]})`;
  return `${starts}, which no supported format (ONNX protobuf) starts with`;
}
