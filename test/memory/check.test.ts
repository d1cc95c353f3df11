/**
 * The plan checker (memory/check.ts) at each of its edges: a buffer ending exactly at the arena's
 * end, buffers touching in bytes or in steps, zero-sized buffers, and an allowed overlap at its
 * lead, one byte short of it, and with lifetimes that do not meet where they must.
 */
import { describe, expect, it } from 'vitest';
import { assertPlan, checkPlan, describeProblem } from '../../src/memory/check.js';
import { FootprintError } from '../../src/diagnostics/diagnostic.js';
import type { PlannedBuffer, PlannedOverlap } from '../../src/memory/types.js';

const buf = (tensor: string, offset: number, size: number, firstStep: number, lastStep: number): PlannedBuffer => ({ tensor, kind: 'activation', offset, size, firstStep, lastStep });
const kind = (buffers: PlannedBuffer[], arenaBytes = 1000, overlaps: PlannedOverlap[] = []) => checkPlan({ arenaBytes, buffers, overlaps })?.kind ?? 'ok';

describe('inside the arena', () => {
  it('a buffer may end at the arena end, not one byte past it; no negative offset or size', () => {
    expect(kind([buf('a', 60, 40, 0, 0)], 100)).toBe('ok');
    expect(kind([buf('a', 61, 40, 0, 0)], 100)).toBe('outside');
    expect(kind([buf('a', -1, 4, 0, 0)], 100)).toBe('outside');
    expect(kind([buf('a', 0, -4, 0, 0)], 100)).toBe('outside');
    expect(kind([buf('a', 0, 0, 0, 0)], 0)).toBe('ok');
  });
});

describe('no shared bytes while both are alive', () => {
  it('adjacent byte ranges are fine; one shared byte is not', () => {
    expect(kind([buf('a', 0, 40, 0, 2), buf('b', 40, 40, 1, 3)])).toBe('ok');
    expect(kind([buf('a', 0, 41, 0, 2), buf('b', 40, 40, 1, 3)])).toBe('overlap');
    expect(kind([buf('b', 40, 40, 1, 3), buf('a', 0, 41, 0, 2)])).toBe('overlap');
  });

  it('lifetimes sharing one step conflict; consecutive ones do not', () => {
    expect(kind([buf('a', 0, 40, 0, 1), buf('b', 0, 40, 2, 3)])).toBe('ok');
    expect(kind([buf('a', 0, 40, 0, 2), buf('b', 0, 40, 2, 3)])).toBe('overlap');
    // b starts after a buffer that ended: the sweep has dropped it, c still conflicts
    expect(kind([buf('a', 0, 40, 0, 0), buf('c', 0, 40, 0, 5), buf('b', 40, 40, 2, 3)])).toBe('overlap');
  });

  it('a zero-sized buffer shares no bytes', () => {
    expect(kind([buf('a', 0, 40, 0, 2), buf('z', 10, 0, 1, 1)])).toBe('ok');
    expect(kind([buf('z', 10, 0, 1, 1), buf('a', 0, 40, 0, 2)])).toBe('ok');
    // the zero-sized one first in time, on either side of the pair
    expect(kind([buf('z', 10, 0, 0, 0), buf('a', 0, 40, 0, 2)])).toBe('ok');
  });

  it('buffers listed out of step order are still all compared: a later-listed buffer alive earlier', () => {
    // v (step 8) and w (steps 0..9) share bytes; u (step 10) is listed between them. A sweep in
    // listed order would drop v when it reaches u and never compare w with it.
    expect(kind([buf('v', 0, 40, 8, 8), buf('u', 100, 40, 10, 10), buf('w', 20, 40, 0, 9)])).toBe('overlap');
  });

  it('checking a plan leaves its buffer list in its own order', () => {
    const buffers = [buf('late', 0, 40, 5, 6), buf('early', 40, 40, 0, 1)];
    expect(checkPlan({ arenaBytes: 100, buffers })).toBeUndefined();
    expect(buffers.map((b) => b.tensor)).toEqual(['late', 'early']);
  });

  it('the problem names both buffers: their byte ranges and steps', () => {
    const p = checkPlan({ arenaBytes: 100, buffers: [buf('a', 0, 41, 0, 2), buf('b', 40, 40, 1, 3)] });
    expect(p && describeProblem(p)).toBe("buffers share bytes while both alive: 'a' [0, 41) steps 0..2 and 'b' [40, 80) steps 1..3");
    const q = checkPlan({ arenaBytes: 50, buffers: [buf('a', 20, 40, 0, 2)] });
    expect(q && describeProblem(q)).toBe("buffer outside the arena: 'a' [20, 60) steps 0..2");
  });

  it('assertPlan throws an internal error with that sentence, and passes a sound plan', () => {
    const bad = { arenaBytes: 100, buffers: [buf('a', 0, 41, 0, 2), buf('b', 40, 40, 1, 3)] };
    expect(() => assertPlan(bad)).toThrow(FootprintError);
    expect(() => assertPlan(bad)).toThrow("memory plan is invalid: buffers share bytes while both alive: 'a' [0, 41) steps 0..2 and 'b' [40, 80) steps 1..3");
    expect(() => assertPlan(bad)).toThrow(expect.objectContaining({ code: 'E_INTERNAL' }));
    expect(() => assertPlan({ arenaBytes: 100, buffers: [buf('a', 0, 40, 0, 2), buf('b', 40, 40, 1, 3)] })).not.toThrow();
  });
});

