/**
 * A digest per TFLite file of ../shared/models of what the TFLite reader reads: every tensor
 * (name, type, shape, quantization, where its data is) and every operator (kind, the file's
 * operator, inputs, outputs, attributes), as the IR before any pass. Written once with one
 * generated reader and checked with another (test/frontends/tflite/reader-digests.test.ts), it
 * proves a regenerated schema reader reads every corpus file identically. Usage:
 *   npx tsx tools/tflite-reader-digests.ts [--write "why the IR changed"]
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readModel } from '../src/frontends/registry.js';
import { fileModelInput } from '../src/node/file-source.js';
import type { Graph } from '../src/ir/graph.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DIGESTS = join(root, 'test', 'frontends', 'tflite', 'reader-digests.json');

function canonical(v: unknown): unknown {
  if (typeof v === 'bigint') return v.toString();
  if (v instanceof Map) return [...v.entries()].map(([k, x]) => [k, canonical(x)]);
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('source' in o && 'offset' in o) return { kind: o['kind'], offset: o['offset'], length: o['length'], encoding: o['encoding'] };
    return Object.fromEntries(Object.keys(o).sort().map((k) => [k, canonical(o[k])]));
  }
  return v;
}

function graphDump(g: Graph): unknown {
  return { name: g.name, inputs: g.inputs, outputs: g.outputs, tensors: canonical(g.tensors), nodes: canonical(g.nodes) };
}

/** sha256 of the canonical dump of what the reader produced for `path`. */
export function readerDigest(path: string): string {
  const m = readModel(fileModelInput(path));
  const dump = JSON.stringify({ format: m.format, meta: canonical(m.meta), graph: graphDump(m.graph), diagnostics: m.diagnostics.map((d) => d.code) });
  return createHash('sha256').update(dump).digest('hex');
}

export function corpusTflite(shared: string): string[] {
  const manifest = readFileSync(join(shared, 'models', 'MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1);
  return manifest.map((l) => l.split('\t')).filter((c) => (c[7] ?? '').startsWith('tflite')).map((c) => c[0] ?? '');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const shared = resolve(root, '..', 'shared');
  const out: Record<string, string> = {};
  for (const rel of corpusTflite(shared)) out[rel] = readerDigest(join(shared, 'models', rel));
  if (process.argv.includes('--write')) {
    // `history`: why the digests were re-recorded (an IR change, not a reader change), kept across writes.
    const note = process.argv[process.argv.indexOf('--write') + 1];
    const before = JSON.parse(readFileSync(DIGESTS, 'utf8')) as { reader: string; history?: string[] };
    const history = [...(before.history ?? [`first written with ${before.reader}`]), ...(note && !note.startsWith('--') ? [note] : [])];
    writeFileSync(DIGESTS, JSON.stringify({ reader: readFileSync(join(root, 'src', 'schemas', 'tflite', 'tflite.ts'), 'utf8').split('\n')[0], history, digests: out }, null, 2) + '\n');
    console.log(`wrote ${Object.keys(out).length} digests to ${DIGESTS}`);
  } else console.log(JSON.stringify(out, null, 2));
}
