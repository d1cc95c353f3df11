/**
 * stedgeai memory-pool files (`--memory-pool FILE`, version "1.0"):
 *   {"version": "1.0", "memory": {"mempools": [{"name": "sram", "size": "128KB", "usable_size": "96KB", "address": "0x20000000"}]}}
 * Sizes: bytes, "B/KB/MB" suffixes (1 KB = 1024 B) or "0x..." hex. Our extensions per pool:
 * `access` ("rw" | "ro"), `use` (["activations"] | ["weights"]), `external`, `description`.
 * The files ST's tools write read as well (targets/validate-pool.ts): STM32CubeMX's
 * `.ai/mempools-board.json` and stedgeai's `.mpool` have no version, sizes and `offset` as
 * {"value", "magnitude"} objects and a `prop` object (`rights`: ACC_READ is read only); a `.mpool`
 * also has compiler `params` and the NPU's `cacheinfo` and `mem_file_prefix`, which say nothing
 * about the pools' sizes and are not read.
 */
import { Checker } from '../targets/check.js';
import { formatAddress, formatSize } from '../targets/sizes.js';
import type { Pool, Target } from '../targets/types.js';
import { readPool } from '../targets/validate-pool.js';

export function parseMemoryPoolFile(text: string, fileName: string): Pool[] {
  const c = new Checker(fileName);
  const root = c.object(c.parse(text), '', ['version', 'memory', 'params']);
  if (root['version'] !== undefined) {
    const version = c.string(root['version'], 'version');
    if (version !== '1.0') c.expected('version', '"1.0" (the only memory-pool file version stedgeai defines)', version);
  }
  if (root['memory'] === undefined) return [];
  const memory = c.object(root['memory'], 'memory', ['mempools', 'cacheinfo', 'mem_file_prefix']);
  if (memory['mempools'] === undefined) return [];
  const pools = c.array(memory['mempools'], 'memory.mempools').map((p, i) => readPool(c, p, `memory.mempools[${i}]`, i));
  c.distinctNames(pools, 'memory.mempools', 'pool');
  return pools;
}

/** The memory-pool file for `pools` (parseMemoryPoolFile(toMemoryPoolFile(p)) gives p back). */
export function toMemoryPoolFile(pools: readonly Pool[]): string {
  const mempools = pools.map((p) => {
    const o: Record<string, unknown> = { name: p.name };
    if (p.size !== undefined) o['size'] = formatSize(p.size);
    if (p.usableSize !== undefined) o['usable_size'] = formatSize(p.usableSize);
    if (p.address !== undefined) o['address'] = formatAddress(p.address);
    if (p.access !== 'rw') o['access'] = p.access;
    const defaultUse = p.access === 'ro' ? 'weights' : 'activations';
    if (p.use.length !== 1 || p.use[0] !== defaultUse) o['use'] = p.use;
    // JSON.stringify leaves out a key whose value is undefined.
    o['external'] = p.external;
    o['description'] = p.description;
    return o;
  });
  return JSON.stringify({ version: '1.0', memory: { mempools } }, null, 2) + '\n';
}

/**
 * The target with a user's pools: a file that names weight pools replaces all pools; a file of
 * activation pools only (stedgeai's usual case) replaces the activation pools and keeps the
 * target's weight pools.
 */
export function withMemoryPools(target: Target, pools: readonly Pool[]): Target {
  const hasWeights = pools.some((p) => p.use.includes('weights'));
  const kept = hasWeights ? [] : target.pools.filter((p) => !p.use.includes('activations'));
  return { ...target, pools: [...pools, ...kept] };
}
