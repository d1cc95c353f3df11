/**
 * Classical ML operators of the ai.onnx.ml domain (scikit-learn models exported by skl2onnx):
 * shapes from the ONNX-ML specification (onnx/docs/Operators-ml.md), MACC as stedgeai counts
 * it where a public generated file shows it (METRICS.md "Classical ML (ONNX-ML)"), and a
 * documented assumption where none does. Their parameters are counted from the arrays of
 * ops/ml-arrays.ts, which the ONNX frontend attaches to each node as constants.
 */
import type { Dim } from '../ir/shape.js';
import type { Node } from '../ir/graph.js';
import { shortDType, type DType } from '../ir/dtype.js';
import type { Cost, InferredOutput, OpRule, OpRuleContext } from './rule.js';
import { ZERO_COST, cost, outCount } from './util/cost.js';
import { UNKNOWN_DIM, fail, isNum } from './util/dims.js';
import { attrString, attrTensor } from './util/attrs.js';
import { classCount, mlList, targetCount, treeCount, type MlArray } from './ml-arrays.js';

/** Batch and feature count of the [N, F] (or [F]) input. */
function features(ctx: OpRuleContext): { batch: Dim; f: Dim } | undefined {
  const s = ctx.input(0)?.shape;
  if (!s) return undefined;
  if (s.length === 0) fail('expected a [N, F] input, got a scalar');
  if (s.length === 1) return { batch: 1, f: s[0] ?? UNKNOWN_DIM };
  if (s.length > 2) fail(`expected a [N, F] input, got rank ${s.length}`);
  return { batch: s[0] ?? UNKNOWN_DIM, f: s[1] ?? UNKNOWN_DIM };
}

/** Label (int64, or string for string labels) and scores [N, E]. */
function classifierOutputs(ctx: OpRuleContext, classes: number, ints = 'classlabels_ints'): InferredOutput[] {
  const x = features(ctx);
  const label: DType = mlList(ctx.node, ints).length > 0 ? 'int64' : 'string';
  const batch = x?.batch ?? UNKNOWN_DIM;
  return [{ shape: [batch], dtype: label }, { shape: [batch, classes > 0 ? classes : UNKNOWN_DIM], dtype: 'float32' }];
}

/**
 * MACC per support vector and feature of an SVM kernel. RBF 10 and POLY 3 are read off
 * stedgeai's generated code (n_macc of three RBF networks: 71,680 = 10 x 14 x 512; 129,200 and
 * 108,000 beside a dense layer; one POLY network of degree 3: 31,488 = 3 x 656 x 16). LINEAR 1
 * (a dot product) and SIGMOID 3 (as POLY) are assumptions: no public file shows them.
 */
export const SVM_KERNEL_MACC: Readonly<Record<string, number>> = { RBF: 10, POLY: 3, LINEAR: 1, SIGMOID: 3 };

/** Support vectors of an SVM: the sum of vectors_per_class (classifier) or n_supports (regressor). */
export function supportVectorCount(node: Node): number {
  const vpc = mlList(node, 'vectors_per_class');
  if (vpc.length > 0) return vpc.reduce((a, b) => a + b, 0);
  return mlList(node, 'n_supports')[0] ?? 0;
}

/**
 * Why the support-vector counts disagree with the support vectors present (`f` features each), or
 * undefined when they agree. With `f` unknown, counts above the values present disagree.
 */
export function supportVectorMismatch(node: Node, f: Dim | undefined): string | undefined {
  const sv = mlList(node, 'support_vectors').length;
  const n = supportVectorCount(node);
  if (n === 0) return undefined;
  if (!isNum(f)) return n > sv ? `${n} support vectors counted; support_vectors has ${sv} values` : undefined;
  return sv === n * f ? undefined : `support_vectors has ${sv} values; expected ${n} support vectors x ${f} features = ${n * f}`;
}

function svmCheck(ctx: OpRuleContext): void {
  const f = features(ctx)?.f;
  const why = isNum(f) ? supportVectorMismatch(ctx.node, f) : undefined;
  if (why !== undefined) fail(why);
}

