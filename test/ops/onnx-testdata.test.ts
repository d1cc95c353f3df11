/**
 * Conformance of the shape rules against ONNX's backend node tests (Debian libonnx-testdata):
 * for each single-op model whose operators we support, clear every produced shape, run the
 * shapes pass, and compare with the output shapes the model declares (the oracle). Shape-like
 * inputs (rule.shapeInputs) get their values from test_data_set_0, as a model would hold them
 * as initializers.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Model } from '../../src/ir/graph.js';
import { bytesSource } from '../../src/ir/source.js';
import { readModel } from '../../src/frontends/registry.js';
import { getRule } from '../../src/ops/table.js';
import { inferGraph } from '../../src/passes/shapes.js';
import { newState } from '../../src/passes/shapes/state.js';
import { formatShape } from '../../src/ir/shape.js';
import { clearProducedShapes, readTensorValues, shapesMatch } from './testdata.js';
import { KNOWN_MISMATCHES } from './onnx-testdata-allowlist.js';

const DIR = '/usr/share/libonnx-testdata/data/node';
const HAS_DATA = existsSync(DIR);

/** Gives shape-like graph inputs the values from the first test data set. */
function constShapeInputs(model: Model, dir: string): void {
  const g = model.graph;
  for (const node of g.nodes) {
    const shapeInputs = getRule(node.op).shapeInputs ?? [];
    const extra = node.op === 'Loop' ? [0, 1] : node.op === 'If' ? [0] : [];
    for (const i of [...shapeInputs, ...extra]) {
      const name = node.inputs[i];
      const k = name === undefined ? -1 : g.inputs.indexOf(name);
      const t = name === undefined ? undefined : g.tensors.get(name);
      const file = join(dir, 'test_data_set_0', `input_${k}.pb`);
      if (k < 0 || !t || t.data || !existsSync(file)) continue;
      const v = readTensorValues(file);
      if (v) t.data = { kind: 'values', values: v.values };
    }
  }
}

type Outcome = { status: 'pass' } | { status: 'fail'; why: string } | { status: 'skip'; why: string };

function check(name: string): Outcome {
  const dir = join(DIR, name);
  const path = join(dir, 'model.onnx');
  let model: Model;
  try {
    model = readModel({ path, source: bytesSource(path, new Uint8Array(readFileSync(path))) });
  } catch (e: unknown) {
    return { status: 'skip', why: `load: ${e instanceof Error ? e.message : String(e)}` };
  }
  const g = model.graph;
  const unsupported = g.nodes.find((n) => n.op === 'Unknown' || n.op === 'Custom');
  if (unsupported) return { status: 'skip', why: `op ${unsupported.sourceOp}` };
  const declared = g.outputs.map((o) => g.tensors.get(o)?.shape);
  if (declared.some((s) => s === undefined)) return { status: 'skip', why: 'no declared output shape' };
  clearProducedShapes(g);
  constShapeInputs(model, dir);
  const opset = typeof model.meta['opset'] === 'number' ? model.meta['opset'] : undefined;
  const diagnostics: import('../../src/diagnostics/diagnostic.js').Diagnostic[] = [];
  inferGraph(g, newState(opset, diagnostics));
  const bad = g.outputs.map((o, i) => ({ o, want: declared[i] ?? [], got: g.tensors.get(o)?.shape })).filter((r) => !shapesMatch(r.want, r.got));
  if (bad.length === 0) return { status: 'pass' };
  const why = bad.map((b) => `${b.o}: want ${formatShape(b.want)} got ${formatShape(b.got)}`).join('; ');
  const notes = diagnostics.filter((d) => d.code === 'W_SHAPE').map((d) => d.message).join(' | ');
  return { status: 'fail', why: notes ? `${why} [${notes}]` : why };
}

describe.skipIf(!HAS_DATA)('ONNX backend node tests (libonnx-testdata)', () => {
  it('infers the declared output shapes of every supported test model', () => {
    const names = readdirSync(DIR).filter((n) => existsSync(join(DIR, n, 'model.onnx'))).sort();
    const failures: string[] = [];
    const allowedFailures: string[] = [];
    const skipped = new Map<string, number>();
    let checked = 0;
    let passing = 0;
    for (const name of names) {
      const r = check(name);
      if (r.status === 'skip') {
        skipped.set(r.why, (skipped.get(r.why) ?? 0) + 1);
        continue;
      }
      checked++;
      if (r.status === 'pass') passing++;
      else if (name in KNOWN_MISMATCHES) allowedFailures.push(name);
      else failures.push(`${name}: ${r.why}`);
    }
    const stale = Object.keys(KNOWN_MISMATCHES).filter((n) => names.includes(n) && !allowedFailures.includes(n));
    console.log(`onnx-testdata: ${names.length} models, ${checked} checked, ${passing} passing, ${allowedFailures.length} allowlisted, ${failures.length} failing`);
    if (process.env['ONNX_TESTDATA_VERBOSE']) console.log([...skipped].sort((a, b) => b[1] - a[1]).map(([w, n]) => `  skipped ${n}: ${w}`).join('\n'));
    if (stale.length > 0) console.log(`allowlisted but passing (remove from the allowlist): ${stale.join(', ')}`);
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(300);
  });
});
