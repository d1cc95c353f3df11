/** Target files (JSON) -> Target, with errors naming the key path and the expected form. */
import { isOpKind, type OpKind } from '../ir/op-kinds.js';
import type { RuleLimit, RuleRef, Source, Target, Toolchain, Unit } from './types.js';
import { readCost } from './validate-cost.js';
import { Checker, join, type Json } from './check.js';
import { readPool } from './validate-pool.js';
import { RULE_DEFS } from './rules/index.js';

const TARGET_KEYS = ['$schema', 'name', 'description', 'disclaimer', 'sources', 'planner', 'alignment', 'options', 'units', 'pools', 'toolchain', 'npuMode', 'npuModes'] as const;
const UNIT_KEYS = ['name', 'kind', 'description', 'common', 'rules', 'cost'] as const;
const REF_KEYS = ['rule', 'limit', 'severity', 'except', 'note', 'attr', 'hint'] as const;

const FORMS: Record<string, string> = {
  number: 'a number',
  range: 'an array of two numbers [min, max]',
  numbers: 'an array of numbers',
  strings: 'an array of strings',
  ops: 'an array of operator kinds',
  string: 'a string',
};

function readOp(c: Checker, v: unknown, path: string): OpKind {
  const s = c.string(v, path);
  if (!isOpKind(s)) c.expected(path, 'an operator kind (src/ir/op-kinds.ts, e.g. "Conv", "Gemm")', s);
  return s as OpKind;
}

function readLimit(c: Checker, v: Json | undefined, path: string, ruleId: string): RuleLimit | undefined {
  const def = RULE_DEFS.get(ruleId);
  if (!def) return undefined;
  if (def.limitForm === 'none') {
    if (v !== undefined) c.fail(path, `rule "${ruleId}" takes no limit`);
    return undefined;
  }
  if (v === undefined) return c.expected(path, `${FORMS[def.limitForm] ?? def.limitForm} (rule "${ruleId}" needs a limit)`, v);
  switch (def.limitForm) {
    case 'number': return c.number(v, path);
    case 'range': {
      const r = Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'number') ? (v as number[]) : c.expected(path, FORMS.range ?? '', v);
      if ((r[0] ?? 0) > (r[1] ?? 0)) c.fail(path, `min ${r[0]} is larger than max ${r[1]}`);
      return r;
    }
    case 'numbers': return c.numbers(v, path);
    case 'strings': return c.strings(v, path);
    case 'ops': return c.array(v, path).map((x, i) => readOp(c, x, `${path}[${i}]`));
    case 'string': return def.choices ? c.oneOf(v, path, def.choices) : c.string(v, path);
  }
}

function readRef(c: Checker, v: unknown, path: string, inCommon: boolean): RuleRef {
  const o = c.object(v, path, REF_KEYS);
  const rule = c.string(o['rule'], join(path, 'rule'));
  if (!RULE_DEFS.has(rule)) c.expected(join(path, 'rule'), `a rule name (${[...RULE_DEFS.keys()].join(', ')})`, rule);
  const ref: RuleRef = { rule };
  const limit = readLimit(c, o['limit'], join(path, 'limit'), rule);
  if (limit !== undefined) ref.limit = limit;
  if (o['severity'] !== undefined) ref.severity = c.oneOf(o['severity'], join(path, 'severity'), ['error', 'warning'] as const);
  if (o['except'] !== undefined) {
    if (!inCommon) c.fail(join(path, 'except'), '"except" is only allowed in a unit\'s "common" rules');
    ref.except = c.array(o['except'], join(path, 'except')).map((x, i) => readOp(c, x, `${join(path, 'except')}[${i}]`));
  }
  if (o['note'] !== undefined) ref.note = c.string(o['note'], join(path, 'note'));
  if (o['hint'] !== undefined) ref.hint = c.string(o['hint'], join(path, 'hint'));
  const needsAttr = RULE_DEFS.get(rule)?.needsAttr === true;
  if (o['attr'] !== undefined) {
    if (!needsAttr) c.fail(join(path, 'attr'), `rule "${rule}" reads no attribute`);
    ref.attr = c.string(o['attr'], join(path, 'attr'));
  } else if (needsAttr) c.expected(join(path, 'attr'), `the attribute rule "${rule}" reads (e.g. "auto_pad")`, undefined);
  return ref;
}

