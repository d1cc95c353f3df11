/**
 * The Keras model config (JSON): layers, how they are called (inbound nodes) and the model's
 * inputs/outputs. Keras 2 (`model_config` in .h5) writes inbound nodes as lists
 * `[[layer, node, tensor, kwargs], ...]`; Keras 3 (`config.json` in .keras) as
 * `{args, kwargs}` with `__keras_tensor__` objects whose `keras_history` is `[layer, node, tensor]`.
 */
import { FootprintError } from '../../diagnostics/diagnostic.js';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type JsonObject = { [k: string]: Json };

/** A reference to the `tensor`-th output of the `node`-th call of layer `layer`. */
export interface TensorRef {
  layer: string;
  node: number;
  tensor: number;
}

export interface KerasLayer {
  className: string;
  name: string;
  /** The layer's config; undefined for custom layers saved without one. */
  config: JsonObject | undefined;
  /** One entry per call of the layer in this model: the tensors it was called on. */
  calls: TensorRef[][];
  /** Keras 3 `module` / `registered_name` (custom layers). */
  module?: string;
}

export const isObject = (v: Json | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * JSON nesting accepted in a Keras config. A Sequential or Functional model nests about 6 levels
 * per model level; real configs stay under 60, and a 20,000-deep `Sequential` is a hostile file
 * (refused here, typed, before any recursive reader walks it).
 */
export const MAX_JSON_DEPTH = 512;

/** Nesting depth of a parsed JSON value, measured without recursion. */
export function jsonDepth(v: unknown): number {
  let max = 0;
  const stack: [unknown, number][] = [[v, 1]];
  while (stack.length > 0) {
    const [x, d] = stack.pop() as [unknown, number];
    if (typeof x !== 'object' || x === null) continue;
    if (d > max) max = d;
    if (max > MAX_JSON_DEPTH) return max;
    for (const c of Array.isArray(x) ? x : Object.values(x)) if (typeof c === 'object' && c !== null) stack.push([c, d + 1]);
  }
  return max;
}

export function parseJson(text: string, what: string, file: string): JsonObject {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e: unknown) {
    throw new FootprintError('E_MALFORMED', `Keras: ${what} is not valid JSON (${e instanceof Error ? e.message : String(e)})`, { file });
  }
  if (!isObject(v as Json)) throw new FootprintError('E_MALFORMED', `Keras: ${what} is not a JSON object`, { file });
  if (jsonDepth(v) > MAX_JSON_DEPTH) throw new FootprintError('E_LIMIT', `Keras: ${what} nests more than ${MAX_JSON_DEPTH} levels deep (no real model does)`, { file });
  return v as JsonObject;
}

function refFromList(v: Json): TensorRef | undefined {
  if (!Array.isArray(v) || typeof v[0] !== 'string') return undefined;
  return { layer: v[0], node: typeof v[1] === 'number' ? v[1] : 0, tensor: typeof v[2] === 'number' ? v[2] : 0 };
}

/** keras_history references anywhere inside a Keras 3 call's args. */
function collectKeras3(v: Json, out: TensorRef[]): void {
  if (Array.isArray(v)) {
    for (const x of v) collectKeras3(x, out);
  } else if (isObject(v)) {
    const cfg = v['config'];
    if (v['class_name'] === '__keras_tensor__' && isObject(cfg)) {
      const r = refFromList(cfg['keras_history'] ?? null);
      if (r) out.push(r);
      return;
    }
    for (const x of Object.values(v)) collectKeras3(x, out);
  }
}

/** inbound_nodes in either form -> one list of tensor refs per call. */
export function parseInbound(v: Json | undefined): TensorRef[][] {
  if (!Array.isArray(v)) return [];
  return v.map((call) => {
    const refs: TensorRef[] = [];
    if (isObject(call)) {
      collectKeras3(call['args'] ?? null, refs);
    } else if (Array.isArray(call)) {
      // Keras 2: [[layer, node, tensor, kwargs], ...]; a single ref may also appear unwrapped.
      const single = refFromList(call);
      if (single && !Array.isArray(call[0])) refs.push(single);
      else for (const x of call) { const r = refFromList(x); if (r) refs.push(r); }
    }
    return refs;
  });
}

/** input_layers / output_layers: `[[name, node, tensor], ...]` or Keras 3's single `[name, node, tensor]`. */
export function parseIoRefs(v: Json | undefined): TensorRef[] {
  if (!Array.isArray(v)) return [];
  const single = refFromList(v);
  if (single) return [single];
  return v.map(refFromList).filter((r): r is TensorRef => r !== undefined);
}

export function parseLayer(v: Json, index: number, file: string): KerasLayer {
  if (!isObject(v)) throw new FootprintError('E_MALFORMED', `Keras: layer #${index} of the model config is not an object`, { file });
  const className = typeof v['class_name'] === 'string' ? v['class_name'] : '';
  const cfg = isObject(v['config']) ? v['config'] : undefined;
  const name = typeof v['name'] === 'string' ? v['name'] : typeof cfg?.['name'] === 'string' ? cfg['name'] : `${className || 'layer'}_${index}`;
  const layer: KerasLayer = { className, name, config: cfg, calls: parseInbound(v['inbound_nodes']) };
  const mod = typeof v['registered_name'] === 'string' ? v['registered_name'] : typeof v['module'] === 'string' ? v['module'] : undefined;
  if (mod !== undefined) layer.module = mod;
  return layer;
}

/** Container classes whose config holds `layers` (nested models). */
export function isContainer(l: KerasLayer): boolean {
  return Array.isArray(l.config?.['layers']) && ['Functional', 'Model', 'Sequential'].includes(l.className);
}

// Typed getters over a layer config.
export const num = (c: JsonObject | undefined, k: string): number | undefined => (typeof c?.[k] === 'number' ? (c[k] as number) : undefined);
export const str = (c: JsonObject | undefined, k: string): string | undefined => (typeof c?.[k] === 'string' ? (c[k] as string) : undefined);
export const bool = (c: JsonObject | undefined, k: string, def: boolean): boolean => {
  const v = c?.[k];
  return typeof v === 'boolean' ? v : typeof v === 'number' ? v !== 0 : def;
};
/** An int or a tuple of ints, as `n` entries. */
export function ints(c: JsonObject | undefined, k: string, n: number): number[] | undefined {
  const v = c?.[k];
  if (typeof v === 'number') return new Array<number>(n).fill(v);
  if (Array.isArray(v) && v.every((x) => typeof x === 'number')) return v as number[];
  return undefined;
}

/** Keras 3 writes the dtype as a DTypePolicy object; Keras 2 as a string. */
export function dtypeName(c: JsonObject | undefined): string | undefined {
  const d = c?.['dtype'];
  if (typeof d === 'string') return d;
  if (isObject(d) && isObject(d['config'])) return str(d['config'], 'name');
  return undefined;
}
