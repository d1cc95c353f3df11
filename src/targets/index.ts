/** Targets: files (built-in or the user's), validation, the rule library, supported-ops docs. */
export { loadTarget, parseTarget, builtinTarget, isBuiltinTarget, looksLikeTargetFile, BUILTIN_TARGETS, DEFAULT_TARGET } from './load.js';
export { validateTarget } from './validate.js';
export { supportedOps, supportedOpsDoc, type SupportedOpsDoc, type UnitDoc, type RuleDoc } from './supported-ops.js';
export { RULE_DEFS, getRuleDef, type RuleDef, type RuleFailure } from './rules/index.js';
export { sizeOf, formatSize, formatAddress } from './sizes.js';
export type { Target, Unit, UnitKind, RuleRef, RuleLimit, Pool, PoolAccess, PoolUse, Source } from './types.js';
