/**
 * Binary (Larq) networks against published figures (issue 14): the ST model zoo's hybrid ResNet-8
 * v1 and v2, rebuilt from their definition (test/builders/keras-hybrid.ts; the trained files are
 * under ST's licence), against the zoo's table (STMicroelectronics/stm32ai-modelzoo@79cff53
 * image_classification/pretrained_models/st_resnet_8_hybrid README: STM32Cube.AI 9.1.0, STM32H7,
 * inputs and outputs inside the activations; inference time on STM32H747I-DISCO at 400 MHz).
 * Nothing was fitted on these figures. Prints estimate / published per figure.
 *   npx tsx bench/larq.ts
 */
import { analyzeModel, loadFormats } from '../src/analyze.js';
import { memoryInput } from '../test/builders/onnx-bytes.js';
import { stResnet8HybridH5 } from '../test/builders/keras-hybrid.js';

const PUBLISHED = [
  { name: 'st_resnet_8_hybrid_v1', filters: [32, 96, 128] as [number, number, number], activationsKiB: 77.84, weightsKiB: 85.79, ms: 28.93 },
  { name: 'st_resnet_8_hybrid_v2', filters: [32, 64, 128] as [number, number, number], activationsKiB: 78.99, weightsKiB: 66.28, ms: 25.2 },
];

await loadFormats();
for (const p of PUBLISHED) {
  const r = analyzeModel(memoryInput(`${p.name}.h5`, stResnet8HybridH5(p.filters)), { target: 'stm32h7', clockHz: 400e6 });
  const ratio = (ours: number, published: number) => `${(ours / published).toFixed(2)}x`;
  const kib = (b: number) => (b / 1024).toFixed(2);
  console.log(`${p.name.padEnd(22)} weights ${kib(r.totals.weightsBytes)} / ${p.weightsKiB} KiB ${ratio(r.totals.weightsBytes / 1024, p.weightsKiB)}`
    + `  activations ${kib(r.totals.activationsBytes)} / ${p.activationsKiB} KiB ${ratio(r.totals.activationsBytes / 1024, p.activationsKiB)}`
    + `  latency ${(r.totals.latencyMs ?? NaN).toFixed(2)} / ${p.ms} ms ${ratio(r.totals.latencyMs ?? NaN, p.ms)}`);
}
