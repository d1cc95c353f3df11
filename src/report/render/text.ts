/**
 * The text report, read like `stedgeai analyze`: summary, per-layer table, operation types,
 * complexity per layer, diagnostics grouped by category.
 */
import { epochsSection, poolsSection, targetLines } from './target-text.js';
import { latencySection, latencyValue } from './latency.js';
import { CODES, type Code } from '../../diagnostics/codes.js';
import { printableLines } from '../../diagnostics/printable.js';
import type { Report, ReportIO, ReportLayer } from '../types.js';
import { bar, binarySize, printable, bytesLong, bytesShort, oshape, percent, signed, signedPercent, thousands } from '../../units/format.js';
import { textTable, textTableBatches } from './table.js';
import { couldBeLine, peakLine, savingsLine } from './memory-lines.js';
import { fileStem, fusedActivationName } from '../names.js';
import { append } from '../../arrays.js';

const RULE = '-'.repeat(100);

function field(key: string, value: string): string {
  return `${key.padEnd(19)}:   ${printable(value)}`;
}

function ioType(io: ReportIO): string {
  const float = io.dtype.startsWith('float') || io.dtype === 'bfloat16';
  const name = float ? io.dtype.replace('float', 'f') : io.dtype;
  return `${name}(${io.shape === null ? '?' : io.shape.join('x')})`;
}

export function ioLine(io: ReportIO): string {
  const parts = [`'${io.name}'`, ioType(io), io.bytes === null ? '? Bytes' : bytesShort(io.bytes)];
  if (io.quant) parts.push(`QLinear(${io.quant.scale.toFixed(9)},${io.quant.zeroPoint},${io.dtype})`);
  parts.push(io.location);
  return parts.join(', ');
}

function summary(r: Report): string[] {
  const t = r.totals;
  const inside = r.options.ioInsideActivations;
  const out = [
    'Exec/report summary (analyze)',
    RULE,
    field('model file', r.model.path),
    field('type', r.model.format),
    field('options', inside ? 'allocate-inputs, allocate-outputs' : '(none)'),
    ...targetLines(r, field),
    field('memory planner', r.memory.plannerLabel),
    field('model_fmt', r.model.fmt),
    field('model_name', modelName(r)),
    field('model_hash', r.model.md5 ?? r.model.sha256 ? `0x${r.model.md5 ?? r.model.sha256}` : '(not computed: --no-hash)'),
    field('params #', `${thousands(t.params)} items (${binarySize(t.paramsBytes)})`),
    RULE,
  ];
  r.inputs.forEach((io, i) => out.push(field(`input ${i + 1}/${r.inputs.length}`, ioLine(io))));
  r.outputs.forEach((io, i) => out.push(field(`output ${i + 1}/${r.outputs.length}`, ioLine(io))));
  out.push(field('macc', thousands(t.macc)));
  if (r.latency) out.push(field('latency', `${latencyValue(r.latency)}, estimate`));
  const delta = t.weightsBytes - t.floatWeightsBytes;
  const vsFloat = delta !== 0 && t.floatWeightsBytes > 0
    ? ` / ${signed(delta)}(${signedPercent((delta / t.floatWeightsBytes) * 100)}) vs float model`
    : '';
  out.push(field('weights (ro)', `${bytesLong(t.weightsBytes)} (1 segment)${vsFloat}`));
  if (t.quantParamsBytes > 0) out.push(field('quant params (ro)', bytesLong(t.quantParamsBytes)));
  out.push(field('activations (rw)', `${bytesLong(t.activationsBytes)} (1 segment)${inside ? ' *' : ''}`));
  if (t.persistentBytes > 0 || r.memory.planner === 'tflm') out.push(field('persistent (rw)', `${bytesLong(t.persistentBytes)} (variable tensors)`));
  out.push(field('ram (total)', `${bytesLong(t.ramTotalBytes)} = ${thousands(t.activationsBytes)} + ${thousands(t.inputsBytes)} + ${thousands(t.outputsBytes)}`));
  for (const [key, line] of [['ram peak', peakLine(r)], ['ram saved', savingsLine(r)], ['ram could be', couldBeLine(r)]] as const) {
    if (line !== null) out.push(field(key, line.replace(/^(peak|could be) /, '')));
  }
  out.push(RULE);
  if (inside) out.push("(*) 'input'/'output' buffers can be used from the activations buffer");
  return out;
}

/** stedgeai's model_name: the file's stem (the graph's own name is often 'main' or 'torch_jit'). */
function modelName(r: Report): string {
  return fileStem(r.model.path) || r.model.name;
}

/**
 * A continuation row of the layer table: its layer (column 1), oshape (2) and connected-to (5)
 * cells, the others empty (an array literal: Object.assign with numeric keys was most of layerRows'
 * time on 100k layers).
 */
