/**
 * planMemory's and planAndSearch's options reach every plan they make: a nested graph (an If's
 * branch) is planned with the caller's planner, overlap, kernel scratch and SIMD build; the 'best'
 * planner searches each of its bases; planAndSearch's default is 'st'. Each expectation compares
 * the nested figure with the same branch planned alone under the same options (the control
 * node's scratch is its largest subgraph's arena, memory/nested.ts).
 */
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import type { Graph } from '../../src/ir/graph.js';
import { planAndSearch, planMemory } from '../../src/memory/plan.js';
import type { PlanOptions } from '../../src/memory/types.js';
import { randomGraph } from '../helpers/random-graph.js';

const NHWC = { layout: 'NHWC', weight_layout: 'OHWI' };

/** A branch where st's overlap rules matter: int8 x [1, 1, 40, 54] -> Relu (in place under them) -> Relu. */
function reluBranch(): Graph {
  const b = new GraphBuilder('then');
  const x = b.input('bx', 'int8', [1, 1, 40, 54]);
  const r = b.node('Relu', [x], {}, { name: 'brelu', outShapes: [[1, 1, 40, 54]], outDType: 'int8' });
  b.output(b.node('Relu', [r], {}, { name: 'brelu2', outShapes: [[1, 1, 40, 54]], outDType: 'int8' }));
  return b.graph;
}

/**
 * A branch where the core's SIMD build matters: int8 x [1, 1, 40, 54] -> Conv 1x3 SAME, a deep
 * kernel: on DSP cores ST gives it a Pad buffer (memory/deep-conv-pad.ts), on Helium not.
 */
function convBranch(): Graph {
  const b = new GraphBuilder('then');
  const x = b.input('bx', 'int8', [1, 1, 40, 54]);
  const w = b.constant('bw', 'int8', [4, 1, 3, 54], { scale: [0.1], zeroPoint: [0] });
  b.output(b.node('Conv', [x, w, b.constant('bb', 'int32', [4])], { ...NHWC, strides: [1, 1], auto_pad: 'SAME_UPPER' }, { name: 'bconv', outShapes: [[1, 1, 40, 4]], outDType: 'int8' }));
  return b.graph;
}

/** cond -> If(then: branch, else: branch) -> y. */
function withIf(branch: () => Graph): Graph {
  const b = new GraphBuilder('main');
  const cond = b.input('cond', 'bool', [1]);
  const out = branch().tensors.get(branch().outputs[0] ?? '');
  b.output(b.node('If', [cond], {}, { name: 'if', outShapes: [out?.shape ?? []], outDType: 'int8' }));
  const node = b.graph.nodes[0];
  if (node) node.subgraphs = { then_branch: branch(), else_branch: branch() };
  return b.graph;
}

/** The If's scratch buffer in the outer plan. */
const ifScratch = (branch: () => Graph, opts: PlanOptions): number | undefined => planMemory(withIf(branch), opts).buffers.find((x) => x.tensor.startsWith('if#'))?.size;
/** The branch planned alone, I/O inside (as nested graphs are). */
const alone = (branch: () => Graph, opts: PlanOptions): number => planMemory(branch(), { ...opts, ioInsideActivations: true }).arenaBytes;

describe("a nested graph is planned under the caller's options", () => {
  it.each<[string, () => Graph, PlanOptions]>([
    ['st, defaults', reluBranch, { planner: 'st' }],
    ['tflm', reluBranch, { planner: 'tflm' }],
    ['st without overlap', reluBranch, { planner: 'st', overlap: false }],
    ['st, a deep conv on a DSP core', convBranch, { planner: 'st' }],
    ['st, a deep conv on a Helium core', convBranch, { planner: 'st', simd: 'helium' }],
    ['st, a deep conv without kernel scratch', convBranch, { planner: 'st', kernelScratch: false }],
  ])('%s: the If holds its branch arena', (_, branch, opts) => {
    expect(ifScratch(branch, opts)).toBe(alone(branch, opts));
  });

  it('and the options matter on these branches (else the rows above could not tell them apart)', () => {
    const st = alone(reluBranch, { planner: 'st' });
    expect(alone(reluBranch, { planner: 'tflm' })).toBeGreaterThan(st);
    expect(alone(reluBranch, { planner: 'st', overlap: false })).toBeGreaterThan(st);
    const dsp = alone(convBranch, { planner: 'st' });
    expect(alone(convBranch, { planner: 'st', simd: 'helium' })).toBeLessThan(dsp);
    expect(alone(convBranch, { planner: 'st', kernelScratch: false })).toBeLessThan(dsp);
  });
});

describe('planAndSearch and best', () => {
  it("planAndSearch's planner defaults to st; for best, the plan and the searched plan are best's one plan", () => {
    const g = randomGraph(7).graph;
    expect(JSON.stringify(planAndSearch(g))).toBe(JSON.stringify(planAndSearch(g, { planner: 'st' })));
    const best = planAndSearch(g, { planner: 'best' });
    expect(JSON.stringify(best.plan)).toBe(JSON.stringify(planMemory(g, { planner: 'best' })));
    expect(best.searched).toBe(best.plan);
  });

  it("best is never above any basis's searched plan (30 random DAGs; below the unsearched one on some)", () => {
    let below = 0;
    for (let seed = 1; seed <= 30; seed++) {
      const g = randomGraph(seed).graph;
      const best = planMemory(g, { planner: 'best' }).arenaBytes;
      for (const planner of ['st', 'st-time', 'tflm'] as const) {
        expect(best, `seed ${seed} ${planner}`).toBeLessThanOrEqual(planMemory(g, { planner, search: true, overlap: true }).arenaBytes);
      }
      if (best < Math.min(...(['st', 'st-time', 'tflm'] as const).map((planner) => planMemory(g, { planner, overlap: true }).arenaBytes))) below++;
    }
    expect(below).toBeGreaterThan(0);
  });
});

describe("a plan's overlaps", () => {
  it('are the allowed overlaps the placement used: both buffers placed, sharing bytes (200 random DAGs, both I/O settings)', () => {
    let rules = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const g = randomGraph(seed).graph;
      for (const ioInsideActivations of [true, false]) {
        const p = planMemory(g, { planner: 'st', ioInsideActivations });
        const at = new Map(p.buffers.map((b) => [b.tensor, b]));
        for (const o of p.overlaps) {
          const [a, b] = [at.get(o.input), at.get(o.output)];
          expect(a && b ? Math.min(a.offset + a.size, b.offset + b.size) - Math.max(a.offset, b.offset) : 'not placed', `seed ${seed}`).toBe(o.sharedBytes);
          expect(o.sharedBytes, `seed ${seed}`).toBeGreaterThan(0);
        }
        rules += p.overlaps.length;
      }
    }
    expect(rules).toBeGreaterThan(20);
  });
});
