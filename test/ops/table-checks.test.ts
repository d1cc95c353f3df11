/**
 * The operator table's own checks, run when it loads (src/ops/table.ts, src/ops/traits.ts): one rule
 * for every operator kind, the Unknown rule for a kind outside the list, and a clamp that is also a
 * fusable activation. Each is given a table that breaks it.
 */
import { describe, expect, it } from 'vitest';
import { OP_KINDS, type OpKind } from '../../src/ir/op-kinds.js';
import { buildTable, getRule, RULES } from '../../src/ops/table.js';
import { checkTraits, OP_TRAITS } from '../../src/ops/traits.js';

const rules = [...RULES.values()];

describe('the operator table', () => {
  it('has one rule for each of the OP_KINDS', () => {
    expect(buildTable(rules).size).toBe(OP_KINDS.length);
  });

  it('refuses two rules for one kind, naming it', () => {
    expect(() => buildTable([...rules, getRule('Relu')])).toThrow('operator table: two rules for Relu');
  });

  it('refuses a table missing kinds, naming each', () => {
    expect(() => buildTable(rules.filter((r) => r.kind !== 'Relu' && r.kind !== 'Tanh'))).toThrow(/^operator table: no rule for Relu, Tanh$/);
  });

  it('a kind outside the list (a file\'s own operator name reaching the table) gets the Unknown rule', () => {
    expect(getRule('NotAnOperator' as OpKind)).toBe(RULES.get('Unknown'));
  });
});

describe('the traits table', () => {
  it('passes its own check; a clamp that is not a fusable activation is refused, naming the operator', () => {
    expect(() => checkTraits(OP_TRAITS)).not.toThrow();
    expect(() => checkTraits({ Relu6: ['clamp'] })).toThrow('ops/traits: Relu6 is a clamp but not a fusable activation');
    expect(() => checkTraits({ Relu6: ['clamp', 'fusable-activation'], Add: [] })).not.toThrow();
  });
});