describe('an allowed overlap: the output over the input it consumed', () => {
  // x: input of layer L (steps 0-1, at 20); y: its output (steps 1-2); lead 20: y may start at 0 or below
  const rule: PlannedOverlap = { node: 'L', input: 'x', output: 'y', lead: 20, sharedBytes: 80 };

  it('the output starting exactly lead bytes below the input is sound, in either buffer order', () => {
    expect(kind([buf('x', 20, 100, 0, 1), buf('y', 0, 100, 1, 2)], 200, [rule])).toBe('ok');
    expect(kind([buf('y', 0, 100, 1, 2), buf('x', 20, 100, 0, 1)], 200, [rule])).toBe('ok');
  });

  it('one byte less lead is a conflict', () => {
    expect(kind([buf('x', 20, 100, 0, 1), buf('y', 1, 100, 1, 2)], 200, [rule])).toBe('overlap');
  });

  it('the input must end where the output begins', () => {
    expect(kind([buf('x', 20, 100, 0, 2), buf('y', 0, 100, 1, 2)], 200, [rule])).toBe('overlap');
  });

  it('the rule is for input x and output y only: the roles swapped, or without the rule, is a conflict', () => {
    expect(kind([buf('x', 0, 100, 1, 2), buf('y', 20, 100, 0, 1)], 200, [rule])).toBe('overlap');
    expect(kind([buf('x', 20, 100, 0, 1), buf('y', 0, 100, 1, 2)], 200)).toBe('overlap');
    expect(checkPlan({ arenaBytes: 200, buffers: [buf('x', 20, 100, 0, 1), buf('y', 0, 100, 1, 2)] })?.kind).toBe('overlap');
  });

  it('an input with several rules: each output is checked against its own rule, found past the first', () => {
    // x's first rule is for z; y's rule comes third, after one for v whose lead (30) would refuse y at 0
    const xz: PlannedOverlap = { node: 'Z', input: 'x', output: 'z', lead: 0, sharedBytes: 0 };
    const xv: PlannedOverlap = { node: 'V', input: 'x', output: 'v', lead: 30, sharedBytes: 0 };
    const xy = { ...rule };
    const buffers = [buf('x', 20, 100, 0, 1), buf('y', 0, 100, 1, 2), buf('z', 300, 100, 1, 2)];
    expect(kind(buffers, 400, [xz, xv, xy])).toBe('ok');
    expect(kind([...buffers].reverse(), 400, [xz, xv, xy])).toBe('ok');
    // without y's own rule, v's (same input, lead 30) or another input's rule for y (w -> y) does not allow it
    expect(kind(buffers, 400, [xz, xv])).toBe('overlap');
    expect(kind(buffers, 400, [xz, { ...xv, input: 'w', output: 'q' }, { ...xy, input: 'w' }])).toBe('overlap');
  });
});
