/**
 * A compact Markdown report (PR comments, job summaries). Every cell that holds user-controlled
 * text goes through `mdEscape`, so a layer named `</details><img src=x>` renders as text.
 */
import { memoryLines } from './memory-lines.js';
import { partitionLines, toolchainLabel } from './partition.js';
import { latencyValue, layerRows, slowest, unitLines } from './latency.js';
import { printable } from '../../diagnostics/printable.js';
import { markdownTable } from 'markdown-table';
import type { Report, ReportIO, ReportLayer } from '../types.js';
import { bytesLong, percent, signed, signedPercent, thousands } from '../../units/format.js';
import { append } from '../../arrays.js';

/** Escapes text for a GFM table cell: HTML, pipes, backticks, link/emphasis brackets, newlines. */
export function mdEscape(s: string): string {
  return printable(s.replace(/\r\n|[\r\n\u2028\u2029]/g, ' '))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\\/g, '\\\\')
    .replace(/([|`*[\]])/g, '\\$1');
}

function table(rows: string[][], align: ('l' | 'r')[]): string {
  return markdownTable(rows, { align, alignDelimiters: false });
}

function ioRow(io: ReportIO): string[] {
  const quant = io.quant ? `scale ${io.quant.scale.toPrecision(6)}, zp ${io.quant.zeroPoint}` : '';
  return [mdEscape(io.name), mdEscape(io.dtype), mdEscape(io.shape === null ? '?' : io.shape.join('x')), io.bytes === null ? '?' : thousands(io.bytes), quant, io.location];
}

function layerRow(l: ReportLayer, id: string, label: string): string[] {
  return [
    id,
    label + (l.fused.length ? ` (+${l.fused.map(mdEscape).join(', ')})` : ''),
    mdEscape(l.sourceOp) + (l.activation ? ` + ${mdEscape(l.activation)}` : ''),
    mdEscape(l.outputShape === null ? '?' : l.outputShape.join('x')),
    thousands(l.params), thousands(l.weightsBytes), thousands(l.macc),
    l.connectedTo.map(mdEscape).join(', '),
  ];
}

const sum = (ls: readonly ReportLayer[], k: 'params' | 'weightsBytes' | 'macc'): number => ls.reduce((a, l) => a + l[k], 0);

/**
 * Nested graphs, compactly: one line per subgraph with its totals and how its MACC counts, then
 * only its layers that hold weights or MACC (their own nested graphs likewise).
 */
function nestedRows(l: ReportLayer, depth: number): string[][] {
  const arrow = '↳'.repeat(depth);
  const rows: string[][] = [];
  for (const sg of l.subgraphs ?? []) {
    const shown = sg.layers.filter((x) => x.macc > 0 || x.params > 0);
    rows.push(['', `${arrow} *${mdEscape(sg.name)}* (${sg.layers.length} layer${sg.layers.length === 1 ? '' : 's'}, MACC counted x${thousands(sg.repeat)})`, '', '', thousands(sum(sg.layers, 'params')), thousands(sum(sg.layers, 'weightsBytes')), thousands(sum(sg.layers, 'macc')), '']);
    for (const x of shown) {
      rows.push(layerRow(x, '', `${arrow} ${mdEscape(sg.name)}/${mdEscape(x.name)}`));
      append(rows, nestedRows(x, depth + 1));
    }
  }
  return rows;
}

/** The latency estimate: what it estimates, each unit's share, the slowest layers. */
function latencyMarkdown(r: Report): string[] {
  const l = r.latency;
  if (!l || l.timeMs === null) return [];
  const rows = slowest(layerRows(r), 10).map((x) => x.cells);
  return [
    `Latency: ${mdEscape(latencyValue(l))}. ${mdEscape(l.estimate)}`, '',
    ...unitLines(l).map((u) => `- ${mdEscape(u)}`), '',
    table([['Slowest layers', 'Unit', 'Cycles', 'Time', 'Share'], ...rows.map((x) => x.map(mdEscape))], ['l', 'l', 'r', 'r', 'r']), '',
  ];
}

/** Target, epochs (with the reason of every SW epoch) and pool usage. */
function targetMarkdown(r: Report): string[] {
  if (!r.target) return [];
  const tc = toolchainLabel(r.target);
  const out = [`Target **${mdEscape(r.target.name)}**${tc ? ` (${mdEscape(tc)})` : ''}: ${mdEscape(r.target.disclaimer)}`, ''];
  if (r.partition) {
    const { head, rows } = partitionLines(r.partition, r.target);
    append(out, head.map((h) => `${mdEscape(h)}  `)).push('');
    if (rows.length > 0) append(out, rows.map((x) => `- \`${mdEscape(x.text)}\`${x.detail.length ? `: ${x.detail.map(mdEscape).join('; ')}` : ''}`)).push('');
  }
  if (r.epochs) {
    out.push(`Epochs: ${r.epochs.total} (${r.epochs.hw} HW, ${r.epochs.sw} SW${r.epochs.unsupported ? `, ${r.epochs.unsupported} unsupported` : ''})`, '');
    const sw = r.epochs.list.filter((e) => e.unit !== 'HW');
    if (sw.length > 0) {
      out.push(table([['Epoch', 'Unit', 'Layers', 'MACC', 'Why not on the NPU'], ...sw.map((e) => [
        String(e.id), e.unit,
        e.inserted !== undefined ? `${e.ops.map(mdEscape).join(', ')} inserted around ${e.nodes.map(mdEscape).join(', ')}` : e.separated !== undefined ? `${e.ops.map(mdEscape).join(', ')} of ${e.nodes.map(mdEscape).join(', ')}` : e.nodes.map(mdEscape).join(', '),
        thousands(e.macc),
        [...(e.inserted === undefined ? [] : [mdEscape(e.inserted)]), ...(e.separated === undefined ? [] : [mdEscape(e.separated)]), ...e.reasons.map((x) => mdEscape(x.message) + (x.hint ? ` Fix: ${mdEscape(x.hint)}` : ''))].join('<br>'),
      ])], ['r', 'l', 'l', 'r', 'l']), '');
    }
  }
  if (r.pools && r.pools.pools.length > 0) {
    out.push(table([['Pool', 'Holds', 'Used', 'Usable', '%'], ...r.pools.pools.map((p) => [
      mdEscape(p.name) + (p.external ? ' (external)' : ''), p.holds.join(', '), bytesLong(p.usedBytes),
      p.usableBytes === null ? 'unbounded' : bytesLong(p.usableBytes), p.percent === null ? '' : `${p.percent.toFixed(1)}%`,
    ])], ['l', 'l', 'r', 'r', 'r']), '');
    for (const w of r.pools.warnings) out.push(`> ⚠️ ${mdEscape(w)}`, '');
  }
  return out;
}