function more(units: boolean, layer: string, shape = '', connected = ''): string[] {
  return units ? ['', layer, shape, '', '', connected, ''] : ['', layer, shape, '', '', connected];
}

function layerRows(l: ReportLayer, id: string, layout: 'NCHW' | 'NHWC', prefix: string, depth: number, units: boolean): string[][] {
  const pad = '    '.repeat(depth);
  const size = l.params > 0 ? `${thousands(l.params)}/${thousands(l.weightsBytes)}` : '';
  // an activation named in the file (ONNX, Keras) is listed under `fused`; one set by an option
  // (TFLite's fused_activation_function) gets stedgeai's own row, nl_<m_id>_nl
  const optionActivation = l.activation !== null && l.fused.length === 0;
  const act = l.activation && !optionActivation ? ` +${l.activation}` : '';
  const first = [id, `${pad}${prefix}${l.name} (${l.op}${act}, ${l.sourceOp})`, oshape(l.outputShape, layout), size, l.macc > 0 ? thousands(l.macc) : '', l.connectedTo[0] ?? ''];
  if (units) first.push(l.unit ?? '');
  const rows: string[][] = [first];
  for (let i = 1; i < l.connectedTo.length; i++) rows.push(more(units, '', '', l.connectedTo[i]));
  if (optionActivation) rows.push(more(units, `${pad}${prefix}${fusedActivationName(l.name)} (${l.activation ?? ''}, ${l.sourceOp})`, oshape(l.outputShape, layout), l.name));
  for (const f of l.fused) rows.push(more(units, `${pad}  ${f} (fused)`));
  // Nested graphs under their node, indented, names prefixed with the subgraph's (then_branch/...).
  for (const sg of l.subgraphs ?? []) {
    rows.push(more(units, `${pad}  ${sg.name}: MACC counted x${thousands(sg.repeat)}`));
    for (const inner of sg.layers) append(rows, layerRows(inner, '', layout, `${sg.name}/`, depth + 1, units));
  }
  return rows;
}

/**
 * The layer table's groups, one per layer, formatted as they are walked (textTableBatches walks them
 * twice and keeps none): the graph inputs head the first group, as stedgeai lists them,
 * `serving_default_input_10 (Input, )`, the first layer's m_id on the first input's row.
 */
function* layerGroups(r: Report, layout: 'NCHW' | 'NHWC', units: boolean): Generator<string[][]> {
  for (let i = 0; i < r.layers.length; i++) {
    const rows = layerRows(r.layers[i] as ReportLayer, String(i), layout, '', 0, units);
    const first = rows[0];
    if (i > 0 || r.inputs.length === 0 || !first) {
      yield rows;
      continue;
    }
    const inputs = r.inputs.map((io) => ['', `${io.layerName ?? io.name} (Input, )`, oshape(io.shape, layout), '', '', '', ...(units ? [''] : [])]);
    (inputs[0] as string[])[0] = first[0] as string;
    first[0] = '';
    yield [...inputs, ...rows];
  }
}

/** The layer table, a batch of lines at a time (TABLE_BATCH_LINES): one row or more per layer. */
function* layerTable(r: Report): Generator<string[]> {
  const layout = r.model.format === 'onnx' ? 'NCHW' : 'NHWC';
  const units = r.target?.hasAccelerator === true;
  const t = r.totals;
  yield [`Model name - ${modelName(r)}`];
  yield* textTableBatches(
    [{ header: 'm_id' }, { header: 'layer (type,original)' }, { header: 'oshape' }, { header: 'param/size', align: 'right' }, { header: 'macc', align: 'right' }, { header: 'connected to', align: 'right' }, ...(units ? [{ header: 'unit' }] : [])],
    () => layerGroups(r, layout, units),
  );
  yield [`model: macc=${thousands(t.macc)} weights=${thousands(t.weightsBytes)} activations=${thousands(t.activationsBytes)} io=${thousands(t.inputsBytes + t.outputsBytes)}`];
}

function operationTypes(r: Report): string[] {
  const rows = r.operationTypes.map((o) => [o.type, thousands(o.macc), percent(o.share)]);
  return [
    'Number of operation types',
    ...textTable([{ header: 'operation type' }, { header: '#', align: 'right' }, { header: '%', align: 'right' }], rows.length ? [rows] : []),
  ];
}

/** The layers with MACC or weights: the complexity table's rows. */
const inComplexity = (l: ReportLayer): boolean => l.macc > 0 || l.weightsBytes > 0;

