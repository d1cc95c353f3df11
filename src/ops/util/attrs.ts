/** Typed readers for node attributes (ONNX naming). Wrong types read as absent. */
import type { AttrValue, Node, Tensor } from '../../ir/graph.js';

function get(node: Node, name: string): AttrValue | undefined {
  return node.attrs[name];
}

export function attrInt(node: Node, name: string, def: number): number;
export function attrInt(node: Node, name: string): number | undefined;
export function attrInt(node: Node, name: string, def?: number): number | undefined {
  const v = get(node, name);
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return def;
}

export function attrFloat(node: Node, name: string, def: number): number;
export function attrFloat(node: Node, name: string): number | undefined;
export function attrFloat(node: Node, name: string, def?: number): number | undefined {
  const v = get(node, name);
  return typeof v === 'number' ? v : def;
}

export function attrInts(node: Node, name: string): number[] | undefined {
  const v = get(node, name);
  if (Array.isArray(v) && v.every((x) => typeof x === 'number')) return v as number[];
  if (typeof v === 'number') return [v];
  return undefined;
}

export function attrString(node: Node, name: string, def: string): string;
export function attrString(node: Node, name: string): string | undefined;
export function attrString(node: Node, name: string, def?: string): string | undefined {
  const v = get(node, name);
  return typeof v === 'string' ? v : def;
}

export function attrTensor(node: Node, name: string): Tensor | undefined {
  const v = get(node, name);
  if (typeof v === 'object' && !Array.isArray(v) && 'dtype' in v) return v; // a tensor, not a graph
  return undefined;
}

/** 'NCHW' (ONNX, default) or 'NHWC' (TFLite, Keras). */
export function layoutOf(node: Node): 'NCHW' | 'NHWC' {
  return attrString(node, 'layout') === 'NHWC' ? 'NHWC' : 'NCHW';
}
