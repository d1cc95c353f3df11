/** The mutation tools' command lines: node's parseArgs, its refusal (an unknown option, a missing value) one line on stderr, exit 2. */
import { parseArgs } from 'node:util';
import { firstLine } from './first-line.mjs';

/** @param {string} tool @param {import('node:util').ParseArgsConfig} config */
export function parseArgsOr(tool, config) {
  try {
    return parseArgs(config);
  } catch (e) {
    console.error(`${tool}: ${firstLine(e)}`);
    process.exit(2);
  }
}
