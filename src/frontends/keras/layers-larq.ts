/**
 * Larq's quantized layers (larq.layers.Quant*): the float layer they wrap, with their quantizers
 * as nodes (METRICS.md "Binary layers"):
 * - `input_quantizer`: a `BipolarQuant` node `<layer>_conv` on the layer's input (stedgeai's
 *   "<layer>_conv (Conversion, QuantConv2D)" in seed 001's reports);
 * - `kernel_quantizer` (`depthwise_quantizer`, `pointwise_quantizer`): a `BipolarQuant` on the
 *   weights, which constant folding applies offline (1-bit weights);
 * - `pad_values` on a padded convolution: the `pad_value` attribute.
 * The `larq_quantizer` attribute names the quantizer and `larq` marks the layer's weighted nodes;
 * passes/binary.ts lowers them as stedgeai does. A quantizer's `metrics` and `clip_value` only act in training.
 */
import type { Node } from '../../ir/graph.js';
import { FootprintError } from '../../diagnostics/diagnostic.js';
import { isObject, num, str, type Json } from './config.js';
import { one, type LayerCall, type Mapper } from './layer-util.js';
import type { GraphBuilder } from './builder.js';

/** What a Larq quantizer computes at inference, by its serialized name and its class name. */
const SIGN_QUANTIZERS: ReadonlyMap<string, string> = new Map([
  ['ste_sign', 'ste_sign'], ['stesign', 'ste_sign'],
  ['approx_sign', 'approx_sign'], ['approxsign', 'approx_sign'],
  ['swish_sign', 'swish_sign'], ['swishsign', 'swish_sign'],
  ['magnitude_aware_sign', 'magnitude_aware_sign'], ['magnitudeawaresign', 'magnitude_aware_sign'],
]);
/** Larq quantizers that are not a sign (values other than -1 / +1): no binary kernel takes them. */
const OTHER_QUANTIZERS: ReadonlyMap<string, string> = new Map([
  ['ste_heaviside', 'ste_heaviside (values 0 / 1)'], ['steheaviside', 'ste_heaviside (values 0 / 1)'],
  ['ste_tern', 'ste_tern (values -1 / 0 / +1)'], ['stetern', 'ste_tern (values -1 / 0 / +1)'],
  ['dorefa_quantizer', 'dorefa_quantizer (k-bit)'], ['dorefaquantizer', 'dorefa_quantizer (k-bit)'], ['dorefa', 'dorefa_quantizer (k-bit)'],
]);
const NO_QUANTIZER = new Set(['noop', 'noopquantizer', 'linear', 'none']);

/** The quantizer a config field names: a sign quantizer's name, or undefined for none. */
function quantizerOf(c: LayerCall, field: string): string | undefined {
  const v: Json | undefined = c.layer.config?.[field];
  if (v === undefined || v === null) return undefined;
  const raw = typeof v === 'string' ? v : isObject(v) ? str(v, 'class_name') : undefined;
  if (raw === undefined) {
    throw new FootprintError('E_MALFORMED', `Keras: layer '${c.layer.name}' (${c.layer.className}): ${field} is ${JSON.stringify(v)}, expected a quantizer name or {"class_name": ...}`, { node: c.name });
  }
  const key = (raw.split('>').pop() ?? raw).toLowerCase();
  if (NO_QUANTIZER.has(key)) return undefined;
  const sign = SIGN_QUANTIZERS.get(key);
  if (sign !== undefined) return sign;
  const other = OTHER_QUANTIZERS.get(key);
  throw new FootprintError('E_NOT_IMPLEMENTED',
    `${c.layer.className} '${c.layer.name}': ${field}='${raw}'${other ? ` is ${other}` : ' is not a Larq quantizer we know'}; ST Edge AI Core's binary kernels take a sign quantizer: ste_sign, approx_sign or swish_sign (magnitude_aware_sign for weights)`,
    { node: c.name });
}

/** A sign quantizer node on `x`: its output is `name`. */
function sign(b: GraphBuilder, c: LayerCall, name: string, x: string, quantizer: string): string {
  const [y] = b.node({ name, op: 'BipolarQuant', sourceOp: c.layer.className, inputs: [x], attrs: { larq_quantizer: quantizer }, rank: b.rankOf(x) }) as [string];
  return y;
}

/** The quantizer field that applies to a weighted node the base mapper made. */
function weightField(c: LayerCall, node: Node): string {
  if (c.layer.className.startsWith('QuantSeparable')) return node.name === c.name ? 'depthwise_quantizer' : 'pointwise_quantizer';
  if (c.layer.className.startsWith('QuantDepthwise')) return 'depthwise_quantizer';
  return 'kernel_quantizer';
}

const WEIGHTED = new Set(['Conv', 'Gemm', 'MatMul']);

/** A Larq layer: `base` maps the float layer; the quantizers wrap its input and weights. */
export const larq = (base: Mapper): Mapper => (b, c) => {
  const inputQ = quantizerOf(c, 'input_quantizer');
  const x = one(c);
  const xin = inputQ ? sign(b, c, `${c.name}_conv`, x, inputQ) : x;
  const start = b.graph.nodes.length;
  const outs = base(b, { ...c, inputs: [xin, ...c.inputs.slice(1)] });
  const made = b.graph.nodes.slice(start);
  const padValue = num(c.layer.config, 'pad_values') ?? 0;
  const inserted: Node[] = [];
  for (const node of made) {
    if (!WEIGHTED.has(node.op)) continue;
    node.attrs['larq'] = true;
    if (node.op === 'Conv' && node.attrs['auto_pad'] !== 'VALID') node.attrs['pad_value'] = padValue;
    const field = weightField(c, node);
    const q = quantizerOf(c, field);
    const w = node.inputs[1];
    if (q === undefined || w === undefined || w === '') continue;
    const before = b.graph.nodes.length;
    node.inputs[1] = sign(b, c, `${node.name}_${field}`, w, q);
    inserted.push(...b.graph.nodes.splice(before));
  }
  // the weight quantizers run before the layers that read them
  b.graph.nodes.splice(start, 0, ...inserted);
  return outs;
};