function readUnit(c: Checker, v: unknown, path: string): Unit {
  const o = c.object(v, path, UNIT_KEYS);
  const unit: Unit = {
    name: c.string(o['name'], join(path, 'name')),
    kind: c.oneOf(o['kind'], join(path, 'kind'), ['npu', 'cpu'] as const),
    common: o['common'] === undefined ? [] : c.array(o['common'], join(path, 'common')).map((r, i) => readRef(c, r, `${join(path, 'common')}[${i}]`, true)),
    rules: {},
  };
  if (o['description'] !== undefined) unit.description = c.string(o['description'], join(path, 'description'));
  if (o['cost'] !== undefined) unit.cost = readCost(c, o['cost'], join(path, 'cost'));
  const rp = join(path, 'rules');
  const rules = c.object(o['rules'], rp, Object.keys(o['rules'] ?? {}));
  for (const [op, refs] of Object.entries(rules)) {
    const p = join(rp, op);
    if (op !== '*' && !isOpKind(op)) c.fail(p, `unknown operator kind "${op}" (see src/ir/op-kinds.ts; "*" means any other operator)`);
    unit.rules[op as OpKind | '*'] = c.array(refs, p).map((r, i) => readRef(c, r, `${p}[${i}]`, false));
  }
  return unit;
}

function readToolchain(c: Checker, v: unknown, path: string): Toolchain {
  const o = c.object(v, path, ['name', 'version', 'vocabulary']);
  const t: Toolchain = { name: c.string(o['name'], join(path, 'name')), version: c.string(o['version'], join(path, 'version')) };
  if (o['vocabulary'] !== undefined) t.vocabulary = c.oneOf(o['vocabulary'], join(path, 'vocabulary'), ['pulsar2', 'kneron'] as const);
  return t;
}

/** `npuModes` lists the configurations; `npuMode` picks one (the first when absent). */
function readNpuMode(c: Checker, o: Record<string, Json>): Pick<Target, 'npuMode' | 'npuModes'> {
  if (o['npuModes'] === undefined) {
    if (o['npuMode'] !== undefined) c.fail('npuMode', 'needs "npuModes", the list of configurations it picks from');
    return {};
  }
  const modes = c.strings(o['npuModes'], 'npuModes');
  if (modes.length === 0) c.fail('npuModes', 'expected at least one mode');
  const mode = o['npuMode'] === undefined ? modes[0] : c.oneOf(o['npuMode'], 'npuMode', modes);
  return { npuMode: mode, npuModes: modes };
}

function readSource(c: Checker, v: unknown, path: string): Source {
  const o = c.object(v, path, ['title', 'url']);
  return { title: c.string(o['title'], join(path, 'title')), url: c.string(o['url'], join(path, 'url')) };
}

/** Validates a parsed target document. `file` names it in errors. */
export function validateTarget(doc: unknown, file: string): Target {
  const c = new Checker(file);
  const o = c.object(doc, '', TARGET_KEYS);
  const units = c.array(o['units'], 'units').map((u, i) => readUnit(c, u, `units[${i}]`));
  if (units.length === 0) c.fail('units', 'expected at least one unit');
  c.distinctNames(units, 'units', 'unit');
  const options: Record<string, boolean> = {};
  if (o['options'] !== undefined) {
    const opts = c.object(o['options'], 'options', Object.keys(o['options'] ?? {}));
    for (const [k, v] of Object.entries(opts)) options[k] = c.boolean(v, join('options', k));
  }
  const alignment = o['alignment'] === undefined ? 4 : c.number(o['alignment'], 'alignment');
  if (!Number.isInteger(alignment) || alignment < 1) c.expected('alignment', 'a positive integer', alignment);
  const t: Target = {
    name: c.string(o['name'], 'name'),
    description: o['description'] === undefined ? '' : c.string(o['description'], 'description'),
    disclaimer: o['disclaimer'] === undefined ? '' : c.string(o['disclaimer'], 'disclaimer'),
    sources: o['sources'] === undefined ? [] : c.array(o['sources'], 'sources').map((s, i) => readSource(c, s, `sources[${i}]`)),
    planner: o['planner'] === undefined ? 'st' : c.oneOf(o['planner'], 'planner', ['st', 'tflm'] as const),
    alignment,
    options,
    units,
    pools: o['pools'] === undefined ? [] : c.array(o['pools'], 'pools').map((p, i) => readPool(c, p, `pools[${i}]`, i)),
    ...readNpuMode(c, o),
  };
  // the pools are told apart by name (their usage, spills and unplaced buffers are reported by it)
  c.distinctNames(t.pools, 'pools', 'pool');
  if (o['toolchain'] !== undefined) t.toolchain = readToolchain(c, o['toolchain'], 'toolchain');
  units.forEach((u, i) => {
    const modes = u.cost && 'perMode' in u.cost ? Object.keys(u.cost.perMode ?? {}) : [];
    for (const m of modes) if (!(t.npuModes ?? []).includes(m)) c.fail(`units[${i}].cost.perMode.${m}`, `"${m}" is not one of the target's npuModes (${(t.npuModes ?? []).join(', ') || 'none'})`);
  });
  return t;
}
