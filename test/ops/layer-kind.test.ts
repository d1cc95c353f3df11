/**
 * stedgeai's layer families (ops/layer-kind.ts), the prefix of its TFLite layer names. The
 * families that follow the ops table are derived from it, checked here over the whole table; the
 * named ones are checked where a real ST report shows them (../shared/reference/stedgeai-sww:
 * conv2d_0 .. conv2d_7 for CONV_2D and DEPTHWISE_CONV_2D, reshape_8, gemm_9 for the dense layer,
 * nl_10 for SOFTMAX, nl_1_nl for a fused RELU). The other named prefixes have no reference report.
 */
import { describe, expect, it } from 'vitest';
import { stLayerKind } from '../../src/ops/layer-kind.js';
import { RULES } from '../../src/ops/table.js';
import { ELEMENTWISE_RULES } from '../../src/ops/elementwise.js';
import { REDUCE_RULES } from '../../src/ops/reduce.js';
import { isOpKind, type OpKind } from '../../src/ir/op-kinds.js';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REFERENCE_DIR } from '../helpers/shared.js';

const kindsWithRole = (role: string): OpKind[] => [...RULES].filter(([, r]) => r.role === role).map(([k]) => k);

describe('families derived from the ops table', () => {
  it('every activation is an nl layer, every pooling a pool layer (36 and 5 kinds today)', () => {
    const activations = kindsWithRole('activation');
    const pools = kindsWithRole('pool');
    expect([activations.length > 30, pools.length]).toEqual([true, 5]);
    expect(new Set(activations.map(stLayerKind))).toEqual(new Set(['nl']));
    expect(new Set(pools.map(stLayerKind))).toEqual(new Set(['pool']));
  });

  it('the element-wise rules are eltwise layers, the reductions reduce layers', () => {
    expect(new Set(ELEMENTWISE_RULES.map((r) => stLayerKind(r.kind)))).toEqual(new Set(['eltwise']));
    expect(new Set(REDUCE_RULES.map((r) => stLayerKind(r.kind)))).toEqual(new Set(['reduce']));
  });

  it('a kind in none of them keeps its own name in lower case (another element-wise role, a compute one, an unknown one)', () => {
    expect(['TopK', 'LSTM', 'Einsum', 'MyCustomOp'].map(stLayerKind)).toEqual(['topk', 'lstm', 'einsum', 'mycustomop']);
  });
});

/**
 * ST's model-table rows `name (type, original)`; constants (Placeholder), inputs and the fused
 * activations (`nl_1_nl (Nonlinearity, CONV_2D)`: the activation's row, named after its layer) left out.
 */
function stRows(): { file: string; name: string; type: string; original: string }[] {
  const files = (readdirSync(REFERENCE_DIR, { recursive: true }) as string[]).filter((f) => f.endsWith('report.txt'));
  return files.flatMap((file) => [...readFileSync(join(REFERENCE_DIR, file), 'utf8').matchAll(/^ *(?:\d+ +)?(\S+) \((\w+), (\w+)\)/gm)]
    .map((m) => ({ file, name: m[1] ?? '', type: m[2] ?? '', original: m[3] ?? '' }))
    .filter((r) => r.type !== 'Placeholder' && r.type !== 'Input' && !r.name.endsWith('_nl')));
}

/** Our operator kind for the original operator: ONNX names are kinds; the TFLite ones as src/frontends/tflite/map-op.ts maps them. */
const TFLITE: Readonly<Record<string, OpKind>> = { CONV_2D: 'Conv', DEPTHWISE_CONV_2D: 'Conv', RESHAPE: 'Reshape', FULLY_CONNECTED: 'Gemm', SOFTMAX: 'Softmax' };
const familyOf = (type: string) => (type === 'Nonlinearity' ? 'nl' : type.toLowerCase());

describe.skipIf(!existsSync(REFERENCE_DIR))('every layer of the ST reports in ../shared/reference', () => {
  it('the convention: a TFLite layer\'s name is its type in lower case (Nonlinearity: nl) and its index', () => {
    const tflite = stRows().filter((r) => r.original in TFLITE);
    // conv2d_0 .. conv2d_7, reshape_8, gemm_9, nl_10 in the wake-word report
    expect(tflite.map((r) => r.name).sort()).toEqual([...Array.from({ length: 8 }, (_, i) => `conv2d_${i}`), 'gemm_9', 'nl_10', 'reshape_8']);
    expect(tflite.filter((r) => r.name.replace(/_\d+$/, '') !== familyOf(r.type))).toEqual([]);
  });

  it('our family is ST\'s type for each (type, operator) pair the reports show: a MatMul is a Gemm, an Expand a Tile, a Cast a Cast', () => {
    const rows = stRows();
    const pairs = [...new Set(rows.map((r) => `${r.type} ${r.original}`))].sort();
    // the 31 pairs of the wake-word and packetqc-ai reports, as they read
    expect(pairs).toEqual([
      'Cast Cast', 'Concat Concat', 'Conv2D CONV_2D', 'Conv2D Conv', 'Conv2D DEPTHWISE_CONV_2D', 'Conversion DequantizeLinear', 'Conversion QuantizeLinear',
      'Eltwise Add', 'Eltwise Max', 'Eltwise Min', 'Eltwise Mul', 'Eltwise Pow', 'Eltwise Sub', 'Gather Gather', 'GatherND GatherND',
      'Gemm FULLY_CONNECTED', 'Gemm MatMul', 'Nonlinearity Neg', 'Nonlinearity Reciprocal', 'Nonlinearity SOFTMAX', 'Nonlinearity Sigmoid',
      'Nonlinearity Softmax', 'Nonlinearity Sqrt', 'Pad Pad', 'Reduce ReduceMean', 'Reshape RESHAPE', 'Reshape Reshape', 'Reshape Unsqueeze',
      'Slice Slice', 'Tile Expand', 'Transpose Transpose',
    ]);
    const wrong = pairs.map((p) => p.split(' ') as [string, string]).map(([type, original]) => {
      const kind = TFLITE[original] ?? original;
      return { type, original, ours: isOpKind(kind) ? stLayerKind(kind) : `(${original} is no kind)`, st: familyOf(type) };
    }).filter((x) => x.ours !== x.st);
    expect(wrong).toEqual([]);
  });
});

describe('named families, as the wake-word reference report shows them', () => {
  it('Conv conv2d, Gemm gemm, Reshape reshape; Softmax and Relu nl', () => {
    expect((['Conv', 'Gemm', 'Reshape', 'Softmax', 'Relu'] as const).map(stLayerKind)).toEqual(['conv2d', 'gemm', 'reshape', 'nl', 'nl']);
  });
});
