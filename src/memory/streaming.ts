/**
 * Which layers may write their output over the input they have consumed (METRICS.md
 * "Activations", overlap). ST Edge AI Core places a streaming layer's output so that it starts
 * `lead` bytes below its input: writing output row r then only overwrites input rows no later row
 * reads. With Ro/Ri bytes per output/input row and c(r) the input rows done once output row r is
 * written, lead = max over r of ((r + 1) * Ro - c(r) * Ri), rounded up to the alignment:
 * - sliding windows (Conv, MaxPool, AveragePool; ops trait 'streams-rows'): c(r) = r * stride - top pad;
 * - Pad: lead = output bytes - input bytes (a row is moved, then its pads written: the output ends
 *   where the input ends; padLead says why the row formula gives the same);
 * - element-wise ops ('streams-elements'), per element: lead = max(0, output bytes - input bytes),
 *   0 when the sizes match (in place); an input broadcast to the output never overlaps.
 * Rows follow ST's channel-last layout: the first spatial axis (H), W x C elements per row.
 * Row overlap applies to int8 and float layers alike: the int8 convolutions of the streaming
 * wake-word c_info.json (ST Edge AI Core 1.0) and the float 5x1 convolutions of a public activity
 * tracker's c_info.json (2.2: output 384 B, one row, below its input) overlap exactly so. A window
 * whose output rows are wider than its input rows does not overlap: seed 001's one-layer float
 * conv (1 -> 16 channels) is 69,668 B = input + output + scratch, while its two-layer report's
 * 16 -> 16 float conv overlaps its input by all but two rows.
 * Element-wise layers overlap in any type (the float Pow of the packetqc-ai c_info.json runs in place).
 * Checked against the c_info.json of ../shared/reference (test/memory/streaming.test.ts).
 */
import type { Graph, Node, Tensor } from '../ir/graph.js';
import type { Shape } from '../ir/shape.js';
import { hasTrait } from '../ops/traits.js';
import { weightDims } from '../ops/conv.js';
import { attrInts, attrString } from '../ops/util/attrs.js';
import { geometry, resolvedPads, splitShape } from '../ops/util/spatial.js';
import { isNum, ShapeError } from '../ops/util/dims.js';
import { isFloat } from '../ir/dtype.js';
import { elementCount } from '../ir/shape.js';
import { alignUp } from '../metrics/weights.js';
import { tensorBytes } from './tensor-bytes.js';
import { padAmounts, type FoldedPad } from './pad-fold.js';
import type { FusedPool } from './pool-fusion.js';
import { tensorNamed } from '../ir/tensor-named.js';

/** A layer whose output may start `lead` bytes below its input's start and overlap it. */
export interface OverlapRule {
  node: string;
  /** The node's index in the graph's nodes. */
  at: number;
  input: string;
  output: string;
  lead: number;
}

/** The rows the lead formula walks: counts and bytes per row of input and output. */
interface Rows { hin: number; hout: number; ri: number; ro: number }

function rowLead(rows: Rows, consumed: (r: number) => number): number {
  let lead = 0;
  for (let r = 0; r < rows.hout; r++) {
    const done = Math.min(Math.max(consumed(r), 0), rows.hin);
    lead = Math.max(lead, (r + 1) * rows.ro - done * rows.ri);
  }
  return lead;
}

/** First-spatial-axis rows of a window op's input (x, before any folded pad) and output (y). */
function windowRows(node: Node, x: Tensor, y: Tensor): Rows | undefined {
  // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, both callers pass tensors whose shapes they checked (real, seen) or whose bytes are known (y)
  if (!x.shape || !y.shape) return undefined;
  const sx = splitShape(node, x.shape);
  const sy = splitShape(node, y.shape);
  const [hin, hout] = [sx.spatial[0], sy.spatial[0]];
  const [bin, bout] = [tensorBytes(x), tensorBytes(y)];
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, for the size tests: an empty or unsized tensor makes a row size of NaN, whose lead is no number and gives no rule either
  if (sx.batch !== 1 || !isNum(hin) || !isNum(hout) || hin <= 0 || hout <= 0 || bin === undefined || bout === undefined) return undefined;
  return { hin, hout, ri: bin / hin, ro: bout / hout };
}

/** The kernel's extent along the first two spatial axes: Conv from its weights, pools from kernel_shape. */
function kernelHW(graph: Graph, node: Node): [number, number] | undefined {
  let k: readonly (number | string)[] | undefined = attrInts(node, 'kernel_shape');
  if (node.op === 'Conv') {
    const w = tensorNamed(graph, node.inputs[1]);
    // Stryker disable next-line OptionalChaining,BooleanLiteral: equivalent, a Conv's weights have a tensor in every verified graph (passes/verify.ts); only the kernel is read, which both default layouts (OIHW, IOHW) take from the third axis on
    k = w?.shape ? weightDims(node, w.shape, false).kernel : undefined;
  }
  const [kh, kw] = [k?.[0], k?.[1] ?? 1];
  return isNum(kh) && isNum(kw) ? [kh, kw] : undefined;
}

