/**
 * Unique names (src/ir/names.ts): the first of `base`, `base_1`, `base_2`... not given yet, found
 * without searching again from `_1` (a file whose nodes all shared one name took quadratic time).
 */
import { describe, expect, it } from 'vitest';
import { compareNames, UniqueNames } from '../../src/ir/names.js';

describe('UniqueNames', () => {
  it('gives a name as it is, then with the first free suffix, skipping names taken in the meantime', () => {
    const n = new UniqueNames();
    expect(n.take('conv')).toBe('conv');
    expect(n.take('conv')).toBe('conv_1');
    expect(n.take('conv_2')).toBe('conv_2');
    expect(n.take('conv')).toBe('conv_3');
    expect(n.take('conv_1')).toBe('conv_1_1');
    expect(n.take('conv')).toBe('conv_4');
    expect(n.has('conv_4')).toBe(true);
    expect(n.has('conv_5')).toBe(false);
  });

  it('names taken elsewhere (isTaken) are skipped too', () => {
    const outside = new Set(['x', 'x_1', 'x_3']);
    const n = new UniqueNames((name) => outside.has(name));
    expect(n.take('x')).toBe('x_2');
    outside.add('x_4');
    expect(n.take('x')).toBe('x_5');
    expect(n.take('y')).toBe('y');
  });

  it('20,000 nodes of one name: each name is found in a few lookups, not by walking every suffix taken before', () => {
    let lookups = 0;
    // every name take() tries goes through has()
    const n = new (class extends UniqueNames {
      override has(name: string): boolean { lookups++; return super.has(name); }
    })();
    const names = Array.from({ length: 20_000 }, () => n.take('n'));
    expect(names[0]).toBe('n');
    expect(names[19_999]).toBe('n_19999');
    expect(new Set(names).size).toBe(20_000);
    // one lookup of the base and one of the suffix tried, per name (walking from _1 each time: 2e8)
    expect(lookups).toBeLessThanOrEqual(2 * 20_000);
  });
});

describe('compareNames', () => {
  it('ignores case first (a before L), then orders by code units, whatever the machine\'s locale', () => {
    // en-US's localeCompare: a, ä, a_b, a-b, ab, B, z; sv_SE's puts ä after z; neither is this order
    const names = ['z', 'ä', 'B', 'ab', 'a-b', 'a_b', 'a', 'A', 'L#scratch0', 'a#scratch'];
    expect([...names].sort(compareNames)).toEqual(['A', 'a', 'a#scratch', 'a-b', 'a_b', 'ab', 'B', 'L#scratch0', 'z', 'ä']);
  });

  it('is a consistent order: antisymmetric, 0 only for equal names (case-only differences are not equal)', () => {
    const names = ['a', 'A', 'b', 'B', 'é', 'É', 'a1', 'A1', ''];
    for (const a of names) {
      for (const b of names) {
        expect(Math.sign(compareNames(a, b)), `${a} ${b}`).toBe(-Math.sign(compareNames(b, a)) || 0);
        expect(compareNames(a, b) === 0, `${a} ${b}`).toBe(a === b);
      }
    }
  });
});
