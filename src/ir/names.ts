/**
 * Names made unique as they are given: `base`, else `base_1`, `base_2`... the first one not given
 * yet. Per base, the suffix to try next is kept (names are never taken back, so every smaller one
 * is still taken), so a name costs constant time however many share its base: a file whose
 * 40,000 nodes all had one name took 77 s to read, the search starting again at `_1` each time.
 */
export class UniqueNames {
  private readonly given = new Set<string>();
  private readonly next = new Map<string, number>();

  /** `isTaken`: names given elsewhere that count as taken too (they must never be taken back either). */
  constructor(private readonly isTaken: (name: string) => boolean = () => false) {}

  has(name: string): boolean {
    return this.given.has(name) || this.isTaken(name);
  }

  /** `base`, or `base_1`, `base_2`...: the first name not taken, which is then taken. */
  take(base: string): string {
    let name = base;
    if (this.has(name)) {
      let k = this.next.get(base) ?? 1;
      for (name = `${base}_${k}`; this.has(name); name = `${base}_${k}`) k++;
      this.next.set(base, k + 1);
    }
    this.given.add(name);
    return name;
  }
}

/**
 * The order of two names where a report breaks a tie by name: ignoring case first (a before L, as
 * a reader expects), then by UTF-16 code units, as `<` does; equal only when the names are.
 * Not `localeCompare`, whose order is the machine's locale (LANG): under sv_SE 'ä' sorts after
 * 'z', under en-US right after 'a', so one model got two placements of its memory pools, or two
 * orders of its peak's tensors, on two machines; and its first call builds an ICU collator, about
 * 5 ms of an analysis's start. (Case is folded with toLowerCase, which follows Unicode, not the locale.)
 */
export function compareNames(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x !== y) return x < y ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
