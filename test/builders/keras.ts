/**
 * Keras models built in code: Keras 2 `.h5` files written with h5wasm (in its in-memory FS,
 * then read back as bytes) and Keras 3 `.keras` zips (fflate). Weights are datasets of zeros
 * (only their shapes matter to the analyzer); `compress` makes big ones cheap to store.
 */
import * as h5wasm from 'h5wasm';
import { zipSync, strToU8 } from 'fflate';

const h5 = await h5wasm.ready;

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export interface LayerJson { class_name: string; name?: string; config?: { [k: string]: Json }; inbound_nodes?: Json }

/** A Keras 2 weight: dataset name inside the layer group (`dense/kernel:0`) and its shape. */
export type Weight = [name: string, shape: number[]];

export interface H5Options {
  /** Stored as the `model_config` attribute (omit to build an HDF5 file that is not a Keras model). */
  config?: Json;
  /** Layer group -> its weights, in `weight_names` order. */
  weights?: Record<string, Weight[]>;
  kerasVersion?: string;
  /** gzip-compress datasets of at least this many elements (chunked). */
  compressAbove?: number;
  /** Extra root attributes (for non-Keras HDF5 files). */
  rootAttrs?: Record<string, string>;
}

let counter = 0;

function withFile(write: (f: h5wasm.File) => void): Uint8Array {
  const path = `/builder-${++counter}.h5`;
  const f = new h5wasm.File(path, 'w');
  try {
    write(f);
  } finally {
    f.close();
  }
  const bytes = h5.FS.readFile(path);
  h5.FS.unlink(path);
  return bytes;
}

/** The group at `path` under `root`, made on the way (as h5py does for names with '/'). */
function groupAt(root: h5wasm.Group, path: string[]): h5wasm.Group {
  let g = root;
  for (const p of path) {
    const child = g.get(p);
    g = child instanceof h5wasm.Group ? child : g.create_group(p);
  }
  return g;
}

function dataset(root: h5wasm.Group, path: string, shape: number[], compressAbove: number): void {
  const parts = path.split('/');
  const name = parts.pop() as string;
  const g = groupAt(root, parts);
  const n = shape.reduce((a, b) => a * b, 1);
  const big = n >= compressAbove && shape.length > 0;
  const chunks = big ? shape.map((d, i) => (i === 0 ? Math.min(d, 64) : d)) : null;
  g.create_dataset({ name, data: new Float32Array(n), shape, dtype: '<f', ...(big ? { chunks, compression: 'gzip' as const, compression_opts: 9 } : {}) });
}

/** A Keras 2 style .h5: root attrs model_config/keras_version/backend, weights under /model_weights. */
export function kerasH5(o: H5Options): Uint8Array {
  return withFile((f) => {
    if (o.config !== undefined) f.create_attribute('model_config', JSON.stringify(o.config));
    f.create_attribute('keras_version', o.kerasVersion ?? '2.15.0');
    f.create_attribute('backend', 'tensorflow');
    for (const [k, v] of Object.entries(o.rootAttrs ?? {})) f.create_attribute(k, v);
    const mw = f.create_group('model_weights');
    const layers = Object.keys(o.weights ?? {});
    if (layers.length > 0) mw.create_attribute('layer_names', layers);
    for (const [layer, ws] of Object.entries(o.weights ?? {})) {
      const g = mw.create_group(layer);
      if (ws.length > 0) g.create_attribute('weight_names', ws.map((w) => w[0]));
      for (const [name, shape] of ws) dataset(g, name, shape, o.compressAbove ?? Infinity);
    }
  });
}

/** An HDF5 file with a dataset and attributes but no Keras config. */
export function plainH5(): Uint8Array {
  return withFile((f) => {
    f.create_attribute('title', 'sensor log');
    const g = f.create_group('readings');
    dataset(g, 'temperature', [10], Infinity);
  });
}

/** A Keras 3 weights file: `<path>/vars/<i>` for each entry of `vars`. */
export function keras3WeightsH5(vars: Record<string, number[][]>): Uint8Array {
  return withFile((f) => {
    for (const [path, shapes] of Object.entries(vars)) {
      const g = groupAt(f, [...path.split('/'), 'vars']);
      shapes.forEach((s, i) => dataset(g, String(i), s, Infinity));
    }
  });
}

/** A `.keras` zip; `entries` overrides or removes (null) the standard members. */
export function kerasZip(config: Json, vars: Record<string, number[][]>, entries: Record<string, Uint8Array | null> = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    'metadata.json': strToU8(JSON.stringify({ keras_version: '3.12.0', date_saved: '2026-01-01@00:00:00' })),
    'config.json': strToU8(JSON.stringify(config)),
    'model.weights.h5': keras3WeightsH5(vars),
  };
  for (const [k, v] of Object.entries(entries)) {
    if (v === null) delete files[k];
    else files[k] = v;
  }
  return zipSync(files);
}

// Config helpers (Keras 2 list form of inbound nodes).
export const input = (name: string, shape: (number | null)[]): LayerJson =>
  ({ class_name: 'InputLayer', name, config: { name, batch_input_shape: [null, ...shape], dtype: 'float32' }, inbound_nodes: [] });

export function layer(className: string, name: string, config: { [k: string]: Json }, from?: string | string[]): LayerJson {
  const l: LayerJson = { class_name: className, name, config: { name, ...config } };
  if (from !== undefined) l.inbound_nodes = [(Array.isArray(from) ? from : [from]).map((f) => [f, 0, 0, {}])];
  return l;
}

export const functional = (layers: LayerJson[], inputs: string[], outputs: string[]): Json => ({
  class_name: 'Functional',
  config: { name: 'model', layers: layers as unknown as Json[], input_layers: inputs.map((i) => [i, 0, 0]), output_layers: outputs.map((o) => [o, 0, 0]) },
});

export const sequential = (layers: LayerJson[]): Json => ({ class_name: 'Sequential', config: { name: 'sequential', layers: layers as unknown as Json[] } });
