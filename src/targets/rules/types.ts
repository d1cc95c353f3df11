/**
 * A rule is a named predicate plus the sentence a user reads (DESIGN.md principle 6). `check`
 * returns undefined when the rule holds (or cannot be decided from what the graph knows), or the
 * failure: the sentence names the operator, the offending value and the limit.
 */
import type { Graph, Node, Tensor } from '../../ir/graph.js';
import type { OpKind } from '../../ir/op-kinds.js';
import type { RuleLimit, Target, Unit } from '../types.js';

/** The form a rule's `limit` takes in a target file (checked by the validator). */
export type LimitForm = 'none' | 'number' | 'range' | 'numbers' | 'strings' | 'ops' | 'string';

export interface RuleFailure {
  /** The offending value, as shown in the report's `value` column. */
  value: string | number;
  /** One sentence naming the operator, the offending value and the limit. */
  message: string;
  hint?: string;
  /** The limit as shown in the report, when the rule's `limit` does not say it (rules without one). */
  limit?: string;
}

export interface TargetRuleContext {
  graph: Graph;
  node: Node;
  target: Target;
  unit: Unit;
  limit: RuleLimit | undefined;
  /** The attribute named by the rule reference (generic attribute rules). */
  attr?: string;
  /** The tensor a node's operand names; undefined for an omitted operand ('' or absent) or a name the graph lacks. */
  tensor(name: string | undefined): Tensor | undefined;
}

export interface RuleDef {
  id: string;
  limitForm: LimitForm;
  /** With 'string' limits: the accepted values. */
  choices?: readonly string[];
  /** True for generic attribute rules: the rule reference names the attribute (`attr`). */
  needsAttr?: boolean;
  /** The constraint in one sentence for the supported-ops docs, given the limit (and attribute). */
  doc(limit: RuleLimit | undefined, attr?: string): string;
  check(ctx: TargetRuleContext): RuleFailure | undefined;
}

/** `Conv 'Conv2D_23'`: how every sentence names the operator. */
export function who(node: Node): string {
  return `${node.op} '${node.name}'`;
}

export function num(limit: RuleLimit | undefined, fallback: number): number {
  return typeof limit === 'number' ? limit : fallback;
}

export function range(limit: RuleLimit | undefined, fallback: [number, number]): [number, number] {
  if (Array.isArray(limit) && limit.length === 2 && typeof limit[0] === 'number' && typeof limit[1] === 'number') return [limit[0], limit[1]];
  return fallback;
}

/** A list limit's numbers (the loader checks the form: a list of numbers for limitForm 'numbers'); none otherwise. */
export function numbers(limit: RuleLimit | undefined): number[] {
  return Array.isArray(limit) ? limit.map(Number) : [];
}

export function strings(limit: RuleLimit | undefined): string[] {
  return Array.isArray(limit) ? limit.map(String) : typeof limit === 'string' ? [limit] : [];
}

export function formatLimit(limit: RuleLimit | undefined): string {
  if (limit === undefined) return '';
  if (Array.isArray(limit)) return limit.length === 2 && typeof limit[0] === 'number' ? `${limit[0]}..${limit[1]}` : limit.join(', ');
  // Stryker disable next-line ConditionalExpression: equivalent, as true: a string's toLocaleString is the string itself
  return typeof limit === 'number' ? limit.toLocaleString('en-US') : limit;
}

function present(ctx: TargetRuleContext, names: string[]): Tensor[] {
  return names.map((n) => ctx.tensor(n)).filter((t) => t !== undefined);
}

/** Non-constant inputs (activations) and the outputs: the tensors the unit reads and writes. */
export function activations(ctx: TargetRuleContext): Tensor[] {
  return [...present(ctx, ctx.node.inputs).filter((t) => t.data === undefined), ...present(ctx, ctx.node.outputs)];
}

export function constants(ctx: TargetRuleContext): Tensor[] {
  return present(ctx, ctx.node.inputs).filter((t) => t.data !== undefined);
}

export function input(ctx: TargetRuleContext, i: number): Tensor | undefined {
  return ctx.tensor(ctx.node.inputs[i]);
}

export function output(ctx: TargetRuleContext, i: number): Tensor | undefined {
  return ctx.tensor(ctx.node.outputs[i]);
}

/** True for depthwise convolutions (group = input channels > 1, or TFLite IHWO weights). */
export function isDepthwise(ctx: TargetRuleContext): boolean {
  const n = ctx.node;
  if (n.op !== 'Conv') return false;
  if (n.attrs['weight_layout'] === 'IHWO') return true;
  const g = n.attrs['group'];
  return typeof g === 'number' && g > 1;
}

export const isOp = (ctx: TargetRuleContext, ...ops: OpKind[]): boolean => ops.includes(ctx.node.op);

/** Channel count of output 0 (NCHW: dim 1; NHWC and 2-D: last dim). */
export function outChannels(ctx: TargetRuleContext): number | undefined {
  const s = output(ctx, 0)?.shape;
  // rank 0 reads s[-1] or s[1]: undefined, as for an unknown shape
  if (!s) return undefined;
  // a 2-D output's dim 1 is its last
  const nhwc = ctx.node.attrs['layout'] === 'NHWC' || !['Conv', 'ConvTranspose'].includes(ctx.node.op);
  const d = nhwc ? s[s.length - 1] : s[1];
  return typeof d === 'number' ? d : undefined;
}

export function isPrime(n: number): boolean {
  if (n < 2 || !Number.isInteger(n)) return false;
  for (let i = 2; i * i <= n; i++) if (n % i === 0) return false;
  return true;
}
