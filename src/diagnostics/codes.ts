/**
 * The single message table: every error and diagnostic the core can raise has a stable code, a
 * category users of stedgeai already know, and what to do about it. Renderers show
 * `<CATEGORY> <code>: <file>: <message>` and the hint.
 */
export type Category = 'CLI ERROR' | 'LOAD ERROR' | 'NOT IMPLEMENTED' | 'INTERRUPT' | 'INTERNAL ERROR' | 'ANALYSIS';

export interface CodeInfo {
  category: Category;
  /** One line: what a user can do about it. */
  hint: string;
}

export const CODES = {
  // CLI / settings
  E_USAGE: { category: 'CLI ERROR', hint: 'Run `model-footprint --help` for the accepted arguments.' },
  E_FILE_NOT_FOUND: { category: 'CLI ERROR', hint: 'Check the path; it is resolved from the current directory.' },
  E_INPUT_SHAPE: { category: 'CLI ERROR', hint: 'Use --input-shape name:1x3x224x224 with a name the model declares.' },
  E_RESOURCE: { category: 'CLI ERROR', hint: 'The machine refused memory the analysis needs: raise the limit (`ulimit -v`); the HDF5 library reserves its WebAssembly memory when it starts.' },
  E_GIT: { category: 'CLI ERROR', hint: 'Run inside a git work tree with the compared revisions fetched (actions/checkout with fetch-depth: 0).' },
  E_TEMP: { category: 'CLI ERROR', hint: 'The base versions of the changed models are written to the temporary folder (TMPDIR): it must be writable, with room for them.' },
  // Loading
  E_UNKNOWN_FORMAT: { category: 'LOAD ERROR', hint: 'Run `model-footprint --help` for the supported formats (the format registry lists them).' },
  E_TRUNCATED: { category: 'LOAD ERROR', hint: 'The file ends early: re-export or re-download it (is it a Git LFS pointer?).' },
  E_MALFORMED: { category: 'LOAD ERROR', hint: 'The file does not follow its format; re-export it with the framework\'s exporter.' },
  E_LIMIT: { category: 'LOAD ERROR', hint: 'A size or count the file declares is beyond what any edge model needs; the file is likely corrupt.' },
  E_EXTERNAL_DATA: { category: 'LOAD ERROR', hint: 'External data must be a relative path inside the model\'s folder, present beside the model.' },
  E_UNSAFE_PATH: { category: 'LOAD ERROR', hint: 'Model files and their external data are read only inside their own folder: replace the symbolic link by the file itself.' },
  E_NOT_IMPLEMENTED: { category: 'NOT IMPLEMENTED', hint: 'ST Edge AI Core has no kernel for this layer as configured: change the parameter the message names to a value it lists.' },
  E_GRAPH: { category: 'LOAD ERROR', hint: 'The graph is not a valid dataflow graph (cycle, dangling or duplicate tensor).' },
  // Analysis diagnostics (per node; the rest of the report still appears)
  W_UNKNOWN_OP: { category: 'NOT IMPLEMENTED', hint: 'This operator is counted with 0 MACC and unknown output shape; open an issue with the model.' },
  W_DOMAIN: { category: 'NOT IMPLEMENTED', hint: 'Operators outside the default ONNX domain are not analyzed by the standard rules.' },
  W_SHAPE: { category: 'ANALYSIS', hint: 'Give static input shapes with --input-shape name:1x3x224x224.' },
  W_SUBGRAPH: { category: 'ANALYSIS', hint: 'Nested graphs are shown; their cost depends on run-time control flow.' },
  I_ASSUMPTION: { category: 'ANALYSIS', hint: 'The figures rest on this assumption; for a size, override it with --input-shape if the model runs with another.' },
  I_FOLDED: { category: 'ANALYSIS', hint: '' },
  I_BINARY: { category: 'ANALYSIS', hint: 'Binary (1-bit) values: the input that takes them, or the kernel ST Edge AI Core runs the layer with.' },
  I_ML: { category: 'ANALYSIS', hint: 'A classical-ML (ONNX-ML) layer: how its MACC and parameter arrays are counted (METRICS.md "Classical ML (ONNX-ML)").' },
  W_BINARY_FALLBACK: { category: 'ANALYSIS', hint: 'A binarized (Larq) layer runs in float: the message says why and what would keep it binary.' },
  // Internal
  E_INTERNAL: { category: 'INTERNAL ERROR', hint: 'This is a bug in model-footprint: please report it with the model.' },
} as const satisfies Record<string, CodeInfo>;

export type Code = keyof typeof CODES;