/** The kernel's name, upper case (ONNX-ML's default: LINEAR). */
function svmKernel(node: Node): string {
  return attrString(node, 'kernel_type', 'LINEAR').toUpperCase();
}

function svmCost(ctx: OpRuleContext): Cost {
  const f = features(ctx)?.f;
  const n = supportVectorCount(ctx.node);
  // Without support vectors the model is linear: one row of coefficients per class (assumption: as
  // a dense layer), whatever the input's width.
  if (n === 0) return cost(mlList(ctx.node, 'coefficients').length);
  // Stryker disable next-line ConditionalExpression: equivalent, without the guard the product below is NaN for an unknown width, and cost() counts NaN as 0
  if (!isNum(f)) return ZERO_COST;
  // counts that disagree with the support vectors present count 0 (the W_SHAPE says why)
  svmCheck(ctx);
  return cost((SVM_KERNEL_MACC[svmKernel(ctx.node)] ?? 1) * n * f);
}

/**
 * Depth of each tree of an ensemble (edges on its longest root-to-leaf path), from the nodes_*
 * attributes. A child id that is not a node of the tree, or a cycle, is an error.
 */
export function treeDepths(node: Node): number[] {
  const treeIds = mlList(node, 'nodes_treeids');
  const nodeIds = mlList(node, 'nodes_nodeids');
  const t = mlList(node, 'nodes_truenodeids');
  const f = mlList(node, 'nodes_falsenodeids');
  const modes = node.attrs['nodes_modes'];
  const n = nodeIds.length;
  for (const [name, len] of [['nodes_treeids', treeIds.length], ['nodes_truenodeids', t.length], ['nodes_falsenodeids', f.length], ['nodes_modes', Array.isArray(modes) ? modes.length : 0]] as const) {
    if (len !== n) fail(`${name} has ${len} entries; expected one per node (nodes_nodeids has ${n})`);
  }
  const index = new Map<string, number>();
  nodeIds.forEach((id, i) => index.set(`${treeIds[i]}:${id}`, i));
  const isLeaf = (i: number): boolean => Array.isArray(modes) && modes[i] === 'LEAF';
  const depths = new Map<number, number>();
  const roots = new Map<number, number>();
  for (let i = 0; i < n; i++) if (!roots.has(treeIds[i] ?? 0)) roots.set(treeIds[i] ?? 0, i);
  for (const [tree, root] of roots) {
    let deepest = 0;
    const stack: Array<[number, number]> = [[root, 0]];
    const seen = new Set<number>();
    while (stack.length > 0) {
      // Stryker disable next-line ArrayDeclaration: equivalent, the loop runs only while the stack holds an entry, so pop() never gives undefined
      const [i, d] = stack.pop() ?? [root, 0];
      if (seen.has(i)) fail(`tree ${tree} is not a tree: node ${nodeIds[i]} is reached twice`);
      seen.add(i);
      deepest = Math.max(deepest, d);
      if (isLeaf(i)) continue;
      for (const child of [t[i], f[i]]) {
        const c = index.get(`${tree}:${child}`);
        if (c === undefined) fail(`tree ${tree}, node ${nodeIds[i]}: child ${child} is not a node of the tree`);
        stack.push([c, d + 1]);
      }
    }
    depths.set(tree, deepest);
  }
  return [...depths.values()];
}

/**
 * A tree ensemble: one comparison per level of each tree's deepest path, plus one addition per
 * output for the aggregation. ASSUMPTION (METRICS.md): the public generated files give n_macc 48,
 * 1,099 and 1,077 for forests whose model files are not public, so the rule is not calibrated.
 */
function treeCost(ctx: OpRuleContext, outputs: number): Cost {
  return cost(treeDepths(ctx.node).reduce((a, b) => a + b, 0) + outputs);
}

function treeClassifierInfer(ctx: OpRuleContext): InferredOutput[] {
  treeDepths(ctx.node);
  return classifierOutputs(ctx, classCount(ctx.node, 'classlabels_int64s'), 'classlabels_int64s');
}

