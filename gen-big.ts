import { writeFileSync } from 'node:fs';
import { TfliteBuilder, TfliteSubgraph, conv2d } from './test/builders/tflite.js';
// skip the builder's duplicate-name scan (quadratic in the tensors): names here are unique
(TfliteSubgraph.prototype as unknown as { tensor: unknown }).tensor = function (this: TfliteSubgraph, name: string, dtype: never, shape: number[], opts = {}, buffer = 0) {
  this.tensors.push({ name, dtype, shape, opts, buffer }); return name;
};
for (const blocks of [334, 3334, 33334]) {
  const b = new TfliteBuilder();
  const q = { quant: { scale: [0.05], zeroPoint: [0] } };
  let x = b.input('x', 'int8', [1, 8, 8, 8], q);
  for (let i = 0; i < blocks; i++) {
    const w = b.constant(`w${i}`, 'int8', [8, 3, 3, 8], { quant: { scale: [0.01], zeroPoint: [0] } });
    const bias = b.constant(`b${i}`, 'int32', [8], { quant: { scale: [0.0005], zeroPoint: [0] } });
    const c = b.op('CONV_2D', [x, w, bias], { out: [`c${i}`, 'int8', [1, 8, 8, 8], q], options: conv2d({ activation: 'RELU' }) });
    const m = b.op('MUL', [c, x], { out: [`m${i}`, 'int8', [1, 8, 8, 8], q] });
    x = b.op('ADD', [m, c], { out: [`a${i}`, 'int8', [1, 8, 8, 8], q] });
  }
  b.output(x);
  writeFileSync(`/tmp/big/tfl-${blocks}.tflite`, b.build());
  console.log(blocks);
}
