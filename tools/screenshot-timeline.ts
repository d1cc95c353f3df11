/**
 * Renders one model's HTML report in headless Chromium and saves its memory timeline section as
 * a PNG (documentation: docs/images/). Usage:
 *   npx tsx tools/screenshot-timeline.ts <model> <out.png> [--target T] [--planner P]
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { DEFAULT_TARGET, analyzeModel, renderReport, type PlannerProfile } from '../src/index.js';
import { fileModelInput } from '../src/node/file-source.js';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { target: { type: 'string' }, planner: { type: 'string' } } });
const [model, out] = positionals;
if (!model || !out) throw new Error('usage: tools/screenshot-timeline.ts <model> <out.png> [--target T] [--planner P]');
const report = analyzeModel(fileModelInput(model), { target: values.target ?? DEFAULT_TARGET, ...(values.planner ? { planner: values.planner as PlannerProfile } : {}) });
const file = join(mkdtempSync(join(tmpdir(), 'mf-shot-')), 'report.html');
writeFileSync(file, renderReport(report, 'html'));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  await page.goto(`file://${file}`);
  await page.locator('#memory-timeline').screenshot({ path: out });
  console.log(`${out}: ${report.memory.timeline.steps.length} steps, peak ${report.memory.timeline.peak?.liveBytes ?? 0} B at ${report.memory.timeline.peak?.layer ?? '-'}`);
} finally {
  await browser.close();
}
