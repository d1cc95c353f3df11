/**
 * Per-op scratch buffers (im2col, lookup tables...). None are modelled yet: the hook returns 0 for
 * every node; a later rule table can supply sizes through PlanOptions.scratchSize.
 */
import type { ScratchSizeFn } from './types.js';

export const noScratch: ScratchSizeFn = () => 0;
