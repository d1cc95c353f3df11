import { describe, expect, it } from 'vitest';
import { planMemory } from '../../src/memory/plan.js';
import { checkPlan } from '../../src/memory/check.js';
import { loadTarget } from '../../src/targets/load.js';
import { placePools } from '../../src/mapping/pools.js';
import { renderPools } from '../../src/report/render/target-text.js';
import { parseMemoryPoolFile, toMemoryPoolFile, withMemoryPools } from '../../src/mapping/pool-file.js';
import { FootprintError } from '../../src/diagnostics/diagnostic.js';
import { GraphBuilder } from '../builders/ir.js';

const KB = 1024;

/** x -> a -> b -> y, int8 tensors of the given byte sizes (1-D shapes). */
function chain(x: number, a: number, b: number, y: number): GraphBuilder {
  const g = new GraphBuilder('chain');
  let t = g.input('x', 'int8', [x]);
  for (const [name, n] of [['a', a], ['b', b], ['y', y]] as const) t = g.node('Relu', [t], {}, { name, outShapes: [[n]], outDType: 'int8' });
  g.output(t);
  return g;
}

const n6 = loadTarget('stm32n6');

function poolOf(r: ReturnType<typeof placePools>, tensor: string): string | undefined {
  return r.placements().find((p) => p.tensor === tensor)?.pool;
}

describe('memory pools', () => {
  it('a plan that fits the first pool keeps its offsets; used / usable / percent per pool', () => {
    const pools = parseMemoryPoolFile('{"version":"1.0","memory":{"mempools":[{"name":"dtcm","size":"1KB","usable_size":"1000B"},{"name":"ram","size":"4KB"}]}}', 'pools.json');
    const plan = planMemory(chain(100, 200, 300, 100).graph);
    expect(plan.arenaBytes).toBe(500);
    const r = placePools(plan, 0, pools);
    expect(r.method).toBe('plan-offsets');
    expect(r.pools.map((p) => [p.name, p.usedBytes, p.usableBytes, p.percent])).toEqual([['dtcm', 500, 1000, 50], ['ram', 0, 4096, 0]]);
    expect(r.spilled).toBe(false);
    expect(r.placements().map((p) => [p.tensor, p.offset])).toEqual(plan.buffers.map((b) => [b.tensor, b.offset]));
  });

  it('a tensor too large for any npuRAM goes to the next pool (cpuRAM2); no spill', () => {
    const plan = planMemory(chain(100 * KB, 500 * KB, 100 * KB, 10 * KB).graph);
    const r = placePools(plan, 0, n6.pools);
    expect(r.method).toBe('first-fit');
    expect(poolOf(r, 'a_out')).toBe('cpuRAM2');
    expect(poolOf(r, 'x')).toBe('npuRAM3');
    expect(r.unplaced).toEqual([]);
    expect(r.spilled).toBe(false);
    const cpu = r.pools.find((p) => p.name === 'cpuRAM2');
    expect(cpu).toMatchObject({ usedBytes: 500 * KB, usableBytes: 1024 * KB, percent: 48.8, buffers: 1 });
  });

  it('a tensor larger than every internal pool spills to hyperRAM and is flagged; weights go to octoFlash', () => {
    const plan = planMemory(chain(100 * KB, 2048 * KB, 100 * KB, 10 * KB).graph);
    const r = placePools(plan, [{ name: 'weights', size: 3 * 1024 * KB }], n6.pools);
    expect(poolOf(r, 'a_out')).toBe('hyperRAM');
    expect(r.spilled).toBe(true);
    expect(r.spillPools).toEqual(['hyperRAM']);
    expect(r.warnings[0]).toBe('activations spill to external memory hyperRAM (2.00 MiB): the internal pools are too small; expect slower inference.');
    expect(poolOf(r, 'weights')).toBe('octoFlash');
    const text = renderPools(r);
    expect(text).toContain('hyperRAM*');
    expect(text).toContain('WARNING: activations spill to external memory hyperRAM');
  });

  it('buffers alive at the same time never overlap inside a pool', () => {
    const plan = planMemory(chain(300 * KB, 300 * KB, 300 * KB, 300 * KB).graph);
    const r = placePools(plan, 0, n6.pools);
    const byPool = new Map<string, ReturnType<typeof r.placements>>();
    for (const p of r.placements()) byPool.set(p.pool, [...(byPool.get(p.pool) ?? []), p]);
    for (const [pool, ps] of byPool) {
      // Reuse the plan checker on each pool's placement.
      const buffers = ps.map((p) => {
        const b = plan.buffers.find((x) => x.tensor === p.tensor);
        if (!b) throw new Error(p.tensor);
        return { ...b, offset: p.offset };
      });
      expect(checkPlan({ ...plan, buffers, arenaBytes: Math.max(...buffers.map((b) => b.offset + b.size)) }), pool).toBeUndefined();
    }
  });

  it('stedgeai memory-pool files round-trip and replace the activation pools', () => {
    const text = '{"version":"1.0","memory":{"mempools":[{"name":"dtcm","size":"128KB","usable_size":"64KB"},{"name":"ram_d1","size":"512KB","usable_size":"256KB","address":"0x24000000"},{"name":"default"}]}}';
    const pools = parseMemoryPoolFile(text, 'mpool.json');
    expect(pools).toEqual([
      { name: 'dtcm', size: 131072, usableSize: 65536, access: 'rw', use: ['activations'] },
      { name: 'ram_d1', size: 524288, usableSize: 262144, address: 0x24000000, access: 'rw', use: ['activations'] },
      { name: 'default', access: 'rw', use: ['activations'] },
    ]);
    expect(parseMemoryPoolFile(toMemoryPoolFile(pools), 'again.json')).toEqual(pools);
    expect(parseMemoryPoolFile(toMemoryPoolFile(n6.pools), 'n6.json')).toEqual(n6.pools);
    const t = withMemoryPools(n6, pools);
    expect(t.pools.map((p) => p.name)).toEqual(['dtcm', 'ram_d1', 'default', 'octoFlash']);
    const r = placePools(planMemory(chain(100, 200, 300, 100).graph), 0, t.pools);
    expect(r.pools.find((p) => p.name === 'default')?.percent).toBeNull();
  });

  it('bad memory-pool files fail with the key named', () => {
    const err = (text: string): string => {
      try {
        parseMemoryPoolFile(text, 'mpool.json');
      } catch (e: unknown) {
        return e instanceof FootprintError ? e.message : `not a FootprintError: ${String(e)}`;
      }
      return 'no error';
    };
    expect(err('{"version":"2.0"}')).toBe('mpool.json: version: expected "1.0" (the only memory-pool file version stedgeai defines), found "2.0"');
    expect(err('{"version":"1.0","memory":{"mempools":[{"name":"a","size":"12XB"}]}}')).toBe('mpool.json: memory.mempools[0].size: expected a size (bytes as a number, "128KB", "1MB", "0x20000" or {"value": "128", "magnitude": "KBYTES"}), found "12XB"');
    expect(err('{"version":"1.0","memory":{"mempools":[{"name":"a","size":"1KB","usable_size":"2KB"}]}}')).toBe('mpool.json: memory.mempools[0].usable_size: usable size 2048 is larger than size 1024');
    expect(err('{"version":"1.0","memory":{"mempools":[{"name":"a","size":"1KB","speed":"fast"}]}}')).toMatch(/^mpool\.json: memory\.mempools\[0\]\.speed: unknown key/);
    expect(err('{"version":"1.0","memory":{"mempools":{}}}')).toBe('mpool.json: memory.mempools: expected an array, found an object');
  });
});
