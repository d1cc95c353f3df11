import { FootprintError } from '../diagnostics/diagnostic.js';

/**
 * A map over a base map it does not copy: `new LayeredMap(base)` followed by `set`s reads and
 * iterates exactly as `new Map(base)` followed by the same `set`s. Its own entries are read first;
 * iteration gives the base's keys in their order (an own entry in place of a base one under the
 * same key, as `set` on a copy keeps the key's place), then its own new keys in the order they were
 * set. The memory planner's copies of a graph with a few added tensors (memory/channel-first-io.ts,
 * memory/deep-conv-pad.ts) copied every tensor of the model: on a 100k-node graph, 64 MiB of
 * allocation for two added tensors. Unlike a copy, it shows later changes of its base (the model's
 * graph does not change while it is planned). Its values are never undefined or null (so one lookup
 * of its own entries tells whether to read the base). Nothing is ever deleted from such a copy: `delete`
 * and `clear` throw.
 */
export class LayeredMap<K, V extends NonNullable<unknown>> extends Map<K, V> {
  readonly #base: ReadonlyMap<K, V>;

  constructor(base: ReadonlyMap<K, V>) {
    super();
    this.#base = base;
  }

  override get(key: K): V | undefined {
    // one lookup of its own entries, then the base's (no value is undefined or null: V excludes them). The
    // 100k-node chain's planning reads it 1M times; a second lookup (has) was a fifth of their cost.
    return super.get(key) ?? this.#base.get(key);
  }

  override has(key: K): boolean {
    return super.has(key) || this.#base.has(key);
  }

  override get size(): number {
    let added = 0;
    for (const k of super.keys()) if (!this.#base.has(k)) added++;
    return this.#base.size + added;
  }

  override delete(_key: K): boolean {
    throw new FootprintError('E_INTERNAL', 'a layered map (a planning copy of a graph) had an entry deleted');
  }

  override clear(): void {
    throw new FootprintError('E_INTERNAL', 'a layered map (a planning copy of a graph) was cleared');
  }

  override *entries(): MapIterator<[K, V]> {
    // (the base's own entry arrays are handed on: no array per entry)
    for (const entry of this.#base) yield super.has(entry[0]) ? [entry[0], super.get(entry[0]) as V] : entry;
    for (const entry of super.entries()) if (!this.#base.has(entry[0])) yield entry;
  }

  override *keys(): MapIterator<K> {
    for (const [k] of this.entries()) yield k;
  }

  override *values(): MapIterator<V> {
    for (const [, v] of this.entries()) yield v;
  }

  override [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  override forEach(callback: (value: V, key: K, map: Map<K, V>) => void, thisArg?: unknown): void {
    this.#base.forEach((v, k) => callback.call(thisArg, super.has(k) ? (super.get(k) as V) : v, k, this));
    super.forEach((v, k) => {
      if (!this.#base.has(k)) callback.call(thisArg, v, k, this);
    });
  }
}