function* complexity(r: Report): Generator<string[]> {
  const t = r.totals;
  let maxMacc = 0;
  let maxRom = 0;
  for (const l of r.layers) {
    if (!inComplexity(l)) continue;
    maxMacc = Math.max(maxMacc, l.macc);
    maxRom = Math.max(maxRom, l.weightsBytes);
  }
  const cell = (v: number, max: number, total: number) => bar(v, max).padEnd(16) + percent(total > 0 ? v / total : 0).padStart(7);
  // one group, its rows formatted as they are walked
  function* rows(): Generator<string[]> {
    for (let i = 0; i < r.layers.length; i++) {
      const l = r.layers[i] as ReportLayer;
      if (inComplexity(l)) yield [String(i), l.name, cell(l.macc, maxMacc, t.macc), cell(l.weightsBytes, maxRom, t.weightsBytes)];
    }
  }
  yield [`Complexity report per layer - macc=${thousands(t.macc)} weights=${thousands(t.weightsBytes)} act=${thousands(t.activationsBytes)} ram_io=${thousands(t.inputsBytes + t.outputsBytes)}`];
  yield* textTableBatches([{ header: 'm_id' }, { header: 'name' }, { header: 'c_macc' }, { header: 'c_rom' }], () => [rows()]);
}

function diagnostics(r: Report): string[] {
  if (r.diagnostics.length === 0) return [];
  const out = [`Diagnostics (${r.diagnostics.length})`, RULE];
  const categories = [...new Set(r.diagnostics.map((d) => d.category))];
  for (const cat of categories) {
    out.push(cat);
    for (const d of r.diagnostics.filter((x) => x.category === cat)) {
      out.push(printable(`  ${d.severity.padEnd(7)} ${d.code}: ${d.node !== undefined ? `node '${d.node}': ` : ''}${d.message}`));
      const hint = d.code in CODES ? CODES[d.code as Code].hint : '';
      if (hint) out.push(`          ${hint}`);
    }
  }
  return out;
}

/** No line of the text report is wider than this (columns of a table are elided before). */
export const TEXT_WIDTH = 160;
/** A line wider than TEXT_WIDTH. */
const LONG_LINE = new RegExp(`^[^\\n]{${TEXT_WIDTH + 1},}$`, 'gm');

/**
 * `text` (lines separated by line feeds alone: printableLines escapes every other line terminator)
 * with each line wider than TEXT_WIDTH wrapped; `text` itself when none is. The lines are measured
 * with indexOf first: LONG_LINE's scan of every line was a tenth of a large report's rendering.
 */
function wrapLongLines(text: string): string {
  for (let start = 0; ;) {
    const end = text.indexOf('\n', start);
    const stop = end < 0 ? text.length : end;
    if (stop - start > TEXT_WIDTH) return text.replace(LONG_LINE, (l) => wrapLine(l).join('\n'));
    if (end < 0) return text;
    start = end + 1;
  }
}

/**
 * Wraps a line wider than TEXT_WIDTH at spaces; the continuation lines start under the value
 * (after a `field :   ` or the line's indentation + 4). A word longer than the width is cut.
 */
export function wrapLine(line: string, width = TEXT_WIDTH): string[] {
  if (line.length <= width) return [line];
  const field = /^(.{1,30}?:\s{3})/.exec(line)?.[1]?.length;
  const indent = ' '.repeat(Math.min(field ?? (/^\s*/.exec(line)?.[0].length ?? 0) + 4, Math.floor(width / 2)));
  const out: string[] = [];
  let rest = line;
  let first = true;
  while (rest.length > 0) {
    const room = width - (first ? 0 : indent.length);
    let chunk = rest;
    if (rest.length > room) {
      const cut = rest.lastIndexOf(' ', room);
      chunk = cut > room / 3 ? rest.slice(0, cut) : rest.slice(0, room);
    }
    out.push((first ? '' : indent) + chunk.trimEnd());
    rest = rest.slice(chunk.length).trimStart();
    first = false;
  }
  return out;
}

/** A section's lines, in one batch or several (the layer table's). */
type Section = (r: Report) => Iterable<readonly string[]>;
const whole = (section: (r: Report) => string[]): Section => (r) => [section(r)];

/** The sections in order, each built only when the one before has been taken. */
const SECTIONS: readonly Section[] = [whole(summary), layerTable, whole(epochsSection), whole(poolsSection), latencySection, whole(operationTypes), complexity, whole(diagnostics)];

/**
 * The text report a batch of lines at a time (a blank line between two sections), its final
 * newline last: a writer can send each on before the next is built (the 100k-node chain's report
 * is 23 MB of text, most of it its layer table and complexity table, which come in batches of
 * TABLE_BATCH_LINES).
 */
export function* textChunks(r: Report): Generator<string> {
  let first = true;
  for (const section of SECTIONS) {
    let started = false;
    for (const lines of section(r)) {
      if (lines.length === 0) continue;
      // Names come from the file: no terminal escapes or bidi overrides reach the terminal. Both
      // passes run over the batch's whole text, not line by line (each is line by line in effect).
      const separator = started ? '\n' : first ? '' : '\n\n';
      yield separator + wrapLongLines(printableLines(lines.join('\n')));
      started = true;
    }
    if (started) first = false;
  }
  yield '\n';
}

export function renderText(r: Report): string {
  return [...textChunks(r)].join('');
}
