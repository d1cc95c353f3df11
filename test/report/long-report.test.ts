/**
 * Every renderer on a report of LAYERS layers, past the ~125k arguments a spread call passes
 * before the stack overflows: the text and Markdown reports of a 300k-node chain threw "Maximum
 * call stack size exceeded" (reported as E_LIMIT against the model file) before src/arrays.ts.
 */
import { describe, expect, it } from 'vitest';
import { kws } from './fixtures.js';
import { jsonChunks, renderReport } from '../../src/report/index.js';
import type { Report, ReportLayer } from '../../src/report/types.js';

const LAYERS = 200_000;

/**
 * The bundled example on the NPU target (latency, units, epochs), its NPU conv repeated LAYERS
 * times in a chain (one table row each: nothing fused), each in a SW epoch of its own (the
 * reports list every SW epoch with its reason), each with a pool warning (the 300k-node chain on
 * stm32h7 had 92,719: its weights fit in no pool).
 */
function longReport(): Report {
  const r = kws();
  const conv = r.layers.find((l) => l.name === 'conv0') as ReportLayer;
  const epoch = r.epochs?.list.find((e) => e.unit !== 'HW');
  if (!epoch || conv.timeMs === undefined) throw new Error('the example lost its NPU conv or its SW epoch: this test needs both');
  const layers = Array.from({ length: LAYERS }, (_, i): ReportLayer => ({ ...conv, name: `layer_${i}`, macc: i + 1, fused: [], connectedTo: [i === 0 ? 'input_q' : `layer_${i - 1}`] }));
  return {
    ...r,
    layers,
    memory: { ...r.memory, timeline: { ...r.memory.timeline, steps: layers.map((l, i) => ({ layer: l.name, liveBytes: i })) } },
    pools: { ...(r.pools as NonNullable<Report['pools']>), warnings: layers.map((l) => `weights '${l.name}' (288 B) fits in no weight pool.`) },
    epochs: { ...(r.epochs as NonNullable<Report['epochs']>), total: LAYERS, hw: 0, sw: LAYERS, list: layers.map((l, i) => ({ ...epoch, id: i + 1, nodes: [l.name], ops: [l.op], macc: l.macc })) },
  };
}

describe(`renderers on a report of ${LAYERS.toLocaleString('en-US')} layers`, () => {
  const r = longReport();
  const last = `layer_${LAYERS - 1}`;

  it('text: every layer, the last with its MACC', () => {
    const text = renderReport(r, 'text');
    const row = text.split('\n').find((l) => l.includes(` ${last} (`));
    expect(row).toContain(LAYERS.toLocaleString('en-US'));
  });

  it('Markdown: every layer and every pool warning', () => {
    const md = renderReport(r, 'md');
    expect(md).toContain(last);
    expect(md).toContain(`> ⚠️ weights '${last}' (288 B) fits in no weight pool.`);
  });

  it('HTML: every layer', () => {
    expect(renderReport(r, 'html')).toContain(last);
  });

  it('JSON chunks: every layer', () => {
    const text = Buffer.concat([...jsonChunks(r)]).toString('utf8');
    expect((JSON.parse(text) as Report).layers.length).toBe(LAYERS);
  });
});
