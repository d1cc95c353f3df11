/** Rules about the operator itself: listing, constant inputs, compiler options, fused activations, channels. */
import { isMlKind } from '../../ops/ml-arrays.js';
import { formatLimit, input, isPrime, num, outChannels, strings, who, type RuleDef, type RuleFailure, type TargetRuleContext } from './types.js';

/** Used by the mapper when a unit does not list the operator (and has no "*" entry): it always fails, with a limit. */
export const opListed = {
  id: 'op-listed',
  limitForm: 'none',
  doc: () => 'The operator must be in the unit\'s supported list.',
  check(ctx: TargetRuleContext): RuleFailure & { limit: string } {
    const message = `${who(ctx.node)}: ${ctx.node.op} is not in ${ctx.unit.name}'s supported operators.`;
    if (!isMlKind(ctx.node.op)) return { value: ctx.node.op, limit: 'listed operators', message };
    return { value: ctx.node.op, limit: 'listed operators', message: `${message} It is a classical-ML (ONNX-ML) operator: NPUs have no kernel for them, the CPU runs it.`, hint: 'Expected for scikit-learn models; budget its CPU time, or train a small neural network in its place if it must run on the NPU.' };
  },
} satisfies RuleDef;

/** For `Custom` operators: the custom codes this unit runs (e.g. the `ethos-u` op Vela emits). */
export const customCode: RuleDef = {
  id: 'custom-code',
  limitForm: 'strings',
  doc: (l) => `The custom operator's code must be one of ${formatLimit(l)}.`,
  check(ctx) {
    const ok = strings(ctx.limit);
    if (ok.includes(ctx.node.sourceOp)) return undefined;
    return { value: ctx.node.sourceOp, message: `${who(ctx.node)}: custom operator '${ctx.node.sourceOp}' is not one ${ctx.unit.name} runs (it runs ${ok.join(', ')}).`, hint: 'Custom operators need a kernel registered with the runtime; re-export the model without them or provide the kernel.' };
  },
};

export const noKernel: RuleDef = {
  id: 'no-kernel',
  limitForm: 'none',
  doc: () => 'No kernel exists for this operator on this unit.',
  check(ctx) {
    return { value: ctx.node.op, limit: 'a kernel', message: `${who(ctx.node)}: ${ctx.unit.name} has no kernel for ${ctx.node.sourceOp}.`, hint: 'Replace the operator with supported ones, or provide a custom kernel.' };
  },
};

export const constInput: RuleDef = {
  id: 'const-input',
  limitForm: 'number',
  doc: (l) => `Input ${formatLimit(l)} (0-based) must be a constant.`,
  check(ctx) {
    const i = num(ctx.limit, 1);
    const t = input(ctx, i);
    if (t === undefined || t.data !== undefined) return undefined;
    return { value: `input ${i} '${t.name}' is computed`, limit: `input ${i} constant`, message: `${who(ctx.node)}: input ${i} '${t.name}' is computed at run time; ${ctx.unit.name} needs a constant there (weights).`, hint: 'Only matrix products with constant weights are accelerated.' };
  },
};

export const optionEnabled: RuleDef = {
  id: 'option-enabled',
  limitForm: 'string',
  doc: (l) => `Needs the compiler option '${formatLimit(l)}' (target \`options\`).`,
  check(ctx) {
    // Stryker disable next-line StringLiteral: equivalent, the target loader requires a string limit for this rule (limitForm 'string'), so the fallback is never read
    const opt = typeof ctx.limit === 'string' ? ctx.limit : '';
    if (ctx.target.options[opt] === true) return undefined;
    return { value: `${opt} off`, limit: `${opt} on`, message: `${who(ctx.node)}: ${ctx.unit.name} lowers ${ctx.node.op} only with the '${opt}' option, which is off.`, hint: `Set "options": { "${opt}": true } in the target file if your compiler invocation enables it.` };
  },
};

export const fusedActivation: RuleDef = {
  id: 'fused-activation',
  limitForm: 'ops',
  doc: (l) => `A fused activation must be one of ${formatLimit(l)}.`,
  check(ctx) {
    const act = ctx.node.activation;
    const ok = strings(ctx.limit);
    if (act === undefined || ok.includes(act)) return undefined;
    return { value: act, message: `${who(ctx.node)}: fused activation ${act}; ${ctx.unit.name} fuses only ${ok.join(', ')}.` };
  },
};

export const channelsNotPrime: RuleDef = {
  id: 'channels-not-prime',
  limitForm: 'number',
  doc: (l) => `Output channel counts above ${formatLimit(l)} should not be prime (they cannot be split evenly across the accelerator's channel groups).`,
  check(ctx) {
    const above = num(ctx.limit, 16);
    const c = outChannels(ctx);
    // Stryker disable next-line ConditionalExpression: equivalent, as false: isPrime(undefined) is false, so the next test lets the rule hold either way
    if (c === undefined) return undefined;
    if (c <= above || !isPrime(c)) return undefined;
    return { value: c, limit: 'not prime', message: `${who(ctx.node)}: ${c} output channels is a prime number; it cannot be split evenly across the accelerator's channel groups.`, hint: `Use ${c - 1} or ${c + 1} output channels if the model allows it.` };
  },
};
