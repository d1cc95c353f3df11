/**
 * Layer names (analysis/layer-names.ts, METRICS.md "Names"): stedgeai's scheme for TFLite,
 * checked layer for layer against ST's own report of the same file; the file's names kept for
 * diffs and --long-names; ONNX names kept unless unusable; no text line over 160 columns.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeModel } from '../../src/analyze.js';
import { fileModelInput } from '../../src/node/file-source.js';
import { bytesSource } from '../../src/ir/source.js';
import { renderText, TEXT_WIDTH, wrapLine } from '../../src/report/render/text.js';
import { diffReports } from '../../src/diff/compare.js';
import { applyLayerNames, layerNames, USABLE_NAME_CHARS } from '../../src/analysis/layer-names.js';
import type { Graph } from '../../src/ir/graph.js';
import { OnnxBuilder } from '../builders/onnx.js';
import { HAS_SHARED, REFERENCE_DIR, sharedModel } from '../helpers/shared.js';

const SWW = 'mlcommons-tiny/benchmark/training/streaming_wakeword/trained_models/str_ww_ref_model.tflite';

/** The model table of a stedgeai report: each row's name, type and connected-to (Placeholder rows skipped). */
function stRows(report: string): { name: string; type: string; from: string }[] {
  const lines = report.split('\n');
  const start = lines.findIndex((l) => l.startsWith('Model name - '));
  const end = lines.findIndex((l, i) => i > start && l.startsWith('model/c-model'));
  const out: { name: string; type: string; from: string }[] = [];
  for (const line of lines.slice(start, end)) {
    const m = /^(?:\d+)?\s+([A-Za-z0-9_]+) \(([A-Za-z0-9]+), ?[A-Z0-9_]*\)/.exec(line);
    if (!m || m[2] === 'Placeholder') continue;
    const from = (line.split('|')[0] ?? '').trim().split(/\s{2,}/).pop() ?? '';
    out.push({ name: m[1] ?? '', type: m[2] ?? '', from: m[2] === 'Input' ? '' : from });
  }
  return out;
}

/** Our text report's model table, the same way. */
function ourRows(text: string): { name: string; from: string }[] {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith('Model name - '));
  const end = lines.findIndex((l, i) => i > start && l.startsWith('model: macc='));
  const out: { name: string; from: string }[] = [];
  for (const line of lines.slice(start, end)) {
    const m = /^(?:\d+)?\s+([A-Za-z0-9_]+) \(/.exec(line);
    if (!m) continue;
    const input = line.includes('(Input, )');
    out.push({ name: m[1] ?? '', from: input ? '' : (line.trim().split(/\s{2,}/).pop() ?? '') });
  }
  return out;
}

describe.skipIf(!HAS_SHARED)('stedgeai layer names on the wake-word reference', () => {
  it('every layer and every connection as ST names them, in ST\'s order', () => {
    const st = stRows(readFileSync(join(REFERENCE_DIR, 'stedgeai-sww', 'sww_model_generate_report.txt'), 'utf8'));
    // ST's own table, as a sanity check of the parser: input, 8 convs, 4 fused ReLUs, reshape, gemm, softmax
    expect(st).toHaveLength(1 + 8 + 4 + 1 + 1 + 1);
    const r = analyzeModel(fileModelInput(sharedModel(SWW)), { planner: 'st-time' });
    const ours = ourRows(renderText(r));
    expect(ours.map((x) => x.name)).toEqual(st.map((x) => x.name));
    // connected to: ST lists gemm_9's weights placeholders under it as well; the first is the layer
    expect(ours.map((x) => x.from)).toEqual(st.map((x) => x.from));
    // the text report's model_name and header are the file's stem, as stedgeai's
    expect(renderText(r)).toContain('Model name - str_ww_ref_model');
  });

  it('the file\'s names stay in JSON (originalName) and come back with --long-names', () => {
    const r = analyzeModel(fileModelInput(sharedModel(SWW)));
    expect(r.layers[9]).toMatchObject({ name: 'gemm_9', originalName: 'model/dense/MatMul;model/dense/BiasAdd' });
    expect(r.inputs[0]).toMatchObject({ name: 'serving_default_input_1:0', layerName: 'serving_default_input_10' });
    const long = analyzeModel(fileModelInput(sharedModel(SWW)), { longNames: true });
    expect(long.layers[9]?.name).toBe('model/dense/MatMul;model/dense/BiasAdd');
    expect(long.layers.every((l) => l.originalName === undefined)).toBe(true);
  });

  it('no line over 160 columns for zoo MobileNets on every target', () => {
    for (const model of ['mlcommons-tiny/benchmark/training/visual_wake_words/trained_models/vww_96_int8.tflite', 'tflite-micro/tensorflow/lite/micro/models/person_detect.tflite', 'tflite-micro/third_party/xtensa/examples/pytorch_to_tflite/mobilenet_v2_quantized_1x3x224x224.tflite']) {
      for (const target of ['stm32h7', 'stm32n6', 'ethos-u55-128']) {
        const text = renderText(analyzeModel(fileModelInput(sharedModel(model)), { target }));
        const long = text.split('\n').filter((l) => l.length > TEXT_WIDTH);
        expect(long, `${model} on ${target}`).toEqual([]);
      }
    }
  });
});

