/**
 * Built-in targets (JSON files imported, so the ncc bundle carries them) and `loadTarget`, which
 * takes a built-in name or the text of a user's target file (the CLI reads the file; the core
 * never touches the file system).
 */
import { FootprintError } from '../diagnostics/diagnostic.js';
import type { Target } from './types.js';
import { validateTarget } from './validate.js';
import { Checker, type Json } from './check.js';
import { resolveExtends } from './extend.js';
import stm32h7 from './builtin/stm32h7.json' with { type: 'json' };
import stm32n6 from './builtin/stm32n6.json' with { type: 'json' };
import ethosU55x128 from './builtin/ethos-u55-128.json' with { type: 'json' };
import ethosU55x256 from './builtin/ethos-u55-256.json' with { type: 'json' };
import ethosU65x256 from './builtin/ethos-u65-256.json' with { type: 'json' };
import ax650 from './builtin/ax650.json' with { type: 'json' };
import ax620e from './builtin/ax620e.json' with { type: 'json' };
import ax615 from './builtin/ax615.json' with { type: 'json' };
import m57 from './builtin/m57.json' with { type: 'json' };
import kl520 from './builtin/kl520.json' with { type: 'json' };
import kl720 from './builtin/kl720.json' with { type: 'json' };
import kl530 from './builtin/kl530.json' with { type: 'json' };
import kl630 from './builtin/kl630.json' with { type: 'json' };
import kl730 from './builtin/kl730.json' with { type: 'json' };
import stm32l4 from './builtin/stm32l4.json' with { type: 'json' };
import stm32u5 from './builtin/stm32u5.json' with { type: 'json' };
import stm32u3 from './builtin/stm32u3.json' with { type: 'json' };
import stm32f4 from './builtin/stm32f4.json' with { type: 'json' };
import stm32f7 from './builtin/stm32f7.json' with { type: 'json' };
import stm32g0 from './builtin/stm32g0.json' with { type: 'json' };
import cortexm0plus from './builtin/cortex-m0plus.json' with { type: 'json' };
import cortexm4 from './builtin/cortex-m4.json' with { type: 'json' };
import cortexm7 from './builtin/cortex-m7.json' with { type: 'json' };
import cortexm33 from './builtin/cortex-m33.json' with { type: 'json' };
import cortexm55 from './builtin/cortex-m55.json' with { type: 'json' };

const BUILTIN_DOCS: Readonly<Record<string, unknown>> = {
  stm32h7,
  stm32n6,
  'ethos-u55-128': ethosU55x128,
  'ethos-u55-256': ethosU55x256,
  'ethos-u65-256': ethosU65x256,
  ax650,
  ax620e,
  ax615,
  m57,
  kl520,
  kl720,
  kl530,
  kl630,
  kl730,
  stm32l4,
  stm32u5,
  stm32u3,
  stm32f4,
  stm32f7,
  stm32g0,
  'cortex-m0plus': cortexm0plus,
  'cortex-m4': cortexm4,
  'cortex-m7': cortexm7,
  'cortex-m33': cortexm33,
  'cortex-m55': cortexm55,
};

export const BUILTIN_TARGETS: readonly string[] = Object.keys(BUILTIN_DOCS);

/** A `--target` / `targets:` value naming a target file rather than a built-in: a path or `*.json`. */
export function looksLikeTargetFile(value: string): boolean {
  return /[\\/]|\.json$/i.test(value);
}

/** The target when none is given (CLI, action, core): a CPU-only STM32. */
export const DEFAULT_TARGET = 'stm32h7';

export function isBuiltinTarget(name: string): boolean {
  return Object.hasOwn(BUILTIN_DOCS, name);
}

const validated = new Map<string, Target>();

/**
 * A built-in target by name, validated like any user file, once per process (callers never
 * mutate a Target: withMemoryPools returns a copy).
 */
export function builtinTarget(name: string): Target {
  const doc = BUILTIN_DOCS[name];
  if (doc === undefined) {
    throw new FootprintError('E_USAGE', `unknown target "${name}"; built-in targets: ${BUILTIN_TARGETS.join(', ')} (or pass a target file: --target ./my-board.json)`);
  }
  let t = validated.get(name);
  if (t === undefined) {
    const file = `targets/builtin/${name}.json`;
    t = validateTarget(resolveExtends(new Checker(file), doc as Json, builtinDoc, BUILTIN_TARGETS, [name]), file);
    validated.set(name, t);
  }
  return t;
}

function builtinDoc(name: string): Json | undefined {
  return isBuiltinTarget(name) ? (BUILTIN_DOCS[name] as Json) : undefined;
}

/** The text of a target file, its `extends` resolved against the built-ins, validated. */
export function parseTarget(text: string, file: string): Target {
  const c = new Checker(file);
  return validateTarget(resolveExtends(c, c.parse(text), builtinDoc, BUILTIN_TARGETS), file);
}

/**
 * `nameOrJsonText`: a built-in name (`stm32n6`) or the JSON text of a target file; `fileName`
 * names that file in errors (`my-board.json: units[0].rules.Conv[1].limit: expected a number...`).
 */
export function loadTarget(nameOrJsonText: string, fileName = 'target.json'): Target {
  const text = nameOrJsonText.trim();
  if (text.startsWith('{')) return parseTarget(text, fileName);
  return builtinTarget(text);
}
