/**
 * A JSON report written to a file chunk by chunk (jsonChunks): the same bytes as
 * renderReport(report, 'json'), final newline included, without holding the whole text (a
 * 100k-layer report is 70 MB of JSON).
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { jsonChunks } from '../index.js';

export function writeJsonFile(file: string, value: unknown): void {
  const fd = openSync(file, 'w');
  try {
    for (const c of jsonChunks(value)) writeSync(fd, c);
    writeSync(fd, '\n');
  } finally {
    closeSync(fd);
  }
}
