/**
 * A binary min-heap of entries (a, b, v): smallest a, then b, then v first. The greedy order
 * search (memory/best.ts) keeps its ready nodes here, so a step costs log n, not a pass over every
 * ready node: a tensor read by 5,000 nodes made that search quadratic.
 */
export class KeyHeap {
  private readonly a: number[] = [];
  private readonly b: number[] = [];
  private readonly v: number[] = [];

  get size(): number {
    return this.v.length;
  }

  private less(i: number, a: number, b: number, v: number): boolean {
    const ai = this.a[i] as number;
    if (ai !== a) return ai < a;
    const bi = this.b[i] as number;
    if (bi !== b) return bi < b;
    return (this.v[i] as number) < v;
  }

  private set(i: number, a: number, b: number, v: number): void {
    this.a[i] = a;
    this.b[i] = b;
    this.v[i] = v;
  }

  private move(to: number, from: number): void {
    this.set(to, this.a[from] as number, this.b[from] as number, this.v[from] as number);
  }

  push(a: number, b: number, v: number): void {
    let i = this.v.length;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      // the parent goes down while the new entry is smaller
      if (this.less(parent, a, b, v)) break;
      this.move(i, parent);
      i = parent;
    }
    this.set(i, a, b, v);
  }

  /** Removes the smallest entry and returns its v; callers check `size` first. */
  pop(): number {
    const n = this.v.length;
    if (n === 0) throw new Error('KeyHeap.pop on an empty heap');
    const top = this.v[0] as number;
    const la = this.a[n - 1] as number;
    const lb = this.b[n - 1] as number;
    const lv = this.v[n - 1] as number;
    this.a.length = n - 1;
    this.b.length = n - 1;
    this.v.length = n - 1;
    if (n === 1) return top;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n - 1) break;
      const r = l + 1;
      const c = r < n - 1 && this.less(r, this.a[l] as number, this.b[l] as number, this.v[l] as number) ? r : l;
      if (!this.less(c, la, lb, lv)) break;
      this.move(i, c);
      i = c;
    }
    this.set(i, la, lb, lv);
    return top;
  }
}
