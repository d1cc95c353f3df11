import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, REPO_ROOT } from '../helpers/cli.js';
import { OnnxBuilder } from '../builders/onnx.js';
import { VERSION } from '../../src/version.js';
import type { Report } from '../../src/report/index.js';
import { renderReport } from '../../src/report/index.js';

const root = REPO_ROOT;
const EXAMPLE = 'examples/kws/kws_cnn_int8.onnx';


/** The example's MACC by hand (METRICS.md), see tools/build-examples.ts for the network. */
const KWS_INT8_MACC =
  0 * 490 + // QuantizeLinear of the float 1x1x49x10 input: the network reads the int8 input (passes/io-boundary.ts)
  (25 * 5 * 64 * 40 + 64) + // conv0 10x4/2 -> 64x25x5, bias; fused Relu is the int8 clamp (0)
  2 * (25 * 5 * 64 * 9 + 64) + // 2 depthwise 3x3
  2 * (25 * 5 * 64 * 64 + 64) + // 2 pointwise 1x1
  64 * 25 * 5 + // AveragePool 25x5 -> 64 outputs * 125
  (12 * 64 + 12) + // Gemm 64 -> 12, bias
  2 * 12 + // DequantizeLinear in front of the float Softmax
  15 * 12; // Softmax

describe('model-footprint CLI', () => {
  it('--help and --version', async () => {
    expect((await cli('--help'))).toMatchObject({ code: 0 });
    expect((await cli('--help')).out).toContain('model-footprint analyze <model>');
    expect((await cli('--version')).out.trim()).toBe(`model-footprint ${VERSION}`);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
  });

  it('usage errors exit 2 with one line', async () => {
    for (const argv of [['analyze'], ['frobnicate'], ['analyze', EXAMPLE, '--format', 'xml'], ['analyze', EXAMPLE, '--bogus'], ['analyze', EXAMPLE, '--target', 'nosuchchip'], ['analyze', EXAMPLE, '--input-shape', 'x:1xq']]) {
      const r = (await cli(...argv));
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err.trim().split('\n'), argv.join(' ')).toHaveLength(1);
      expect(r.err).toMatch(/^CLI ERROR E_(USAGE|INPUT_SHAPE): /);
    }
  });

  it('analyzes the bundled example: MACC and weights by hand', async () => {
    const r = (await cli('analyze', EXAMPLE, '--format', 'json', '--planner', 'st-time'));
    expect(r.code).toBe(0);
    const rep = JSON.parse(r.out) as Report;
    expect(rep.totals.macc).toBe(KWS_INT8_MACC);
    // int8 weights + int32 biases, each array rounded up to 4 B:
    // conv0 2560+256, 2 x dw 576+256, 2 x pw 4096+256, fc 768+48
    expect(rep.totals.weightsBytes).toBe(2816 + 2 * 832 + 2 * 4352 + 816);
    // Two int8 64x25x5 tensors (8,000 B each) are alive together at the peak, and with them the
    // depthwise layer's stedgeai scratch (memory/scratch/st.ts): C * (3 * K + 10) + 1 with C 64,
    // K 3x3 = 2,369 B, 2,372 after 4-byte rounding: 8,000 + 8,000 + 2,372.
    expect(rep.memory.timeline.peak?.liveBytes).toBe(18_372);
    // the first conv's scratch (K 10x4 = 40, Cin 1, Cout 64): 4 x 40 + 14 x 64 + min(2 x 40 x 64, 5,120) = 6,176 B
    expect(rep.memory.buffers.find((b) => b.tensor === 'conv0#scratch0')?.size).toBe(6_176);
    // first-fit placement around that buffer costs at most 1% over the bytes alive at the peak
    expect(rep.totals.activationsBytes).toBeGreaterThanOrEqual(18_372);
    expect(rep.totals.activationsBytes).toBeLessThanOrEqual(Math.ceil(18_372 * 1.01));
    expect(rep.memory.overlaps).toEqual([]);
    expect(rep.model.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(rep.model.md5).toMatch(/^[0-9a-f]{32}$/);
  });

  it('the default st planner lets the int8 layers write over their input; the timeline names the peak', async () => {
    const rep = JSON.parse((await cli('analyze', EXAMPLE, '--format', 'json')).out) as Report;
    // rows of 5 x 64 int8 = 320 B: a 3x3 SAME depthwise (top pad 1) may start its output 2 rows
    // (640 B) below its input, a 1x1 conv one row (320 B)
    const lead = Object.fromEntries(rep.memory.overlaps.map((o) => [o.layer, o.sharedBytes > 0]));
    expect(lead).toMatchObject({ dw0: true, pw0: true, dw1: true });
    // pw1 feeds only the 25x5 average pool: the two run as one layer, pw1's own output has no buffer
    expect(rep.memory.buffers.map((b) => b.tensor)).not.toContain('pw1_relu_out');
    expect(rep.memory.buffers.map((b) => b.tensor)).toContain('pool_out');
    // at a depthwise step: its 8,000 B input, 640 B more of output, its 2,372 B scratch at least
    expect(rep.totals.activationsBytes).toBeGreaterThanOrEqual(8_000 + 640 + 2_372);
    expect(rep.totals.activationsBytes).toBeLessThan(18_372);
    const peak = rep.memory.timeline.peak;
    expect(peak?.liveBytes).toBe(Math.max(...rep.memory.timeline.steps.map((s) => s.liveBytes)));
    expect(rep.memory.timeline.steps.map((s) => s.layer)).toEqual(rep.layers.map((l) => l.name));
    expect(peak?.liveBytes).toBeLessThanOrEqual(rep.totals.activationsBytes);
  });

  it('text report reads like stedgeai analyze', async () => {
    const r = (await cli('analyze', EXAMPLE));
    expect(r.code).toBe(0);
    expect(r.out).toContain('Exec/report summary (analyze)');
    expect(r.out).toMatch(/macc\s+:\s+1,497,304/);
    expect(r.out).toMatch(/weights \(ro\)\s+:\s+14,000 B \(13\.67 KiB\)/);
    // a QDQ model: ST runs its input QuantizeLinear outside, the network's input is int8
    expect(r.out).toMatch(/input 1\/1\s+:\s+'input', int8\(1x1x49x10\), 490 Bytes, QLinear\([0-9.]+,-?\d+,int8\), activations/);
  });

  it('--io-outside-activations: ram total = activations + inputs + outputs', async () => {
    const rep = JSON.parse((await cli('analyze', EXAMPLE, '--json', '--io-outside-activations')).out) as Report;
    // a QDQ model: ST runs the input QuantizeLinear outside, the network takes int8 1x1x49x10
    expect(rep.totals.inputsBytes).toBe(490);
    expect(rep.inputs[0]).toMatchObject({ name: 'input', dtype: 'int8', bytes: 490, location: 'user' });
    expect(rep.totals.outputsBytes).toBe(48); // f32 1x12
    expect(rep.totals.ramTotalBytes).toBe(rep.totals.activationsBytes + 490 + 48);
    // TFLite Micro has no such convention: the float input is the network's
    const tflm = JSON.parse((await cli('analyze', EXAMPLE, '--json', '--io-outside-activations', '--planner', 'tflm')).out) as Report;
    expect(tflm.totals.inputsBytes).toBe(1960); // f32 1x1x49x10
  });

  it('one bad model: a one-line typed error, the other models still reported, exit 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mf-cli-'));
    const bad = join(dir, 'truncated.onnx');
    writeFileSync(bad, readFileSync(join(root, EXAMPLE)).subarray(0, 5000));
    const missing = join(dir, 'missing.onnx');
    const r = (await cli('analyze', bad, EXAMPLE, missing, '--format', 'json'));
    expect(r.code).toBe(1);
    const reports = JSON.parse(r.out) as Report[];
    expect(reports.map((x) => x.model.path)).toEqual([EXAMPLE]);
    const lines = r.err.trim().split('\n').filter((l) => !l.startsWith('  hint:'));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^LOAD ERROR E_(TRUNCATED|MALFORMED): .*truncated\.onnx/);
    expect(lines[1]).toMatch(/^CLI ERROR E_FILE_NOT_FOUND: .*missing\.onnx/);
    expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('--input-shape sets a symbolic input; --out writes the three reports', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mf-cli-'));
    const b = new OnnxBuilder({ opset: 13 });
    const x = b.input('x', 'float32', ['N', 3, 'H', 'W']);
    b.output(b.node('Conv', [x, b.initializer('w', 'float32', [8, 3, 3, 3])], { kernel_shape: [3, 3] }, { name: 'conv' }), 'float32');
    const model = join(dir, 'sym.onnx');
    writeFileSync(model, b.build());
    const out = (await cli('analyze', model, '--json', '--input-shape', 'x:1x3x10x12', '--out', join(dir, 'out'))).out;
    const rep = JSON.parse(out) as Report;
    // stdout's JSON, also written in chunks: JSON.stringify's text and one newline
    expect(out).toBe(JSON.stringify(rep, null, 2) + '\n');
    // 8 x 8 x 10 outputs (valid 3x3 on 10x12) * 3 channels * 9, + 8 for the bias stedgeai gives the conv
    expect(rep.totals.macc).toBe(8 * 8 * 10 * 27 + 8);
    expect(rep.inputs[0]?.shape).toEqual([1, 3, 10, 12]);
    for (const ext of ['json', 'txt', 'md']) expect(existsSync(join(dir, 'out', `sym.onnx.report.${ext}`)), ext).toBe(true);
    // the JSON file is written in chunks: the same bytes as the whole-string rendering, final newline included
    const file = readFileSync(join(dir, 'out', 'sym.onnx.report.json'), 'utf8');
    expect(file).toBe(renderReport(JSON.parse(file) as Report, 'json'));
    expect(file.endsWith('}\n')).toBe(true);
  });
});

describe('several models in one Markdown document', () => {
  it('each section is named by its file, not by the graph name both share', async () => {
    const r = (await cli('analyze', 'examples/kws/kws_cnn_int8.onnx', 'examples/kws/kws_cnn_int8_v2.onnx', '--format', 'md'));
    const heads = r.out.split('\n').filter((l) => l.startsWith('### '));
    expect(heads.map((h) => h.split(' ')[1])).toEqual(['examples/kws/kws_cnn_int8.onnx', 'examples/kws/kws_cnn_int8_v2.onnx']);
  });
});
