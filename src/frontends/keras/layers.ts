/** The one table of Keras layer classes and how each maps to our operator kinds. */
import type { GraphBuilder } from './builder.js';
import type { LayerCall, Mapper } from './layer-util.js';
import { activation, batchNorm, concatenate, dense, flatten, layerNorm, leakyRelu, merge, passThrough, permute, relu, reshape, softmax, unary } from './layers-core.js';
import { conv, convTranspose, depthwiseConv, globalPool, pool, separableConv, zeroPadding } from './layers-spatial.js';
import { recurrent } from './layers-rnn.js';
import { larq } from './layers-larq.js';

export const LAYERS: Readonly<Record<string, Mapper>> = {
  Dense: dense,
  Conv1D: conv(1), Conv2D: conv(2), Conv3D: conv(3),
  DepthwiseConv1D: depthwiseConv(1), DepthwiseConv2D: depthwiseConv(2),
  SeparableConv1D: separableConv(1), SeparableConv2D: separableConv(2),
  Conv1DTranspose: convTranspose(1), Conv2DTranspose: convTranspose(2),
  BatchNormalization: batchNorm, LayerNormalization: layerNorm,
  Activation: activation, ReLU: relu, LeakyReLU: leakyRelu, Softmax: softmax, ELU: unary('Elu'),
  MaxPooling1D: pool('MaxPool', 1), MaxPooling2D: pool('MaxPool', 2), MaxPooling3D: pool('MaxPool', 3),
  AveragePooling1D: pool('AveragePool', 1), AveragePooling2D: pool('AveragePool', 2), AveragePooling3D: pool('AveragePool', 3),
  GlobalAveragePooling1D: globalPool('GlobalAveragePool', 1), GlobalAveragePooling2D: globalPool('GlobalAveragePool', 2),
  GlobalMaxPooling1D: globalPool('GlobalMaxPool', 1), GlobalMaxPooling2D: globalPool('GlobalMaxPool', 2),
  ZeroPadding1D: zeroPadding(1), ZeroPadding2D: zeroPadding(2), ZeroPadding3D: zeroPadding(3),
  Flatten: flatten, Reshape: reshape, Permute: permute,
  Dropout: passThrough, SpatialDropout1D: passThrough, SpatialDropout2D: passThrough, GaussianNoise: passThrough,
  GaussianDropout: passThrough, AlphaDropout: passThrough, ActivityRegularization: passThrough,
  Add: merge('Add', 'Sum'), Subtract: merge('Sub', undefined), Multiply: merge('Mul', undefined),
  Maximum: merge('Max', 'Max'), Minimum: merge('Min', 'Min'), Average: merge('Add', 'Mean'),
  Concatenate: concatenate,
  LSTM: recurrent('LSTM'), GRU: recurrent('GRU'), SimpleRNN: recurrent('RNN'),
  // Larq (layers-larq.ts): the float layer with its quantizers
  QuantDense: larq(dense), QuantConv1D: larq(conv(1)), QuantConv2D: larq(conv(2)), QuantConv3D: larq(conv(3)),
  QuantDepthwiseConv2D: larq(depthwiseConv(2)), QuantSeparableConv1D: larq(separableConv(1)), QuantSeparableConv2D: larq(separableConv(2)),
};

/** Layers whose computation is Python code the file does not hold. */
const CODE_LAYERS = new Set(['Lambda', 'TFOpLambda', 'SlicingOpLambda']);

/** Maps one call of a layer; unknown and custom classes become 'Unknown' nodes with W_UNKNOWN_OP. */
export function mapLayer(b: GraphBuilder, c: LayerCall): string[] {
  const { className, name, config } = c.layer;
  const mapper = LAYERS[className];
  if (mapper !== undefined && config !== undefined) return mapper(b, c);
  return unknownLayer(b, { ...c, inputs: [...c.inputs, ...c.weights.map((w) => b.constant(`${name}/${w.name}`, w))] });
}

/** An unsupported layer: kept as 'Unknown' (0 MACC, unknown output shape); its weights still count. */
function unknownLayer(b: GraphBuilder, c: LayerCall): string[] {
  const { className, config } = c.layer;
  if (CODE_LAYERS.has(className)) {
    const fn = typeof config?.['function'] === 'string' ? ` '${config['function']}'` : '';
    return b.unknown(c.name, className, c.inputs, `${className}${fn} runs Python code that is not analyzed`);
  }
  if (config === undefined) {
    return b.unknown(c.name, className, c.inputs, `custom layer class '${className}' saved without a config: its computation is code the file does not contain`);
  }
  const where = c.layer.module !== undefined && !c.layer.module.startsWith('keras') ? ` (from '${c.layer.module}')` : '';
  return b.unknown(c.name, className, c.inputs, `layer class '${className}'${where} is not supported (0 MACC, unknown output shape; its ${c.weights.length} weight arrays are counted)`);
}

export type { LayerCall, Mapper };
export type { GraphBuilder };
