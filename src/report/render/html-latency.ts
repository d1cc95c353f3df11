/** The HTML report's latency section: the estimate line, each unit's share, a bar per layer. */
import type { Report } from '../types.js';
import { latencyValue, layerRows, slowest, unitLines } from './latency.js';
import { escapeHtml as esc } from './html-graph.js';

/** Layers listed with a bar; beyond this the slowest are listed and the rest counted. */
const MAX_BARS = 400;

export function latencyHtml(r: Report): string {
  const l = r.latency;
  if (!l) return '';
  const rows = layerRows(r);
  const shown = rows.length > MAX_BARS ? slowest(rows, MAX_BARS) : rows;
  // 200 px for the whole time: a bar per layer.
  const bar = (share: number) => `<span class="share" style="width:${Math.max(1, Math.round(share * 200))}px"></span>`;
  const body = shown.map(({ cells: [name, unit, cycles, time, pct], share }) => `<tr><td>${esc(name ?? '')}</td><td>${esc(unit ?? '')}</td><td class="r">${esc(cycles ?? '')}</td><td class="r">${esc(time ?? '')}</td><td>${pct === '-' ? '' : bar(share)} ${esc(pct ?? '')}</td></tr>`).join('');
  const more = rows.length > shown.length ? `<p class="note">The ${shown.length} slowest of ${rows.length} layers.</p>` : '';
  return [
    '<section><h2>Latency (estimate)</h2>',
    `<p><b>${esc(latencyValue(l))}</b></p><p class="note">${esc(l.estimate)}</p>`,
    `<ul>${unitLines(l).map((u) => `<li>${esc(u)}</li>`).join('')}</ul>`,
    more,
    `<table class="latency"><tr><th>layer</th><th>unit</th><th>cycles</th><th>time</th><th>share</th></tr>${body}</table></section>`,
  ].join('');
}
