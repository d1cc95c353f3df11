/**
 * A time limit for synchronous calls, for the core's HDF5 reads (see TimeLimit in
 * src/frontends/frontend.ts): node:vm's `timeout` stops running code, WebAssembly included,
 * through V8's TerminateExecution; the call is run from a tiny script in a fresh context so that
 * the limit applies to it.
 */
import { Script } from 'node:vm';
import { TimeLimitExceeded } from '../frontends/frontend.js';

const call = new Script('fn()');

export function timeLimited<T>(fn: () => T, ms: number): T {
  try {
    return call.runInNewContext({ fn }, { timeout: ms, breakOnSigint: false }) as T;
  } catch (e: unknown) {
    if ((e as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') {
      throw new TimeLimitExceeded(`did not finish within ${ms} ms`);
    }
    throw e;
  }
}
