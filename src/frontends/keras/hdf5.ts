/**
 * HDF5 through h5wasm (the HDF5 C library compiled to WebAssembly). h5wasm opens files only from
 * its emscripten file system, so a Keras file is copied whole into its in-memory FS (MEMFS):
 * while a file is open it costs its size in the wasm heap, plus the copy read from the
 * ByteSource. Keras models for the edge are a few MB; files over MAX_HDF5_BYTES are refused
 * with E_LIMIT before anything is copied. The MEMFS file is always unlinked and the HDF5 file
 * always closed (finally), also when reading fails.
 *
 * h5wasm initializes asynchronously (it compiles its WebAssembly: ~0.7 s and ~45 MB), while the
 * core's readModel is synchronous. It is loaded only when a caller needs Keras: `loadHdf5()`
 * (exported by the core as `loadFormats()`) is awaited once by the CLI, the action and the tests
 * before they read Keras files; ONNX and TFLite users never pay for it. Reading a Keras file
 * before that is a typed error saying so.
 *
 * Weight values are never read: only dataset shapes and element types (dataset metadata).
 */
import type * as H5 from 'h5wasm';
import type { DType } from '../../ir/dtype.js';
import { TimeLimitExceeded, type LoadOptions, type TimeLimit } from '../frontend.js';
import { FootprintError } from '../../diagnostics/diagnostic.js';

type H5Lib = typeof H5;
let h5wasm: H5Lib | undefined;
let h5Module: Awaited<H5Lib['ready']> | undefined;

let timeLimit: TimeLimit = (fn) => fn();

/**
 * A damaged HDF5 file can make the C library loop forever (a corrupt heap or B-tree); reading a
 * Keras file's metadata takes milliseconds, so past this the read is stopped.
 */
export const HDF5_TIME_LIMIT_MS = 5000;

/**
 * True once the library was stopped mid-call (time limit) or trapped (a WebAssembly runtime
 * error): its memory may be inconsistent, so a long-running caller (the action's analysis
 * workers, the fuzzer) replaces the thread holding it before the next file.
 */
let poisoned = false;

export function hdf5Poisoned(): boolean {
  return poisoned;
}

/** A WebAssembly trap (WebAssembly.RuntimeError: 'memory access out of bounds', 'unreachable'). */
const isTrap = (e: unknown): boolean => e instanceof Error && e.constructor.name === 'RuntimeError';

/** Why h5wasm could not start (its WebAssembly memory refused, e.g. under `ulimit -v`). */
let loadFailure: string | undefined;

/**
 * Loads and initializes h5wasm once; later calls return at once. Never rejects: a failure to start
 * is kept and reported, typed, for each Keras file read afterwards (ONNX and TFLite go on).
 */
export async function loadHdf5(options: LoadOptions = {}): Promise<void> {
  if (options.timeLimit) timeLimit = options.timeLimit;
  if (h5wasm !== undefined || loadFailure !== undefined) return;
  // The emscripten runtime prints its start-up failures itself (console.error/warn): held back
  // while it starts, so a failure reaches the user once, typed, and not as raw runtime text.
  const saved = { error: console.error, warn: console.warn };
  const held: string[] = [];
  console.error = console.warn = (...args: unknown[]) => { held.push(args.map(String).join(' ')); };
  try {
    const lib = await import('h5wasm');
    const mod = await lib.ready;
    // HDF5 errors become JS Errors carrying the HDF5 error stack, instead of text printed on stderr.
    mod.activate_throwing_error_handler();
    h5Module = mod;
    h5wasm = lib;
  } catch (e: unknown) {
    const text = [e instanceof Error ? e.message : String(e), ...held].join('\n');
    // 'Aborted(RangeError: WebAssembly.instantiate(): Out of memory: ...). Build with -sASSERTIONS...'
    const cause = /(?:Range)?Error: .*$/m.exec(text)?.[0].replace(/\)?(\. Build with .*)?$/, '');
    loadFailure = (cause ?? text.split('\n')[0] ?? 'unknown error').slice(0, 200);
  } finally {
    console.error = saved.error;
    console.warn = saved.warn;
  }
}

function lib(file: string): { h5: H5Lib; mod: Awaited<H5Lib['ready']> } {
  if (loadFailure !== undefined) {
    throw new FootprintError('E_RESOURCE', `HDF5 support (the HDF5 library in WebAssembly) could not start, so Keras files cannot be read: ${loadFailure}`, { file });
  }
  if (h5wasm === undefined || h5Module === undefined) {
    throw new FootprintError('E_INTERNAL', 'HDF5 support is not loaded: the caller must `await loadFormats()` before reading Keras (.h5/.keras) files', { file });
  }
  return { h5: h5wasm, mod: h5Module };
}

/** Largest HDF5 file (or .keras weights entry) copied into the wasm heap. */
export const MAX_HDF5_BYTES = 512 * 1024 * 1024;

export type H5File = H5.File;
export type H5Group = H5.Group;
export type H5Dataset = H5.Dataset;
export const isGroup = (e: unknown): e is H5.Group => h5wasm !== undefined && e instanceof h5wasm.Group;
export const isDataset = (e: unknown): e is H5.Dataset => h5wasm !== undefined && e instanceof h5wasm.Dataset;

let counter = 0;

/**
 * The HDF5 object being read, for errors: the C library reports only its own call stack, so the
 * readers note each object (and attribute) before touching it.
 */
let reading = '/';

/** Notes the object path (and attribute) the next HDF5 call reads. */
export function at(objectPath: string): void {
  reading = objectPath;
}

/** Deepest group nesting followed (Keras nests a model's layers a few levels deep). */
export const MAX_GROUP_DEPTH = 64;

