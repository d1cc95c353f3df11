/**
 * `binary`: lowers Larq's binarized layers (frontends/keras/layers-larq.ts) as ST Edge AI Core does
 * (METRICS.md "Binary layers"; seed 001's two reports; its kernels: ops/binary-kernels.ts).
 * 1. A sign quantizer on a graph input nothing else reads: the input itself is binary (int1,
 *    1b-32bpacked): "input 1/1: 'input_1', int1(1x32x32x1), 4.00 KBytes".
 * 2. A sign on the only output of a Conv / Gemm (its BN folded): fused there, the layer writes int1
 *    and its bias becomes a per-channel threshold `<layer>_threshold` (Cout floats, no MACC).
 * 3. Any other sign stays, a conversion f32 -> int1.
 * 4. Each layer with binary weights or a binary input or output picks the kernel of its formats
 *    (input / output / weights) and padding; its binary weights are stored packed along the input
 *    channels. Without a kernel it runs in float: a conversion `<producer>_0_conversion` (int1 ->
 *    f32, 2 MACC an element) before it, its weights as float32 (and the bias every layer has,
 *    passes/bias.ts), a sign after it when its output was binary. A padding with -1 / +1 cannot be done in
 *    float: a typed NOT IMPLEMENTED error, as stedgeai stops. Every such layer gets an I_BINARY or
 *    W_BINARY_FALLBACK diagnostic naming its kernel, or why it runs in float and what would not.
 */
import type { Graph, Node, Tensor } from '../ir/graph.js';
import { diag, FootprintError } from '../diagnostics/diagnostic.js';
import { inChannelAxis, outChannelAxis, outChannelCount, weightDims } from '../ops/conv.js';
import { quantBitwidth } from '../ops/quant.js';
import { binaryKernel, kernelFormats, type BinaryFamily, type BinaryFormat, type Formats, type Padding } from '../ops/binary-kernels.js';
import { attrInt, attrInts } from '../ops/util/attrs.js';
import { geometry, resolvedPads, splitShape } from '../ops/util/spatial.js';
import { isNum } from '../ops/util/dims.js';
import { hasTrait } from '../ops/traits.js';
import { isFloat, shortDType } from '../ir/dtype.js';
import type { Pass, PassContext } from './pass.js';
import { absorb, buildUseIndex, freshTensorName, readersOf, replaceUses, type UseIndex } from './graph-edit.js';
import { tensorNamed } from '../ir/tensor-named.js';
import { append } from '../arrays.js';

const isQuantizer = (n: Node): boolean => (n.op === 'BipolarQuant' || n.op === 'Quant') && typeof n.attrs['larq_quantizer'] === 'string';
const WEIGHTED = new Set(['Conv', 'Gemm']);

export const binaryPass: Pass = {
  name: 'binary',
  run(graph, ctx) {
    // Stryker disable next-line ConditionalExpression: equivalent, a shortcut: int1 tensors come only from Larq quantizers (no format stores int1) and a layer's weights count only under the Larq attribute, so without either nothing below applies
    if (!graph.nodes.some((n) => isQuantizer(n) || n.attrs['larq'] === true)) return graph;
    fuseQuantizers(graph, ctx);
    const idx = buildUseIndex(graph);
    const conversions = new Map<string, string>();
    // the float fallbacks add conversions around their layer: the node list is rebuilt once
    const nodes: Node[] = [];
    for (const node of graph.nodes) {
      const around = WEIGHTED.has(node.op) && isBinaryLayer(graph, node) ? lowerLayer(graph, idx, node, ctx, conversions) : undefined;
      append(nodes, around ? [...around.before, node, ...around.after] : [node]);
    }
    graph.nodes = nodes;
    return graph;
  },
};

/** A Larq layer's weighted node, or any layer a binary tensor flows in or out of. */
function isBinaryLayer(g: Graph, n: Node): boolean {
  return (n.attrs['larq'] === true && tensorNamed(g, n.inputs[1])?.storageBits === 1) || tensorNamed(g, n.inputs[0])?.dtype === 'int1' || tensorNamed(g, n.outputs[0])?.dtype === 'int1';
}

/** Output channels of a Conv / Gemm from its weights. */
function outChannels(g: Graph, n: Node): number | undefined {
  const w = tensorNamed(g, n.inputs[1])?.shape;
  return w ? outChannelCount(n, w) : undefined;
}