describe('names of ONNX layers', () => {
  it(`keeps node names up to ${USABLE_NAME_CHARS} characters; a longer one becomes family_position`, () => {
    const at = 'a'.repeat(USABLE_NAME_CHARS);
    const above = 'b'.repeat(USABLE_NAME_CHARS + 1);
    const b = new OnnxBuilder({ opset: 13 });
    let x = b.input('x', 'float32', [1, 8]);
    x = b.node('Relu', [x], {}, { name: at.slice(0, -1) }); // below
    x = b.node('Sigmoid', [x], {}, { name: at });
    x = b.node('Tanh', [x], {}, { name: above });
    x = b.node('Softmax', [x], {}, { name: 'x;y' });
    b.output(x, 'float32');
    const r = analyzeModel({ path: 'm.onnx', source: bytesSource('m.onnx', b.build()) });
    expect(r.layers.map((l) => l.name)).toEqual([at.slice(0, -1), at, 'nl_2', 'nl_3']);
    expect(r.layers.map((l) => l.originalName)).toEqual([undefined, undefined, above, 'x;y']);
    expect(r.layers[3]?.connectedTo).toEqual(['nl_2']);
  });
});

describe('renaming makes new reasons', () => {
  it('a reason a layer and its epoch share is renamed once for each, and the mapping\'s own is left as it was', () => {
    const b = new OnnxBuilder({ opset: 13 });
    b.output(b.node('Relu', [b.input('x', 'float32', [1, 8])], {}, { name: 'p' }), 'float32');
    const r = analyzeModel({ path: 'm.onnx', source: bytesSource('m.onnx', b.build()) });
    const shared = { unit: 'npu', rule: 'activation-dtype', message: "Relu 'p': tensor 'x' is float32", value: 'float32', limit: 'int8', hint: "quantize 'p'" };
    const layer = r.layers[0] as (typeof r.layers)[number];
    layer.reasons = [shared];
    r.epochs = { total: 1, hw: 0, sw: 1, unsupported: 0, list: [{ id: 1, unit: 'SW_FLOAT', nodes: ['p'], ops: ['Relu'], macc: 0, reasons: layer.reasons }] };
    // p is shown as q, and q (another layer's file name) as r: renaming a renamed sentence again would say r
    applyLayerNames(r, new Map([['p', 'q'], ['q', 'r']]));
    const renamed = { ...shared, message: "Relu 'q': tensor 'x' is float32", hint: "quantize 'q'" };
    expect([r.layers[0]?.reasons, r.epochs.list[0]?.reasons, r.epochs.list[0]?.nodes]).toEqual([[renamed], [renamed], ['q']]);
    expect(shared.message).toBe("Relu 'p': tensor 'x' is float32");
  });
});

