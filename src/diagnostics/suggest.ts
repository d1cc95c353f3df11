/** "Did you mean": the known names closest to a misspelt one (edit distance, case-insensitive). */

function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] as number;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] as number;
      prev[j] = Math.min(up + 1, (prev[j - 1] as number) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length] as number;
}

/** ` (did you mean 'a' or 'b'?)`, or '' when no known name is close: the phrase every message uses. */
export function suggestion(typed: string, known: readonly string[]): string {
  const near = didYouMean(typed, known);
  return near.length > 0 ? ` (did you mean ${near.map((n) => `'${n}'`).join(' or ')}?)` : '';
}

/** Names within a third of the typed length (at least 2 edits), closest first; at most 3. */
export function didYouMean(typed: string, known: readonly string[]): string[] {
  const t = typed.toLowerCase();
  const limit = Math.max(2, Math.floor(t.length / 3));
  return known
    .map((k) => ({ k, d: distance(t, k.toLowerCase()) }))
    .filter((x) => x.d <= limit)
    .sort((a, b) => a.d - b.d)
    .slice(0, 3)
    .map((x) => x.k);
}
