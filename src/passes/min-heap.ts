/**
 * A binary min-heap of non-negative integers: node indexes for stable topological sorting (by
 * value), or entry ids ordered by keys the caller holds (`less`: the greedy order search's entries,
 * memory/best.ts).
 */
export class MinHeap {
  private readonly items: number[] = [];

  /** `less(x, y)`: x comes out before y (default: the smaller number). */
  constructor(private readonly less: (x: number, y: number) => boolean = (x, y) => x < y) {}

  get size(): number {
    return this.items.length;
  }

  push(v: number): void {
    const a = this.items;
    a.push(v);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pv = a[parent] as number;
      // Stryker disable next-line ConditionalExpression: equivalent, an equal parent may stay or move down: equal items are indistinguishable
      if (!this.less(v, pv)) break;
      a[i] = pv;
      i = parent;
    }
    a[i] = v;
  }

  /** Removes and returns the first item; callers check `size` first. */
  pop(): number {
    const a = this.items;
    if (a.length === 0) throw new Error('MinHeap.pop on an empty heap');
    const top = a[0] as number;
    const last = a.pop() as number;
    if (a.length === 0) return top;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= a.length) break;
      const r = l + 1;
      // Stryker disable next-line ConditionalExpression: equivalent, of two equal children either may move up: equal items are indistinguishable
      const c = r < a.length && this.less(a[r] as number, a[l] as number) ? r : l;
      // Stryker disable next-line ConditionalExpression: equivalent, an equal child may stay or move up: equal items are indistinguishable
      if (!this.less(a[c] as number, last)) break;
      a[i] = a[c] as number;
      i = c;
    }
    a[i] = last;
    return top;
  }
}
