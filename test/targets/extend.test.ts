/** `extends`: a target file as a patch over a built-in (issue 15: targets as data, without copies). */
import { describe, expect, it } from 'vitest';
import { loadTarget } from '../../src/targets/load.js';
import { Checker } from '../../src/targets/check.js';
import { MAX_EXTENDS_DEPTH, resolveExtends } from '../../src/targets/extend.js';
import { loadError as loadErrorOf } from './helpers.js';
import type { Json } from '../../src/targets/check.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../helpers/cli.js';

const loadError = (doc: unknown): string => loadErrorOf(doc, 'mine.json');

describe('extends', () => {
  it('the Ethos-U variants are the 128 file with their own name, unit name, product page and (U65) SRAM', () => {
    const base = loadTarget('ethos-u55-128');
    for (const [name, unit, sram] of [['ethos-u55-256', 'Ethos-U55-256', 1024 * 1024], ['ethos-u65-256', 'Ethos-U65-256', 2 * 1024 * 1024]] as const) {
      const t = loadTarget(name);
      // Everything else is the base's, rule for rule.
      expect(t.units[0]?.rules).toEqual(base.units[0]?.rules);
      expect(t.units[0]?.common).toEqual(base.units[0]?.common);
      expect(t.units[1]).toEqual(base.units[1]);
      expect({ ...t, name: base.name, description: base.description, sources: base.sources, units: base.units, pools: base.pools }).toEqual(base);
      expect(t.units[0]?.name).toBe(unit);
      expect(t.pools.map((p) => [p.name, p.size])).toEqual([['sram', sram], ['flash', 16 * 1024 * 1024]]);
      expect(t.sources.slice(0, 2)).toEqual(base.sources.slice(0, 2));
    }
  });

  it("a user's file extends a built-in: fields replace, options merge, rules merge per operator, null removes one", () => {
    const t = loadTarget(JSON.stringify({
      extends: 'stm32n6',
      name: 'my-n6',
      options: { 'expand-softmax': true },
      units: [{ name: 'Neural-ART NPU', rules: { Softmax: [], Conv: null } }],
      pools: [{ name: 'npuRAM3', size: '100KB' }, { name: 'extra', size: '1KB' }],
    }), 'my-n6.json');
    const base = loadTarget('stm32n6');
    expect(t.name).toBe('my-n6');
    expect(t.options).toEqual({ ...base.options, 'expand-softmax': true });
    expect(t.units[0]?.rules.Softmax).toEqual([]);
    expect(t.units[0]?.rules.Conv).toBeUndefined();
    expect(t.units[0]?.rules.Gemm).toEqual(base.units[0]?.rules.Gemm);
    expect(t.units[0]?.common).toEqual(base.units[0]?.common);
    expect(t.pools.map((p) => [p.name, p.size])).toEqual([
      ['npuRAM3', 100 * 1024], ...base.pools.slice(1).map((p) => [p.name, p.size]), ['extra', 1024],
    ]);
  });

  it('a built-in can be extended from an extending built-in (kl630 extends kl530 extends kl720)', () => {
    const kl630 = loadTarget('kl630');
    const kl530 = loadTarget('kl530');
    expect(kl630.units[0]?.rules).toEqual(kl530.units[0]?.rules);
    expect(kl630.units[0]?.name).toBe('KL630 NPU');
    // A user's file two levels down.
    const mine = loadTarget(JSON.stringify({ extends: 'kl630', name: 'kl630-flash', pools: [{ name: 'ddr-model', size: '55MB' }] }), 'x.json');
    expect(mine.pools.find((p) => p.name === 'ddr-model')?.size).toBe(55 * 1024 * 1024);
  });

  it("the README's target file loads: NPU3, and Tile no longer on the NPU", () => {
    const blocks = [...readFileSync(join(REPO_ROOT, 'README.md'), 'utf8').matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1] ?? '').filter((b) => b.includes('"extends"'));
    expect(blocks.length).toBe(1);
    const t = loadTarget(blocks[0] ?? '', 'README.md');
    expect([t.name, t.npuMode]).toEqual(['ax650-npu3', 'NPU3']);
    expect(t.units[0]?.rules.Tile).toBeUndefined();
    expect(loadTarget('ax650').units[0]?.rules.Tile).toEqual([]);
  });

  it('errors name the file and the key', () => {
    expect(loadError({ extends: 'stm32n9' })).toMatch(/^mine\.json: extends: expected a built-in target name \(stm32h7, .*\), found "stm32n9"$/);
    expect(loadError({ extends: 7 })).toBe('mine.json: extends: expected the name of a built-in target, found 7');
    expect(loadError({ extends: 'ethos-u55-128', units: [{ from: 'Ethos-U99', name: 'x' }] })).toMatch(/^mine\.json: units\[0\]\.from: the extended target has no unit named "Ethos-U99" \(it has "Ethos-U55-128", "Cortex-M \(TFLM\)"\)$/);
    expect(loadError({ extends: 'ethos-u55-128', pools: [{ from: 'sram' }] })).toBe('mine.json: pools[0].from: "from" is only allowed in units');
    expect(loadError({ extends: 'ethos-u55-128', units: [{ name: 'Ethos-U55-128', rules: { Conv: [{ rule: 'no-such-rule' }] } }] })).toMatch(/units\[0\]\.rules\.Conv\[0\]\.rule: expected a rule name/);
  });

  it('attribute rules name their attribute; a hint replaces the rule\'s fix; npuMode needs npuModes', () => {
    const unit = (ref: object) => ({ name: 'x', units: [{ name: 'N', kind: 'npu', rules: { Conv: [ref] } }, { name: 'C', kind: 'cpu', rules: { '*': [] } }] });
    expect(loadError(unit({ rule: 'attr-in', limit: ['NOTSET'] }))).toBe('mine.json: units[0].rules.Conv[0].attr: expected the attribute rule "attr-in" reads (e.g. "auto_pad"), found nothing');
    expect(loadError(unit({ rule: 'kernel-max', limit: 3, attr: 'x' }))).toBe('mine.json: units[0].rules.Conv[0].attr: rule "kernel-max" reads no attribute');
    expect(loadError(unit({ rule: 'kernel-max', limit: 3, hint: 4 }))).toBe('mine.json: units[0].rules.Conv[0].hint: expected a string, found 4');
    const t = loadTarget(JSON.stringify(unit({ rule: 'attr-in', attr: 'auto_pad', limit: ['NOTSET'], hint: 'Re-export.' })), 'ok.json');
    expect(t.units[0]?.rules.Conv).toEqual([{ rule: 'attr-in', attr: 'auto_pad', limit: ['NOTSET'], hint: 'Re-export.' }]);
    expect(loadError({ ...unit({ rule: 'kernel-max', limit: 3 }), npuMode: 'NPU1' })).toBe('mine.json: npuMode: needs "npuModes", the list of configurations it picks from');
    expect(loadError({ ...unit({ rule: 'kernel-max', limit: 3 }), npuModes: [] })).toBe('mine.json: npuModes: expected at least one mode');
    expect(loadTarget(JSON.stringify({ ...unit({ rule: 'kernel-max', limit: 3 }), npuModes: ['A', 'B'] }), 'm.json').npuMode).toBe('A');
    expect(loadError({ ...unit({ rule: 'kernel-max', limit: 3 }), toolchain: { name: 'X' } })).toBe('mine.json: toolchain.version: expected a string, found nothing');
    expect(loadError({ ...unit({ rule: 'kernel-max', limit: 3 }), toolchain: { name: 'X', version: '1', vocabulary: 'vela' } })).toBe('mine.json: toolchain.vocabulary: expected one of "pulsar2", "kneron", found "vela"');
  });

  it('cycles and chains deeper than the limit are refused, naming the chain', () => {
    const c = new Checker('t.json');
    const docs: Record<string, Json> = { a: { extends: 'b', name: 'a' }, b: { extends: 'a', name: 'b' } };
    expect(() => resolveExtends(c, { extends: 'a' }, (n) => docs[n], ['a', 'b'])).toThrow('t.json: extends: "a" extends itself (a -> b -> a)');
    // A chain of exactly MAX_EXTENDS_DEPTH built-ins resolves; one more is refused.
    const chain = (n: number): Record<string, Json> => Object.fromEntries(Array.from({ length: n }, (_, i): [string, Json] => [`t${i}`, i === n - 1 ? { name: `t${i}`, units: [] } : { extends: `t${i + 1}`, name: `t${i}` }]));
    const ok = chain(MAX_EXTENDS_DEPTH);
    expect(resolveExtends(c, { extends: 't0' }, (n) => ok[n], Object.keys(ok))).toEqual({ name: 't0', units: [] });
    const deep = chain(MAX_EXTENDS_DEPTH + 1);
    expect(() => resolveExtends(c, { extends: 't0' }, (n) => deep[n], Object.keys(deep))).toThrow(`more than ${MAX_EXTENDS_DEPTH} targets extend one another`);
  });
});
