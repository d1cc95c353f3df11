/**
 * TFLite SubGraph -> IR Graph. Only tensors that operators or the graph's inputs/outputs use are
 * mapped; node names are their first output tensor's name (METRICS.md "Names"), made unique;
 * WHILE/IF/CALL_ONCE subgraphs are mapped recursively into `node.subgraphs`.
 */
import { readsQuantizedIntegers } from '../../ir/integer.js';
import type { Graph, Node } from '../../ir/graph.js';
import type { DType } from '../../ir/dtype.js';
import { readValues } from '../../ir/tensor-data.js';
import { diag, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { BuiltinOperator, Operator, SubGraph, Tensor as TflTensor, type Model as TflModel } from '../../schemas/tflite/tflite.js';
import type { PagedByteBuffer } from './paged-buffer.js';
import { mapTensor } from './tensor.js';
import type { MappedOp, OpContext } from './op-context.js';
import { BUILTINS } from './map-op.js';
import { customOp } from './custom.js';
import { UniqueNames } from '../../ir/names.js';
import type { GraphBudget } from '../graph-budget.js';

export interface OpCode {
  builtin: number;
  custom: string;
  version: number;
}

export interface ReadContext {
  bb: PagedByteBuffer;
  model: TflModel;
  codes: OpCode[];
  diagnostics: Diagnostic[];
  /** Subgraphs being mapped (recursion guard) and how many were mapped in all (budget). */
  visiting: Set<number>;
  mapped: number;
  /** The model's counts of nodes and tensors, every subgraph instance included. */
  budget: GraphBudget;
}

/** Small constants a rule may read (shape vectors, axes, paddings). */
const SMALL = 4096;
/** Subgraph instances mapped per model at most (each WHILE/IF maps its bodies once). */
const MAX_SUBGRAPHS = 1000;


export function mapSubgraph(ctx: ReadContext, index: number, fallbackName: string): Graph {
  const { bb, model } = ctx;
  const count = model.subgraphsLength();
  if (index < 0 || index >= count) throw bb.error('E_MALFORMED', `${bb.what} refers to subgraph ${index} but the model has ${count}`, 0);
  if (ctx.visiting.has(index)) throw bb.error('E_MALFORMED', `subgraph ${index} calls itself (through WHILE/IF/CALL_ONCE)`, 0);
  if (++ctx.mapped > MAX_SUBGRAPHS) throw bb.error('E_LIMIT', `more than ${MAX_SUBGRAPHS} nested subgraph instances`, 0);
  ctx.visiting.add(index);
  bb.what = `subgraph ${index}`;
  const sg = model.subgraphs(index, new SubGraph());
  if (!sg) throw bb.error('E_MALFORMED', `subgraph ${index} is missing`, 0);
  const over = ctx.budget.take(`subgraph ${index}`, sg.operatorsLength(), sg.tensorsLength());
  if (over !== undefined) throw bb.error('E_LIMIT', over, sg.bb_pos);
  const g: Graph = { name: String(sg.name() ?? '') || fallbackName, tensors: new Map(), nodes: [], inputs: [], outputs: [] };

  const tensorCount = sg.tensorsLength();
  const taken = new UniqueNames();
  // each tensor's name once mapped, by index (a list: a map of a 100k-operator model's 233k tensors was 11 MiB)
  const names: (string | undefined)[] = new Array<string | undefined>(tensorCount);
  const tensorName = (i: number, what: string): string => {
    if (!Number.isInteger(i) || i < 0 || i >= tensorCount) throw bb.error('E_MALFORMED', `${what} refers to tensor ${i} but subgraph ${index} has ${tensorCount}`, sg.bb_pos);
    let name = names[i];
    if (name === undefined) {
      bb.what = `tensor ${i} of subgraph ${index}`;
      const tt = sg.tensors(i, new TflTensor());
      if (!tt) throw bb.error('E_MALFORMED', `tensor ${i} of subgraph ${index} is missing`, sg.bb_pos);
      name = taken.take(String(tt.name() ?? '') || `tensor_${i}`);
      names[i] = name;
      g.tensors.set(name, mapTensor(bb, model, tt, name));
    }
    return name;
  };

  for (let i = 0; i < sg.inputsLength(); i++) g.inputs.push(tensorName(sg.inputs(i) ?? -1, `input ${i} of subgraph ${index}`));
  for (let i = 0; i < sg.outputsLength(); i++) g.outputs.push(tensorName(sg.outputs(i) ?? -1, `output ${i} of subgraph ${index}`));

  const nodeNames = new UniqueNames();
  const op = new Operator();
  // the subgraph's inputs and what its operators write, by tensor index (1): every other tensor read and
  // not constant is a work area (an index out of range marks nothing: tensorName refuses it)
  const produced = new Uint8Array(tensorCount);
  for (let i = 0; i < sg.inputsLength(); i++) produced[sg.inputs(i) ?? -1] = 1;
  for (let k = 0; k < sg.operatorsLength(); k++) {
    sg.operators(k, op);
    for (let i = 0; i < op.outputsLength(); i++) produced[op.outputs(i) ?? -1] = 1;
  }
  for (let k = 0; k < sg.operatorsLength(); k++) {
    bb.what = `operator ${k} of subgraph ${index}`;
    sg.operators(k, op);
    if (ctx.budget.add(0, 0, op.inputsLength() + op.outputsLength())) throw bb.error('E_LIMIT', ctx.budget.refusal(`operator ${k} of subgraph ${index}`), op.bb_pos);
    g.nodes.push(mapOperator(ctx, g, op, k, index, tensorName, nodeNames, produced));
  }
  ctx.visiting.delete(index);
  return g;
}

function mapOperator(
  ctx: ReadContext, g: Graph, op: Operator, k: number, sgIndex: number,
  tensorName: (i: number, what: string) => string, nodeNames: UniqueNames,
  /** The subgraph's inputs and the tensors its operators write, 1 by tensor index (the others read, not constant, are work areas). */
  produced: Uint8Array,
): Node {
  const { bb } = ctx;
  const where = `operator ${k} of subgraph ${sgIndex}`;
  const codeIndex = op.opcodeIndex();
  const code = ctx.codes[codeIndex];
  if (!code) throw bb.error('E_MALFORMED', `${where} uses operator code ${codeIndex} but the model has ${ctx.codes.length}`, op.bb_pos);
  // (sized up front: a list grown by push from empty reserves 17 entries, 29 MiB for a 100k-operator model's)
  const inputs = new Array<string>(op.inputsLength());
  const scratch: string[] = [];
  for (let i = 0; i < inputs.length; i++) {
    const ti = op.inputs(i) ?? -1;
    const n = ti === -1 ? '' : tensorName(ti, `input ${i} of ${where}`);
    inputs[i] = n;
    if (n !== '' && produced[ti] !== 1 && g.tensors.get(n)?.data === undefined) scratch.push(n);
  }
  const outputs = new Array<string>(op.outputsLength());
  for (let i = 0; i < outputs.length; i++) outputs[i] = tensorName(op.outputs(i) ?? -1, `output ${i} of ${where}`);
  const sourceOp = code.builtin === BuiltinOperator.CUSTOM ? code.custom || 'CUSTOM' : (BuiltinOperator[code.builtin] ?? `BUILTIN_${code.builtin}`);
  const name = nodeNames.take(outputs.find((o) => o !== '') ?? `${sourceOp}_${k}`);

  const c: OpContext = {
    op, inputs, outputs,
    tensor: (n) => g.tensors.get(n),
    input: (i) => (inputs[i] ? g.tensors.get(inputs[i] as string) : undefined),
    values: (i) => {
      const t = inputs[i] ? g.tensors.get(inputs[i] as string) : undefined;
      return t?.data === undefined || t.variable ? undefined : readValues(t, SMALL);
    },
    constant: (suffix: string, dtype: DType, values: number[]) => {
      const n = `${name}/${suffix}`;
      g.tensors.set(n, { name: n, dtype, shape: [values.length], data: { kind: 'values', values } });
      return n;
    },
  };
  let mapped: MappedOp;
  const builtin = BUILTINS.get(code.builtin);
  if (code.builtin === BuiltinOperator.CUSTOM || code.builtin === BuiltinOperator.DELEGATE) {
    mapped = customOp(ctx, c, sourceOp, name);
  } else if (builtin) {
    mapped = builtin(c);
  } else {
    mapped = { op: 'Unknown', attrs: {} };
    ctx.diagnostics.push(diag('W_UNKNOWN_OP', `TFLite operator ${sourceOp} (version ${code.version}) is not supported`, name));
  }
  const node: Node = { name, op: mapped.op, sourceOp, inputs: mapped.inputs ?? inputs, outputs, attrs: mapped.attrs, index: k };
  if (mapped.op === 'Custom' && scratch.length > 0) {
    // Work areas a custom op reads but nothing writes (Vela's scratch/scratch_fast arena tensors):
    // listed as extra outputs so the memory plan reserves them while the op runs.
    node.inputs = node.inputs.filter((i) => !scratch.includes(i));
    node.outputs = [...outputs, ...scratch];
    node.attrs['scratch_tensors'] = scratch;
  }
  if (code.builtin === BuiltinOperator.CUSTOM) node.domain = 'custom';
  if (mapped.activation) {
    node.activation = mapped.activation.kind;
    if (mapped.activation.attrs) node.activationAttrs = mapped.activation.attrs;
  }
  if (mapped.subgraphs && Object.keys(mapped.subgraphs).length > 0) {
    node.subgraphs = {};
    for (const [key, idx] of Object.entries(mapped.subgraphs)) node.subgraphs[key] = mapSubgraph(ctx, idx, `${name}.${key}`);
    ctx.diagnostics.push(diag('W_SUBGRAPH', `node '${name}' (${sourceOp}) runs subgraphs: ${Object.entries(mapped.subgraphs).map(([key, i]) => `${key} = subgraph ${i}`).join(', ')}`, name));
  }
  if (readsQuantizedIntegers(g, node)) node.integer = true;
  return node;
}

/** Every activation (non-constant, non-state) input holds quantized integers: an ss/sa layer. */
