import { FootprintError, PLANNERS, frequencyOf, type PlannerProfile } from '../index.js';

/**
 * Walks command-line words for the option parsers: `--flag value`, `--flag=value`, positionals.
 *   const f = new Flags(rest);
 *   for (let a = f.next(); a !== undefined; a = f.next()) switch (f.flag) { case '--out': out = f.value(); ... }
 */
export class Flags {
  private i = -1;
  private inline: string | undefined;
  /** The current word's option name (`--out` for `--out=x`), or the word itself. */
  flag = '';

  constructor(private readonly words: readonly string[]) {}

  /** Advances to the next word; undefined at the end. */
  next(): string | undefined {
    const a = this.words[++this.i];
    if (a === undefined) return undefined;
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    this.flag = eq > 0 ? a.slice(0, eq) : a;
    this.inline = eq > 0 ? a.slice(eq + 1) : undefined;
    return a;
  }

  /** The current option's value (inline, or the next word); E_USAGE when there is none. */
  value(): string {
    if (this.inline !== undefined) return this.inline;
    const v = this.words[++this.i];
    if (v === undefined || v.startsWith('--')) throw new FootprintError('E_USAGE', `${this.flag} needs a value`);
    return v;
  }

  /** The next word, if it is not an option (for options taking several words). */
  takePositional(): string | undefined {
    const v = this.words[this.i + 1];
    if (this.inline !== undefined || v === undefined || v.startsWith('-')) return undefined;
    this.i++;
    return v;
  }
}

/** `--planner` value: one of the memory planners (PLANNERS). */
export function planner(v: string): PlannerProfile {
  if (!(PLANNERS as readonly string[]).includes(v)) throw new FootprintError('E_USAGE', `--planner must be ${PLANNERS.join(' or ')}, found '${v}'`);
  return v as PlannerProfile;
}

/** `--clock` value: a frequency (`400MHz`, `1.2GHz`, hertz). */
export function clock(v: string): number {
  const hz = frequencyOf(/^\d+(\.\d+)?$/.test(v) ? Number(v) : v);
  if (hz === undefined) throw new FootprintError('E_USAGE', `--clock expects a frequency such as 400MHz or 1GHz (at most 100GHz), found '${v}'`);
  return hz;
}
