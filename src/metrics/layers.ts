/**
 * Per-layer metrics of an optimized graph: parameters, weights (ROM), MACC, connections
 * (METRICS.md). One layer per remaining node, in execution order.
 */
import type { DType } from '../ir/dtype.js';
import type { Graph, Node, Tensor } from '../ir/graph.js';
import type { Shape } from '../ir/shape.js';
import type { OpKind } from '../ops/kinds.js';
import type { Cost, OpRole } from '../ops/rule.js';
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { createRuleContext } from '../ops/context.js';
import type { RuleLookup } from './rules.js';
import { floatWeightBytes, itemCount, quantParamBytes, rawBytes, weightBytes } from './weights.js';
import { operationType } from './optypes.js';

export interface LayerMetrics {
  name: string;
  op: OpKind;
  sourceOp: string;
  /** Shape of the first output; undefined when unknown. */
  outputShape: Shape | undefined;
  dtype: DType;
  /** Items in the constants first used by this layer (shape inputs excluded). */
  params: number;
  /** Those items at storage width, not aligned. */
  paramsBytes: number;
  /** Sum of alignUp(storage bytes, 4) per constant array. */
  weightsBytes: number;
  /** The same constants if they were float32. */
  floatWeightsBytes: number;
  /** Per-channel scales/zero points and constant Q/DQ parameters, not part of weightsBytes. */
  quantParamsBytes: number;
  macc: number;
  maccPure: number;
  /** Original operators absorbed into this layer. */
  fused: string[];
  /** Producer layers, or graph input names, of the non-constant inputs. */
  connectedTo: string[];
  activation: OpKind | undefined;
  /** Operation-type bucket (smul_f32_f32, op_s8_s8, conv_s8_f32...). */
  operationType: string;
  /** Names of the constants counted on this layer. */
  constants: string[];
}

export interface LayerOptions {
  rules: RuleLookup;
  opset?: number | undefined;
}

const ZERO: Cost = { macc: 0, pure: 0 };

function isConstant(t: Tensor | undefined): t is Tensor {
  return t !== undefined && t.data !== undefined && t.variable !== true;
}

function nodeCost(graph: Graph, node: Node, opts: LayerOptions, diagnostics: Diagnostic[]): Cost {
  const rule = opts.rules(node.op);
  if (!rule) return ZERO;
  try {
    return rule.cost(createRuleContext(graph, node, opts.opset));
  } catch (e: unknown) {
    const msg = e instanceof Error ? e.message : String(e);
    diagnostics.push(diag('W_SHAPE', `MACC of ${node.op} counted as 0: ${msg}`, node.name));
    return ZERO;
  }
}

/** Computes one LayerMetrics per node. `seen` holds constants already counted (shared ones count once). */
export function computeLayers(graph: Graph, opts: LayerOptions, diagnostics: Diagnostic[]): LayerMetrics[] {
  const producer = new Map<string, string>();
  for (const n of graph.nodes) for (const o of n.outputs) if (o) producer.set(o, n.name);
  const seen = new Set<string>();

  return graph.nodes.map((node) => {
    const rule = opts.rules(node.op);
    const role: OpRole = rule?.role ?? 'unknown';
    const shapeInputs = new Set(rule?.shapeInputs ?? []);
    const m = { params: 0, paramsBytes: 0, weightsBytes: 0, floatWeightsBytes: 0, quantParamsBytes: 0 };
    const constants: string[] = [];
    const connectedTo: string[] = [];

    node.inputs.forEach((name, i) => {
      if (!name) return;
      const t = graph.tensors.get(name);
      if (t?.variable === true) return; // state: persistent memory, neither a weight nor a layer
      if (!isConstant(t)) {
        // a producer layer, else a graph input (or a dangling tensor) by its own name
        const from = producer.get(name) ?? name;
        if (!connectedTo.includes(from)) connectedTo.push(from);
        return;
      }
      if (shapeInputs.has(i) || seen.has(name)) return;
      seen.add(name);
      if (role === 'quantization' && i >= 1) {
        // scale / zero point of a standalone Q/DQ: quantization parameters, not weights
        m.quantParamsBytes += weightBytes(t);
        return;
      }
      constants.push(name);
      m.params += itemCount(t);
      m.paramsBytes += rawBytes(t);
      m.weightsBytes += weightBytes(t);
      m.floatWeightsBytes += floatWeightBytes(t);
      m.quantParamsBytes += quantParamBytes(t);
    });

    const cost = nodeCost(graph, node, opts, diagnostics);
    const out = node.outputs[0] ? graph.tensors.get(node.outputs[0]) : undefined;
    return {
      name: node.name,
      op: node.op,
      sourceOp: node.sourceOp,
      outputShape: out?.shape,
      dtype: out?.dtype ?? 'unknown',
      ...m,
      macc: cost.macc,
      maccPure: cost.pure,
      fused: node.fused ? [...node.fused] : [],
      connectedTo,
      activation: node.activation,
      operationType: operationType(graph, node, role),
      constants,
    };
  });
}
