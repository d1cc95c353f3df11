import type { Graph, Node, Tensor } from '../ir/graph.js';
import type { DType } from '../ir/dtype.js';
import type { Shape } from '../ir/shape.js';
import type { OpKind } from '../ir/op-kinds.js';

/** What the shape and cost rules may look at. */
export interface OpRuleContext {
  graph: Graph;
  node: Node;
  /** Tensor of input i ('' or missing -> undefined). */
  input(i: number): Tensor | undefined;
  /** Tensor of output i. */
  output(i: number): Tensor | undefined;
  /**
   * Values of input i when it is a constant small enough to read (shape vectors, axes, pads);
   * undefined otherwise. Reading goes through the lazy data, only for small tensors.
   */
  constValues(i: number): number[] | undefined;
  /** ONNX opset of the default domain when known (semantics changed across opsets). */
  opset: number | undefined;
}

export interface InferredOutput {
  shape?: Shape;
  dtype?: DType;
}

export interface Cost {
  /** MACC as METRICS.md defines it (default, ST-like). */
  macc: number;
  /** `pure` MACC: Conv/Gemm/MatMul/pool terms only (Vela, fvcore). */
  pure: number;
}

/** How an operator behaves, for fusion, epochs and weight counting. */
export type OpRole = 'compute' | 'pool' | 'elementwise' | 'activation' | 'normalization' | 'data-movement' | 'shape' | 'quantization' | 'control' | 'state' | 'unknown';

export interface OpRule {
  kind: OpKind;
  role: OpRole;
  /** Input indexes that carry shapes/indices/axes, never counted as weights even when constant. */
  shapeInputs?: readonly number[];
  /**
   * Output shapes and dtypes from the inputs. Throws an Error with a message naming the
   * mismatch (what was expected, what was found) when the inputs are inconsistent; returns
   * entries without `shape` when it cannot tell (e.g. data-dependent output sizes).
   */
  infer(ctx: OpRuleContext): InferredOutput[];
  /** MACC of the node given known shapes (METRICS.md table). */
  cost(ctx: OpRuleContext): Cost;
  /**
   * Constant folding: output values from small constant input values. Only shape-math ops
   * implement it; it is called only when every non-empty input has values.
   */
  fold?(ctx: OpRuleContext, inputs: (number[] | undefined)[]): number[][] | undefined;
  /**
   * A quantization applied offline to constants (QONNX's weight quantization): the bit width its
   * folded output is stored at, or undefined when it does not fold (passes/shapes/fold.ts).
   */
  offlineBits?(ctx: OpRuleContext): number | undefined;
}

/**
 * Rules whose `fold` reads only input shapes (Shape, Size): the shapes pass calls `fold` when the
 * input shapes are static, even though the inputs are not constants (then `inputs` holds
 * undefined for them).
 */
export interface ShapeFoldingRule extends OpRule {
  foldsFromShapes: true;
}

export function foldsFromShapes(rule: OpRule): rule is ShapeFoldingRule {
  return (rule as Partial<ShapeFoldingRule>).foldsFromShapes === true;
}
