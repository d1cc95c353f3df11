/**
 * Keras model config -> IR graph. Functional models follow their inbound nodes; Sequential
 * models chain their layers; nested models (a Functional or Sequential used as a layer) are
 * inlined, their layers keeping their own names.
 */
import type { DType } from '../../ir/dtype.js';
import type { Dim, Shape } from '../../ir/shape.js';
import { FootprintError } from '../../diagnostics/diagnostic.js';
import type { GraphBuilder } from './builder.js';
import { dtypeName, isContainer, isObject, parseIoRefs, parseLayer, type Json, type JsonObject, type KerasLayer, type TensorRef } from './config.js';
import { mapLayer } from './layers.js';
import { keras3Names, type WeightStore } from './weights.js';
import { pushTo } from '../../arrays.js';

export interface BuildContext {
  b: GraphBuilder;
  weights: WeightStore;
  keras3: boolean;
  file: string;
}

const DTYPES: Readonly<Record<string, DType>> = {
  float32: 'float32', float16: 'float16', float64: 'float64', bfloat16: 'bfloat16', int8: 'int8', uint8: 'uint8',
  int16: 'int16', int32: 'int32', int64: 'int64', bool: 'bool',
};

function layersOf(cfg: Json | undefined): Json[] {
  if (Array.isArray(cfg)) return cfg; // Keras <= 2.2 Sequential: the config is the layer list
  if (isObject(cfg) && Array.isArray(cfg['layers'])) return cfg['layers'];
  return [];
}

/** Names of all non-container layers, nested ones included (Keras 2 weight names use them). */
export function leafLayerNames(cfg: Json | undefined): string[] {
  return layersOf(cfg).flatMap((v, i) => {
    const l = parseLayer(v, i, '');
    return isContainer(l) ? leafLayerNames(l.config) : [l.name];
  });
}

/** [None, 49, 10, 1] -> ['N', 49, 10, 1]: None batch is the symbol the pipeline sets to 1. */
function inputShape(cfg: JsonObject | undefined): Shape | undefined {
  const v = cfg?.['batch_shape'] ?? cfg?.['batch_input_shape'];
  if (!Array.isArray(v)) return undefined;
  return v.map((d, i): Dim => (typeof d === 'number' ? d : i === 0 ? 'N' : '?'));
}

const inputDType = (cfg: JsonObject | undefined): DType => DTYPES[dtypeName(cfg) ?? 'float32'] ?? 'float32';
const key = (r: TensorRef) => `${r.layer}\u0000${r.node}\u0000${r.tensor}`;

/** Builds the top-level model; returns its output tensor names. */
export function buildModel(ctx: BuildContext, model: JsonObject): string[] {
  const cls = typeof model['class_name'] === 'string' ? model['class_name'] : '';
  const cfg = model['config'];
  if (cls === 'Sequential') return buildSequential(ctx, cfg, undefined, '', model);
  if (isObject(cfg) && Array.isArray(cfg['layers'])) return buildFunctional(ctx, cfg, undefined, '');
  throw new FootprintError('E_MALFORMED', `Keras: the model config is a '${cls || '?'}' without a layer list (only Sequential and Functional models are read)`, { file: ctx.file });
}

function callLayer(ctx: BuildContext, l: KerasLayer, call: number, inputs: string[], k3Path: string): string[] {
  if (isContainer(l)) {
    return l.className === 'Sequential'
      ? buildSequential(ctx, l.config, inputs[0], `${k3Path}/`, undefined)
      : buildFunctional(ctx, l.config as JsonObject, inputs, `${k3Path}/`);
  }
  const name = call === 0 ? l.name : `${l.name}_call${call}`;
  return mapLayer(ctx.b, { layer: l, name, inputs, weights: ctx.weights.forLayer(l.name, k3Path) });
}

function buildSequential(ctx: BuildContext, cfg: Json | undefined, bound: string | undefined, prefix: string, model: JsonObject | undefined): string[] {
  const layers = layersOf(cfg).map((v, i) => parseLayer(v, i, ctx.file));
  const body = layers.filter((l) => l.className !== 'InputLayer');
  const inputLayer = layers.find((l) => l.className === 'InputLayer');
  let x = bound;
  if (x === undefined) {
    const first = inputLayer ?? body[0];
    const buildCfg = isObject(model?.['build_config']) ? model['build_config'] : undefined;
    const shape = inputShape(first?.config) ?? (isObject(cfg) ? inputShape({ batch_shape: cfg['build_input_shape'] ?? null }) : undefined) ?? inputShape({ batch_shape: buildCfg?.['input_shape'] ?? null });
    if (shape === undefined) ctx.b.warn('W_SHAPE', 'Keras: the Sequential model has no input shape (built without an Input); give it with --input-shape');
    x = ctx.b.input(inputLayer?.name ?? `${first?.name ?? 'model'}_input`, shape, inputDType(first?.config));
  }
  // Keras 3 names the groups of `model.layers`, which for a Sequential excludes the InputLayer.
  const names = keras3Names(body.map((l) => l.className));
  body.forEach((l, i) => {
    x = callLayer(ctx, l, 0, [x as string], `${prefix}layers/${names[i] ?? ''}`)[0];
    if (x === undefined) throw new FootprintError('E_MALFORMED', `Keras: layer '${l.name}' of a Sequential model has no output`, { file: ctx.file, node: l.name });
  });
  return [x];
}

