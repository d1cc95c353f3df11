import { describe, expect, it } from 'vitest';
import { FootprintError } from '../../../src/diagnostics/diagnostic.js';
import { readModel } from '../../../src/frontends/registry.js';
import { OnnxBuilder, memoryInput } from '../../builders/onnx.js';
import { expectFootprintError, load, tensorOf } from './helpers.js';

function small(): Uint8Array {
  const b = new OnnxBuilder({ opset: 13 });
  const x = b.input('x', 'float32', [1, 3, 4, 4]);
  b.initializer('w', 'float32', [2, 3, 1, 1], { values: [1, 2, 3, 4, 5, 6] });
  b.initializer('shape', 'int64', [2], { values: [1, -1], typed: true });
  const y = b.node('Conv', [x, 'w'], { kernel_shape: [1, 1] });
  const s = b.subgraph('then');
  s.output(s.node('Relu', [y]), 'float32');
  const c = b.input('c', 'bool', []);
  const z = b.node('If', [c], { then_branch: s, else_branch: s });
  b.output(b.node('Reshape', [z, 'shape']), 'float32', [1, 32]);
  return b.build();
}

const read = (bytes: Uint8Array, path = 'm.onnx') => readModel(memoryInput(path, bytes));

describe('ONNX bad input', () => {
  it('loads the untouched model', () => {
    expect(read(small()).graph.nodes).toHaveLength(3);
  });

  it('throws a FootprintError naming the file at every truncation point', () => {
    const bytes = small();
    for (let cut = 0; cut < bytes.length; cut++) {
      const e = expectFootprintError(() => read(bytes.subarray(0, cut)));
      expect(e.file).toBe('m.onnx');
      expect(['E_TRUNCATED', 'E_MALFORMED', 'E_UNKNOWN_FORMAT', 'E_GRAPH']).toContain(e.code);
    }
  });

  it('never throws anything but a FootprintError on random byte flips', () => {
    const bytes = small();
    let seed = 12345;
    const rand = (n: number): number => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed % n; };
    let models = 0;
    for (let i = 0; i < 3000; i++) {
      const copy = Uint8Array.from(bytes);
      const flips = 1 + rand(3);
      for (let k = 0; k < flips; k++) copy[rand(copy.length)] = rand(256);
      let code = 'read';
      try {
        const m = read(copy);
        models++;
        for (const t of m.graph.tensors.values()) for (const d of t.shape ?? []) expect(Number.isNaN(d)).toBe(false);
      } catch (e: unknown) {
        if (!(e instanceof FootprintError)) throw e;
        code = e.code;
      }
      expect(code).not.toBe('E_INTERNAL');
    }
    expect(models).toBeGreaterThan(0);
  });

  it('reports an empty file as E_TRUNCATED', () => {
    expect(expectFootprintError(() => read(new Uint8Array(0)), 'E_TRUNCATED').message).toContain('empty');
  });

  it('reports a length beyond the end of the file as E_TRUNCATED with the offset', () => {
    const e = expectFootprintError(() => read(new Uint8Array([0x08, 0x07, 0x3a, 0xff, 0xff, 0x03, 0x0a])), 'E_TRUNCATED');
    expect(e.offset).toBe(2);
    expect(e.message).toContain('65535');
  });

  it('reports a nested length beyond its message as E_MALFORMED', () => {
    // graph (field 7) of 4 bytes holding a node (field 1) that declares 9 bytes.
    const e = expectFootprintError(() => read(new Uint8Array([0x08, 0x07, 0x3a, 0x04, 0x0a, 0x09, 0x00, 0x00, 0x42, 0x00])), 'E_MALFORMED');
    expect(e.offset).toBe(4);
  });

  it('reports a varint longer than 10 bytes', () => {
    const e = expectFootprintError(() => read(new Uint8Array([0x08, ...new Array<number>(11).fill(0xff), 0x01])), 'E_MALFORMED');
    expect(e.message).toContain('10 bytes');
  });

  it('reports deeply nested types as E_LIMIT', () => {
    // TypeProto{ sequence_type (4): Sequence{ elem_type (1): TypeProto{ ... } } } nested 150 times.
    let t: number[] = [];
    const lenBytes = (n: number): number[] => (n < 128 ? [n] : [(n & 0x7f) | 0x80, n >> 7]);
    for (let i = 0; i < 150; i++) {
      const seq = [0x0a, ...lenBytes(t.length), ...t];
      t = [0x22, ...lenBytes(seq.length), ...seq];
    }
    const vi = [0x0a, 0x01, 0x78, 0x12, ...lenBytes(t.length), ...t];
    const graph = [0x5a, ...lenBytes(vi.length), ...vi];
    const bytes = new Uint8Array([0x08, 0x07, 0x3a, ...lenBytes(graph.length), ...graph, 0x42, 0x02, 0x10, 0x0d]);
    expectFootprintError(() => read(bytes), 'E_LIMIT');
  });

  it('keeps huge declared dims as numbers without allocating', () => {
    const b = new OnnxBuilder();
    const x = b.input('x', 'float32', [2 ** 40, 2 ** 40]);
    b.output(b.node('Relu', [x]), 'float32', [2 ** 40, 2 ** 40]);
    expect(tensorOf(load(b), 'x').shape).toEqual([2 ** 40, 2 ** 40]);
  });

  it('rejects an initializer whose data does not match its dims', () => {
    const b = new OnnxBuilder();
    b.initializer('w', 'float32', [2], { values: [1, 2, 3] });
    b.output(b.node('Relu', ['w']), 'float32');
    expect(expectFootprintError(() => load(b), 'E_MALFORMED').message).toContain("'w'");
  });

  it('rejects duplicate initializers and outputs produced twice', () => {
    const b = new OnnxBuilder();
    b.initializer('w', 'float32', [1]);
    b.initializer('w', 'float32', [1]);
    b.output(b.node('Relu', ['w']), 'float32');
    expect(expectFootprintError(() => load(b), 'E_GRAPH').message).toContain("'w'");
    const b2 = new OnnxBuilder();
    const x = b2.input('x', 'float32', [1]);
    b2.node('Relu', [x], {}, { name: 'a', outputs: ['y'] });
    b2.node('Neg', [x], {}, { name: 'b', outputs: ['y'] });
    b2.output('y', 'float32');
    const e = expectFootprintError(() => load(b2), 'E_GRAPH');
    expect(e.message).toMatch(/'y'.*'a'.*'b'/);
  });

  it('names both definers of a name defined twice, whatever they are', () => {
    const twice = (build: (b: OnnxBuilder) => void): string => {
      const b = new OnnxBuilder();
      build(b);
      return expectFootprintError(() => load(b), 'E_GRAPH').message;
    };
    expect(twice((b) => {
      b.initializer('w', 'float32', [1]);
      b.initializer('w', 'float32', [1]);
      b.output(b.node('Relu', ['w']), 'float32');
    })).toContain("'w' is defined twice in graph 'test': by an initializer and by an initializer");
    expect(twice((b) => {
      const x = b.input('x', 'float32', [1]);
      b.node('Relu', [x], {}, { name: 'r', outputs: ['x'] });
      b.output('x', 'float32');
    })).toContain("'x' is defined twice in graph 'test': by a graph input and by node 'r'");
    expect(twice((b) => {
      b.node('Constant', [], { value_int: 1 }, { name: 'k', outputs: ['c'] });
      b.node('Relu', [b.input('x', 'float32', [1])], {}, { name: 'r', outputs: ['c'] });
      b.output('c', 'float32');
    })).toContain("'c' is defined twice in graph 'test': by Constant node 'k' and by node 'r'");
    expect(twice((b) => {
      b.node('Split', [b.input('x', 'float32', [2])], {}, { name: 's', outputs: ['y', 'y'] });
      b.output('y', 'float32');
    })).toContain("'y' is defined twice in graph 'test': by node 's' and by node 's'");
    expect(twice((b) => {
      b.initializer('w', 'float32', [1]);
      b.node('Relu', [b.input('x', 'float32', [1])], {}, { name: 'r', outputs: ['w'] });
      b.output('w', 'float32');
    })).toContain("'w' is defined twice in graph 'test': by an initializer and by node 'r'");
  });

  // The first definer is found again from the name's place among the tensors (map-graph.ts): each
  // kind of definer, before and after the others, and a node's later output.
  it('names the first definer wherever it stands among the others', () => {
    const twice = (build: (b: OnnxBuilder) => void): string => {
      const b = new OnnxBuilder();
      build(b);
      return expectFootprintError(() => load(b), 'E_GRAPH').message;
    };
    const sparse = (b: OnnxBuilder, name: string): void => {
      b.graphProto().sparse_initializer = [{
        dims: [2],
        values: { name, data_type: 1, dims: [1], float_data: [1] },
        indices: { name: `${name}_idx`, data_type: 7, dims: [1], int64_data: [0] },
      }];
    };
    expect(twice((b) => {
      b.initializer('w', 'float32', [2]);
      sparse(b, 'w');
      b.output(b.node('Relu', ['w']), 'float32');
    })).toContain("'w' is defined twice in graph 'test': by an initializer and by a sparse initializer");
    expect(twice((b) => {
      b.initializer('w', 'float32', [2]);
      sparse(b, 's');
      b.node('Relu', [b.input('x', 'float32', [2])], {}, { name: 'r', outputs: ['s'] });
      b.output('s', 'float32');
    })).toContain("'s' is defined twice in graph 'test': by a sparse initializer and by node 'r'");
    expect(twice((b) => {
      b.input('x', 'float32', [1]);
      b.input('x', 'float32', [1]);
      b.output(b.node('Relu', ['x']), 'float32');
    })).toContain("'x' is defined twice in graph 'test': by a graph input and by a graph input");
    const chain = (b: OnnxBuilder, last: { name: string; constant?: boolean; output: string }): void => {
      const x = b.input('x', 'float32', [1]);
      b.initializer('w', 'float32', [1]);
      b.node('Split', [x], {}, { name: 's', outputs: ['a', 'b'] });
      b.node('Constant', [], { value_int: 1 }, { name: 'k', outputs: ['c'] });
      b.node('Relu', ['a'], {}, { name: 'r', outputs: ['d'] });
      if (last.constant === true) b.node('Constant', [], { value_int: 2 }, { name: last.name, outputs: [last.output] });
      else b.node('Relu', ['d'], {}, { name: last.name, outputs: [last.output] });
      b.output(last.output, 'float32');
    };
    expect(twice((b) => chain(b, { name: 't', output: 'b' }))).toContain("'b' is defined twice in graph 'test': by node 's' and by node 't'");
    expect(twice((b) => chain(b, { name: 't', output: 'd' }))).toContain("'d' is defined twice in graph 'test': by node 'r' and by node 't'");
    expect(twice((b) => chain(b, { name: 't', output: 'c' }))).toContain("'c' is defined twice in graph 'test': by Constant node 'k' and by node 't'");
    expect(twice((b) => chain(b, { name: 'k2', constant: true, output: 'c' }))).toContain("'c' is defined twice in graph 'test': by Constant node 'k' and by Constant node 'k2'");
    expect(twice((b) => chain(b, { name: 'k2', constant: true, output: 'd' }))).toContain("'d' is defined twice in graph 'test': by node 'r' and by Constant node 'k2'");
    expect(twice((b) => chain(b, { name: 'k2', constant: true, output: 'w' }))).toContain("'w' is defined twice in graph 'test': by an initializer and by Constant node 'k2'");
  });

  it('rejects a node reading a tensor nobody produces, naming node and tensor', () => {
    const b = new OnnxBuilder();
    const x = b.input('x', 'float32', [1]);
    b.output(b.node('Add', [x, 'ghost'], {}, { name: 'adder' }), 'float32');
    const e = expectFootprintError(() => load(b), 'E_GRAPH');
    expect(e.node).toBe('adder');
    expect(e.message).toContain("'ghost'");
  });

  it('rejects a model without a graph or without opsets', () => {
    expectFootprintError(() => read(new Uint8Array([0x08, 0x07, 0x42, 0x02, 0x10, 0x0d])), 'E_MALFORMED');
    expectFootprintError(() => read(new Uint8Array([0x08, 0x07, 0x3a, 0x00])), 'E_MALFORMED');
  });
});
