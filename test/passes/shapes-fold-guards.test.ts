/**
 * The folding step's own checks on what a rule's fold returns (src/passes/shapes/fold.ts): values
 * land on the outputs only when there is one array per output, each fitting its output's shape
 * and at most FOLD_MAX_ELEMENTS long; otherwise every output becomes a `computed` constant. The
 * rules below are stand-ins whose fold returns what each case needs (a rule with a bug), so each
 * check is tested on its own, whatever the real rules' guards.
 */
import { describe, expect, it } from 'vitest';
import type { Graph, Tensor } from '../../src/ir/graph.js';
import type { Shape } from '../../src/ir/shape.js';
import type { OpRule } from '../../src/ops/rule.js';
import { createRuleContext } from '../../src/ops/context.js';
import { ZERO_COST } from '../../src/ops/util/cost.js';
import { FOLD_MAX_ELEMENTS } from '../../src/ops/util/values.js';
import { tryFold } from '../../src/passes/shapes/fold.js';
import { newState } from '../../src/passes/shapes/state.js';
import { GraphBuilder } from '../builders/ir.js';

interface Run { folded: boolean; outs: Tensor[]; calls: number; state: ReturnType<typeof newState> }

/**
 * A node over one constant input (values [1, 2], or a `computed` constant without values) whose
 * outputs have `outShapes`, folded by a stand-in data-movement rule returning `values`.
 */
function run(values: number[][] | undefined, outShapes: (Shape | undefined)[], opts: { input?: 'values' | 'computed'; rule?: Partial<OpRule> } = {}): Run {
  const g = new GraphBuilder();
  const x = opts.input === 'computed' ? g.tensor('x', 'int64', [2], { data: { kind: 'computed', by: 'test' } }) : g.values('x', 'int64', [1, 2]);
  const outputs = outShapes.map((s, i) => g.tensor(`y${i}`, 'int64', s));
  const node = { name: 'n', op: 'Identity' as const, sourceOp: 'Identity', inputs: [x], outputs, attrs: {} };
  g.graph.nodes.push(node);
  let calls = 0;
  const rule: OpRule = {
    kind: 'Identity', role: 'data-movement', infer: () => [], cost: () => ZERO_COST,
    fold: () => {
      calls++;
      return values;
    },
    ...opts.rule,
  };
  const state = newState(17, []);
  const folded = tryFold(rule, createRuleContext(g.graph, node, 17), state);
  return { folded, outs: outputs.map((o) => g.get(o)), calls, state };
}

const kinds = (r: Run) => r.outs.map((t) => t.data?.kind);

describe('values land on the outputs only when they fit', () => {
  it('one array per output: fewer arrays make every output computed', () => {
    expect(kinds(run([[5, 6]], [[2], [2]]))).toEqual(['computed', 'computed']);
    expect(kinds(run([[5, 6], [7, 8]], [[2], [2]]))).toEqual(['values', 'values']);
  });

  it('each output checked: a second array that does not fit, or is missing (a hole), makes both computed', () => {
    expect(kinds(run([[5, 6], [7, 8, 9]], [[2], [2]]))).toEqual(['computed', 'computed']);
    // a rule with a bug: two slots, the second empty
    const holed: number[][] = [[5, 6]];
    holed.length = 2;
    expect(kinds(run(holed, [[2], [2]]))).toEqual(['computed', 'computed']);
  });

  it(`a shapeless output takes at most FOLD_MAX_ELEMENTS (${FOLD_MAX_ELEMENTS}) values: at, below and above`, () => {
    const of = (n: number) => run([new Array<number>(n).fill(1)], [undefined]);
    expect(kinds(of(FOLD_MAX_ELEMENTS + 1))).toEqual(['computed']);
    const at = of(FOLD_MAX_ELEMENTS);
    expect(kinds(at)).toEqual(['values']);
    expect(at.outs[0]?.shape).toEqual([FOLD_MAX_ELEMENTS]);
    expect(kinds(of(FOLD_MAX_ELEMENTS - 1))).toEqual(['values']);
  });

  it('a static shape takes exactly its element count: 3 values for [2] are refused, 2 kept with the shape as it was ([1, 2] stays)', () => {
    expect(kinds(run([[5, 6, 7]], [[2]]))).toEqual(['computed']);
    expect(kinds(run([[5]], [[2]]))).toEqual(['computed']);
    const kept = run([[5, 6]], [[1, 2]]);
    expect(kinds(kept)).toEqual(['values']);
    expect(kept.outs[0]?.shape).toEqual([1, 2]);
    expect(kept.outs[0]?.data).toEqual({ kind: 'values', values: [5, 6] });
  });

  it('a shapeless output needs at least one value (none is refused); a symbolic shape takes none', () => {
    expect(kinds(run([[]], [undefined]))).toEqual(['computed']);
    const one = run([[5]], [undefined]);
    expect(kinds(one)).toEqual(['values']);
    expect(one.outs[0]?.shape).toEqual([1]);
    expect(kinds(run([[5, 6]], [['N']]))).toEqual(['computed']);
  });
});

