import { describe, expect, it } from 'vitest';
import { diag } from '../../src/diagnostics/diagnostic.js';
import { renderJson } from '../../src/report/render/json.js';
import { dsCnn, seed001, sww } from './fixtures.js';
import { schemaErrors as errors } from '../helpers/schema.js';

describe('report JSON schema', () => {
  it('validates reports built from graphs, both planners, with diagnostics', () => {
    const withDiag = seed001({ diagnostics: [diag('W_UNKNOWN_OP', 'MyOp is not modelled', 'n1'), diag('I_FOLDED', 'folded 3 nodes')] });
    for (const r of [seed001(), seed001({ planner: 'tflm' }), withDiag, sww(), dsCnn()]) {
      // through JSON, as a consumer sees it
      expect(errors(JSON.parse(renderJson(r)))).toBe('');
    }
    expect(withDiag.diagnostics.map((d) => d.category)).toEqual(['NOT IMPLEMENTED', 'ANALYSIS']);
  });

  it('holds what the report builder was given', () => {
    const r = seed001();
    expect(r.schemaVersion).toBe('1.3');
    expect(r.model).toMatchObject({ path: 'models/test.onnx', format: 'onnx', name: 'test', fmt: 'float', sha256: 'a'.repeat(64) });
    expect(r.totals).toMatchObject({ params: 160, macc: 147_472, maccPure: 147_456, weightsBytes: 640, floatWeightsBytes: 640 });
    // input 1x32x32x1 f32 (4,096 B), output 1x32x32x16 f32 (65,536 B) and the conv's scratch
    // (quant_conv2d_scratch0: 1 x 3 x 3 floats, 36 B) are alive together: seed 001's 69,668 B
    expect(r.totals.activationsBytes).toBe(4_096 + 65_536 + 36);
    expect(r.inputs[0]).toEqual({ name: 'input_1', dtype: 'float32', shape: [1, 32, 32, 1], bytes: 4_096, quant: null, location: 'activations' });
    expect(r.memory.bufferCount).toBe(3); // input, output, scratch
    // the plan's own buffers (not copies), with their fields in the report's order: the JSON writes them so
    for (const b of r.memory.buffers) expect(Object.keys(b)).toEqual(['tensor', 'kind', 'offset', 'size', 'firstStep', 'lastStep']);
  });

  it('rejects unknown properties and a wrong version', () => {
    const r = JSON.parse(renderJson(seed001())) as Record<string, unknown>;
    expect(errors({ ...r, extra: 1 })).toMatch(/additional properties/);
    expect(errors({ ...r, schemaVersion: '2.0' })).not.toBe('');
  });
});
