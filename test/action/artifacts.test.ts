import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeArtifactFiles } from '../../src/action/artifacts.js';
import { RESULTS_SCHEMA, type ResultsFile } from '../../src/action/results.js';
import type { CommentEntry } from '../../src/diff/index.js';
import { seed001 } from '../report/fixtures.js';

describe('action artifact files', () => {
  it('writes the text, JSON and HTML report of each side, the diff JSON and the results file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mf-artifact-'));
    const entries: CommentEntry[] = [
      { path: 'm/a.onnx', target: 'stm32n6', status: 'modified', base: seed001(), head: seed001() },
      { path: 'm/gone.onnx', target: 'stm32n6', status: 'removed', base: seed001() },
    ];
    const results: ResultsFile = {
      schema: RESULTS_SCHEMA, key: 'default', pr: 1, headSha: 'h', baseSha: 'b', targets: ['stm32n6'], shard: undefined,
      entries, runUrl: '', artifactUrl: undefined, diff: {},
    };
    const files = writeArtifactFiles(dir, entries, '{}\n', results).map((f) => relative(dir, f).replace(/\\/g, '/'));
    expect(files.sort()).toEqual([
      'model-footprint-diff.json', 'model-footprint-results.json',
      'reports/m__a.onnx.stm32n6.base.html', 'reports/m__a.onnx.stm32n6.base.json', 'reports/m__a.onnx.stm32n6.base.txt',
      'reports/m__a.onnx.stm32n6.head.html', 'reports/m__a.onnx.stm32n6.head.json', 'reports/m__a.onnx.stm32n6.head.txt',
      'reports/m__gone.onnx.stm32n6.base.html', 'reports/m__gone.onnx.stm32n6.base.json', 'reports/m__gone.onnx.stm32n6.base.txt',
    ]);
    // the JSON report: JSON.stringify's text, indented by 2, and a final newline (written in chunks)
    expect(readFileSync(join(dir, 'reports/m__gone.onnx.stm32n6.base.json'), 'utf8')).toBe(JSON.stringify(entries[1]?.base, null, 2) + '\n');
    const html = readFileSync(join(dir, 'reports/m__a.onnx.stm32n6.head.html'), 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<g class="node u-none" data-layer="0" id="layer-0">');
  });
});
