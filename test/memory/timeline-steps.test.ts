/**
 * memoryTimeline (memory/timeline.ts) on plans written out by hand, so each step's bytes is the
 * union of the byte ranges alive there: overlapping, nested and adjacent ranges, TFLM's scopes
 * (scope 0 before the first op), the first of equal peaks, and each role at the peak.
 */
import { describe, expect, it } from 'vitest';
import { memoryTimeline } from '../../src/memory/timeline.js';
import type { Graph, Node } from '../../src/ir/graph.js';
import type { MemoryPlan, PlannedBuffer } from '../../src/memory/types.js';

const buf = (tensor: string, offset: number, size: number, firstStep: number, lastStep: number, kind: PlannedBuffer['kind'] = 'activation'): PlannedBuffer => ({ tensor, kind, offset, size, firstStep, lastStep });
const node = (name: string, inputs: string[], outputs: string[]): Node => ({ name, op: 'Relu', sourceOp: 'Relu', inputs, outputs, attrs: {} });

function plan(buffers: PlannedBuffer[], order: string[], extra: Partial<MemoryPlan> = {}): MemoryPlan {
  return { planner: 'st', arenaBytes: 0, buffers, persistent: [], persistentBytes: 0, inputsBytes: 0, outputsBytes: 0, ramTotalBytes: 0, ioInsideActivations: true, unsized: [], overlaps: [], folds: [], order, reordered: false, ioTensors: {}, addedSteps: [], ...extra };
}

const graphOf = (...nodes: Node[]): Graph => ({ name: 'g', tensors: new Map(), nodes, inputs: [], outputs: [] });

describe('bytes in use at each step', () => {
  it('the union of the live ranges: overlapping ranges count once, a nested range adds nothing, adjacent ones add up', () => {
    const g = graphOf(node('a', [], []), node('b', [], []), node('c', [], []));
    const t = memoryTimeline(g, plan([
      buf('p', 0, 10, 0, 0), buf('q', 5, 10, 0, 0), buf('r', 20, 10, 0, 0), // step 0: [0, 15) + [20, 30) = 25
      buf('big', 0, 100, 1, 1), buf('inner', 10, 10, 1, 1), // step 1: 100
      buf('lo', 0, 10, 2, 2), buf('hi', 10, 10, 2, 2), // step 2: 20
    ], ['a', 'b', 'c']));
    expect(t.steps).toEqual([{ layer: 'a', liveBytes: 25 }, { layer: 'b', liveBytes: 100 }, { layer: 'c', liveBytes: 20 }]);
    expect(t.peak?.step).toBe(1);
  });

  it('equal peaks: the first step is the peak', () => {
    const g = graphOf(node('a', [], ['x']), node('b', [], ['y']));
    const t = memoryTimeline(g, plan([buf('x', 0, 50, 0, 0), buf('y', 0, 50, 1, 1)], ['a', 'b']));
    expect(t.peak).toEqual({ step: 0, layer: 'a', liveBytes: 50, tensors: [{ tensor: 'x', role: 'output', bytes: 50 }] });
  });

  it("TFLM's scopes: op i is scope i + 1; a buffer alive in scope 0 only is before the first op", () => {
    const g = graphOf(node('a', ['in'], ['x']), node('b', ['x'], ['y']));
    const t = memoryTimeline(g, plan([
      buf('in', 0, 16, 0, 1), // scopes 0-1: step 0
      buf('early', 16, 32, 0, 0), // scope 0 only: no step
      buf('x', 48, 16, 1, 2), // steps 0-1
      buf('y', 0, 16, 2, 2), // step 1
    ], ['a', 'b'], { planner: 'tflm' }));
    expect(t.steps).toEqual([{ layer: 'a', liveBytes: 32 }, { layer: 'b', liveBytes: 32 }]);
  });

  it("TFLM's scopes: a buffer last used in scope 1 is gone at the second op (scope 2)", () => {
    const g = graphOf(node('a', ['in'], ['x']), node('b', ['x'], ['y']));
    const t = memoryTimeline(g, plan([buf('in', 0, 16, 0, 1), buf('x', 16, 16, 1, 2), buf('y', 32, 16, 2, 2)], ['a', 'b'], { planner: 'tflm' }));
    expect(t.steps).toEqual([{ layer: 'a', liveBytes: 32 }, { layer: 'b', liveBytes: 32 }]);
  });

  it('steps with nothing alive: the first one is still the peak, at 0 B', () => {
    expect(memoryTimeline(graphOf(node('a', [], []), node('b', [], [])), plan([], ['a', 'b'])).peak).toEqual({ step: 0, layer: 'a', liveBytes: 0, tensors: [] });
  });

  it('a buffer starting after the last step is left out; no steps, no peak', () => {
    const g = graphOf(node('a', [], ['x']));
    expect(memoryTimeline(g, plan([buf('x', 0, 8, 0, 0), buf('late', 8, 8, 5, 6)], ['a'])).steps).toEqual([{ layer: 'a', liveBytes: 8 }]);
    expect(memoryTimeline(graphOf(), plan([], []))).toEqual({ steps: [], peak: null });
  });
});

