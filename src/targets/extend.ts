/**
 * `"extends": "<built-in target>"` in a target file: the file is a patch over that target's
 * document, resolved before validation (so the result is validated like any target file).
 *
 * - Top-level fields replace the base's (`null` removes one); `options` is merged key by key.
 * - `units` and `pools` are merged by `name`: an entry naming a base entry changes only the fields
 *   it gives (`null` removes a field: `"size": null` makes a pool unbounded); a unit entry with
 *   `"from": "<base unit name>"` starts from that unit and renames it; entries naming nothing in
 *   the base are appended.
 * - Inside a unit, `rules` is merged operator by operator: a list replaces the base's list for that
 *   operator, `null` removes the operator (the unit no longer lists it).
 *
 *   { "extends": "ethos-u55-128", "name": "ethos-u65-256",
 *     "units": [{ "from": "Ethos-U55-128", "name": "Ethos-U65-256" }],
 *     "pools": [{ "name": "sram", "size": "2MB" }] }
 */
import { Checker, join, type Json } from './check.js';

type Obj = { [k: string]: Json };

/** Deepest `extends` chain accepted (a built-in extending a built-in extending ...). */
export const MAX_EXTENDS_DEPTH = 8;

function isObj(v: Json | undefined): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/**
 * `patch` over `base`, field by field: a value replaces the base's, `null` removes the field, and
 * the `deep` keys (a unit's `rules`, the target's `options`) merge one level down the same way.
 * `from` and `extends` are directives, not fields.
 */
function mergeFields(c: Checker, base: Obj, patch: Obj, path: string, deep: readonly string[] = []): Obj {
  const out: Obj = { ...base };
  for (const [k, v] of Object.entries(patch)) {
    if (k === 'from' || k === 'extends') continue;
    if (v === null) delete out[k];
    else if (deep.includes(k)) out[k] = mergeFields(c, isObj(base[k]) ? base[k] : {}, isObj(v) ? v : c.expected(join(path, k), 'an object', v), join(path, k));
    else out[k] = v;
  }
  return out;
}

/** Merges a list of named entries (units or pools) by name; `from` renames a base unit. */
function mergeNamed(c: Checker, base: Json | undefined, patch: Json, path: string, allowFrom: boolean): Json[] {
  const out: Obj[] = Array.isArray(base) ? base.filter(isObj).map((o) => ({ ...o })) : [];
  c.array(patch, path).forEach((p, i) => {
    const at = `${path}[${i}]`;
    if (!isObj(p)) return c.expected(at, 'an object', p);
    const from = p['from'];
    if (from !== undefined && !allowFrom) c.fail(join(at, 'from'), '"from" is only allowed in units');
    const key = from ?? p['name'];
    if (from !== undefined && typeof from !== 'string') c.expected(join(at, 'from'), 'the name of a unit of the extended target', from);
    const j = out.findIndex((o) => o['name'] === key);
    if (j < 0) {
      if (from !== undefined) c.fail(join(at, 'from'), `the extended target has no unit named "${String(from)}" (it has ${out.map((o) => `"${String(o['name'])}"`).join(', ')})`);
      out.push(mergeFields(c, {}, p, at));
      return;
    }
    out[j] = mergeFields(c, out[j] as Obj, p, at, allowFrom ? ['rules'] : []);
  });
  return out;
}

/** The base document with the patch applied (`extends` itself removed). */
export function mergeTargetDoc(c: Checker, base: Obj, patch: Obj): Obj {
  const { units, pools, ...rest } = patch;
  const out = mergeFields(c, base, rest, '', ['options']);
  if (units !== undefined) out['units'] = mergeNamed(c, base['units'], units, 'units', true);
  if (pools !== undefined) out['pools'] = mergeNamed(c, base['pools'], pools, 'pools', false);
  delete out['extends'];
  return out;
}

/**
 * Resolves `extends` (recursively, through built-in documents): `lookup` returns a built-in
 * target's raw document, `names` lists them for the error. Cycles and chains deeper than
 * MAX_EXTENDS_DEPTH are refused with the chain named.
 */
export function resolveExtends(c: Checker, doc: Json, lookup: (name: string) => Json | undefined, names: readonly string[], chain: string[] = []): Json {
  if (!isObj(doc) || doc['extends'] === undefined) return doc;
  const ext = doc['extends'];
  if (typeof ext !== 'string') return c.expected('extends', 'the name of a built-in target', ext);
  if (chain.includes(ext)) c.fail('extends', `"${ext}" extends itself (${[...chain, ext].join(' -> ')})`);
  if (chain.length >= MAX_EXTENDS_DEPTH) c.fail('extends', `more than ${MAX_EXTENDS_DEPTH} targets extend one another (${[...chain, ext].join(' -> ')})`);
  const base = lookup(ext);
  if (base === undefined) return c.expected('extends', `a built-in target name (${names.join(', ')})`, ext);
  const resolved = resolveExtends(c, base, lookup, names, [...chain, ext]);
  if (!isObj(resolved)) return c.expected('extends', 'a target document', resolved);
  return mergeTargetDoc(c, resolved, doc);
}
