/**
 * Array helpers for lists of any length. A spread call (`out.push(...xs)`, `Math.max(...xs)`)
 * passes every element as an argument, on the stack: past about 125k elements it throws
 * "Maximum call stack size exceeded" (the text and Markdown reports of a 300k-node model did).
 * ESLint forbids spread arguments in src/ (eslint.config.js); these loop instead.
 */

/**
 * The one empty list that records with nothing to list share (frozen: a write throws), instead of
 * an empty list each (a 100k-layer analysis made 66k of each kind).
 */
export const NONE: readonly never[] = Object.freeze([]);

/** Appends `items` to `target` (`target.push(...items)` for a list of any length); returns `target`. */
export function append<T>(target: T[], items: Iterable<T>): T[] {
  for (const x of items) target.push(x);
  return target;
}

/** Adds `value` to the list `map` holds under `key`, starting the list when there is none. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Adds `by` to a count held for an index the caller knows exists; returns the new count. */
export function bump(counts: Int32Array, i: number, by: number): number {
  const v = (counts[i] as number) + by;
  counts[i] = v;
  return v;
}

/** `Math.max(floor, ...values)` for a list of any length (NaN in, NaN out; -Infinity for none and no floor). */
export function maxOf(values: Iterable<number>, floor = -Infinity): number {
  let m = floor;
  for (const v of values) m = Math.max(m, v);
  return m;
}

/** `Math.min(ceiling, ...values)` for a list of any length (NaN in, NaN out; Infinity for none and no ceiling). */
export function minOf(values: Iterable<number>, ceiling = Infinity): number {
  let m = ceiling;
  for (const v of values) m = Math.min(m, v);
  return m;
}

/**
 * A lookup by name in `items` for a caller that holds the record's likely position (the metrics',
 * mapping's and latency's layers each hold one record per graph node, in the graph's order; a
 * plan's buffers one per request, in request order): the record at position `at` is taken when
 * its name matches, and only a lookup that misses builds the Map by name (on a 100k-node graph
 * each such Map cost 30 ms and 7 MiB). `nameOf` gives a record's name (default: its `name`).
 * Names are unique in every list it serves (node and tensor names), so both ways find the same record.
 */
export function byPosition<T extends { readonly name: string }>(items: readonly T[]): (name: string, at: number) => T | undefined;
export function byPosition<T>(items: readonly T[], nameOf: (item: T) => string): (name: string, at: number) => T | undefined;
export function byPosition<T>(items: readonly T[], nameOf: (item: T) => string = (item) => (item as { name: string }).name): (name: string, at: number) => T | undefined {
  let byName: Map<string, T> | undefined;
  return (name, at) => {
    const x = items[at];
    if (x !== undefined && nameOf(x) === name) return x;
    byName ??= new Map(items.map((i) => [nameOf(i), i]));
    return byName.get(name);
  };
}

/**
 * Whether a value appears twice in `values` (names, or offsets), which it sorts: each is then
 * compared with the next. As fast as a set of 100k names (10 ms), with a third of its memory (a set
 * of 100k names is 4.8 MiB, outliving the young generation); a caller then makes its map or set
 * only when there is a repeat.
 */
export function sortedHasRepeat(values: string[] | Float64Array): boolean {
  if (values instanceof Float64Array) values.sort();
  else values.sort();
  // Stryker disable next-line EqualityOperator: equivalent, one step past the end compares undefined with the last value: never equal
  for (let i = 1; i < values.length; i++) if (values[i] === values[i - 1]) return true;
  return false;
}
