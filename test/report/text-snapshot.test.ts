/**
 * The text report of two real models, kept as files and reviewed by eye against stedgeai's own
 * reports of the same files (../shared/reference): the wake-word TFLite (stedgeai 1.0, -O time,
 * sww_model_generate_report.txt) and the packetqc-ai TCN ONNX (stedgeai 2.2 on stm32n6). Any change
 * to a report's text shows up here as a diff to review.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeModel } from '../../src/analyze.js';
import { bytesSource } from '../../src/ir/source.js';
import { renderText } from '../../src/report/render/text.js';
import { HAS_SHARED, REFERENCE_DIR, sharedModel } from '../helpers/shared.js';

function report(file: string, shown: string, options: Parameters<typeof analyzeModel>[1]): string {
  return renderText(analyzeModel({ path: shown, source: bytesSource(shown, readFileSync(file)) }, options));
}

describe.skipIf(!HAS_SHARED)('text report snapshots', () => {
  it('str_ww_ref_model.tflite on stm32l4-like stm32h7, -O time (next to sww_model_generate_report.txt)', async () => {
    const text = report(sharedModel('mlcommons-tiny/benchmark/training/streaming_wakeword/trained_models/str_ww_ref_model.tflite'), 'models/str_ww_ref_model.tflite', { planner: 'st-time' });
    await expect(text).toMatchFileSnapshot('__snapshots__/str_ww_ref_model.tflite.txt');
  });

  it('model_npu_int8.onnx (packetqc-ai TCN) on stm32n6 (next to its generate report)', async () => {
    const text = report(join(REFERENCE_DIR, 'packetqc-ai', 'model_npu_int8', 'model_npu_int8.onnx'), 'models/model_npu_int8.onnx', { target: 'stm32n6' });
    await expect(text).toMatchFileSnapshot('__snapshots__/model_npu_int8.onnx.txt');
  });
});
