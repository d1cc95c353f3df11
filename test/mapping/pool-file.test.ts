/**
 * stedgeai memory-pool files (src/mapping/pool-file.ts): what is written for each pool field (only
 * what differs from the default), what an empty file means, and which pools a file replaces.
 */
import { describe, expect, it } from 'vitest';
import { parseMemoryPoolFile, toMemoryPoolFile, withMemoryPools } from '../../src/mapping/pool-file.js';
import { loadTarget } from '../../src/targets/load.js';
import type { Pool } from '../../src/targets/types.js';

describe('toMemoryPoolFile', () => {
  it('writes only what differs from the defaults, sizes in KB/MB when whole, addresses in hex', () => {
    const pools: Pool[] = [
      { name: 'sram', size: 3 * 1024 * 1024, usableSize: 96 * 1024, address: 0x20000000, access: 'rw', use: ['activations'] },
      { name: 'odd', size: 1000, access: 'rw', use: ['activations', 'weights'], external: false, description: 'both' },
      { name: 'flash', access: 'ro', use: ['weights'], external: true },
      { name: 'roAct', access: 'ro', use: ['activations'] },
    ];
    expect(JSON.parse(toMemoryPoolFile(pools))).toEqual({
      version: '1.0',
      memory: {
        mempools: [
          { name: 'sram', size: '3MB', usable_size: '96KB', address: '0x20000000' },
          { name: 'odd', size: '1000B', use: ['activations', 'weights'], external: false, description: 'both' },
          { name: 'flash', access: 'ro', external: true },
          { name: 'roAct', access: 'ro', use: ['activations'] },
        ],
      },
    });
    expect(toMemoryPoolFile([])).toBe('{\n  "version": "1.0",\n  "memory": {\n    "mempools": []\n  }\n}\n');
    // a read-only pool of activations is written as given, and refused when read back
    expect(parseMemoryPoolFile(toMemoryPoolFile(pools.slice(0, 3)), 'p.json')).toEqual(pools.slice(0, 3));
    expect(() => parseMemoryPoolFile(toMemoryPoolFile(pools), 'p.json')).toThrow('p.json: memory.mempools[3].use: a read-only pool cannot hold activations');
  });
});

describe('parseMemoryPoolFile', () => {
  it('a file without memory, or without mempools, has no pools', () => {
    expect(parseMemoryPoolFile('{"version":"1.0"}', 'p.json')).toEqual([]);
    expect(parseMemoryPoolFile('{"version":"1.0","memory":{}}', 'p.json')).toEqual([]);
  });

  it('refuses a pool name given twice, naming the second', () => {
    expect(() => parseMemoryPoolFile('{"version":"1.0","memory":{"mempools":[{"name":"a"},{"name":"b"},{"name":"a"}]}}', 'p.json'))
      .toThrow('p.json: memory.mempools[2].name: duplicate pool name "a"');
  });

  it('refuses an unknown top-level key and a version that is not a string', () => {
    expect(() => parseMemoryPoolFile('{"version":"1.0","pools":[]}', 'p.json')).toThrow(/^p\.json: pools: unknown key/);
    expect(() => parseMemoryPoolFile('{"version":1}', 'p.json')).toThrow(/^p\.json: version: expected a string/);
    expect(() => parseMemoryPoolFile('{"version":"1.0","memory":{"heaps":[]}}', 'p.json')).toThrow(/^p\.json: memory\.heaps: unknown key/);
  });
});

describe('withMemoryPools', () => {
  const n6 = loadTarget('stm32n6');

  it('a file naming a weight pool replaces every pool of the target', () => {
    const pools: Pool[] = [{ name: 'ram', access: 'rw', use: ['activations'] }, { name: 'rom', access: 'ro', use: ['weights'] }];
    expect(withMemoryPools(n6, pools).pools.map((p) => p.name)).toEqual(['ram', 'rom']);
  });

  it('a file of activation pools keeps the target\'s weight pools after them', () => {
    const weightPools = n6.pools.filter((p) => !p.use.includes('activations')).map((p) => p.name);
    expect(weightPools.length).toBeGreaterThan(0);
    expect(withMemoryPools(n6, [{ name: 'ram', access: 'rw', use: ['activations'] }]).pools.map((p) => p.name)).toEqual(['ram', ...weightPools]);
  });
});
