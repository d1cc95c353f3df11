/**
 * Which tensors need activation memory, and from which step to which step (METRICS.md
 * "Activations"). Constants are not activations; variable tensors are persistent.
 */
import type { Graph, Node, Tensor } from '../ir/graph.js';
import { outerReads } from '../passes/graph-edit.js';
import { elementCount } from '../ir/shape.js';
import { storageBytes } from '../ir/dtype.js';
import { alignUp } from '../metrics/weights.js';
import type { BufferKind, BufferRequest, KernelScratchFn, PersistentBuffer, PlannerProfile, ScratchSizeFn } from './types.js';

export const PROFILE_ALIGNMENT: Readonly<Record<PlannerProfile, number>> = { st: 4, tflm: 16 };

export interface Requests {
  requests: BufferRequest[];
  persistent: PersistentBuffer[];
  inputsBytes: number;
  outputsBytes: number;
  unsized: string[];
}

interface Span { first: number; last: number }

/** Unrounded bytes of a tensor, undefined when its shape is not static. */
export function tensorBytes(t: Tensor): number | undefined {
  const n = elementCount(t.shape);
  return n === undefined ? undefined : storageBytes(t.dtype, n);
}

/** What a node reads: its inputs, and the outer tensors its nested graphs read (alive until it runs). */
function reads(node: Node): string[] {
  return node.subgraphs ? [...node.inputs, ...outerReads(node)] : node.inputs;
}

/**
 * Lifetimes in node indexes: produced at i -> alive from i; last read at j -> alive to j;
 * graph inputs from 0; graph outputs to the last node.
 */
function stSpans(graph: Graph): Map<string, Span> {
  const spans = new Map<string, Span>();
  const end = Math.max(graph.nodes.length - 1, 0);
  for (const name of graph.inputs) spans.set(name, { first: 0, last: 0 });
  graph.nodes.forEach((node, i) => {
    for (const o of node.outputs) if (o) spans.set(o, { first: i, last: i });
    for (const name of reads(node)) {
      const s = name ? spans.get(name) : undefined;
      if (s) s.last = Math.max(s.last, i);
    }
  });
  for (const name of graph.outputs) {
    const s = spans.get(name);
    if (s) s.last = end;
  }
  return spans;
}

/**
 * Lifetimes as TFLM's AllocationInfoBuilder marks them: scope 0 before the first op; op i runs in
 * scope i + 1; inputs and outputs are created at 0, an op's outputs at its scope; each read
 * extends last_used; graph outputs last until the final scope.
 */
function tflmSpans(graph: Graph): Map<string, Span> {
  const spans = new Map<string, Span>();
  for (const name of [...graph.inputs, ...graph.outputs]) spans.set(name, { first: 0, last: 0 });
  graph.nodes.forEach((node, i) => {
    const scope = i + 1;
    for (const o of node.outputs) if (o) spans.set(o, { first: scope, last: scope });
    for (const name of [...reads(node), ...node.outputs]) {
      const s = name ? spans.get(name) : undefined;
      if (s) s.last = Math.max(s.last, scope);
    }
  });
  for (const name of graph.outputs) {
    const s = spans.get(name);
    if (s) s.last = graph.nodes.length;
  }
  return spans;
}

/**
 * Buffer requests in tensor order (graph.tensors), then scratch areas in node order: a node's
 * kernel buffers (`<node>#scratch0`, `#scratch1`... in request order, as TFLM appends them after
 * the tensors) and then its `scratchSize` area (`<node>#scratch`, nested graphs).
 */
export function collectRequests(graph: Graph, profile: PlannerProfile, ioInside: boolean, scratchSize: ScratchSizeFn, kernelScratch?: KernelScratchFn): Requests {
  const align = PROFILE_ALIGNMENT[profile];
  const spans = profile === 'tflm' ? tflmSpans(graph) : stSpans(graph);
  const inputs = new Set(graph.inputs);
  const outputs = new Set(graph.outputs);
  const out: Requests = { requests: [], persistent: [], inputsBytes: 0, outputsBytes: 0, unsized: [] };

  for (const [name, t] of graph.tensors) {
    const span = spans.get(name);
    if (t.variable === true) {
      const bytes = tensorBytes(t);
      if (bytes === undefined) out.unsized.push(name);
      else out.persistent.push({ tensor: name, size: alignUp(bytes, align) });
      continue;
    }
    if (t.data !== undefined || span === undefined) continue;
    const bytes = tensorBytes(t);
    if (bytes === undefined) {
      out.unsized.push(name);
      continue;
    }
    const kind: BufferKind = inputs.has(name) ? 'input' : outputs.has(name) ? 'output' : 'activation';
    if (!ioInside && kind !== 'activation') {
      if (kind === 'input') out.inputsBytes += bytes;
      else out.outputsBytes += bytes;
      continue;
    }
    if (bytes === 0) continue;
    out.requests.push({ tensor: name, kind, size: alignUp(bytes, align), firstStep: span.first, lastStep: span.last });
  }

  graph.nodes.forEach((node, i) => {
    const step = profile === 'tflm' ? i + 1 : i;
    (kernelScratch?.(node, graph) ?? []).forEach((bytes, k) => {
      if (bytes > 0) out.requests.push({ tensor: `${node.name}#scratch${k}`, kind: 'scratch', size: alignUp(bytes, align), firstStep: step, lastStep: step });
    });
    const bytes = scratchSize(node, graph);
    if (bytes <= 0) return;
    out.requests.push({ tensor: `${node.name}#scratch`, kind: 'scratch', size: alignUp(bytes, align), firstStep: step, lastStep: step });
  });
  return out;
}
