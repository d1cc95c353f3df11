/**
 * The layer graph of the HTML report: an inline SVG (one box per layer, coloured by unit, edges
 * from `connectedTo`) or, past a size where a drawing stops being readable, a table of the same
 * layers. Every user-controlled string goes through `escapeHtml` (text and attributes alike).
 */
import type { Report, ReportIO, ReportLayer } from '../types.js';
import { DEFAULT_BOX, layoutGraph, type GraphLayout, type PlacedNode } from './html-layout.js';
import { binarySize, clipStart, printable, thousands } from '../../units/format.js';

/** Text for HTML text or a quoted attribute: & < > " ' escaped, control characters shown as \xNN. */
export function escapeHtml(s: string): string {
  return printable(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export type UnitKey = 'HW' | 'SW_INT' | 'SW_FLOAT' | 'unsupported' | 'none';

export const UNIT_LABELS: Record<UnitKey, string> = {
  HW: 'HW (accelerator)', SW_INT: 'SW int (CPU)', SW_FLOAT: 'SW float (CPU)', unsupported: 'unsupported', none: 'no target',
};

/** A fixed CSS class per unit: the report's string never reaches the markup as a class. */
export function unitKey(l: Pick<ReportLayer, 'unit'>): UnitKey {
  switch (l.unit) {
    case 'HW': case 'SW_INT': case 'SW_FLOAT': case 'unsupported': return l.unit;
    default: return 'none';
  }
}

/** A layer's reasons are listed when it runs off the accelerator (or nowhere). */
export function hasReasons(l: ReportLayer): boolean {
  return l.unit !== 'HW' && (l.reasons?.length ?? 0) > 0;
}

export function shapeText(shape: readonly (number | string)[] | null): string {
  return shape === null ? '?' : shape.length === 0 ? 'scalar' : shape.join('x');
}

export function opText(l: ReportLayer): string {
  return l.op + (l.activation ? ` +${l.activation}` : '');
}

function clip(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

// Long names keep their end (units/format.ts clipStart); the full name is in the box's tooltip.

/** Characters of a box's first line: `#id` then the name, side by side. */
const NAME_LINE = 27;

/** 346,816,704 -> '346.8M' when the exact figure does not fit a box (the tooltip has it). */
function compact(n: number): string {
  if (n >= 1e9) return `${(n / 1e9).toFixed(2)}G`;
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)}M`;
  if (n >= 1e4) return `${(n / 1e3).toFixed(1)}k`;
  return thousands(n);
}

function figuresText(l: ReportLayer): string {
  const exact = `MACC ${thousands(l.macc)} · W ${thousands(l.weightsBytes)} B`;
  return exact.length <= 29 ? exact : `MACC ${compact(l.macc)} · W ${binarySize(l.weightsBytes)}`;
}

/** Graphs past these sizes are shown as a table: an SVG of thousands of boxes helps nobody. */
export interface GraphLimits {
  maxLayers: number;
  maxWidth: number;
  maxHeight: number;
}

export const DEFAULT_LIMITS: GraphLimits = { maxLayers: 400, maxWidth: 12_000, maxHeight: 40_000 };

/** Room right of the boxes for skip connections. */
const SKIP_ROOM = 72;

function tooltip(l: ReportLayer, id: number): string {
  const lines = [`#${id} ${l.name}`, ...(l.originalName !== undefined ? [`in the file: ${l.originalName}`] : []), `${opText(l)} (${l.sourceOp})`, `output ${shapeText(l.outputShape)} ${l.dtype}`];
  lines.push(`MACC ${thousands(l.macc)}, weights ${thousands(l.weightsBytes)} B, params ${thousands(l.params)}`);
  if (l.unit) lines.push(`unit: ${l.unit}${l.unitName ? ` (${l.unitName})` : ''}`);
  if (l.fused.length) lines.push(`fused: ${l.fused.join(', ')}`);
  for (const r of l.reasons ?? []) lines.push(`- ${r.message}${r.hint ? ` Fix: ${r.hint}` : ''}`);
  return lines.map(escapeHtml).join('&#10;');
}

function layerBox(l: ReportLayer, id: number, n: PlacedNode): string {
  const { width: w, height: h } = DEFAULT_BOX;
  const x = (dx: number): string => (n.x + dx).toFixed(0);
  const y = (dy: number): string => (n.y + dy).toFixed(0);
  const subs = l.subgraphs?.length ?? 0;
  const op = opText(l) + (subs ? ` · ${subs} subgraph${subs === 1 ? '' : 's'}` : '');
  const box = [
    `<g class="node u-${unitKey(l)}" data-layer="${id}" id="layer-${id}"><title>${tooltip(l, id)}</title>`,
    `<rect x="${x(0)}" y="${y(0)}" width="${w}" height="${h}" rx="6"/>`,
    // One text run: the index, then the name after it (never drawn over each other).
    `<text x="${x(8)}" y="${y(17)}"><tspan class="id">#${id}</tspan> <tspan class="nm">${escapeHtml(clipStart(l.name, NAME_LINE - String(id).length - 2))}</tspan></text>`,
    `<text x="${x(8)}" y="${y(34)}">${escapeHtml(clip(op, 32))}</text>`,
    `<text x="${x(8)}" y="${y(51)}">${escapeHtml(clip(`${shapeText(l.outputShape)} ${l.dtype}`, 32))}</text>`,
    `<text x="${x(8)}" y="${y(68)}">${escapeHtml(figuresText(l))}</text>`,
    '</g>',
  ].join('');
  const target = hasReasons(l) ? `why-${id}` : subs ? `sub-${id}` : undefined;
  return target ? `<a href="#${target}">${box}</a>` : box;
}

function inputBox(io: ReportIO, n: PlacedNode): string {
  const { width: w } = DEFAULT_BOX;
  const tip = escapeHtml(`graph input ${io.name}: ${io.dtype} ${shapeText(io.shape)}`);
  return `<g class="node io"><title>${tip}</title><rect x="${n.x}" y="${n.y + 14}" width="${w}" height="48" rx="24"/>`
    + `<text x="${n.x + w / 2}" y="${n.y + 34}" class="c nm">${escapeHtml(clipStart(io.name, 26))}</text>`
    + `<text x="${n.x + w / 2}" y="${n.y + 51}" class="c">${escapeHtml(clip(`${io.dtype} ${shapeText(io.shape)}`, 30))}</text></g>`;
}

function edgePath(layout: GraphLayout, from: number, to: number): string {
  const a = layout.nodes[from];
  const b = layout.nodes[to];
  if (!a || !b) return '';
  const { width: w, height: h } = DEFAULT_BOX;
  if (b.rank - a.rank > 1) {
    // A skip connection: out of the producer's right side and into the consumer's, bulging to
    // the right (further for longer spans) instead of running through the boxes in between.
    const bulge = Math.min(SKIP_ROOM, 24 + 8 * (b.rank - a.rank)) / 0.75;
    const x1 = a.x + w;
    const y1 = a.y + h / 2;
    const x2 = b.x + w + 2;
    const y2 = b.y + h / 2;
    return `<path class="skip" d="M${x1} ${y1} C${x1 + bulge} ${y1} ${x2 + bulge} ${y2} ${x2} ${y2}"/>`;
  }
  const x1 = a.x + w / 2;
  const y1 = a.y + (a.kind === 'input' ? 62 : h);
  const x2 = b.x + w / 2;
  const y2 = b.y - 2;
  const mid = (y2 - y1) / 2;
  return `<path d="M${x1} ${y1} C${x1} ${y1 + mid} ${x2} ${y2 - mid} ${x2} ${y2}"/>`;
}

/** The graph as SVG, or null when it would be too large to draw (the caller shows the table). */
export function graphSvg(r: Report, limits: GraphLimits = DEFAULT_LIMITS): string | null {
  if (r.layers.length > limits.maxLayers) return null;
  const layout = layoutGraph(r.layers, r.inputs.map((io) => io.name));
  if (layout.width > limits.maxWidth || layout.height > limits.maxHeight) return null;
  const width = layout.width + SKIP_ROOM;
  const edges = layout.edges.map((e) => edgePath(layout, e.from, e.to)).join('\n');
  const nodes = layout.nodes.map((n) => {
    if (n.kind === 'input') {
      const io = r.inputs[n.index];
      return io ? inputBox(io, n) : '';
    }
    const l = r.layers[n.index];
    return l ? layerBox(l, n.index, n) : '';
  }).join('\n');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="graph" width="${width}" height="${layout.height}" viewBox="0 0 ${width} ${layout.height}" role="img" aria-label="layer graph">`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z"/></marker></defs>',
    `<g class="edges">${edges}</g>`,
    `<g class="nodes">${nodes}</g>`,
    '</svg>',
  ].join('\n');
}

/** The layers as a table (large graphs), same figures and colours as the boxes. */
export function layerTableHtml(r: Report): string {
  const rows = r.layers.map((l, i) => {
    const name = escapeHtml(l.name);
    const link = hasReasons(l) ? `<a href="#why-${i}">${name}</a>` : name;
    return `<tr class="u-${unitKey(l)}" id="layer-${i}"><td class="r">${i}</td><td>${link}</td><td>${escapeHtml(opText(l))}</td>`
      + `<td>${escapeHtml(shapeText(l.outputShape))} ${escapeHtml(l.dtype)}</td><td class="r">${thousands(l.macc)}</td>`
      + `<td class="r">${thousands(l.weightsBytes)}</td><td>${escapeHtml(l.unit ?? '')}</td><td>${l.connectedTo.map(escapeHtml).join(', ')}</td></tr>`;
  });
  return '<table class="layers"><thead><tr><th>#</th><th>Layer</th><th>Op</th><th>Output</th><th>MACC</th><th>Weights (B)</th><th>Unit</th><th>Connected to</th></tr></thead>'
    + `<tbody>${rows.join('\n')}</tbody></table>`;
}
