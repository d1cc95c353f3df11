/**
 * The HTML report: ONE self-contained page (inline CSS, no script, no external resource; a CSP
 * meta forbids them anyway) that opens offline from a downloaded artifact. It shows the text
 * report's summary figures, the layer graph coloured by unit (html-graph.ts), why each SW layer
 * left the accelerator, nested subgraphs under their node, and the diagnostics.
 */
import type { Report, ReportLayer } from '../types.js';
import { binarySize, bytesLong, signed, signedPercent, thousands } from '../../units/format.js';
import { ioLine } from './text.js';
import { DEFAULT_LIMITS, UNIT_LABELS, escapeHtml as esc, graphSvg, hasReasons, layerTableHtml, opText, shapeText, unitKey, type GraphLimits, type UnitKey } from './html-graph.js';
import { HTML_STYLE } from './html-style.js';
import { fileName } from '../names.js';
import { timelineSection } from './html-timeline.js';
import { partitionLines, toolchainLabel } from './partition.js';
import { latencyHtml } from './html-latency.js';
import { latencyValue } from './latency.js';
import { append } from '../../arrays.js';
import { warningLines } from './warnings.js';

export { escapeHtml } from './html-graph.js';

export interface HtmlOptions {
  /** When the graph is drawn or listed as a table (tests lower them). */
  limits?: GraphLimits;
}

function summaryRows(r: Report): [string, string][] {
  const t = r.totals;
  const rows: [string, string][] = [
    ['model file', r.model.path],
    ['type', r.model.format],
    ['model_name', r.model.name],
    ['model_fmt', r.model.fmt],
  ];
  if (r.target) rows.push(['target', r.target.name + (toolchainLabel(r.target) ? ` (${toolchainLabel(r.target)})` : '')]);
  rows.push(['memory planner', r.memory.plannerLabel]);
  rows.push(['params #', `${thousands(t.params)} items (${binarySize(t.paramsBytes)})`]);
  r.inputs.forEach((io, i) => rows.push([`input ${i + 1}/${r.inputs.length}`, ioLine(io)]));
  r.outputs.forEach((io, i) => rows.push([`output ${i + 1}/${r.outputs.length}`, ioLine(io)]));
  rows.push(['macc', thousands(t.macc)]);
  if (r.latency) rows.push(['latency', `${latencyValue(r.latency)}, estimate`]);
  const delta = t.weightsBytes - t.floatWeightsBytes;
  const vsFloat = delta !== 0 && t.floatWeightsBytes > 0 ? ` / ${signed(delta)} (${signedPercent((delta / t.floatWeightsBytes) * 100)}) vs float model` : '';
  rows.push(['weights (ro)', `${bytesLong(t.weightsBytes)}${vsFloat}`]);
  if (t.quantParamsBytes > 0) rows.push(['quant params (ro)', bytesLong(t.quantParamsBytes)]);
  rows.push(['activations (rw)', bytesLong(t.activationsBytes) + (r.options.ioInsideActivations ? ' (inputs/outputs inside)' : '')]);
  if (t.persistentBytes > 0) rows.push(['persistent (rw)', bytesLong(t.persistentBytes)]);
  rows.push(['ram (total)', `${bytesLong(t.ramTotalBytes)} = ${thousands(t.activationsBytes)} + ${thousands(t.inputsBytes)} + ${thousands(t.outputsBytes)}`]);
  if (r.partition) append(rows, partitionLines(r.partition, r.target).head.map((h, i): [string, string] => [i === 0 ? 'partition' : '', h]));
  if (r.epochs) rows.push(['epochs', `${r.epochs.total} (${r.epochs.hw} HW, ${r.epochs.sw} SW${r.epochs.unsupported ? `, ${r.epochs.unsupported} unsupported` : ''})`]);
  const pools = r.pools?.pools ?? [];
  for (const p of pools.filter((x) => x.usedBytes > 0)) {
    const usable = p.usableBytes === null ? 'unbounded' : bytesLong(p.usableBytes);
    rows.push([`pool ${p.name}`, `${bytesLong(p.usedBytes)} of ${usable}${p.percent === null ? '' : ` (${p.percent.toFixed(1)}%)`}, ${p.holds.join(' + ')}${p.external ? ', external' : ''}`]);
  }
  const unused = pools.filter((x) => x.usedBytes === 0).map((x) => x.name);
  if (unused.length) rows.push(['unused pools', unused.join(', ')]);
  return rows;
}

function summary(r: Report): string {
  const rows = summaryRows(r).map(([k, v]) => `<tr><th>${esc(k)}</th><td>${esc(v)}</td></tr>`).join('\n');
  const notes = [
    ...(r.target ? [`<p class="note">${esc(r.target.disclaimer)}</p>`] : []),
    ...[...warningLines(r.target?.warnings ?? []), ...(r.pools?.warnings ?? [])].map((w) => `<p class="warn">WARNING: ${esc(w)}</p>`),
  ];
  return `<section><h2>Summary</h2><table class="summary">${rows}</table>${notes.join('\n')}</section>`;
}

function walk(layers: readonly ReportLayer[], f: (l: ReportLayer) => void): void {
  for (const l of layers) {
    f(l);
    for (const sg of l.subgraphs ?? []) walk(sg.layers, f);
  }
}

