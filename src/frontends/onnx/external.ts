/**
 * ONNX external data (TensorProto.data_location = EXTERNAL): the payload lives in a file beside
 * the model. Locations are validated before anything is opened, and nothing is read at load time.
 */
import type { ByteSource, ModelInput } from '../../ir/source.js';
import type { TensorData } from '../../ir/graph.js';
import { FootprintError } from '../../diagnostics/diagnostic.js';
import type { onnx } from '../../schemas/onnx/onnx.js';

/** Opens each sibling file once per model. */
export class ExternalFiles {
  private readonly opened = new Map<string, ByteSource | undefined>();
  constructor(private readonly input: ModelInput) {}

  /** The TensorData for an external tensor, or a FootprintError naming the tensor and location. */
  data(tensor: string, entries: readonly onnx.StringStringEntryProto.$Properties[], at: number): TensorData {
    const file = this.input.path;
    const kv = new Map<string, string>();
    for (const e of entries) kv.set(e.key ?? '', e.value ?? '');
    const location = kv.get('location');
    const fail = (message: string): FootprintError =>
      new FootprintError('E_EXTERNAL_DATA', `ONNX: tensor '${tensor}': ${message}`, { file, offset: at });
    if (location === undefined || location === '') throw fail('external data without a location');
    const rel = checkLocation(location);
    if (rel === undefined) throw fail(`external data location '${location}' is not a relative path inside the model's folder`);
    const offset = parseCount(kv.get('offset'), 0);
    if (offset === undefined) throw fail(`external data offset '${kv.get('offset') ?? ''}' is not a non-negative integer`);
    const src = this.open(rel);
    if (!src) throw fail(`external data file '${location}' not found beside the model`);
    const length = parseCount(kv.get('length'), src.size - offset);
    if (length === undefined) throw fail(`external data length '${kv.get('length') ?? ''}' is not a non-negative integer`);
    if (offset + length > src.size) {
      throw new FootprintError(
        'E_TRUNCATED',
        `ONNX: tensor '${tensor}': external data '${location}' needs bytes ${offset}..${offset + length} but the file has ${src.size}`,
        { file, offset: at },
      );
    }
    return { kind: 'bytes', source: src, offset, length, encoding: 'raw-le' };
  }

  private open(rel: string): ByteSource | undefined {
    if (!this.opened.has(rel)) this.opened.set(rel, this.input.openSibling?.(rel));
    return this.opened.get(rel);
  }
}

/**
 * A normalized relative path ('a/b.bin') when `location` stays inside the model's folder;
 * undefined for absolute paths, drive letters, UNC/backslash roots, NUL bytes, or `..` escapes.
 */
export function checkLocation(location: string): string | undefined {
  if (location.includes('\0') || location.includes(':')) return undefined;
  const p = location.replace(/\\/g, '/');
  if (p.startsWith('/') || p.startsWith('~')) return undefined;
  const out: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length === 0) return undefined;
      out.pop();
    } else {
      out.push(seg);
    }
  }
  return out.length === 0 ? undefined : out.join('/');
}

function parseCount(s: string | undefined, dflt: number): number | undefined {
  if (s === undefined || s === '') return dflt >= 0 ? dflt : undefined;
  if (!/^\d+$/.test(s.trim())) return undefined;
  const n = Number(s.trim());
  return Number.isSafeInteger(n) ? n : undefined;
}
