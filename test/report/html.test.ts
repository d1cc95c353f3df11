import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/report/index.js';
import { renderHtml } from '../../src/report/render/html.js';
import { layerRanks, layoutGraph } from '../../src/report/render/html-layout.js';
import type { Report, ReportLayer } from '../../src/report/types.js';
import { kws, seed001 } from './fixtures.js';

const kwsTime = (): Report => kws({ planner: 'st-time' });

/** Every tag of the page (the stylesheet's text left out), with its attributes. */
function tags(html: string): { name: string; attrs: Record<string, string> }[] {
  const body = html.replace(/<style>[^<]*<\/style>/, '<style></style>');
  const out: { name: string; attrs: Record<string, string> }[] = [];
  for (const m of body.matchAll(/<(\/?)([a-zA-Z][\w-]*|!DOCTYPE)([^>]*)>/g)) {
    const rest = (m[3] ?? '').replace(/\/$/, '');
    const attrs: Record<string, string> = {};
    // Each attribute is name="value" with no raw quote inside; anything else left over fails.
    const leftover = rest.replace(/\s+([a-zA-Z:-]+)="([^"<>]*)"/g, (_, k: string, v: string) => { attrs[k.toLowerCase()] = v; return ''; });
    if (m[2] !== '!DOCTYPE') expect(leftover.trim(), `stray text in <${m[2]}${m[3]}>`).toBe('');
    if (m[1] === '') out.push({ name: (m[2] ?? '').toLowerCase(), attrs });
  }
  // No '<' left that is not a tag: text never opens markup.
  expect(body.replace(/<(\/?)([a-zA-Z][\w-]*|!DOCTYPE)([^>]*)>/g, '')).not.toContain('<');
  return out;
}

const layer = (name: string, connectedTo: string[], extra: Partial<ReportLayer> = {}): ReportLayer => ({
  name, op: 'Conv', sourceOp: 'Conv', outputShape: [1, 8], dtype: 'int8', params: 0, macc: 10, maccPure: 10, weightsBytes: 0,
  fused: [], connectedTo, activation: null, operationType: 'smul_s8_s8', ...extra,
});