describe('the tensors at the peak and their roles', () => {
  it("input, output, the layer's own scratch, another layer's scratch held, largest first then by name", () => {
    const g = graphOf(node('a', [], ['x']), node('L', ['x'], ['y']));
    const t = memoryTimeline(g, plan([
      buf('x', 0, 40, 0, 1), buf('y', 40, 40, 1, 1), buf('L#scratch0', 80, 12, 1, 1, 'scratch'),
      buf('a#scratch', 92, 12, 1, 1, 'scratch'), buf('kept', 104, 40, 0, 1),
    ], ['a', 'L']));
    expect(t.peak).toEqual({
      step: 1, layer: 'L', liveBytes: 144,
      tensors: [
        { tensor: 'kept', role: 'held', bytes: 40 },
        { tensor: 'x', role: 'input', bytes: 40 },
        { tensor: 'y', role: 'output', bytes: 40 },
        // equal sizes by name, case ignored first (a before L; by code point L would come first): compareNames
        { tensor: 'a#scratch', role: 'held', bytes: 12 },
        { tensor: 'L#scratch0', role: 'scratch', bytes: 12 },
      ],
    });
  });

  it('a folded Pad: the layer reads the unpadded tensor; a step the planner added is found in addedSteps', () => {
    const g = graphOf(node('pad', ['x'], ['xp']), node('conv', ['xp'], ['y']));
    const t = memoryTimeline(g, plan([buf('x', 0, 40, 0, 1), buf('y', 40, 60, 1, 1)], ['pad', 'conv'], { folds: [{ pad: 'pad', into: 'conv', input: 'x', savedBytes: 48 }] }));
    expect(t.peak?.tensors).toEqual([{ tensor: 'y', role: 'output', bytes: 60 }, { tensor: 'x', role: 'input', bytes: 40 }]);
    const added = memoryTimeline(graphOf(), plan([buf('x', 0, 8, 0, 0), buf('xt', 8, 8, 0, 0)], ['x_transpose'], { addedSteps: [{ name: 'x_transpose', inputs: ['x'], outputs: ['xt'] }] }));
    expect(added.peak?.tensors).toEqual([{ tensor: 'x', role: 'input', bytes: 8 }, { tensor: 'xt', role: 'output', bytes: 8 }]);
    // two added steps (an input's and an output's transpose), the peak at the second: its own reads and writes
    const second = memoryTimeline(graphOf(), plan([buf('x', 0, 8, 0, 0), buf('xt', 8, 8, 0, 0), buf('y', 0, 32, 1, 1), buf('yt', 32, 32, 1, 1)], ['x_t', 'y_t'], {
      addedSteps: [{ name: 'x_t', inputs: ['x'], outputs: ['xt'] }, { name: 'y_t', inputs: ['y'], outputs: ['yt'] }],
    }));
    expect(second.peak).toEqual({ step: 1, layer: 'y_t', liveBytes: 64, tensors: [{ tensor: 'y', role: 'input', bytes: 32 }, { tensor: 'yt', role: 'output', bytes: 32 }] });
  });
});
