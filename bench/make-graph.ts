/**
 * A large IR graph for planning-time benchmarks: `blocks` residual int8 blocks on a 16 x 16 x 32
 * feature map (1x1 conv, 3x3 depthwise, Add with the block's input): 3 nodes per block.
 */
import type { Graph, Node, Tensor } from '../src/ir/graph.js';

export function residualGraph(blocks: number): Graph {
  const tensors = new Map<string, Tensor>();
  const nodes: Node[] = [];
  const act = (name: string): string => {
    tensors.set(name, { name, dtype: 'int8', shape: [1, 16, 16, 32] });
    return name;
  };
  const weight = (name: string, shape: number[]): string => {
    tensors.set(name, { name, dtype: 'int8', shape, data: { kind: 'computed', by: 'bench' } });
    return name;
  };
  const node = (name: string, op: Node['op'], inputs: string[], attrs: Node['attrs']): string => {
    const out = act(`${name}_out`);
    nodes.push({ name, op, sourceOp: op, inputs, outputs: [out], attrs });
    return out;
  };
  let x = act('input');
  for (let b = 0; b < blocks; b++) {
    const pw = node(`pw${b}`, 'Conv', [x, weight(`pw${b}_w`, [32, 1, 1, 32])], { layout: 'NHWC', weight_layout: 'OHWI', auto_pad: 'VALID' });
    const dw = node(`dw${b}`, 'Conv', [pw, weight(`dw${b}_w`, [1, 3, 3, 32])], { layout: 'NHWC', weight_layout: 'IHWO', auto_pad: 'SAME_UPPER' });
    x = node(`add${b}`, 'Add', [dw, x], {});
  }
  return { name: `residual-${blocks}`, nodes, tensors, inputs: ['input'], outputs: [x] };
}

/**
 * The exact order search's worst case within its bounds (memory/best.ts): MAX_EXACT_NODES nodes, a
 * chain of `n - k` Relus then `k` independent Relus reading its end, each a graph output (nothing
 * is freed, no order prunes another): 2^k + n - k executed-node sets, most of them past the chain's
 * first 64 nodes.
 */
export function searchWorstGraph(n: number, k: number): Graph {
  const tensors = new Map<string, Tensor>();
  const nodes: Node[] = [];
  const act = (name: string, c: number): string => {
    tensors.set(name, { name, dtype: 'float32', shape: [1, c] });
    return name;
  };
  let x = act('input', 4);
  for (let i = 0; i < n - k; i++) {
    const y = act(`c${i}`, 4);
    nodes.push({ name: `chain${i}`, op: 'Relu', sourceOp: 'Relu', inputs: [x], outputs: [y], attrs: {} });
    x = y;
  }
  const outputs: string[] = [];
  for (let i = 0; i < k; i++) {
    const y = act(`b${i}`, 4 + i);
    nodes.push({ name: `branch${i}`, op: 'Relu', sourceOp: 'Relu', inputs: [x], outputs: [y], attrs: {} });
    outputs.push(y);
  }
  return { name: `search-${n}-${k}`, nodes, tensors, inputs: ['input'], outputs };
}
