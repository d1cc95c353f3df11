/**
 * The epoch table of an ST Edge AI Core Neural-ART compilation, read from its c_info.json:
 * `graphs[0].nodes` are the epochs (`mapping` NODE_HW / NODE_SW), each with its operators in
 * `subgraph_nodes` ("Node kind=Conv"...). The parameter-only epoch and the final Return are not
 * epochs of the report's count ("85 epochs, 27 in software" for BlazeFace).
 */
import { readFileSync } from 'node:fs';

export interface StEpoch {
  unit: 'HW' | 'SW';
  /** Operator names, as ST's optimized ONNX names them (Conv2D_4_mul_scale_4...). */
  nodes: string[];
  /** Operator kinds (ONNX names: Conv, Transpose, QuantizeLinear...). */
  kinds: string[];
}

interface CInfoNode {
  mapping: string;
  description: string;
  name: string;
  subgraph_nodes: CInfoNode[];
}

export function stEpochs(path: string): StEpoch[] {
  const c = JSON.parse(readFileSync(path, 'utf8')) as { graphs: { nodes: CInfoNode[] }[] };
  const out: StEpoch[] = [];
  for (const n of c.graphs[0]?.nodes ?? []) {
    const ops = n.subgraph_nodes.filter((s) => s.description !== 'Node kind=Param');
    if (ops.length === 0 || ops.some((s) => s.name === '__NN__RETURN__')) continue;
    out.push({ unit: n.mapping === 'NODE_SW' ? 'SW' : 'HW', nodes: ops.map((s) => s.name), kinds: ops.map((s) => s.description.replace('Node kind=', '')) });
  }
  return out;
}

/** The file's operator an ST operator comes from: `Conv2D_4_mul_scale_4` and `Conv2D_4_subm_1` are parts of `Conv2D_4`. */
export function stBaseName(name: string): string {
  return name.replace(/_(subm|suboff|mul_scale|off_bias|ca_pipe|add|zero_off)(_\d+)?$/, '');
}
