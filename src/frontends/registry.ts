/**
 * The one registration table of model formats (DESIGN.md "probe, then commit"): probes look at
 * the file name and the first bytes and never throw; the chosen frontend then reads the model.
 */
import type { Model } from '../ir/graph.js';
import type { ModelInput } from '../ir/source.js';
import { asFootprintError, FootprintError } from '../diagnostics/diagnostic.js';
import type { Frontend } from './frontend.js';
import { onnxFrontend } from './onnx/index.js';
import { tfliteFrontend } from './tflite/index.js';
import { kerasFrontend } from './keras/index.js';

/** Formats in probe order. TFLite and Keras join here. */
export const FRONTENDS: Frontend[] = [onnxFrontend, tfliteFrontend, kerasFrontend];

/** Bytes handed to probes. */
export const HEAD_BYTES = 64;

function head(input: ModelInput): Uint8Array {
  try {
    return input.source.read(0, Math.min(HEAD_BYTES, input.source.size));
  } catch (e: unknown) {
    throw asFootprintError(e, input.path);
  }
}

function probes(f: Frontend, input: ModelInput, h: Uint8Array): boolean {
  try {
    return f.probe(input, h);
  } catch {
    // Probes must not throw (that is a bug in the probe); the file is then "not this format".
    return false;
  }
}

/**
 * The frontend for `input`: frontends claiming the file's extension are asked first, then the
 * rest (content wins over a wrong extension). undefined when none recognizes the bytes.
 */
export function detectFrontend(input: ModelInput): Frontend | undefined {
  const h = head(input);
  const lower = input.path.toLowerCase();
  const byExt = FRONTENDS.filter((f) => f.extensions.some((e) => lower.endsWith(e)));
  const others = FRONTENDS.filter((f) => !byExt.includes(f));
  return [...byExt, ...others].find((f) => probes(f, input, h));
}

/** Reads any supported model; E_UNKNOWN_FORMAT says what the bytes look like instead. */
export function readModel(input: ModelInput): Model {
  if (input.source.size === 0) {
    throw new FootprintError('E_TRUNCATED', 'the file is empty (0 bytes)', { file: input.path, offset: 0 });
  }
  const f = detectFrontend(input);
  if (!f) {
    throw new FootprintError('E_UNKNOWN_FORMAT', `not a supported model format: ${describeBytes(head(input))}`, { file: input.path, offset: 0 });
  }
  try {
    return f.read(input);
  } catch (e: unknown) {
    throw asFootprintError(e, input.path);
  }
}

const hex = (b: Uint8Array): string => [...b].map((x) => x.toString(16).padStart(2, '0')).join(' ');

/** A short description of what a file starts with, for E_UNKNOWN_FORMAT. */
export function describeBytes(h: Uint8Array): string {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(h.subarray(0, 32));
  const starts = `starts with bytes ${hex(h.subarray(0, 8))}`;
  if (text.startsWith('version https://git-lfs')) return 'looks like a Git LFS pointer (run `git lfs pull` to fetch the real file)';
  if (h[0] === 0x50 && h[1] === 0x4b && h[2] === 0x03 && h[3] === 0x04) return `${starts} (a zip archive)`;
  if (h[0] === 0x89 && text.slice(1, 4) === 'HDF') return `${starts} (an HDF5 file)`;
  if (text.slice(4, 8) === 'TFL3') return `${starts} (a TFLite flatbuffer)`;
  if (/^\s*[{[]/.test(text)) return `${starts} (JSON text)`;
  if (/^\s*</.test(text)) return `${starts} (HTML/XML text: a download error page?)`;
  if (h[0] === 0x1f && h[1] === 0x8b) return `${starts} (a gzip archive)`;
  return `${starts}, which no supported format (ONNX protobuf) starts with`;
}