/** [N, outputs] float scores, after `check` has refused inconsistent attributes. */
function regressorInfer(outputs: (node: Node) => number, check: (ctx: OpRuleContext) => void = () => undefined) {
  return (ctx: OpRuleContext): InferredOutput[] => {
    check(ctx);
    const batch = features(ctx)?.batch ?? UNKNOWN_DIM;
    return [{ shape: [batch, outputs(ctx.node)], dtype: 'float32' }];
  };
}

/** Linear models: coefficients x features plus the intercepts (as a dense layer with bias; assumption). */
function linearCost(ctx: OpRuleContext): Cost {
  return cost(mlList(ctx.node, 'coefficients').length + mlList(ctx.node, 'intercepts').length);
}

function sameShapeFloat(ctx: OpRuleContext): InferredOutput[] {
  return [{ shape: ctx.input(0)?.shape, dtype: 'float32' }];
}

function labelEncoderInfer(ctx: OpRuleContext): InferredOutput[] {
  const n = ctx.node;
  // opset 4's values_tensor gives its own element type; before it, the values_* list that is present
  const dtype: DType = attrTensor(n, 'values_tensor')?.dtype ?? (mlList(n, 'values_floats').length > 0 ? 'float32' : mlList(n, 'values_int64s').length > 0 ? 'int64' : 'string');
  return [{ shape: ctx.input(0)?.shape, dtype }];
}

/** ZipMap: stedgeai keeps the (label, probability) pairs as 2 x classes floats (randomforest.c: 6 for 3 classes). */
function zipMapInfer(ctx: OpRuleContext): InferredOutput[] {
  const s = ctx.input(0)?.shape;
  const k = classCount(ctx.node, 'classlabels_int64s');
  return [{ shape: [s?.[0] ?? UNKNOWN_DIM, 2, k > 0 ? k : (s?.[1] ?? UNKNOWN_DIM)], dtype: 'float32' }];
}

function arrayFeatureExtractorInfer(ctx: OpRuleContext): InferredOutput[] {
  const x = ctx.input(0);
  const idx = ctx.input(1)?.shape;
  if (!x?.shape || !idx) return [{ dtype: x?.dtype }];
  const m = idx.reduce<Dim>((a, d) => (isNum(a) && isNum(d) ? a * d : UNKNOWN_DIM), 1);
  const lead = x.shape.length <= 1 ? [1] : x.shape.slice(0, -1);
  return [{ shape: [...lead, m], dtype: x.dtype }];
}

/** MACC per output element of the element-wise ONNX-ML operators (assumptions: no public file shows them). */
const PER_ELEMENT: Readonly<Record<string, { macc: number; why: string }>> = {
  Scaler: { macc: 2, why: 'a subtraction and a multiplication' },
  Normalizer: { macc: 3, why: "as L2Normalization's 3" },
  Binarizer: { macc: 1, why: 'one comparison' },
  Imputer: { macc: 1, why: 'one comparison and select' },
  LabelEncoder: { macc: 1, why: 'one lookup' },
};

// Stryker disable next-line OptionalChaining,LogicalOperator: equivalent, perElement is the cost of the five PER_ELEMENT kinds only (the table below), so the entry is always found
const perElement = (ctx: OpRuleContext): Cost => cost((PER_ELEMENT[ctx.node.op]?.macc ?? 1) * outCount(ctx));

/**
 * How an ONNX-ML node is counted, in one sentence for the report (the I_ML diagnostic): the
 * model's size (support vectors, trees, classes), the MACC rule with its origin, and the arrays
 * stedgeai stores.
 */
