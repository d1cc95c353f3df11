/** Small ONNX models for the action tests, built in code (fast to analyze, any node name). */
import { OnnxBuilder } from '../builders/onnx.js';

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