export function renderMarkdown(r: Report): string {
  const t = r.totals;
  const delta = t.weightsBytes - t.floatWeightsBytes;
  const vsFloat = delta !== 0 && t.floatWeightsBytes > 0 ? ` (${signed(delta)}, ${signedPercent((delta / t.floatWeightsBytes) * 100)} vs float)` : '';
  const out: string[] = [];
  // Named by the file (several models in one document), the graph's own name after it.
  out.push(`### ${mdEscape(r.model.path)} (${mdEscape(r.model.format)}, ${mdEscape(r.model.fmt)}, graph ${mdEscape(r.model.name)})`, '');
  out.push(table([
    ['Metric', 'Value'],
    ['MACC', thousands(t.macc)],
    ...(r.latency ? [['Latency (estimate)', mdEscape(latencyValue(r.latency))]] : []),
    ['Params', `${thousands(t.params)} items`],
    ['Weights (ROM)', `${bytesLong(t.weightsBytes)}${vsFloat}`],
    ['Activations (RAM)', `${bytesLong(t.activationsBytes)} (${r.memory.planner} planner)`],
    ...memoryLines(r).map((l) => ['', mdEscape(l)]),
    ['RAM total', `${bytesLong(t.ramTotalBytes)} = ${thousands(t.activationsBytes)} + ${thousands(t.inputsBytes)} + ${thousands(t.outputsBytes)}`],
    ...(t.persistentBytes > 0 ? [['Persistent (RAM)', bytesLong(t.persistentBytes)]] : []),
  ], ['l', 'r']), '');

  append(out, targetMarkdown(r));
  append(out, latencyMarkdown(r));
  const ioHeader = ['Name', 'Type', 'Shape', 'Bytes', 'Quantization', 'Location'];
  out.push('**Inputs / outputs**', '');
  out.push(table([['', ...ioHeader], ...r.inputs.map((io) => ['in', ...ioRow(io)]), ...r.outputs.map((io) => ['out', ...ioRow(io)])], ['l', 'l', 'l', 'l', 'r', 'l', 'l']), '');

  out.push('<details><summary>Layers</summary>', '');
  out.push(table([
    ['#', 'Layer', 'Op', 'Output', 'Params', 'Weights (B)', 'MACC', 'Connected to'],
    ...r.layers.flatMap((l, i) => [layerRow(l, String(i), mdEscape(l.name)), ...nestedRows(l, 1)]),
  ], ['r', 'l', 'l', 'l', 'r', 'r', 'r', 'l']), '', '</details>', '');

  if (r.operationTypes.length > 0) {
    out.push(table([['Operation type', 'MACC', '%'], ...r.operationTypes.map((o) => [mdEscape(o.type), thousands(o.macc), percent(o.share)])], ['l', 'r', 'r']), '');
  }
  if (r.diagnostics.length > 0) {
    out.push(`**Diagnostics (${r.diagnostics.length})**`, '');
    out.push(table([['Category', 'Code', 'Node', 'Message'], ...r.diagnostics.map((d) => [d.category, d.code, mdEscape(d.node ?? ''), mdEscape(d.message)])], ['l', 'l', 'l', 'l']), '');
  }
  return out.join('\n');
}
