/**
 * The HTML memory timeline: one bar per execution step (bytes in use), the peak in red with its
 * label, each bar a link to its layer's box or row (#layer-N). Past MAX_BARS steps, neighbouring
 * steps share a bar that shows their largest value and links to that step's layer.
 */
import type { Report } from '../types.js';
import { compactSize, thousands } from '../../units/format.js';
import { escapeHtml as esc } from './html-graph.js';
import { memoryLines } from './memory-lines.js';
import { maxOf } from '../../arrays.js';

export const MAX_BARS = 600;
const HEIGHT = 160;
/** The plot area's width: bars share it, 3 to 40 px each. */
const PLOT = 900;
const MIN_WIDTH = 640;

/** Characters of the peak layer's name drawn under the chart (the list below has it whole). */
const LABEL_NAME = 60;

function clipEnd(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}

interface Bar { step: number; layer: string; liveBytes: number }

function bars(r: Report): Bar[] {
  const steps = r.memory.timeline.steps;
  const per = Math.max(1, Math.ceil(steps.length / MAX_BARS));
  const out: Bar[] = [];
  for (let i = 0; i < steps.length; i += per) {
    let best = i;
    for (let j = i; j < Math.min(i + per, steps.length); j++) if ((steps[j]?.liveBytes ?? 0) > (steps[best]?.liveBytes ?? 0)) best = j;
    const s = steps[best];
    if (s) out.push({ step: best, layer: s.layer, liveBytes: s.liveBytes });
  }
  return out;
}

export function timelineSection(r: Report): string {
  const t = r.memory.timeline;
  if (t.steps.length === 0 || !t.peak) return '';
  const index = new Map(r.layers.map((l, i) => [l.name, i]));
  const bs = bars(r);
  const max = maxOf(bs.map((b) => b.liveBytes), 1);
  const left = 56;
  const bar = Math.max(3, Math.min(40, Math.floor(PLOT / Math.max(1, bs.length))));
  const width = Math.max(MIN_WIDTH, left + bs.length * bar + 8);
  const svg = [
    `<svg class="timeline" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${HEIGHT + 36}" viewBox="0 0 ${width} ${HEIGHT + 36}" role="img" aria-label="bytes in use per execution step">`,
    `<path class="axis" d="M${left} ${HEIGHT + 8}H${width - 4}"/>`,
    `<text x="4" y="16">${esc(compactSize(max))}</text><text x="4" y="${HEIGHT + 8}">0</text>`,
    ...bs.map((b, k) => {
      const h = Math.max(1, Math.round((b.liveBytes / max) * HEIGHT));
      const peak = b.step === t.peak?.step;
      const i = index.get(b.layer);
      const rect = `<rect class="bar${peak ? ' peak' : ''}" x="${left + k * bar}" y="${HEIGHT + 8 - h}" width="${bar - 1}" height="${h}"><title>step ${b.step}: ${esc(b.layer)}, ${esc(thousands(b.liveBytes))} B in use</title></rect>`;
      return i === undefined ? rect : `<a href="#layer-${i}">${rect}</a>`;
    }),
    `<text class="peak" x="${left}" y="${HEIGHT + 30}">${esc(`peak: step ${t.peak.step}, ${clipEnd(t.peak.layer, LABEL_NAME)}, ${thousands(t.peak.liveBytes)} B`)}</text>`,
    '</svg>',
  ].join('');
  const lines = memoryLines(r).map((l) => `<li>${esc(l)}</li>`);
  return `<section id="memory-timeline"><h2>Memory timeline</h2><p class="note">Bytes in use while each layer runs (${esc(r.memory.plannerLabel)}); an output written over its input counts once. Click a bar for its layer.</p><div class="graph-wrap">${svg}</div><ul class="peak">${lines.join('')}</ul></section>`;
}
