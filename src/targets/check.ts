/**
 * A tiny path-aware reader for JSON documents (target files, memory-pool files): every error
 * names the file, the key path and the expected form, e.g.
 * `targets/my-board.json: units[0].rules.Conv[1].limit: expected a number, found "3"`.
 */
import { FootprintError } from '../diagnostics/diagnostic.js';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

export function show(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (Array.isArray(v)) return `an array of ${v.length}`;
  if (v !== null && typeof v === 'object') return 'an object';
  return JSON.stringify(v);
}

export class Checker {
  constructor(readonly file: string) {}

  fail(path: string, message: string): never {
    // (the message names the file: as the error's `file` too, the CLI's line would name it twice)
    throw new FootprintError('E_USAGE', `${this.file}: ${path === '' ? '(root)' : path}: ${message}`);
  }

  expected(path: string, what: string, found: unknown): never {
    return this.fail(path, `expected ${what}, found ${show(found)}`);
  }

  parse(text: string): Json {
    try {
      return JSON.parse(text) as Json;
    } catch (e: unknown) {
      const msg = e instanceof Error ? e.message : String(e);
      return this.fail('(document)', `not valid JSON: ${msg}`);
    }
  }

  /** An object whose keys are all in `allowed`; any keys when `allowed` is 'any'. */
  object(v: unknown, path: string, allowed: readonly string[] | 'any'): Record<string, Json> {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return this.expected(path, 'an object', v);
    const o = v as Record<string, Json>;
    if (allowed === 'any') return o;
    for (const k of Object.keys(o)) {
      if (!allowed.includes(k)) this.fail(join(path, k), `unknown key (accepted: ${allowed.join(', ')})`);
    }
    return o;
  }

  array(v: unknown, path: string): Json[] {
    if (!Array.isArray(v)) return this.expected(path, 'an array', v);
    return v;
  }

  string(v: unknown, path: string): string {
    if (typeof v !== 'string') return this.expected(path, 'a string', v);
    return v;
  }

  number(v: unknown, path: string): number {
    if (typeof v !== 'number' || !Number.isFinite(v)) return this.expected(path, 'a number', v);
    return v;
  }

  boolean(v: unknown, path: string): boolean {
    if (typeof v !== 'boolean') return this.expected(path, 'true or false', v);
    return v;
  }

  oneOf<T extends string>(v: unknown, path: string, choices: readonly T[]): T {
    if (typeof v !== 'string' || !(choices as readonly string[]).includes(v)) return this.expected(path, `one of ${choices.map((c) => `"${c}"`).join(', ')}`, v);
    return v as T;
  }

  numbers(v: unknown, path: string): number[] {
    return this.array(v, path).map((x, i) => this.number(x, `${path}[${i}]`));
  }

  strings(v: unknown, path: string): string[] {
    return this.array(v, path).map((x, i) => this.string(x, `${path}[${i}]`));
  }

  /** Refuses the first item of `items` (read from the list at `path`) named as one before it: a report names them. */
  distinctNames(items: readonly { name: string }[], path: string, what: string): void {
    const seen = new Set<string>();
    items.forEach((x, i) => {
      if (seen.has(x.name)) this.fail(`${path}[${i}].name`, `duplicate ${what} name "${x.name}"`);
      seen.add(x.name);
    });
  }
}

export function join(path: string, key: string): string {
  if (path === '') return key;
  return /^[A-Za-z_*][\w*]*$/.test(key) ? `${path}.${key}` : `${path}["${key}"]`;
}
