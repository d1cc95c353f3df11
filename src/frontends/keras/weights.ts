/**
 * Where each layer's weights are, as dataset shapes and dtypes only (values are never read).
 * - Keras 2 `.h5`: `/model_weights/<layer>/` lists `weight_names` such as `dense/kernel:0`, the
 *   datasets under that group. A nested model's group holds all its layers' weights, so each
 *   weight goes to the layer whose name is the longest prefix of the weight name
 *   (`layer1/conv/bn/beta:0` -> `layer1/conv/bn`, `lstm/lstm_cell/kernel:0` -> `lstm`).
 * - Keras 3 `model.weights.h5`: `layers/<auto name>/vars/<i>` where the auto name is the layer
 *   class in snake case, numbered per container (`conv1d`, `conv1d_1`...), not the layer name;
 *   nested cells (`layers/lstm/cell/vars/0`) follow the layer's own vars.
 */
import type { DType } from '../../ir/dtype.js';
import { FootprintError } from '../../diagnostics/diagnostic.js';
import { at, attrStrings, datasetDType, isDataset, isGroup, MAX_GROUP_DEPTH, type H5Dataset, type H5File, type H5Group } from './hdf5.js';
import { pushTo } from '../../arrays.js';

export interface WeightVar {
  /** Keras 2: the variable name (`kernel`, `moving_mean`); Keras 3: its index (`0`, `1`...). */
  name: string;
  /** Dataset path in the HDF5 file. */
  path: string;
  shape: number[];
  dtype: DType;
}

export interface WeightStore {
  /** The layer's weights in file order; `k3Path` is its Keras 3 saving path (`layers/conv1d`). */
  forLayer(layerName: string, k3Path: string): WeightVar[];
}

function varOf(d: H5Dataset, name: string): WeightVar {
  return { name, path: d.path, shape: d.shape ?? [], dtype: datasetDType(d) };
}

/** `g.get(k)`, noting the path for errors. */
function child(g: H5Group, k: string): ReturnType<H5Group['get']> {
  at(`${g.path === '/' ? '' : g.path}/${k}`);
  return g.get(k);
}

function keysOf(g: H5Group): string[] {
  at(g.path);
  return g.keys();
}

/** A group nested past MAX_GROUP_DEPTH (or a link cycle, which nests forever). */
function tooDeep(g: H5Group, depth: number): void {
  if (depth > MAX_GROUP_DEPTH) {
    throw new FootprintError('E_LIMIT', `HDF5: groups nest more than ${MAX_GROUP_DEPTH} levels deep at ${g.path.slice(0, 200)} (a link cycle?)`);
  }
}

/** Datasets under a group, depth first (for groups without `weight_names`). */
function datasetsUnder(g: H5Group, rel: string, out: Array<[string, H5Dataset]>, depth = 0): void {
  tooDeep(g, depth);
  for (const k of keysOf(g)) {
    const c = child(g, k);
    const path = rel ? `${rel}/${k}` : k;
    if (isDataset(c)) out.push([path, c]);
    else if (isGroup(c)) datasetsUnder(c, path, out, depth + 1);
  }
}

/**
 * The layer a Keras 2 weight name belongs to: from the first start (the name's, then after each
 * `/`), the longest layer name the rest begins with, followed by a `/`. The candidates are the
 * rest's prefixes that end before a `/`, looked up in a set (a scan of every layer per weight made
 * a 20,000-layer model quadratic).
 */
export function ownerOf(weightName: string, layers: ReadonlySet<string>): string | undefined {
  const slashes: number[] = [];
  for (let i = 0; i < weightName.length; i++) if (weightName[i] === '/') slashes.push(i);
  const starts = [0, ...slashes.map((j) => j + 1)];
  for (const s of starts) {
    // the longest prefix first: the last slash at or after the start
    for (let k = slashes.length - 1; k >= 0; k--) {
      const j = slashes[k] as number;
      if (j < s) break;
      const candidate = weightName.slice(s, j);
      if (layers.has(candidate)) return candidate;
    }
  }
  return undefined;
}

export function keras2Weights(f: H5File, leafLayers: readonly string[]): WeightStore {
  const root = (child(f, 'model_weights') ?? f) as H5Group;
  const byLayer = new Map<string, WeightVar[]>();
  const groups = attrStrings(root, 'layer_names') ?? keysOf(root);
  const layers = new Set(leafLayers);
  for (const gname of groups) {
    const g = child(root, gname);
    if (!isGroup(g)) continue;
    const names = attrStrings(g, 'weight_names');
    const entries: Array<[string, H5Dataset]> = [];
    if (names === undefined) datasetsUnder(g, '', entries);
    else for (const n of names) { const d = child(g, n); if (isDataset(d)) entries.push([n, d]); }
    for (const [wname, d] of entries) {
      const owner = ownerOf(wname, layers) ?? gname;
      const short = (wname.split('/').pop() ?? wname).replace(/:\d+$/, '');
      pushTo(byLayer, owner, varOf(d, short));
    }
  }
  return { forLayer: (name) => byLayer.get(name) ?? [] };
}

function keras3Vars(g: H5Group, out: WeightVar[], depth = 0): void {
  tooDeep(g, depth);
  const vars = child(g, 'vars');
  if (isGroup(vars)) {
    const keys = keysOf(vars).sort((a, b) => Number(a) - Number(b));
    for (const k of keys) { const d = child(vars, k); if (isDataset(d)) out.push(varOf(d, String(out.length))); }
  }
  for (const k of keysOf(g).sort()) {
    if (k === 'vars' || k === 'layers') continue;
    const c = child(g, k);
    if (isGroup(c)) keras3Vars(c, out, depth + 1);
  }
}

export function keras3Weights(f: H5File): WeightStore {
  return {
    forLayer(_name, k3Path) {
      const g = child(f, k3Path);
      const out: WeightVar[] = [];
      if (isGroup(g)) keras3Vars(g, out);
      return out;
    },
  };
}

/** Keras's `to_snake_case`, which names a layer's group in a Keras 3 weights file. */
export function snakeCase(className: string): string {
  return className
    .replace(/\W+/g, '')
    .replace(/(.)([A-Z][a-z]+)/g, '$1_$2')
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase();
}

/** Keras 3 group names for a container's layers, in `model.layers` order (`conv1d`, `conv1d_1`...). */
export function keras3Names(classNames: readonly string[]): string[] {
  const used = new Map<string, number>();
  return classNames.map((c) => {
    const base = snakeCase(c);
    const n = used.get(base);
    used.set(base, n === undefined ? 0 : n + 1);
    return n === undefined ? base : `${base}_${n + 1}`;
  });
}
