/**
 * The Axera and Kneron built-in targets on hand-built layers: every limit of their tables at, below
 * and above it (issue 15), each refusal with its rule, value and sentence; plus the generic
 * attribute rules. Values come from the vendors' tables (docs/supported-ops/<target>.md cites the
 * footnote of each rule).
 */
import { describe, expect, it } from 'vitest';
import type { Attrs } from '../../src/ir/graph.js';
import type { OpKind } from '../../src/ir/op-kinds.js';
import type { Shape } from '../../src/ir/shape.js';
import { loadTarget } from '../../src/targets/load.js';
import { GraphBuilder } from '../builders/ir.js';
import { computedMatMul, layer, oneRule } from './helpers.js';
import { mapToTarget } from '../../src/mapping/map.js';

/** One float layer 'l' (vendor flows quantize float models themselves). */
function one(op: OpKind, x: Shape, attrs: Attrs, out: Shape, extra: (g: GraphBuilder) => string[] = () => []): GraphBuilder {
  const g = new GraphBuilder();
  const input = g.input('x', 'float32', x);
  g.output(g.node(op, [input, ...extra(g)], attrs, { name: 'l', outShapes: [out], outDType: 'float32' }));
  return g;
}

const conv = (k: number, attrs: Attrs = {}) => one('Conv', [1, 8, 32, 32], { kernel_shape: [k, k], ...attrs }, [1, 8, 16, 16], (g) => [g.constant('w', 'float32', [8, 8, k, k])]);
const pool = (op: 'MaxPool' | 'AveragePool', k: number[], s: number[], attrs: Attrs = {}) => one(op, [1, 8, 32, 32], { kernel_shape: k, strides: s, ...attrs }, [1, 8, 16, 16]);

function unit(target: string, g: GraphBuilder): { unit: string; rule?: string; value?: unknown; message?: string; hint?: string } {
  const l = layer(g, loadTarget(target), 'l');
  const r = l.reasons[0];
  return l.unit === 'HW' ? { unit: 'HW' } : { unit: l.unit, rule: r?.rule, value: r?.value, message: r?.message, hint: r?.hint };
}