function buildFunctional(ctx: BuildContext, cfg: JsonObject, bound: string[] | undefined, prefix: string): string[] {
  const layers = layersOf(cfg).map((v, i) => parseLayer(v, i, ctx.file));
  const names = keras3Names(layers.map((l) => l.className));
  const tensors = new Map<string, string>();
  const inputRefs = parseIoRefs(cfg['input_layers']);
  for (const l of layers.filter((x) => x.className === 'InputLayer')) {
    const i = Math.max(0, inputRefs.findIndex((r) => r.layer === l.name));
    const t = bound ? (bound[i] ?? bound[0]) : ctx.b.input(l.name, inputShape(l.config), inputDType(l.config));
    if (t !== undefined) tensors.set(key({ layer: l.name, node: 0, tensor: 0 }), t);
  }
  const containers = new Set(layers.filter(isContainer).map((l) => l.name));
  // A nested Functional model's call j is node j + 1 (node 0 is its own construction), as is a
  // Keras 2 Sequential built on an Input; the other offset is tried when the file disagrees.
  const offset = (l: KerasLayer): number => {
    if (!isContainer(l)) return 0;
    if (l.className !== 'Sequential') return 1;
    const first = layersOf(l.config)[0];
    return !ctx.keras3 && isObject(first) && first['class_name'] === 'InputLayer' ? 1 : 0;
  };
  // the keys that may hold a ref's tensor: its own, and for a nested model the neighbouring calls
  const keysOf = (r: TensorRef): string[] => (containers.has(r.layer) ? [key(r), key({ ...r, node: r.node - 1 }), key({ ...r, node: r.node + 1 })] : [key(r)]);
  const resolve = (r: TensorRef): string | undefined => {
    // (a plain layer's ref has one key: no list made for it)
    const own = tensors.get(key(r));
    if (own !== undefined || !containers.has(r.layer)) return own;
    for (const k of keysOf(r)) {
      const t = tensors.get(k);
      if (t !== undefined) return t;
    }
    return undefined;
  };
  const calls = layers.flatMap((l, li) => (l.className === 'InputLayer' ? [] : l.calls.map((refs, call) => ({ l, li, refs, call }))));
  inRounds(calls, resolve, keysOf, (p) => {
    const outs = callLayer(ctx, p.l, p.call, p.refs.map((r) => resolve(r) as string), `${prefix}layers/${names[p.li] ?? ''}`);
    return outs.map((t, tensor) => {
      const k = key({ layer: p.l.name, node: p.call + offset(p.l), tensor });
      tensors.set(k, t);
      return k;
    });
  }, (p) => {
    const missing = p.refs.find((r) => resolve(r) === undefined);
    return new FootprintError('E_MALFORMED', `Keras: layer '${p.l.name}' reads output ${missing?.tensor ?? 0} of call ${missing?.node ?? 0} of '${missing?.layer ?? '?'}', which no layer produces`, { file: ctx.file, node: p.l.name });
  });
  return parseIoRefs(cfg['output_layers']).map((r) => {
    const t = resolve(r);
    if (t === undefined) throw new FootprintError('E_MALFORMED', `Keras: model output '${r.layer}' is not produced by any layer`, { file: ctx.file });
    return t;
  });
}

/**
 * Runs `calls` in dependency order (configs list layers topologically, shared layers may not be),
 * in rounds: each round runs, in list order, the calls whose refs all resolved when it began.
 * `run` runs one call and returns the keys it set; a call waits on the keys that may resolve each
 * of its missing refs (`keysOf`) and is counted down as they are set (a filter of every waiting
 * call per round made a 20,000-layer chain quadratic: 33 s). No call ready while some wait: the
 * first waiting one in list order is `stuck`.
 */
function inRounds<C extends { refs: readonly TensorRef[] }>(calls: readonly C[], resolve: (r: TensorRef) => string | undefined,
  keysOf: (r: TensorRef) => string[], run: (c: C) => string[], stuck: (c: C) => FootprintError): void {
  const missing = new Int32Array(calls.length);
  const waiting = new Map<string, { at: number; r: TensorRef; seen: boolean }[]>();
  let round: number[] = [];
  calls.forEach((c, at) => {
    for (const r of c.refs) {
      if (resolve(r) !== undefined) continue;
      missing[at] = (missing[at] as number) + 1;
      const w = { at, r, seen: false };
      for (const k of keysOf(r)) pushTo(waiting, k, w);
    }
    if (missing[at] === 0) round.push(at);
  });
  let left = calls.length;
  while (left > 0) {
    // a call runs once its count reaches 0: with no round left, the waiting ones are those above 0
    if (round.length === 0) throw stuck(calls[missing.findIndex((m) => m > 0)] as C);
    const next: number[] = [];
    for (const at of round) {
      for (const k of run(calls[at] as C)) {
        for (const w of waiting.get(k) ?? []) {
          if (w.seen || resolve(w.r) === undefined) continue;
          w.seen = true;
          missing[w.at] = (missing[w.at] as number) - 1;
          if (missing[w.at] === 0) next.push(w.at);
        }
      }
    }
    left -= round.length;
    // the calls that became ready run in the next round, in list order
    round = next.sort((a, b) => a - b);
  }
}
