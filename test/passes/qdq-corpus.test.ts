/**
 * QDQ folding over the MLPerf Tiny QDQ ONNX models and ST's ISPU qdense: after the pipeline, no
 * QuantizeLinear/DequantizeLinear sits next to a Conv/Gemm (except real conversions at the float
 * edges: the Quantize of the model input, the Dequantize in front of a float tail such as the
 * final Softmax, as stedgeai keeps it), and weights are int8.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HAS_SHARED, sharedModel } from '../helpers/shared.js';
import { readModel } from '../../src/frontends/registry.js';
import { bytesSource } from '../../src/ir/source.js';
import { runPipeline } from '../../src/passes/pipeline.js';
import type { Graph, Node } from '../../src/ir/graph.js';

const MODELS: { path: string; convs: number; gemms: number }[] = [
  { path: 'tiny_results_v1.3/closed/kai_jiang/code/kws/K1_BOARD_V1.0/models/kws_ref_model.onnx', convs: 9, gemms: 1 },
  { path: 'tiny_results_v1.3/closed/kai_jiang/code/ic/K1_BOARD_V1.0/models/resnet.onnx', convs: 9, gemms: 1 },
  { path: 'tiny_results_v1.3/closed/kai_jiang/code/vww/K1_BOARD_V1.0_HIGH_FREQ/models/mobilenet_v1.onnx', convs: 27, gemms: 1 },
  { path: 'tiny_results_v1.3/closed/kai_jiang/code/ad/K1_BOARD_V1.0/models/deep_autoencoder.onnx', convs: 0, gemms: 10 },
  { path: 'st-mems-ispu/tutorials/st_edge_ai_pytorch/output_ipynb/qdense_64x32.onnx', convs: 0, gemms: 3 },
];

function isQdq(n: Node | undefined): boolean {
  return n?.op === 'QuantizeLinear' || n?.op === 'DequantizeLinear';
}

function neighbours(g: Graph, n: Node): Node[] {
  const reads = new Set(n.inputs);
  const writes = new Set(n.outputs);
  return g.nodes.filter((m) => m !== n && (m.outputs.some((o) => reads.has(o)) || m.inputs.some((i) => writes.has(i))));
}

/** A Dequantize whose result stays float to the end: a graph output, or read by ops computing in float. */
function floatTail(g: Graph, dq: Node): boolean {
  const out = dq.outputs[0] ?? '';
  if (g.outputs.includes(out)) return true;
  const readers = g.nodes.filter((m) => m.inputs.includes(out));
  return readers.length > 0 && readers.every((r) => r.outputs.every((o) => g.tensors.get(o)?.dtype === 'float32'));
}

describe.skipIf(!HAS_SHARED)('qdq folding on QDQ corpus models', () => {
  for (const m of MODELS) {
    it(m.path.split('/').pop() ?? m.path, () => {
      const path = sharedModel(m.path);
      const model = readModel({ path, source: bytesSource(path, readFileSync(path)) });
      const { graph } = runPipeline(model, {});
      const compute = graph.nodes.filter((n) => n.op === 'Conv' || n.op === 'Gemm');
      expect(compute.filter((n) => n.op === 'Conv')).toHaveLength(m.convs);
      expect(compute.filter((n) => n.op === 'Gemm')).toHaveLength(m.gemms);
      for (const n of compute) {
        // Only conversions at the model's float edges may stay next to a compute op: the Quantize
        // of the float input, the Dequantize producing a float graph output.
        const around = neighbours(graph, n).filter(isQdq);
        const allowed = around.filter((q) =>
          (q.op === 'QuantizeLinear' && n.inputs[0] === q.outputs[0] && graph.tensors.get(q.inputs[0] ?? '')?.dtype === 'float32') ||
          (q.op === 'DequantizeLinear' && q.inputs[0] === n.outputs[0] && floatTail(graph, q)));
        expect(around.filter((q) => !allowed.includes(q)).map((q) => q.name), n.name).toEqual([]);
        const w = graph.tensors.get(n.inputs[1] ?? '');
        expect(w?.dtype, n.name).toBe('int8');
        expect(w?.data, n.name).toBeDefined();
        expect(w?.quant?.scale.length, n.name).toBeGreaterThan(0);
        const b = graph.tensors.get(n.inputs[2] ?? '');
        // a quantized bias is int32 (a float or absent bias is not this check's concern)
        expect(b?.quant === undefined ? 'int32' : b.dtype, n.name).toBe('int32');
        expect(n.integer, n.name).toBe(true);
        expect(n.fused?.some((f) => model.graph.nodes.find((o) => o.name === f)?.op === 'DequantizeLinear'), n.name).toBe(true);
        expect(graph.tensors.get(n.outputs[0] ?? '')?.dtype, n.name).toMatch(/^u?int8$/);
      }
      // Whatever Q/DQ stands alone converts at the model's float edges only.
      for (const q of graph.nodes.filter(isQdq)) {
        const edge = q.op === 'QuantizeLinear' ? q.inputs[0] : q.outputs[0];
        const t = graph.tensors.get(edge ?? '');
        expect(t?.dtype, q.name).toBe('float32');
      }
    });
  }
});
