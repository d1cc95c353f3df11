import type { Report } from '../types.js';

export function renderJson(r: Report): string {
  return JSON.stringify(r, null, 2) + '\n';
}

const INDENT = '  ';
/**
 * An array's elements are written this many at a time, by one JSON.stringify. A batch's text stays
 * below V8's large-object size (128 KiB): at 512, a 100k-layer report's layers (about 1 KB each)
 * made 500 KB strings, each a large object of its own, and 10 MiB of the JSON's allocations
 * outlived the young generation instead of 3 (bench/allocations.ts).
 */
export const JSON_BATCH = 64;
/** Pieces are joined into chunks of about this many bytes. */
export const JSON_CHUNK_BYTES = 1 << 16;

const encoder = new TextEncoder();

/** An object or array JSON.stringify walks itself (no toJSON of its own). */
function isContainer(v: unknown): v is object {
  return typeof v === 'object' && v !== null && typeof (v as { toJSON?: unknown }).toJSON !== 'function';
}

/**
 * The UTF-8 of the elements of array `xs` as JSON.stringify(xs, null, 2) writes them `depth` levels
 * deep, each on its line, without the brackets: `xs` is written wrapped in `depth` arrays, with
 * JSON.stringify's own indentation (no re-indenting pass over the text), and the wrapping and the
 * brackets are cut off. Each wrapping level j (1-based) adds '[\n' and 2j spaces before and '\n',
 * 2(j-1) spaces and ']' after; the array's own brackets add '[' before and '\n', 2 depth spaces and
 * ']' after: ASCII, one byte per character. The text is encoded whole and cut as bytes: a string
 * slice of V8's stringified text (its pieces joined lazily) would first copy it into one flat
 * string, and writing it would copy it again (a 100k-layer report: +0.4 s).
 */
function elements(xs: unknown[], depth: number): Uint8Array {
  let w: unknown = xs;
  for (let i = 0; i < depth; i++) w = [w];
  const bytes = encoder.encode(JSON.stringify(w, null, 2));
  const head = 2 * depth + depth * (depth + 1) + 1;
  const tail = 2 * depth + depth * (depth - 1) + 2 + 2 * depth;
  return bytes.subarray(head, bytes.length - tail);
}

/**
 * Objects are walked key by key; an array's elements are written JSON_BATCH at a time (a report's
 * layers, buffers, steps...): pieces stay small, and there are few of them.
 */
function* pieces(v: unknown, depth: number): Generator<string | Uint8Array> {
  const close = `\n${INDENT.repeat(depth)}`;
  if (Array.isArray(v)) {
    if (v.length === 0) {
      yield '[]';
      return;
    }
    for (let i = 0; i < v.length; i += JSON_BATCH) {
      yield i === 0 ? '[' : ',';
      yield elements(v.slice(i, i + JSON_BATCH), depth);
    }
    yield `${close}]`;
    return;
  }
  const inner = `\n${INDENT.repeat(depth + 1)}`;
  let first = true;
  for (const [k, x] of Object.entries(v as object)) {
    const key = `${first ? '{' : ','}${inner}${JSON.stringify(k)}: `;
    if (isContainer(x)) {
      first = false;
      yield key;
      yield* pieces(x, depth + 1);
      continue;
    }
    // JSON.stringify leaves out the properties it writes nothing for (undefined, functions, symbols, a toJSON giving undefined)
    const text = JSON.stringify(x, null, 2) as string | undefined;
    if (text === undefined) continue;
    first = false;
    // a toJSON's object written whole: JSON escapes the newlines of strings, every raw one is indentation
    yield key + text.replaceAll('\n', inner);
  }
  yield first ? '{}' : `${close}}`;
}

/**
 * The UTF-8 bytes of JSON.stringify(value, null, 2), in chunks of about JSON_CHUNK_BYTES: a
 * 100k-layer report is 70 MB of JSON, which a writer can then send on without holding it whole.
 * Every chunk but the last holds at least JSON_CHUNK_BYTES; none is empty.
 */
export function* jsonChunks(value: unknown): Generator<Uint8Array> {
  if (!isContainer(value)) {
    yield encoder.encode(JSON.stringify(value, null, 2) ?? 'null');
    return;
  }
  let parts: Uint8Array[] = [];
  let size = 0;
  // small pieces (keys, scalars, brackets) are joined as text and encoded together
  let text = '';
  const add = (b: Uint8Array): void => {
    parts.push(b);
    size += b.length;
  };
  for (const p of pieces(value, 0)) {
    if (typeof p === 'string') {
      text += p;
    } else {
      add(encoder.encode(text));
      text = '';
      add(p);
    }
    // (text's length counts characters: at most its bytes)
    if (size + text.length >= JSON_CHUNK_BYTES) {
      add(encoder.encode(text));
      text = '';
      yield joinBytes(parts, size);
      parts = [];
      size = 0;
    }
  }
  add(encoder.encode(text));
  if (size > 0) yield joinBytes(parts, size);
}

/** `parts` end to end in one array of `size` bytes. */
function joinBytes(parts: readonly Uint8Array[], size: number): Uint8Array {
  // Stryker disable next-line ConditionalExpression: equivalent, a single part copied has the same bytes (the shortcut saves copying a batch)
  if (parts.length === 1) return parts[0] as Uint8Array;
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
