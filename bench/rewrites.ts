/**
 * Graph rewrites at scale (issue 13): the pass pipeline on a Conv -> Relu -> Add chain (the Relu
 * fuses into the Conv, every fusion renames a tensor) of 3k to 100k nodes. Prints wall and CPU
 * time and the time per node; a linear pipeline keeps the per-node time flat. Usage:
 *   npx tsx bench/rewrites.ts
 */
import { runPipeline } from '../src/passes/pipeline.js';
import type { Graph, Model, Node, Tensor } from '../src/ir/graph.js';

function chain(blocks: number): Graph {
  const tensors = new Map<string, Tensor>();
  const nodes: Node[] = [];
  const t = (name: string, weight = false): string => {
    tensors.set(name, weight
      ? { name, dtype: 'float32', shape: [8, 8, 1, 1], data: { kind: 'computed', by: 'bench' } }
      : { name, dtype: 'float32', shape: [1, 8, 4, 4] });
    return name;
  };
  let x = t('in');
  for (let i = 0; i < blocks; i++) {
    const c = t(`c${i}`);
    nodes.push({ name: `conv${i}`, op: 'Conv', sourceOp: 'Conv', inputs: [x, t(`w${i}`, true)], outputs: [c], attrs: { kernel_shape: [1, 1] } });
    const r = t(`r${i}`);
    nodes.push({ name: `relu${i}`, op: 'Relu', sourceOp: 'Relu', inputs: [c], outputs: [r], attrs: {} });
    const a = t(`a${i}`);
    nodes.push({ name: `add${i}`, op: 'Add', sourceOp: 'Add', inputs: [r, x], outputs: [a], attrs: {} });
    x = a;
  }
  return { name: 'chain', nodes, tensors, inputs: ['in'], outputs: [x] };
}

for (const blocks of [1_000, 3_334, 10_000, 33_334]) {
  const graph = chain(blocks);
  const model = { path: 'chain.onnx', format: 'onnx', meta: {}, graph, diagnostics: [] } as unknown as Model;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  runPipeline(model, {});
  const cpu = process.cpuUsage(c0);
  const wall = performance.now() - t0;
  console.log(`${(3 * blocks).toLocaleString('en-US').padStart(8)} nodes: ${wall.toFixed(0).padStart(6)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(0).padStart(6)} ms CPU, ${((wall / (3 * blocks)) * 1000).toFixed(1)} us/node`);
}
