import type { Graph, Model } from '../ir/graph.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

/**
 * The memory planners (METRICS.md "Activations"; their traits: memory/profiles.ts): ST Edge AI
 * Core's default allocator, the same with `-O time`, TFLite Micro's greedy, and the best plan found.
 */
export const PLANNERS = ['st', 'st-time', 'tflm', 'best'] as const;
export type PlannerProfile = (typeof PLANNERS)[number];

export interface AnalyzeOptions {
  /** --input-shape name:1x3x224x224, by input name. */
  inputShapes?: Record<string, number[]>;
  /** Default true (stedgeai's allocate-inputs/outputs): I/O buffers live inside the activations. */
  ioInsideActivations?: boolean;
  /** Memory planner profile (PLANNERS); default: the target's. */
  planner?: PlannerProfile;
  /** Show the file's layer names instead of stedgeai's scheme (analysis/layer-names.ts). */
  longNames?: boolean;
  /**
   * In a TFLite file, only Shape operators fold into constants; the operators computing on their
   * values stay (Vela places them, and the Reshape they feed, on the CPU). Default: the target's
   * `fold-shapes-only` option.
   */
  foldShapesOnly?: boolean;
  /**
   * A QDQ ONNX model's input QuantizeLinear and output DequantizeLinear are the network's I/O
   * (passes/io-boundary.ts): true (default) as stedgeai does for STM32 (stm32h7, stm32n6 reports);
   * false keeps them as layers, as its ISPU report of qdense_64x32.onnx does.
   */
  quantizedIo?: boolean;
}

export interface PassContext {
  model: Model;
  options: AnalyzeOptions;
  /** Collected findings; passes push here and never print. */
  diagnostics: Diagnostic[];
  /** ONNX default-domain opset when known. */
  opset: number | undefined;
  /**
   * Set by the qdq pass when the graph had Quantize/Dequantize nodes to fold: only then can a
   * node have turned constant since the first shape inference (the refold pass runs then).
   */
  qdqFolded?: boolean;
}

export interface Pass {
  name: string;
  run(graph: Graph, ctx: PassContext): Graph;
}
