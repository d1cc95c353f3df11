/**
 * The small passes at the edges their other tests do not reach (issue 19's survivors): the zero bias
 * on layers without constant weights or with two outputs, the sanity bounds on shapeless and
 * symbolic tensors, the copy of a node without activation parameters, activations that cannot fuse
 * (no output, operands that are not readable constants), the invariants' messages, the opset read
 * from a model's metadata, Q/DQ parameters with operands missing, and how inferred shapes meet
 * declared ones. Each case is a graph built by hand; the expected result is read off it.
 */
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import type { Graph, Node } from '../../src/ir/graph.js';
import type { PassContext } from '../../src/passes/pass.js';
import { biasPass } from '../../src/passes/bias.js';
import { checkShapes } from '../../src/passes/bounds.js';
import { cloneGraph } from '../../src/passes/clone.js';
import { fuseActivationPass } from '../../src/passes/fuse-activation.js';
import { verifyInvariants } from '../../src/passes/invariants.js';
import { runPipeline } from '../../src/passes/pipeline.js';
import { holdsQuantized, quantizeStorage, readQuantParams } from '../../src/passes/qdq-params.js';
import { checkLimits, mergeDType, mergeShape } from '../../src/passes/shapes/merge.js';
import { newState } from '../../src/passes/shapes/state.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { infer } from '../ops/run.js';
import { modelOf } from './context.js';

const ctx = {} as PassContext;
const node = (g: Graph, name: string): Node => g.nodes.find((n) => n.name === name) as Node;

describe('zero bias', () => {
  it('no bias for weights the graph does not hold, nor for a layer with two outputs', () => {
    const b = new GraphBuilder();
    const x = b.input('x', 'float32', [1, 4]);
    b.output(b.node('Gemm', [x, 'ghost'], {}, { name: 'nowhere', outShapes: [[1, 4]] }));
    const w = b.constant('w', 'float32', [4, 4]);
    b.graph.nodes.push({ name: 'two', op: 'Gemm', sourceOp: 'Gemm', inputs: [x, w], outputs: [b.tensor('o1', 'float32', [1, 4]), b.tensor('o2', 'float32', [1, 4])], attrs: {} });
    const g = biasPass.run(b.graph, ctx);
    expect([node(g, 'nowhere').inputs, node(g, 'two').inputs]).toEqual([['x', 'ghost'], ['x', 'w']]);
  });
});

describe('sanity bounds', () => {
  it('a shapeless tensor passes; a symbol does not hide the known dims after it; the shape is named in full', () => {
    const b = new GraphBuilder();
    b.tensor('free', 'float32');
    expect(() => checkShapes(b.graph)).not.toThrow();
    b.input('t', 'float32', ['N', 2 ** 41]);
    expect(() => checkShapes(b.graph)).toThrow("tensor 't' declares shape [Nx2199023255552]: over 1099511627776 elements, beyond any model (the file is likely corrupt)");
  });
});

describe('clone', () => {
  it('a node without activation parameters gets none in the copy', () => {
    const b = new GraphBuilder();
    b.output(b.node('Relu', [b.input('x', 'float32', [1])], {}, { name: 'r' }));
    expect('activationAttrs' in (cloneGraph(b.graph).nodes[0] as Node)).toBe(false);
  });
});

describe('activation fusion', () => {
  /** Conv -> `act` (built by `make`), returns the graph after the pass. */
  function convThen(make: (b: GraphBuilder, c: string) => void): Graph {
    const b = new GraphBuilder();
    const c = b.node('Conv', [b.input('x', 'float32', [1, 1, 4, 4]), b.constant('w', 'float32', [1, 1, 1, 1])], {}, { name: 'conv' });
    make(b, c);
    return fuseActivationPass.run(b.graph, ctx);
  }

  it('an activation that writes nothing, or an omitted output, is not fused', () => {
    for (const outputs of [[], ['']]) {
      const g = convThen((b, c) => {
        b.graph.nodes.push({ name: 'relu', op: 'Relu', sourceOp: 'Relu', inputs: [c], outputs, attrs: {} });
      });
      expect([node(g, 'conv').activation, g.nodes.map((n) => n.name)]).toEqual([undefined, ['conv', 'relu']]);
    }
  });

  it('Clip with a min that names no tensor is not fused; with a min not readable yet it fuses without that bound', () => {
    const ghost = convThen((b, c) => b.output(b.node('Clip', [c, 'ghost'], {}, { name: 'clip' })));
    expect(node(ghost, 'conv').activation).toBeUndefined();
    const later = convThen((b, c) => b.output(b.node('Clip', [c, b.constant('lo', 'float32', []), b.values('hi', 'float32', [6], [])], {}, { name: 'clip' })));
    expect([node(later, 'conv').activation, node(later, 'conv').activationAttrs]).toEqual(['Clip', { max: 6 }]);
  });

  it('LeakyRelu keeps its alpha only (a stray beta is not a parameter of it)', () => {
    const g = convThen((b, c) => b.output(b.node('LeakyRelu', [c], { alpha: 0.2, beta: 3 }, { name: 'lr' })));
    expect(node(g, 'conv').activationAttrs).toEqual({ alpha: 0.2 });
  });
});

