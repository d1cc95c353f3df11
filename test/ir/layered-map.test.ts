import { describe, expect, it } from 'vitest';
import { LayeredMap } from '../../src/ir/layered-map.js';
import { FootprintError } from '../../src/diagnostics/diagnostic.js';

/** The same sets on a real copy and on a layered map over the same base. */
function both(base: ReadonlyMap<string, number>, sets: [string, number][]): [Map<string, number>, LayeredMap<string, number>] {
  const copy = new Map(base);
  const layered = new LayeredMap(base);
  for (const [k, v] of sets) {
    copy.set(k, v);
    layered.set(k, v);
  }
  return [copy, layered];
}

const everyView = (m: Map<string, number>) => {
  const each: [string, number][] = [];
  m.forEach((v, k, self) => {
    expect(self).toBe(m);
    each.push([k, v]);
  });
  return { entries: [...m.entries()], keys: [...m.keys()], values: [...m.values()], spread: [...m], each, size: m.size };
};

describe('LayeredMap: a copy of a map that does not copy it', () => {
  const base = new Map([['a', 1], ['b', 2], ['c', 3]]);

  it('reads and iterates as new Map(base) with the same sets: an own key replaces a base one in its place, new keys come last in the order set', () => {
    const sets: [string, number][] = [['x', 10], ['b', 20], ['y', 30], ['x', 11]];
    const [copy, layered] = both(base, sets);
    expect(everyView(layered)).toEqual(everyView(copy));
    // by hand: b keeps its place with its new value, x and y follow in the order first set
    expect([...layered]).toEqual([['a', 1], ['b', 20], ['c', 3], ['x', 11], ['y', 30]]);
    expect(layered.size).toBe(5);
    for (const k of ['a', 'b', 'c', 'x', 'y', 'z']) {
      expect([layered.get(k), layered.has(k)], k).toEqual([copy.get(k), copy.has(k)]);
    }
    expect(layered.get('z')).toBeUndefined();
    expect(layered.has('z')).toBe(false);
  });

  it('leaves its base as it was, and without sets is its base', () => {
    const [, layered] = both(base, [['b', 99], ['q', 7]]);
    expect([...base]).toEqual([['a', 1], ['b', 2], ['c', 3]]);
    expect(layered.get('b')).toBe(99);
    const bare = new LayeredMap(base);
    expect(everyView(bare)).toEqual(everyView(new Map(base)));
  });

  it('over an empty base: its own entries only', () => {
    const [copy, layered] = both(new Map(), [['k', 1], ['j', 2]]);
    expect(everyView(layered)).toEqual(everyView(copy));
  });

  it('layered over a layered map: as two copies made in turn', () => {
    const [copy1, layer1] = both(base, [['x', 1], ['a', 5]]);
    const copy2 = new Map(copy1);
    const layer2 = new LayeredMap(layer1);
    for (const [k, v] of [['y', 2], ['x', 3], ['c', 4]] as [string, number][]) {
      copy2.set(k, v);
      layer2.set(k, v);
    }
    expect(everyView(layer2)).toEqual(everyView(copy2));
    expect([...layer2]).toEqual([['a', 5], ['b', 2], ['c', 4], ['x', 3], ['y', 2]]);
  });

  it('shows a later change of its base (as documented: the planned graph does not change)', () => {
    const b = new Map([['a', 1]]);
    const layered = new LayeredMap(b);
    b.set('n', 2);
    expect([...layered]).toEqual([['a', 1], ['n', 2]]);
  });

  it('refuses to delete or clear: an internal error, not a silently different map', () => {
    const layered = new LayeredMap(base);
    layered.set('x', 1);
    for (const f of [() => layered.delete('x'), () => layered.delete('a'), () => layered.clear()]) {
      let caught: unknown;
      try {
        f();
      } catch (e: unknown) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(FootprintError);
      expect((caught as FootprintError).code).toBe('E_INTERNAL');
    }
    expect([...layered]).toEqual([['a', 1], ['b', 2], ['c', 3], ['x', 1]]);
  });
});
