/**
 * Which layer a Keras 2 weight belongs to (src/frontends/keras/weights.ts ownerOf): from the first
 * start (the name's, then after each '/'), the longest layer name followed by a '/'.
 */
import { describe, expect, it } from 'vitest';
import { ownerOf } from '../../../src/frontends/keras/weights.js';
import { prng } from '../../helpers/prng.js';

/** The rule written out: every layer tried at every start. */
function slowOwner(weight: string, layers: readonly string[]): string | undefined {
  const starts = [0, ...[...weight].flatMap((c, i) => (c === '/' ? [i + 1] : []))];
  for (const s of starts) {
    const fits = layers.filter((l) => weight.slice(s).startsWith(`${l}/`));
    if (fits.length > 0) return fits.reduce((a, b) => (b.length > a.length ? b : a));
  }
  return undefined;
}

describe('the layer a Keras 2 weight belongs to', () => {
  it('the longest name at the first start that has one; a name must end at a slash', () => {
    const own = (w: string, ...layers: string[]) => ownerOf(w, new Set(layers));
    expect(own('layer1/conv/bn/beta:0', 'layer1', 'layer1/conv', 'layer1/conv/bn')).toBe('layer1/conv/bn');
    expect(own('lstm/lstm_cell/kernel:0', 'lstm', 'lstm_cell')).toBe('lstm');
    // a nested model's group: the layer's name comes after the model's
    expect(own('model_1/dense/kernel:0', 'dense')).toBe('dense');
    expect(own('model_1/dense/kernel:0', 'model_1', 'dense')).toBe('model_1');
    expect(own('dense/kernel:0', 'dens', 'kernel:0')).toBeUndefined();
    expect(own('a//b:0', '')).toBe('');
  });

  it('agrees with every layer tried at every start, on 500 random names', () => {
    const rand = prng(7);
    const part = () => ['a', 'b', 'ab', 'a_1', ''][Math.floor(rand() * 5)] as string;
    const name = (n: number) => Array.from({ length: n }, part).join('/');
    for (let i = 0; i < 500; i++) {
      const layers = Array.from({ length: 1 + Math.floor(rand() * 6) }, () => name(1 + Math.floor(rand() * 3)));
      const weight = `${name(1 + Math.floor(rand() * 4))}/kernel:0`;
      expect(ownerOf(weight, new Set(layers)), `${weight} in ${JSON.stringify(layers)}`).toBe(slowOwner(weight, layers));
    }
  });
});