describe('Kneron limits on the built-in targets', () => {
  it('KL520 Conv: a 12x12 kernel runs on the NPU, 13x13 is a CPU node (footnote 6: kernel <= 12); KL720 has no kernel limit', () => {
    expect(unit('kl520', conv(11)).unit).toBe('HW');
    expect(unit('kl520', conv(12)).unit).toBe('HW');
    expect(unit('kl520', conv(13))).toMatchObject({ unit: 'SW_FLOAT', rule: 'kernel-max', value: '13x13', message: "Conv 'l': kernel 13x13; KL520 NPU takes kernels up to 12x12." });
    expect(unit('kl720', conv(13)).unit).toBe('HW');
  });

  it('KL520 / KL720 Conv strides: height up to 4, width up to 16; KL530 has neither limit', () => {
    for (const t of ['kl520', 'kl720']) {
      expect(unit(t, conv(3, { strides: [4, 16] })).unit, t).toBe('HW');
      expect(unit(t, conv(3, { strides: [5, 1] })), t).toMatchObject({ rule: 'stride-h-max', value: 5 });
      expect(unit(t, conv(3, { strides: [1, 17] })), t).toMatchObject({ rule: 'stride-w-max', value: 17 });
    }
    expect(unit('kl530', conv(3, { strides: [5, 17] })).unit).toBe('HW');
  });

  it('GlobalAveragePool area: KL520 up to 256 (16x16), KL720 up to 16384 (128x128)', () => {
    const gap = (h: number, w: number) => one('GlobalAveragePool', [1, 8, h, w], {}, [1, 8, 1, 1]);
    expect(unit('kl520', gap(16, 16)).unit).toBe('HW');
    expect(unit('kl520', gap(1, 257))).toMatchObject({ rule: 'global-pool-max', value: 257, hint: "Kneron's optimizer can split a large global pool into smaller pools that stay on the NPU (kneronnxopt --defuse-gaps)." });
    expect(unit('kl720', gap(128, 128)).unit).toBe('HW');
    expect(unit('kl720', gap(1, 16385))).toMatchObject({ rule: 'global-pool-max', value: 16385 });
  });

  it('KL520 MaxPool forms (footnote 24): 3x3/s3 and 2x2/s2 run, 3x3/s4 and 1x3/s1 do not; 4x4 (kernel > 3) runs', () => {
    expect(unit('kl520', pool('MaxPool', [3, 3], [3, 3])).unit).toBe('HW');
    expect(unit('kl520', pool('MaxPool', [2, 2], [2, 2])).unit).toBe('HW');
    expect(unit('kl520', pool('MaxPool', [4, 4], [1, 1])).unit).toBe('HW');
    expect(unit('kl520', pool('MaxPool', [3, 3], [4, 4]))).toMatchObject({ rule: 'kneron-pool', value: 'kernel 3x3, stride 4x4' });
    // A 1x3 window: not square, not above 3: only the KL530 family's one-axis form takes it.
    expect(unit('kl520', pool('MaxPool', [1, 3], [1, 3])).rule).toBe('kneron-pool');
    expect(unit('kl530', pool('MaxPool', [1, 3], [1, 3])).unit).toBe('HW');
    expect(unit('kl530', pool('MaxPool', [1, 3], [1, 2])).rule).toBe('kneron-pool'); // kernel_w = stride_w needed
  });

  it('AveragePool forms: power-of-2 windows above 3 need kernel = stride (8x8/s8 runs, 8x8/s4 does not on KL520); the fix names Kneron\'s rewrite', () => {
    expect(unit('kl520', pool('AveragePool', [8, 8], [8, 8])).unit).toBe('HW');
    expect(unit('kl520', pool('AveragePool', [6, 6], [6, 6])).unit).toBe('HW'); // stride s x s with s > 3
    const r = unit('kl520', pool('AveragePool', [8, 8], [2, 2]));
    expect(r).toMatchObject({ rule: 'kneron-pool', value: 'kernel 8x8, stride 2x2' });
    expect(r.hint).toMatch(/--replace-avgpool-with-conv/);
    // 1-D pools: KL730 only.
    const p1 = one('AveragePool', [1, 8, 32], { kernel_shape: [3], strides: [3] }, [1, 8, 10]);
    expect(unit('kl730', p1).unit).toBe('HW');
    expect(unit('kl720', p1).rule).toBe('kneron-pool');
  });

  it('Pad: zero constant padding up to 31 runs; 32, batch padding or reflect mode is a CPU node', () => {
    const pad = (pads: number[], attrs: Attrs = {}) => one('Pad', [1, 8, 8, 8], attrs, [1, 8, 8, 8], (g) => [g.values('pads', 'int64', pads)]);
    expect(unit('kl720', pad([0, 0, 31, 0, 0, 0, 0, 0])).unit).toBe('HW');
    expect(unit('kl720', pad([0, 0, 32, 0, 0, 0, 0, 0]))).toMatchObject({ rule: 'pad-max', value: 32 });
    expect(unit('kl720', pad([1, 0, 0, 0, 0, 0, 0, 0]))).toMatchObject({ rule: 'pad-no-batch' });
    expect(unit('kl720', pad([0, 0, 1, 0, 0, 0, 0, 0], { mode: 'reflect' }))).toMatchObject({ rule: 'pad-zero-constant', value: 'mode reflect' });
  });

  it('Clip runs as a ReLU with a ceiling only (min 0, max >= 0)', () => {
    const clip = (lo: number, hi: number) => one('Clip', [1, 8], {}, [1, 8], (g) => [g.values('lo', 'float32', [lo], []), g.values('hi', 'float32', [hi], [])]);
    expect(unit('kl520', clip(0, 6)).unit).toBe('HW');
    expect(unit('kl520', clip(0, 0)).unit).toBe('HW');
    expect(unit('kl520', clip(-1, 1))).toMatchObject({ rule: 'clip-relu', value: 'min -1, max 1' });
    expect(unit('kl520', clip(0, -1))).toMatchObject({ rule: 'clip-relu' });
  });

  it('Pow: exponent 2 runs on KL720; 3 or a computed exponent is a CPU node; KL520 has no Pow', () => {
    const pow = (e?: number) => one('Pow', [1, 8], {}, [1, 8], (g) => [e === undefined ? g.input('e', 'float32', [1]) : g.values('e', 'float32', [e], [])]);
    expect(unit('kl720', pow(2)).unit).toBe('HW');
    expect(unit('kl720', pow(3))).toMatchObject({ rule: 'pow-exponent', value: '3' });
    expect(unit('kl720', pow())).toMatchObject({ rule: 'pow-exponent', value: 'computed at run time' });
    expect(unit('kl520', pow(2))).toMatchObject({ rule: 'op-listed' });
  });

  it('Reductions: keepdims 1 and not over the batch (ReduceMean); KL520 ReduceSum over the channels only', () => {
    const red = (op: OpKind, axes: number[], keepdims = 1) => one(op, [1, 8, 4, 4], { axes, keepdims }, [1, 8, 1, 1]);
    expect(unit('kl720', red('ReduceMean', [2, 3])).unit).toBe('HW');
    expect(unit('kl720', red('ReduceMean', [0]))).toMatchObject({ rule: 'reduce-axes', value: 'batch' });
    expect(unit('kl720', red('ReduceMean', [2, 3], 0))).toMatchObject({ rule: 'attr-in', value: 'keepdims=0' });
    expect(unit('kl520', red('ReduceSum', [1])).unit).toBe('HW');
    expect(unit('kl520', red('ReduceSum', [2, 3]))).toMatchObject({ rule: 'reduce-axes', value: 'row, column' });
  });

  it('Resize: KL720 scales rows or columns, not both (KneronResize is a CPU node); KL530 scales both', () => {
    const up = (h: number, w: number) => one('Resize', [1, 8, 8, 8], { mode: 'nearest' }, [1, 8, h, w]);
    expect(unit('kl720', up(16, 8)).unit).toBe('HW');
    expect(unit('kl720', up(16, 16))).toMatchObject({ rule: 'resize-one-axis' });
    expect(unit('kl530', up(16, 16)).unit).toBe('HW');
    expect(unit('kl530', one('Resize', [1, 8, 8, 8], { mode: 'cubic' }, [1, 8, 16, 16]))).toMatchObject({ rule: 'attr-in', value: 'mode=cubic' });
  });

  it('Transpose: KL720 swaps rows/columns or channels/rows only; KL530 any perm that keeps the batch', () => {
    const tr = (perm: number[]) => one('Transpose', [1, 2, 3, 4], { perm }, perm.map((p) => [1, 2, 3, 4][p] ?? 1));
    expect(unit('kl720', tr([0, 1, 3, 2])).unit).toBe('HW');
    expect(unit('kl720', tr([0, 2, 3, 1]))).toMatchObject({ rule: 'transpose-perms', value: '0,2,3,1' });
    expect(unit('kl530', tr([0, 2, 3, 1])).unit).toBe('HW');
    expect(unit('kl530', tr([1, 0, 2, 3]))).toMatchObject({ rule: 'transpose-not-batch' });
    // No perm: ONNX reverses the axes, which moves the batch.
    expect(unit('kl530', one('Transpose', [1, 2, 3, 4], {}, [4, 3, 2, 1]))).toMatchObject({ rule: 'transpose-not-batch', value: '3,2,1,0' });
  });

  it('MatMul: constant weights W x V run; a product of computed rank-3 tensors runs on KL730 (3..5), not on KL720 (4)', () => {
    const mm = (r: number) => computedMatMul(r, 'l');
    expect(unit('kl730', mm(3)).unit).toBe('HW');
    expect(unit('kl720', mm(3))).toMatchObject({ rule: 'matmul-shape', value: 3 });
    const w = (shape: number[]) => one('MatMul', [1, 4], {}, [1, 4], (g) => [g.constant('w', 'float32', shape)]);
    expect(unit('kl720', w([4, 4])).unit).toBe('HW');
    expect(unit('kl720', w([1, 1, 4, 4])).unit).toBe('HW');
    expect(unit('kl720', w([2, 4, 4]))).toMatchObject({ rule: 'matmul-shape', value: 'weights 2x4x4' });
  });

  it('Gather of a single index runs; several indices do not', () => {
    const ga = (n: number) => one('Gather', [8, 4], {}, [n, 4], (g) => [g.constant('i', 'int64', [n])]);
    expect(unit('kl720', ga(1)).unit).toBe('HW');
    expect(unit('kl720', ga(2))).toMatchObject({ rule: 'single-index', value: 'indices 2' });
  });

  it('DepthToSpace on KL520/KL720: 4 channels, CRD, blocksize 2 only; KL530 takes blocksize 4 in any mode', () => {
    const d2s = (c: number, attrs: Attrs) => one('DepthToSpace', [1, c, 4, 4], attrs, [1, c / 4, 8, 8]);
    expect(unit('kl720', d2s(4, { blocksize: 2, mode: 'CRD' })).unit).toBe('HW');
    expect(unit('kl720', d2s(8, { blocksize: 2, mode: 'CRD' }))).toMatchObject({ rule: 'input-channels', value: 8 });
    // ONNX's default mode is DCR.
    expect(unit('kl720', d2s(4, { blocksize: 2 }))).toMatchObject({ rule: 'attr-in', value: 'mode=DCR' });
    expect(unit('kl530', d2s(16, { blocksize: 4 })).unit).toBe('HW');
    expect(unit('kl530', d2s(64, { blocksize: 8 }))).toMatchObject({ rule: 'attr-in', value: 'blocksize=8' });
  });

  it('operators a chip does not list are CPU nodes with op-listed; Custom and Unknown have no kernel anywhere', () => {
    expect(unit('kl520', one('Sigmoid', [1, 8], {}, [1, 8]))).toMatchObject({ unit: 'SW_FLOAT', rule: 'op-listed', message: "Sigmoid 'l': Sigmoid is not in KL520 NPU's supported operators." });
    expect(unit('kl720', one('Sigmoid', [1, 8], {}, [1, 8])).unit).toBe('HW');
    expect(unit('kl720', one('Unknown', [1, 8], {}, [1, 8])).unit).toBe('unsupported');
  });
});

