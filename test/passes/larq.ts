/** Helpers of the binary pass's tests: run it on a Keras-born builder graph, and a Larq sign. */
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { binaryPass } from '../../src/passes/binary.js';
import type { GraphBuilder } from '../builders/ir.js';
import { contextFor } from './context.js';

/** Runs the binary pass on `g` (a Keras model, as Larq layers come from); returns its diagnostics. */
export function runBinary(g: GraphBuilder): Diagnostic[] {
  const ctx = contextFor(g.graph);
  ctx.model.format = 'keras';
  binaryPass.run(g.graph, ctx);
  return ctx.diagnostics;
}

/** A Larq sign (ste_sign) over `x`, named `name`. */
export function sign(g: GraphBuilder, x: string, name: string): string {
  return g.node('BipolarQuant', [x, g.values(`${name}_s`, 'float32', [1], [])], { larq_quantizer: 'ste_sign' }, { name, outDType: 'float32' });
}
