/**
 * The inline analyzer (tests, and callers without workers): jobs run one by one on the calling
 * thread, their blobs spooled as the pool spools them. Kept apart from the pool, so a thread that
 * only schedules (diff's main thread) never loads the analysis.
 */
import { runJob } from './job.js';
import { Blobs, isOutcome } from './blobs.js';
import type { AnalysisOutcome } from './job.js';
import type { Analyzer } from './analyzer.js';

export function inlineAnalyzer(): Analyzer {
  return {
    async analyze(jobs) {
      const blobs = new Blobs(jobs);
      const out: AnalysisOutcome[] = [];
      try {
        for (const j of jobs) {
          const filled = await blobs.fill(j);
          out.push(isOutcome(filled) ? filled : await runJob(filled));
          blobs.release(j);
        }
      } finally {
        blobs.close();
      }
      return out;
    },
  };
}
