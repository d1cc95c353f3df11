/** One memory pool, as target files and stedgeai memory-pool files write it. */
import type { Pool, PoolUse } from './types.js';
import { join, type Checker } from './check.js';
import { readSize } from './sizes.js';

export const POOL_KEYS = ['name', 'size', 'usable_size', 'address', 'access', 'use', 'external', 'description'] as const;
/**
 * The keys of ST's own pool entries (STM32CubeMX's `.ai/mempools-board.json`, stedgeai's `.mpool`):
 * `offset` is the address, `prop.rights` the access (ACC_READ: read only); the other properties
 * (throughput, latency, power) and the dump file's name and format (`fname`, `fformat`) say
 * nothing about its size.
 */
const ST_POOL_KEYS = ['offset', 'prop', 'fname', 'fformat'] as const;
const ST_RIGHTS: Record<string, 'rw' | 'ro'> = { ACC_WRITE: 'rw', ACC_READ: 'ro' };
const USES: readonly PoolUse[] = ['activations', 'weights'];

/**
 * `name` defaults to `pool_<index>` (stedgeai). A pool without `size` is unbounded (stedgeai's
 * `{"name": "default"}`). `access` defaults to "rw"; `use` to activations for rw pools and
 * weights for read-only ones.
 */
export function readPool(c: Checker, v: unknown, path: string, index: number): Pool {
  const o = c.object(v, path, [...POOL_KEYS, ...ST_POOL_KEYS]);
  const name = o['name'] === undefined ? `pool_${index}` : c.string(o['name'], join(path, 'name'));
  // any property is accepted (ST adds them over versions): only rights is read
  const prop = o['prop'] === undefined ? {} : c.object(o['prop'], join(path, 'prop'), 'any');
  const rights = prop['rights'] === undefined ? undefined : ST_RIGHTS[c.oneOf(prop['rights'], join(join(path, 'prop'), 'rights'), ['ACC_WRITE', 'ACC_READ'] as const)];
  if (o['access'] !== undefined && rights !== undefined) c.fail(join(path, 'access'), 'given twice: as access and as prop.rights');
  const access = o['access'] === undefined ? rights ?? 'rw' : c.oneOf(o['access'], join(path, 'access'), ['rw', 'ro'] as const);
  const pool: Pool = {
    name,
    access,
    use: o['use'] === undefined ? [access === 'ro' ? 'weights' : 'activations'] : c.array(o['use'], join(path, 'use')).map((u, i) => c.oneOf(u, `${join(path, 'use')}[${i}]`, USES)),
  };
  if (o['size'] !== undefined) pool.size = readSize(c, o['size'], join(path, 'size'));
  if (o['usable_size'] !== undefined) {
    pool.usableSize = readSize(c, o['usable_size'], join(path, 'usable_size'));
    if (pool.size !== undefined && pool.usableSize > pool.size) c.fail(join(path, 'usable_size'), `usable size ${pool.usableSize} is larger than size ${pool.size}`);
  }
  if (o['address'] !== undefined && o['offset'] !== undefined) c.fail(join(path, 'offset'), 'given twice: as address and as offset');
  if (o['address'] !== undefined) pool.address = readSize(c, o['address'], join(path, 'address'));
  if (o['offset'] !== undefined) pool.address = readSize(c, o['offset'], join(path, 'offset'));
  if (o['external'] !== undefined) pool.external = c.boolean(o['external'], join(path, 'external'));
  if (o['description'] !== undefined) pool.description = c.string(o['description'], join(path, 'description'));
  if (access === 'ro' && pool.use.includes('activations')) c.fail(join(path, 'use'), 'a read-only pool cannot hold activations');
  return pool;
}

/** Usable bytes (Infinity for an unbounded pool). */
export function usableBytes(p: Pool): number {
  return p.usableSize ?? p.size ?? Infinity;
}
