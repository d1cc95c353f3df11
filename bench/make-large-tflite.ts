/**
 * Writes an int8 TFLite chain with the test builder (test/builders/tflite.ts), for the scaling
 * bench: per block a 3x3 CONV_2D with a fused RELU (SAME padding on 8 input channels: ST runs it
 * with its deep kernel behind a Pad layer of its own, src/memory/deep-conv-pad.ts), a 1x1 CONV_2D
 * and an ADD of the block's input, on a 1x4x4x8 map: 3 operators a block.
 */
import { writeFileSync } from 'node:fs';
import { TfliteBuilder, conv2d } from '../test/builders/tflite.js';

/** Writes the chain of `blocks` blocks to `path`; returns its size in bytes. */
export function writeInt8ChainTflite(path: string, blocks: number): number {
  const b = new TfliteBuilder();
  const act = { quant: { scale: [0.05], zeroPoint: [0] } };
  const weights = { quant: { scale: [0.01], zeroPoint: [0] } };
  const bias = { quant: { scale: [0.0005], zeroPoint: [0] } };
  const map = [1, 4, 4, 8];
  let x = b.input('x', 'int8', map, act);
  for (let i = 0; i < blocks; i++) {
    const c = b.op('CONV_2D', [x, b.constant(`w${i}`, 'int8', [8, 3, 3, 8], weights), b.constant(`b${i}`, 'int32', [8], bias)],
      { out: [`c${i}`, 'int8', map, act], options: conv2d({ activation: 'RELU' }) });
    const p = b.op('CONV_2D', [c, b.constant(`v${i}`, 'int8', [8, 1, 1, 8], weights), b.constant(`d${i}`, 'int32', [8], bias)],
      { out: [`p${i}`, 'int8', map, act], options: conv2d() });
    x = b.op('ADD', [p, x], { out: [`a${i}`, 'int8', map, act] });
  }
  b.output(x);
  const bytes = b.build();
  writeFileSync(path, bytes);
  return bytes.length;
}
