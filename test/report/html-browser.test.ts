/**
 * The HTML report as a person sees it: rendered by headless Chromium (Debian's `chromium`, driven
 * by playwright-core), then measured in the page: the title is the file name, every box's index
 * sits beside its name (no overlap) and inside the box, long names are elided at their start with
 * the full name in the tooltip. A screenshot is written for review (MODEL_FOOTPRINT_SHOTS=dir).
 * Skips without Chromium, except in CI, where .ci/run installs it.
 */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { analyzeModel } from '../../src/analyze.js';
import { bytesSource } from '../../src/ir/source.js';
import { renderHtml } from '../../src/report/render/html.js';
import { OnnxBuilder } from '../builders/onnx.js';

const CHROMIUM = '/usr/bin/chromium';
const have = existsSync(CHROMIUM);
if (!have && process.env['CI'] === 'true') throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium for this test`);

/** Keras-style names: a shared scope prefix, the distinguishing part at the end. */
function longNames(): Uint8Array {
  const b = new OnnxBuilder({ opset: 13, graphName: 'main' });
  let x = b.input('serving_default_input_1:0', 'float32', [1, 3, 16, 16]);
  for (let i = 0; i < 12; i++) {
    const w = b.initializer(`w${i}`, 'float32', [4, i === 0 ? 3 : 4, 3, 3]);
    x = b.node('Conv', [x, w], { kernel_shape: [3, 3], pads: [1, 1, 1, 1] }, { name: `model/sequential_${i}/conv2d_${i}/BiasAdd/ReadVariableOp/resource${i}` });
    x = b.node('Relu', [x], {}, { name: `model/sequential_${i}/re_lu_${i}/Relu` });
  }
  b.output(x, 'float32');
  return b.build();
}

describe.skipIf(!have)('HTML report in headless Chromium', () => {
  it('file name as title, index beside the name, names elided at the start, full names on hover', async () => {
    const path = 'models/kws_keras_export.onnx';
    const report = analyzeModel({ path, source: bytesSource(path, longNames()) }, { target: 'stm32n6', longNames: true }); // the file's long names: elision is under test
    const dir = process.env['MODEL_FOOTPRINT_SHOTS'] ?? mkdtempSync(join(tmpdir(), 'mf-html-'));
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'report.html');
    writeFileSync(file, renderHtml(report));
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      await page.goto(`file://${file}`);
      expect(await page.title()).toBe('kws_keras_export.onnx on stm32n6: model-footprint report');
      expect(await page.locator('h1').innerText()).toMatch(/^kws_keras_export\.onnx graph main/);
      // The page's SVG elements (the project compiles without the DOM library: typed by hand).
      type Svg = { getBBox(): { x: number; width: number }; textContent: string | null };
      type Node = { querySelector(s: string): unknown };
      const boxes = await page.$$eval('svg .node[data-layer]', (nodes) => nodes.map((n) => {
        const g = n as unknown as Node;
        const rect = (g.querySelector('rect') as Svg).getBBox();
        const id = (g.querySelector('tspan.id') as Svg).getBBox();
        const nm = g.querySelector('tspan.nm') as Svg;
        const name = nm.getBBox();
        return { rect: [rect.x, rect.width], id: [id.x, id.width], name: [name.x, name.width], text: nm.textContent ?? '', title: (g.querySelector('title') as Svg | null)?.textContent ?? '' };
      }));
      expect(boxes.length).toBe(report.layers.length);
      for (const b of boxes) {
        const [rx = 0, rw = 0] = b.rect;
        const [ix = 0, iw = 0] = b.id;
        const [nx = 0, nw = 0] = b.name;
        expect(ix + iw, `index overlaps the name in ${b.title.split('\n')[0]}`).toBeLessThanOrEqual(nx);
        expect(nx + nw, `name runs out of its box: ${b.text}`).toBeLessThanOrEqual(rx + rw);
        const full = b.title.split('\n')[0]?.replace(/^#\d+ /, '') ?? '';
        // A shortened name keeps its end ('…' + the last characters); otherwise it is the whole name.
        expect(b.text.startsWith('…') ? full.endsWith(b.text.slice(1)) : b.text === full, `${b.text} for ${full}`).toBe(true);
      }
      // The distinguishing end survives: e.g. '…/ReadVariableOp/resource11', not 'model/…'.
      expect(boxes.some((b) => b.text.startsWith('…') && b.text.endsWith('resource11'))).toBe(true);
      const shot = await page.screenshot({ path: join(dir, 'report.png'), fullPage: false });
      expect(shot.subarray(1, 4).toString()).toBe('PNG');
      // The memory timeline: one bar per step inside the chart, as the page draws it (the
      // rendered box, so a style that resized the bars would show): each bar's height in
      // proportion to its step's bytes in use (1 px of rounding), every bar standing on the axis,
      // the peak bar highest; clicking it goes to its layer's box.
      type Rendered = { getBoundingClientRect(): { x: number; y: number; width: number; height: number; bottom: number } };
      const bars = await page.$$eval('svg.timeline rect.bar', (rs) => rs.map((r) => {
        const b = (r as unknown as Rendered).getBoundingClientRect();
        return { h: b.height, w: b.width, bottom: b.bottom, peak: (r as unknown as { classList: { contains(c: string): boolean } }).classList.contains('peak') };
      }));
      const steps = report.memory.timeline.steps;
      expect(bars.length).toBe(steps.length);
      expect(bars.every((b) => b.w >= 2)).toBe(true);
      const peak = bars.findIndex((b) => b.peak);
      expect(peak).toBe(report.memory.timeline.peak?.step);
      const top = bars[peak]?.h ?? 0;
      expect(top).toBeGreaterThan(100);
      expect(Math.max(...bars.map((b) => b.h))).toBe(top);
      const most = Math.max(...steps.map((s) => s.liveBytes));
      bars.forEach((b, i) => {
        expect(Math.abs(b.h - (top * (steps[i]?.liveBytes ?? 0)) / most), `bar ${i}`).toBeLessThanOrEqual(1.5);
        expect(b.bottom, `bar ${i} stands on the axis`).toBeCloseTo(bars[peak]?.bottom ?? 0, 5);
      });
      await page.locator('svg.timeline rect.bar.peak').click();
      const layer = report.layers.findIndex((l) => l.name === report.memory.timeline.peak?.layer);
      expect(await page.evaluate(() => (globalThis as unknown as { location: { hash: string } }).location.hash)).toBe(`#layer-${layer}`);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
