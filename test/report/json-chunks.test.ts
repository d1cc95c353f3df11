import { describe, expect, it } from 'vitest';
import { JSON_BATCH, JSON_CHUNK_BYTES, jsonChunks } from '../../src/report/render/json.js';
import { prng } from '../helpers/prng.js';
import { dsCnn, seed001, sww } from './fixtures.js';

/** A random JSON-like value: every kind JSON.stringify treats on its own, nested up to `depth`. */
function randomValue(rand: () => number, depth: number): unknown {
  const pick = Math.floor(rand() * (depth > 0 ? 12 : 8));
  switch (pick) {
    case 0: return null;
    case 1: return undefined;
    case 2: return rand() < 0.5;
    case 3: return Math.floor(rand() * 2000) - 1000;
    case 4: return [NaN, Infinity, -0, 1e21, 0.1][Math.floor(rand() * 5)];
    // raw newlines, quotes, backslashes and non-ASCII inside strings
    case 5: return ['', 'a\nb', '"q"', 'back\\slash', 'é\u2028', 'x'.repeat(Math.floor(rand() * 5))][Math.floor(rand() * 6)];
    case 6: return () => 1;
    case 7: return new Date(Date.UTC(2026, 11, 1, Math.floor(rand() * 24)));
    case 8: case 9: return Array.from({ length: Math.floor(rand() * 4) }, () => randomValue(rand, depth - 1));
    default: {
      const o: Record<string, unknown> = {};
      const n = Math.floor(rand() * 4);
      for (let i = 0; i < n; i++) o[['k', 'a b', '"', '2', 'layers'][Math.floor(rand() * 5)] + String(i)] = randomValue(rand, depth - 1);
      return o;
    }
  }
}

/** The chunks decoded one by one: a chunk that ended inside a character would throw. */
const decoder = new TextDecoder('utf-8', { fatal: true });
const joined = (v: unknown) => [...jsonChunks(v)].map((c) => decoder.decode(c)).join('');

