/** The HTML report's latency section: the estimate line, each unit's share, a bar per layer. */
import type { Report } from '../types.js';
import { latencyValue, layerRows, unitLines } from './latency.js';
import { escapeHtml as esc } from './html-graph.js';

/** Layers listed with a bar; beyond this the slowest are listed and the rest counted. */
const MAX_BARS = 400;

export function latencyHtml(r: Report): string {
  const l = r.latency;
  if (!l) return '';
  const rows = layerRows(r);
  const shown = rows.length > MAX_BARS ? [...rows].sort((a, b) => parseFloat(b[4] ?? '0') - parseFloat(a[4] ?? '0')).slice(0, MAX_BARS) : rows;
  const bar = (share: string) => {
    const pct = parseFloat(share);
    return Number.isFinite(pct) ? `<span class="bar" style="width:${Math.max(1, Math.round(pct * 2))}px"></span>` : '';
  };
  const body = shown.map((x) => `<tr><td>${esc(x[0] ?? '')}</td><td>${esc(x[1] ?? '')}</td><td class="r">${esc(x[2] ?? '')}</td><td class="r">${esc(x[3] ?? '')}</td><td>${bar(x[4] ?? '')} ${esc(x[4] ?? '')}</td></tr>`).join('');
  const more = rows.length > shown.length ? `<p class="note">The ${shown.length} slowest of ${rows.length} layers.</p>` : '';
  return [
    '<section><h2>Latency (estimate)</h2>',
    `<p><b>${esc(latencyValue(l))}</b></p><p class="note">${esc(l.estimate)}</p>`,
    `<ul>${unitLines(l).map((u) => `<li>${esc(u)}</li>`).join('')}</ul>`,
    more,
    `<table class="latency"><tr><th>layer</th><th>unit</th><th>cycles</th><th>time</th><th>share</th></tr>${body}</table></section>`,
  ].join('');
}
