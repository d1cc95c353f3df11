/** Small ONNX models for the action tests, built in code (fast to analyze, any node name). */
import { OnnxBuilder } from '../builders/onnx.js';
import { TfliteBuilder, conv2d } from '../builders/tflite.js';

/** Input 1x3x16x16 -> Conv(channels) -> Relu; `nodeName` names the Conv (user-controlled text). */
export function tinyModel(channels: number, nodeName = 'conv', graphName = 'tiny'): Buffer {
  const b = new OnnxBuilder({ opset: 13, graphName });
  const x = b.input('x', 'float32', [1, 3, 16, 16]);
  const w = b.initializer('w', 'float32', [channels, 3, 3, 3]);
  const y = b.node('Conv', [x, w], { kernel_shape: [3, 3], pads: [1, 1, 1, 1] }, { name: nodeName });
  const z = b.node('Relu', [y], {}, { name: 'relu' });
  b.output(z, 'float32');
  return Buffer.from(b.build());
}

/** What a repository holds for a file tracked by Git LFS when the object was not fetched. */
export function lfsPointerText(size: number): string {
  return `version https://git-lfs.github.com/spec/v1\noid sha256:${'ab'.repeat(32)}\nsize ${size}\n`;
}

/** Input 1x3xSxS -> Conv(16) -> Relu: activations grow with `side` (512: about 32 MiB of RAM). */
export function wideModel(side: number): Buffer {
  const b = new OnnxBuilder({ opset: 13, graphName: 'wide' });
  const x = b.input('x', 'float32', [1, 3, side, side]);
  const w = b.initializer('w', 'float32', [16, 3, 3, 3]);
  const y = b.node('Conv', [x, w], { kernel_shape: [3, 3], pads: [1, 1, 1, 1] }, { name: 'conv' });
  b.output(b.node('Relu', [y], {}, { name: 'relu' }), 'float32');
  return Buffer.from(b.build());
}

/** An int8 TFLite model: input 1x8x8x3 -> CONV_2D(channels, 3x3, same) -> output. */
export function tinyTflite(channels: number): Buffer {
  const b = new TfliteBuilder();
  const q = { quant: { scale: [0.5], zeroPoint: [0] } };
  const x = b.input('x', 'int8', [1, 8, 8, 3], q);
  const w = b.constant('w', 'int8', [channels, 3, 3, 3]);
  const y = b.op('CONV_2D', [x, w], { out: ['y', 'int8', [1, 8, 8, channels], q], options: conv2d({ activation: 'RELU' }) });
  b.output(y);
  return Buffer.from(b.build());
}
