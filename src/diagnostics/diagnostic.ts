import { printable } from './printable.js';
import { CODES, type Code, type Category } from './codes.js';

export type Severity = 'error' | 'warning' | 'info';

/** A finding attached to the report: never printed from inside a pass, only collected. */
export interface Diagnostic {
  code: Code;
  severity: Severity;
  message: string;
  /** Node (layer) name the finding is about, when there is one. */
  node?: string;
}

export function diag(code: Code, message: string, node?: string): Diagnostic {
  const severity: Severity = code.startsWith('E_') ? 'error' : code.startsWith('W_') ? 'warning' : 'info';
  return node === undefined ? { code, severity, message } : { code, severity, message, node };
}

export interface ErrorContext {
  file?: string;
  node?: string;
  /** Byte offset in the file where the problem was found. */
  offset?: number;
}

/** The one error type the core throws. Rendered only at the edge (CLI, action). */
export class FootprintError extends Error {
  readonly code: Code;
  readonly category: Category;
  readonly file: string | undefined;
  readonly node: string | undefined;
  readonly offset: number | undefined;

  constructor(code: Code, message: string, ctx: ErrorContext = {}) {
    super(message);
    this.name = 'FootprintError';
    this.code = code;
    this.category = CODES[code].category;
    this.file = ctx.file;
    this.node = ctx.node;
    this.offset = ctx.offset;
  }

  get hint(): string {
    return CODES[this.code].hint;
  }

  /** One line: `LOAD ERROR E_TRUNCATED: model.onnx: ... (at byte 1234)`. */
  oneLine(): string {
    const where = [this.file, this.node ? `node '${this.node}'` : undefined].filter(Boolean).join(': ');
    const at = this.offset !== undefined ? ` (at byte ${this.offset})` : '';
    // Names and paths in the message come from the file: no terminal escapes, one line.
    return printable(`${this.category} ${this.code}: ${where ? where + ': ' : ''}${this.message}${at}`.replace(/\r?\n/g, ' '));
  }
}

/**
 * Turns anything thrown into a FootprintError, keeping typed errors as they are; a typed error
 * raised without a file (deep in a reader) gets `file`, so every error at the edge names it.
 */
export function asFootprintError(e: unknown, file?: string): FootprintError {
  if (e instanceof FootprintError) {
    if (e.file !== undefined || file === undefined) return e;
    return new FootprintError(e.code, e.message, { file, ...(e.node !== undefined ? { node: e.node } : {}), ...(e.offset !== undefined ? { offset: e.offset } : {}) });
  }
  const msg = e instanceof Error ? e.message : String(e);
  if (e instanceof RangeError && /Maximum call stack|Invalid array length|Array buffer allocation/.test(msg)) {
    return new FootprintError('E_LIMIT', msg, file === undefined ? {} : { file });
  }
  return new FootprintError('E_INTERNAL', msg, file === undefined ? {} : { file });
}
