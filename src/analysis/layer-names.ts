/**
 * The layer names a report shows (METRICS.md "Names"). TFLite operators are named as stedgeai
 * names them: their layer family and their position in the file (`conv2d_1`, `eltwise_4`,
 * `gemm_9`; a fused activation `nl_1_nl`), graph inputs by their tensor name with ':' dropped and
 * other punctuation turned into '_' (`serving_default_input_10`). ONNX and Keras keep their node
 * names unless a name is unusable (longer than USABLE_NAME_CHARS or a TFLite-style ';' list):
 * then the same family-and-position scheme. The file's names stay in the report
 * (`originalName`), and `longNames` keeps them everywhere.
 */
import type { Graph } from '../ir/graph.js';
import { stLayerKind } from '../ops/layer-kind.js';
import type { Report, ReportLayer } from '../report/types.js';
import { fusedActivationName } from '../report/names.js';
import { UniqueNames } from '../ir/names.js';

/** The longest ONNX / Keras name a report shows as it is. */
export const USABLE_NAME_CHARS = 40;

/** stedgeai's spelling of a graph input: 'serving_default_input_1:0' -> 'serving_default_input_10'. */
export function stInputName(name: string): string {
  return name.replace(/:/g, '').replace(/[^A-Za-z0-9_]/g, '_');
}

function usable(name: string): boolean {
  return name.length <= USABLE_NAME_CHARS && !name.includes(';');
}

/** Original name -> shown name, for the graph's top-level nodes and its inputs; empty with `long`. */
export function layerNames(graph: Graph, format: string, long: boolean): Map<string, string> {
  const out = new Map<string, string>();
  const tflite = format === 'tflite';
  if (long || (!tflite && keptAsTheyAre(graph))) return out;
  const taken = new UniqueNames();
  // Only names that change are kept: most ONNX graphs keep every name, and the map then stays
  // empty. A node named as a graph input overrides the input's entry; the other way round cannot
  // happen: a name that changes as an input is unusable or (TFLite) every node's name changes.
  const give = (name: string, shown: string): void => {
    const given = taken.take(shown);
    if (given !== name) out.set(name, given);
  };
  graph.inputs.forEach((name, i) => give(name, tflite ? stInputName(name) : usable(name) ? name : `input_${i}`));
  graph.nodes.forEach((node, i) => give(node.name, tflite || !usable(node.name) ? `${stLayerKind(node.op)}_${node.index ?? i}` : node.name));
  return out;
}

/**
 * True when every name is shown as it is (the map is then empty) without a set of every name: the
 * names are usable, the graph's inputs distinct, and no node is named as an input (node names are
 * distinct in a verified graph, passes/invariants.ts). On a 100k-node ONNX chain that set was
 * 4.4 MiB made and dropped.
 */
function keptAsTheyAre(graph: Graph): boolean {
  const inputs = new Set(graph.inputs);
  if (inputs.size !== graph.inputs.length || !graph.inputs.every(usable)) return false;
  return graph.nodes.every((n) => usable(n.name) && !inputs.has(n.name));
}

/** Rewrites every place the report names a layer, quoted names inside sentences too; the file's name stays in `originalName`. */
export function applyLayerNames(report: Report, names: ReadonlyMap<string, string>): void {
  if (names.size === 0) return;
  const n = (s: string): string => names.get(s) ?? s;
  const say = (s: string): string => s.replace(/'([^']*)'/g, (whole, inner: string) => (names.has(inner) ? `'${n(inner)}'` : whole));
  // a new reason, never the old one changed: the report shares the mapping's reasons (build-report.ts)
  const reason = <R extends { readonly message: string; readonly hint?: string }>(r: R): R =>
    (r.hint === undefined ? { ...r, message: say(r.message) } : { ...r, message: say(r.message), hint: say(r.hint) });
  const layer = (l: ReportLayer): void => {
    const shown = names.get(l.name);
    if (shown !== undefined) {
      l.originalName = l.name;
      l.name = shown;
    }
    l.connectedTo = l.connectedTo.map(n);
  };
  report.layers.forEach(layer);
  // a consumer reads a TFLite option activation's output: stedgeai connects it to nl_<m_id>_nl
  const activated = new Map(report.layers.filter((l) => l.activation !== null && l.fused.length === 0).map((l) => [l.name, fusedActivationName(l.name)]));
  for (const l of report.layers) l.connectedTo = l.connectedTo.map((c) => activated.get(c) ?? c);
  for (const io of report.inputs) if (names.has(io.name)) io.layerName = n(io.name);
  for (const l of report.layers) if (l.reasons) l.reasons = l.reasons.map(reason);
  for (const e of report.epochs?.list ?? []) {
    e.nodes = e.nodes.map(n);
    e.reasons = e.reasons.map(reason);
    if (e.inserted !== undefined) e.inserted = say(e.inserted);
    if (e.separated !== undefined) e.separated = say(e.separated);
  }
  if (report.target) report.target.warnings = report.target.warnings.map((w) => ({ ...reason(w), node: n(w.node) }));
  for (const d of report.diagnostics) {
    if (d.node !== undefined) d.node = n(d.node);
    d.message = say(d.message);
  }
  const m = report.memory;
  m.timeline.steps = m.timeline.steps.map((s) => ({ ...s, layer: n(s.layer) }));
  if (m.timeline.peak) m.timeline.peak.layer = n(m.timeline.peak.layer);
  m.overlaps = m.overlaps.map((o) => ({ ...o, layer: n(o.layer) }));
  m.folds = m.folds.map((f) => ({ ...f, pad: n(f.pad), into: n(f.into) }));
}