function newConstant(g: Graph, base: string, shape: number[], by: string): string {
  const name = freshTensorName(g, base);
  g.tensors.set(name, { name, dtype: 'float32', shape, data: { kind: 'computed', by }, byCompiler: true });
  return name;
}

/** The integer type a quantizer writes: int1 for a sign, int8 / int16 for k bits. */
function quantizedType(g: Graph, q: Node): Tensor['dtype'] {
  if (q.op === 'BipolarQuant') return 'int1';
  return (quantBitwidth(tensorNamed(g, q.inputs[3])) ?? 8) <= 8 ? 'int8' : 'int16';
}

/** Operators that compute in their inputs' integer type (ST runs them with integer kernels). */
function keepsType(n: Node, type: Tensor['dtype']): boolean {
  // (quantizers never get here: fuseQuantizers handles them instead)
  if (WEIGHTED.has(n.op) || n.subgraphs) return false;
  const moves = hasTrait(n.op, 'data-movement') || n.op === 'Concat';
  // binary values only move or take a maximum (ST's maxpool_is1os1); 8 / 16-bit ones go through
  // element-wise, pooling and data-movement kernels
  if (type === 'int1') return moves || n.op === 'MaxPool' || n.op === 'GlobalMaxPool';
  return moves || hasTrait(n.op, 'streams-elements') || hasTrait(n.op, 'streams-rows') || n.op === 'GlobalAveragePool' || n.op === 'GlobalMaxPool';
}

/** A node whose activation inputs all have one integer type writes that type. */
function propagateType(g: Graph, n: Node): void {
  const acts = n.inputs.map((i) => tensorNamed(g, i)).filter((t): t is Tensor => t !== undefined && t.data === undefined);
  // no activation input: the type is undefined, which the list does not hold
  const type = acts[0]?.dtype as Tensor['dtype'];
  if (!['int1', 'int8', 'int16'].includes(type) || !acts.every((t) => t.dtype === type) || !keepsType(n, type)) return;
  for (const o of n.outputs) {
    const t = tensorNamed(g, o);
    if (t && isFloat(t.dtype)) t.dtype = type;
  }
}

/**
 * Steps 1-3, in execution order: each quantizer into the graph input, into the layer before it,
 * through a Concat (sign(concat(a, b)) = concat(sign(a), sign(b))), onto an identical one reading
 * the same tensor, away when its input already has its type (an integer Add or pooling in between
 * keeps its inputs' type), else a standalone conversion. Returns the use index, kept up to date.
 */
