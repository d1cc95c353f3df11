import { timeLimited } from '../node/time-limit.js';
import { openSync, readSync, closeSync } from 'node:fs';
import { run } from './run.js';
import { loadFormats } from '../analyze.js';

/** True when an argument names a Keras file (by extension, or HDF5/zip bytes) or the command is `diff`. */
function needsKeras(argv: readonly string[]): boolean {
  if (argv[0] === 'diff') return true;
  return argv.some((a) => {
    if (/\.(h5|hdf5|keras)$/i.test(a)) return true;
    try {
      const fd = openSync(a, 'r');
      const head = Buffer.alloc(8);
      readSync(fd, head, 0, 8, 0);
      closeSync(fd);
      return head.toString('latin1', 1, 4) === 'HDF' || (head[0] === 0x50 && head[1] === 0x4b);
    } catch {
      // Not a readable file (an option's value, a missing path): the CLI reports it itself.
      return false;
    }
  });
}

const argv = process.argv.slice(2);
if (needsKeras(argv)) await loadFormats({ timeLimit: timeLimited });
process.exitCode = run({ argv, cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr });
