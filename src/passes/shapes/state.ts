/** What the shapes pass carries while walking a graph and its subgraphs. */
import type { Tensor } from '../../ir/graph.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';

export type Lookup = (name: string) => Tensor | undefined;

export interface ShapeState {
  diagnostics: Diagnostic[];
  opset: number | undefined;
  /** Tensors whose shape stayed unknown (for reporting only the first node of a chain). */
  unknown: Set<string>;
  /** Nodes left with unknown outputs because an input upstream was already unknown. */
  downstreamUnknown: number;
  /** Names of nodes folded into constants. */
  folded: string[];
  /** Only Shape operators fold; what reads them stays (AnalyzeOptions.foldShapesOnly). */
  foldShapesOnly: boolean;
}

export function newState(opset: number | undefined, diagnostics: Diagnostic[], foldShapesOnly = false): ShapeState {
  return { diagnostics, opset, unknown: new Set(), downstreamUnknown: 0, folded: [], foldShapesOnly };
}

/**
 * Adds a diagnostic once: the pipeline runs this pass more than once, and the same finding
 * must not be listed twice.
 */
export function report(state: ShapeState, d: Diagnostic): void {
  const same = (x: Diagnostic) => x.code === d.code && x.message === d.message && x.node === d.node;
  if (!state.diagnostics.some(same)) state.diagnostics.push(d);
}

export function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
