import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FootprintError, builtinTarget, isBuiltinTarget, looksLikeTargetFile, parseTarget, parseMemoryPoolFile, withClock, withMemoryPools, type Target } from '../index.js';

function readText(cwd: string, path: string, what: string): string {
  const p = resolve(cwd, path);
  if (!existsSync(p)) throw new FootprintError('E_FILE_NOT_FOUND', `${what} file not found`, { file: path });
  return readFileSync(p, 'utf8');
}

/**
 * `--target NAME | ./board.json`, `--memory-pool FILE` and `--clock` → one Target. A value that names a
 * built-in is the built-in; anything else is read as a target file (errors name the key).
 */
export function resolveTarget(cwd: string, value: string, memoryPool: string | undefined, clockHz?: number): Target {
  const named = isBuiltinTarget(value)
    ? builtinTarget(value)
    : looksLikeTargetFile(value) || existsSync(resolve(cwd, value))
      ? parseTarget(readText(cwd, value, 'target'), value) // a file holds JSON, never a target's name
      : builtinTarget(value); // unknown name: its error lists the built-ins
  const target = clockHz === undefined ? named : withClock(named, clockHz);
  if (memoryPool === undefined) return target;
  return withMemoryPools(target, parseMemoryPoolFile(readText(cwd, memoryPool, 'memory-pool'), memoryPool));
}
