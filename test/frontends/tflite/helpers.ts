/** Shared helpers for TFLite frontend tests: analyze built bytes through the real pipeline. */
import { analyzeModel } from '../../../src/analyze.js';
import type { Report, ReportLayer } from '../../../src/report/index.js';
import { memoryInput, type TfliteBuilder } from '../../builders/tflite.js';

export function analyzeBuilt(b: TfliteBuilder, path = 'm.tflite'): Report {
  return analyzeModel(memoryInput(path, b.build()));
}

/** The layer named `name` in the file (reports show stedgeai's names: the file's stays in originalName). */
export function layer(r: Report, name: string): ReportLayer {
  const l = r.layers.find((x) => (x.originalName ?? x.name) === name);
  if (!l) throw new Error(`no layer '${name}' in ${r.layers.map((x) => x.name).join(', ')}`);
  return l;
}

/** Shape and MACC of the layer named after its first output tensor. */
export function shapeAndMacc(b: TfliteBuilder, name: string): { shape: readonly (number | string)[] | null; macc: number; op: string } {
  const l = layer(analyzeBuilt(b), name);
  return { shape: l.outputShape, macc: l.macc, op: l.op };
}
