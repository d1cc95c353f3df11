/** What a builtin operator's mapper sees, and what it returns. */
import type { Attrs, Tensor } from '../../ir/graph.js';
import type { DType } from '../../ir/dtype.js';
import type { OpKind } from '../../ir/op-kinds.js';
import type { Operator } from '../../schemas/tflite/tflite.js';
import type { FusedActivation } from './options.js';

export interface OpContext {
  op: Operator;
  /** Input tensor names ('' for an omitted optional input, index -1). */
  inputs: string[];
  outputs: string[];
  tensor(name: string): Tensor | undefined;
  /** Tensor of input i. */
  input(i: number): Tensor | undefined;
  /** Values of input i when it is a small constant. */
  values(i: number): number[] | undefined;
  /** Adds a small constant (shape vectors the IR wants as inputs) and returns its name. */
  constant(suffix: string, dtype: DType, values: number[]): string;
}

export interface MappedOp {
  op: OpKind;
  attrs: Attrs;
  /** Replaces the operator's inputs (reordered, dropped shape operands, added constants). */
  inputs?: string[];
  activation?: FusedActivation | undefined;
  /** Nested subgraphs by key ('then_branch', 'body'...) -> subgraph index in the model. */
  subgraphs?: Record<string, number>;
}

export type OpMapper = (c: OpContext) => MappedOp;
