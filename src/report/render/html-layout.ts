/**
 * A simple layered layout of the layer graph for the HTML report: graph inputs on rank 0, every
 * layer on 1 + the highest rank of its producers (`connectedTo`), boxes placed per rank, ordered
 * by the mean position of their producers (one barycenter pass), ranks centred.
 */
import { maxOf } from '../../arrays.js';

export interface LayoutLayer {
  name: string;
  connectedTo: readonly string[];
}

export interface LayoutBox {
  width: number;
  height: number;
  gapX: number;
  gapY: number;
  pad: number;
}

export interface PlacedNode {
  kind: 'input' | 'layer';
  /** Index into the inputs (kind 'input') or the layers (kind 'layer'). */
  index: number;
  rank: number;
  /** Top-left corner of the box. */
  x: number;
  y: number;
}

export interface GraphLayout {
  nodes: PlacedNode[];
  /** Indices into `nodes`: producer, consumer. */
  edges: { from: number; to: number }[];
  width: number;
  height: number;
  /** Rows drawn (ranks holding at least one box). */
  ranks: number;
  /** Most boxes on one rank. */
  widest: number;
}

export const DEFAULT_BOX: LayoutBox = { width: 220, height: 76, gapX: 28, gapY: 44, pad: 20 };

/**
 * Rank of every layer: 1 + max rank of its producers; graph inputs and unknown names rank 0.
 * Layers come in execution order; a producer named later (a cycle or a malformed report) is
 * ignored rather than followed, so the computation always ends.
 */
export function layerRanks(layers: readonly LayoutLayer[]): number[] {
  const rankOf = new Map<string, number>();
  return layers.map((l) => {
    let max = 0;
    for (const p of l.connectedTo) max = Math.max(max, rankOf.get(p) ?? 0);
    const rank = max + 1;
    if (!rankOf.has(l.name)) rankOf.set(l.name, rank);
    return rank;
  });
}

export function layoutGraph(layers: readonly LayoutLayer[], inputs: readonly string[], box: LayoutBox = DEFAULT_BOX): GraphLayout {
  const ranks = layerRanks(layers);
  const nodes: PlacedNode[] = [
    ...inputs.map((_, index): PlacedNode => ({ kind: 'input', index, rank: 0, x: 0, y: 0 })),
    ...layers.map((_, index): PlacedNode => ({ kind: 'layer', index, rank: ranks[index] ?? 1, x: 0, y: 0 })),
  ];
  // Node index by name: the first layer of a name, else the input (what rank used).
  const byName = new Map<string, number>();
  layers.forEach((l, i) => { if (!byName.has(l.name)) byName.set(l.name, inputs.length + i); });
  inputs.forEach((name, i) => { if (!byName.has(name)) byName.set(name, i); });

  const edges: { from: number; to: number }[] = [];
  const producers: number[][] = nodes.map(() => []);
  layers.forEach((l, i) => {
    const to = inputs.length + i;
    for (const p of new Set(l.connectedTo)) {
      const from = byName.get(p);
      const fromNode = from === undefined ? undefined : nodes[from];
      if (from === undefined || !fromNode || fromNode.rank >= (nodes[to]?.rank ?? 0)) continue;
      edges.push({ from, to });
      producers[to]?.push(from);
    }
  });

  const perRank: number[][] = [];
  nodes.forEach((n, i) => (perRank[n.rank] ??= []).push(i));
  const widest = maxOf(perRank.map((r) => r?.length ?? 0), 1);
  const stepX = box.width + box.gapX;
  const center = (i: number): number => (nodes[i]?.x ?? 0) + box.width / 2;
  let rows = 0;
  for (let r = 0; r < perRank.length; r++) {
    const row = perRank[r] ?? [];
    if (row.length === 0) continue; // no graph inputs: rank 0 takes no room
    const y = box.pad + rows++ * (box.height + box.gapY);
    const key = new Map(row.map((i) => {
      const ps = producers[i] ?? [];
      return [i, ps.length ? ps.reduce((s, p) => s + center(p), 0) / ps.length : Number.POSITIVE_INFINITY];
    }));
    row.sort((a, b) => (key.get(a) ?? 0) - (key.get(b) ?? 0) || a - b);
    const offset = box.pad + ((widest - row.length) * stepX) / 2;
    row.forEach((i, order) => {
      const n = nodes[i];
      if (!n) return;
      n.x = offset + order * stepX;
      n.y = y;
    });
  }
  return {
    nodes, edges, ranks: rows, widest,
    width: box.pad * 2 + widest * stepX - box.gapX,
    height: box.pad * 2 + Math.max(1, rows) * (box.height + box.gapY) - box.gapY,
  };
}
