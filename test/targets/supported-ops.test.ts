import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_TARGETS, loadTarget } from '../../src/targets/load.js';
import { supportedOps, supportedOpsDoc } from '../../src/targets/supported-ops.js';
import { expectedFiles } from '../../tools/gen-supported-ops.js';

describe('supported-ops', () => {
  it('docs/supported-ops/*.md are up to date (tools/gen-supported-ops.ts --check)', () => {
    const files = expectedFiles();
    expect([...files.keys()].sort()).toEqual(BUILTIN_TARGETS.map((n) => `${n}.md`).sort());
    for (const [file, text] of files) expect(readFileSync(join('docs', 'supported-ops', file), 'utf8'), file).toBe(text);
  });

  it('is generated from the rule table the mapping uses', () => {
    const n6 = loadTarget('stm32n6');
    const doc = supportedOpsDoc(n6);
    const npu = doc.units[0];
    expect(npu?.ops.map((o) => o.op)).toEqual(Object.keys(n6.units[0]?.rules ?? {}).sort());
    expect(npu?.ops.find((o) => o.op === 'Softmax')?.rules[0]).toMatchObject({ rule: 'option-enabled', limit: 'expand-softmax', text: "Needs the compiler option 'expand-softmax' (target `options`)." });
    expect(doc.units[1]?.others).toBe('accepted');
    const md = supportedOps(n6, 'md');
    expect(md).toContain('| Softmax | `option-enabled` (expand-softmax): Needs the compiler option');
    expect(md).toContain('## Sources');
    expect(JSON.parse(supportedOps(loadTarget('ethos-u55-128'), 'json'))).toMatchObject({ target: 'ethos-u55-128', units: [{ name: 'Ethos-U55-128', others: 'next unit' }, { kind: 'cpu' }] });
  });
});
