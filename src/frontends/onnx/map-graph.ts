/**
 * LazyGraph -> IR Graph: initializers and Constant nodes become constant tensors, nodes become IR
 * nodes, nested graphs are mapped recursively with the enclosing scopes visible to them. Each node
 * is decoded twice, each time for one pass and dropped after it: its names (every local name must be
 * known before any nested graph is mapped), then its attributes.
 */
import { dtypeAttrs } from './dtype.js';
import type { Graph, Node, Tensor } from '../../ir/graph.js';
import { diag, FootprintError, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { readInitializer, readLazyNode, readNodeAttributes, type LazyGraph } from './lazy.js';
import { attachMlParameters } from './ml-params.js';
import { isDefaultDomain, layoutAttrs, mapAttributes, mapOp } from './map-node.js';
import { constantNodeTensor } from './constant.js';
import { applyQOperator, dropUnusedConstants } from './qoperator.js';
import { mapSparseTensor, mapTensor, type TensorContext } from './tensor.js';
import { DimNamer, mergeValueInfo, tensorFromValueInfo } from './value-info.js';
import { UniqueNames } from '../../ir/names.js';

export interface MapContext extends TensorContext {
  diagnostics: Diagnostic[];
  dims: DimNamer;
}

/** Names visible from a nested graph: its own, then each enclosing graph's. */
export interface Scope {
  has(name: string): boolean;
  parent?: Scope;
}

function inScope(scope: Scope | undefined, name: string): boolean {
  for (let s = scope; s; s = s.parent) if (s.has(name)) return true;
  return false;
}

type Definer = 'initializer' | 'sparse' | 'input' | 'node';
const DEFINER_TEXT: Record<Exclude<Definer, 'node'>, string> = { initializer: 'an initializer', sparse: 'a sparse initializer', input: 'a graph input' };

export function mapGraph(ctx: MapContext, lg: LazyGraph, outer: Scope | undefined, fallbackName: string): Graph {
  const g: Graph = { name: lg.proto.name || fallbackName, tensors: new Map(), nodes: [], inputs: [], outputs: [] };
  const where = (extra: { node?: string } = {}) => ({ file: ctx.reader.file, offset: lg.at, ...extra });
  // Who defined a tensor is needed only to word the error when a name is defined twice. It is
  // found again then, from the name's place in g.tensors (Map order is definition order): the
  // counts where initializers, sparse initializers and inputs end, and the node that defined each
  // later tensor. A valid graph then costs one array slot per node output, not a second map.
  const ends = { initializers: Infinity, sparse: Infinity, inputs: Infinity };
  const definedBy: string[] = [];
  const constantNodes = new Set<string>();
  const describe = (kind: Definer, node: string | undefined): string =>
    kind === 'node' ? `${constantNodes.has(node as string) ? 'Constant node' : 'node'} '${node as string}'` : DEFINER_TEXT[kind];
  const firstDefiner = (name: string): string => {
    let at = 0;
    for (const key of g.tensors.keys()) {
      if (key === name) break;
      at++;
    }
    if (at < ends.initializers) return DEFINER_TEXT.initializer;
    if (at < ends.sparse) return DEFINER_TEXT.sparse;
    if (at < ends.inputs) return DEFINER_TEXT.input;
    return describe('node', definedBy[at - ends.inputs]);
  };
  const define = (t: Tensor, kind: Definer, node?: string): void => {
    if (g.tensors.has(t.name)) {
      throw new FootprintError('E_GRAPH', `ONNX: tensor '${t.name}' is defined twice in graph '${g.name}': by ${firstDefiner(t.name)} and by ${describe(kind, node)}`, where(node === undefined ? {} : { node }));
    }
    g.tensors.set(t.name, t);
    if (kind === 'node') definedBy.push(node as string);
  };

  for (let i = 0; i < lg.initializers.length / 2; i++) define(mapTensor(ctx, readInitializer(ctx.reader, lg, i), `${g.name}.initializer[${i}]`), 'initializer');
  ends.initializers = g.tensors.size;
  lg.sparseInitializers.forEach((s, i) => define(mapSparseTensor(s, `${g.name}.sparse_initializer[${i}]`), 'sparse'));
  ends.sparse = g.tensors.size;
  const inputNames = new Set<string>();
  for (const vi of lg.proto.input) {
    const name = vi.name ?? '';
    const declared = tensorFromValueInfo(vi, name, ctx.dims);
    const init = g.tensors.get(name);
    if (init && !inputNames.has(name)) {
      mergeValueInfo(init, declared); // IR < 4: initializers are listed as inputs too.
      continue;
    }
    define(declared, 'input');
    inputNames.add(name);
    g.inputs.push(name);
  }
  ends.inputs = g.tensors.size;
  const info = new Map<string, Tensor>();
  for (const vi of [...lg.proto.value_info, ...lg.proto.output]) {
    info.set(vi.name ?? '', tensorFromValueInfo(vi, vi.name ?? '', ctx.dims));
  }

  const names = new UniqueNames();
  // the index of each node's range, in g.nodes' order (a number per node, not a pair: 100k nodes' pairs were 3 MiB)
  const ranges: number[] = [];
  for (let index = 0; index < lg.nodes.length / 2; index++) {
    const ln = readLazyNode(ctx.reader, lg, index);
    const p = ln.proto;
    const name = names.take(p.name || p.output.find((o) => o !== '') || `${p.op_type}_${index}`);
    if (p.op_type === 'Constant' && isDefaultDomain(p.domain)) {
      const t = constantNodeTensor(ctx, ln, readNodeAttributes(ctx.reader, lg, index), name);
      constantNodes.add(name);
      define(t, 'node', name);
      continue;
    }
    const { op, diagnostic } = mapOp(p.op_type, p.domain, name);
    if (diagnostic) ctx.diagnostics.push(diagnostic);
    // an input already defined (an initializer, an earlier node's output) takes that tensor's name
    // string: decoded again for every reader, the 100k-node chain's inputs were 166k copies (4 MiB)
    const node: Node = { name, op, sourceOp: p.op_type, inputs: p.input.map((i) => g.tensors.get(i)?.name ?? i), outputs: p.output.slice(), attrs: {} };
    if (!isDefaultDomain(p.domain)) node.domain = p.domain;
    for (const o of node.outputs) {
      if (o === '') continue;
      const t: Tensor = { name: o, dtype: 'unknown' };
      const vi = info.get(o);
      if (vi) mergeValueInfo(t, vi);
      define(t, 'node', name);
    }
    g.nodes.push(node);
    ranges.push(index);
  }

  // Attributes and nested graphs once every local name is known (subgraphs may read any of them).
  const scope: Scope = { has: (n) => g.tensors.has(n), ...(outer ? { parent: outer } : {}) };
  g.nodes.forEach((node, k) => {
    const mapped = mapAttributes(ctx, readNodeAttributes(ctx.reader, lg, ranges[k] as number), node.name);
    node.attrs = mapped.attrs;
    attachMlParameters(g, node, ctx.diagnostics);
    layoutAttrs(node.op, node.attrs);
    dtypeAttrs(node.attrs);
    if (mapped.graphs.length > 0) {
      node.subgraphs = {};
      for (const [key, sub] of mapped.graphs) node.subgraphs[key] = mapGraph(ctx, sub, scope, `${node.name}.${key}`);
      ctx.diagnostics.push(diag('W_SUBGRAPH', `node '${node.name}' (${node.sourceOp}) holds nested graphs: ${Object.keys(node.subgraphs).join(', ')}`, node.name));
    }
  });

  const outerRefs = new Set<string>();
  /** A name this graph does not define: the enclosing scopes' (an outer reference), else an error naming its reader. */
  const resolve = (name: string, node?: Node): void => {
    if (name === '' || g.tensors.has(name)) return;
    if (inScope(outer, name)) {
      outerRefs.add(name);
      return;
    }
    const user = node === undefined ? 'graph output' : `node '${node.name}'`;
    throw new FootprintError('E_GRAPH', `ONNX: ${user} reads tensor '${name}' which no node, input or initializer of graph '${g.name}' produces`, where(node === undefined ? {} : { node: node.name }));
  };
  for (const n of g.nodes) for (const i of n.inputs) resolve(i, n);
  for (const vi of lg.proto.output) {
    const name = vi.name ?? '';
    resolve(name);
    const t = g.tensors.get(name);
    const declared = info.get(name);
    if (t && declared) mergeValueInfo(t, declared);
    else if (!t && declared) g.tensors.set(name, declared); // an outer-scope value returned as is
    g.outputs.push(name);
  }
  if (outerRefs.size > 0) g.outerRefs = [...outerRefs];

  const quantParams = new Set<string>();
  for (const n of g.nodes) for (const q of applyQOperator(ctx, g, n)) quantParams.add(q);
  dropUnusedConstants(g, quantParams);
  return g;
}

