/** The FootprintError `fn` throws (anything else thrown passes through; no throw fails the test). */
import { FootprintError } from '../../src/diagnostics/diagnostic.js';

export function footprintError(fn: () => unknown): FootprintError {
  try {
    fn();
  } catch (e: unknown) {
    if (e instanceof FootprintError) return e;
    throw e;
  }
  throw new Error('expected a FootprintError');
}
