/** Dtype attributes (Cast `to`, QuantizeLinear `output_dtype`, EyeLike `dtype`) as IR dtype names. */
import { DTYPES, type DType } from '../../ir/dtype.js';

const SET: ReadonlySet<string> = new Set(DTYPES);

/** A dtype attribute: the frontends give the IR's dtype names (never a format's codes). */
export function dtypeFromAttr(v: unknown): DType | undefined {
  return SET.has(v as string) ? (v as DType) : undefined; // a Set holds no value of another type
}
