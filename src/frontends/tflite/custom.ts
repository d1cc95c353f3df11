/** Custom operators (and DELEGATE): kept as 'Custom' with their custom_code; Ethos-U gets its own note. */
import { diag } from '../../diagnostics/diagnostic.js';
import type { MappedOp, OpContext } from './op-context.js';
import type { ReadContext } from './map-graph.js';

/** Vela's custom operator: a whole compiled NPU subgraph. */
export const ETHOS_U = 'ethos-u';

export function customOp(ctx: ReadContext, c: OpContext, code: string, name: string): MappedOp {
  if (code === ETHOS_U) {
    const stream = c.inputs[0] ? ` (command stream: tensor '${c.inputs[0]}')` : '';
    ctx.diagnostics.push(diag('W_DOMAIN',
      `the model is already compiled for Arm Ethos-U by Vela: the work of the original operators runs on the NPU inside custom operator '${ETHOS_U}' ('${name}'), ` +
      `and their weights are in that operator's command stream and constant inputs${stream}; MACC and per-layer figures cannot be recovered from it. Analyze the model before Vela compilation.`, name));
    return { op: 'Custom', attrs: { custom_code: code } };
  }
  ctx.diagnostics.push(diag('W_DOMAIN', `custom operator '${code}' is not analyzed by the standard rules (0 MACC; output shapes as the file declares them)`, name));
  return { op: 'Custom', attrs: { custom_code: code } };
}
