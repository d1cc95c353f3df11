/** The ONNX frontend: probe (first bytes look like a ModelProto) and read (lazy, then map). */
import type { Model } from '../../ir/graph.js';
import type { ModelInput } from '../../ir/source.js';
import type { Frontend } from '../frontend.js';
import { asFootprintError, FootprintError } from '../../diagnostics/diagnostic.js';
import { WireReader } from './wire.js';
import { readLazyModel, toNum, type LazyModel } from './lazy.js';
import { mapGraph, type MapContext } from './map-graph.js';
import { ExternalFiles } from './external.js';
import { DimNamer } from './value-info.js';
import { probeOnnx } from './probe.js';
import { ONNX_FORMAT } from '../formats.js';
import { GraphBudget } from '../graph-budget.js';

export const onnxFrontend: Frontend<true> = {
  ...ONNX_FORMAT,
  probe: (input, head) => (probeOnnx(input.path, head) ? true : undefined),
  read: (input) => readOnnx(input),
};

/** Reads an ONNX model lazily: weight bytes stay in the source as offsets. */
export function readOnnx(input: ModelInput): Model {
  try {
    return readOnnxWith(new WireReader(input.source, input.path), input);
  } catch (e: unknown) {
    throw asFootprintError(e, input.path);
  }
}

/** As readOnnx, with a caller-made reader (tests count the bytes it reads) and bounds (tests give smaller ones). */
export function readOnnxWith(reader: WireReader, input: ModelInput, budget = new GraphBudget()): Model {
  if (reader.size === 0) throw new FootprintError('E_TRUNCATED', 'ONNX: the file is empty (0 bytes)', { file: input.path, offset: 0 });
  const lazy = readLazyModel(reader, budget);
  if (!lazy.graph) throw new FootprintError('E_MALFORMED', 'ONNX: ModelProto has no graph (field 7)', { file: input.path, offset: 0 });
  if (lazy.proto.opset_import.length === 0 && toNum(lazy.proto.ir_version) >= 3) {
    throw new FootprintError('E_MALFORMED', 'ONNX: ModelProto has no opset_import (required since IR version 3)', { file: input.path, offset: 0 });
  }
  const ctx: MapContext = { reader, external: new ExternalFiles(input), diagnostics: [], dims: new DimNamer() };
  const graph = mapGraph(ctx, lazy.graph, undefined, 'main');
  return { format: 'onnx', path: input.path, graph, meta: modelMeta(lazy), diagnostics: ctx.diagnostics };
}

function modelMeta(lazy: LazyModel): Record<string, string | number> {
  const p = lazy.proto;
  const meta: Record<string, string | number> = { irVersion: toNum(p.ir_version) };
  const producer = [p.producer_name, p.producer_version].filter((s) => s).join(' ');
  if (producer) meta['producer'] = producer;
  if (p.domain) meta['domain'] = p.domain;
  if (toNum(p.model_version) !== 0) meta['modelVersion'] = toNum(p.model_version);
  for (const o of p.opset_import) {
    const domain = o.domain || 'ai.onnx';
    const version = toNum(o.version);
    meta[`opset:${domain}`] = version;
    if (domain === 'ai.onnx') meta['opset'] = version;
  }
  if (lazy.skipped.functions > 0) meta['functions'] = lazy.skipped.functions;
  if (lazy.skipped.trainingInfo > 0) meta['trainingInfo'] = lazy.skipped.trainingInfo;
  return meta;
}
