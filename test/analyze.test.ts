/**
 * The core reads only what a rule needs: analyzing a model whose weights are megabytes reads a few
 * kilobytes of it (structure, shapes, small constants). Speed and peak memory on a 256 MB model
 * are measured by `npm run bench`, not here.
 */
import { describe, expect, it } from 'vitest';
import { analysisSteps, analyzeModel, type AnalysisPhase } from '../src/analyze.js';
import { OnnxBuilder, countingSource, memoryInput } from './builders/onnx.js';

describe('analyzeModel reads lazily', () => {
  it('an MLP with 8 MiB of float weights: full analysis reads < 32 KiB of the file', () => {
    const b = new OnnxBuilder({ opset: 13 });
    let x = b.input('x', 'float32', [1, 1024]);
    for (let i = 0; i < 2; i++) {
      // 1024 x 1024 float32 = 4 MiB each, written to raw_data
      const w = b.initializer(`w${i}`, 'float32', [1024, 1024], { values: new Array<number>(1024 * 1024).fill(0.5) });
      x = b.node('Relu', [b.node('MatMul', [x, w], {}, { name: `mm${i}` })], {}, { name: `relu${i}` });
    }
    b.output(x, 'float32');
    const input = memoryInput('mlp.onnx', b.build());
    const counting = countingSource(input.source);
    const report = analyzeModel({ ...input, source: counting }, {});
    expect(counting.size).toBeGreaterThan(8 * 1024 * 1024);
    // 2 MatMuls of 1024x1024 weights: 2 * 1024 * 1024 MACC, plus the fused Relus (1024 each)
    expect(report.totals.macc).toBe(2 * 1024 * 1024 + 2 * 1024);
    expect(report.totals.weightsBytes).toBe(2 * 4 * 1024 * 1024);
    expect(counting.bytesRead).toBeLessThan(32 * 1024);
  });
});

describe('analysisSteps: analyzeModel phase by phase', () => {
  it('yields the six phases in order, each before it runs, and returns the report analyzeModel gives', () => {
    const b = new OnnxBuilder({ opset: 13 });
    const w = b.initializer('w', 'float32', [4, 4], { values: new Array<number>(16).fill(1) });
    b.output(b.node('Relu', [b.node('MatMul', [b.input('x', 'float32', [1, 4]), w], {}, { name: 'mm' })], {}, { name: 'relu' }), 'float32');
    const bytes = b.build();
    const steps = analysisSteps(memoryInput('m.onnx', bytes), {});
    const phases: AnalysisPhase[] = [];
    let s = steps.next();
    while (s.done !== true) {
      phases.push(s.value);
      s = steps.next();
    }
    expect(phases).toEqual(['read', 'passes', 'metrics', 'plan', 'mapping', 'report']);
    expect(s.value).toEqual(analyzeModel(memoryInput('m.onnx', bytes), {}));
    // 4 x 4 MACC of the MatMul plus the 4 of its fused Relu
    expect(s.value.totals.macc).toBe(20);
  });
});
