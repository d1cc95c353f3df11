/**
 * The partition in the vendor's words, as lines of text (the text and Markdown reports share them):
 * Pulsar2's `subgraph [i], type: GraphType.NPU` and `QuantAxModel macs`; Kneron's CPU nodes and
 * "Has CPU node(s)?".
 */
import type { ReportCpuNode, ReportPartition, ReportTarget } from '../types.js';
import { thousands as n } from '../../units/format.js';

const plural = (k: number, word: string): string => `${k} ${word}${k === 1 ? '' : 's'}`;

function why(c: ReportCpuNode): string {
  const r = c.reasons[0];
  if (!r) return c.unsupported ? 'no unit runs it' : '';
  return `${r.message}${r.hint ? ` Fix: ${r.hint}` : ''}${c.reasons.length > 1 ? ` (+${c.reasons.length - 1} more)` : ''}`;
}

/** `Pulsar2 7.0 (...), npu_mode NPU1`: what the partition estimates. */
export function toolchainLabel(t: ReportTarget | undefined): string {
  const tc = t?.toolchain;
  if (!tc) return '';
  return `${tc.name} ${tc.version}${t.npuMode !== undefined ? `, npu_mode ${t.npuMode}` : ''}`;
}

/** One line per subgraph or CPU node, then one per reason; `cpuLine` formats a CPU node's line. */
export function partitionLines(p: ReportPartition, t: ReportTarget | undefined): { head: string[]; rows: { text: string; detail: string[] }[] } {
  const label = toolchainLabel(t);
  const cuts = p.cpuNodes.filter((c) => c.cuts).length;
  if (p.vocabulary === 'pulsar2') {
    const head = [
      `Partition as ${label || 'Pulsar2'} would build it (estimate): ${plural(p.npuSubgraphs, 'NPU subgraph')}, ${plural(p.cpuSubgraphs, 'CPU subgraph')}`,
      `QuantAxModel macs: ${n(p.npuMacc)} (NPU); CPU subgraphs: ${n(p.cpuMacc)} MACC`,
    ];
    const bySubgraph = new Map<number, ReportCpuNode[]>();
    for (const c of p.cpuNodes) bySubgraph.set(c.subgraph, [...(bySubgraph.get(c.subgraph) ?? []), c]);
    const rows = p.subgraphs.map((s) => {
      const span = s.layers.length === 1 ? s.layers[0] ?? '' : `${s.layers[0] ?? ''} .. ${s.layers[s.layers.length - 1] ?? ''}`;
      const detail = (bySubgraph.get(s.index) ?? []).map((c) => `${c.op} '${c.name}'${c.cuts ? ' (cuts the NPU graph)' : ''}: ${why(c)}`);
      return { text: `subgraph [${s.index}], type: GraphType.${s.type}   ${plural(s.layers.length, 'layer')}, ${n(s.macc)} MACC   ${span}`, detail };
    });
    return { head, rows };
  }
  const head = [
    `CPU nodes as ${label || 'the Kneron toolchain'} would place them (estimate): Has CPU node(s)? ${p.cpuNodes.length > 0 ? `Yes, ${p.cpuNodes.length}` : 'No'}${cuts > 0 ? ` (${cuts} between NPU nodes)` : ''}`,
    `NPU: ${n(p.npuMacc)} MACC in ${plural(p.npuSubgraphs, 'part')}; CPU nodes: ${n(p.cpuMacc)} MACC`,
  ];
  const rows = p.cpuNodes.map((c) => ({ text: `cpu node  ${c.op} '${c.name}'${c.cuts ? ' (cuts the NPU graph)' : ''}`, detail: [why(c)] }));
  return { head, rows };
}

export function renderPartition(p: ReportPartition, t: ReportTarget | undefined): string[] {
  const { head, rows } = partitionLines(p, t);
  const out = [...head, ''];
  for (const r of rows) {
    out.push(r.text);
    for (const d of r.detail) out.push(`    ${d}`);
  }
  return out;
}
