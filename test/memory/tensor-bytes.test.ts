/**
 * A buffer's bytes (memory/tensor-bytes.ts): storage width times elements, and binary tensors
 * packed 32 channels to a 32-bit word (METRICS.md "Binary layers"; seed 001's report:
 * "input 1/1: 'input_1', int1(1x32x32x1), 4.00 KBytes, 1b-32bpacked").
 */
import { describe, expect, it } from 'vitest';
import { tensorBytes } from '../../src/memory/tensor-bytes.js';
import type { Tensor } from '../../src/ir/graph.js';

const t = (dtype: Tensor['dtype'], shape?: Tensor['shape']): Tensor => ({ name: 't', dtype, ...(shape ? { shape } : {}) });

describe('tensorBytes', () => {
  it('int1 packs the last axis into 32-bit words: 1 to 32 channels take one word a pixel, 33 take two', () => {
    // seed 001: 32 x 32 pixels x 1 word = 4,096 B (not 1,024 bits = 128 B)
    expect(tensorBytes(t('int1', [1, 32, 32, 1]))).toBe(4_096);
    expect(tensorBytes(t('int1', [1, 32, 32, 32]))).toBe(4_096);
    expect(tensorBytes(t('int1', [1, 32, 32, 33]))).toBe(8_192);
  });

  it('other types: elements times their storage width; an unknown shape has no size', () => {
    expect(tensorBytes(t('float32', [2, 3]))).toBe(24);
    expect(tensorBytes(t('int8', [2, 3]))).toBe(6);
    expect(tensorBytes(t('float32', ['N', 3]))).toBeUndefined();
    expect(tensorBytes(t('int1', ['N', 3]))).toBeUndefined();
    expect(tensorBytes(t('float32'))).toBeUndefined();
  });
});
