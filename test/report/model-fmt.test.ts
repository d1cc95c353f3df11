import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import { modelFmt } from '../../src/analysis/model-fmt.js';

describe("model_fmt (stedgeai's main number format)", () => {
  it('is float without quantization', () => {
    const g = new GraphBuilder();
    g.input('x', 'float32', [1, 4]);
    g.constant('w', 'float32', [4, 4]);
    expect(modelFmt(g.graph)).toBe('float');
  });

  it('is ss/sa per channel for int8 per-channel weights and int8 activations (the sww model)', () => {
    const g = new GraphBuilder();
    g.input('x', 'int8', [1, 4], { scale: [0.1], zeroPoint: [-128] });
    g.constant('w', 'int8', [2, 4], { scale: [0.1, 0.2], zeroPoint: [0, 0], axis: 0 });
    expect(modelFmt(g.graph)).toBe('ss/sa per channel');
  });

  it('is ua/ua per tensor for uint8 per-tensor quantization', () => {
    const g = new GraphBuilder();
    g.input('x', 'uint8', [1, 4], { scale: [0.1], zeroPoint: [128] });
    g.constant('w', 'uint8', [2, 4], { scale: [0.1], zeroPoint: [128] });
    expect(modelFmt(g.graph)).toBe('ua/ua per tensor');
  });
});