export function fuseQuantizers(g: Graph, ctx: PassContext): UseIndex {
  const dead = new Set<Node>();
  const handled = new Set<Node>();
  /** Nodes to insert before a node (the signs moved before a Concat), placed when the list is rebuilt. */
  const before = new Map<Node, Node[]>();
  // one use index, kept up to date by every rewrite below
  const idx = buildUseIndex(g);
  // (handle rewires a quantizer only once its input and output tensors are found: both names exist)
  const rewire = (q: Node, to: string) => {
    const x = q.inputs[0] as string;
    const y = q.outputs[0] as string;
    const moved = readersOf(idx, y);
    replaceUses(g, y, to, moved);
    // Stryker disable next-line MethodExpression,ConditionalExpression: equivalent, q reads `to` only when `to` is x, and q leaves x's readers just below
    idx.consumers.set(to, [...readersOf(idx, to).filter((n) => n !== q), ...moved.filter((n) => !readersOf(idx, to).includes(n))]);
    idx.consumers.delete(y);
    idx.producer.delete(y);
    idx.consumers.set(x, readersOf(idx, x).filter((n) => n !== q)); // q no longer reads x (when x is `to`, already so)
    if (idx.graphOutputs.has(y)) {
      g.outputs = g.outputs.map((o) => (o === y ? to : o));
      idx.graphOutputs.delete(y);
      idx.graphOutputs.add(to);
    }
    dead.add(q);
  };
  const handle = (q: Node): void => {
    handled.add(q);
    // Stryker disable next-line StringLiteral: equivalent, no tensor is named '' or the mutant's text: the quantizer is left either way
    const x = q.inputs[0] ?? '';
    // Stryker disable next-line StringLiteral: equivalent, no tensor is named '' or the mutant's text: the quantizer is left either way
    const y = q.outputs[0] ?? '';
    const xt = tensorNamed(g, x);
    const yt = tensorNamed(g, y);
    if (!xt || !yt) return;
    const type = quantizedType(g, q);
    // Stryker disable next-line MethodExpression: equivalent, a quantizer that goes leaves its input's readers as it goes (rewire), so none is dead here
    const readers = readersOf(idx, x).filter((n) => !dead.has(n));
    const alone = readers.length === 1 && !idx.graphOutputs.has(x);
    const p = idx.producer.get(x);
    // a twin: the same quantizer (Larq's name for it: ste_sign, 4bit, 8bit...) of the same type; a
    // 4-bit and an 8-bit Quant both store int8 but compute different values
    const twin = readers.find((n) => n !== q && handled.has(n) && isQuantizer(n) && n.attrs['larq_quantizer'] === q.attrs['larq_quantizer'] && quantizedType(g, n) === type);
    if (xt.dtype === type) {
      rewire(q, x); // already of that type (the layer before wrote it)
    } else if (twin) {
      rewire(q, twin.outputs[0] as string); // a handled twin kept its output
    } else if (alone && idx.graphInputs.has(x)) {
      xt.dtype = type;
      rewire(q, x);
      ctx.diagnostics.push(diag('I_BINARY', `input '${x}' is quantized by ${q.sourceOp} '${q.name}' (${String(q.attrs['larq_quantizer'])}): the network reads it as ${type}${type === 'int1' ? ', 32 channels to a word' : ''}`, x));
    } else if (alone && p && WEIGHTED.has(p.op) && p.activation === undefined && p.outputs[0] === x && outChannels(g, p) !== undefined) {
      if (type === 'int1') {
        p.inputs[2] = newConstant(g, `${p.name}_threshold`, [outChannels(g, p) as number], `${q.name}: the sign folded into ${p.name}`);
        p.attrs['threshold'] = true;
      }
      xt.dtype = type;
      absorb(p, q);
      rewire(q, x);
    } else if (alone && p?.op === 'Concat' && q.op === 'BipolarQuant' && p.outputs[0] === x) {
      // the sign moves before the Concat, one per input; the Concat then joins binary tensors
      const signs = p.inputs.map((input, i) => {
        const out = freshTensorName(g, `${q.name}_${i}`);
        const it = tensorNamed(g, input);
        // Stryker disable next-line StringLiteral: equivalent, handle(s) below types this output or removes it
        g.tensors.set(out, { name: out, dtype: 'float32', ...(it?.shape ? { shape: [...it.shape] } : {}) });
        const s: Node = { name: out, op: 'BipolarQuant', sourceOp: q.sourceOp, inputs: [input], outputs: [out], attrs: { ...q.attrs } };
        idx.consumers.set(input, [...readersOf(idx, input).filter((n) => n !== p), s]);
        idx.producer.set(out, s);
        idx.consumers.set(out, [p]);
        return s;
      });
      before.set(p, [...(before.get(p) ?? []), ...signs]);
      p.inputs = signs.map((s) => s.outputs[0] as string); // each sign was built with one output
      for (const s of signs) handle(s);
      xt.dtype = type;
      absorb(p, q);
      rewire(q, x);
    } else {
      yt.dtype = type;
    }
  };
  for (const n of g.nodes) {
    // Stryker disable next-line ConditionalExpression: equivalent, only a quantizer being handled goes dead, after its turn: no node is dead before it is visited
    if (dead.has(n)) continue;
    if (isQuantizer(n)) handle(n);
    else propagateType(g, n);
  }
  g.nodes = g.nodes.flatMap((n) => [...(before.get(n) ?? []), n]).filter((n) => !dead.has(n));
  return idx;
}

const FORMATS: ReadonlySet<string> = new Set<BinaryFormat>(['s1', 's8', 's16', 'f32']);

/** A tensor's format as the kernel names spell it (shortDType), when a kernel takes it. */
// Stryker disable next-line BooleanLiteral: equivalent, only folded constants carry storageBits, and a layer's input and output are activations
function formatOf(t: Tensor | undefined, weights = false): BinaryFormat | undefined {
  if (!t) return undefined;
  if (weights && t.storageBits === 1) return 's1';
  const f = shortDType(t.dtype);
  return FORMATS.has(f) ? (f as BinaryFormat) : undefined;
}

