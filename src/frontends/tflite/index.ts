/** The TFLite frontend: probe ("TFL3" at bytes 4..8) and read (lazy flatbuffer accessors, then map). */
import type { Model } from '../../ir/graph.js';
import type { ModelInput } from '../../ir/source.js';
import type { Frontend } from '../frontend.js';
import { asFootprintError, FootprintError } from '../../diagnostics/diagnostic.js';
import { Metadata, Model as TflModel, OperatorCode } from '../../schemas/tflite/tflite.js';
import { PagedByteBuffer } from './paged-buffer.js';
import { identifierOf, probeTflite, TFLITE_IDENTIFIER } from './probe.js';
import { mapSubgraph, type OpCode, type ReadContext } from './map-graph.js';
import { GraphBudget } from '../graph-budget.js';
import { bufferRange } from './tensor.js';
import { TFLITE_FORMAT } from '../formats.js';

export { probeTflite } from './probe.js';
export { PagedByteBuffer } from './paged-buffer.js';

/** The schema version this reader understands (schema.fbs "Version 3"). */
export const TFLITE_SCHEMA_VERSION = 3;

export const tfliteFrontend: Frontend<true> = {
  ...TFLITE_FORMAT,
  probe: (_input, head) => (probeTflite(head) ? true : undefined),
  read: (input) => readTflite(input),
};

/** Reads a TFLite model lazily: weight bytes stay in the source as offsets. */
export function readTflite(input: ModelInput): Model {
  try {
    return readTfliteWith(new PagedByteBuffer(input.source, input.path), input);
  } catch (e: unknown) {
    throw asFootprintError(e, input.path);
  }
}

/** As readTflite, with a caller-made buffer (tests count the bytes it reads) and bounds (tests give smaller ones). */
export function readTfliteWith(bb: PagedByteBuffer, input: ModelInput, budget = new GraphBudget()): Model {
  if (bb.size < 8) throw bb.error('E_TRUNCATED', `the file has ${bb.size} bytes; a TFLite flatbuffer needs at least 8 (root offset and "${TFLITE_IDENTIFIER}")`, 0);
  const ident = identifierOf(bb.span(0, 8, 'file header'));
  if (ident !== TFLITE_IDENTIFIER) {
    throw new FootprintError('E_UNKNOWN_FORMAT', `TFLite: expected the file identifier "${TFLITE_IDENTIFIER}" at bytes 4..8, found ${JSON.stringify(ident)}`, { file: input.path, offset: 4 });
  }
  bb.what = 'the root table (Model)';
  const root = bb.readInt32(0);
  bb.check(root, 4, 'the root table (Model)');
  const model = TflModel.getRootAsModel(bb);
  const version = model.version();
  if (version !== TFLITE_SCHEMA_VERSION) {
    throw bb.error('E_MALFORMED', `schema version ${version}; this reader supports version ${TFLITE_SCHEMA_VERSION} (re-convert with a current TensorFlow)`, root);
  }
  const ctx: ReadContext = { bb, model, codes: readCodes(bb, model, budget), diagnostics: [], visiting: new Set(), mapped: 0, budget };
  const subgraphs = model.subgraphsLength();
  if (subgraphs === 0) throw bb.error('E_MALFORMED', 'the model has no subgraphs', root);
  const graph = mapSubgraph(ctx, 0, 'main');
  return { format: 'tflite', path: input.path, graph, meta: modelMeta(bb, model, ctx.codes.length), diagnostics: ctx.diagnostics };
}

function readCodes(bb: PagedByteBuffer, model: TflModel, budget: GraphBudget): OpCode[] {
  const codes: OpCode[] = [];
  // one code per distinct operator: never more of them than nodes
  const over = budget.codes(model.operatorCodesLength());
  if (over !== undefined) throw bb.error('E_LIMIT', over, 0);
  const oc = new OperatorCode();
  for (let i = 0; i < model.operatorCodesLength(); i++) {
    bb.what = `operator code ${i}`;
    model.operatorCodes(i, oc);
    // builtin_code (int32) replaced deprecated_builtin_code (int8) at 127: the larger one is right.
    const builtin = Math.max(oc.builtinCode(), oc.deprecatedBuiltinCode());
    codes.push({ builtin, custom: String(oc.customCode() ?? ''), version: oc.version() });
  }
  return codes;
}

function modelMeta(bb: PagedByteBuffer, model: TflModel, codes: number): Record<string, string | number> {
  const meta: Record<string, string | number> = { schemaVersion: model.version(), subgraphs: model.subgraphsLength(), operatorCodes: codes };
  bb.what = 'the model description';
  const description = model.description();
  if (description) meta['description'] = String(description);
  const md = new Metadata();
  for (let i = 0; i < model.metadataLength(); i++) {
    bb.what = `metadata ${i}`;
    model.metadata(i, md);
    if (md.name() !== 'min_runtime_version') continue;
    const range = bufferRange(bb, model, md.buffer());
    if (!range) continue;
    const bytes = bb.span(range.offset, Math.min(range.length, 32), 'min_runtime_version metadata');
    const text = new TextDecoder().decode(bytes).replace(/\0.*$/s, '');
    if (text) meta['minRuntimeVersion'] = text;
  }
  return meta;
}
