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
 *    f32, 2 MACC an element) before it, its weights as float32, a bias of Cout floats when it had
 *    none, a sign after it when its output was binary. A padding with -1 / +1 cannot be done in
 *    float: a typed NOT IMPLEMENTED error, as stedgeai stops. Every such layer gets an I_BINARY or
 *    W_BINARY_FALLBACK diagnostic naming its kernel, or why it runs in float and what would not.
 */
import type { Graph, Node, Tensor } from '../ir/graph.js';
import { diag, FootprintError } from '../diagnostics/diagnostic.js';
import { inChannelAxis, outChannelAxis, weightDims } from '../ops/conv.js';
import { binaryKernel, kernelFormats, type BinaryFamily, type BinaryFormat, type Formats, type Padding } from '../ops/binary-kernels.js';
import { attrInt, attrInts } from '../ops/util/attrs.js';
import { geometry, resolvedPads, splitShape } from '../ops/util/spatial.js';
import { isNum } from '../ops/util/dims.js';
import type { Pass, PassContext } from './pass.js';
import { absorb, buildUseIndex, freshTensorName, removeNodes, replaceUses, type UseIndex } from './graph-edit.js';

const isSign = (n: Node): boolean => n.op === 'BipolarQuant' && typeof n.attrs['larq_quantizer'] === 'string';
const WEIGHTED = new Set(['Conv', 'Gemm']);

export const binaryPass: Pass = {
  name: 'binary',
  run(graph, ctx) {
    if (!graph.nodes.some((n) => isSign(n) || n.attrs['larq'] === true)) return graph;
    fuseSigns(graph, ctx);
    const idx = buildUseIndex(graph);
    const conversions = new Map<string, string>();
    for (const node of [...graph.nodes]) {
      if (!WEIGHTED.has(node.op) || !isBinaryLayer(graph, node)) continue;
      lowerLayer(graph, idx, node, ctx, conversions);
    }
    return graph;
  },
};

function tensor(g: Graph, name: string | undefined): Tensor | undefined {
  return name ? g.tensors.get(name) : undefined;
}

/** A Larq layer's weighted node, or any layer a binary tensor flows in or out of. */
function isBinaryLayer(g: Graph, n: Node): boolean {
  return (n.attrs['larq'] === true && tensor(g, n.inputs[1])?.storageBits === 1) || tensor(g, n.inputs[0])?.dtype === 'int1' || tensor(g, n.outputs[0])?.dtype === 'int1';
}

/** Output channels of a Conv / Gemm from its weights. */
function outChannels(g: Graph, n: Node): number | undefined {
  const w = tensor(g, n.inputs[1])?.shape;
  const d = w ? w[outChannelAxis(n, w.length)] : undefined;
  return isNum(d) ? d : undefined;
}

function newConstant(g: Graph, base: string, shape: number[], by: string): string {
  const name = freshTensorName(g, base);
  g.tensors.set(name, { name, dtype: 'float32', shape, data: { kind: 'computed', by }, byCompiler: true });
  return name;
}

/** Steps 1-3: signs into graph inputs, into the layer before them, or standalone conversions. */
function fuseSigns(g: Graph, ctx: PassContext): void {
  const idx = buildUseIndex(g);
  const dead = new Set<Node>();
  for (const s of g.nodes) {
    if (!isSign(s)) continue;
    const x = s.inputs[0] ?? '';
    const y = s.outputs[0] ?? '';
    const xt = tensor(g, x);
    const yt = tensor(g, y);
    if (!xt || !yt || idx.graphOutputs.has(x)) continue;
    const alone = (idx.consumers.get(x) ?? []).length === 1;
    const p = idx.producer.get(x);
    if (alone && idx.graphInputs.has(x) && !idx.graphOutputs.has(y)) {
      xt.dtype = 'int1';
      replaceUses(g, y, x);
      dead.add(s);
      ctx.diagnostics.push(diag('I_BINARY', `input '${x}' is binarized by ${s.sourceOp} '${s.name}' (${String(s.attrs['larq_quantizer'])}): the network reads it as int1, 32 channels to a word`, x));
      continue;
    }
    const cout = p ? outChannels(g, p) : undefined;
    if (alone && p && WEIGHTED.has(p.op) && p.activation === undefined && p.outputs[0] === x && cout !== undefined) {
      p.inputs[2] = newConstant(g, `${p.name}_threshold`, [cout], `${s.name}: the sign folded into ${p.name}`);
      p.attrs['threshold'] = true;
      xt.dtype = 'int1';
      // the sign's output name is the one readers know: the layer now writes it
      replaceUses(g, y, x);
      if (idx.graphOutputs.has(y)) g.outputs = g.outputs.map((o) => (o === y ? x : o));
      absorb(p, s);
      dead.add(s);
      continue;
    }
    yt.dtype = 'int1';
  }
  removeNodes(g, dead);
}

const FORMAT: Readonly<Record<string, BinaryFormat>> = { int1: 's1', int8: 's8', int16: 's16', float32: 'f32' };

function formatOf(t: Tensor | undefined, weights = false): BinaryFormat | undefined {
  if (!t) return undefined;
  if (weights && t.storageBits === 1) return 's1';
  return FORMAT[t.dtype];
}

function familyOf(g: Graph, n: Node): BinaryFamily | undefined {
  if (n.op === 'Gemm') return 'dense';
  const x = tensor(g, n.inputs[0]);
  const w = tensor(g, n.inputs[1]);
  if (!x?.shape || !w?.shape) return undefined;
  const cin = splitShape(n, x.shape).channels;
  const group = n.attrs['weight_layout'] === 'IHWO' ? cin : attrInt(n, 'group', 1);
  if (group !== 1) return group === cin ? 'dw' : undefined;
  const ones = weightDims(n, w.shape, false).kernel.every((k) => k === 1);
  return ones && (attrInts(n, 'strides') ?? []).every((s) => s === 1) ? 'pw' : 'conv2d';
}

