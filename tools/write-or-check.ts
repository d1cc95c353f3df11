/**
 * The end of a generator (tools/gen-*.ts): with --check, exit 1 naming the stale file and the
 * command that regenerates it; otherwise write the file and say so.
 */
import { readFileSync, writeFileSync } from 'node:fs';

export function writeOrCheck(path: string, next: string, stale: string, written: string): void {
  if (process.argv.includes('--check')) {
    let current = '';
    try { current = readFileSync(path, 'utf8'); } catch { /* missing: stale */ }
    if (current !== next) {
      console.error(stale);
      process.exit(1);
    }
  } else {
    writeFileSync(path, next);
    console.log(written);
  }
}
