/**
 * The 'st' scratch rules (memory/scratch/st.ts) against ST Edge AI Core's own sizes: every distinct
 * layer of test/reference/st-scratch-layers.json, read by tools/st-scratch/extract.py from the
 * network.c and c_info.json files ST's tool generated in public projects (repository, commit and
 * file per row). Each row is rebuilt as a one-node graph with the row's geometry and quantization.
 *
 * The K > 1 conv constants (14 B per output channel, the 5,120 B cap) were fitted on two layers of
 * the weather-forecasting project (st.ts says which); the other rows check them, among them the
 * activity tracker's c_info.json from another project.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../builders/ir.js';
import type { Attrs, Graph, Node, Quantization } from '../../src/ir/graph.js';
import { softmaxTableWords, stScratch } from '../../src/memory/scratch/st.js';

interface Row {
  layer: string;
  kernel: string;
  cin?: number;
  cout?: number;
  k?: number;
  groups?: number;
  perChannel?: boolean;
  classes?: number;
  inputScale?: number;
  beta?: number;
  diffMin?: number;
  scratchBytes: number[];
  source: { repo: string; commit: string; path: string };
}

const rows = (JSON.parse(readFileSync(new URL('../reference/st-scratch-layers.json', import.meta.url), 'utf8')) as { layers: Row[] }).layers;

function scales(n: number): Quantization {
  return { scale: new Array<number>(n).fill(0.01), zeroPoint: new Array<number>(n).fill(0) };
}

function must(v: number | undefined, what: string): number {
  if (v === undefined) throw new Error(`row without ${what}`);
  return v;
}

/** A one-node int8 graph with the row's geometry. */
function build(row: Row): { g: Graph; n: Node } {
  const b = new GraphBuilder();
  if (row.kernel === 'forward_sm_integer') {
    const c = must(row.classes, 'classes');
    const x = b.input('x', 'int8', [1, c], { scale: [must(row.inputScale, 'inputScale')], zeroPoint: [0] });
    b.output(b.node('Softmax', [x], { axis: -1, beta: row.beta ?? 1 }, { name: 'n', outShapes: [[1, c]], outDType: 'int8' }));
  } else if (row.kernel.startsWith('forward_dense')) {
    const [cin, cout] = [must(row.cin, 'cin'), must(row.cout, 'cout')];
    const x = b.input('x', 'int8', [1, cin]);
    const w = b.constant('w', 'int8', [cout, cin], scales(row.perChannel ? cout : 1));
    b.output(b.node('Gemm', [x, w, b.constant('bias', 'int32', [cout])], { transB: 1 }, { name: 'n', outShapes: [[1, cout]], outDType: 'int8' }));
  } else {
    const [cin, cout, k, groups] = [must(row.cin, 'cin'), must(row.cout, 'cout'), must(row.k, 'k'), must(row.groups, 'groups')];
    const x = b.input('x', 'int8', [1, 1, 16, cin]);
    const depthwise = groups === cin && cin > 1;
    const w = depthwise
      ? b.constant('w', 'int8', [1, 1, k, cout], scales(cout))
      : b.constant('w', 'int8', [cout, 1, k, cin / groups], scales(cout));
    const attrs: Attrs = depthwise
      ? { layout: 'NHWC', weight_layout: 'IHWO', group: cin, depth_multiplier: cout / cin, strides: [1, 1], auto_pad: 'VALID' }
      : { layout: 'NHWC', weight_layout: 'OHWI', group: groups, strides: [1, 1], auto_pad: 'VALID' };
    b.output(b.node('Conv', [x, w, b.constant('bias', 'int32', [cout])], attrs, { name: 'n', outShapes: [[1, 1, 16 - k + 1, cout]], outDType: 'int8' }));
  }
  const n = b.graph.nodes[0];
  if (!n) throw new Error('no node');
  return { g: b.graph, n };
}

describe('st scratch rules against stedgeai 2.x (test/reference/st-scratch-layers.json)', () => {
  it('holds rows of every kernel family, from more than one project', () => {
    const kernels = new Set(rows.map((r) => r.kernel));
    for (const k of ['forward_dw_sssa8_ch', 'forward_pw_sssa8_ch', 'forward_conv2d_sssa8_ch', 'forward_conv2d_deep_sssa8_ch', 'forward_dense_integer_SSSA', 'forward_dense_integer_SSSA_ch', 'forward_sm_integer']) {
      expect(kernels.has(k), k).toBe(true);
    }
    expect(new Set(rows.map((r) => r.source.repo)).size).toBeGreaterThanOrEqual(3);
  });

  it.each(rows.map((r) => [`${r.kernel} ${r.layer} (${r.source.repo}@${r.source.commit.slice(0, 10)})`, r] as const))('%s', (_, row) => {
    const { g, n } = build(row);
    expect(stScratch(n, g)).toEqual(row.scratchBytes);
  });

  it('the softmax table is TFLite diff_min, as ST prints it in the layer params', () => {
    for (const row of rows.filter((r) => r.kernel === 'forward_sm_integer')) {
      expect(softmaxTableWords(must(row.inputScale, 'inputScale'), row.beta ?? 1)).toBe(-must(row.diffMin, 'diffMin'));
    }
    // stedgeai 1.0, ../shared/reference/stedgeai-sww: nl_10 params [1263631360, 24, -124], input scale 0.14710605
    expect(softmaxTableWords(0.14710605144500732, 1)).toBe(124);
  });
});
