/**
 * clampMacc (src/ops/util/cost.ts), the one place a rule's raw figure becomes a reported MACC:
 * not a number, negative or zero give 0 (an unknown, never a negative count), a fraction rounds to
 * the nearest integer, and past Number.MAX_SAFE_INTEGER (2^53 - 1) the count stops there: at,
 * below and above that limit.
 */
import { describe, expect, it } from 'vitest';
import { clampMacc } from '../../src/ops/util/cost.js';

describe('clampMacc', () => {
  it('NaN, negative and 0 give 0; fractions round (2.4 -> 2, 2.5 -> 3)', () => {
    expect([clampMacc(Number.NaN), clampMacc(-5), clampMacc(0), clampMacc(2.4), clampMacc(2.5)]).toEqual([0, 0, 0, 2, 3]);
  });

  it('stops at 2^53 - 1: below it, at it and above it', () => {
    const max = Number.MAX_SAFE_INTEGER;
    expect([clampMacc(max - 1), clampMacc(max), clampMacc(max * 4)]).toEqual([max - 1, max, max]);
  });
});
