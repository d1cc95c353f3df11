/** The published board latencies (bench/latency-figures.json) next to our estimate at the board's clock. */
import { readFileSync } from 'node:fs';
import { analyzeModel } from '../../src/analyze.js';
import { fileModelInput } from '../../src/node/file-source.js';
import { frequencyOf } from '../../src/units/frequency.js';
import { sharedModel } from './shared.js';

interface FigureSet {
  boards: { board: string; target: string; clock: string }[];
  models: Record<string, Record<string, number>>;
}
interface Figures extends FigureSet {
  /** Figures for cores nothing was fitted on: printed by npm run bench only. */
  uncalibrated: FigureSet & { source: string };
  /** Neural-ART (stm32n6) NPU times: the first model's figure fitted the weight bandwidth, the others check it. */
  neuralArt: FigureSet & { source: string };
}

export const LATENCY_FIGURES: Figures = JSON.parse(readFileSync(new URL('../../bench/latency-figures.json', import.meta.url), 'utf8')) as Figures;

export interface LatencyRow {
  file: string;
  board: string;
  publishedMs: number;
  estimateMs: number;
  ratio: number;
}

export function latencyRows(set: FigureSet = LATENCY_FIGURES): LatencyRow[] {
  const rows: LatencyRow[] = [];
  for (const [file, byBoard] of Object.entries(set.models)) {
    for (const b of set.boards) {
      const published = byBoard[b.board];
      if (published === undefined) continue;
      const r = analyzeModel(fileModelInput(sharedModel(file)), { target: b.target, clockHz: frequencyOf(b.clock) });
      const est = r.totals.latencyMs ?? NaN;
      rows.push({ file, board: b.board, publishedMs: published, estimateMs: est, ratio: est / published });
    }
  }
  return rows;
}