describe('when the rule is not asked', () => {
  it('a rule without a fold: the outputs become computed constants, with no warning', () => {
    const r = run(undefined, [[2]], { rule: { fold: undefined } });
    expect(kinds(r)).toEqual(['computed']);
    expect(r.state.diagnostics).toEqual([]);
  });

  it('an input constant without values (computed): the fold is not called, the output is computed', () => {
    const r = run([[42, 43]], [[2]], { input: 'computed' });
    expect(r.calls).toBe(0);
    expect(kinds(r)).toEqual(['computed']);
  });

  it('a node without outputs is not folded (it stays, for its side effects)', () => {
    const r = run([[5]], []);
    expect(r.folded).toBe(false);
    expect(r.state.folded).toEqual([]);
  });

  it('a shape-reading rule (Shape, Size) whose fold gives nothing leaves the node, and does not list it as folded', () => {
    const r = run(undefined, [[2]], { rule: { foldsFromShapes: true } as Partial<OpRule> });
    expect(r.folded).toBe(false);
    expect(r.state.folded).toEqual([]);
    expect(r.outs[0]?.data).toBeUndefined();
    const done = run([[5, 6]], [[2]], { rule: { foldsFromShapes: true } as Partial<OpRule> });
    expect(done.folded).toBe(true);
    expect(done.state.folded).toEqual(['n']);
  });
});

describe('a ConstantOfShape too large for values', () => {
  it('becomes a computed constant, not its one-element value attribute', () => {
    const g = new GraphBuilder();
    const value: Tensor = { name: 'value', dtype: 'float32', shape: [1], data: { kind: 'values', values: [0.5] } };
    const y = g.tensor('y', 'float32', [1000, 1000]);
    const node = { name: 'cos', op: 'ConstantOfShape' as const, sourceOp: 'ConstantOfShape', inputs: [g.values('s', 'int64', [1000, 1000])], outputs: [y], attrs: { value } };
    g.graph.nodes.push(node);
    const rule = { kind: 'ConstantOfShape', role: 'data-movement', infer: () => [], cost: () => ZERO_COST, fold: () => undefined } as OpRule;
    expect(tryFold(rule, createRuleContext(g.graph, node, 17), newState(17, []))).toBe(true);
    expect(g.get(y).data).toEqual({ kind: 'computed', by: 'cos' });
  });
});

describe('nodes that never fold', () => {
  it('a node carrying a subgraph (a data-movement node of a malformed file) keeps it: not folded away', () => {
    const g = new GraphBuilder();
    const x = g.values('x', 'int64', [1, 2]);
    const y = g.tensor('y', 'int64', [2]);
    const body: Graph = { name: 'body', tensors: new Map(), nodes: [], inputs: [], outputs: [] };
    const node = { name: 'n', op: 'Identity' as const, sourceOp: 'Identity', inputs: [x], outputs: [y], attrs: {}, subgraphs: { body } };
    g.graph.nodes.push(node);
    const rule: OpRule = { kind: 'Identity', role: 'data-movement', infer: () => [], cost: () => ZERO_COST, fold: () => [[1, 2]] };
    expect(tryFold(rule, createRuleContext(g.graph, node, 17), newState(17, []))).toBe(false);
    expect(g.get(y).data).toBeUndefined();
  });
});
