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
/** Pieces are written into chunks of this many bytes (up to 3 fewer: a character is never split). */
export const JSON_CHUNK_BYTES = 1 << 16;

const encoder = new TextEncoder();

/** An object or array JSON.stringify walks itself (no toJSON of its own). */
function isContainer(v: unknown): v is object {
  return typeof v === 'object' && v !== null && typeof (v as { toJSON?: unknown }).toJSON !== 'function';
}

/**
 * The text of the elements of array `xs` as JSON.stringify(xs, null, 2) writes them `depth` levels
 * deep, each on its line, without the brackets: `xs` is written wrapped in `depth` arrays, with
 * JSON.stringify's own indentation (no re-indenting pass over the text), and the wrapping and the
 * brackets are cut off. Each wrapping level j (1-based) adds '[\n' and 2j spaces before and '\n',
 * 2(j-1) spaces and ']' after; the array's own brackets add '[' before and '\n', 2 depth spaces and
 * ']' after: ASCII, one character each. The cut is a slice of the text, which jsonChunks encodes
 * straight into its chunk.
 */
function elements(xs: unknown[], depth: number): string {
  let w: unknown = xs;
  for (let i = 0; i < depth; i++) w = [w];
  const text = JSON.stringify(w, null, 2);
  const head = 2 * depth + depth * (depth + 1) + 1;
  const tail = 2 * depth + depth * (depth - 1) + 2 + 2 * depth;
  return text.slice(head, text.length - tail);
}

/**
 * Objects are walked key by key; an array's elements are written JSON_BATCH at a time (a report's
 * layers, buffers, steps...): pieces stay small, and there are few of them.
 */
function* pieces(v: unknown, depth: number): Generator<string> {
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
 * The UTF-8 bytes of JSON.stringify(value, null, 2), in chunks of JSON_CHUNK_BYTES: a 100k-layer
 * report is 70 MB of JSON, which a writer can then send on without holding it whole. Each piece is
 * encoded straight into the chunk being filled (TextEncoder.encodeInto), so the only bytes made
 * are the chunks': encoding each piece apart and joining the parts made two to three times the
 * report's size in short-lived buffers, outside V8's heap, and about 5 MiB more peak memory on the
 * 100k-node chain. Every chunk but the last holds JSON_CHUNK_BYTES bytes, or up to 3 fewer when the
 * next character's bytes would cross that mark (each chunk decodes alone); none is empty. Each chunk
 * is a new array: a writer may keep it after asking for the next.
 */
export function* jsonChunks(value: unknown): Generator<Uint8Array> {
  if (!isContainer(value)) {
    yield encoder.encode(JSON.stringify(value, null, 2) ?? 'null');
    return;
  }
  let chunk = new Uint8Array(JSON_CHUNK_BYTES);
  let at = 0;
  for (const p of pieces(value, 0)) {
    let rest = p;
    for (;;) {
      const { read, written } = encoder.encodeInto(rest, chunk.subarray(at));
      at += written;
      if (read === rest.length) break;
      // the chunk is full, or the next character does not fit in what is left of it
      yield chunk.subarray(0, at);
      chunk = new Uint8Array(JSON_CHUNK_BYTES);
      at = 0;
      rest = rest.slice(read);
    }
  }
  if (at > 0) yield chunk.subarray(0, at);
}
