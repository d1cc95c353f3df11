/**
 * Seed 000 rebuilt in code (ST Community: "STM32N6 NPU acceleration sometimes not used for 1x1
 * Conv or Gemm operations"): a QDQ int8 ONNX graph with a 1x1 Conv and a Gemm of 257 output
 * channels (Gemm_28_conv_16: chin 1024). With per-tensor asymmetric outputs (zero point -128, as
 * onnxruntime's default QDQ gives) they go SW with the "scale-offset" reason; with symmetric
 * outputs they stay HW. Both get the prime-channel warning.
 */
import { describe, expect, it } from 'vitest';
import { OnnxBuilder, memoryInput } from '../builders/onnx.js';
import { readModel } from '../../src/frontends/registry.js';
import { runPipeline } from '../../src/passes/pipeline.js';
import { computeMetrics } from '../../src/metrics/index.js';
import { loadTarget } from '../../src/targets/load.js';
import { mapToTarget } from '../../src/mapping/map.js';
import { buildEpochs } from '../../src/mapping/epochs.js';
import { renderEpochs } from '../../src/report/render/target-text.js';
import type { Graph } from '../../src/ir/graph.js';

function seedGraph(outZeroPoint: number): Graph {
  const b = new OnnxBuilder({ opset: 13 });
  const perChannel = (n: number): number[] => new Array<number>(n).fill(0.01);
  const bias = (name: string, n: number): string => {
    const q = b.initializer(name, 'int32', [n]);
    const s = b.initializer(`${name}_scale`, 'float32', [n], { values: new Array<number>(n).fill(0.0002) });
    return b.node('DequantizeLinear', [q, s], { axis: 0 }, { name: `${name}_dq` });
  };
  const x = b.input('Input_18_out_0', 'int8', [1, 257, 4]);
  const s = b.initializer('in_scale', 'float32', [], { values: [0.024541926] });
  const z = b.initializer('in_zp', 'int8', [], { values: [2] });
  const xin = b.node('DequantizeLinear', [x, s, z], {}, { name: 'in_dq' });
  const wa = b.dequantizedWeight('Conv2D_23_w', [257, 257, 1], perChannel(257), { axis: 0 });
  const a = b.qdq(b.node('Conv', [xin, wa, bias('Conv2D_23_b', 257)], { kernel_shape: [1] }, { name: 'Conv2D_23' }), 0.0037, outZeroPoint, 'int8');
  const wb = b.dequantizedWeight('Conv_b_w', [256, 257, 3], perChannel(256), { axis: 0 });
  const c = b.qdq(b.node('Conv', [a, wb, bias('Conv_b_b', 256)], { kernel_shape: [3], pads: [1, 1] }, { name: 'Conv_b' }), 0.05, outZeroPoint, 'int8');
  const f = b.node('Flatten', [c], { axis: 1 }, { name: 'Flatten_27' });
  const wg = b.dequantizedWeight('Gemm_28_w', [257, 1024], perChannel(257), { axis: 0 });
  const g = b.node('Gemm', [f, wg, bias('Gemm_28_b', 257)], { transB: 1 }, { name: 'Gemm_28_conv_16' });
  const gs = b.initializer('out_scale', 'float32', [], { values: [0.003748817] });
  const gz = b.initializer('out_zp', 'int8', [], { values: [outZeroPoint] });
  const y = b.node('QuantizeLinear', [g, gs, gz], {}, { name: 'Quantize_84' });
  b.output(y, 'int8', [1, 257]);
  const model = readModel(memoryInput('seed000.onnx', b.build()));
  return runPipeline(model, {}).graph;
}

const n6 = loadTarget('stm32n6');

describe('seed 000 on stm32n6', () => {
  it('per-tensor asymmetric 257-channel 1x1 Conv and Gemm go SW with the scale-offset reason', () => {
    const graph = seedGraph(-128);
    const m = mapToTarget(graph, n6);
    const by = Object.fromEntries(m.layers.map((l) => [l.name, l]));
    expect(by['Conv2D_23']?.unit).toBe('SW_INT');
    expect(by['Gemm_28_conv_16']?.unit).toBe('SW_INT');
    expect(by['Conv_b']?.unit).toBe('HW');
    const r = by['Conv2D_23']?.reasons ?? [];
    expect(r.map((x) => x.rule)).toEqual(['symmetric-output-1x1']);
    expect(r[0]?.message).toMatch(/^Conv 'Conv2D_23': output tensor '.+' has scale-offset format \(per-tensor asymmetric int8, zero point -128\) on a 1x1 convolution with 257 output channels \(a prime above 16\); the HW lowering needs a symmetric output \(zero point 0\)\.$/);
    expect(r[0]).toMatchObject({ unit: 'Neural-ART NPU', value: 'zero point -128', limit: 'zero point 0' });
    expect(by['Gemm_28_conv_16']?.reasons[0]?.message).toContain('on a Gemm with 257 output channels');

    const e = buildEpochs(graph, m, computeMetrics(graph).layers);
    expect({ total: e.total, hw: e.hw, sw: e.sw }).toEqual({ total: 3, hw: 1, sw: 2 });
    expect(e.list.map((x) => [x.unit, x.nodes])).toEqual([
      ['SW_INT', ['Conv2D_23']],
      ['HW', ['Conv_b', 'Flatten_27']],
      ['SW_INT', ['Gemm_28_conv_16']],
    ]);
    // 1x1 conv: 257 * 257 * 4 MACs + 257 bias.
    expect(e.list[0]?.macc).toBe(257 * 257 * 4 + 257);
    const text = renderEpochs(e);
    expect(text.split('\n')[0]).toBe('Total number of epochs: 3 of which 2 implemented in software');
    expect(text).toMatch(/epoch 1 +-SW- +\( +Conv +\)/);
    expect(text).toContain('scale-offset format');
  });

  it('the same graph with symmetric outputs maps fully to HW', () => {
    const graph = seedGraph(0);
    const m = mapToTarget(graph, n6);
    expect(m.layers.map((l) => [l.name, l.unit])).toEqual([['Conv2D_23', 'HW'], ['Conv_b', 'HW'], ['Flatten_27', 'HW'], ['Gemm_28_conv_16', 'HW']]);
    expect(m.layers.every((l) => l.reasons.length === 0)).toBe(true);
    const e = buildEpochs(graph, m);
    expect({ total: e.total, sw: e.sw }).toEqual({ total: 3, sw: 0 });
  });

  it('the prime channel count gets its warning in both graphs', () => {
    for (const zp of [-128, 0]) {
      const w = mapToTarget(seedGraph(zp), n6).warnings;
      expect(w.map((x) => x.node)).toEqual(['Conv2D_23', 'Gemm_28_conv_16']);
      expect(w[0]?.message).toBe("Conv 'Conv2D_23': 257 output channels is a prime number; it cannot be split evenly across the accelerator's channel groups.");
    }
  });
});