/** Copies `bytes` into MEMFS, opens them read-only, runs `fn`, and always closes and unlinks. */
export function withHdf5<T>(bytes: Uint8Array, file: string, fn: (f: H5File) => T): T {
  if (bytes.length > MAX_HDF5_BYTES) {
    throw new FootprintError('E_LIMIT', `HDF5: ${bytes.length} bytes is over the ${MAX_HDF5_BYTES}-byte limit for HDF5 files (they are read into memory)`, { file });
  }
  const { h5, mod } = lib(file);
  const fs = mod.FS;
  const path = `/model-footprint-${++counter}.h5`;
  fs.writeFile(path, bytes);
  let f: H5File | undefined;
  let stopped = false;
  reading = '/';
  try {
    return timeLimit(() => {
      try {
        f = new h5.File(path, 'r');
      } catch (e: unknown) {
        if (isTrap(e)) poisoned = true;
        throw hdf5Error(e, file);
      }
      try {
        return fn(f);
      } catch (e: unknown) {
        // Anything the library throws while the reader walks the file is a load error of that object.
        if (e instanceof FootprintError) throw e;
        if (isTrap(e)) poisoned = true;
        throw hdf5Error(e, file, reading);
      }
    }, HDF5_TIME_LIMIT_MS);
  } catch (e: unknown) {
    if (e instanceof TimeLimitExceeded) {
      stopped = true;
      poisoned = true;
      throw new FootprintError('E_LIMIT', `HDF5: reading ${reading} did not finish within ${HDF5_TIME_LIMIT_MS / 1000} s: the file's structures are damaged so that the HDF5 library loops; stopped`, { file });
    }
    throw e;
  } finally {
    try {
      // An interrupted library call may have left the file in any state: it is not touched again.
      if (!stopped) f?.close();
    } catch {
      // Closing a damaged file can fail too; what was read (or the first error) stands.
      poisoned = true;
    } finally {
      try { fs.unlink(path); } catch { poisoned = true; }
    }
  }
}

/**
 * A typed error from an h5wasm/HDF5 failure, in one line: the object being read, what the library
 * was asked (its outermost call) and why it failed (its innermost message); the library's
 * multi-line error stack (`#000: .../H5A.c line 1022 in H5Aread()`) is never shown. Truncation
 * keeps the byte offset where the file ends.
 */
export function hdf5Error(e: unknown, file: string, objectPath?: string): FootprintError {
  if (e instanceof FootprintError) return e;
  const text = e instanceof Error ? e.message : String(e);
  const trunc = /truncated file: eof = (\d+).*stored_eof = (\d+)/.exec(text);
  if (trunc) {
    return new FootprintError('E_TRUNCATED', `HDF5: the file ends at byte ${trunc[1]} but its superblock says ${trunc[2]} bytes`, { file, offset: Number(trunc[1]) });
  }
  if (/file signature not found/.test(text)) return new FootprintError('E_MALFORMED', 'HDF5: no HDF5 superblock signature found', { file, offset: 0 });
  const frames = text.split('\n').filter((l) => /#\d+:/.test(l)).map((l) => /in (\w+)\(\): (.*)$/.exec(l));
  const call = frames[0]?.[1];
  const why = frames.at(-1)?.[2] ?? text.split('\n').find((l) => l.trim() !== '' && !/HDF5-DIAG/.test(l))?.trim() ?? 'read failed';
  const where = objectPath !== undefined ? ` reading ${objectPath}` : '';
  return new FootprintError('E_MALFORMED', `HDF5: the file is damaged${where}: ${why.slice(0, 200)}${call ? ` (in ${call})` : ''}`, { file });
}

/** An attribute as text: HDF5 strings (fixed or variable length) and byte arrays. */
export function attrText(obj: H5Group | H5Dataset, name: string): string | undefined {
  at(`${obj.path} (attribute '${name}')`);
  const a = obj.attrs[name];
  if (a === undefined) return undefined;
  const v: unknown = a.value;
  if (typeof v === 'string') return v;
  if (v instanceof Uint8Array) return new TextDecoder().decode(v);
  if (Array.isArray(v) && v.length === 1 && typeof v[0] === 'string') return v[0];
  return undefined;
}

/** An attribute as a list of strings (Keras `weight_names`, `layer_names`). */
export function attrStrings(obj: H5Group, name: string): string[] | undefined {
  at(`${obj.path} (attribute '${name}')`);
  const a = obj.attrs[name];
  if (a === undefined) return undefined;
  const v: unknown = a.value;
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.map((x) => (x instanceof Uint8Array ? new TextDecoder().decode(x) : String(x)));
  return [];
}

/** HDF5 class numbers (H5T_class_t). */
const H5T_INTEGER = 0;
const H5T_FLOAT = 1;

/** A dataset's element type from its metadata (no values read). */
export function datasetDType(d: H5Dataset): DType {
  at(d.path);
  const m = d.metadata;
  if (m.type === H5T_FLOAT) return m.size === 8 ? 'float64' : m.size === 2 ? 'float16' : m.size === 4 ? 'float32' : 'unknown';
  if (m.type === H5T_INTEGER) {
    const bits = m.size * 8;
    if (![8, 16, 32, 64].includes(bits)) return 'unknown';
    return `${m.signed ? '' : 'u'}int${bits}` as DType;
  }
  return 'unknown';
}

/** Names of the root attributes and groups, for "this HDF5 file is not a Keras model" errors. */
export function describeRoot(f: H5File): string {
  at('/');
  const attrs = Object.keys(f.attrs);
  const keys = f.keys();
  const list = (xs: string[]) => (xs.length === 0 ? '(none)' : xs.slice(0, 12).map((x) => `'${x}'`).join(', ') + (xs.length > 12 ? ', ...' : ''));
  return `root attributes ${list(attrs)}; root members ${list(keys)}`;
}