describe('invariants', () => {
  it('on the top graph the message names the pass only; a graph output nobody writes is named', () => {
    const b = new GraphBuilder('main');
    b.graph.outputs.push('ghost');
    expect(() => verifyInvariants(b.graph, 'p')).toThrow("after pass 'p': graph output 'ghost' is neither produced, an input nor a constant");
  });

  it('a nested graph may not read an outer tensor that nothing produces', () => {
    const b = new GraphBuilder('main');
    b.tensor('dangling', 'float32', [1]);
    const body = new GraphBuilder('body');
    body.output(body.node('Relu', ['dangling'], {}, { name: 'inner', outShapes: [[1]] }));
    b.graph.nodes.push({ name: 'loop', op: 'Loop', sourceOp: 'Loop', inputs: [], outputs: [], attrs: {}, subgraphs: { body: body.graph } });
    expect(() => verifyInvariants(b.graph, 'p')).toThrow("after pass 'p' (graph 'body'): node 'inner' reads 'dangling', which has no tensor entry");
  });
});

describe('the opset from the metadata', () => {
  it.each([[13, 13], ['13', 13], ['v13', undefined], ['13a', undefined], [[13], undefined]] as const)('%j reads as %s', (meta, opset) => {
    const b = new GraphBuilder();
    b.output(b.node('Relu', [b.input('x', 'float32', [1])], {}, { name: 'r' }));
    expect(runPipeline(modelOf(b.graph, { opset: meta as never }), {}, []).opset).toBe(opset);
  });
});

describe('Q/DQ parameters with operands missing', () => {
  it('no scale input: no parameters; per channel without a data input: the axis as written', () => {
    const b = new GraphBuilder();
    const q = (inputs: string[]): Node => ({ name: 'q', op: 'QuantizeLinear', sourceOp: 'QuantizeLinear', inputs, outputs: [], attrs: { axis: -1 } });
    expect(readQuantParams(b.graph, q(['x']), 'int8')).toBeUndefined();
    const s = b.values('s', 'float32', [0.5, 0.25], [2]);
    expect(readQuantParams(b.graph, q(['ghost', s]), 'int8')).toEqual({ scale: [0.5, 0.25], zeroPoint: [0, 0], dtype: 'int8', axis: -1 });
  });

  it('the stored type: a float output does not count (uint8); a bool tensor holds no quantized integers', () => {
    const b = new GraphBuilder();
    const out = b.tensor('y', 'float32', [1]);
    expect(quantizeStorage(b.graph, { name: 'q', op: 'QuantizeLinear', sourceOp: 'QuantizeLinear', inputs: ['x', 's'], outputs: [out], attrs: {} })).toBe('uint8');
    expect(holdsQuantized({ name: 'b', dtype: 'bool' })).toBe(false);
  });

  it('the stored type of a QuantizeLinear whose output has no tensor entry: uint8 (the ONNX default)', () => {
    const b = new GraphBuilder();
    expect(quantizeStorage(b.graph, { name: 'q', op: 'QuantizeLinear', sourceOp: 'QuantizeLinear', inputs: ['x', 's'], outputs: ['nowhere'], attrs: {} })).toBe('uint8');
  });
});

describe('inferred shapes against declared ones', () => {
  const warnings = (d: Diagnostic[]) => d.map((x) => x.message);

  it('a declared shape of another rank whose dims agree where they overlap is still a conflict', () => {
    const g = new GraphBuilder();
    g.node('Relu', [g.input('x', 'float32', [2, 3])], {}, { name: 'r', outShapes: [[2]] });
    expect(warnings(infer(g))).toEqual(["Relu 'r': output 'r_out' is inferred as 2x3 but the file declares 2; using the inferred shape"]);
  });

  it('two different symbols: the inferred one stays; the type stays unknown when nothing is inferred', () => {
    const state = newState(13, []);
    const out = { name: 'y', dtype: 'unknown' as const, shape: ['M'] };
    mergeShape({ name: 'n', op: 'Relu', sourceOp: 'Relu', inputs: [], outputs: ['y'], attrs: {} }, out, ['N'], state);
    expect(out.shape).toEqual(['N']);
    mergeDType(out, undefined);
    expect(out.dtype).toBe('unknown');
  });

  it('past 2^53 elements with a symbol among the dims: still flagged', () => {
    const diagnostics: Diagnostic[] = [];
    checkLimits({ name: 'n', op: 'Relu', sourceOp: 'Relu', inputs: [], outputs: ['y'], attrs: {} }, [{ name: 'y', dtype: 'float32', shape: ['N', 2 ** 54] }], newState(13, diagnostics));
    expect(warnings(diagnostics)).toEqual(["Relu 'n': output 'y' (Nx18014398509481984) has more than 2^53 elements; counts for it are capped (E_LIMIT)"]);
  });

  it('an omitted input is not named as the cause of an unknown output', () => {
    // a Loop with its trip count and condition omitted and no body: nothing known of its output
    const g = new GraphBuilder();
    g.node('Loop', ['', ''], {}, { name: 'loop' });
    expect(warnings(infer(g))).toEqual(["Loop 'loop': cannot infer the shape of 'loop_out': its nested graphs give outputs of different ranks or of unknown shape"]);
  });
});