describe('jsonChunks: JSON.stringify(value, null, 2) in pieces', () => {
  it('writes the same text as JSON.stringify on 2,000 random values, objects in arrays in objects', () => {
    const rand = prng(19);
    for (let i = 0; i < 2000; i++) {
      // the top level of a report is an object: undefined there is left out, not written
      const v = { root: randomValue(rand, 6), list: [randomValue(rand, 6), randomValue(rand, 6)] };
      expect(joined(v)).toBe(JSON.stringify(v, null, 2));
    }
  });

  it('leaves out undefined, functions and symbols in objects and writes null for them in arrays', () => {
    const v = { a: undefined, b: () => 1, c: Symbol('s'), d: [undefined, () => 1, Symbol('t')], e: { f: undefined } };
    expect(joined(v)).toBe('{\n  "d": [\n    null,\n    null,\n    null\n  ],\n  "e": {}\n}');
  });

  it('calls toJSON like JSON.stringify (a Date at every depth, an object whose toJSON writes nothing)', () => {
    const d = new Date(Date.UTC(2026, 11, 1));
    const v = { d, deep: [{ d, x: { d } }], gone: { toJSON: () => undefined }, kept: [{ toJSON: () => undefined }] };
    expect(joined(v)).toBe(JSON.stringify(v, null, 2));
    expect(joined(v)).not.toContain('"gone"');
  });

  it('writes empty containers on one line at every depth', () => {
    const v = { a: [], b: {}, c: [[], {}], d: { e: { f: [], g: {} } } };
    expect(joined(v)).toBe(JSON.stringify(v, null, 2));
    expect(joined([])).toBe('[]');
    expect(joined({})).toBe('{}');
  });

  it('writes real reports unchanged (the two planners, seed 001, the sww reference, ds_cnn)', () => {
    for (const r of [seed001(), seed001({ planner: 'tflm' }), sww(), dsCnn()]) expect(joined(r)).toBe(JSON.stringify(r, null, 2));
  });

  it('writes arrays of every length around a batch the same (elements split across batches, nested at depth 1 to 3)', () => {
    for (const n of [JSON_BATCH - 1, JSON_BATCH, JSON_BATCH + 1, 2 * JSON_BATCH + 1]) {
      const xs = Array.from({ length: n }, (_, i) => (i % 3 === 0 ? { i, s: [i] } : i % 3 === 1 ? undefined : `e${i}`));
      for (const v of [xs, { a: xs }, { a: { b: xs } }, { a: { b: { c: xs } } }]) expect(joined(v)).toBe(JSON.stringify(v, null, 2));
    }
  });

  it('writes a value that is not an object or array as JSON.stringify does; one JSON.stringify writes nothing for is null', () => {
    for (const v of [1, 'a\nb', null, true, new Date(0)]) expect(joined(v)).toBe(JSON.stringify(v, null, 2));
    for (const v of [undefined, () => 1, { toJSON: () => undefined }]) expect(joined(v)).toBe('null');
  });

  it("indents an object a toJSON returns at its depth (its own newlines), not a string's escaped ones", () => {
    const v = { a: { t: { toJSON: () => ({ x: [1, 2], s: 'l1\nl2' }) } }, b: [{ toJSON: () => ({ y: 1 }) }] };
    expect(joined(v)).toBe(JSON.stringify(v, null, 2));
    expect(joined(v)).toContain('\n      "x": [\n        1,');
  });

  it('yields chunks of exactly JSON_CHUNK_BYTES bytes but the last (ASCII text), a batch of elements cut across two', () => {
    // 5,000 layers of ~130 characters each: about 650k bytes, several chunks
    const layers = Array.from({ length: 5000 }, (_, i) => ({ name: `conv_${i}`, macc: i * 7, shape: [1, 8, 8, i % 64] }));
    const chunks = [...jsonChunks({ layers })];
    const text = JSON.stringify({ layers }, null, 2);
    expect(chunks.length).toBe(Math.ceil(text.length / JSON_CHUNK_BYTES));
    for (const c of chunks.slice(0, -1)) expect(c.length).toBe(JSON_CHUNK_BYTES);
    expect((chunks.at(-1) as Uint8Array).length).toBe(text.length - (chunks.length - 1) * JSON_CHUNK_BYTES);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(text);
  });

  it('a writer may keep every chunk: each is its own array, unchanged by the chunks after it', () => {
    const layers = Array.from({ length: 8000 }, (_, i) => ({ name: `l${i}` }));
    // each chunk copied as it comes, compared once all have come
    const kept: { c: Uint8Array; copy: Uint8Array }[] = [];
    for (const c of jsonChunks({ layers })) kept.push({ c, copy: c.slice() });
    expect(kept.length).toBeGreaterThan(2);
    for (const { c, copy } of kept) expect(c).toEqual(copy);
    expect(new Set(kept.map(({ c }) => c.buffer)).size).toBe(kept.length);
  });

  it('chunks an object of many keys and no arrays too (its pieces are text), no chunk empty', () => {
    // 300 keys of ~1,000 characters: about 300k bytes of key pieces only
    const v = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`k${i}`, 'x'.repeat(1000 + (i % 7))]));
    const chunks = [...jsonChunks(v)];
    expect(chunks.length).toBeGreaterThan(3);
    // a piece longer than what is left of a chunk goes on in the next one
    for (const c of chunks.slice(0, -1)) expect(c.length).toBe(JSON_CHUNK_BYTES);
    for (const c of chunks) expect(c.length).toBeGreaterThan(0);
    expect(joined(v)).toBe(JSON.stringify(v, null, 2));
  });

  it('ends a chunk at exactly JSON_CHUNK_BYTES bytes when a piece reaches it, and yields no empty chunk after the last', () => {
    // the first piece, '{\n  "a": "' + s + '"', is 11 bytes more than s
    const exact = { a: 'x'.repeat(JSON_CHUNK_BYTES - 11), b: 1 };
    const chunks = [...jsonChunks(exact)];
    expect(chunks.map((c) => c.length)).toEqual([JSON_CHUNK_BYTES, ',\n  "b": 1\n}'.length]);
    // a value whose last piece, '\n}', fills its one chunk exactly: no empty chunk after it
    const full = { a: 'x'.repeat(JSON_CHUNK_BYTES - 13) };
    expect([...jsonChunks(full)].map((c) => c.length)).toEqual([JSON_CHUNK_BYTES]);
    expect(joined(exact)).toBe(JSON.stringify(exact, null, 2));
    expect(joined(full)).toBe(JSON.stringify(full, null, 2));
  });

  it('counts non-ASCII text in bytes: a character that would cross the mark starts the next chunk, every chunk decodes alone', () => {
    // names of 3-byte characters (1,000 elements: two batches) and keys of 2-byte ones between them
    const v = { 'clé': Array.from({ length: 1000 }, (_, i) => ({ nom: `couche_€${i}`.repeat(20) })), 'ü': 'é'.repeat(40_000) };
    const chunks = [...jsonChunks(v)];
    expect(chunks.length).toBeGreaterThan(2);
    expect(joined(v)).toBe(JSON.stringify(v, null, 2));
    const text = JSON.stringify(v, null, 2);
    expect(chunks.reduce((s, c) => s + c.length, 0)).toBe(Buffer.byteLength(text));
    // a 3-byte character fits in the last 1 or 2 bytes of a chunk for none of them: up to 2 bytes short
    for (const c of chunks.slice(0, -1)) expect(JSON_CHUNK_BYTES - c.length).toBeLessThanOrEqual(2);
    expect(chunks.slice(0, -1).some((c) => c.length < JSON_CHUNK_BYTES)).toBe(true);
  });
});