function familyOf(g: Graph, n: Node): BinaryFamily | undefined {
  if (n.op === 'Gemm') return 'dense';
  const x = tensorNamed(g, n.inputs[0]);
  const w = tensorNamed(g, n.inputs[1]);
  // Stryker disable next-line OptionalChaining: equivalent, lowerLayer calls familyOf only once formatOf has found the input and weights tensors, so neither is undefined
  if (!x?.shape || !w?.shape) return undefined;
  const cin = splitShape(n, x.shape).channels;
  const group = n.attrs['weight_layout'] === 'IHWO' ? cin : attrInt(n, 'group', 1);
  if (group !== 1) return group === cin ? 'dw' : undefined;
  // Stryker disable next-line BooleanLiteral: equivalent, `transposed` only picks the default layout (OIHW or IOHW), and both hold the kernel at dims 2..
  const ones = weightDims(n, w.shape, false).kernel.every((k) => k === 1);
  return ones && (attrInts(n, 'strides') ?? []).every((s) => s === 1) ? 'pw' : 'conv2d';
}

/** 'valid' when the window never reads outside the input, else by the layer's `pad_value`. */
function paddingOf(g: Graph, n: Node): Padding {
  // Stryker disable next-line ConditionalExpression: equivalent, a Gemm has no kernel dims: no pads, so the walk below finds 'valid' too
  if (n.op !== 'Conv') return 'valid';
  const x = tensorNamed(g, n.inputs[0]);
  const y = tensorNamed(g, n.outputs[0]);
  const w = tensorNamed(g, n.inputs[1]);
  // Stryker disable next-line OptionalChaining: equivalent, lowerLayer calls paddingOf only once formatOf has found the input, output and weights tensors, so none is undefined
  if (!x?.shape || !y?.shape || !w?.shape) return 'valid';
  // Stryker disable next-line BooleanLiteral: equivalent, `transposed` only picks the default layout (OIHW or IOHW), and both hold the kernel at dims 2..
  const kernel = weightDims(n, w.shape, false).kernel.map((d) => (isNum(d) ? d : 1));
  const pads = resolvedPads(geometry(n, kernel), splitShape(n, x.shape).spatial, splitShape(n, y.shape).spatial);
  if (!pads || pads.every((p) => p === 0)) return 'valid';
  return n.attrs['pad_value'] === 0 || n.attrs['pad_value'] === undefined ? 'pad0' : 'pad1';
}

const FIX: Readonly<Record<keyof Formats, string>> = {
  input: "give the layer input_quantizer='ste_sign'",
  weights: "give the layer kernel_quantizer='ste_sign'",
  output: "binarize its output (the next layer's input_quantizer='ste_sign'), or keep the layer in float",
};

/** Why no kernel takes these formats: the first of input, weights, output no kernel of the family accepts with the others. */
function whyNoKernel(family: BinaryFamily | undefined, f: Formats, padding: Padding, what: string): { why: string; fix: string } {
  if (family === undefined) return { why: `${what} is a grouped convolution: no binary kernel computes one`, fix: 'use groups=1 or a depthwise layer' };
  const have = kernelFormats(family, padding);
  const name = `${family === 'pw' ? 'pointwise' : family === 'dw' ? 'depthwise' : family === 'dense' ? 'dense' : 'K x K'} kernels${padding === 'valid' ? '' : ` padding with ${padding === 'pad0' ? '0' : '-1/+1'}`}`;
  // only padding leaves a family without kernels (no pointwise kernel pads)
  if (have.length === 0) return { why: `no ${name} exist`, fix: "drop the padding (padding='valid')" };
  const list = (k: keyof Formats, xs: Formats[]) => [...new Set(xs.map((x) => x[k]))].join(', ');
  const withIn = have.filter((h) => h.input === f.input);
  if (withIn.length === 0) return { why: `its input is ${f.input}: the ${name} read ${list('input', have)}`, fix: FIX.input };
  const withW = withIn.filter((h) => h.weights === f.weights);
  if (withW.length === 0) return { why: `its weights are ${f.weights}: with a ${f.input} input the ${name} take ${list('weights', withIn)} weights`, fix: FIX.weights };
  return { why: `it writes ${f.output}: with ${f.input} input and ${f.weights} weights the ${name} write ${list('output', withW)}`, fix: FIX.output };
}

