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
import { append } from '../../arrays.js';

/** A Larq quantizer at inference: a sign (-1 / +1), or k-bit values (DoReFa). */
export type Quantizer = { kind: 'sign'; name: string } | { kind: 'kbit'; name: string; bits: number };

/** Sign quantizers, by serialized name and by class name (lower case). */
const SIGN_QUANTIZERS: ReadonlyMap<string, string> = new Map([
  ['ste_sign', 'ste_sign'], ['stesign', 'ste_sign'],
  ['approx_sign', 'approx_sign'], ['approxsign', 'approx_sign'],
  ['swish_sign', 'swish_sign'], ['swishsign', 'swish_sign'],
  ['magnitude_aware_sign', 'magnitude_aware_sign'], ['magnitudeawaresign', 'magnitude_aware_sign'],
]);
/**
 * k-bit quantizers: Larq's DoReFa (`k_bit`, default 2) and the ST model zoo's `STCustomDoReFa`
 * (stm32ai-modelzoo common/quantization, the same with ST's rounding), as ST's 8-bit kernels run them.
 */
const KBIT_QUANTIZERS: ReadonlyMap<string, string> = new Map([
  ['dorefa_quantizer', 'dorefa'], ['dorefaquantizer', 'dorefa'], ['dorefa', 'dorefa'], ['stcustomdorefa', 'dorefa'],
]);
/** Larq quantizers no ST kernel takes. */
const OTHER_QUANTIZERS: ReadonlyMap<string, string> = new Map([
  ['ste_heaviside', 'ste_heaviside (values 0 / 1)'], ['steheaviside', 'ste_heaviside (values 0 / 1)'],
  ['ste_tern', 'ste_tern (values -1 / 0 / +1)'], ['stetern', 'ste_tern (values -1 / 0 / +1)'],
]);
const NO_QUANTIZER = new Set(['noop', 'noopquantizer', 'linear', 'none']);
const DOREFA_DEFAULT_BITS = 2;

/** The quantizer a config value names; undefined for none or for a value that is not a quantizer's (`strict` off). */
export function parseQuantizer(v: Json | undefined, what: () => string, node: string, strict = true): Quantizer | undefined {
  if (v === undefined || v === null) return undefined;
  const raw = typeof v === 'string' ? v : isObject(v) ? str(v, 'class_name') : undefined;
  if (raw === undefined) {
    if (!strict) return undefined;
    throw new FootprintError('E_MALFORMED', `Keras: ${what()} is ${JSON.stringify(v)}, expected a quantizer name or {"class_name": ...}`, { node });
  }
  const key = (raw.split('>').pop() ?? raw).toLowerCase();
  if (NO_QUANTIZER.has(key)) return undefined;
  const sign = SIGN_QUANTIZERS.get(key);
  if (sign !== undefined) return { kind: 'sign', name: sign };
  const kbit = KBIT_QUANTIZERS.get(key);
  if (kbit !== undefined) {
    const cfg = isObject(v) && isObject(v['config']) ? v['config'] : undefined;
    const bits = num(cfg, 'k_bit') ?? DOREFA_DEFAULT_BITS;
    if (!Number.isInteger(bits) || bits < 1 || bits > 16) {
      throw new FootprintError('E_NOT_IMPLEMENTED', `${what()}: ${raw} with k_bit=${bits}: ST Edge AI Core's kernels take 1 to 8 bits (16 for some), k_bit must be an integer in 1..16`, { node });
    }
    return { kind: 'kbit', name: kbit, bits };
  }
  if (!strict) return undefined;
  const other = OTHER_QUANTIZERS.get(key);
  throw new FootprintError('E_NOT_IMPLEMENTED',
    `${what()}='${raw}'${other ? ` is ${other}` : ' is not a Larq quantizer we know'}; ST Edge AI Core's binary kernels take a sign quantizer (ste_sign, approx_sign or swish_sign; magnitude_aware_sign for weights), its integer kernels DoReFa (k_bit)`,
    { node });
}

function quantizerOf(c: LayerCall, field: string): Quantizer | undefined {
  return parseQuantizer(c.layer.config?.[field], () => `${c.layer.className} '${c.layer.name}': ${field}`, c.name);
}

/** A quantizer node on `x` named `name`: a BipolarQuant for a sign, a Quant at k bits (QONNX's ops). */
export function quantizerNode(b: GraphBuilder, name: string, sourceOp: string, x: string, q: Quantizer): string {
  if (q.kind === 'sign') {
    const [y] = b.node({ name, op: 'BipolarQuant', sourceOp, inputs: [x], attrs: { larq_quantizer: q.name }, rank: b.rankOf(x) }) as [string];
    return y;
  }
  const consts = [b.implicitConstant(`${name}/scale`, [1]), b.implicitConstant(`${name}/zero_point`, [0]), b.implicitConstant(`${name}/bitwidth`, [q.bits])];
  const [y] = b.node({ name, op: 'Quant', sourceOp, inputs: [x, ...consts], attrs: { larq_quantizer: q.name, signed: 1, narrow: 0 }, rank: b.rankOf(x) }) as [string];
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
  const xin = inputQ ? quantizerNode(b, `${c.name}_conv`, c.layer.className, x, inputQ) : x;
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
    node.inputs[1] = quantizerNode(b, `${node.name}_${field}`, c.layer.className, w, q);
    append(inserted, b.graph.nodes.splice(before));
  }
  // the weight quantizers run before the layers that read them
  const after = b.graph.nodes.splice(start);
  append(append(b.graph.nodes, inserted), after);
  return outs;
};