describe('HTML report', () => {
  it('is one self-contained page: summary figures, one SVG box per layer, edges, no external resource', () => {
    const r = kwsTime();
    const html = renderReport(r, 'html');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    const all = tags(html);
    const boxes = all.filter((t) => t.name === 'g' && t.attrs['data-layer'] !== undefined);
    expect(boxes.map((t) => Number(t.attrs['data-layer']))).toEqual(r.layers.map((_, i) => i));
    expect(all.filter((t) => t.name === 'g' && /\bio\b/.test(t.attrs['class'] ?? ''))).toHaveLength(1); // the graph input
    expect(all.filter((t) => t.name === 'path' && t.attrs['d']?.includes(' C'))).toHaveLength(r.layers.length); // a chain
    for (const t of all) {
      expect(['script', 'iframe', 'object', 'embed', 'img', 'link', 'image', 'foreignobject']).not.toContain(t.name);
      for (const [k, v] of Object.entries(t.attrs)) {
        expect(k.startsWith('on'), k).toBe(false);
        // links only to anchors in the page
        expect(k === 'href' || k === 'src' || k === 'xlink:href' ? /^#[\w-]+$/.test(v) : true, `${t.name} ${k}=${v}`).toBe(true);
      }
    }
    expect(html).toContain('1,497,304'); // macc, as in the text report
    expect(html).toContain('14,000 B (13.67 KiB)'); // weights
    const act = r.totals.activationsBytes; // activations and ram total, as the text report prints them
    expect(html).toContain(`${act.toLocaleString('en-US')} B (${(act / 1024).toFixed(2)} KiB)`);
    // a QDQ model: ST runs the input QuantizeLinear outside, the network's input is int8 (490 B)
    expect(html).toMatch(/&#39;input&#39;, int8\(1x1x49x10\), 490 Bytes, QLinear\([0-9.]+,-?\d+,int8\), activations/);
    expect(html).toContain('&#39;softmax_out&#39;, f32(1x12), 48 Bytes, activations');
  });

  it('colours boxes by unit and lists why the 25x5 AveragePool is SW_INT on stm32n6', () => {
    const r = kwsTime();
    const html = renderHtml(r);
    const pool = r.layers.findIndex((l) => l.name === 'pool');
    expect(r.layers[pool]?.unit).toBe('SW_INT');
    expect(html).toContain(`<g class="node u-SW_INT" data-layer="${pool}" id="layer-${pool}">`);
    expect(html).toContain(`<g class="node u-HW" data-layer="${r.layers.findIndex((l) => l.name === 'conv0')}" id="layer-${r.layers.findIndex((l) => l.name === 'conv0')}">`);
    expect(html).toContain(`<g class="node u-SW_FLOAT" data-layer="${r.layers.findIndex((l) => l.name === 'softmax')}" id="layer-${r.layers.findIndex((l) => l.name === 'softmax')}">`);
    // The visible list, keyed by node, and the box linking to it.
    expect(html).toContain(`<li id="why-${pool}"><b>#${pool} pool</b>`);
    expect(html).toContain(`<a href="#why-${pool}">`);
    expect(html).toContain('AveragePool &#39;pool&#39;: pooling window 25x5 is larger than 3');
    expect(html).toMatch(/HW \(accelerator\) \(7\).*SW int \(CPU\) \(1\).*SW float \(CPU\) \(3\)/);
  });

  it('ranks a diamond: 1 + the highest rank of the producers', () => {
    const diamond = [
      { name: 'a', connectedTo: ['in'] }, { name: 'b', connectedTo: ['a'] }, { name: 'c', connectedTo: ['a'] },
      { name: 'd', connectedTo: ['b', 'c'] }, { name: 'e', connectedTo: ['a', 'd'] }, { name: 'f', connectedTo: [] },
    ];
    expect(layerRanks(diamond)).toEqual([1, 2, 2, 3, 4, 1]);
    // A forward reference (malformed or cyclic) is not followed.
    expect(layerRanks([{ name: 'x', connectedTo: ['y'] }, { name: 'y', connectedTo: ['x'] }])).toEqual([1, 2]);
    const g = layoutGraph(diamond, ['in']);
    const at = (i: number) => g.nodes.find((n) => n.kind === 'layer' && n.index === i);
    expect(at(1)?.y).toBe(at(2)?.y);
    expect(at(1)?.x).not.toBe(at(2)?.x);
    expect(at(3)?.y).toBeGreaterThan(at(1)?.y ?? Infinity);
    expect(g.edges).toHaveLength(7);
    expect(g.ranks).toBe(5);
    expect(g.widest).toBe(2); // rank 1 holds a and f
  });

  it('escapes hostile names, paths, reasons and hints in text and attributes', () => {
    const r = seed001();
    const evil = '</title><script>alert(1)</script>';
    const attr = '" onmouseover="x';
    r.model.path = `${evil}.onnx`;
    r.model.name = evil;
    r.inputs[0] = { ...(r.inputs[0] as Report['inputs'][number]), name: attr };
    r.layers = [
      layer(evil, [attr], { unit: 'SW_INT', unitName: '<b>cpu</b>', reasons: [{ unit: 'npu', rule: 'x', message: `${evil} ${attr}`, value: 1, limit: '0', hint: '<img src=x onerror=alert(2)>' }] }),
      layer(attr, [evil], { activation: '<svg onload=alert(3)>', subgraphs: [{ name: evil, repeat: 1, layers: [layer(`${attr}'`, [])] }] }),
    ];
    r.diagnostics = [{ code: 'W_X', severity: 'warning', category: 'ANALYSIS', message: evil, node: attr }];
    const html = renderHtml(r);
    tags(html); // parses: every attribute quoted, no stray text in a tag
    expect(html).not.toMatch(/<script|<img|<svg onload|onmouseover="/i);
    expect(html).toContain('Fix: &lt;img src=x onerror=alert(2)&gt;');
    expect(html).toContain('&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot; onmouseover=&quot;x');
    // page + one tooltip per box + one per memory timeline bar
    expect(html.match(/<title>/g)).toHaveLength(1 + r.layers.length + r.inputs.length + r.memory.timeline.steps.length);
    expect(html).toContain('<h2>Nested subgraphs</h2>');
  });

  it('lists a graph too large to draw as a table', () => {
    const r = seed001();
    r.layers = Array.from({ length: 1200 }, (_, i) => layer(`l${i}`, [i === 0 ? 'input_1' : `l${i - 1}`]));
    const html = renderHtml(r);
    expect(html).not.toContain('<svg class="graph"');
    expect(html.match(/<tr class="u-none" id="layer-\d+">/g)).toHaveLength(1200);
    expect(html).toContain('too many to draw');
    expect(html.length).toBeLessThan(600_000);
    expect(renderHtml(r, { limits: { maxLayers: 2000, maxWidth: 1e9, maxHeight: 1e9 } })).toContain('<svg');
  });

  it('a report without a target shows the no-target colour only', () => {
    const html = renderHtml(seed001());
    expect(html).toContain('<g class="node u-none" data-layer="0" id="layer-0">');
    expect(html).toContain('no target (1)');
    expect(html).not.toContain('HW (accelerator)');
  });
});
