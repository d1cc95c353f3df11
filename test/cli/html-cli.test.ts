import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

const EXAMPLE = 'examples/kws/kws_cnn_int8.onnx';


describe('model-footprint CLI: HTML', () => {
  it('--format html prints one self-contained page', async () => {
    const r = (await cli('analyze', EXAMPLE, '--target', 'stm32n6', '--format', 'html'));
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(r.out.trimEnd().endsWith('</html>')).toBe(true);
    expect(r.out).toContain('<svg');
    expect(r.out).toContain('<g class="node u-SW_INT"');
    expect(r.out).not.toMatch(/<script|<link|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });

  it('--out also writes <model>.report.html', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mf-cli-html-'));
    const r = (await cli('analyze', EXAMPLE, '--target', 'stm32n6', '--out', dir));
    expect(r.code).toBe(0);
    for (const ext of ['json', 'txt', 'md', 'html']) expect(existsSync(join(dir, `kws_cnn_int8.onnx.report.${ext}`)), ext).toBe(true);
    const html = readFileSync(join(dir, 'kws_cnn_int8.onnx.report.html'), 'utf8');
    expect(html).toContain('1,497,304');
    expect(html).toContain('pooling window 25x5 is larger than 3');
  });

  it('help and usage errors name the html format', async () => {
    expect((await cli('--help')).out).toContain('--format text|json|md|html');
    expect((await cli('--help')).out).toContain('<model>.report.{txt,json,md,html}');
    expect((await cli('analyze', EXAMPLE, '--format', 'xml')).err).toContain('text, json, md, html');
  });
});
