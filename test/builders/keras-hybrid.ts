/**
 * The ST model zoo's hybrid ResNet-8 (binary cells between 8-bit DoReFa layers), rebuilt with the
 * project's Keras builder from its published definition: STMicroelectronics/stm32ai-modelzoo
 * image_classification/src/models/st_resnet_8_hybrid.py (v1: filters 32, 96, 128; v2: 32, 64,
 * 128), 32x32x3 input, 10 classes, dropout. Layer names follow Keras's automatic naming. The
 * trained `.h5` files are under ST's licence, so the weights here are zeros of the right shapes.
 */
import { functional, input, kerasH5, layer, type Json, type LayerJson, type Weight } from './keras.js';

const dorefa = (mode: string, cls = 'STCustomDoReFa'): Json => ({ class_name: cls, config: { k_bit: 8, mode } });

class Net {
  readonly layers: LayerJson[] = [];
  readonly weights: Record<string, Weight[]> = {};
  private readonly counts = new Map<string, number>();

  private name(base: string): string {
    const n = this.counts.get(base) ?? 0;
    this.counts.set(base, n + 1);
    return n === 0 ? base : `${base}_${n}`;
  }

  add(className: string, base: string, config: Record<string, Json>, from: string | string[], ws: [string, number[]][] = []): string {
    const name = this.name(base);
    this.layers.push(layer(className, name, config, from));
    if (ws.length > 0) this.weights[name] = ws.map(([w, s]) => [`${name}/${w}:0`, s] as Weight);
    return name;
  }

  conv(x: string, cin: number, cout: number, k: number, stride: number, q: Record<string, Json>): string {
    return this.add('QuantConv2D', 'quant_conv2d', { filters: cout, kernel_size: [k, k], strides: [stride, stride], padding: 'same', use_bias: false, ...q }, x, [['kernel', [k, k, cin, cout]]]);
  }

  dw(x: string, c: number, stride: number, q: Record<string, Json>): string {
    return this.add('QuantDepthwiseConv2D', 'quant_depthwise_conv2d', { kernel_size: [3, 3], strides: [stride, stride], padding: 'same', depth_multiplier: 1, use_bias: false, ...q }, x, [['depthwise_kernel', [3, 3, c, 1]]]);
  }

  bn(x: string, c: number, scale = true): string {
    const ws: [string, number[]][] = [...(scale ? [['gamma', [c]] as [string, number[]]] : []), ['beta', [c]], ['moving_mean', [c]], ['moving_variance', [c]]];
    return this.add('BatchNormalization', 'batch_normalization', { axis: -1, scale, center: true, epsilon: 0.001 }, x, ws);
  }

  act(x: string): string {
    return this.add('Activation', 'activation', { activation: dorefa('activations') }, x);
  }
}

const BINARY = { input_quantizer: 'ste_sign', kernel_quantizer: 'ste_sign', pad_values: 1.0 };
const BINARY_DW = { input_quantizer: 'ste_sign', depthwise_quantizer: 'ste_sign', pad_values: 1.0 };
const INT8 = { input_quantizer: dorefa('activations'), kernel_quantizer: dorefa('weights') };
const INT8_DW = { input_quantizer: dorefa('activations'), depthwise_quantizer: dorefa('weights') };

function binaryCell(n: Net, x: string, c: number, filters: number): string {
  const x1 = x;
  let y = n.dw(x, c, 1, BINARY_DW);
  y = n.bn(y, c, false);
  y = n.add('Concatenate', 'concatenate', { axis: -1 }, [x1, y]);
  y = n.conv(y, 2 * c, filters, 1, 1, BINARY);
  y = n.bn(y, filters);
  y = n.act(y);
  return n.add('Add', 'add', {}, [y, x1]);
}

/** dw (stride) + BN + 1x1 conv + BN + activation, all 8-bit. */
function int8Block(n: Net, x: string, c: number, filters: number, stride: number): string {
  let y = n.dw(x, c, stride, INT8_DW);
  y = n.bn(y, c);
  y = n.conv(y, c, filters, 1, 1, INT8);
  y = n.bn(y, filters);
  return n.act(y);
}

export function stResnet8Hybrid(filters: [number, number, number]): { config: Json; weights: Record<string, Weight[]> } {
  const n = new Net();
  n.layers.push(input('input_1', [32, 32, 3]));
  const [f0, f1, f2] = filters;
  let x = n.conv('input_1', 3, f0, 3, 1, { input_quantizer: dorefa('activations', 'DoReFa'), kernel_quantizer: dorefa('weights') });
  x = n.bn(x, f0);
  x = n.act(x);
  x = binaryCell(n, x, f0, f0);
  x = n.act(x);
  x = int8Block(n, x, f0, f0, 2);
  x = binaryCell(n, x, f0, f0);
  x = n.act(x);
  x = int8Block(n, x, f0, f0, 1);
  // second stack
  let x2 = x;
  x = binaryCell(n, x, f0, f0);
  x = n.act(x);
  x = int8Block(n, x, f0, f1, 2);
  x = binaryCell(n, x, f1, f1);
  x = n.act(x);
  x = int8Block(n, x, f1, f1, 1);
  let y = n.conv(x2, f0, f1, 1, 2, INT8);
  y = n.bn(y, f1);
  y = n.act(y);
  x = n.add('Add', 'add', {}, [x, y]);
  x = n.act(x);
  // third stack
  x2 = x;
  x = binaryCell(n, x, f1, f1);
  x = n.act(x);
  x = int8Block(n, x, f1, f2, 2);
  x = binaryCell(n, x, f2, f2);
  x = n.act(x);
  x = int8Block(n, x, f2, f2, 1);
  y = n.conv(x2, f1, f2, 1, 2, INT8);
  y = n.bn(y, f2);
  y = n.act(y);
  x = n.add('Add', 'add', {}, [x, y]);
  x = n.act(x);
  // pool_size = min(H, W) of the last feature map: 32 / 2 / 2 / 2
  x = n.add('AveragePooling2D', 'average_pooling2d', { pool_size: [4, 4], strides: [4, 4], padding: 'valid' }, x);
  x = n.add('Flatten', 'flatten', {}, x);
  x = n.add('Dropout', 'dropout', { rate: 0.2 }, x);
  x = n.add('QuantDense', 'quant_dense', { units: 10, use_bias: false, ...INT8 }, x, [['kernel', [f2, 10]]]);
  x = n.bn(x, 10);
  x = n.add('Activation', 'activation', { activation: 'softmax' }, x);
  return { config: functional(n.layers, ['input_1'], [x]), weights: n.weights };
}

/** The model as an `.h5` file's bytes. */
export const stResnet8HybridH5 = (filters: [number, number, number]): Uint8Array => kerasH5(stResnet8Hybrid(filters));
