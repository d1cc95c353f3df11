/** The rule library: every predicate a target file may name, by id. */
import type { RuleDef } from './types.js';
import { activationDtype, int32Ops, noHybrid, outputDtype, perAxisOps, quantParams, symmetricOutput1x1, symmetricWeights, tensorDtype, weightDtype } from './dtype.js';
import { batchOne, broadcastSize1, dimRange, fcOutput2d, rankMax, staticShapes } from './shape.js';
import { biasType, depthMultiplier, dilatedKernelArea, dilatedKernelHeight, strideRange, tconvStride, weightsSum } from './conv.js';
import { avgpoolSameKernel, globalPoolMax, poolKernelArea, poolKernelHeight, poolStrideMax, poolWindowMax } from './pooling.js';
import { transposeInnermost } from './layout.js';
import { channelsNotPrime, constInput, customCode, fusedActivation, noKernel, opListed, optionEnabled } from './misc.js';
import { attrAbsent, attrIn, caution, inputAbsent } from './attrs.js';
import { kernelMax, strideHMax, strideIn, strideSquare, strideWMax } from './stride.js';
import { padMax, padNoBatch, padZeroConstant } from './pad.js';
import { kneronPool } from './kneron-pool.js';
import { ifmBatchOne, int32QuantParams, sameInOutDtype, velaTranspose } from './vela.js';
import { clipRelu, expandAxes, indicesRankMax, inputChannels, matmulShape, powExponent, preluSlope, reduceAxes, resizeOneAxis, rowsMin, singleIndex, sliceStepsOne, tconvOutputPadding, transposeNotBatch, transposePerms } from './operands.js';

const ALL: readonly RuleDef[] = [
  activationDtype, tensorDtype, int32Ops, weightDtype, noHybrid, quantParams, perAxisOps, symmetricWeights, symmetricOutput1x1, outputDtype,
  rankMax, staticShapes, batchOne, dimRange, broadcastSize1, fcOutput2d,
  strideRange, dilatedKernelHeight, dilatedKernelArea, weightsSum, biasType, depthMultiplier, tconvStride,
  poolWindowMax, globalPoolMax, avgpoolSameKernel, poolKernelHeight, poolKernelArea, poolStrideMax,
  opListed, noKernel, constInput, optionEnabled, fusedActivation, channelsNotPrime, customCode, transposeInnermost,
  attrIn, attrAbsent, inputAbsent, caution,
  kernelMax, strideHMax, strideWMax, strideSquare, strideIn, padMax, padNoBatch, padZeroConstant, kneronPool,
  reduceAxes, expandAxes, resizeOneAxis, transposePerms, transposeNotBatch, inputChannels, singleIndex, indicesRankMax,
  powExponent, clipRelu, sliceStepsOne, matmulShape, preluSlope, tconvOutputPadding, rowsMin,
  int32QuantParams, sameInOutDtype, velaTranspose, ifmBatchOne,
];

export const RULE_DEFS: ReadonlyMap<string, RuleDef> = new Map(ALL.map((r) => [r.id, r]));

export function getRuleDef(id: string): RuleDef | undefined {
  return RULE_DEFS.get(id);
}

export { opListed };
export type { RuleDef, TargetRuleContext, RuleFailure, LimitForm } from './types.js';
export { formatLimit } from './types.js';
