/** The target sections of the text report: which target, epochs (NPU targets), memory pools. */
import type { Report, ReportEpochs, ReportPools } from '../types.js';
import { binarySize, printable, thousands } from '../../units/format.js';
import { formatAddress } from '../../targets/sizes.js';
import { renderPartition, toolchainLabel } from './partition.js';
import { warningLines } from './warnings.js';

/** `target : stm32n6 (an estimate ...)` lines for the summary; nothing for reports without a target. */
export function targetLines(r: Report, field: (k: string, v: string) => string): string[] {
  if (!r.target) return [];
  const tc = toolchainLabel(r.target);
  return [field('target/series', r.target.name), ...(tc ? [field('toolchain', tc)] : []), field('estimate', r.target.disclaimer)];
}

function centered(s: string, width: number): string {
  const pad = Math.max(0, width - s.length);
  return ' '.repeat(Math.floor(pad / 2)) + s + ' '.repeat(Math.ceil(pad / 2));
}

/**
 * stedgeai-like text, with the MACC, the layers and the reason of each SW epoch:
 *   Total number of epochs: 23 of which 3 implemented in software
 *   epoch 2      -SW-   (        Conv        )   Conv2D_23   MACC 66,306   Conv 'Conv2D_23': output tensor ...
 */
export function renderEpochs(epochs: ReportEpochs): string {
  const sw = epochs.sw + epochs.unsupported;
  const lines = [`Total number of epochs: ${epochs.total} of which ${sw} implemented in software`, ''];
  lines.push(`${'epoch ID'.padEnd(10)} ${' HW/SW'.padEnd(6)} ${'Operation (SW only)'.padEnd(22)} ${'MACC'.padStart(12)}   layers / reason (SW only)`);
  for (const e of epochs.list) {
    const tag = e.unit === 'HW' ? '  HW  ' : e.unit === 'unsupported' ? ' -NA- ' : ' -SW- ';
    const op = e.unit === 'HW' ? '' : `(${centered(e.ops[0] ?? '', 20)})`;
    const layers = e.inserted !== undefined ? `(inserted around ${e.nodes.join(', ')})` : e.separated !== undefined ? `(activation of ${e.nodes.join(', ')})` : e.nodes.join(', ');
    const head = `${`epoch ${e.id}`.padEnd(10)} ${tag} ${op.padEnd(22)} ${thousands(e.macc).padStart(12)}   ${layers}`;
    lines.push(head);
    if (e.inserted !== undefined) lines.push(`${' '.repeat(14)}inserted: ${e.inserted}`);
    if (e.separated !== undefined) lines.push(`${' '.repeat(14)}separated: ${e.separated}`);
    if (e.unit !== 'HW') {
      for (const r of e.reasons) lines.push(`${' '.repeat(14)}${e.unit}: ${r.message}${r.hint ? ` Fix: ${r.hint}` : ''}`);
    }
  }
  return lines.join('\n') + '\n';
}

/** stedgeai-like "Memory-pools summary" table, then the warnings. */
export function renderPools(r: Pick<ReportPools, 'pools' | 'warnings'>): string {
  const lines = ['Memory-pools summary', `${'name'.padEnd(12)} ${'address'.padEnd(11)} ${'used'.padStart(12)} ${'usable'.padStart(12)} ${'%'.padStart(7)}  ${'buffers'.padStart(7)}  holds`];
  for (const p of r.pools) {
    const name = p.name + (p.external ? '*' : '');
    const addr = p.address === undefined ? '-' : formatAddress(p.address);
    const usable = p.usableBytes === null ? 'unbounded' : binarySize(p.usableBytes);
    const pct = p.percent === null ? '-' : `${p.percent.toFixed(1)}%`;
    lines.push(`${name.padEnd(12)} ${addr.padEnd(11)} ${binarySize(p.usedBytes).padStart(12)} ${usable.padStart(12)} ${pct.padStart(7)}  ${String(p.buffers).padStart(7)}  ${p.holds.join(', ')}${p.access === 'ro' ? ' (read only)' : ''}`);
  }
  if (r.pools.some((p) => p.external)) lines.push('(*) external memory');
  for (const w of r.warnings) lines.push(`WARNING: ${w}`);
  return lines.join('\n') + '\n';
}

export function epochsSection(r: Report): string[] {
  if (!r.epochs) return [];
  const partition = r.partition ? [...renderPartition(r.partition, r.target).map(printable), ''] : [];
  return [...partition, ...renderEpochs(r.epochs).trimEnd().split('\n').map(printable)];
}

/** The pools' table and warnings, then the mapping warnings (shown with or without pools). */
export function poolsSection(r: Report): string[] {
  const lines = r.pools && r.pools.pools.length > 0 ? renderPools(r.pools).trimEnd().split('\n').map(printable) : [];
  const warnings = warningLines(r.target?.warnings ?? []).map((w) => `WARNING: ${printable(w)}`);
  return [...lines, ...warnings];
}