describe('Axera limits on the built-in targets', () => {
  it('auto_pad: explicit pads (NOTSET) run; SAME_UPPER in an ONNX file does not; a TFLite/Keras layer (NHWC) is read as converted with explicit pads', () => {
    expect(unit('ax650', conv(3, { pads: [1, 1, 1, 1] })).unit).toBe('HW');
    expect(unit('ax650', conv(3, { auto_pad: 'SAME_UPPER' }))).toMatchObject({ unit: 'SW_FLOAT', rule: 'attr-in', value: 'auto_pad=SAME_UPPER', message: "Conv 'l': auto_pad is SAME_UPPER; AX650 NPU supports only NOTSET." });
    expect(unit('ax650', conv(3, { auto_pad: 'SAME_UPPER', layout: 'NHWC' })).unit).toBe('HW');
  });

  it('AveragePool count_include_pad must be 1 when the pool pads; without padding it does not matter', () => {
    expect(unit('ax650', pool('AveragePool', [2, 2], [2, 2])).unit).toBe('HW');
    expect(unit('ax650', pool('AveragePool', [3, 3], [2, 2], { pads: [1, 1, 1, 1] }))).toMatchObject({ rule: 'attr-in', value: 'count_include_pad=0' });
    expect(unit('ax650', pool('AveragePool', [3, 3], [2, 2], { pads: [1, 1, 1, 1], count_include_pad: 1 })).unit).toBe('HW');
  });

  it('MaxPool dilations 1 and storage_order 0; ConvTranspose output_shape and output_padding', () => {
    expect(unit('ax650', pool('MaxPool', [3, 3], [1, 1], { dilations: [2, 2] }))).toMatchObject({ rule: 'attr-in', value: 'dilations=2,2' });
    expect(unit('ax650', pool('MaxPool', [3, 3], [1, 1], { storage_order: 1 }))).toMatchObject({ rule: 'attr-in', value: 'storage_order=1' });
    const tc = (attrs: Attrs) => one('ConvTranspose', [1, 8, 8, 8], { kernel_shape: [3, 3], strides: [2, 2], ...attrs }, [1, 8, 16, 16], (g) => [g.constant('w', 'float32', [8, 8, 3, 3])]);
    expect(unit('ax650', tc({ pads: [1, 1, 1, 1], output_padding: [1, 1] })).unit).toBe('HW');
    expect(unit('ax650', tc({ pads: [1, 1, 0, 0], output_padding: [1, 1] }))).toMatchObject({ rule: 'tconv-output-padding', value: 'output_padding 1,1' });
    expect(unit('ax650', tc({ output_shape: [16, 16] }))).toMatchObject({ rule: 'attr-absent', value: 'output_shape=16,16' });
  });

  it('Resize: nearest_mode round_prefer_ceil for nearest resizes only; ONNX\'s default (round_prefer_floor) is refused', () => {
    const rs = (attrs: Attrs) => one('Resize', [1, 8, 8, 8], attrs, [1, 8, 16, 16]);
    expect(unit('ax650', rs({ mode: 'nearest', nearest_mode: 'round_prefer_ceil' })).unit).toBe('HW');
    expect(unit('ax650', rs({ mode: 'nearest' }))).toMatchObject({ rule: 'attr-in', value: 'nearest_mode=round_prefer_floor' });
    expect(unit('ax650', rs({ mode: 'linear' })).unit).toBe('HW');
  });

  it('Gather indices of rank 1 run, rank 2 do not; Pad axes and LSTM sequence_lens are refused (input-absent)', () => {
    const ga = (shape: number[]) => one('Gather', [8, 4], {}, [...shape, 4], (g) => [g.constant('i', 'int64', shape)]);
    expect(unit('ax650', ga([3])).unit).toBe('HW');
    expect(unit('ax650', ga([3, 2]))).toMatchObject({ rule: 'indices-rank-max', value: 2 });
    const pad = (axes: boolean) => one('Pad', [1, 8, 8, 8], {}, [1, 8, 10, 8], (g) => [g.values('pads', 'int64', [0, 0, 1, 0, 0, 0, 1, 0]), '', ...(axes ? [g.values('axes', 'int64', [2])] : [])]);
    expect(unit('ax650', pad(false)).unit).toBe('HW');
    expect(unit('ax650', pad(true))).toMatchObject({ rule: 'input-absent', value: "input 3 'axes'" });
  });

  it('Cast: to one of the listed types (int64 is not one)', () => {
    const cast = (to: 'int32' | 'int64') => {
      const g = new GraphBuilder();
      g.output(g.node('Cast', [g.input('x', 'float32', [1, 8])], {}, { name: 'l', outShapes: [[1, 8]], outDType: to }));
      return g;
    };
    expect(unit('ax650', cast('int32')).unit).toBe('HW');
    expect(unit('ax650', cast('int64'))).toMatchObject({ rule: 'output-dtype', value: 'int64', message: "Cast 'l': produces int64; AX650 NPU produces uint8, int8, uint16, int16, uint32, int32, float32 only." });
  });

  it('an operator AX620E does not list is a CPU subgraph where AX650 runs it (Tile)', () => {
    const tile = () => one('Tile', [1, 8], {}, [2, 8], (g) => [g.values('r', 'int64', [2, 1])]);
    expect(unit('ax650', tile()).unit).toBe('HW');
    expect(unit('ax620e', tile())).toMatchObject({ rule: 'op-listed', message: "Tile 'l': Tile is not in AX620E NPU's supported operators." });
  });

  it('AX615 runs LayerNormalization with the table\'s "Only for small sizes" as a warning', () => {
    const g = one('LayerNormalization', [1, 8], {}, [1, 8]);
    const ax615 = mapToTarget(g.graph, loadTarget('ax615'));
    expect(ax615.layers[0]?.unit).toBe('HW');
    expect(ax615.warnings.map((w) => [w.rule, w.message])).toEqual([['caution', "LayerNormalization 'l': AX615 NPU's operator table says \"Only for small sizes\" for LayerNormalization; check this layer with the vendor compiler."]]);
    const ax650 = mapToTarget(g.graph, loadTarget('ax650'));
    expect(ax650.layers[0]?.unit).toBe('HW');
    expect(ax650.warnings).toEqual([]);
    // As an error, the same rule refuses the unit.
    expect(layer(g, oneRule('LayerNormalization', { rule: 'caution', limit: 'x' }), 'l').reasons[0]?.rule).toBe('caution');
  });

  it('npu_mode: ax650 defaults to NPU1 (Pulsar2\'s default) and a file extending it picks NPU3; an unknown mode is refused', () => {
    expect(loadTarget('ax650').npuMode).toBe('NPU1');
    expect(loadTarget(JSON.stringify({ extends: 'ax650', name: 'ax650-npu3', npuMode: 'NPU3' }), 'x.json').npuMode).toBe('NPU3');
    expect(() => loadTarget(JSON.stringify({ extends: 'ax620e', name: 'y', npuMode: 'NPU3' }), 'y.json')).toThrow('y.json: npuMode: expected one of "NPU1", "NPU2", found "NPU3"');
  });
});
