/** ONNX `Constant` nodes become constant tensors; no node is left for them. */
import type { Tensor } from '../../ir/graph.js';
import { FootprintError } from '../../diagnostics/diagnostic.js';
import { toNum, type LazyAttribute, type LazyNode } from './lazy.js';
import { mapSparseTensor, mapTensor } from './tensor.js';
import type { MapContext } from './map-graph.js';

const utf8 = new TextDecoder();

export function constantNodeTensor(ctx: MapContext, ln: LazyNode, attrs: readonly LazyAttribute[], nodeName: string): Tensor {
  const output = ln.proto.output[0];
  const fail = (msg: string): FootprintError =>
    new FootprintError('E_MALFORMED', `ONNX: Constant node '${nodeName}' ${msg}`, { file: ctx.reader.file, node: nodeName, offset: ln.at });
  if (!output) throw fail('has no output');
  const a = attrs[0];
  if (!a || attrs.length !== 1) throw fail(`must have exactly one value attribute, found ${attrs.length}`);
  const p = a.proto;
  const vals = (dtype: Tensor['dtype'], values: number[], shape: number[]): Tensor => ({ name: output, dtype, shape, data: { kind: 'values', values } });
  switch (p.name) {
    case 'value':
      if (!a.t) throw fail("has a 'value' attribute without a tensor");
      return { ...mapTensor(ctx, a.t, output), name: output };
    case 'sparse_value':
      if (!a.sparse) throw fail("has a 'sparse_value' attribute without a sparse tensor");
      return { ...mapSparseTensor(a.sparse, output), name: output };
    case 'value_float': return vals('float32', [p.f], []);
    case 'value_floats': return vals('float32', p.floats.slice(), [p.floats.length]);
    case 'value_int': return vals('int64', [toNum(p.i)], []);
    case 'value_ints': return vals('int64', p.ints.map(toNum), [p.ints.length]);
    case 'value_string': return { name: output, dtype: 'string', shape: [], data: { kind: 'strings', values: [utf8.decode(p.s)] } };
    case 'value_strings': {
      const values = p.strings.map((s) => utf8.decode(s));
      return { name: output, dtype: 'string', shape: [values.length], data: { kind: 'strings', values } };
    }
    default:
      throw fail(`has unsupported attribute '${p.name}'`);
  }
}