/** 'valid' when the window never reads outside the input, else by the layer's `pad_value`. */
function paddingOf(g: Graph, n: Node): Padding {
  if (n.op !== 'Conv') return 'valid';
  const x = tensor(g, n.inputs[0]);
  const y = tensor(g, n.outputs[0]);
  const w = tensor(g, n.inputs[1]);
  if (!x?.shape || !y?.shape || !w?.shape) return 'valid';
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
  const list = (k: keyof Formats, xs: Formats[]) => [...new Set(xs.map((x) => x[k]))].join(', ') || 'none';
  const withIn = have.filter((h) => h.input === f.input);
  if (withIn.length === 0) return { why: `its input is ${f.input}: the ${name} read ${list('input', have)}`, fix: FIX.input };
  const withW = withIn.filter((h) => h.weights === f.weights);
  if (withW.length === 0) return { why: `its weights are ${f.weights}: with a ${f.input} input the ${name} take ${list('weights', withIn)} weights`, fix: FIX.weights };
  return { why: `it writes ${f.output}: with ${f.input} input and ${f.weights} weights the ${name} write ${list('output', withW)}`, fix: FIX.output };
}

function lowerLayer(g: Graph, idx: UseIndex, n: Node, ctx: PassContext, conversions: Map<string, string>): void {
  const f: Partial<Formats> = { input: formatOf(tensor(g, n.inputs[0])), output: formatOf(tensor(g, n.outputs[0])), weights: formatOf(tensor(g, n.inputs[1]), true) };
  if (f.input === undefined || f.output === undefined || f.weights === undefined) return;
  const formats = f as Formats;
  const family = familyOf(g, n);
  const padding = paddingOf(g, n);
  const kernel = family ? binaryKernel(family, formats, padding) : undefined;
  const what = `${n.sourceOp} '${n.name}'`;
  const w = tensor(g, n.inputs[1]);
  if (kernel !== undefined) {
    if (w?.storageBits === 1 && w.shape) w.packedAxis = family === 'dw' ? outChannelAxis(n, w.shape.length) : inChannelAxis(n, w.shape.length);
    ctx.diagnostics.push(diag('I_BINARY', `${what} runs binarized: ${kernel} (input ${formats.input}, weights ${formats.weights}, output ${formats.output})`, n.name));
    return;
  }
  const { why, fix } = whyNoKernel(family, formats, padding, what);
  if (padding === 'pad1') {
    throw new FootprintError('E_NOT_IMPLEMENTED',
      `${what} (padded with ${String(n.attrs['pad_value'])}) with formats input ${formats.input}, weights ${formats.weights}, output ${formats.output} is not supported: ${why}, and a float convolution pads with 0 only. Set pad_values=0 (the layer then runs in float), padding='valid', or ${fix}`,
      { node: n.name });
  }
  runInFloat(g, idx, n, formats, conversions);
  ctx.diagnostics.push(diag('W_BINARY_FALLBACK', `${what} runs in float (smul_f32_f32): ${why}; to keep it binary, ${fix}`, n.name));
}

/** The float fallback: unpack the input, float weights, a bias, a sign after it if its output was binary. */
function runInFloat(g: Graph, idx: UseIndex, n: Node, f: Formats, conversions: Map<string, string>): void {
  const at = g.nodes.indexOf(n);
  const x = n.inputs[0] ?? '';
  const xt = tensor(g, x);
  if (f.input === 's1' && xt) {
    let conv = conversions.get(x);
    if (conv === undefined) {
      const from = idx.producer.get(x)?.name ?? x;
      const name = freshTensorName(g, `${from}_0_conversion`);
      conv = `${name}_output`;
      g.tensors.set(conv, { name: conv, dtype: 'float32', ...(xt.shape ? { shape: [...xt.shape] } : {}) });
      g.nodes.splice(at, 0, { name, op: 'DequantizeLinear', sourceOp: 'Conversion', inputs: [x], outputs: [conv], attrs: {} });
      conversions.set(x, conv);
    }
    n.inputs[0] = conv;
  }
  const w = tensor(g, n.inputs[1]);
  if (w) delete w.storageBits;
  const cout = outChannels(g, n);
  if (f.output === 's1') {
    // un-fuse the sign: the layer writes float, a conversion after it binarizes
    delete n.attrs['threshold'];
    const y = n.outputs[0] ?? '';
    const floatOut = freshTensorName(g, `${n.name}_float`);
    const yt = tensor(g, y);
    g.tensors.set(floatOut, { name: floatOut, dtype: 'float32', ...(yt?.shape ? { shape: [...yt.shape] } : {}) });
    n.outputs[0] = floatOut;
    g.nodes.splice(g.nodes.indexOf(n) + 1, 0, { name: freshTensorName(g, `${n.name}_sign`), op: 'BipolarQuant', sourceOp: 'Conversion', inputs: [floatOut], outputs: [y], attrs: { larq_quantizer: 'ste_sign' } });
  } else if ((n.inputs[2] ?? '') === '' && cout !== undefined) {
    // stedgeai's float kernels read a bias: one is added (seed 001: quant_conv2d_bias, 16 floats)
    n.inputs[2] = newConstant(g, `${n.name}_bias`, [cout], `a zero bias stedgeai adds to ${n.name}`);
  }
}
