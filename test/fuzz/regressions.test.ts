/**
 * Every failure the fuzzing campaign found, replayed: each must now be a clean typed rejection
 * (the code it gives is in regressions.json), within the campaign's time limit, with no native
 * trace in the message. The mutants are rebuilt from the corpus (../shared/models).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadFormats } from '../../src/analyze.js';
import { timeLimited } from '../../src/node/time-limit.js';
import { classify } from '../../tools/fuzz/classify.js';
import { formatOf, mutate } from '../../tools/fuzz/mutate.js';
import { HAS_SHARED, SKIP_SHARED_REASON, sharedModel } from '../helpers/shared.js';

const { cases } = JSON.parse(readFileSync(join(import.meta.dirname, 'regressions.json'), 'utf8')) as { cases: { file: string; seed: number; found: string; expect: string }[] };

beforeAll(() => loadFormats({ timeLimit: timeLimited }));

describe.skipIf(!HAS_SHARED)(`fuzzing regressions (${HAS_SHARED ? 'corpus present' : SKIP_SHARED_REASON})`, () => {
  it.each(cases)('$file seed $seed (was: $found)', ({ file, seed, expect: code }) => {
    const bytes = readFileSync(sharedModel(file));
    const m = mutate(bytes, formatOf(file), seed);
    const t0 = performance.now();
    const c = classify(file, m.bytes, seed);
    expect(performance.now() - t0).toBeLessThan(10_000);
    // 'sane report': classify checked every total (finite, at most 1e15); else the typed rejection.
    expect(c.outcome, c.detail).toBe(code === 'sane report' ? 'report' : 'rejected');
    expect(code === 'sane report' || c.detail.startsWith(code), c.detail).toBe(true);
  }, 20_000);
});

describe.skipIf(!HAS_SHARED)('an HDF5 library error, as the user reads it', () => {
  it('one typed line naming the file and the object being read; no native error stack', async () => {
    const { analyzeModel } = await import('../../src/analyze.js');
    const { asFootprintError } = await import('../../src/diagnostics/diagnostic.js');
    const file = 'mlcommons-tiny/benchmark/training/streaming_wakeword/trained_models/str_ww_ref_model.h5';
    const { bytes } = mutate(readFileSync(sharedModel(file)), 'h5', 4086);
    let line = '';
    try { analyzeModel({ path: 'str_ww.h5', source: { name: 'str_ww.h5', size: bytes.length, read: (o, l) => bytes.subarray(o, o + l) } }); } catch (e: unknown) { line = asFootprintError(e).oneLine(); }
    expect(line).toMatch(/^LOAD ERROR E_MALFORMED: str_ww\.h5: HDF5: the file is damaged reading \/ \(attribute 'backend'\): bad heap index, .+ \(in H5Aread\)$/);
    expect(line).not.toMatch(/#\d{3}:|HDF5-DIAG|\.c line/);
  });
});
