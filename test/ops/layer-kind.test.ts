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
import type { OpKind } from '../../src/ir/op-kinds.js';

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

describe('named families, as the wake-word reference report shows them', () => {
  it('Conv conv2d, Gemm gemm, Reshape reshape; Softmax and Relu nl', () => {
    expect((['Conv', 'Gemm', 'Reshape', 'Softmax', 'Relu'] as const).map(stLayerKind)).toEqual(['conv2d', 'gemm', 'reshape', 'nl', 'nl']);
  });
});
