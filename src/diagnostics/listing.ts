/**
 * How many items a message names before it counts the rest ("a, b, c, d, e and 12 more"): the
 * unsized tensors and nested graphs of the report's notes, the unplaced buffers of the pool
 * warnings, the mapping warnings of one rule. A long model lists thousands; the JSON report
 * keeps every one.
 */
export const NAMED_BEFORE_COUNTING = 5;
