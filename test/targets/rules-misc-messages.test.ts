/**
 * The sentences of the operator-level rules (src/targets/rules/misc.ts) a user reads when a unit
 * does not list an operator, has no kernel for it, or does not run a custom operator's code.
 */
import { describe, expect, it } from 'vitest';
import type { OpKind } from '../../src/ir/op-kinds.js';
import { customCode, noKernel, opListed } from '../../src/targets/rules/misc.js';
import type { TargetRuleContext } from '../../src/targets/rules/types.js';
import type { RuleLimit } from '../../src/targets/types.js';
import { GraphBuilder } from '../builders/ir.js';
import { contextOn } from './helpers.js';

function ctxOf(op: OpKind, sourceOp: string, limit?: RuleLimit): TargetRuleContext {
  const g = new GraphBuilder();
  return contextOn(g, { name: 'n', op, sourceOp, inputs: [], outputs: [], attrs: {} }, limit === undefined ? {} : { limit });
}

describe('operator-level sentences', () => {
  it('op-listed: the operator is not in the unit\'s list; a classical-ML operator says the CPU runs it, with a hint', () => {
    expect(opListed.check(ctxOf('Conv', 'Conv'))).toEqual({ value: 'Conv', limit: 'listed operators', message: "Conv 'n': Conv is not in NPU's supported operators." });
    expect(opListed.check(ctxOf('SVMClassifier', 'SVMClassifier'))).toEqual({
      value: 'SVMClassifier', limit: 'listed operators',
      message: "SVMClassifier 'n': SVMClassifier is not in NPU's supported operators. It is a classical-ML (ONNX-ML) operator: NPUs have no kernel for them, the CPU runs it.",
      hint: 'Expected for scikit-learn models; budget its CPU time, or train a small neural network in its place if it must run on the NPU.',
    });
  });

  it('custom-code: a listed code runs; another is named with the codes the unit runs', () => {
    expect(customCode.check(ctxOf('Custom', 'ethos-u', ['ethos-u']))).toBeUndefined();
    expect(customCode.check(ctxOf('Custom', 'my_op', ['ethos-u', 'other']))).toEqual({
      value: 'my_op', message: "Custom 'n': custom operator 'my_op' is not one NPU runs (it runs ethos-u, other).",
      hint: 'Custom operators need a kernel registered with the runtime; re-export the model without them or provide the kernel.',
    });
  });

  it('no-kernel: names the unit and the operator as the file writes it', () => {
    expect(noKernel.check(ctxOf('Custom', 'TFLite_Detection_PostProcess'))).toEqual({
      value: 'Custom', limit: 'a kernel', message: "Custom 'n': NPU has no kernel for TFLite_Detection_PostProcess.",
      hint: 'Replace the operator with supported ones, or provide a custom kernel.',
    });
  });
});
