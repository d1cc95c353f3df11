/**
 * QOperator-format ONNX (QLinearConv, QLinearMatMul, ConvInteger, MatMulInteger, and the
 * com.microsoft QLinearAdd/QLinearMul/QGemm) mapped onto Conv/MatMul/Add/Mul/Gemm: the integer
 * tensors stay the data inputs, scales and zero points move into the tensors' `quant`.
 */
import type { Graph, Node, Quantization, Tensor } from '../../ir/graph.js';
import { readValues } from '../../ir/tensor-data.js';
import { diag } from '../../diagnostics/diagnostic.js';
import type { MapContext } from './map-graph.js';

/** One quantized operand: where its data, scale and zero point are among the node's inputs. */
interface Operand {
  data: number;
  scale?: number;
  zp?: number;
  /** Axis used when the scale is per-channel: a number, or 'last' (MatMul B), or 'transB' (QGemm B). */
  axis?: number | 'last' | 'transB';
}

interface QSpec {
  operands: Operand[];
  /** Inputs kept after the operands (bias). */
  extra: number[];
  out?: { scale: number; zp: number };
}

const SPECS: Readonly<Record<string, QSpec>> = {
  QLinearConv: { operands: [{ data: 0, scale: 1, zp: 2 }, { data: 3, scale: 4, zp: 5, axis: 0 }], extra: [8], out: { scale: 6, zp: 7 } },
  QLinearMatMul: { operands: [{ data: 0, scale: 1, zp: 2 }, { data: 3, scale: 4, zp: 5, axis: 'last' }], extra: [], out: { scale: 6, zp: 7 } },
  ConvInteger: { operands: [{ data: 0, zp: 2 }, { data: 1, zp: 3, axis: 0 }], extra: [] },
  MatMulInteger: { operands: [{ data: 0, zp: 2 }, { data: 1, zp: 3, axis: 'last' }], extra: [] },
  QLinearAdd: { operands: [{ data: 0, scale: 1, zp: 2 }, { data: 3, scale: 4, zp: 5 }], extra: [], out: { scale: 6, zp: 7 } },
  QLinearMul: { operands: [{ data: 0, scale: 1, zp: 2 }, { data: 3, scale: 4, zp: 5 }], extra: [], out: { scale: 6, zp: 7 } },
  QGemm: { operands: [{ data: 0, scale: 1, zp: 2 }, { data: 3, scale: 4, zp: 5, axis: 'transB' }], extra: [6], out: { scale: 7, zp: 8 } },
};

/** Most scale/zero-point values read per tensor (one per output channel). */
const MAX_QUANT_VALUES = 1 << 16;

/** Rewrites `n` in place when it is a QOperator node; returns the names of its scale/zp inputs. */
export function applyQOperator(ctx: MapContext, g: Graph, n: Node): string[] {
  const spec = SPECS[n.sourceOp];
  if (!spec || (n.op !== 'Conv' && n.op !== 'MatMul' && n.op !== 'Add' && n.op !== 'Mul' && n.op !== 'Gemm')) return [];
  const input = (i: number | undefined): string => (i === undefined ? '' : n.inputs[i] ?? '');
  const params: string[] = [];
  for (const o of spec.operands) {
    const t = g.tensors.get(input(o.data));
    params.push(input(o.scale), input(o.zp));
    // Integer ops (no scale) never replace what a QLinear op recorded for the same tensor.
    if (o.scale === undefined && t?.quant) continue;
    const q = quantFrom(ctx, g, n, input(o.scale), input(o.zp), t);
    if (!t || !q) continue;
    if (q.scale.length > 1 || q.zeroPoint.length > 1) q.axis = axisOf(o, t, n);
    t.quant = q;
  }
  const out = g.tensors.get(n.outputs[0] ?? '');
  if (spec.out && input(spec.out.scale) !== '') {
    params.push(input(spec.out.scale), input(spec.out.zp));
    const q = quantFrom(ctx, g, n, input(spec.out.scale), input(spec.out.zp), out);
    if (out && q) {
      out.quant = q;
      if (out.dtype === 'unknown' && q.dtype) out.dtype = q.dtype;
    }
  } else if (!spec.out && out && out.dtype === 'unknown') {
    out.dtype = 'int32'; // ConvInteger / MatMulInteger accumulate in int32.
  }
  n.inputs = [...spec.operands.map((o) => input(o.data)), ...spec.extra.map(input).filter((s) => s !== '')];
  n.attrs['quantized_from'] = n.sourceOp;
  return params.filter((s) => s !== '');
}

function axisOf(o: Operand, t: Tensor, n: Node): number {
  if (typeof o.axis === 'number') return o.axis;
  if (o.axis === 'last') return t.shape ? Math.max(0, t.shape.length - 1) : 1;
  if (o.axis === 'transB') return n.attrs['transB'] === 1 ? 0 : 1;
  return 1;
}

function quantFrom(ctx: MapContext, g: Graph, n: Node, scaleName: string, zpName: string, data: Tensor | undefined): Quantization | undefined {
  const scaleT = scaleName ? g.tensors.get(scaleName) : undefined;
  const zpT = zpName ? g.tensors.get(zpName) : undefined;
  const scale = scaleName === '' ? [1] : scaleT ? readValues(scaleT, MAX_QUANT_VALUES) : undefined;
  const zp = zpName === '' ? undefined : zpT ? readValues(zpT, MAX_QUANT_VALUES) : undefined;
  if (scale === undefined || (zpName !== '' && zp === undefined)) {
    const which = scale === undefined ? scaleName : zpName;
    ctx.diagnostics.push(diag('I_ASSUMPTION', `${n.sourceOp} node '${n.name}': '${which}' is not a constant; quantization of '${data?.name ?? '?'}' not recorded`, n.name));
    return undefined;
  }
  const q: Quantization = { scale, zeroPoint: zp ?? scale.map(() => 0) };
  const dtype = zpT?.dtype ?? data?.dtype;
  if (dtype && dtype !== 'unknown') q.dtype = dtype;
  return q;
}

/** Removes constants that only fed QOperator scale/zero-point inputs. */
export function dropUnusedConstants(g: Graph, candidates: ReadonlySet<string>): void {
  if (candidates.size === 0) return;
  const used = new Set<string>(g.outputs);
  const visit = (graph: Graph): void => {
    for (const n of graph.nodes) {
      for (const i of n.inputs) used.add(i);
      for (const sub of Object.values(n.subgraphs ?? {})) {
        for (const r of sub.outerRefs ?? []) used.add(r);
        visit(sub);
      }
    }
  };
  visit(g);
  for (const c of candidates) {
    if (!used.has(c) && g.tensors.get(c)?.data !== undefined) g.tensors.delete(c);
  }
}
