import { run } from './run.js';

process.exitCode = run({ argv: process.argv.slice(2), cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr });
