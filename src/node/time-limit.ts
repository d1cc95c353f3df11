/**
 * A time limit for synchronous calls, for the core's HDF5 reads (see TimeLimit in
 * src/frontends/keras/hdf5.ts): node:vm's `timeout` stops running code, WebAssembly included,
 * through V8's TerminateExecution; the call is run from a tiny script in a fresh context so that
 * the limit applies to it.
 */
import { Script } from 'node:vm';
import { FootprintError } from '../diagnostics/diagnostic.js';

const call = new Script('fn()');

export function timeLimited<T>(fn: () => T, ms: number): T {
  try {
    return call.runInNewContext({ fn }, { timeout: ms, breakOnSigint: false }) as T;
  } catch (e: unknown) {
    if ((e as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') {
      throw new FootprintError('E_LIMIT', `did not finish within ${ms} ms`);
    }
    throw e;
  }
}