/**
 * A window op's pads over the spatial axes of the tensor it reads, [begin..., end...] (ONNX / TF
 * SAME rules; undefined for SAME over a symbolic size). Only H's and W's are read (top: [0], left:
 * [1]): the other axes are given a 1-wide kernel.
 */
function windowPads(node: Node, k: [number, number], input: Shape, output: Shape): number[] | undefined {
  return resolvedPads(geometry(node, input.map((_, i) => k[i] ?? 1)), input, output);
}

/**
 * A window op's lead: the rows formula; a float window across columns (Kw > 1, W > 1) adds
 * (Kw - 1 + left pad) input pixels along W. The pixels are FITTED on seed 001's two-layer report
 * (a float 3x3 SAME conv, 16 -> 16 channels, 32 wide: 65,536 + 4,096 + 192 + 576 B scratch = its
 * 70,400 B); every other reference conv has Kw = 1, and none shows a 2-D int8 one (none added).
 * Such a float window whose output rows are wider than its input rows does not overlap (seed 001's
 * one-layer report, 1 -> 16 channels: 69,668 B = input + output + scratch), while Kx1 float ones
 * do (the activity tracker's expanding 5x1 convs over 3 columns, ST 2.2) and int8 ones do
 * (yamnet's published figure, the packetqc head conv's gap).
 */
function windowLead(graph: Graph, node: Node, x: Tensor, y: Tensor, fold: FoldedPad | undefined): number | undefined {
  const seen = fold ? tensorNamed(graph, fold.output) : x; // the (padded) tensor the window slides over
  const real = fold ? tensorNamed(graph, fold.input) : x; // the buffer that is actually there
  // Stryker disable next-line OptionalChaining: equivalent, a fold's tensors exist in every verified graph
  if (!seen?.shape || !real?.shape) return undefined;
  const rows = windowRows(node, real, y);
  const k = kernelHW(graph, node);
  if (!rows || !k) return undefined;
  // y is sized: its bytes are known (overlapRules), and rows were found
  const pads = windowPads(node, k, splitShape(node, seen.shape).spatial, splitShape(node, y.shape as Shape).spatial);
  if (!pads) return undefined;
  const win = splitShape(node, real.shape).spatial[1];
  // a float window across columns (Kw > 1) over rows of more than one pixel
  const twoD = isFloat(y.dtype) && k[1] > 1 && isNum(win) && win > 1;
  if (twoD && rows.ro > rows.ri) return undefined;
  const stride = attrInts(node, 'strides')?.[0] ?? 1;
  // pads holds two entries per spatial axis (its top first); a two-D window has a second axis (W), whose begin is pads[1]
  const pad = (pads[0] as number) + (fold?.top ?? 0);
  const pixels = twoD ? (k[1] - 1 + (pads[1] as number)) * (rows.ri / (win as number)) : 0;
  return rowLead(rows, (r) => r * stride - pad) + pixels;
}

/**
 * A convolution fused with the pooling that reads it (memory/pool-fusion.ts) writes pooled rows:
 * pooled row r comes from convolution rows from r * pool stride, which read input rows from
 * r * pool stride * conv stride - top pad. The finger-counting report's conv2d_2 (47x47x16 in,
 * 22x22x32 pooled out, 2x2 pool) is 704 B = one pooled row beyond its input: ST's 45,072 B.
 */
function fusedLead(graph: Graph, conv: Node, x: Tensor, pooled: Tensor, fold: FoldedPad | undefined, f: FusedPool): number | undefined {
  const pool = f.poolNode;
  const poolPads = attrInts(pool, 'pads');
  if ((poolPads && poolPads.some((p) => p !== 0)) || attrString(pool, 'auto_pad')?.startsWith('SAME')) return undefined;
  const convOut = tensorNamed(graph, f.convOutput);
  const seen = fold ? tensorNamed(graph, fold.output) : x;
  const real = fold ? tensorNamed(graph, fold.input) : x;
  // Stryker disable next-line OptionalChaining: equivalent, the fusion's and the fold's tensors exist in every verified graph
  if (!convOut?.shape || !seen?.shape || !real) return undefined;
  const rows = windowRows(conv, real, pooled);
  const k = kernelHW(graph, conv);
  if (!rows || !k) return undefined;
  const pads = windowPads(conv, k, splitShape(conv, seen.shape).spatial, splitShape(conv, convOut.shape).spatial);
  if (!pads) return undefined;
  const top = pads[0] as number; // two entries per spatial axis
  const cs = attrInts(conv, 'strides')?.[0] ?? 1;
  // ONNX's pools step 1 without a strides attribute (TFLite's always have one)
  const ps = attrInts(pool, 'strides')?.[0] ?? 1;
  const pad = top + (fold?.top ?? 0);
  return rowLead(rows, (r) => r * ps * cs - pad);
}

