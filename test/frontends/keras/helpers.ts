/** Shared helpers for the Keras frontend tests: build, analyze, find a layer row. */
import { analyzeModel } from '../../../src/analyze.js';
import type { Report } from '../../../src/report/index.js';
import { memoryInput } from '../../builders/onnx-bytes.js';
import { kerasH5, type Json, type Weight } from '../../builders/keras.js';

export function analyzeH5(config: Json, weights: Record<string, Weight[]>, path = 'model.h5'): Report {
  return analyzeModel(memoryInput(path, kerasH5({ config, weights })));
}

export function row(r: Report, name: string) {
  const l = r.layers.find((x) => x.name === name);
  if (!l) throw new Error(`no layer '${name}' in ${r.layers.map((x) => x.name).join(', ')}`);
  return l;
}

export const k = (layer: string, ...ws: Array<[string, number[]]>): Record<string, Weight[]> => ({ [layer]: ws.map(([n, s]) => [`${layer}/${n}:0`, s] as Weight) });