describe('diffs match layers by their name in the file', () => {
  it('a layer inserted first shifts every shown name, and the diff still sees one new layer', () => {
    const model = (extra: boolean) => {
      const b = new OnnxBuilder({ opset: 13 });
      let x = b.input('x', 'float32', [1, 8]);
      if (extra) x = b.node('Relu', [x], {}, { name: 'new;first' });
      for (const n of ['s;1', 's;2', 's;3']) x = b.node('Sigmoid', [x], {}, { name: n });
      b.output(x, 'float32');
      return analyzeModel({ path: 'm.onnx', source: bytesSource('m.onnx', b.build()) });
    };
    const [base, head] = [model(false), model(true)];
    expect(base.layers.map((l) => l.name)).toEqual(['nl_0', 'nl_1', 'nl_2']);
    expect(head.layers.map((l) => l.name)).toEqual(['nl_0', 'nl_1', 'nl_2', 'nl_3']);
    const d = diffReports(base, head);
    expect(d.addedLayers.map((l) => l.name)).toEqual(['nl_0']);
    expect(d.removedLayers).toEqual([]);
  });
});

describe(`wrapping at ${TEXT_WIDTH} columns`, () => {
  it('leaves a line at the width alone, wraps one above under its value, cuts a word longer than the width', () => {
    const at = `${'key'.padEnd(19)}:   ${'x'.repeat(TEXT_WIDTH - 23)}`;
    expect(at).toHaveLength(TEXT_WIDTH);
    expect(wrapLine(at)).toEqual([at]);
    const words = `${'key'.padEnd(19)}:   ${Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ')}`;
    expect(words.length).toBeGreaterThan(TEXT_WIDTH);
    const wrapped = wrapLine(words);
    expect(wrapped.length).toBe(2);
    expect(wrapped.every((l) => l.length <= TEXT_WIDTH)).toBe(true);
    expect(wrapped[1]?.startsWith(' '.repeat(23) + 'word')).toBe(true);
    expect(wrapped.join(' ').replace(/\s+/g, ' ')).toBe(words.replace(/\s+/g, ' '));
    const word = 'y'.repeat(TEXT_WIDTH * 2 + 5);
    expect(wrapLine(word).map((l) => l.trim().length)).toEqual([TEXT_WIDTH, TEXT_WIDTH - 4, 9]);
  });
});

describe('the renaming map (layerNames)', () => {
  const graph = (inputs: string[], nodes: string[]): Graph => ({
    name: 'g', tensors: new Map(), inputs, outputs: [],
    nodes: nodes.map((name) => ({ name, op: 'Relu', sourceOp: 'Relu', inputs: [], outputs: [], attrs: {} })),
  });

  it('holds only the names that change: none when every ONNX name is usable', () => {
    expect(layerNames(graph(['x'], ['a', 'b']), 'onnx', false).size).toBe(0);
    expect(layerNames(graph(['x'], ['a', 'b']), 'onnx', true).size).toBe(0);
  });

  it('an unusable input takes input_<i>, and a node already named so takes the next free name', () => {
    expect([...layerNames(graph(['in;put'], ['input_0', 'a']), 'onnx', false)]).toEqual([['in;put', 'input_0'], ['input_0', 'input_0_1']]);
  });

  it('a node named as a graph input: the name is the input\'s, and the node\'s entry is the one kept', () => {
    expect([...layerNames(graph(['x'], ['x']), 'onnx', false)]).toEqual([['x', 'x_1']]);
  });

  it('an unusable node name takes its family and position; a graph input listed twice takes the next free name', () => {
    const long = 'n'.repeat(USABLE_NAME_CHARS + 1);
    expect([...layerNames(graph(['x'], ['a', long]), 'onnx', false)]).toEqual([[long, 'nl_1']]);
    expect([...layerNames(graph(['x', 'x'], ['a']), 'onnx', false)]).toEqual([['x', 'x_1']]);
  });

  it('TFLite: every node by family and position, inputs as stedgeai spells them', () => {
    expect([...layerNames(graph(['in:0', 'plain'], ['a', 'b']), 'tflite', false)]).toEqual([['in:0', 'in0'], ['a', 'nl_0'], ['b', 'nl_1']]);
  });
});
