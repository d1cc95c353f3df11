/** A Report from an IR graph through the real metrics, planner and report builder (fake MACC rules). */
import { computeMetrics } from '../../src/metrics/metrics.js';
import { planMemory } from '../../src/memory/plan.js';
import { buildReport } from '../../src/analysis/build-report.js';
import type { Graph } from '../../src/ir/graph.js';
import type { PlannerProfile } from '../../src/memory/types.js';
import type { Report } from '../../src/report/types.js';
import { fakeRules } from '../metrics/fake-rules.js';

export function reportOf(g: Graph, planner: PlannerProfile, path = 'models/m.onnx'): Report {
  const options = { planner } as const;
  const plan = planMemory(g, options);
  const searched = planner === 'best' ? undefined : planMemory(g, { ...options, search: true });
  return buildReport({
    model: { path, format: 'onnx', meta: {}, diagnostics: [] },
    graph: g, metrics: computeMetrics(g, { rules: fakeRules }), plan, searched, options,
    tool: { name: 'model-footprint', version: '0.1.0' },
  });
}
