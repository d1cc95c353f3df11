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

describe("ST's own pool files (STM32CubeMX's .ai/mempools-board.json)", () => {
  // The structure of the file STM32CubeMX wrote beside a public project's model
  // (nammannam/GR1_MobileNetV2_Person_Validation_STM32F429ZI@36e7735be6, .ai/mempools-board.json),
  // which ST Edge AI Core 2.1 read with --memory-pool: no version, {value, magnitude} sizes, offset, prop.
  const cubeMx = JSON.stringify({
    memory: {
      mempools: [
        { name: 'POOL_0_RAM', prop: { throughput: 'HIGH', latency: 'LOW' }, size: { value: '151889', magnitude: 'BYTES' }, offset: { value: '0x20000000', magnitude: 'BYTES' } },
        { name: 'POOL_1_CCMRAM', prop: { throughput: 'HIGH', latency: 'MID' }, size: { value: '64', magnitude: 'KBYTES' }, offset: { value: '0x10000000', magnitude: 'BYTES' } },
        { name: 'POOL_EXTERNAL_SDRAM', prop: { throughput: 'MID', latency: 'LOW', rights: 'ACC_WRITE' }, size: { value: '8', magnitude: 'MBYTES' }, offset: { value: '0xd0000000', magnitude: 'BYTES' } },
      ],
    },
  });

  it('reads without a version: sizes in BYTES, KBYTES (x 1024) and MBYTES (x 1024^2), the offset as the address', () => {
    expect(parseMemoryPoolFile(cubeMx, 'mempools-board.json')).toEqual([
      { name: 'POOL_0_RAM', access: 'rw', use: ['activations'], size: 151_889, address: 0x2000_0000 },
      { name: 'POOL_1_CCMRAM', access: 'rw', use: ['activations'], size: 65_536, address: 0x1000_0000 },
      { name: 'POOL_EXTERNAL_SDRAM', access: 'rw', use: ['activations'], size: 8_388_608, address: 0xd000_0000 },
    ]);
  });

  it('prop.rights ACC_READ makes a read-only pool, which holds weights', () => {
    const ro = '{"memory":{"mempools":[{"name":"flash","prop":{"rights":"ACC_READ"},"size":{"value":2,"magnitude":"MBYTES"}}]}}';
    expect(parseMemoryPoolFile(ro, 'p.json')).toEqual([{ name: 'flash', access: 'ro', use: ['weights'], size: 2 * 1024 * 1024 }]);
  });

  it('refuses an unknown magnitude, a value that is no size, an extra key in a size, a bad right, and a field given twice', () => {
    const pool = (p: object) => JSON.stringify({ memory: { mempools: [{ name: 'a', ...p }] } });
    expect(() => parseMemoryPoolFile(pool({ size: { value: '1', magnitude: 'GBYTES' } }), 'p.json')).toThrow('p.json: memory.mempools[0].size: expected a size (bytes as a number, "128KB", "1MB", "0x20000" or {"value": "128", "magnitude": "KBYTES"}), found an object');
    expect(() => parseMemoryPoolFile(pool({ size: { value: 'lots', magnitude: 'BYTES' } }), 'p.json')).toThrow(/memory\.mempools\[0\]\.size: expected a size/);
    expect(() => parseMemoryPoolFile(pool({ size: { value: '1', magnitude: 'BYTES', unit: 'x' } }), 'p.json')).toThrow(/memory\.mempools\[0\]\.size: expected a size/);
    expect(() => parseMemoryPoolFile(pool({ size: { magnitude: 'BYTES' } }), 'p.json')).toThrow(/memory\.mempools\[0\]\.size: expected a size/);
    expect(() => parseMemoryPoolFile(pool({ size: { value: '1', magnitude: 2 } }), 'p.json')).toThrow(/memory\.mempools\[0\]\.size: expected a size/);
    expect(() => parseMemoryPoolFile(pool({ prop: { rights: 'ACC_EXEC' } }), 'p.json')).toThrow(/^p\.json: memory\.mempools\[0\]\.prop\.rights: expected one of/);
    expect(() => parseMemoryPoolFile(pool({ prop: 'fast' }), 'p.json')).toThrow('p.json: memory.mempools[0].prop: expected an object, found "fast"');
    expect(() => parseMemoryPoolFile(pool({ access: 'ro', prop: { rights: 'ACC_READ' } }), 'p.json')).toThrow('p.json: memory.mempools[0].access: given twice: as access and as prop.rights');
    expect(() => parseMemoryPoolFile(pool({ address: '0x0', offset: { value: '0x0', magnitude: 'BYTES' } }), 'p.json')).toThrow('p.json: memory.mempools[0].offset: given twice: as address and as offset');
  });

  it("stedgeai's .mpool (stm32n6): compiler params, cacheinfo and the dump files' names and format are not read; an offset without magnitude is in bytes", () => {
    // the shape of ST's stm32n6.mpool as public projects reproduce it
    const mpool = JSON.stringify({
      params: { param: [{ paramname: 'max_onchip_sram_size', value: '1024', magnitude: 'KBYTES' }] },
      memory: {
        cacheinfo: [{ nlines: 512, linesize: 64, associativity: 8, bypass_enable: 1, prop: { rights: 'ACC_WRITE' } }],
        mem_file_prefix: 'atonbuf',
        mempools: [
          { fname: 'AXISRAM2', name: 'cpuRAM2', fformat: 'FORMAT_RAW', prop: { rights: 'ACC_WRITE', throughput: 'MID', latency: 'MID', byteWidth: 8, freqRatio: 2.5 }, offset: { value: '0x34100000' }, size: { value: '1024', magnitude: 'KBYTES' } },
          { fname: 'xSPI2', name: 'octoFlash', fformat: 'FORMAT_RAW', prop: { rights: 'ACC_READ', cacheable: 'CACHEABLE_ON' }, offset: { value: '0x70380000', magnitude: 'BYTES' }, size: { value: '61', magnitude: 'MBYTES' } },
        ],
      },
    });
    expect(parseMemoryPoolFile(mpool, 'stm32n6.mpool')).toEqual([
      { name: 'cpuRAM2', access: 'rw', use: ['activations'], size: 1024 * 1024, address: 0x3410_0000 },
      { name: 'octoFlash', access: 'ro', use: ['weights'], size: 61 * 1024 * 1024, address: 0x7038_0000 },
    ]);
  });

  it('a version, when given, must still be "1.0"', () => {
    expect(() => parseMemoryPoolFile('{"version":"2.0","memory":{"mempools":[]}}', 'p.json')).toThrow(/^p\.json: version: expected "1\.0"/);
    expect(parseMemoryPoolFile('{"memory":{"mempools":[]}}', 'p.json')).toEqual([]);
  });
});
