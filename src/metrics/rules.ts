/**
 * How metrics reach the operator table: through a lookup the caller may replace (tests inject a
 * small fake table so they do not depend on the real one). A rule's cost is the whole row's cost:
 * the real table already adds a fused activation (`node.activation`) to it (src/ops/table.ts).
 */
import type { OpKind } from '../ir/op-kinds.js';
import type { OpRule } from '../ops/rule.js';

export type RuleLookup = (kind: OpKind) => OpRule | undefined;
