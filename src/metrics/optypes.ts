/**
 * Operation types, like stedgeai's "Number of operation types": each layer's MACC goes in one
 * bucket named after what it computes and the data types it computes with.
 *   smul_<in>_<weights>  multiply-accumulate (Conv, Gemm, MatMul, RNN cells)
 *   conv_<in>_<out>      conversion (QuantizeLinear, DequantizeLinear, Requantize, Cast)
 *   op_<in>_<out>        anything else (nonlinearity, elementwise, pooling, normalization)
 * Binary layers as seed 001's reports name them: a binary input with binary weights is
 * `sxor_s1_s1` (xor and popcount), a conversion to or from int1 is `smul_<in>_<out>`
 * (`smul_s1_f32`); weights quantized offline are typed by their storage: 1 bit `s1`, up to 8 bits
 * `s8`, more `s16`.
 */
import { shortDType, type DType } from '../ir/dtype.js';
import type { Tensor } from '../ir/graph.js';
import type { OpRole, OpRuleContext } from '../ops/rule.js';

export interface OperationTypeShare {
  type: string;
  macc: number;
  /** Fraction of the model's MACC in [0, 1]. */
  share: number;
}

function dtypeOf(t: Tensor | undefined): DType | undefined {
  // weights quantized offline (Larq, QONNX): the integer type they are stored at
  const bits = t?.data !== undefined ? t.storageBits : undefined;
  if (bits !== undefined) return bits === 1 ? 'int1' : bits <= 8 ? 'int8' : 'int16';
  return t?.dtype;
}

function short(d: DType | undefined): string {
  return d === undefined ? 'unknown' : shortDType(d);
}

/** The node's operands come from its rule context (the metrics' one per node; names resolve through enclosing graphs). */
export function operationType(ctx: Pick<OpRuleContext, 'node' | 'input' | 'output'>, role: OpRole): string {
  const node = ctx.node;
  const input = dtypeOf(ctx.input(0));
  const output = dtypeOf(ctx.output(0));
  if (role === 'quantization' || node.op === 'Cast') return interned(`${input === 'int1' || output === 'int1' ? 'smul' : 'conv'}_${short(input)}_${short(output)}`);
  if (role === 'compute') {
    const second = dtypeOf(ctx.input(1)) ?? input;
    return interned(`${input === 'int1' && second === 'int1' ? 'sxor' : 'smul'}_${short(input)}_${short(second)}`);
  }
  return interned(`op_${short(input ?? output)}_${short(output ?? input)}`);
}

/** One string per operation type, whatever the number of layers (the 100k chain held 66k copies of two). */
const TYPE_NAMES = new Map<string, string>();

/** The one copy of `name` (a bounded set: four prefixes, each with two short dtype names). */
function interned(name: string): string {
  const known = TYPE_NAMES.get(name);
  if (known !== undefined) return known;
  TYPE_NAMES.set(name, name);
  return name;
}

interface Typed {
  macc: number;
  operationType: string;
  subgraphs?: { repeat: number; layers: Typed[] }[] | undefined;
}

/**
 * A control node's MACC by the types that make it up: its own cost in its bucket, then its
 * subgraphs' layers times their repeat (a non-counted If branch adds nothing).
 */
function leaves(layers: readonly Typed[], factor: number, add: (macc: number, operationType: string) => void): void {
  for (const l of layers) {
    if (!l.subgraphs) {
      add(l.macc * factor, l.operationType);
      continue;
    }
    const inner = l.subgraphs.reduce((s, g) => s + g.repeat * g.layers.reduce((a, x) => a + x.macc, 0), 0);
    add(Math.max(0, l.macc - inner) * factor, l.operationType);
    for (const g of l.subgraphs) if (g.repeat > 0) leaves(g.layers, factor * g.repeat, add);
  }
}

/** Buckets by type in order of first appearance; layers with 0 MACC are left out. */
export function operationTypes(layers: readonly Typed[]): OperationTypeShare[] {
  const byType = new Map<string, number>();
  let total = 0;
  // each leaf added as it is found (not first listed: an object per layer)
  leaves(layers, 1, (macc, type) => {
    if (macc <= 0) return;
    byType.set(type, (byType.get(type) ?? 0) + macc);
    total += macc;
  });
  return [...byType].map(([type, macc]) => ({ type, macc, share: total > 0 ? macc / total : 0 }));
}
