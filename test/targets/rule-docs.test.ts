/**
 * The sentence each rule gives for the supported-operator tables (docs/supported-ops, `model-footprint
 * supported-ops`): every rule of the library has one, with any limit its form allows, that names
 * the attribute it is about; a rule given no attribute (only a direct call can do that: the target
 * loader refuses such a reference) names it `?` rather than `undefined`.
 */
import { describe, expect, it } from 'vitest';
import { RULE_DEFS } from '../../src/targets/rules/index.js';
import { limitOf } from './helpers.js';


describe(`the ${RULE_DEFS.size} rules' documentation sentences`, () => {
  it.each([...RULE_DEFS.values()].map((d) => [d.id, d] as const))('%s: one sentence, no undefined or NaN', (_id, def) => {
    const text = def.doc(limitOf(def), def.needsAttr === true ? 'kernel_shape' : undefined);
    expect(text).toMatch(/^\S.{10,}[.)]$/s);
    expect(text).not.toMatch(/undefined|NaN|\[object/);
  });

  it.each([...RULE_DEFS.values()].filter((d) => d.needsAttr === true).map((d) => [d.id, d] as const))('%s names its attribute', (_id, def) => {
    expect(def.doc(limitOf(def), 'kernel_shape')).toContain('`kernel_shape`');
  });

  it.each([...RULE_DEFS.values()].filter((d) => d.needsAttr === true).map((d) => [d.id, d] as const))('%s without an attribute names it `?`', (_id, def) => {
    expect(def.doc(limitOf(def), undefined)).toMatch(/^`\?` /);
  });
});
