/**
 * The Keras frontend: Keras 2 `.h5` (HDF5 with a `model_config` attribute and weights under
 * `/model_weights`) and Keras 3 `.keras` (a zip of config.json, metadata.json and
 * model.weights.h5). Layers map to our operator kinds (layers.ts); weights are constants whose
 * shapes and dtypes come from the HDF5 datasets, whose values are never read.
 */
import type { Model } from '../../ir/graph.js';
import type { ModelInput } from '../../ir/source.js';
import type { Frontend } from '../frontend.js';
import { asFootprintError, FootprintError } from '../../diagnostics/diagnostic.js';
import { GraphBuilder } from './builder.js';
import { buildModel, leafLayerNames } from './build.js';
import { parseJson, str, type JsonObject } from './config.js';
import { attrText, describeRoot, MAX_HDF5_BYTES, withHdf5, type H5File, loadHdf5 } from './hdf5.js';
import { probeKeras, type KerasProbe } from './probe.js';
import { keras2Weights, keras3Weights, type WeightStore } from './weights.js';
import { zipEntries, zipRead, type ZipEntry } from './zip.js';
import { KERAS_FORMAT } from '../formats.js';

export const kerasFrontend: Frontend<KerasProbe> = {
  ...KERAS_FORMAT,
  probe: probeKeras,
  read: readKeras,
  load: (options) => loadHdf5(options),
};

/** Reads a Keras model (.h5 or .keras). Throws FootprintError naming the file. */
export function readKeras(input: ModelInput, probe?: KerasProbe): Model {
  try {
    const found = probe ?? probeKeras(input, input.source.read(0, Math.min(64, input.source.size)));
    return found?.container === 'hdf5' ? readH5(input) : readKerasZip(input);
  } catch (e: unknown) {
    throw asFootprintError(e, input.path);
  }
}

function allBytes(input: ModelInput): Uint8Array {
  const size = input.source.size;
  if (size > MAX_HDF5_BYTES) {
    throw new FootprintError('E_LIMIT', `Keras .h5: ${size} bytes is over the ${MAX_HDF5_BYTES}-byte limit (HDF5 files are read into memory)`, { file: input.path });
  }
  return input.source.read(0, size);
}

function readH5(input: ModelInput): Model {
  const file = input.path;
  return withHdf5(allBytes(input), file, (f) => {
    const text = attrText(f, 'model_config');
    if (text === undefined) {
      const weightsOnly = f.attrs['layer_names'] !== undefined || f.get('model_weights') !== null;
      const what = weightsOnly ? 'weights only (model.save_weights), no model config' : 'not a Keras model';
      throw new FootprintError('E_MALFORMED', `HDF5 file without a 'model_config' attribute: ${what} (${describeRoot(f)})`, { file });
    }
    const cfg = parseJson(text, "the 'model_config' attribute", file);
    const weights = keras2Weights(f, leafLayerNames(cfg['config'] ?? null));
    const meta: Record<string, string | number> = { container: 'hdf5' };
    const version = attrText(f, 'keras_version');
    const backend = attrText(f, 'backend');
    if (version !== undefined) meta['kerasVersion'] = version;
    if (backend !== undefined) meta['backend'] = backend;
    return build(input, cfg, weights, false, meta);
  });
}

/** A .keras archive's JSON entries (config, metadata) are text of a few KB to a few MB. */
export const MAX_KERAS_JSON_BYTES = 16 * 1024 * 1024;
/** All entries read from one archive, inflated, together. */
export const MAX_KERAS_INFLATED_BYTES = MAX_HDF5_BYTES + 2 * MAX_KERAS_JSON_BYTES;

function readKerasZip(input: ModelInput): Model {
  const file = input.path;
  let left = MAX_KERAS_INFLATED_BYTES;
  const read = (e: ZipEntry, max: number): Uint8Array => {
    const bytes = zipRead(input.source, e, file, Math.min(max, left));
    left -= bytes.length;
    return bytes;
  };
  const entries = zipEntries(input.source, file);
  const entry = (name: string) => entries.find((e) => e.name === name);
  const cfgEntry = entry('config.json');
  if (cfgEntry === undefined) {
    throw new FootprintError('E_MALFORMED', `Keras .keras: the zip has no config.json (entries: ${entries.map((e) => e.name).slice(0, 10).join(', ') || 'none'})`, { file });
  }
  const text = (e: ZipEntry) => new TextDecoder().decode(read(e, MAX_KERAS_JSON_BYTES));
  const cfg = parseJson(text(cfgEntry), 'config.json', file);
  const meta: Record<string, string | number> = { container: 'keras-zip' };
  const metaEntry = entry('metadata.json');
  if (metaEntry) {
    const m: JsonObject = parseJson(text(metaEntry), 'metadata.json', file);
    const v = str(m, 'keras_version');
    if (v !== undefined) meta['kerasVersion'] = v;
  }
  const weightsEntry = entry('model.weights.h5');
  if (weightsEntry === undefined) {
    throw new FootprintError('E_MALFORMED', `Keras .keras: the zip has no model.weights.h5 (entries: ${entries.map((e) => e.name).join(', ')})`, { file });
  }
  const bytes = read(weightsEntry, MAX_HDF5_BYTES);
  return withHdf5(bytes, `${file}!model.weights.h5`, (f: H5File) => build(input, cfg, keras3Weights(f), true, meta));
}

function build(input: ModelInput, cfg: JsonObject, weights: WeightStore, keras3: boolean, meta: Record<string, string | number>): Model {
  const inner = cfg['config'];
  const name = (typeof inner === 'object' && inner !== null && !Array.isArray(inner) ? str(inner, 'name') : undefined) ?? 'keras_model';
  const b = new GraphBuilder(name, input.path);
  const outputs = buildModel({ b, weights, keras3, file: input.path }, cfg);
  b.graph.outputs = [...new Set(outputs)];
  const cls = str(cfg, 'class_name');
  if (cls !== undefined) meta['modelClass'] = cls;
  if (meta['kerasVersion'] !== undefined) meta['producer'] = `Keras ${meta['kerasVersion']}`;
  return { format: 'keras', path: input.path, graph: b.graph, meta, diagnostics: b.diagnostics };
}