function legend(r: Report): string {
  const counts = new Map<UnitKey, number>();
  walk(r.layers, (l) => counts.set(unitKey(l), (counts.get(unitKey(l)) ?? 0) + 1));
  const keys = (Object.keys(UNIT_LABELS) as UnitKey[]).filter((k) => counts.has(k) || (k !== 'none' && r.target !== undefined));
  return `<ul class="legend">${keys.map((k) => `<li class="u-${k}"><span class="sw"></span>${UNIT_LABELS[k]} (${counts.get(k) ?? 0})</li>`).join('')}</ul>`;
}

function reasonList(l: ReportLayer): string {
  const items = (l.reasons ?? []).map((x) => `<li>${esc(x.message)}${x.hint ? ` <span class="hint">Fix: ${esc(x.hint)}</span>` : ''}</li>`);
  return `<ul class="reasons">${items.join('')}</ul>`;
}

function unitTag(l: ReportLayer): string {
  return l.unit ? ` <span class="tag u-${unitKey(l)}">${esc(l.unit)}${l.unitName ? ` · ${esc(l.unitName)}` : ''}</span>` : '';
}

function whySection(r: Report): string {
  const items = r.layers.map((l, i) => ({ l, i })).filter(({ l }) => hasReasons(l)).map(({ l, i }) =>
    `<li id="why-${i}"><b>#${i} ${esc(l.name)}</b> (${esc(opText(l))})${unitTag(l)}${reasonList(l)}</li>`);
  if (items.length === 0) return '';
  return `<section><h2>Why layers run off the accelerator</h2><ol class="why">${items.join('\n')}</ol></section>`;
}

function nestedLayers(layers: readonly ReportLayer[]): string {
  const items = layers.map((l) => {
    const subs = (l.subgraphs ?? []).map((sg) =>
      `<li><b>${esc(sg.name)}</b>: ${sg.layers.length} layer${sg.layers.length === 1 ? '' : 's'}, MACC counted x${thousands(sg.repeat)}${nestedLayers(sg.layers)}</li>`);
    return `<li class="u-${unitKey(l)}"><span class="sw"></span>${esc(l.name)} (${esc(opText(l))}) ${esc(shapeText(l.outputShape))}, MACC ${thousands(l.macc)}, W ${thousands(l.weightsBytes)} B${unitTag(l)}`
      + `${hasReasons(l) ? reasonList(l) : ''}${subs.length ? `<ul>${subs.join('')}</ul>` : ''}</li>`;
  });
  return `<ul class="nested">${items.join('')}</ul>`;
}

function subgraphSection(r: Report): string {
  const items = r.layers.map((l, i) => ({ l, i })).filter(({ l }) => (l.subgraphs?.length ?? 0) > 0).map(({ l, i }) =>
    `<li id="sub-${i}"><b>#${i} ${esc(l.name)}</b> (${esc(opText(l))})<ul>${(l.subgraphs ?? []).map((sg) =>
      `<li><b>${esc(sg.name)}</b>: ${sg.layers.length} layer${sg.layers.length === 1 ? '' : 's'}, MACC counted x${thousands(sg.repeat)}${nestedLayers(sg.layers)}</li>`).join('')}</ul></li>`);
  if (items.length === 0) return '';
  return `<section><h2>Nested subgraphs</h2><ul class="subgraphs">${items.join('\n')}</ul></section>`;
}

function diagnostics(r: Report): string {
  if (r.diagnostics.length === 0) return '';
  const rows = r.diagnostics.map((d) =>
    `<tr><td>${esc(d.severity)}</td><td>${esc(d.code)}</td><td>${esc(d.category)}</td><td>${esc(d.node ?? '')}</td><td>${esc(d.message)}</td></tr>`);
  return `<section><h2>Diagnostics (${r.diagnostics.length})</h2><table class="diag"><thead><tr><th>Severity</th><th>Code</th><th>Category</th><th>Node</th><th>Message</th></tr></thead><tbody>${rows.join('\n')}</tbody></table></section>`;
}

function graphSection(r: Report, limits: GraphLimits): string {
  const svg = graphSvg(r, limits);
  const head = `<h2>Layers (${r.layers.length})</h2>${legend(r)}`;
  if (svg !== null) {
    return `<section>${head}<p class="note">Execution order top to bottom; hover a box for details, click a coloured box for why it runs off the accelerator.</p><div class="graph-wrap">${svg}</div></section>`;
  }
  return `<section>${head}<p class="note">${r.layers.length} layers: too many to draw readably (limit ${limits.maxLayers} layers), listed instead.</p>${layerTableHtml(r)}</section>`;
}

export function renderHtml(r: Report, options: HtmlOptions = {}): string {
  const limits = options.limits ?? DEFAULT_LIMITS;
  // The file is what users know the model by; the graph's own name is often 'main' or 'torch_jit'.
  const file = fileName(r.model.path) || r.model.name;
  const title = `${file}${r.target ? ` on ${r.target.name}` : ''}: model-footprint report`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(title)}</title>`,
    `<style>${HTML_STYLE}</style></head><body>`,
    `<h1 title="${esc(r.model.path)}">${esc(file)} <small>graph ${esc(r.model.name)} · ${esc(r.model.format)} · ${esc(r.model.fmt)}${r.target ? ` · ${esc(r.target.name)}` : ''}</small></h1>`,
    summary(r),
    timelineSection(r),
    latencyHtml(r),
    graphSection(r, limits),
    whySection(r),
    subgraphSection(r),
    diagnostics(r),
    `<footer>${esc(r.tool.name)} ${esc(r.tool.version)} · report schema ${esc(r.schemaVersion)}</footer>`,
    '</body></html>',
    '',
  ].filter((s) => s !== '').join('\n');
}