/** Picks the layer's kernel, or lowers it to float; returns the conversions to place around it. */
function lowerLayer(g: Graph, idx: UseIndex, n: Node, ctx: PassContext, conversions: Map<string, string>): Around | undefined {
  const f: Partial<Formats> = { input: formatOf(tensorNamed(g, n.inputs[0])), output: formatOf(tensorNamed(g, n.outputs[0])), weights: formatOf(tensorNamed(g, n.inputs[1]), true) };
  if (f.input === undefined || f.output === undefined || f.weights === undefined) return undefined;
  const formats = f as Formats;
  const family = familyOf(g, n);
  const padding = paddingOf(g, n);
  const kernel = family ? binaryKernel(family, formats, padding) : undefined;
  const what = `${n.sourceOp} '${n.name}'`;
  const w = tensorNamed(g, n.inputs[1]);
  if (kernel !== undefined) {
    // Stryker disable next-line OptionalChaining: equivalent, a kernel was found for the weights' format, so their tensor exists
    if (w?.storageBits === 1 && w.shape) w.packedAxis = family === 'dw' ? outChannelAxis(n, w.shape.length) : inChannelAxis(n, w.shape.length);
    // known here: a kernel was found, so the weights are a constant of static shape
    const cout = outChannels(g, n) as number;
    if (family !== 'dense' && formats.input === 's1' && formats.output !== 's1') {
      // the `_bn` kernels writing s8 / s16 / f32 read a scale and an offset (the bias, passes/bias.ts) per channel
      n.inputs[3] = newConstant(g, `${n.name}_scale`, [cout], `the scale ${kernel} reads`);
    }
    ctx.diagnostics.push(diag('I_BINARY', `${what} runs binarized: ${kernel} (input ${formats.input}, weights ${formats.weights}, output ${formats.output})`, n.name));
    return undefined;
  }
  const { why, fix } = whyNoKernel(family, formats, padding, what);
  if (padding === 'pad1') {
    throw new FootprintError('E_NOT_IMPLEMENTED',
      `${what} (padded with ${String(n.attrs['pad_value'])}) with formats input ${formats.input}, weights ${formats.weights}, output ${formats.output} is not supported: ${why}, and a float convolution pads with 0 only. Set pad_values=0 (the layer then runs in float), padding='valid', or ${fix}`,
      { node: n.name });
  }
  ctx.diagnostics.push(diag('W_BINARY_FALLBACK', `${what} runs in float (smul_f32_f32): ${why}; to keep it binary, ${fix}`, n.name));
  return runInFloat(g, idx, n, formats, conversions);
}

interface Around { before: Node[]; after: Node[] }

/** The float fallback: unpack the input, float weights, a sign after it if its output was binary. */
function runInFloat(g: Graph, idx: UseIndex, n: Node, f: Formats, conversions: Map<string, string>): Around {
  const around: Around = { before: [], after: [] };
  // (a layer runs in float only once its input, weights and output formats are found: the names exist)
  const x = n.inputs[0] as string;
  const xt = tensorNamed(g, x);
  if (f.input === 's1' && xt) {
    let conv = conversions.get(x);
    if (conv === undefined) {
      const from = idx.producer.get(x)?.name ?? x;
      const name = freshTensorName(g, `${from}_0_conversion`);
      conv = `${name}_output`;
      g.tensors.set(conv, { name: conv, dtype: 'float32', ...(xt.shape ? { shape: [...xt.shape] } : {}) });
      around.before.push({ name, op: 'DequantizeLinear', sourceOp: 'Conversion', inputs: [x], outputs: [conv], attrs: {} });
      conversions.set(x, conv);
    }
    n.inputs[0] = conv;
  }
  const w = tensorNamed(g, n.inputs[1]);
  // Stryker disable next-line ConditionalExpression: equivalent, the weights' format was found, so their tensor exists
  if (w) delete w.storageBits;
  if (f.output === 's1') {
    // un-fuse the sign: the layer writes float, a conversion after it binarizes
    delete n.attrs['threshold'];
    const y = n.outputs[0] as string;
    const floatOut = freshTensorName(g, `${n.name}_float`);
    const yt = tensorNamed(g, y);
    // Stryker disable next-line OptionalChaining: equivalent, runInFloat runs only once formatOf has found the output tensor (its format is s1 here), so yt is defined
    g.tensors.set(floatOut, { name: floatOut, dtype: 'float32', ...(yt?.shape ? { shape: [...yt.shape] } : {}) });
    n.outputs[0] = floatOut;
    around.after.push({ name: freshTensorName(g, `${n.name}_sign`), op: 'BipolarQuant', sourceOp: 'Conversion', inputs: [floatOut], outputs: [y], attrs: { larq_quantizer: 'ste_sign' } });
  }
  return around;
}