export function mlExplanation(node: Node, arrays: readonly MlArray[]): string {
  const stored = arrays.map((a) => `${a.name} ${a.count} x ${shortDType(a.dtype)}`).join(', ');
  const storage = stored === '' ? 'no parameter arrays' : `stored as ${stored}, each aligned to 4 bytes`;
  switch (node.op) {
    case 'SVMClassifier':
    case 'SVMRegressor': {
      const n = supportVectorCount(node);
      if (n === 0) return `${node.op} without support vectors (a linear model): MACC = its ${mlList(node, 'coefficients').length} coefficients (assumption, as a dense layer); ${storage}`;
      const kernel = svmKernel(node);
      const per = SVM_KERNEL_MACC[kernel] ?? 1;
      const origin = kernel === 'RBF' || kernel === 'POLY' ? "stedgeai's count" : 'assumption';
      return `${node.op}, ${kernel} kernel, ${n} support vectors: MACC = ${per} x ${n} support vectors x features (${origin}); ${storage}`;
    }
    case 'TreeEnsembleClassifier':
    case 'TreeEnsembleRegressor':
      return `${node.op}, ${treeCount(node)} trees, ${mlList(node, 'nodes_nodeids').length} nodes: MACC = the depth of each tree summed, plus one per output (assumption, not calibrated); ${storage}`;
    case 'LinearClassifier':
    case 'LinearRegressor':
      return `${node.op}: MACC = its ${mlList(node, 'coefficients').length} coefficients + ${mlList(node, 'intercepts').length} intercepts (assumption, as a dense layer with bias); ${storage}`;
    case 'ZipMap':
    case 'ArrayFeatureExtractor':
      return `${node.op}: 0 MACC (moves values); ${storage}`;
    default: {
      const p = PER_ELEMENT[node.op];
      // Stryker disable next-line OptionalChaining,LogicalOperator,StringLiteral: equivalent, the ML kinds the cases above leave are the five PER_ELEMENT ones, so p is always found
      return `${node.op}: MACC = ${p?.macc ?? 1} per element (${p?.why ?? 'assumption'}; assumption); ${storage}`;
    }
  }
}

export const ML_RULES: OpRule[] = [
  {
    kind: 'SVMClassifier', role: 'compute', cost: svmCost,
    infer: (ctx) => {
      svmCheck(ctx);
      return classifierOutputs(ctx, classCount(ctx.node));
    },
  },
  { kind: 'SVMRegressor', role: 'compute', cost: svmCost, infer: regressorInfer(() => 1, svmCheck) },
  { kind: 'TreeEnsembleClassifier', role: 'compute', infer: treeClassifierInfer, cost: (ctx) => treeCost(ctx, classCount(ctx.node, 'classlabels_int64s')) },
  { kind: 'TreeEnsembleRegressor', role: 'compute', infer: regressorInfer(targetCount, (ctx) => treeDepths(ctx.node)), cost: (ctx) => treeCost(ctx, targetCount(ctx.node)) },
  { kind: 'LinearClassifier', role: 'compute', cost: linearCost, infer: (ctx) => classifierOutputs(ctx, classCount(ctx.node)) },
  { kind: 'LinearRegressor', role: 'compute', cost: linearCost, infer: regressorInfer(targetCount) },
  // Element-wise preprocessing: PER_ELEMENT.
  { kind: 'Scaler', role: 'elementwise', infer: sameShapeFloat, cost: perElement },
  { kind: 'Normalizer', role: 'normalization', infer: sameShapeFloat, cost: perElement },
  { kind: 'Binarizer', role: 'elementwise', infer: (ctx) => [{ shape: ctx.input(0)?.shape, dtype: ctx.input(0)?.dtype }], cost: perElement },
  { kind: 'Imputer', role: 'elementwise', infer: (ctx) => [{ shape: ctx.input(0)?.shape, dtype: ctx.input(0)?.dtype }], cost: perElement },
  { kind: 'LabelEncoder', role: 'elementwise', infer: labelEncoderInfer, cost: perElement },
  { kind: 'ZipMap', role: 'data-movement', infer: zipMapInfer, cost: () => ZERO_COST },
  { kind: 'ArrayFeatureExtractor', role: 'data-movement', infer: arrayFeatureExtractorInfer, cost: () => ZERO_COST },
];