/**
 * A constant Pad moves input row r - top into output row r, then writes its pads: its lead is
 * output bytes - input bytes, the output ending where the input ends. (The row formula with
 * c(r) = r + 1 - top along the outer padded axis gives the same: the rows still to write are never
 * fewer than the rows still to read, hout - r - 1 >= hin - c(r) as bottom >= 0, and an output row
 * is never narrower than an input row, so the last row gives the largest lead.)
 */
function padLead(graph: Graph, node: Node, x: Tensor, y: Tensor): number | undefined {
  // reflect / edge modes read rows other than the one they move: no overlap.
  if (!x.shape || attrString(node, 'mode', 'constant') !== 'constant') return undefined;
  const pads = padAmounts(graph, node, x.shape.length);
  const [bin, bout] = [tensorBytes(x), tensorBytes(y)];
  if (!pads || pads.some((p) => p < 0) || bin === undefined || bout === undefined) return undefined;
  // non-negative pads never shrink a tensor: a smaller declared output contradicts them (the shape pass reports it)
  return bout >= bin ? bout - bin : undefined;
}

function elementLead(x: Tensor, y: Tensor): number | undefined {
  const [n, m] = [elementCount(x.shape), elementCount(y.shape)];
  const [bin, bout] = [tensorBytes(x), tensorBytes(y)];
  if (n === undefined || n !== m || bin === undefined || bout === undefined) return undefined;
  return Math.max(0, bout - bin);
}

/** The node's one non-empty output; undefined when it writes none or several (a per-node loop: no list made). */
function onlyOutput(node: Node): string | undefined {
  let only: string | undefined;
  for (const o of node.outputs) {
    if (o === '') continue;
    if (only !== undefined) return undefined;
    only = o;
  }
  return only;
}

/**
 * The overlap each node allows between its single output and each activation input, before
 * lifetimes: the planner uses a rule only when that input is last read by the node.
 * `folds` maps a folded Pad's output to the fold (the window reads the Pad's input instead).
 */
export function overlapRules(graph: Graph, folds: ReadonlyMap<string, FoldedPad>, alignment: number, pools: ReadonlyMap<string, FusedPool> = new Map()): OverlapRule[] {
  const rules: OverlapRule[] = [];
  for (let at = 0; at < graph.nodes.length; at++) {
    const node = graph.nodes[at] as Node;
    const rowOp = hasTrait(node.op, 'streams-rows');
    if (!rowOp && !hasTrait(node.op, 'streams-elements')) continue;
    const only = onlyOutput(node);
    // one output (a MaxPool writing its Indices too does not stream); a folded Pad's gets no buffer
    if (only === undefined || node.subgraphs || folds.has(only)) continue;
    // a convolution fused with its pooling writes the pooled output (memory/pool-fusion.ts)
    const fused = pools.get(only);
    const out = fused ? fused.poolOutput : only;
    const y = graph.tensors.get(out) as Tensor; // every output has its tensor in a verified graph (passes/verify.ts)
    const yBytes = tensorBytes(y);
    if (yBytes === undefined) continue; // (an empty output takes no rule either: no lead is below 0 bytes)
    // a window reads its first input; an element-wise op each input, once (an Add of x and x: one rule)
    const candidates = rowOp ? 1 : node.inputs.length;
    for (let k = 0; k < candidates; k++) {
      const name = node.inputs[k] as string;
      if (node.inputs.indexOf(name) !== k) continue;
      const fold = name ? folds.get(name) : undefined;
      const x = tensorNamed(graph, fold ? fold.input : name);
      if (!name || !x || x.data !== undefined || x.variable === true) continue;
      let lead: number | undefined;
      try {
        lead = fused ? fusedLead(graph, node, x, y, fold, fused)
          : !rowOp ? elementLead(x, y) : node.op === 'Pad' ? padLead(graph, node, x, y) : windowLead(graph, node, x, y, fold);
      } catch (e: unknown) {
        if (e instanceof ShapeError) lead = undefined; // malformed geometry: the shape pass reports it; no overlap
        else throw e;
      }
      if (lead === undefined) continue;
      const aligned = alignUp(Math.ceil(lead), alignment);
      if (aligned < alignUp(yBytes, alignment)) rules.push({ node: node.name, at, input: fold ? fold.input : name, output: out, lead: aligned });
    }
  }
  return rules;
}
