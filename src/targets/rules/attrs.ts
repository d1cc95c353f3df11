/**
 * Generic attribute rules: a vendor's operator table says "auto_pad: only NOTSET", "mode: only
 * constant", "output_shape: not supported". The rule reference names the attribute:
 *   { "rule": "attr-in", "attr": "auto_pad", "limit": ["NOTSET"] }
 * An absent attribute takes its ONNX default (ONNX_DEFAULTS, from the ONNX operator specs); an
 * attribute that only matters in some configurations (MEANINGFUL_WHEN) is checked only then.
 */
import type { Attrs, AttrValue, Node } from '../../ir/graph.js';
import { formatLimit, num, strings, who, type RuleDef, type TargetRuleContext } from './types.js';

/** ONNX default values of the attributes the attribute rules read (onnx.ai Operators.md). */
export const ONNX_DEFAULTS: Readonly<Record<string, AttrValue>> = {
  auto_pad: 'NOTSET',
  ceil_mode: 0,
  count_include_pad: 0,
  storage_order: 0,
  select_last_index: 0,
  training_mode: 0,
  'DepthToSpace.mode': 'DCR',
  'Pad.mode': 'constant',
  'Resize.mode': 'nearest',
  nearest_mode: 'round_prefer_floor',
  coordinate_transformation_mode: 'half_pixel',
  extrapolation_value: 0,
  exclusive: 0,
  reverse: 0,
  layout: 0,
  input_forget: 0,
  noop_with_empty_axes: 0,
  keepdims: 1,
  'Flatten.axis': 1,
  'LayerNormalization.axis': -1,
  alpha: 1,
  beta: 1,
};

function attrValue(node: Node, attr: string): AttrValue | undefined {
  // The IR's `layout` attribute is the tensor layout (NHWC); LSTM's integer `layout` is the ONNX one.
  if (attr === 'layout' && typeof node.attrs['layout'] === 'string') return ONNX_DEFAULTS['layout'];
  return node.attrs[attr] ?? ONNX_DEFAULTS[`${node.op}.${attr}`] ?? ONNX_DEFAULTS[attr];
}

function hasPads(attrs: Attrs): boolean {
  const p = attrs['pads'];
  const ap = attrs['auto_pad'];
  return (Array.isArray(p) && p.some((x) => x !== 0)) || (typeof ap === 'string' && ap.startsWith('SAME'));
}

/** Attributes ONNX reads only in some configurations: the rule holds outside them. */
const MEANINGFUL_WHEN: Readonly<Record<string, (n: Node) => boolean>> = {
  // count_include_pad changes nothing on a pool that does not pad.
  count_include_pad: (n) => hasPads(n.attrs),
  // nearest_mode is read by nearest-neighbour resizes only.
  nearest_mode: (n) => attrValue(n, 'mode') === 'nearest',
  // auto_pad of a TFLite or Keras layer is our translation of its `padding`: converters to ONNX
  // (tf2onnx, Kneron's and Axera's) write explicit pads, so the file a vendor compiler reads has NOTSET.
  auto_pad: (n) => n.attrs['layout'] !== 'NHWC',
};

/** The fix a user reads, per attribute. */
const HINTS: Readonly<Record<string, string>> = {
  auto_pad: 'Export with explicit pads (torch.onnx.export and tf2onnx write them), or run onnxsim on the model.',
  count_include_pad: 'Export the pool with count_include_pad=1, or pad explicitly with a Pad before it.',
  mode: 'Use one of the supported modes in the model before export.',
  nearest_mode: 'Set nearest_mode to the supported value at export (it changes results only on ties).',
  keepdims: 'Keep the reduced axes (keepdims=1) and Reshape after the reduction.',
};

function shown(v: AttrValue): string {
  return Array.isArray(v) ? v.join(',') : String(v);
}

function elements(v: AttrValue): string[] {
  return Array.isArray(v) ? v.map(String) : [String(v)];
}

function attrName(ctx: TargetRuleContext): string {
  // Stryker disable next-line StringLiteral: equivalent, the target loader requires an attr for these rules (needsAttr), and any name no node sets reads as absent
  return ctx.attr ?? '';
}

export const attrIn: RuleDef = {
  id: 'attr-in',
  limitForm: 'strings',
  needsAttr: true,
  doc: (l, attr) => `\`${attr ?? '?'}\` must be ${strings(l).length === 1 ? formatLimit(l) : `one of ${formatLimit(l)}`} (every element of a list).`,
  check(ctx) {
    const attr = attrName(ctx);
    const when = MEANINGFUL_WHEN[attr];
    if (when && !when(ctx.node)) return undefined;
    const v = attrValue(ctx.node, attr);
    if (v === undefined) return undefined;
    const ok = strings(ctx.limit);
    if (elements(v).every((e) => ok.includes(e))) return undefined;
    const f = { value: `${attr}=${shown(v)}`, message: `${who(ctx.node)}: ${attr} is ${shown(v)}; ${ctx.unit.name} supports only ${ok.join(' or ')}.` };
    const hint = HINTS[attr];
    return hint ? { ...f, hint } : f;
  },
};

export const attrAbsent: RuleDef = {
  id: 'attr-absent',
  limitForm: 'none',
  needsAttr: true,
  doc: (_l, attr) => `\`${attr ?? '?'}\` must not be set (not supported).`,
  check(ctx) {
    const attr = attrName(ctx);
    const v = ctx.node.attrs[attr];
    if (v === undefined) return undefined;
    return { value: `${attr}=${shown(v)}`, limit: `no ${attr}`, message: `${who(ctx.node)}: sets ${attr} (${shown(v)}); ${ctx.unit.name} does not support it.`, hint: `Export without ${attr}.` };
  },
};

export const inputAbsent: RuleDef = {
  id: 'input-absent',
  limitForm: 'number',
  doc: (l) => `Optional input ${formatLimit(l)} (0-based) must not be given (not supported).`,
  check(ctx) {
    const i = num(ctx.limit, 0);
    const name = ctx.node.inputs[i] ?? '';
    if (name === '') return undefined;
    return { value: `input ${i} '${name}'`, limit: `no input ${i}`, message: `${who(ctx.node)}: has optional input ${i} ('${name}'); ${ctx.unit.name} does not support it.`, hint: `Export without input ${i}.` };
  },
};

export const caution: RuleDef = {
  id: 'caution',
  limitForm: 'string',
  doc: (l) => `The vendor's table adds: "${formatLimit(l)}".`,
  check(ctx) {
    // Stryker disable next-line StringLiteral: equivalent, the target loader requires a string limit for this rule (limitForm 'string'), so the fallback is never read
    const words = typeof ctx.limit === 'string' ? ctx.limit : '';
    return { value: ctx.node.op, limit: words, message: `${who(ctx.node)}: ${ctx.unit.name}'s operator table says "${words}" for ${ctx.node.op}; check this layer with the vendor compiler.` };
  },
};
