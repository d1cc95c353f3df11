export const id = 128;
export const ids = [128];
export const modules = {

/***/ 273:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ bump),
/* harmony export */   BC: () => (/* binding */ append),
/* harmony export */   Il: () => (/* binding */ pushTo),
/* harmony export */   Rt: () => (/* binding */ sortedHasRepeat),
/* harmony export */   _: () => (/* binding */ maxOf),
/* harmony export */   _h: () => (/* binding */ minOf),
/* harmony export */   rg: () => (/* binding */ byPosition),
/* harmony export */   x3: () => (/* binding */ NONE)
/* harmony export */ });
/**
 * Array helpers for lists of any length. A spread call (`out.push(...xs)`, `Math.max(...xs)`)
 * passes every element as an argument, on the stack: past about 125k elements it throws
 * "Maximum call stack size exceeded" (the text and Markdown reports of a 300k-node model did).
 * ESLint forbids spread arguments in src/ (eslint.config.js); these loop instead.
 */
/**
 * The one empty list that records with nothing to list share (frozen: a write throws), instead of
 * an empty list each (a 100k-layer analysis made 66k of each kind).
 */
const NONE = Object.freeze([]);
/** Appends `items` to `target` (`target.push(...items)` for a list of any length); returns `target`. */
function append(target, items) {
    for (const x of items)
        target.push(x);
    return target;
}
/** Adds `value` to the list `map` holds under `key`, starting the list when there is none. */
function pushTo(map, key, value) {
    const list = map.get(key);
    if (list)
        list.push(value);
    else
        map.set(key, [value]);
}
/** Adds `by` to a count held for an index the caller knows exists; returns the new count. */
function bump(counts, i, by) {
    const v = counts[i] + by;
    counts[i] = v;
    return v;
}
/** `Math.max(floor, ...values)` for a list of any length (NaN in, NaN out; -Infinity for none and no floor). */
function maxOf(values, floor = -Infinity) {
    let m = floor;
    for (const v of values)
        m = Math.max(m, v);
    return m;
}
/** `Math.min(ceiling, ...values)` for a list of any length (NaN in, NaN out; Infinity for none and no ceiling). */
function minOf(values, ceiling = Infinity) {
    let m = ceiling;
    for (const v of values)
        m = Math.min(m, v);
    return m;
}
function byPosition(items, nameOf = (item) => item.name) {
    let byName;
    return (name, at) => {
        const x = items[at];
        if (x !== undefined && nameOf(x) === name)
            return x;
        byName ??= new Map(items.map((i) => [nameOf(i), i]));
        return byName.get(name);
    };
}
/**
 * Whether a value appears twice in `values` (names, or offsets), which it sorts: each is then
 * compared with the next. As fast as a set of 100k names (10 ms), with a third of its memory (a set
 * of 100k names is 4.8 MiB, outliving the young generation); a caller then makes its map or set
 * only when there is a repeat.
 */
function sortedHasRepeat(values) {
    if (values instanceof Float64Array)
        values.sort();
    else
        values.sort();
    // Stryker disable next-line EqualityOperator: equivalent, one step past the end compares undefined with the last value: never equal
    for (let i = 1; i < values.length; i++)
        if (values[i] === values[i - 1])
            return true;
    return false;
}


/***/ }),

/***/ 30:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ CODES)
/* harmony export */ });
const CODES = {
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
};


/***/ }),

/***/ 2869:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E0: () => (/* binding */ FootprintError),
/* harmony export */   aD: () => (/* binding */ asFootprintError),
/* harmony export */   sm: () => (/* binding */ diag)
/* harmony export */ });
/* harmony import */ var _printable_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1187);
/* harmony import */ var _codes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30);


function diag(code, message, node) {
    const severity = code.startsWith('E_') ? 'error' : code.startsWith('W_') ? 'warning' : 'info';
    return node === undefined ? { code, severity, message } : { code, severity, message, node };
}
/** The one error type the core throws. Rendered only at the edge (CLI, action). */
class FootprintError extends Error {
    code;
    category;
    file;
    node;
    offset;
    constructor(code, message, ctx = {}) {
        super(message);
        this.name = 'FootprintError';
        this.code = code;
        this.category = _codes_js__WEBPACK_IMPORTED_MODULE_0__/* .CODES */ .L[code].category;
        this.file = ctx.file;
        this.node = ctx.node;
        this.offset = ctx.offset;
    }
    get hint() {
        return _codes_js__WEBPACK_IMPORTED_MODULE_0__/* .CODES */ .L[this.code].hint;
    }
    /** One line: `LOAD ERROR E_TRUNCATED: model.onnx: ... (at byte 1234)`. */
    oneLine() {
        const where = [this.file, this.node ? `node '${this.node}'` : undefined].filter(Boolean).join(': ');
        const at = this.offset !== undefined ? ` (at byte ${this.offset})` : '';
        // Names and paths in the message come from the file: no terminal escapes, one line.
        return (0,_printable_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g)(`${this.category} ${this.code}: ${where ? where + ': ' : ''}${this.message}${at}`.replace(/\r?\n/g, ' '));
    }
}
/**
 * Turns anything thrown into a FootprintError, keeping typed errors as they are; a typed error
 * raised without a file (deep in a reader) gets `file`, so every error at the edge names it.
 */
function asFootprintError(e, file) {
    if (e instanceof FootprintError) {
        if (e.file !== undefined || file === undefined)
            return e;
        return new FootprintError(e.code, e.message, { file, ...(e.node !== undefined ? { node: e.node } : {}), ...(e.offset !== undefined ? { offset: e.offset } : {}) });
    }
    const msg = e instanceof Error ? e.message : String(e);
    if (e instanceof RangeError && /Maximum call stack|Invalid array length|Array buffer allocation/.test(msg)) {
        return new FootprintError('E_LIMIT', msg, file === undefined ? {} : { file });
    }
    return new FootprintError('E_INTERNAL', msg, file === undefined ? {} : { file });
}


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ printableLines),
/* harmony export */   g: () => (/* binding */ printable)
/* harmony export */ });
/**
 * User-controlled text (paths, model, layer and tensor names, messages quoting them) made safe to
 * print: C0 and C1 control characters (ANSI escapes, NUL, carriage return, ...) and the Unicode
 * bidirectional overrides and isolates, which can make a terminal or a page show text other than
 * what the file holds (a "Trojan source" name), are shown as visible escapes (`\x1b`, `\u202e`).
 * Every renderer and every error line passes names through it.
 */
// C0 but the line feed, DEL, C1; bidi embeddings/overrides/isolates, marks, and line/paragraph separators.
const UNSAFE_BUT_LF_CLASS = '\\u0000-\\u0009\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069';
const UNSAFE = new RegExp(`[\\u000a${UNSAFE_BUT_LF_CLASS}]`, 'g');
const UNSAFE_BUT_LF = new RegExp(`[${UNSAFE_BUT_LF_CLASS}]`, 'g');
function escape(c) {
    const code = c.charCodeAt(0);
    // Stryker disable next-line EqualityOperator: equivalent, 0xff (ÿ) is not escaped: no escaped character has that code
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
/** UNSAFE without 'g' (no lastIndex between calls): whether a string holds one. */
const HAS_UNSAFE = new RegExp(UNSAFE.source);
/**
 * Whether `s` holds a character printable escapes. A loop over its codes answers for ASCII: every
 * C0 control is escaped, nothing else below 0x7f is. From the first code beyond, the class decides
 * in one scan. Most names are ASCII, and a replace() on each name of a 100k-layer table cost more
 * than the table's own layout.
 */
function hasUnsafe(s) {
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c < 0x20)
            return true;
        if (c >= 0x7f)
            return HAS_UNSAFE.test(s);
    }
    return false;
}
function printable(s) {
    return hasUnsafe(s) ? s.replace(UNSAFE, escape) : s;
}
/** Like printable, but keeps line breaks (for multi-line output whose lines are ours): one pass over the whole text. */
function printableLines(s) {
    return s.replace(UNSAFE_BUT_LF, escape);
}


/***/ }),

/***/ 7765:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ TFLITE_FORMAT),
/* harmony export */   I9: () => (/* binding */ formatsHelp),
/* harmony export */   Ni: () => (/* binding */ KERAS_FORMAT),
/* harmony export */   Q7: () => (/* binding */ ONNX_FORMAT),
/* harmony export */   a8: () => (/* binding */ DEFAULT_MODEL_GLOBS)
/* harmony export */ });
/* unused harmony exports FORMATS, MODEL_EXTENSIONS */
const ONNX_FORMAT = { format: 'onnx', extensions: ['.onnx'], describe: 'ONNX (.onnx, with external data beside it)' };
const TFLITE_FORMAT = { format: 'tflite', extensions: ['.tflite', '.lite'], describe: 'TFLite (.tflite)' };
const KERAS_FORMAT = { format: 'keras', extensions: ['.h5', '.hdf5', '.keras'], describe: 'Keras (.h5 Keras 2 HDF5, .keras Keras 3 zip)' };
/** Formats in probe order. */
const FORMATS = [ONNX_FORMAT, TFLITE_FORMAT, KERAS_FORMAT];
/** Every model file extension, without the dot: onnx, tflite, lite, h5, hdf5, keras. */
const MODEL_EXTENSIONS = FORMATS.flatMap((f) => f.extensions.map((e) => e.slice(1)));
/** The model files watched when the user names none (the CLI's `diff` and the action). */
const DEFAULT_MODEL_GLOBS = [`**/*.{${MODEL_EXTENSIONS.join(',')}}`];
/** One line per format, for help texts. */
function formatsHelp() {
    return FORMATS.map((f) => f.describe).join(', ');
}


/***/ }),

/***/ 5049:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ TimeLimitExceeded)
/* harmony export */ });
/** What a TimeLimit throws when the call ran over. */
class TimeLimitExceeded extends Error {
}


/***/ }),

/***/ 9395:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ git),
/* harmony export */   DJ: () => (/* binding */ revParse),
/* harmony export */   _w: () => (/* binding */ checkRev),
/* harmony export */   gE: () => (/* binding */ gitEnv),
/* harmony export */   gm: () => (/* binding */ readBlob),
/* harmony export */   jv: () => (/* binding */ repoRoot),
/* harmony export */   wu: () => (/* binding */ mergeBase)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2869);
/** Runs `git` with an argument array (never a shell) and turns failures into FootprintError E_GIT. */


/** 4 GiB: model blobs can be large; the limit only guards against runaway output. */
const MAX_BUFFER = 4 * 1024 * 1024 * 1024 - 1;
function stderrOf(e) {
    if (typeof e === 'object' && e !== null && 'stderr' in e) {
        const s = e.stderr;
        if (s instanceof Uint8Array)
            return Buffer.from(s).toString('utf8').trim();
        if (typeof s === 'string')
            return s.trim();
    }
    return '';
}
/** The environment every git process runs with: never prompts for credentials, English messages. */
function gitEnv() {
    return { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' };
}
/** `git -C repoDir ...args`; returns stdout bytes. Throws E_GIT naming the command and git's stderr. */
function git(repoDir, args, options = {}) {
    const argv = ['-C', repoDir, '-c', 'core.quotepath=off', ...args];
    try {
        return (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', argv, {
            input: options.input,
            maxBuffer: MAX_BUFFER,
            stdio: ['pipe', 'pipe', 'pipe'],
            windowsHide: true,
            timeout: options.timeoutMs,
            env: gitEnv(),
        });
    }
    catch (e) {
        const stderr = stderrOf(e);
        const reason = stderr || (e instanceof Error ? e.message : String(e));
        throw new _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_1__/* .FootprintError */ .E0('E_GIT', `\`git ${args.join(' ')}\` failed in ${repoDir}: ${reason}`);
    }
}
function text(repoDir, args) {
    return git(repoDir, args).toString('utf8').trim();
}
/** Full SHA of a revision (`git rev-parse --verify rev^{commit}`). */
function revParse(repoDir, rev) {
    return text(repoDir, ['rev-parse', '--verify', '--end-of-options', `${rev}^{commit}`]);
}
/** The work tree's top folder (paths from `git diff` are relative to it). */
function repoRoot(repoDir) {
    return text(repoDir, ['rev-parse', '--show-toplevel']);
}
/** The best common ancestor of base and head (what a pull request's diff compares against). */
function mergeBase(repoDir, base, head) {
    return text(repoDir, ['merge-base', '--end-of-options', base, head]);
}
/** Refuses a revision git would read as an option (`--output=...`): revisions come from users. */
function checkRev(rev) {
    if (rev === '' || rev.startsWith('-'))
        throw new _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_1__/* .FootprintError */ .E0('E_GIT', `'${rev}' is not a revision`);
    return rev;
}
/** Raw bytes of `path` at `rev` (`git cat-file blob rev:path`: no textconv, no filters). */
function readBlob(repoDir, rev, path) {
    return new Uint8Array(git(repoDir, ['cat-file', 'blob', `${checkRev(rev)}:${path}`]));
}


/***/ }),

/***/ 7003:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A1: () => (/* binding */ DTYPES),
/* harmony export */   Fq: () => (/* binding */ isInteger),
/* harmony export */   PT: () => (/* binding */ storageBytes),
/* harmony export */   Vt: () => (/* binding */ shortDType),
/* harmony export */   dk: () => (/* binding */ isFloat),
/* harmony export */   iA: () => (/* binding */ DTYPE_BITS)
/* harmony export */ });
/** Element types of the IR, independent of any file format. */
const DTYPES = [
    'float32', 'float16', 'bfloat16', 'float64',
    'float8e4m3fn', 'float8e4m3fnuz', 'float8e5m2', 'float8e5m2fnuz', 'float4e2m1',
    'int1', 'int4', 'uint4', 'int8', 'uint8', 'int16', 'uint16', 'int32', 'uint32', 'int64', 'uint64',
    'bool', 'string', 'complex64', 'complex128', 'resource', 'variant', 'unknown',
];
/** Storage width in bits; 0 for types without a fixed width (string, resource, unknown). */
const DTYPE_BITS = {
    float32: 32, float16: 16, bfloat16: 16, float64: 64,
    float8e4m3fn: 8, float8e4m3fnuz: 8, float8e5m2: 8, float8e5m2fnuz: 8, float4e2m1: 4,
    int1: 1, int4: 4, uint4: 4, int8: 8, uint8: 8, int16: 16, uint16: 16, int32: 32, uint32: 32, int64: 64, uint64: 64,
    bool: 8, string: 0, complex64: 64, complex128: 128, resource: 0, variant: 0, unknown: 0,
};
function isFloat(d) {
    return d.startsWith('float') || d === 'bfloat16';
}
function isInteger(d) {
    return /^u?int\d+$/.test(d);
}
/** Bytes needed to store `count` elements of `dtype` (sub-byte types packed, rounded up). */
function storageBytes(dtype, count) {
    return Math.ceil((count * DTYPE_BITS[dtype]) / 8);
}
/** Short name as stedgeai prints it: f32, s8, u8, s16, s32, ... */
function shortDType(d) {
    switch (d) {
        case 'float32': return 'f32';
        case 'float16': return 'f16';
        case 'float64': return 'f64';
        case 'bfloat16': return 'bf16';
        case 'bool': return 'bool';
        default: {
            const m = /^(u?)int(\d+)$/.exec(d);
            if (m)
                return `${m[1] ? 'u' : 's'}${m[2]}`;
            return d;
        }
    }
}


/***/ }),

/***/ 103:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ compareNames),
/* harmony export */   U: () => (/* binding */ UniqueNames)
/* harmony export */ });
/**
 * Names made unique as they are given: `base`, else `base_1`, `base_2`... the first one not given
 * yet. Per base, the suffix to try next is kept (names are never taken back, so every smaller one
 * is still taken), so a name costs constant time however many share its base: a file whose
 * 40,000 nodes all had one name took 77 s to read, the search starting again at `_1` each time.
 */
class UniqueNames {
    isTaken;
    given = new Set();
    next = new Map();
    /** `isTaken`: names given elsewhere that count as taken too (they must never be taken back either). */
    constructor(isTaken = () => false) {
        this.isTaken = isTaken;
    }
    has(name) {
        return this.given.has(name) || this.isTaken(name);
    }
    /** `base`, or `base_1`, `base_2`...: the first name not taken, which is then taken. */
    take(base) {
        let name = base;
        if (this.has(name)) {
            let k = this.next.get(base) ?? 1;
            for (name = `${base}_${k}`; this.has(name); name = `${base}_${k}`)
                k++;
            this.next.set(base, k + 1);
        }
        this.given.add(name);
        return name;
    }
}
/**
 * The order of two names where a report breaks a tie by name: ignoring case first (a before L, as
 * a reader expects), then by UTF-16 code units, as `<` does; equal only when the names are.
 * Not `localeCompare`, whose order is the machine's locale (LANG): under sv_SE 'ä' sorts after
 * 'z', under en-US right after 'a', so one model got two placements of its memory pools, or two
 * orders of its peak's tensors, on two machines; and its first call builds an ICU collator, about
 * 5 ms of an analysis's start. (Case is folded with toLowerCase, which follows Unicode, not the locale.)
 */
function compareNames(a, b) {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    if (x !== y)
        return x < y ? -1 : 1;
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 7010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ OP_KINDS),
/* harmony export */   w: () => (/* binding */ isOpKind)
/* harmony export */ });
/**
 * Our operator kinds. Names follow ONNX where ONNX has the operator (it is the richest open
 * vocabulary); frontends map TFLite builtins and Keras layers onto these. Passes and rules
 * switch on these kinds, never on a file format's names.
 */
const OP_KINDS = [
    // compute
    'Conv', 'ConvTranspose', 'Gemm', 'MatMul', 'Einsum',
    'LSTM', 'GRU', 'RNN', 'SVDF',
    // pooling / reduction
    'MaxPool', 'AveragePool', 'GlobalAveragePool', 'GlobalMaxPool', 'LpPool',
    'ReduceMean', 'ReduceSum', 'ReduceMax', 'ReduceMin', 'ReduceProd', 'ReduceL2', 'ReduceSumSquare', 'ArgMax', 'ArgMin',
    // normalization
    'BatchNormalization', 'LayerNormalization', 'InstanceNormalization', 'LRN', 'L2Normalization',
    // elementwise binary
    'Add', 'Sub', 'Mul', 'Div', 'Pow', 'Max', 'Min', 'Mod', 'SquaredDifference',
    'Equal', 'Less', 'Greater', 'LessOrEqual', 'GreaterOrEqual', 'And', 'Or', 'Xor', 'Not', 'Where',
    // activations / unary
    'Relu', 'Relu6', 'Clip', 'LeakyRelu', 'PRelu', 'Elu', 'Selu', 'Celu', 'ThresholdedRelu',
    'Sigmoid', 'HardSigmoid', 'Tanh', 'HardSwish', 'Swish', 'Gelu', 'Mish', 'Softplus', 'Softsign',
    'Exp', 'Log', 'Sqrt', 'Rsqrt', 'Reciprocal', 'Abs', 'Neg', 'Sign', 'Floor', 'Ceil', 'Round', 'Erf',
    'Sin', 'Cos', 'Tan', 'Square',
    'Softmax', 'LogSoftmax',
    // quantization
    'QuantizeLinear', 'DequantizeLinear', 'DynamicQuantizeLinear', 'Requantize',
    // QONNX (FINN / Brevitas): fake quantization in float, its bit width an input
    'Quant', 'BipolarQuant', 'Trunc',
    // data movement / shape
    'Reshape', 'Flatten', 'Squeeze', 'Unsqueeze', 'Transpose', 'Concat', 'Split', 'Slice', 'Gather',
    'GatherElements', 'GatherND', 'ScatterND', 'Pad', 'Tile', 'Expand', 'Identity', 'Dropout', 'Cast',
    'Shape', 'Size', 'ConstantOfShape', 'Constant', 'Range', 'Resize', 'DepthToSpace', 'SpaceToDepth',
    'NonZero', 'TopK', 'CumSum', 'OneHot', 'Pack', 'Unpack', 'BatchToSpace', 'SpaceToBatch', 'ReverseSequence',
    'StridedSlice',
    // control flow and state
    'If', 'Loop', 'Scan', 'Call', 'While', 'VarHandle', 'ReadVariable', 'AssignVariable',
    // classical ML (ONNX-ML, domain ai.onnx.ml; ops/ml.ts)
    'SVMClassifier', 'SVMRegressor', 'TreeEnsembleClassifier', 'TreeEnsembleRegressor', 'LinearClassifier', 'LinearRegressor',
    'Normalizer', 'Scaler', 'Binarizer', 'Imputer', 'LabelEncoder', 'ZipMap', 'ArrayFeatureExtractor',
    // variadic elementwise (ONNX Sum, Mean)
    'Sum', 'Mean',
    // anything we do not model: kept with its source name, 0 MACC, diagnostic
    'Custom', 'Unknown',
];
const KIND_SET = new Set(OP_KINDS);
function isOpKind(s) {
    return KIND_SET.has(s);
}


/***/ }),

/***/ 8774:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BB: () => (/* binding */ formatShape),
/* harmony export */   KX: () => (/* binding */ elementCount),
/* harmony export */   Nh: () => (/* binding */ isStatic),
/* harmony export */   jl: () => (/* binding */ sharedShape)
/* harmony export */ });
/* unused harmony exports SHARED_SHAPES_MAX, ShapeTable */
/** Distinct shapes a ShapeTable holds before it starts again: a bound whatever the files declare. */
const SHARED_SHAPES_MAX = 4096;
/**
 * One array for every equal shape: `shared(shape)` gives `shape` itself the first time and that
 * same array for an equal shape later. Shapes are never changed in place (Shape is readonly), so
 * tensors may share them: a 100k-node chain's 133k tensor shapes are three distinct values, and as
 * copies they held 10 MiB. Static shapes (isStatic) are keyed by their numbers joined, others by
 * their JSON (a symbolic dim may hold a comma; a JSON key starts with '[', a joined one never does). Past
 * `max` distinct shapes the table is emptied and fills again.
 */
class ShapeTable {
    max;
    byKey = new Map();
    constructor(max = SHARED_SHAPES_MAX) {
        this.max = max;
    }
    shared(shape) {
        const key = isStatic(shape) ? shape.join(',') : JSON.stringify(shape);
        const known = this.byKey.get(key);
        if (known !== undefined)
            return known;
        if (this.byKey.size >= this.max)
            this.byKey.clear();
        this.byKey.set(key, shape);
        return shape;
    }
}
const SHAPES = new ShapeTable();
/** The shared array for `shape` (ShapeTable.shared) from the one table the readers and passes use. */
function sharedShape(shape) {
    return SHAPES.shared(shape);
}
function isStatic(shape) {
    if (shape === undefined)
        return false;
    // (an indexed loop: every() with a callback allocated a closure per call, on every tensor of every pass)
    for (let i = 0; i < shape.length; i++) {
        const d = shape[i];
        if (typeof d !== 'number' || !(d >= 0))
            return false;
    }
    return true;
}
/** Number of elements, or undefined when any dim is symbolic/unknown. */
function elementCount(shape) {
    if (!isStatic(shape))
        return undefined;
    let n = 1;
    // (an indexed loop: a for-of here allocates an iterator result per dimension in unoptimized code, on every tensor of every pass)
    for (let i = 0; i < shape.length; i++)
        n *= shape[i];
    return n;
}
function formatShape(shape, sep = 'x') {
    if (shape === undefined)
        return '?';
    if (shape.length === 0)
        return 'scalar';
    return shape.map((d) => String(d)).join(sep);
}


/***/ }),

/***/ 603:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N$: () => (/* binding */ readValues),
/* harmony export */   Z9: () => (/* binding */ bf16ToFloat),
/* harmony export */   pm: () => (/* binding */ halfToFloat)
/* harmony export */ });
/* unused harmony export elementCountOfData */
/* harmony import */ var _dtype_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7003);
/* harmony import */ var _shape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8774);


/** Elements the data holds (not the shape's count), or undefined when unknown/not numeric. */
function elementCountOfData(t) {
    const d = t.data;
    if (!d)
        return undefined;
    switch (d.kind) {
        case 'values':
        case 'strings':
            return d.values.length;
        case 'computed':
            return undefined;
        case 'bytes':
            return bytesCount(d, t.dtype);
    }
}
function bytesCount(d, dtype) {
    switch (d.encoding) {
        case 'raw-le': {
            const bits = DTYPE_BITS[dtype];
            return bits === 0 ? undefined : Math.floor((d.length * 8) / bits);
        }
        case 'pb-fixed32': return Math.floor(d.length / 4);
        case 'pb-fixed64': return Math.floor(d.length / 8);
        case 'pb-varint':
        case 'pb-zigzag': {
            // One element per byte without the continuation bit.
            const bytes = d.source.read(d.offset, d.length);
            let n = 0;
            for (const b of bytes)
                if ((b & 0x80) === 0)
                    n++;
            return n;
        }
    }
}
/**
 * The tensor's values as numbers (int64 via BigInt -> Number, float16/bfloat16 widened, bool as
 * 0/1). undefined when there is no readable data, the dtype is not numeric, or the tensor has
 * more than `maxElements` elements.
 */
function readValues(t, maxElements) {
    const d = t.data;
    if (!d)
        return undefined;
    const declared = (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .elementCount */ .KX)(t.shape);
    if (declared !== undefined && declared > maxElements)
        return undefined;
    switch (d.kind) {
        case 'values':
            return d.values.length > maxElements ? undefined : d.values.slice();
        case 'strings':
        case 'computed':
            return undefined;
        case 'bytes':
            return readBytes(d, t.dtype, maxElements);
    }
}
function readBytes(d, dtype, max) {
    const bits = _dtype_js__WEBPACK_IMPORTED_MODULE_1__/* .DTYPE_BITS */ .iA[dtype];
    if (bits === 0 || dtype.startsWith('complex'))
        return undefined;
    switch (d.encoding) {
        case 'raw-le': {
            const count = Math.floor((d.length * 8) / bits);
            if (count > max)
                return undefined;
            return decodeRaw(d.source.read(d.offset, d.length), dtype, count);
        }
        case 'pb-fixed32':
        case 'pb-fixed64': {
            const width = d.encoding === 'pb-fixed32' ? 4 : 8;
            const count = Math.floor(d.length / width);
            if (count > max)
                return undefined;
            const bytes = d.source.read(d.offset, count * width);
            const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
            const out = new Array(count);
            for (let i = 0; i < count; i++)
                out[i] = width === 4 ? dv.getFloat32(i * 4, true) : dv.getFloat64(i * 8, true);
            return out;
        }
        case 'pb-varint':
        case 'pb-zigzag': {
            if (d.length > max * 10)
                return undefined;
            const out = decodeVarints(d.source.read(d.offset, d.length), dtype, d.encoding === 'pb-zigzag');
            return out === undefined || out.length > max ? undefined : out;
        }
    }
}
function decodeVarints(bytes, dtype, zigzag) {
    const out = [];
    let v = 0n;
    let shift = 0n;
    for (const b of bytes) {
        v |= BigInt(b & 0x7f) << shift;
        shift += 7n;
        if (b & 0x80) {
            if (shift > 63n)
                return undefined;
            continue;
        }
        out.push(fromVarint(v, dtype, zigzag));
        v = 0n;
        shift = 0n;
    }
    return shift === 0n ? out : undefined;
}
/** ONNX int32_data holds int8..int32, uint8/16, bool and the 16-bit float types' bits. */
function fromVarint(v, dtype, zigzag) {
    if (zigzag)
        return Number(BigInt.asIntN(64, (v >> 1n) ^ -(v & 1n)));
    switch (dtype) {
        case 'int64': return Number(BigInt.asIntN(64, v));
        case 'uint64': return Number(BigInt.asUintN(64, v));
        case 'uint32': return Number(BigInt.asUintN(32, v));
        case 'float16': return halfToFloat(Number(v & 0xffffn));
        case 'bfloat16': return bf16ToFloat(Number(v & 0xffffn));
        case 'bool': return v === 0n ? 0 : 1;
        default: return Number(BigInt.asIntN(32, v));
    }
}
function decodeRaw(bytes, dtype, count) {
    const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const out = new Array(count);
    const get = rawGetter(dv, dtype);
    if (!get)
        return undefined;
    for (let i = 0; i < count; i++)
        out[i] = get(i);
    return out;
}
function rawGetter(dv, dtype) {
    switch (dtype) {
        case 'float32': return (i) => dv.getFloat32(i * 4, true);
        case 'float64': return (i) => dv.getFloat64(i * 8, true);
        case 'float16': return (i) => halfToFloat(dv.getUint16(i * 2, true));
        case 'bfloat16': return (i) => bf16ToFloat(dv.getUint16(i * 2, true));
        case 'int8': return (i) => dv.getInt8(i);
        case 'uint8': return (i) => dv.getUint8(i);
        case 'bool': return (i) => (dv.getUint8(i) === 0 ? 0 : 1);
        case 'int16': return (i) => dv.getInt16(i * 2, true);
        case 'uint16': return (i) => dv.getUint16(i * 2, true);
        case 'int32': return (i) => dv.getInt32(i * 4, true);
        case 'uint32': return (i) => dv.getUint32(i * 4, true);
        case 'int64': return (i) => Number(dv.getBigInt64(i * 8, true));
        case 'uint64': return (i) => Number(dv.getBigUint64(i * 8, true));
        case 'int4': return (i) => { const n = (dv.getUint8(i >> 1) >> ((i & 1) * 4)) & 0xf; return n >= 8 ? n - 16 : n; };
        case 'uint4': return (i) => (dv.getUint8(i >> 1) >> ((i & 1) * 4)) & 0xf;
        default: return undefined;
    }
}
/** IEEE 754 binary16 bits -> number. */
function halfToFloat(h) {
    const sign = h & 0x8000 ? -1 : 1;
    const exp = (h >> 10) & 0x1f;
    const frac = h & 0x3ff;
    if (exp === 0)
        return sign * frac * 2 ** -24;
    if (exp === 31)
        return frac === 0 ? sign * Infinity : NaN;
    return sign * (1 + frac / 1024) * 2 ** (exp - 15);
}
/** bfloat16 bits -> number (the upper half of a float32). */
const BF16 = new DataView(new ArrayBuffer(4));
function bf16ToFloat(b) {
    BF16.setUint32(0, (b & 0xffff) << 16, false);
    return BF16.getFloat32(0, false);
}


/***/ }),

/***/ 1870:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ tensorNamed)
/* harmony export */ });
/** The tensor `name` names in `g`; undefined for an omitted operand ('' or absent) or a name the graph does not hold. */
function tensorNamed(g, name) {
    // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: equivalent, no graph has a tensor named '' (an omitted operand) or undefined, so the lookup gives undefined too
    return name === undefined || name === '' ? undefined : g.tensors.get(name);
}


/***/ }),

/***/ 9572:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ familyOf),
/* harmony export */   Z: () => (/* binding */ familyUnit)
/* harmony export */ });
function familyOf(kind) {
    return kind === 'weights' ? 'weights' : 'activations';
}
/** A buffer of that family, in the singular: 'weight segment' or 'activation buffer'. */
function familyUnit(family) {
    return family === 'weights' ? 'weight segment' : 'activation buffer';
}


/***/ }),

/***/ 3892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P2: () => (/* binding */ padAmounts),
/* harmony export */   hK: () => (/* binding */ padsWithZero),
/* harmony export */   vd: () => (/* binding */ foldedPads)
/* harmony export */ });
/* harmony import */ var _passes_graph_edit_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6698);
/* harmony import */ var _ir_tensor_named_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1870);
/* harmony import */ var _ir_tensor_data_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(603);
/* harmony import */ var _ir_dtype_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7003);
/* harmony import */ var _ops_util_attrs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7789);





/** Reads a small constant input, or undefined. */
function constInput(graph, node, i, max) {
    const name = node.inputs[i];
    const t = name ? graph.tensors.get(name) : undefined;
    return t?.data ? (0,_ir_tensor_data_js__WEBPACK_IMPORTED_MODULE_0__/* .readValues */ .N$)(t, max) : undefined;
}
/** The pad amounts in ONNX order [begin..., end...] over all axes, or undefined. */
function padAmounts(graph, node, rank) {
    const pads = (0,_ops_util_attrs_js__WEBPACK_IMPORTED_MODULE_1__/* .attrInts */ .yO)(node, 'pads') ?? (0,_ops_util_attrs_js__WEBPACK_IMPORTED_MODULE_1__/* .attrInts */ .yO)(node, 'paddings') ?? constInput(graph, node, 1, 2 * rank);
    if (!pads || pads.length !== 2 * rank)
        return undefined;
    if ((node.inputs[3] ?? '') !== '')
        return undefined; // explicit axes: not modelled here
    return pads;
}
function padsWithZero(graph, node) {
    if ((0,_ops_util_attrs_js__WEBPACK_IMPORTED_MODULE_1__/* .attrString */ .Rr)(node, 'mode', 'constant') !== 'constant')
        return false;
    const valueName = node.inputs[2] ?? '';
    if (valueName === '')
        return true; // TFLite PAD / ONNX default: zero in the real domain
    const v = constInput(graph, node, 2, 1);
    if (v?.length !== 1)
        return false;
    // A float value is in the real domain (a Pad between QDQ pairs): zero. An integer one is stored: the zero point.
    // Stryker disable next-line OptionalChaining,StringLiteral: equivalent, v holds the value constInput read from that tensor, so the tensor exists
    if ((0,_ir_dtype_js__WEBPACK_IMPORTED_MODULE_2__/* .isFloat */ .dk)(graph.tensors.get(valueName)?.dtype ?? 'unknown'))
        return v[0] === 0;
    const x = (0,_ir_tensor_named_js__WEBPACK_IMPORTED_MODULE_3__/* .tensorNamed */ .B)(graph, node.inputs[0]);
    // Stryker disable next-line OptionalChaining: equivalent, x is the Pad's data input, which has a tensor in every verified graph (passes/verify.ts)
    const zero = x?.quant?.zeroPoint[0] ?? 0;
    return v[0] === zero;
}
/**
 * The Pads that fold into their convolution, by Pad output name. `sameOnly: false` also takes
 * zero pads larger than SAME's (a stride-2 depthwise padded 0/2): the epoch builder's reading,
 * where the accelerator's convolution pads any amount (BlazeFace's Pad_33 is inside Conv2D_34's
 * epoch in ST's c_info.json), while the memory planner keeps their buffer.
 */
function foldedPads(graph, idx = (0,_passes_graph_edit_js__WEBPACK_IMPORTED_MODULE_4__/* .buildUseIndex */ .kK)(graph), sameOnly = true, takesPadding = () => true) {
    const readers = idx.consumers;
    const outputs = new Set(graph.outputs);
    const out = new Map();
    for (const node of graph.nodes) {
        // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, in practice another node reaching padAmounts would need 2 x rank constant pad amounts on a zero value, read by a Conv as its data
        if (node.op !== 'Pad' || node.subgraphs)
            continue;
        // Stryker disable next-line StringLiteral: equivalent, a Pad without outputs has no readers under any name, so the reader count test below skips it whatever the fallback
        const o = node.outputs[0] ?? '';
        const x = (0,_ir_tensor_named_js__WEBPACK_IMPORTED_MODULE_3__/* .tensorNamed */ .B)(graph, node.inputs[0]);
        const conv = readers.get(o);
        // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, an omitted output ('') has no readers, so the reader count test skips it as well
        if (o === '' || outputs.has(o) || !x?.shape || conv?.length !== 1)
            continue;
        const c = conv[0];
        // Stryker disable next-line OptionalChaining,ConditionalExpression: equivalent, c is the one reader of o: when o is not its input 0 it is another input, which the next test skips
        if (c?.op !== 'Conv' || c.inputs[0] !== o || c.inputs.slice(1).includes(o) || !takesPadding(c))
            continue;
        const rank = x.shape.length;
        const pads = padAmounts(graph, node, rank);
        if (!pads || pads.some((p) => p < 0) || !padsWithZero(graph, node))
            continue;
        // Only the spatial axes may be padded: NHWC [N, spatial..., C], NCHW [N, C, spatial...].
        const spatial = (0,_ops_util_attrs_js__WEBPACK_IMPORTED_MODULE_1__/* .layoutOf */ .aH)(c) === 'NHWC' ? [...Array(rank).keys()].slice(1, -1) : [...Array(rank).keys()].slice(2);
        const padded = pads.map((p, k) => (p !== 0 ? k % rank : -1)).filter((a) => a >= 0);
        if (spatial.length === 0 || !padded.every((a) => spatial.includes(a)))
            continue;
        const sameLike = spatial.every((a) => {
            const [b, e] = [pads[a] ?? 0, pads[a + rank] ?? 0];
            return e === b || e === b + 1;
        });
        if (sameOnly && !sameLike)
            continue;
        out.set(o, { pad: node.name, input: x.name, output: o, into: c.name, top: pads[spatial[0] ?? 0] ?? 0 });
    }
    return out;
}


/***/ }),

/***/ 1836:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _n: () => (/* binding */ FileSource),
/* harmony export */   iE: () => (/* binding */ fileModelInput)
/* harmony export */ });
/* unused harmony export resolveInside */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2869);
/** Node adapters shared by the CLI and the action: files on disk as ByteSources (hashes: hash.ts). */



/**
 * A ByteSource over a file, read with positioned reads: nothing is loaded until asked for, and
 * only the asked range is. The descriptor stays open for the life of the process (the CLI
 * analyzes a handful of files; close() is there for long-running callers).
 */
class FileSource {
    name;
    size;
    /** Where the source starts in the file (0 but for a range: a blob in the spool, git/blob-spool.ts). */
    start;
    fd;
    /** The open descriptor (the md5 worker reads it: the file that was opened, not its path again). */
    get descriptor() { return this.fd; }
    /**
     * `name`: how errors name the file (default: `path`). `range`: the source is `size` bytes of the
     * file from `offset` (which must hold them), not the whole file.
     */
    constructor(path, name = path, range) {
        this.name = name;
        let fd;
        try {
            fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r');
            const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
            if (st.isDirectory())
                throw new _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .FootprintError */ .E0('E_FILE_NOT_FOUND', 'is a directory, not a model file', { file: name });
            if (range && range.offset + range.size > st.size) {
                throw new _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .FootprintError */ .E0('E_TRUNCATED', `expected ${range.size} bytes at offset ${range.offset} of ${path}, which has ${st.size}`, { file: name });
            }
            this.fd = fd;
            this.start = range?.offset ?? 0;
            this.size = range?.size ?? st.size;
        }
        catch (e) {
            if (fd !== undefined)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
            if (e instanceof _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .FootprintError */ .E0)
                throw e;
            throw new _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .FootprintError */ .E0('E_FILE_NOT_FOUND', `cannot open: ${e instanceof Error ? e.message : String(e)}`, { file: name });
        }
    }
    read(offset, length) {
        return this.readInto(Buffer.allocUnsafe(length), offset);
    }
    /** Fills `into` with the bytes at `offset` (a caller reading block after block reuses one buffer); returns it. */
    readInto(into, offset) {
        const length = into.length;
        let done = 0;
        while (done < length) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(this.fd, into, done, length - done, this.start + offset + done);
            if (n === 0)
                throw new _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .FootprintError */ .E0('E_TRUNCATED', `expected ${length} bytes at offset ${offset}, file ends after ${done}`, { file: this.name, offset: offset + done });
            done += n;
        }
        return into;
    }
    close() {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(this.fd);
    }
}
/** Symbolic links followed on one path at most (the kernel's own limit is 40). */
const MAX_LINKS = 40;
/**
 * The real path of `rel` ('/'-separated) below the folder `root` (itself a real path), following
 * symbolic links only while they stay inside it: 'outside' as soon as one leads out (or a `..`
 * climbs out), undefined when the path does not exist inside. Links are read (readlink), and
 * nothing outside `root` is ever stat'ed or opened, so the answer says nothing about what lies
 * outside: not whether it exists, not its size.
 */
function resolveInside(root, rel) {
    let segs = rel.split(/[\\/]/);
    let cur = root;
    let links = 0;
    while (segs.length > 0) {
        const seg = segs.shift();
        if (seg === '' || seg === '.')
            continue;
        if (seg === '..') {
            if (cur === root)
                return 'outside';
            cur = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(cur);
            continue;
        }
        const next = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cur, seg);
        let st;
        try {
            st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(next);
        }
        catch {
            return undefined;
        }
        if (!st.isSymbolicLink()) {
            cur = next;
            continue;
        }
        if (++links > MAX_LINKS)
            return 'outside';
        const target = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(next);
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(target)) {
            // An absolute link is followed only when it names a path under root, textually.
            if (target !== root && !target.startsWith(root + node_path__WEBPACK_IMPORTED_MODULE_1__.sep))
                return 'outside';
            segs = [...target.slice(root.length).split(/[\\/]/), ...segs];
            cur = root;
        }
        else {
            segs = [...target.split(/[\\/]/), ...segs];
        }
    }
    return cur;
}
/**
 * A ModelInput for a path on disk; siblings (ONNX external data) open relative to its folder and
 * only inside it (symbolic links that lead out are refused, see resolveInside). With `root`, the
 * model path itself (relative to root) must resolve inside root: the action's work tree, where a
 * pull request could add a link to any file of the runner. `opened`: the model file, already open
 * at `path` (the CLI's early hashing reads it: the analysis reads the same file).
 */
function fileModelInput(path, root, opened) {
    let real = path;
    if (root !== undefined) {
        const rootReal = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root);
        const r = resolveInside(rootReal, path);
        if (r === 'outside')
            throw new _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .FootprintError */ .E0('E_UNSAFE_PATH', 'is a symbolic link that leads outside the repository: not read', { file: path });
        if (r === undefined)
            throw new _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .FootprintError */ .E0('E_FILE_NOT_FOUND', 'cannot open: no such file', { file: path });
        real = r;
    }
    const source = opened ?? new FileSource(real, path);
    const folder = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(real));
    const open = [source];
    return {
        path,
        source,
        openSibling(relativePath) {
            const p = resolveInside(folder, relativePath);
            if (p === 'outside') {
                throw new _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .FootprintError */ .E0('E_UNSAFE_PATH', `external data '${relativePath}' is a symbolic link that leads outside the model's folder: not read`, { file: path });
            }
            if (p === undefined || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(p).isFile())
                return undefined;
            const s = new FileSource(p, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), relativePath));
            open.push(s);
            return s;
        },
        close() {
            for (const s of open.splice(0))
                s.close();
        },
    };
}


/***/ }),

/***/ 1173:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ timeLimited)
/* harmony export */ });
/* harmony import */ var node_vm__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(714);
/* harmony import */ var node_vm__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_vm__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _frontends_frontend_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5049);
/**
 * A time limit for synchronous calls, for the core's HDF5 reads (see TimeLimit in
 * src/frontends/frontend.ts): node:vm's `timeout` stops running code, WebAssembly included,
 * through V8's TerminateExecution; the call is run from a tiny script in a fresh context so that
 * the limit applies to it.
 */


const call = new node_vm__WEBPACK_IMPORTED_MODULE_0__.Script('fn()');
function timeLimited(fn, ms) {
    try {
        return call.runInNewContext({ fn }, { timeout: ms, breakOnSigint: false });
    }
    catch (e) {
        if (e.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') {
            throw new _frontends_frontend_js__WEBPACK_IMPORTED_MODULE_1__/* .TimeLimitExceeded */ .Q(`did not finish within ${ms} ms`);
        }
        throw e;
    }
}


/***/ }),

/***/ 1145:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ck: () => (/* binding */ CONTROL_RULES),
/* harmony export */   lb: () => (/* binding */ loopTripCount)
/* harmony export */ });
/* unused harmony export joinShapes */
/* harmony import */ var _util_attrs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7789);
/* harmony import */ var _util_cost_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5520);
/* harmony import */ var _util_dims_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6394);



function subgraph(ctx, key, index) {
    const subs = ctx.node.subgraphs;
    if (!subs)
        return undefined;
    return subs[key] ?? Object.values(subs)[index];
}
function outputOf(g, i) {
    const name = g?.outputs[i];
    // Stryker disable next-line ConditionalExpression,OptionalChaining: equivalent, a name exists only when g does (g?.outputs), and looking up no name finds nothing
    const t = name === undefined ? undefined : g?.tensors.get(name);
    return { shape: t?.shape, dtype: t?.dtype };
}
/** Same rank: dims that agree are kept, others become '?'. Different ranks: unknown. */
function joinShapes(a, b) {
    if (!a || !b || a.length !== b.length)
        return undefined;
    return a.map((d, i) => (d === b[i] ? d : _util_dims_js__WEBPACK_IMPORTED_MODULE_0__/* .UNKNOWN_DIM */ .oD));
}
function ifInfer(ctx) {
    const then = subgraph(ctx, 'then_branch', 0);
    const other = subgraph(ctx, 'else_branch', 1);
    return ctx.node.outputs.map((_, i) => {
        const a = outputOf(then, i);
        const b = outputOf(other, i);
        return { shape: joinShapes(a.shape, b.shape), dtype: a.dtype !== 'unknown' && a.dtype ? a.dtype : b.dtype };
    });
}
/**
 * Loop(M, cond, v_initial...): N carried values then K scan outputs stacked over iterations.
 * A constant trip count M is used as the iteration count (an upper bound when cond may stop
 * the loop earlier); carried values keep the initial value's dims where the body's are unknown.
 */
/** A trip count at or above this is a "run until cond" loop (exporters write INT64_MAX), not a count. */
const MAX_TRIP = 2 ** 31;
/** A Loop's constant trip count M, or undefined when absent, computed, or "until cond". */
function loopTripCount(ctx) {
    const v = (0,_util_cost_js__WEBPACK_IMPORTED_MODULE_1__/* .hasInput */ .bZ)(ctx, 0) ? ctx.constValues(0)?.[0] : undefined;
    // Stryker disable next-line ConditionalExpression: equivalent, Number.isInteger(undefined) is false as well: the test is for the type
    if (v === undefined)
        return undefined;
    return Number.isInteger(v) && v >= 0 && v < MAX_TRIP ? v : undefined;
}
function loopInfer(ctx) {
    // Stryker disable next-line StringLiteral: equivalent, a Loop holds one subgraph, so the first one found by position is its body
    const body = subgraph(ctx, 'body', 0);
    const carried = Math.max(0, ctx.node.inputs.length - 2);
    const iterations = loopTripCount(ctx) ?? _util_dims_js__WEBPACK_IMPORTED_MODULE_0__/* .UNKNOWN_DIM */ .oD;
    return ctx.node.outputs.map((_, i) => {
        const b = outputOf(body, i + 1);
        if (i < carried) {
            const init = ctx.input(i + 2);
            return { shape: carriedShape(b.shape, init?.shape), dtype: init?.dtype ?? b.dtype };
        }
        return { shape: b.shape ? [iterations, ...b.shape] : undefined, dtype: b.dtype };
    });
}
function carriedShape(body, init) {
    if (!body || !init || body.length !== init.length)
        return body ?? init;
    return body.map((d, i) => {
        const e = init[i]; // the same rank (checked above)
        if (d === e)
            return d;
        return (0,_util_dims_js__WEBPACK_IMPORTED_MODULE_0__/* .isNum */ .T6)(d) && (0,_util_dims_js__WEBPACK_IMPORTED_MODULE_0__/* .isNum */ .T6)(e) ? _util_dims_js__WEBPACK_IMPORTED_MODULE_0__/* .UNKNOWN_DIM */ .oD : (0,_util_dims_js__WEBPACK_IMPORTED_MODULE_0__/* .isNum */ .T6)(d) ? d : e;
    });
}
/**
 * Scan: N state variables, then K scan outputs with the sequence axis inserted. Opset 8 has a
 * leading sequence_lens input and a batch axis 0 on every input and output.
 */
function scanInfer(ctx) {
    // Stryker disable next-line StringLiteral: equivalent, a Scan holds one subgraph, so the first one found by position is its body
    const body = subgraph(ctx, 'body', 0);
    const batched = (ctx.opset ?? Infinity) < 9; // no opset (not ONNX): the current form
    const m = (0,_util_attrs_js__WEBPACK_IMPORTED_MODULE_2__/* .attrInt */ .NN)(ctx.node, 'num_scan_inputs', 0);
    const n = ctx.node.inputs.length - m - (batched ? 1 : 0);
    const firstScan = ctx.input(ctx.node.inputs.length - m)?.shape;
    const batch = batched ? firstScan?.[0] ?? _util_dims_js__WEBPACK_IMPORTED_MODULE_0__/* .UNKNOWN_DIM */ .oD : 1;
    const inAxis = batched ? 1 : firstScan ? (0,_util_dims_js__WEBPACK_IMPORTED_MODULE_0__/* .normAxis */ .GD)((0,_util_attrs_js__WEBPACK_IMPORTED_MODULE_2__/* .attrInts */ .yO)(ctx.node, 'scan_input_axes')?.[0] ?? 0, firstScan.length) : 0;
    const seq = firstScan?.[inAxis] ?? _util_dims_js__WEBPACK_IMPORTED_MODULE_0__/* .UNKNOWN_DIM */ .oD;
    const outAxes = (0,_util_attrs_js__WEBPACK_IMPORTED_MODULE_2__/* .attrInts */ .yO)(ctx.node, 'scan_output_axes') ?? [];
    return ctx.node.outputs.map((_, i) => {
        const b = outputOf(body, i);
        if (!b.shape)
            return b;
        if (i < n)
            return batched ? { shape: [batch, ...b.shape], dtype: b.dtype } : b;
        const rank = b.shape.length + 1;
        const axis = batched ? 0 : (0,_util_dims_js__WEBPACK_IMPORTED_MODULE_0__/* .normAxis */ .GD)(outAxes[i - n] ?? 0, rank, 'scan output axis');
        const shape = [...b.shape];
        shape.splice(axis, 0, seq);
        return { shape: batched ? [batch, ...shape] : shape, dtype: b.dtype };
    });
}
function unknownOutputs(ctx) {
    // Stryker disable next-line ArrowFunction: equivalent, the shape pass skips an undefined entry as it does an empty one (passes/shapes/node.ts)
    return ctx.node.outputs.map(() => ({}));
}
function opaque(kind, role) {
    return { kind, role, infer: unknownOutputs, cost: () => _util_cost_js__WEBPACK_IMPORTED_MODULE_1__/* .ZERO_COST */ .de };
}
const CONTROL_RULES = [
    // The condition and the trip count are control values, not weights. The cost of the nested
    // graphs is added by the metrics (src/metrics/nested.ts), not here.
    { kind: 'If', role: 'control', shapeInputs: [0], infer: ifInfer, cost: () => _util_cost_js__WEBPACK_IMPORTED_MODULE_1__/* .ZERO_COST */ .de },
    { kind: 'Loop', role: 'control', shapeInputs: [0, 1], infer: loopInfer, cost: () => _util_cost_js__WEBPACK_IMPORTED_MODULE_1__/* .ZERO_COST */ .de },
    { kind: 'Scan', role: 'control', infer: scanInfer, cost: () => _util_cost_js__WEBPACK_IMPORTED_MODULE_1__/* .ZERO_COST */ .de },
    opaque('Call', 'control'),
    opaque('While', 'control'),
    opaque('VarHandle', 'state'),
    opaque('ReadVariable', 'state'),
    opaque('AssignVariable', 'state'),
    opaque('Custom', 'unknown'),
    opaque('Unknown', 'unknown'),
];


/***/ }),

/***/ 5568:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M4: () => (/* binding */ weightDims),
/* harmony export */   T4: () => (/* binding */ CONV_RULES),
/* harmony export */   VF: () => (/* binding */ outChannelAxis),
/* harmony export */   p8: () => (/* binding */ outChannelCount),
/* harmony export */   sH: () => (/* binding */ inChannelAxis)
/* harmony export */ });
/* harmony import */ var _util_attrs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7789);
/* harmony import */ var _util_cost_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5520);
/* harmony import */ var _util_dims_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6394);
/* harmony import */ var _util_spatial_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7805);




function weightDims(node, w, transposed) {
    const n = w.length;
    const last = w[n - 1] ?? _util_dims_js__WEBPACK_IMPORTED_MODULE_0__/* .UNKNOWN_DIM */ .oD;
    // Stryker disable next-line StringLiteral: equivalent, for 'OIHW': a layout the switch does not name takes the default branch, which is OIHW
    const layout = (0,_util_attrs_js__WEBPACK_IMPORTED_MODULE_1__/* .attrString */ .Rr)(node, 'weight_layout', transposed ? 'IOHW' : 'OIHW');
    switch (layout) {
        case 'OHWI': return { out: w[0] ?? _util_dims_js__WEBPACK_IMPORTED_MODULE_0__/* .UNKNOWN_DIM */ .oD, inPerGroup: last, kernel: w.slice(1, -1) };
        case 'IHWO': return { out: last, inPerGroup: 1, kernel: w.slice(1, -1) };
        case 'HWIO': return { out: last, inPerGroup: w[n - 2] ?? _util_dims_js__WEBPACK_IMPORTED_MODULE_0__/* .UNKNOWN_DIM */ .oD, kernel: w.slice(0, -2) };
        case 'HWOI': return { out: w[n - 2] ?? _util_dims_js__WEBPACK_IMPORTED_MODULE_0__/* .UNKNOWN_DIM */ .oD, inPerGroup: last, kernel: w.slice(0, -2) };
        // ONNX ConvTranspose: [Cin, Cout/G, k...]
        case 'IOHW': return { out: w[1] ?? _util_dims_js__WEBPACK_IMPORTED_MODULE_0__/* .UNKNOWN_DIM */ .oD, inPerGroup: w[0] ?? _util_dims_js__WEBPACK_IMPORTED_MODULE_0__/* .UNKNOWN_DIM */ .oD, kernel: w.slice(2) };
        default: return { out: w[0] ?? _util_dims_js__WEBPACK_IMPORTED_MODULE_0__/* .UNKNOWN_DIM */ .oD, inPerGroup: w[1] ?? _util_dims_js__WEBPACK_IMPORTED_MODULE_0__/* .UNKNOWN_DIM */ .oD, kernel: w.slice(2) };
    }
}
/**
 * The axis of the output channels in a rank-`rank` weight tensor: by `weight_layout` for
 * convolutions (ONNX ConvTranspose, IOHW: 1), the last one for Gemm ([in, out], unless transB) and
 * MatMul.
 */
function outChannelAxis(node, rank) {
    if (node.op === 'Gemm')
        return node.attrs['transB'] === 1 ? 0 : rank - 1;
    if (node.op === 'MatMul')
        return rank - 1;
    const layout = node.attrs['weight_layout'];
    if (layout === 'IHWO' || layout === 'HWIO')
        return rank - 1;
    if (layout === 'IOHW' || (layout === undefined && node.op === 'ConvTranspose'))
        return 1;
    return 0;
}
/** Output channels from a weight shape (ConvTranspose: Cout/G per group times G); undefined when not static. */
function outChannelCount(node, w) {
    const d = w[outChannelAxis(node, w.length)];
    if (!(0,_util_dims_js__WEBPACK_IMPORTED_MODULE_0__/* .isNum */ .T6)(d))
        return undefined;
    const groups = node.op === 'ConvTranspose' && typeof node.attrs['group'] === 'number' ? node.attrs['group'] : 1;
    return d * groups;
}
/** The axis of the input channels in a rank-`rank` weight tensor (Conv, Gemm, MatMul). */
function inChannelAxis(node, rank) {
    if (node.op === 'Gemm')
        return node.attrs['transB'] === 1 ? rank - 1 : 0;
    if (node.op === 'MatMul')
        return rank - 2;
    switch (node.attrs['weight_layout']) {
        case 'OHWI':
        case 'HWOI': return rank - 1;
        case 'HWIO': return rank - 2;
        case 'IHWO': return 0;
        default: return node.op === 'ConvTranspose' ? 0 : 1;
    }
}
function kernelOf(node, wd, spatialRank) {
    const attr = (0,_util_attrs_js__WEBPACK_IMPORTED_MODULE_1__/* .attrInts */ .yO)(node, 'kernel_shape');
    if (attr)
        return attr;
    if (wd && wd.kernel.every(_util_dims_js__WEBPACK_IMPORTED_MODULE_0__/* .isNum */ .T6))
        return wd.kernel;
    if (wd)
        (0,_util_dims_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`kernel dims [${wd.kernel.join(',')}] are not static and kernel_shape is absent`);
    return new Array(spatialRank).fill(1);
}
function convInfer(ctx) {
    const x = ctx.input(0);
    const w = ctx.input(1);
    if (x?.shape === undefined)
        return [{ dtype: x?.dtype }];
    const { batch, channels, spatial } = (0,_util_spatial_js__WEBPACK_IMPORTED_MODULE_2__/* .splitShape */ .iY)(ctx.node, x.shape);
    const wd = w?.shape ? weightDims(ctx.node, w.shape, false) : undefined;
    if (w?.shape && w.shape.length !== x.shape.length)
        (0,_util_dims_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`weight rank ${w.shape.length} differs from input rank ${x.shape.length}`);
    const g = (0,_util_spatial_js__WEBPACK_IMPORTED_MODULE_2__/* .geometry */ .lC)(ctx.node, kernelOf(ctx.node, wd, spatial.length));
    if (g.kernel.length !== spatial.length)
        (0,_util_dims_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`kernel has ${g.kernel.length} dims, input has ${spatial.length} spatial dims`);
    const groups = (0,_util_attrs_js__WEBPACK_IMPORTED_MODULE_1__/* .attrInt */ .NN)(ctx.node, 'group', 1);
    // TFLite depthwise weights (IHWO) hold one input channel per output channel and carry no group
    // attribute (the group count is Cin): nothing to check them against
    if (wd && (0,_util_attrs_js__WEBPACK_IMPORTED_MODULE_1__/* .attrString */ .Rr)(ctx.node, 'weight_layout') !== 'IHWO' && (0,_util_dims_js__WEBPACK_IMPORTED_MODULE_0__/* .isNum */ .T6)(wd.inPerGroup) && (0,_util_dims_js__WEBPACK_IMPORTED_MODULE_0__/* .isNum */ .T6)(channels) && wd.inPerGroup * groups !== channels) {
        (0,_util_dims_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`input has ${channels} channels but weight expects ${wd.inPerGroup} x ${groups} groups`);
    }
    const out = wd?.out ?? _util_dims_js__WEBPACK_IMPORTED_MODULE_0__/* .UNKNOWN_DIM */ .oD;
    return [{ shape: (0,_util_spatial_js__WEBPACK_IMPORTED_MODULE_2__/* .joinShape */ .qD)(ctx.node, batch, out, spatial.map((d, i) => (0,_util_spatial_js__WEBPACK_IMPORTED_MODULE_2__/* .windowOut */ .XU)(d, g, i))), dtype: x.dtype }];
}
function convCost(ctx) {
    const w = ctx.input(1)?.shape;
    const o = (0,_util_cost_js__WEBPACK_IMPORTED_MODULE_3__/* .outCount */ .mb)(ctx);
    if (!w)
        return (0,_util_cost_js__WEBPACK_IMPORTED_MODULE_3__/* .cost */ .y)(0);
    const wd = weightDims(ctx.node, w, false);
    const k = (0,_util_dims_js__WEBPACK_IMPORTED_MODULE_0__/* .product */ .qM)((0,_util_attrs_js__WEBPACK_IMPORTED_MODULE_1__/* .attrInts */ .yO)(ctx.node, 'kernel_shape') ?? wd.kernel) ?? 0;
    const cinPerGroup = (0,_util_dims_js__WEBPACK_IMPORTED_MODULE_0__/* .isNum */ .T6)(wd.inPerGroup) ? wd.inPerGroup : 0;
    const pure = o * cinPerGroup * k;
    // a binary layer's input 2 is its threshold (passes/binary.ts), not a bias: nothing added
    const bias = (0,_util_cost_js__WEBPACK_IMPORTED_MODULE_3__/* .hasInput */ .bZ)(ctx, 2) && ctx.node.attrs['threshold'] !== true && (0,_util_dims_js__WEBPACK_IMPORTED_MODULE_0__/* .isNum */ .T6)(wd.out) ? wd.out : 0;
    return (0,_util_cost_js__WEBPACK_IMPORTED_MODULE_3__/* .cost */ .y)(pure + bias, pure);
}
function convTransposeInfer(ctx) {
    const x = ctx.input(0);
    const w = ctx.input(1);
    if (x?.shape === undefined)
        return [{ dtype: x?.dtype }];
    const { batch, spatial } = (0,_util_spatial_js__WEBPACK_IMPORTED_MODULE_2__/* .splitShape */ .iY)(ctx.node, x.shape);
    const wd = w?.shape ? weightDims(ctx.node, w.shape, true) : undefined;
    const g = (0,_util_spatial_js__WEBPACK_IMPORTED_MODULE_2__/* .geometry */ .lC)(ctx.node, kernelOf(ctx.node, wd, spatial.length));
    const groups = (0,_util_attrs_js__WEBPACK_IMPORTED_MODULE_1__/* .attrInt */ .NN)(ctx.node, 'group', 1);
    const layout = (0,_util_attrs_js__WEBPACK_IMPORTED_MODULE_1__/* .attrString */ .Rr)(ctx.node, 'weight_layout', 'IOHW');
    const cout = wd === undefined ? _util_dims_js__WEBPACK_IMPORTED_MODULE_0__/* .UNKNOWN_DIM */ .oD : layout === 'IOHW' ? (0,_util_dims_js__WEBPACK_IMPORTED_MODULE_0__/* .dimMul */ .xu)(wd.out, groups) : wd.out;
    const outPad = (0,_util_attrs_js__WEBPACK_IMPORTED_MODULE_1__/* .attrInts */ .yO)(ctx.node, 'output_padding') ?? [];
    const explicit = (0,_util_attrs_js__WEBPACK_IMPORTED_MODULE_1__/* .attrInts */ .yO)(ctx.node, 'output_shape');
    const sp = spatial.map((d, i) => {
        if (explicit)
            return explicit[explicit.length - spatial.length + i] ?? _util_dims_js__WEBPACK_IMPORTED_MODULE_0__/* .UNKNOWN_DIM */ .oD;
        if (!(0,_util_dims_js__WEBPACK_IMPORTED_MODULE_0__/* .isNum */ .T6)(d))
            return _util_dims_js__WEBPACK_IMPORTED_MODULE_0__/* .UNKNOWN_DIM */ .oD;
        const s = g.strides[i] ?? 1;
        if (g.autoPad.startsWith('SAME'))
            return d * s;
        const ek = ((g.kernel[i] ?? 1) - 1) * (g.dilations[i] ?? 1) + 1;
        const pads = g.autoPad === 'VALID' ? 0 : (g.pads[i] ?? 0) + (g.pads[i + spatial.length] ?? 0);
        return s * (d - 1) + (outPad[i] ?? 0) + ek - pads;
    });
    return [{ shape: (0,_util_spatial_js__WEBPACK_IMPORTED_MODULE_2__/* .joinShape */ .qD)(ctx.node, batch, cout, sp), dtype: x.dtype }];
}
/** N * Hin * Win * Cin * (Cout/G) * K (+ Cout bias): every input element meets Cout/G * K weights. */
function convTransposeCost(ctx) {
    const w = ctx.input(1)?.shape;
    if (!w)
        return (0,_util_cost_js__WEBPACK_IMPORTED_MODULE_3__/* .cost */ .y)(0);
    const wd = weightDims(ctx.node, w, true);
    const layout = (0,_util_attrs_js__WEBPACK_IMPORTED_MODULE_1__/* .attrString */ .Rr)(ctx.node, 'weight_layout', 'IOHW');
    const groups = (0,_util_attrs_js__WEBPACK_IMPORTED_MODULE_1__/* .attrInt */ .NN)(ctx.node, 'group', 1);
    const coutPerGroup = !(0,_util_dims_js__WEBPACK_IMPORTED_MODULE_0__/* .isNum */ .T6)(wd.out) ? 0 : layout === 'IOHW' ? wd.out : wd.out / groups;
    const k = (0,_util_dims_js__WEBPACK_IMPORTED_MODULE_0__/* .product */ .qM)((0,_util_attrs_js__WEBPACK_IMPORTED_MODULE_1__/* .attrInts */ .yO)(ctx.node, 'kernel_shape') ?? wd.kernel) ?? 0;
    const pure = (0,_util_cost_js__WEBPACK_IMPORTED_MODULE_3__/* .inCount */ .Zw)(ctx) * coutPerGroup * k;
    const bias = (0,_util_cost_js__WEBPACK_IMPORTED_MODULE_3__/* .hasInput */ .bZ)(ctx, 2) ? coutPerGroup * groups : 0;
    return (0,_util_cost_js__WEBPACK_IMPORTED_MODULE_3__/* .cost */ .y)(pure + bias, pure);
}
const CONV_RULES = [
    { kind: 'Conv', role: 'compute', infer: convInfer, cost: convCost },
    { kind: 'ConvTranspose', role: 'compute', infer: convTransposeInfer, cost: convTransposeCost },
];


/***/ }),

/***/ 5192:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ ELEMENTWISE_RULES)
/* harmony export */ });
/* harmony import */ var _ir_dtype_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7003);
/* harmony import */ var _ir_shape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8774);
/* harmony import */ var _util_cost_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5520);
/* harmony import */ var _util_dims_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6394);
/* harmony import */ var _util_values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8451);
/* harmony import */ var _arrays_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(273);






function presentInputs(ctx) {
    return ctx.node.inputs.map((n, i) => (n === '' ? -1 : i)).filter((i) => i >= 0);
}
function broadcastInfer(dtypeOf) {
    return (ctx) => {
        const shapes = presentInputs(ctx).map((i) => ctx.input(i)?.shape);
        const dtype = dtypeOf(ctx);
        if (shapes.some((s) => s === undefined))
            return [{ dtype }];
        return [{ shape: (0,_util_dims_js__WEBPACK_IMPORTED_MODULE_0__/* .broadcastShapes */ .OR)(shapes), dtype }];
    };
}
const firstDType = (ctx) => ctx.input(0)?.dtype;
const boolDType = () => 'bool';
/** Folds with broadcasting when every input shape is static and the output small. */
function foldWith(fn) {
    return (ctx, inputs) => {
        const idx = presentInputs(ctx);
        // Stryker disable next-line OptionalChaining: equivalent, passes/shapes/fold.ts folds only once every present input has its values, so each tensor exists
        const shapes = idx.map((i) => ctx.input(i)?.shape);
        if (!shapes.every(_ir_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .isStatic */ .Nh))
            return undefined;
        const out = (0,_util_dims_js__WEBPACK_IMPORTED_MODULE_0__/* .broadcastShapes */ .OR)(shapes);
        // Stryker disable next-line ConditionalExpression: equivalent, a bigger output's values would be refused by passes/shapes/fold.ts (at most FOLD_MAX_ELEMENTS values): only the time to compute them is saved
        if (!(0,_util_values_js__WEBPACK_IMPORTED_MODULE_2__/* .isSmall */ .eq)(out))
            return undefined;
        const values = idx.map((i) => inputs[i]);
        // Stryker disable next-line ConditionalExpression,MethodExpression,ArrowFunction,BlockStatement: equivalent, passes/shapes/fold.ts calls a rule's fold only once every present input has its values
        if (values.some((v) => v === undefined))
            return undefined;
        // Stryker disable next-line StringLiteral: equivalent, input 0 exists with a type (passes/shapes/fold.ts folds once it has values), so the last default is never reached
        const dtype = ctx.output(0)?.dtype ?? ctx.input(0)?.dtype ?? 'float32';
        return [(0,_util_values_js__WEBPACK_IMPORTED_MODULE_2__/* .broadcastValues */ .uV)(out, shapes, values, (xs) => (0,_util_values_js__WEBPACK_IMPORTED_MODULE_2__/* .castValue */ .Lm)(fn(xs, dtype), dtype))];
    };
}
const at = (xs, i) => xs[i] ?? 0;
/**
 * Integer Mod takes the divisor's sign (numpy's %), float Mod the dividend's (C's fmod). Integer
 * results go through castValue, which truncates toward zero and turns what is not finite (a 0
 * divisor's Infinity or NaN) into 0: that is integer Div and a 0 divisor, with nothing more here.
 */
function mod(a, b, dtype) {
    return (0,_ir_dtype_js__WEBPACK_IMPORTED_MODULE_3__/* .isInteger */ .Fq)(dtype) ? a - b * Math.floor(a / b) : a % b;
}
const ARITH = {
    Add: (x) => at(x, 0) + at(x, 1),
    Sub: (x) => at(x, 0) - at(x, 1),
    Mul: (x) => at(x, 0) * at(x, 1),
    Div: (x) => at(x, 0) / at(x, 1),
    Pow: (x) => Math.pow(at(x, 0), at(x, 1)),
    Mod: (x, d) => mod(at(x, 0), at(x, 1), d),
    SquaredDifference: (x) => (at(x, 0) - at(x, 1)) ** 2,
    Max: (x) => (0,_arrays_js__WEBPACK_IMPORTED_MODULE_4__/* .maxOf */ ._)(x),
    Min: (x) => (0,_arrays_js__WEBPACK_IMPORTED_MODULE_4__/* .minOf */ ._h)(x),
    Sum: (x) => x.reduce((a, b) => a + b, 0),
    Mean: (x) => x.reduce((a, b) => a + b, 0) / Math.max(1, x.length),
};
const COMPARE = {
    Equal: (x) => at(x, 0) === at(x, 1),
    Less: (x) => at(x, 0) < at(x, 1),
    Greater: (x) => at(x, 0) > at(x, 1),
    LessOrEqual: (x) => at(x, 0) <= at(x, 1),
    GreaterOrEqual: (x) => at(x, 0) >= at(x, 1),
    And: (x) => at(x, 0) !== 0 && at(x, 1) !== 0,
    Or: (x) => at(x, 0) !== 0 || at(x, 1) !== 0,
    Xor: (x) => (at(x, 0) !== 0) !== (at(x, 1) !== 0),
};
/** MACC per output element (METRICS.md: Add/Sub/Mul/Max/Min O, Div 5*O; others provisional O). */
const FACTOR = { Div: 5 };
function variadicFactor(ctx) {
    const n = presentInputs(ctx).length;
    if (ctx.node.op === 'Mean')
        return n;
    return Math.max(1, n - 1);
}
function arithmetic([kind, fn]) {
    const variadic = kind === 'Sum' || kind === 'Mean' || kind === 'Max' || kind === 'Min';
    return {
        kind, role: 'elementwise', infer: broadcastInfer(firstDType), fold: foldWith(fn),
        cost: (ctx) => (0,_util_cost_js__WEBPACK_IMPORTED_MODULE_5__/* .cost */ .y)((variadic ? variadicFactor(ctx) : FACTOR[kind] ?? 1) * (0,_util_cost_js__WEBPACK_IMPORTED_MODULE_5__/* .outCount */ .mb)(ctx)),
    };
}
function comparison([kind, test]) {
    return { kind, role: 'elementwise', infer: broadcastInfer(boolDType), fold: foldWith((xs) => (test(xs) ? 1 : 0)), cost: (ctx) => (0,_util_cost_js__WEBPACK_IMPORTED_MODULE_5__/* .cost */ .y)((0,_util_cost_js__WEBPACK_IMPORTED_MODULE_5__/* .outCount */ .mb)(ctx)) };
}
const ELEMENTWISE_RULES = [
    ...Object.entries(ARITH).map(arithmetic),
    ...Object.entries(COMPARE).map(comparison),
    {
        kind: 'Not', role: 'elementwise', infer: broadcastInfer(boolDType), cost: (ctx) => (0,_util_cost_js__WEBPACK_IMPORTED_MODULE_5__/* .cost */ .y)((0,_util_cost_js__WEBPACK_IMPORTED_MODULE_5__/* .outCount */ .mb)(ctx)),
        fold: (_ctx, inputs) => (inputs[0] ? [inputs[0].map((v) => +(v === 0))] : undefined),
    },
    {
        kind: 'Where', role: 'elementwise', infer: broadcastInfer((ctx) => ctx.input(1)?.dtype), cost: (ctx) => (0,_util_cost_js__WEBPACK_IMPORTED_MODULE_5__/* .cost */ .y)((0,_util_cost_js__WEBPACK_IMPORTED_MODULE_5__/* .outCount */ .mb)(ctx)),
        fold: foldWith((x) => (at(x, 0) !== 0 ? at(x, 1) : at(x, 2))),
    },
];


/***/ }),

/***/ 962:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OU: () => (/* binding */ mlList),
/* harmony export */   Uo: () => (/* binding */ classCount),
/* harmony export */   V2: () => (/* binding */ mlParameterArrays),
/* harmony export */   lV: () => (/* binding */ targetCount),
/* harmony export */   qs: () => (/* binding */ treeCount),
/* harmony export */   s8: () => (/* binding */ isMlKind)
/* harmony export */ });
/* unused harmony exports ML_KINDS, mlLength, narrowestInt */
/* harmony import */ var _ir_dtype_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7003);
/* harmony import */ var _ir_shape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8774);
/* harmony import */ var _util_attrs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7789);
/* harmony import */ var _arrays_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(273);
/**
 * ONNX-ML operators keep their parameters in attributes, not in initializers. This file says
 * which constant arrays stedgeai generates from them, and at which width, so that params and
 * weights (ROM) count them like any other constant (METRICS.md "Classical ML (ONNX-ML)").
 *
 * Source: the arrays, formats and counts of the SVC, TreeEnsembleClassifier and ZipMap layers in
 * six network.c files stedgeai generated for public projects (X-CUBE-AI 7.x to ST Edge AI 2.x;
 * test/ops/ml.test.ts rebuilds their geometries). Each array is aligned to 4 bytes in ROM, as
 * every constant is (metrics/weights.ts). Arrays of operators no public file shows (regressors,
 * linear models, Scaler, Imputer, LabelEncoder) follow the same rule: floats as float32, labels
 * and counts at the narrowest unsigned width: an assumption, written in METRICS.md.
 */




/** The ONNX-ML operators we analyze (domain ai.onnx.ml). */
const ML_KINDS = [
    'SVMClassifier', 'SVMRegressor', 'TreeEnsembleClassifier', 'TreeEnsembleRegressor', 'LinearClassifier', 'LinearRegressor',
    'Normalizer', 'Scaler', 'Binarizer', 'Imputer', 'LabelEncoder', 'ZipMap', 'ArrayFeatureExtractor',
];
const ML_SET = new Set(ML_KINDS);
function isMlKind(op) {
    return ML_SET.has(op);
}
/** Numeric list attribute (INTS or FLOATS, ops/util/attrs.ts attrInts); [] when absent. */
function mlList(node, name) {
    return (0,_util_attrs_js__WEBPACK_IMPORTED_MODULE_0__/* .attrInts */ .yO)(node, name) ?? [];
}
/** Length of a list attribute of any element type (strings included); 0 when absent. */
function mlLength(node, name) {
    const v = node.attrs[name];
    return Array.isArray(v) ? v.length : 0;
}
/**
 * The narrowest unsigned type that holds every value (stedgeai's `classlabels_ints` and
 * `vectors_per_class` are U8 up to 255, U16 above: svm.c has 5 labels as U8, network.c with 646
 * support vectors over 4 classes has U16 counts). Negative values take the signed type of the
 * same rule (assumption: no public file shows one).
 */
function narrowestInt(values) {
    let lo = 0;
    let hi = 0;
    for (const v of values) {
        // Stryker disable next-line EqualityOperator: equivalent, replacing the minimum by an equal value leaves it the same
        if (v < lo)
            lo = v;
        // Stryker disable next-line EqualityOperator: equivalent, replacing the maximum by an equal value leaves it the same
        if (v > hi)
            hi = v;
    }
    if (lo < 0) {
        return lo >= -128 && hi <= 127 ? 'int8' : lo >= -32768 && hi <= 32767 ? 'int16' : 'int32';
    }
    return hi <= 0xff ? 'uint8' : hi <= 0xffff ? 'uint16' : 'uint32';
}
/** Class labels: integer labels at the narrowest width; string labels as one int32 index each (assumption). */
function labels(node, ints, strings, name = 'classlabels_ints', intType) {
    const v = mlList(node, ints);
    if (v.length > 0)
        return [{ name, dtype: intType ?? narrowestInt(v), count: v.length }];
    const s = mlLength(node, strings);
    return s > 0 ? [{ name, dtype: 'int32', count: s }] : [];
}
/** FLOATS attributes, one float32 array each (none of the operators that use this has a `_as_tensor` form). */
function floats(node, ...names) {
    return names.flatMap((n) => {
        const count = mlList(node, n).length;
        return count > 0 ? [{ name: n, dtype: 'float32', count }] : [];
    });
}
/** Classes of a classifier: its integer or its string labels. */
function classCount(node, ints = 'classlabels_ints', strings = 'classlabels_strings') {
    return Math.max(mlList(node, ints).length, mlLength(node, strings));
}
/** Outputs of a regressor: `n_targets` (tree ensembles) or `targets` (LinearRegressor), default 1. */
function targetCount(node) {
    return mlList(node, 'n_targets')[0] ?? mlList(node, 'targets')[0] ?? 1;
}
function svmArrays(node, classifier) {
    const out = floats(node, 'coefficients', 'support_vectors', 'rho');
    // Stryker disable next-line ConditionalExpression: equivalent, a regressor has no class labels, vectors_per_class, prob_a or prob_b, so the classifier's extra arrays are empty
    if (!classifier)
        return out;
    (0,_arrays_js__WEBPACK_IMPORTED_MODULE_1__/* .append */ .BC)(out, labels(node, 'classlabels_ints', 'classlabels_strings'));
    const vpc = mlList(node, 'vectors_per_class');
    if (vpc.length > 0)
        out.push({ name: 'vectors_per_class', dtype: narrowestInt(vpc), count: vpc.length });
    (0,_arrays_js__WEBPACK_IMPORTED_MODULE_1__/* .append */ .BC)(out, floats(node, 'prob_a', 'prob_b'));
    return out;
}
/** Distinct tree ids of a tree ensemble. */
function treeCount(node) {
    return new Set(mlList(node, 'nodes_treeids')).size;
}
/**
 * A tree ensemble as ST Edge AI 4.0's tree_ensemble_classifier lays it out: per tree a branch mode
 * (U8), a node count and a vote count (U16); per node the feature index, the threshold (float) and
 * the two child indexes; per vote its node and class indexes and its weight (float); per class a
 * label (S32) and a base value (float). Indexes take the narrowest unsigned width (a 4.0
 * network.c: 216 trees, 6,176 nodes, 3,196 votes, 4 classes, 135 features, all indexes U8:
 * 63,520 B). Releases before 4.0 stored child, node and class indexes as U16 at least.
 */
function treeArrays(node, classifier) {
    const trees = treeCount(node);
    const nodes = mlList(node, 'nodes_nodeids').length;
    const p = classifier ? 'class' : 'target';
    const votes = mlList(node, `${p}_ids`).length;
    const outputs = classifier ? classCount(node, 'classlabels_int64s') : Math.max(1, targetCount(node));
    const index = (values) => narrowestInt(values);
    const out = [
        { name: 'branch_mode', dtype: 'uint8', count: trees },
        { name: 'nodes_featureids', dtype: narrowestInt(mlList(node, 'nodes_featureids')), count: nodes },
        { name: 'nodes_values', dtype: 'float32', count: nodes },
        { name: 'nodes_truenodeids', dtype: index(mlList(node, 'nodes_truenodeids')), count: nodes },
        { name: 'nodes_falsenodeids', dtype: index(mlList(node, 'nodes_falsenodeids')), count: nodes },
        { name: `${p}_weights`, dtype: 'float32', count: votes },
        { name: 'nb_node_by_estimator', dtype: 'uint16', count: trees },
        { name: `${p}_nodeids`, dtype: index(mlList(node, `${p}_nodeids`)), count: votes },
        { name: `nb_${p}_by_estimator`, dtype: 'uint16', count: trees },
        { name: 'base_values', dtype: 'float32', count: outputs },
        { name: `${p}_ids`, dtype: index(mlList(node, `${p}_ids`)), count: votes },
    ];
    if (classifier)
        out.push({ name: 'classlabels_int64s', dtype: 'int32', count: outputs });
    return out.filter((a) => a.count > 0);
}
/**
 * LabelEncoder's keys and values: `<side>_floats` as float32, `<side>_int64s` or `<side>_strings`
 * as one int32 each, and opset 4's `<side>_tensor` (any element type) by the same rule: floating
 * point as float32, anything else as int32 (assumption, METRICS.md).
 */
function labelEncoderArrays(node) {
    const out = [];
    for (const side of ['keys', 'values']) {
        const tensor = (0,_util_attrs_js__WEBPACK_IMPORTED_MODULE_0__/* .attrTensor */ .VR)(node, `${side}_tensor`);
        const inTensor = (0,_ir_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .elementCount */ .KX)(tensor?.shape) ?? 0;
        const floatTensor = tensor !== undefined && (0,_ir_dtype_js__WEBPACK_IMPORTED_MODULE_3__/* .isFloat */ .dk)(tensor.dtype);
        const f = mlList(node, `${side}_floats`).length + (floatTensor ? inTensor : 0);
        const other = mlList(node, `${side}_int64s`).length + mlLength(node, `${side}_strings`) + (floatTensor ? 0 : inTensor);
        if (f > 0)
            out.push({ name: side, dtype: 'float32', count: f });
        else if (other > 0)
            out.push({ name: side, dtype: 'int32', count: other });
    }
    return out;
}
/** The constant arrays stedgeai builds from an ONNX-ML node's attributes ([] for other nodes). */
function mlParameterArrays(node) {
    switch (node.op) {
        case 'SVMClassifier': return svmArrays(node, true);
        // Stryker disable next-line BooleanLiteral: equivalent, a regressor has no class labels, vectors_per_class, prob_a or prob_b, so the classifier's extra arrays are empty
        case 'SVMRegressor': return svmArrays(node, false);
        case 'TreeEnsembleClassifier': return treeArrays(node, true);
        case 'TreeEnsembleRegressor': return treeArrays(node, false);
        case 'LinearClassifier': return [...floats(node, 'coefficients', 'intercepts'), ...labels(node, 'classlabels_ints', 'classlabels_strings')];
        case 'LinearRegressor': return floats(node, 'coefficients', 'intercepts');
        case 'Scaler': return floats(node, 'offset', 'scale');
        case 'Imputer': return floats(node, 'imputed_value_floats');
        case 'LabelEncoder': return labelEncoderArrays(node);
        case 'ZipMap': return labels(node, 'classlabels_int64s', 'classlabels_strings', 'classlabels_ints');
        default: return [];
    }
}


/***/ }),

/***/ 7247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ix: () => (/* binding */ ML_RULES),
/* harmony export */   LU: () => (/* binding */ supportVectorMismatch),
/* harmony export */   pX: () => (/* binding */ mlExplanation),
/* harmony export */   y7: () => (/* binding */ supportVectorCount)
/* harmony export */ });
/* unused harmony exports SVM_KERNEL_MACC, treeDepths */
/* harmony import */ var _ir_dtype_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7003);
/* harmony import */ var _util_cost_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5520);
/* harmony import */ var _util_dims_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6394);
/* harmony import */ var _util_attrs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7789);
/* harmony import */ var _ml_arrays_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(962);





/** Batch and feature count of the [N, F] (or [F]) input. */
function features(ctx) {
    const s = ctx.input(0)?.shape;
    if (!s)
        return undefined;
    if (s.length === 0)
        (0,_util_dims_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)('expected a [N, F] input, got a scalar');
    if (s.length === 1)
        return { batch: 1, f: s[0] ?? _util_dims_js__WEBPACK_IMPORTED_MODULE_0__/* .UNKNOWN_DIM */ .oD };
    if (s.length > 2)
        (0,_util_dims_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`expected a [N, F] input, got rank ${s.length}`);
    return { batch: s[0] ?? _util_dims_js__WEBPACK_IMPORTED_MODULE_0__/* .UNKNOWN_DIM */ .oD, f: s[1] ?? _util_dims_js__WEBPACK_IMPORTED_MODULE_0__/* .UNKNOWN_DIM */ .oD };
}
/** Label (int64, or string for string labels) and scores [N, E]. */
function classifierOutputs(ctx, classes, ints = 'classlabels_ints') {
    const x = features(ctx);
    const label = (0,_ml_arrays_js__WEBPACK_IMPORTED_MODULE_1__/* .mlList */ .OU)(ctx.node, ints).length > 0 ? 'int64' : 'string';
    const batch = x?.batch ?? _util_dims_js__WEBPACK_IMPORTED_MODULE_0__/* .UNKNOWN_DIM */ .oD;
    return [{ shape: [batch], dtype: label }, { shape: [batch, classes > 0 ? classes : _util_dims_js__WEBPACK_IMPORTED_MODULE_0__/* .UNKNOWN_DIM */ .oD], dtype: 'float32' }];
}
/**
 * MACC per support vector and feature of an SVM kernel. RBF 10 and POLY 3 are read off
 * stedgeai's generated code (n_macc of three RBF networks: 71,680 = 10 x 14 x 512; 129,200 and
 * 108,000 beside a dense layer; one POLY network of degree 3: 31,488 = 3 x 656 x 16). LINEAR 1
 * (a dot product) and SIGMOID 3 (as POLY) are assumptions: no public file shows them.
 */
const SVM_KERNEL_MACC = { RBF: 10, POLY: 3, LINEAR: 1, SIGMOID: 3 };
/** Support vectors of an SVM: the sum of vectors_per_class (classifier) or n_supports (regressor). */
function supportVectorCount(node) {
    const vpc = (0,_ml_arrays_js__WEBPACK_IMPORTED_MODULE_1__/* .mlList */ .OU)(node, 'vectors_per_class');
    if (vpc.length > 0)
        return vpc.reduce((a, b) => a + b, 0);
    return (0,_ml_arrays_js__WEBPACK_IMPORTED_MODULE_1__/* .mlList */ .OU)(node, 'n_supports')[0] ?? 0;
}
/**
 * Why the support-vector counts disagree with the support vectors present (`f` features each), or
 * undefined when they agree. With `f` unknown, counts above the values present disagree.
 */
function supportVectorMismatch(node, f) {
    const sv = (0,_ml_arrays_js__WEBPACK_IMPORTED_MODULE_1__/* .mlList */ .OU)(node, 'support_vectors').length;
    const n = supportVectorCount(node);
    if (n === 0)
        return undefined;
    if (!(0,_util_dims_js__WEBPACK_IMPORTED_MODULE_0__/* .isNum */ .T6)(f))
        return n > sv ? `${n} support vectors counted; support_vectors has ${sv} values` : undefined;
    return sv === n * f ? undefined : `support_vectors has ${sv} values; expected ${n} support vectors x ${f} features = ${n * f}`;
}
function svmCheck(ctx) {
    const f = features(ctx)?.f;
    const why = (0,_util_dims_js__WEBPACK_IMPORTED_MODULE_0__/* .isNum */ .T6)(f) ? supportVectorMismatch(ctx.node, f) : undefined;
    if (why !== undefined)
        (0,_util_dims_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(why);
}
/** The kernel's name, upper case (ONNX-ML's default: LINEAR). */
function svmKernel(node) {
    return (0,_util_attrs_js__WEBPACK_IMPORTED_MODULE_2__/* .attrString */ .Rr)(node, 'kernel_type', 'LINEAR').toUpperCase();
}
function svmCost(ctx) {
    const f = features(ctx)?.f;
    const n = supportVectorCount(ctx.node);
    // Without support vectors the model is linear: one row of coefficients per class (assumption: as
    // a dense layer), whatever the input's width.
    if (n === 0)
        return (0,_util_cost_js__WEBPACK_IMPORTED_MODULE_3__/* .cost */ .y)((0,_ml_arrays_js__WEBPACK_IMPORTED_MODULE_1__/* .mlList */ .OU)(ctx.node, 'coefficients').length);
    // Stryker disable next-line ConditionalExpression: equivalent, without the guard the product below is NaN for an unknown width, and cost() counts NaN as 0
    if (!(0,_util_dims_js__WEBPACK_IMPORTED_MODULE_0__/* .isNum */ .T6)(f))
        return _util_cost_js__WEBPACK_IMPORTED_MODULE_3__/* .ZERO_COST */ .de;
    // counts that disagree with the support vectors present count 0 (the W_SHAPE says why)
    svmCheck(ctx);
    return (0,_util_cost_js__WEBPACK_IMPORTED_MODULE_3__/* .cost */ .y)((SVM_KERNEL_MACC[svmKernel(ctx.node)] ?? 1) * n * f);
}
/**
 * Depth of each tree of an ensemble (edges on its longest root-to-leaf path), from the nodes_*
 * attributes. A child id that is not a node of the tree, or a cycle, is an error.
 */
function treeDepths(node) {
    const treeIds = (0,_ml_arrays_js__WEBPACK_IMPORTED_MODULE_1__/* .mlList */ .OU)(node, 'nodes_treeids');
    const nodeIds = (0,_ml_arrays_js__WEBPACK_IMPORTED_MODULE_1__/* .mlList */ .OU)(node, 'nodes_nodeids');
    const t = (0,_ml_arrays_js__WEBPACK_IMPORTED_MODULE_1__/* .mlList */ .OU)(node, 'nodes_truenodeids');
    const f = (0,_ml_arrays_js__WEBPACK_IMPORTED_MODULE_1__/* .mlList */ .OU)(node, 'nodes_falsenodeids');
    const modes = node.attrs['nodes_modes'];
    const n = nodeIds.length;
    for (const [name, len] of [['nodes_treeids', treeIds.length], ['nodes_truenodeids', t.length], ['nodes_falsenodeids', f.length], ['nodes_modes', Array.isArray(modes) ? modes.length : 0]]) {
        if (len !== n)
            (0,_util_dims_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`${name} has ${len} entries; expected one per node (nodes_nodeids has ${n})`);
    }
    const index = new Map();
    nodeIds.forEach((id, i) => index.set(`${treeIds[i]}:${id}`, i));
    const isLeaf = (i) => Array.isArray(modes) && modes[i] === 'LEAF';
    const depths = new Map();
    const roots = new Map();
    for (let i = 0; i < n; i++)
        if (!roots.has(treeIds[i] ?? 0))
            roots.set(treeIds[i] ?? 0, i);
    for (const [tree, root] of roots) {
        let deepest = 0;
        const stack = [[root, 0]];
        const seen = new Set();
        while (stack.length > 0) {
            // Stryker disable next-line ArrayDeclaration: equivalent, the loop runs only while the stack holds an entry, so pop() never gives undefined
            const [i, d] = stack.pop() ?? [root, 0];
            if (seen.has(i))
                (0,_util_dims_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`tree ${tree} is not a tree: node ${nodeIds[i]} is reached twice`);
            seen.add(i);
            deepest = Math.max(deepest, d);
            if (isLeaf(i))
                continue;
            for (const child of [t[i], f[i]]) {
                const c = index.get(`${tree}:${child}`);
                if (c === undefined)
                    (0,_util_dims_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`tree ${tree}, node ${nodeIds[i]}: child ${child} is not a node of the tree`);
                stack.push([c, d + 1]);
            }
        }
        depths.set(tree, deepest);
    }
    return [...depths.values()];
}
/**
 * A tree ensemble: one comparison per level of each tree's deepest path, plus one addition per
 * output for the aggregation. ASSUMPTION (METRICS.md): the public generated files give n_macc 48,
 * 1,099 and 1,077 for forests whose model files are not public, so the rule is not calibrated.
 */
function treeCost(ctx, outputs) {
    return (0,_util_cost_js__WEBPACK_IMPORTED_MODULE_3__/* .cost */ .y)(treeDepths(ctx.node).reduce((a, b) => a + b, 0) + outputs);
}
function treeClassifierInfer(ctx) {
    treeDepths(ctx.node);
    return classifierOutputs(ctx, (0,_ml_arrays_js__WEBPACK_IMPORTED_MODULE_1__/* .classCount */ .Uo)(ctx.node, 'classlabels_int64s'), 'classlabels_int64s');
}
/** [N, outputs] float scores, after `check` has refused inconsistent attributes. */
function regressorInfer(outputs, check = () => undefined) {
    return (ctx) => {
        check(ctx);
        const batch = features(ctx)?.batch ?? _util_dims_js__WEBPACK_IMPORTED_MODULE_0__/* .UNKNOWN_DIM */ .oD;
        return [{ shape: [batch, outputs(ctx.node)], dtype: 'float32' }];
    };
}
/** Linear models: coefficients x features plus the intercepts (as a dense layer with bias; assumption). */
function linearCost(ctx) {
    return (0,_util_cost_js__WEBPACK_IMPORTED_MODULE_3__/* .cost */ .y)((0,_ml_arrays_js__WEBPACK_IMPORTED_MODULE_1__/* .mlList */ .OU)(ctx.node, 'coefficients').length + (0,_ml_arrays_js__WEBPACK_IMPORTED_MODULE_1__/* .mlList */ .OU)(ctx.node, 'intercepts').length);
}
function sameShapeFloat(ctx) {
    return [{ shape: ctx.input(0)?.shape, dtype: 'float32' }];
}
function labelEncoderInfer(ctx) {
    const n = ctx.node;
    // opset 4's values_tensor gives its own element type; before it, the values_* list that is present
    const dtype = (0,_util_attrs_js__WEBPACK_IMPORTED_MODULE_2__/* .attrTensor */ .VR)(n, 'values_tensor')?.dtype ?? ((0,_ml_arrays_js__WEBPACK_IMPORTED_MODULE_1__/* .mlList */ .OU)(n, 'values_floats').length > 0 ? 'float32' : (0,_ml_arrays_js__WEBPACK_IMPORTED_MODULE_1__/* .mlList */ .OU)(n, 'values_int64s').length > 0 ? 'int64' : 'string');
    return [{ shape: ctx.input(0)?.shape, dtype }];
}
/** ZipMap: stedgeai keeps the (label, probability) pairs as 2 x classes floats (randomforest.c: 6 for 3 classes). */
function zipMapInfer(ctx) {
    const s = ctx.input(0)?.shape;
    const k = (0,_ml_arrays_js__WEBPACK_IMPORTED_MODULE_1__/* .classCount */ .Uo)(ctx.node, 'classlabels_int64s');
    return [{ shape: [s?.[0] ?? _util_dims_js__WEBPACK_IMPORTED_MODULE_0__/* .UNKNOWN_DIM */ .oD, 2, k > 0 ? k : (s?.[1] ?? _util_dims_js__WEBPACK_IMPORTED_MODULE_0__/* .UNKNOWN_DIM */ .oD)], dtype: 'float32' }];
}
function arrayFeatureExtractorInfer(ctx) {
    const x = ctx.input(0);
    const idx = ctx.input(1)?.shape;
    if (!x?.shape || !idx)
        return [{ dtype: x?.dtype }];
    const m = idx.reduce((a, d) => ((0,_util_dims_js__WEBPACK_IMPORTED_MODULE_0__/* .isNum */ .T6)(a) && (0,_util_dims_js__WEBPACK_IMPORTED_MODULE_0__/* .isNum */ .T6)(d) ? a * d : _util_dims_js__WEBPACK_IMPORTED_MODULE_0__/* .UNKNOWN_DIM */ .oD), 1);
    const lead = x.shape.length <= 1 ? [1] : x.shape.slice(0, -1);
    return [{ shape: [...lead, m], dtype: x.dtype }];
}
/** MACC per output element of the element-wise ONNX-ML operators (assumptions: no public file shows them). */
const PER_ELEMENT = {
    Scaler: { macc: 2, why: 'a subtraction and a multiplication' },
    Normalizer: { macc: 3, why: "as L2Normalization's 3" },
    Binarizer: { macc: 1, why: 'one comparison' },
    Imputer: { macc: 1, why: 'one comparison and select' },
    LabelEncoder: { macc: 1, why: 'one lookup' },
};
// Stryker disable next-line OptionalChaining,LogicalOperator: equivalent, perElement is the cost of the five PER_ELEMENT kinds only (the table below), so the entry is always found
const perElement = (ctx) => (0,_util_cost_js__WEBPACK_IMPORTED_MODULE_3__/* .cost */ .y)((PER_ELEMENT[ctx.node.op]?.macc ?? 1) * (0,_util_cost_js__WEBPACK_IMPORTED_MODULE_3__/* .outCount */ .mb)(ctx));
/**
 * How an ONNX-ML node is counted, in one sentence for the report (the I_ML diagnostic): the
 * model's size (support vectors, trees, classes), the MACC rule with its origin, and the arrays
 * stedgeai stores.
 */
function mlExplanation(node, arrays) {
    const stored = arrays.map((a) => `${a.name} ${a.count} x ${(0,_ir_dtype_js__WEBPACK_IMPORTED_MODULE_4__/* .shortDType */ .Vt)(a.dtype)}`).join(', ');
    const storage = stored === '' ? 'no parameter arrays' : `stored as ${stored}, each aligned to 4 bytes`;
    switch (node.op) {
        case 'SVMClassifier':
        case 'SVMRegressor': {
            const n = supportVectorCount(node);
            if (n === 0)
                return `${node.op} without support vectors (a linear model): MACC = its ${(0,_ml_arrays_js__WEBPACK_IMPORTED_MODULE_1__/* .mlList */ .OU)(node, 'coefficients').length} coefficients (assumption, as a dense layer); ${storage}`;
            const kernel = svmKernel(node);
            const per = SVM_KERNEL_MACC[kernel] ?? 1;
            const origin = kernel === 'RBF' || kernel === 'POLY' ? "stedgeai's count" : 'assumption';
            return `${node.op}, ${kernel} kernel, ${n} support vectors: MACC = ${per} x ${n} support vectors x features (${origin}); ${storage}`;
        }
        case 'TreeEnsembleClassifier':
        case 'TreeEnsembleRegressor':
            return `${node.op}, ${(0,_ml_arrays_js__WEBPACK_IMPORTED_MODULE_1__/* .treeCount */ .qs)(node)} trees, ${(0,_ml_arrays_js__WEBPACK_IMPORTED_MODULE_1__/* .mlList */ .OU)(node, 'nodes_nodeids').length} nodes: MACC = the depth of each tree summed, plus one per output (assumption, not calibrated); ${storage}`;
        case 'LinearClassifier':
        case 'LinearRegressor':
            return `${node.op}: MACC = its ${(0,_ml_arrays_js__WEBPACK_IMPORTED_MODULE_1__/* .mlList */ .OU)(node, 'coefficients').length} coefficients + ${(0,_ml_arrays_js__WEBPACK_IMPORTED_MODULE_1__/* .mlList */ .OU)(node, 'intercepts').length} intercepts (assumption, as a dense layer with bias); ${storage}`;
        case 'ZipMap':
        case 'ArrayFeatureExtractor':
            return `${node.op}: 0 MACC (moves values); ${storage}`;
        default: {
            const p = PER_ELEMENT[node.op];
            // Stryker disable next-line OptionalChaining,LogicalOperator,StringLiteral: equivalent, the ML kinds the cases above leave are the five PER_ELEMENT ones, so p is always found
            return `${node.op}: MACC = ${p?.macc ?? 1} per element (${p?.why ?? 'assumption'}; assumption); ${storage}`;
        }
    }
}
const ML_RULES = [
    {
        kind: 'SVMClassifier', role: 'compute', cost: svmCost,
        infer: (ctx) => {
            svmCheck(ctx);
            return classifierOutputs(ctx, (0,_ml_arrays_js__WEBPACK_IMPORTED_MODULE_1__/* .classCount */ .Uo)(ctx.node));
        },
    },
    { kind: 'SVMRegressor', role: 'compute', cost: svmCost, infer: regressorInfer(() => 1, svmCheck) },
    { kind: 'TreeEnsembleClassifier', role: 'compute', infer: treeClassifierInfer, cost: (ctx) => treeCost(ctx, (0,_ml_arrays_js__WEBPACK_IMPORTED_MODULE_1__/* .classCount */ .Uo)(ctx.node, 'classlabels_int64s')) },
    { kind: 'TreeEnsembleRegressor', role: 'compute', infer: regressorInfer(_ml_arrays_js__WEBPACK_IMPORTED_MODULE_1__/* .targetCount */ .lV, (ctx) => treeDepths(ctx.node)), cost: (ctx) => treeCost(ctx, (0,_ml_arrays_js__WEBPACK_IMPORTED_MODULE_1__/* .targetCount */ .lV)(ctx.node)) },
    { kind: 'LinearClassifier', role: 'compute', cost: linearCost, infer: (ctx) => classifierOutputs(ctx, (0,_ml_arrays_js__WEBPACK_IMPORTED_MODULE_1__/* .classCount */ .Uo)(ctx.node)) },
    { kind: 'LinearRegressor', role: 'compute', cost: linearCost, infer: regressorInfer(_ml_arrays_js__WEBPACK_IMPORTED_MODULE_1__/* .targetCount */ .lV) },
    // Element-wise preprocessing: PER_ELEMENT.
    { kind: 'Scaler', role: 'elementwise', infer: sameShapeFloat, cost: perElement },
    { kind: 'Normalizer', role: 'normalization', infer: sameShapeFloat, cost: perElement },
    { kind: 'Binarizer', role: 'elementwise', infer: (ctx) => [{ shape: ctx.input(0)?.shape, dtype: ctx.input(0)?.dtype }], cost: perElement },
    { kind: 'Imputer', role: 'elementwise', infer: (ctx) => [{ shape: ctx.input(0)?.shape, dtype: ctx.input(0)?.dtype }], cost: perElement },
    { kind: 'LabelEncoder', role: 'elementwise', infer: labelEncoderInfer, cost: perElement },
    { kind: 'ZipMap', role: 'data-movement', infer: zipMapInfer, cost: () => _util_cost_js__WEBPACK_IMPORTED_MODULE_3__/* .ZERO_COST */ .de },
    { kind: 'ArrayFeatureExtractor', role: 'data-movement', infer: arrayFeatureExtractorInfer, cost: () => _util_cost_js__WEBPACK_IMPORTED_MODULE_3__/* .ZERO_COST */ .de },
];


/***/ }),

/***/ 351:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ quantBitwidth),
/* harmony export */   s: () => (/* binding */ QUANT_RULES)
/* harmony export */ });
/* harmony import */ var _util_cost_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5520);
/* harmony import */ var _util_dtypes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5224);
/* harmony import */ var _ir_tensor_data_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(603);



function withDType(ctx, dtype) {
    return [{ shape: ctx.input(0)?.shape, dtype }];
}
/** 2 * O; 0 at the network's I/O (passes/io-boundary.ts: stedgeai's network reads and writes the integers). */
const quantCost = (ctx) => (0,_util_cost_js__WEBPACK_IMPORTED_MODULE_0__/* .cost */ .y)(ctx.node.attrs['io_boundary'] === true ? 0 : 2 * (0,_util_cost_js__WEBPACK_IMPORTED_MODULE_0__/* .outCount */ .mb)(ctx));
/** Weights are quantized offline: no MACC when the quantized tensor is a constant. */
const qonnxCost = (ctx) => (ctx.input(0)?.data !== undefined ? (0,_util_cost_js__WEBPACK_IMPORTED_MODULE_0__/* .cost */ .y)(0) : quantCost(ctx));
const sameAsInput = (ctx) => withDType(ctx, ctx.input(0)?.dtype ?? 'float32');
/** A Quant's constant `bitwidth` tensor (its input 3), rounded up, 1 to 32; undefined when unreadable. */
function quantBitwidth(b) {
    const v = b?.data !== undefined && b.variable !== true ? (0,_ir_tensor_data_js__WEBPACK_IMPORTED_MODULE_1__/* .readValues */ .N$)(b, 1)?.[0] : undefined;
    // Stryker disable next-line ConditionalExpression: equivalent, for the undefined test only (the bounds are tested at 0, 1, 32 and 33): undefined > 0 is false too
    return v !== undefined && v > 0 && v <= 32 ? Math.ceil(v) : undefined;
}
const quantBits = (ctx) => quantBitwidth(ctx.input(3));
const QUANT_RULES = [
    {
        kind: 'QuantizeLinear', role: 'quantization', cost: quantCost,
        infer: (ctx) => withDType(ctx, (0,_util_dtypes_js__WEBPACK_IMPORTED_MODULE_2__/* .dtypeFromAttr */ .E)(ctx.node.attrs['output_dtype']) ?? ctx.input(2)?.dtype ?? 'uint8'),
    },
    { kind: 'DequantizeLinear', role: 'quantization', cost: quantCost, infer: (ctx) => withDType(ctx, ctx.input(1)?.dtype ?? 'float32') },
    {
        kind: 'DynamicQuantizeLinear', role: 'quantization', cost: quantCost,
        infer: (ctx) => [...withDType(ctx, 'uint8'), { shape: [], dtype: 'float32' }, { shape: [], dtype: 'uint8' }],
    },
    // Output type is whatever the file declares (TFLite QUANTIZE between two quantized types).
    { kind: 'Requantize', role: 'quantization', cost: quantCost, infer: (ctx) => withDType(ctx, undefined) },
    { kind: 'Quant', role: 'quantization', cost: qonnxCost, infer: sameAsInput, offlineBits: quantBits },
    { kind: 'BipolarQuant', role: 'quantization', cost: qonnxCost, infer: sameAsInput, offlineBits: () => 1 },
    { kind: 'Trunc', role: 'quantization', cost: qonnxCost, infer: sameAsInput },
];


/***/ }),

/***/ 6896:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ REDUCE_RULES)
/* harmony export */ });
/* unused harmony export reduceShape */
/* harmony import */ var _util_attrs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7789);
/* harmony import */ var _util_cost_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5520);
/* harmony import */ var _util_dims_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6394);



/** Reduced axes, 'all', or undefined when they are given by a non-constant input. */
function reducedAxes(ctx, rank) {
    let axes = (0,_util_attrs_js__WEBPACK_IMPORTED_MODULE_0__/* .attrInts */ .yO)(ctx.node, 'axes');
    if (!axes && (0,_util_cost_js__WEBPACK_IMPORTED_MODULE_1__/* .hasInput */ .bZ)(ctx, 1)) {
        axes = ctx.constValues(1);
        if (!axes)
            return undefined;
    }
    if (!axes || axes.length === 0)
        return (0,_util_attrs_js__WEBPACK_IMPORTED_MODULE_0__/* .attrInt */ .NN)(ctx.node, 'noop_with_empty_axes', 0) === 1 ? new Set() : 'all';
    return new Set(axes.map((a) => (0,_util_dims_js__WEBPACK_IMPORTED_MODULE_2__/* .normAxis */ .GD)(a, rank, 'reduce axis')));
}
function reduceShape(x, axes, keep) {
    const out = [];
    x.forEach((d, i) => {
        const r = axes === 'all' || axes.has(i);
        if (!r)
            out.push(d);
        else if (keep)
            out.push(1);
    });
    return out;
}
function reduceInfer(ctx) {
    const x = ctx.input(0);
    if (!x?.shape)
        return [{ dtype: x?.dtype }];
    const keep = (0,_util_attrs_js__WEBPACK_IMPORTED_MODULE_0__/* .attrInt */ .NN)(ctx.node, 'keepdims', 1) === 1;
    const axes = reducedAxes(ctx, x.shape.length);
    if (axes === undefined)
        return [{ shape: keep ? x.shape.map(() => _util_dims_js__WEBPACK_IMPORTED_MODULE_2__/* .UNKNOWN_DIM */ .oD) : undefined, dtype: x.dtype }];
    return [{ shape: reduceShape(x.shape, axes, keep), dtype: x.dtype }];
}
/** ReduceProd/ReduceSum/ReduceMin/ReduceMax over everything (shape arithmetic on small vectors). */
function reduceFold(op, init) {
    return (ctx, inputs) => {
        const x = ctx.input(0)?.shape;
        const axes = x ? reducedAxes(ctx, x.length) : undefined;
        const v = inputs[0];
        if (!v || !x || axes === undefined)
            return undefined;
        // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, over all axes a 2-D sum is right too, and over some its one value does not fit the output's count, which passes/shapes/fold.ts refuses
        if (x.length > 1)
            return undefined;
        return axes === 'all' || axes.size > 0 ? [[v.reduce(op, init)]] : [v];
    };
}
function argInfer(ctx) {
    const x = ctx.input(0);
    if (!x?.shape)
        return [{ dtype: 'int64' }];
    const axis = (0,_util_dims_js__WEBPACK_IMPORTED_MODULE_2__/* .normAxis */ .GD)((0,_util_attrs_js__WEBPACK_IMPORTED_MODULE_0__/* .attrInt */ .NN)(ctx.node, 'axis', 0), x.shape.length);
    return [{ shape: reduceShape(x.shape, new Set([axis]), (0,_util_attrs_js__WEBPACK_IMPORTED_MODULE_0__/* .attrInt */ .NN)(ctx.node, 'keepdims', 1) === 1), dtype: 'int64' }];
}
const FACTOR = { ReduceMean: 2, ReduceL2: 2, ReduceSumSquare: 2 };
/**
 * A mean over axes that keep the batch and the channels (a global average over H, W or the
 * sequence) is a pooling for stedgeai: one MACC per input element (TFLite MEAN as `pool_<n>
 * (Pool, MEAN)` in ST 2.x reports of public projects: 4x4x1280 -> 20,480, 7x7x288 -> 14,112,
 * 40x96 over 40 -> 3,840).
 */
function isPoolingMean(ctx) {
    const x = ctx.input(0);
    // below rank 3 no axis is left once the batch (0) and the channels (1, or the last) are kept
    if (ctx.node.op !== 'ReduceMean' || !x?.shape)
        return false;
    const rank = x.shape.length;
    const axes = reducedAxes(ctx, rank);
    if (axes === undefined || axes === 'all' || axes.size === 0)
        return false;
    const channel = (0,_util_attrs_js__WEBPACK_IMPORTED_MODULE_0__/* .layoutOf */ .aH)(ctx.node) === 'NHWC' ? rank - 1 : 1;
    return !axes.has(0) && !axes.has(channel);
}
function reduceRule(kind, fold) {
    const f = FACTOR[kind] ?? 1;
    return { kind, role: 'elementwise', shapeInputs: [1], infer: reduceInfer, cost: (ctx) => (0,_util_cost_js__WEBPACK_IMPORTED_MODULE_1__/* .cost */ .y)((isPoolingMean(ctx) ? 1 : f) * (0,_util_cost_js__WEBPACK_IMPORTED_MODULE_1__/* .inCount */ .Zw)(ctx)), ...(fold ? { fold } : {}) };
}
const REDUCE_RULES = [
    reduceRule('ReduceMean'),
    reduceRule('ReduceSum', reduceFold((a, b) => a + b, 0)),
    reduceRule('ReduceMax', reduceFold((a, b) => Math.max(a, b), -Infinity)),
    reduceRule('ReduceMin', reduceFold((a, b) => Math.min(a, b), Infinity)),
    reduceRule('ReduceProd', reduceFold((a, b) => a * b, 1)),
    reduceRule('ReduceL2'),
    reduceRule('ReduceSumSquare'),
    { kind: 'ArgMax', role: 'elementwise', infer: argInfer, cost: (ctx) => (0,_util_cost_js__WEBPACK_IMPORTED_MODULE_1__/* .cost */ .y)((0,_util_cost_js__WEBPACK_IMPORTED_MODULE_1__/* .inCount */ .Zw)(ctx)) },
    { kind: 'ArgMin', role: 'elementwise', infer: argInfer, cost: (ctx) => (0,_util_cost_js__WEBPACK_IMPORTED_MODULE_1__/* .cost */ .y)((0,_util_cost_js__WEBPACK_IMPORTED_MODULE_1__/* .inCount */ .Zw)(ctx)) },
];


/***/ }),

/***/ 7374:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y0: () => (/* binding */ RULES),
  rF: () => (/* binding */ getRule)
});

// UNUSED EXPORTS: buildTable, fusedActivationMacc

// EXTERNAL MODULE: ./src/ops/traits.ts
var traits = __webpack_require__(7731);
// EXTERNAL MODULE: ./src/diagnostics/diagnostic.ts
var diagnostic = __webpack_require__(2869);
// EXTERNAL MODULE: ./src/ir/op-kinds.ts
var op_kinds = __webpack_require__(7010);
// EXTERNAL MODULE: ./src/ops/util/attrs.ts
var attrs = __webpack_require__(7789);
// EXTERNAL MODULE: ./src/ops/util/cost.ts
var cost = __webpack_require__(5520);
// EXTERNAL MODULE: ./src/ops/util/values.ts
var util_values = __webpack_require__(8451);
// EXTERNAL MODULE: ./src/ir/dtype.ts
var dtype = __webpack_require__(7003);
;// CONCATENATED MODULE: ./src/ops/activation.ts




/**
 * MACC per output element (METRICS.md). Softmax/LogSoftmax 15 [ST]; Relu/Clip/LeakyRelu/PRelu 1
 * [ST]; float Sigmoid and Tanh 10, float Elu 11 [ST: the C-model MACC of layers in public
 * projects' reports, fuzzy_comfort_model2.tflite's LOGISTIC, td3.onnx's Tanh, policy.onnx's Elu];
 * the others 1 (no report shows them).
 */
const ACTIVATION_FACTOR = {
    Softmax: 15, LogSoftmax: 15, Sigmoid: 10, Tanh: 10, Elu: 11,
};
/**
 * In an integer layer a Sigmoid / Tanh / Elu is one table lookup per element: 1 [ST: an int8
 * report's TANH rows, 240 in the model column, 24 in the C model for 24 elements].
 */
const LOOKUP_IN_INTEGER = new Set(['Sigmoid', 'Tanh', 'Elu']);
function activationFactor(kind, integer) {
    if (integer && LOOKUP_IN_INTEGER.has(kind))
        return 1;
    return ACTIVATION_FACTOR[kind] ?? 1;
}
/** The layer computes on integers: marked so (ir/integer.ts), or its input is an integer tensor. */
function isIntegerLayer(ctx) {
    const x = ctx.input(0);
    // Stryker disable next-line ConditionalExpression,BooleanLiteral: equivalent, for the flag: a node is marked integer only when every activation it reads is a quantized integer (ir/integer.ts), its input 0 included, which the second test sees
    return ctx.node.integer === true || (x !== undefined && (0,dtype/* isInteger */.Fq)(x.dtype));
}
function sameAsInput(ctx) {
    const x = ctx.input(0);
    return [x?.shape ? { shape: x.shape, dtype: x.dtype } : { dtype: x?.dtype }];
}
function roundHalfEven(v) {
    const r = Math.round(v);
    return Math.abs(v % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
/** Unary ops that may appear in shape arithmetic, folded when their input is a small constant. */
const FOLDS = {
    Relu: (v) => Math.max(0, v), Abs: Math.abs, Neg: (v) => -v, Sign: Math.sign, Floor: Math.floor, Ceil: Math.ceil,
    Round: roundHalfEven, Sqrt: Math.sqrt, Exp: Math.exp, Log: Math.log, Reciprocal: (v) => 1 / v,
    Square: (v) => v * v, Sin: Math.sin, Cos: Math.cos, Tan: Math.tan,
};
const UNARY = [
    'Relu', 'Relu6', 'LeakyRelu', 'Elu', 'Selu', 'Celu', 'ThresholdedRelu',
    'Sigmoid', 'HardSigmoid', 'Tanh', 'HardSwish', 'Swish', 'Gelu', 'Mish', 'Softplus', 'Softsign',
    'Exp', 'Log', 'Sqrt', 'Rsqrt', 'Reciprocal', 'Abs', 'Neg', 'Sign', 'Floor', 'Ceil', 'Round', 'Erf',
    'Sin', 'Cos', 'Tan', 'Square', 'Softmax', 'LogSoftmax',
];
function unaryRule(kind) {
    const f = FOLDS[kind];
    const rule = { kind, role: 'activation', infer: sameAsInput, cost: (ctx) => (0,cost/* cost */.y)(activationFactor(kind, isIntegerLayer(ctx)) * (0,cost/* outCount */.mb)(ctx)) };
    if (f) {
        rule.fold = (ctx, inputs) => {
            // Stryker disable next-line StringLiteral: equivalent, passes/shapes/fold.ts folds only once input 0 has its values, so the tensor exists and has a type
            const dtype = ctx.input(0)?.dtype ?? 'float32';
            return inputs[0] ? [inputs[0].map((v) => (0,util_values/* castValue */.Lm)(f(v), dtype))] : undefined;
        };
    }
    return rule;
}
/** Clip: min/max attributes before opset 11, optional inputs 1 and 2 after. */
const clip = {
    kind: 'Clip', role: 'activation', infer: sameAsInput, shapeInputs: [1, 2],
    cost: (ctx) => (0,cost/* cost */.y)((0,cost/* outCount */.mb)(ctx)),
    fold: (ctx, inputs) => {
        const x = inputs[0];
        if (!x)
            return undefined;
        const lo = inputs[1]?.[0] ?? (0,attrs/* attrFloat */.S_)(ctx.node, 'min', -Infinity);
        const hi = inputs[2]?.[0] ?? (0,attrs/* attrFloat */.S_)(ctx.node, 'max', Infinity);
        return [x.map((v) => Math.min(hi, Math.max(lo, v)))];
    },
};
/** PRelu: slope broadcasts unidirectionally to X; output has X's shape. */
const prelu = { kind: 'PRelu', role: 'activation', infer: sameAsInput, cost: (ctx) => (0,cost/* cost */.y)((0,cost/* outCount */.mb)(ctx)) };
const ACTIVATION_RULES = [...UNARY.map(unaryRule), clip, prelu];

// EXTERNAL MODULE: ./src/ops/control.ts
var control = __webpack_require__(1145);
// EXTERNAL MODULE: ./src/ops/conv.ts
var conv = __webpack_require__(5568);
// EXTERNAL MODULE: ./src/ops/elementwise.ts
var elementwise = __webpack_require__(5192);
// EXTERNAL MODULE: ./src/ir/shape.ts
var shape = __webpack_require__(8774);
// EXTERNAL MODULE: ./src/ops/util/dims.ts
var util_dims = __webpack_require__(6394);
;// CONCATENATED MODULE: ./src/ops/gather.ts




function gatherInfer(ctx) {
    const x = ctx.input(0);
    const idx = ctx.input(1)?.shape;
    if (!x?.shape || !idx)
        return [{ dtype: x?.dtype }];
    const axis = (0,util_dims/* normAxis */.GD)((0,attrs/* attrInt */.NN)(ctx.node, 'axis', 0), x.shape.length, 'gather axis');
    return [{ shape: [...x.shape.slice(0, axis), ...idx, ...x.shape.slice(axis + 1)], dtype: x.dtype }];
}
function gatherFold(ctx, inputs) {
    const x = ctx.input(0)?.shape;
    const [v, ids] = inputs;
    if (!(0,shape/* isStatic */.Nh)(x) || !v || !ids)
        return undefined;
    const axis = (0,util_dims/* normAxis */.GD)((0,attrs/* attrInt */.NN)(ctx.node, 'axis', 0), x.length);
    const outer = (0,util_dims/* product */.qM)(x.slice(0, axis)) ?? 1;
    const inner = (0,util_dims/* product */.qM)(x.slice(axis + 1)) ?? 1;
    const d = x[axis] ?? 0;
    const res = [];
    for (let o = 0; o < outer; o++) {
        for (const i0 of ids) {
            const i = i0 < 0 ? i0 + d : i0;
            if (i < 0 || i >= d)
                (0,util_dims/* fail */.fJ)(`gather index ${i0} is out of range for dim ${d}`);
            for (let j = 0; j < inner; j++)
                res.push(v[(o * d + i) * inner + j] ?? 0);
        }
    }
    return [res];
}
function gatherNDInfer(ctx) {
    const x = ctx.input(0);
    const idx = ctx.input(1)?.shape;
    if (!x?.shape || !idx)
        return [{ dtype: x?.dtype }];
    const b = (0,attrs/* attrInt */.NN)(ctx.node, 'batch_dims', 0);
    const last = idx[idx.length - 1];
    if (!(0,util_dims/* isNum */.T6)(last))
        return [{ dtype: x.dtype }];
    if (b + last > x.shape.length)
        (0,util_dims/* fail */.fJ)(`indices address ${b + last} dims of a rank-${x.shape.length} input`);
    const shape = [...idx.slice(0, -1), ...x.shape.slice(b + last)];
    return [{ shape, dtype: x.dtype }];
}
const indicesShape = (ctx) => {
    const idx = ctx.input(1)?.shape;
    return [{ shape: idx ? [...idx] : undefined, dtype: ctx.input(0)?.dtype }];
};
const dataShape = (ctx) => {
    const x = ctx.input(0);
    return [{ shape: x?.shape ?? undefined, dtype: x?.dtype }];
};
const GATHER_RULES = [
    { kind: 'Gather', role: 'data-movement', infer: gatherInfer, cost: () => cost/* ZERO_COST */.de, fold: gatherFold },
    { kind: 'GatherElements', role: 'data-movement', infer: indicesShape, cost: () => cost/* ZERO_COST */.de },
    { kind: 'GatherND', role: 'data-movement', infer: gatherNDInfer, cost: () => cost/* ZERO_COST */.de },
    { kind: 'ScatterND', role: 'data-movement', infer: dataShape, cost: () => cost/* ZERO_COST */.de },
];

// EXTERNAL MODULE: ./src/arrays.ts
var arrays = __webpack_require__(273);
;// CONCATENATED MODULE: ./src/ops/einsum.ts




function parse(ctx) {
    const eq = (0,attrs/* attrString */.Rr)(ctx.node, 'equation', '').replace(/\s/g, '');
    const [lhs, rhs] = eq.split('->'); // split gives at least one part
    const terms = lhs.split(',');
    const extents = new Map();
    const ellipses = [];
    for (const [i, term] of terms.entries()) {
        const shape = ctx.input(i)?.shape;
        if (!shape)
            return undefined;
        const letters = term.replace('...', '');
        const ell = shape.length - letters.length;
        if (ell < 0 || (ell > 0 && !term.includes('...')))
            (0,util_dims/* fail */.fJ)(`term '${term}' does not match input rank ${shape.length}`);
        let pos = 0;
        for (let c = 0; c < term.length; c++) {
            if (term.startsWith('...', c)) {
                ellipses.push(shape.slice(pos, pos + ell));
                pos += ell;
                c += 2;
                continue;
            }
            const ch = term.charAt(c);
            const d = shape[pos++] ?? util_dims/* UNKNOWN_DIM */.oD;
            const prev = extents.get(ch);
            // unseen (undefined), 1 (broadcast) or symbolic: this operand's extent is the better one
            if (prev === 1 || !(0,util_dims/* isNum */.T6)(prev))
                extents.set(ch, d);
        }
    }
    let out = rhs;
    if (out === undefined) {
        const counts = new Map();
        for (const ch of lhs.replace(/\.\.\.|,/g, ''))
            counts.set(ch, (counts.get(ch) ?? 0) + 1);
        // the ellipsis first: without one in the terms it stands for no dims
        out = '...' + [...counts].filter(([, n]) => n === 1).map(([c]) => c).sort().join('');
    }
    return { extents, ellipsis: (0,util_dims/* broadcastShapes */.OR)(ellipses), out };
}
function einsumInfer(ctx) {
    const p = parse(ctx);
    const dtype = ctx.input(0)?.dtype;
    if (!p)
        return [{ dtype }];
    const shape = [];
    for (let c = 0; c < p.out.length; c++) {
        if (p.out.startsWith('...', c)) {
            (0,arrays/* append */.BC)(shape, p.ellipsis);
            c += 2;
        }
        else
            shape.push(p.extents.get(p.out.charAt(c)) ?? util_dims/* UNKNOWN_DIM */.oD);
    }
    return [{ shape, dtype }];
}
function einsumCost(ctx) {
    const p = parse(ctx);
    if (!p)
        return (0,cost/* cost */.y)(0);
    let n = 1;
    for (const d of [...p.extents.values(), ...p.ellipsis])
        n *= (0,util_dims/* isNum */.T6)(d) ? d : 0;
    return (0,cost/* cost */.y)(n, n);
}

;// CONCATENATED MODULE: ./src/ops/gemm.ts




/**
 * TFLite FULLY_CONNECTED (attribute `keep_num_dims` present): A of any rank is read as
 * [size / K, K]; the output is A's leading dims + [N] with keep_num_dims=1, else [size / K, N].
 */
function fcDims(a, b, tb) {
    const k = (tb ? b[1] : b[0]) ?? util_dims/* UNKNOWN_DIM */.oD;
    const n = (tb ? b[0] : b[1]) ?? util_dims/* UNKNOWN_DIM */.oD;
    const ka = a[a.length - 1] ?? util_dims/* UNKNOWN_DIM */.oD;
    if (b.length !== 2)
        (0,util_dims/* fail */.fJ)(`FullyConnected weights must be 2-D, got [${b.join(',')}]`);
    const size = a.every(util_dims/* isNum */.T6) ? a.reduce((p, d) => p * d, 1) : undefined;
    if ((0,util_dims/* isNum */.T6)(k) && size !== undefined && k > 0 && size % k !== 0)
        (0,util_dims/* fail */.fJ)(`input of ${size} elements is not a multiple of K=${k}`);
    const m = size !== undefined && (0,util_dims/* isNum */.T6)(k) && k > 0 ? size / k : util_dims/* UNKNOWN_DIM */.oD;
    const keep = a.length > 0 && (0,util_dims/* dimsCompatible */.QX)(ka, k);
    return { m, k, n, out: keep ? [...a.slice(0, -1), n] : [m, n] };
}
function gemmDims(ctx) {
    const a = ctx.input(0)?.shape;
    const b = ctx.input(1)?.shape;
    if (!a || !b)
        return undefined;
    if (ctx.node.attrs['keep_num_dims'] !== undefined)
        return fcDims(a, b, (0,attrs/* attrInt */.NN)(ctx.node, 'transB', 0) === 1);
    if (a.length !== 2 || b.length !== 2)
        (0,util_dims/* fail */.fJ)(`Gemm needs 2-D inputs, got A [${a.join(',')}] and B [${b.join(',')}]`);
    const ta = (0,attrs/* attrInt */.NN)(ctx.node, 'transA', 0) === 1;
    const tb = (0,attrs/* attrInt */.NN)(ctx.node, 'transB', 0) === 1;
    const m = (ta ? a[1] : a[0]) ?? util_dims/* UNKNOWN_DIM */.oD;
    const ka = (ta ? a[0] : a[1]) ?? util_dims/* UNKNOWN_DIM */.oD;
    const kb = (tb ? b[1] : b[0]) ?? util_dims/* UNKNOWN_DIM */.oD;
    const n = (tb ? b[0] : b[1]) ?? util_dims/* UNKNOWN_DIM */.oD;
    if (!(0,util_dims/* dimsCompatible */.QX)(ka, kb))
        (0,util_dims/* fail */.fJ)(`inner dims differ: A gives K=${ka}, B gives K=${kb} (transA=${ta ? 1 : 0}, transB=${tb ? 1 : 0})`);
    return { m, k: (0,util_dims/* isNum */.T6)(ka) ? ka : kb, n };
}
function gemmInfer(ctx) {
    const d = gemmDims(ctx);
    const dtype = ctx.input(0)?.dtype;
    if (d && 'out' in d && (0,attrs/* attrInt */.NN)(ctx.node, 'keep_num_dims', 0) === 1)
        return [{ shape: d.out, dtype }];
    return [d ? { shape: [d.m, d.n], dtype } : { dtype }];
}
/** M * N * K (+ N with a bias C). */
function gemmCost(ctx) {
    const d = gemmDims(ctx);
    if (!d || !(0,util_dims/* isNum */.T6)(d.m) || !(0,util_dims/* isNum */.T6)(d.n) || !(0,util_dims/* isNum */.T6)(d.k))
        return (0,cost/* cost */.y)(0);
    const pure = d.m * d.n * d.k;
    // a binary layer's input 2 is its threshold (passes/binary.ts), not a bias
    return (0,cost/* cost */.y)(pure + ((0,cost/* hasInput */.bZ)(ctx, 2) && ctx.node.attrs['threshold'] !== true ? d.n : 0), pure);
}
/** ONNX MatMul (numpy matmul): 1-D operands are promoted then the added dim removed. */
function matmulShape(a, b) {
    if (a.length === 0 || b.length === 0)
        (0,util_dims/* fail */.fJ)('MatMul operands must not be scalars');
    // a 1-D A is [1, K] and a 1-D B [K, 1], the added dim removed after: A needs no promotion here
    // (its K is its last dim either way, and it adds no batch dim), B does (its K is then its first)
    const b2 = b.length === 1 ? [...b, 1] : b;
    const ka = a[a.length - 1] ?? util_dims/* UNKNOWN_DIM */.oD;
    const kb = b2[b2.length - 2] ?? util_dims/* UNKNOWN_DIM */.oD;
    if (!(0,util_dims/* dimsCompatible */.QX)(ka, kb))
        (0,util_dims/* fail */.fJ)(`inner dims differ: [${a.join(',')}] x [${b.join(',')}] (K ${ka} vs ${kb})`);
    const batch = (0,util_dims/* broadcastShapes */.OR)([a.slice(0, -2), b2.slice(0, -2)]);
    const shape = [...batch];
    if (a.length > 1)
        shape.push(a[a.length - 2] ?? util_dims/* UNKNOWN_DIM */.oD);
    if (b.length > 1)
        shape.push(b2[b2.length - 1] ?? util_dims/* UNKNOWN_DIM */.oD);
    return { shape, k: (0,util_dims/* isNum */.T6)(ka) ? ka : kb };
}
function matmulInfer(ctx) {
    const a = ctx.input(0);
    const b = ctx.input(1)?.shape;
    if (!a?.shape || !b)
        return [{ dtype: a?.dtype }];
    return [{ shape: matmulShape(a.shape, b).shape, dtype: a.dtype }];
}
/** batch * M * N * K = output elements * K. */
function matmulCost(ctx) {
    const a = ctx.input(0)?.shape;
    const b = ctx.input(1)?.shape;
    if (!a || !b)
        return (0,cost/* cost */.y)(0);
    const { k } = matmulShape(a, b);
    const m = (0,cost/* outCount */.mb)(ctx) * ((0,util_dims/* isNum */.T6)(k) ? k : 0);
    return (0,cost/* cost */.y)(m, m);
}
const GEMM_RULES = [
    { kind: 'Gemm', role: 'compute', infer: gemmInfer, cost: gemmCost },
    { kind: 'MatMul', role: 'compute', infer: matmulInfer, cost: matmulCost },
    { kind: 'Einsum', role: 'compute', infer: einsumInfer, cost: einsumCost },
];

;// CONCATENATED MODULE: ./src/ops/indexing.ts





function concatInfer(ctx) {
    const shapes = ctx.node.inputs.map((_, i) => ctx.input(i)?.shape);
    const dtype = ctx.node.inputs.map((_, i) => ctx.input(i)?.dtype).find((d) => d !== undefined && d !== 'unknown');
    if (shapes.some((s) => s === undefined) || shapes.length === 0)
        return [{ dtype }];
    const all = shapes;
    // Stryker disable next-line OptionalChaining: equivalent, shapes is not empty here (checked above), so all[0] exists
    const rank = all[0]?.length ?? 0;
    const axis = (0,util_dims/* normAxis */.GD)((0,attrs/* attrInt */.NN)(ctx.node, 'axis', 0), rank, 'concat axis');
    // Stryker disable next-line ArrayDeclaration,LogicalOperator: equivalent, shapes is not empty here (checked above), so all[0] exists and the default is never taken
    const out = [...(all[0] ?? [])];
    let sum = 0;
    for (const s of all) {
        if (s.length !== rank)
            (0,util_dims/* fail */.fJ)(`inputs have ranks ${all.map((x) => x.length).join(' and ')}`);
        s.forEach((d, i) => {
            if (i === axis)
                return;
            if (!(0,util_dims/* dimsCompatible */.QX)(out[i], d))
                (0,util_dims/* fail */.fJ)(`dim ${i} differs between inputs: ${out[i]} vs ${d}`);
            if (!(0,util_dims/* isNum */.T6)(out[i]) && (0,util_dims/* isNum */.T6)(d))
                out[i] = d;
        });
        const d = s[axis];
        sum = (0,util_dims/* isNum */.T6)(sum) && (0,util_dims/* isNum */.T6)(d) ? sum + d : util_dims/* UNKNOWN_DIM */.oD;
    }
    out[axis] = sum;
    return [{ shape: out, dtype }];
}
/** Copies chunks along `axis`: out = concatenation of each input's slabs, outer loop first. */
function concatFold(ctx, inputs) {
    const shapes = ctx.node.inputs.map((_, i) => ctx.input(i)?.shape);
    if (!shapes.every(shape/* isStatic */.Nh) || inputs.some((v) => v === undefined))
        return undefined;
    const rank = shapes[0]?.length ?? 0;
    const axis = (0,util_dims/* normAxis */.GD)((0,attrs/* attrInt */.NN)(ctx.node, 'axis', 0), rank);
    // Stryker disable next-line ArrayDeclaration: equivalent, the fold runs on a Concat whose inputs all have static shapes, so shapes[0] exists
    const outer = (0,util_dims/* product */.qM)((shapes[0] ?? []).slice(0, axis)) ?? 1;
    const res = [];
    for (let o = 0; o < outer; o++) {
        shapes.forEach((s, k) => {
            const slab = (0,util_dims/* product */.qM)(s.slice(axis)) ?? 0;
            // Stryker disable next-line ArrayDeclaration: equivalent, every input's values are known here (checked above), so inputs[k] exists
            const v = inputs[k] ?? [];
            for (let j = 0; j < slab; j++)
                res.push(v[o * slab + j] ?? 0);
        });
    }
    return [res];
}
function splitSizes(ctx, dim) {
    const n = ctx.node.outputs.length;
    const given = (0,attrs/* attrInts */.yO)(ctx.node, 'split') ?? ((0,cost/* hasInput */.bZ)(ctx, 1) ? ctx.constValues(1) : undefined);
    if (given) {
        if (given.length !== n)
            (0,util_dims/* fail */.fJ)(`split has ${given.length} sizes for ${n} outputs`);
        if ((0,util_dims/* isNum */.T6)(dim) && given.reduce((a, b) => a + b, 0) !== dim)
            (0,util_dims/* fail */.fJ)(`split sizes [${given.join(',')}] do not add up to ${dim}`);
        return given;
    }
    // sizes known only at run time, or an unknown dim to share: every output's size is unknown
    if ((0,cost/* hasInput */.bZ)(ctx, 1) || !(0,util_dims/* isNum */.T6)(dim))
        return undefined;
    // even chunks, one per output (opset 18's num_outputs must equal the number of outputs)
    const size = Math.ceil(dim / n);
    // opset 18: the last chunk is smaller when the dim does not divide evenly.
    return [...Array(n).keys()].map((i) => Math.max(0, Math.min(size, dim - i * size)));
}
function splitInfer(ctx) {
    const x = ctx.input(0);
    const n = ctx.node.outputs.length;
    if (!x?.shape)
        return new Array(n).fill(0).map(() => ({ dtype: x?.dtype }));
    const shape = x.shape;
    const axis = (0,util_dims/* normAxis */.GD)((0,attrs/* attrInt */.NN)(ctx.node, 'axis', 0), shape.length, 'split axis');
    const sizes = splitSizes(ctx, shape[axis] ?? util_dims/* UNKNOWN_DIM */.oD);
    return [...Array(n).keys()].map((i) => ({
        shape: shape.map((d, j) => (j === axis ? sizes?.[i] ?? util_dims/* UNKNOWN_DIM */.oD : d)),
        dtype: x.dtype,
    }));
}
function slicePlan(ctx, x) {
    const fromInputs = !(0,attrs/* attrInts */.yO)(ctx.node, 'starts');
    const read = (attr, i) => (fromInputs ? ((0,cost/* hasInput */.bZ)(ctx, i) ? ctx.constValues(i) : undefined) : (0,attrs/* attrInts */.yO)(ctx.node, attr));
    const starts = read('starts', 1);
    const ends = read('ends', 2);
    if (!starts || !ends)
        return undefined;
    const axes = read('axes', 3) ?? [...starts.keys()];
    // Stryker disable next-line StringLiteral,ArrowFunction: equivalent, read's name is used only in the attribute form, which has no steps; default steps are read as `steps[k] ?? 1`, so only their count matters
    const steps = (fromInputs ? read('steps', 4) : undefined) ?? starts.map(() => 1);
    // Stryker disable next-line StringLiteral: equivalent, read's name is used only in the attribute form (opset 1-9), whose Slice has one input, so neither read here takes it
    if ((fromInputs && (0,cost/* hasInput */.bZ)(ctx, 3) && !read('axes', 3)) || ((0,cost/* hasInput */.bZ)(ctx, 4) && !read('steps', 4)))
        return undefined;
    const plan = x.map((d) => ((0,util_dims/* isNum */.T6)(d) ? { start: 0, step: 1, count: d } : undefined));
    axes.forEach((a0, k) => {
        const a = (0,util_dims/* normAxis */.GD)(a0, x.length, 'slice axis');
        const d = x[a];
        const step = steps[k] ?? 1;
        if (step === 0)
            (0,util_dims/* fail */.fJ)('slice step must not be 0');
        if (!(0,util_dims/* isNum */.T6)(d)) {
            plan[a] = undefined;
            return;
        }
        let s = starts[k] ?? 0;
        let e = ends[k] ?? d;
        s = s < 0 ? s + d : s;
        e = e < 0 ? e + d : e;
        // Stryker disable next-line EqualityOperator: equivalent, a step of 0 is refused above, so step >= 0 and step > 0 agree here
        if (step > 0) {
            s = Math.min(Math.max(s, 0), d);
            e = Math.min(Math.max(e, 0), d);
        }
        else {
            s = Math.min(Math.max(s, 0), d - 1);
            // Stryker disable next-line ArithmeticOperator: equivalent, a backward slice's start is at most d - 1, so an end clamped to d - 1 or left up to d + 1 leaves no element either way (the count is at least 0)
            e = Math.min(Math.max(e, -1), d - 1);
        }
        plan[a] = { start: s, step, count: Math.max(0, Math.ceil((e - s) / step)) };
    });
    return plan;
}
function sliceInfer(ctx) {
    const x = ctx.input(0);
    if (!x?.shape)
        return [{ dtype: x?.dtype }];
    const plan = slicePlan(ctx, x.shape);
    if (!plan)
        return [{ shape: x.shape.map(() => util_dims/* UNKNOWN_DIM */.oD), dtype: x.dtype }];
    const shape = x.shape;
    return [{ shape: plan.map((p, i) => (p ? p.count : symbolicKept(ctx, shape, i))), dtype: x.dtype }];
}
/** A symbolic dim survives a slice only when that axis is not sliced at all. */
function symbolicKept(ctx, x, i) {
    const axes = (0,attrs/* attrInts */.yO)(ctx.node, 'axes') ?? ((0,cost/* hasInput */.bZ)(ctx, 3) ? ctx.constValues(3) : undefined);
    // Stryker disable next-line ArrayDeclaration: equivalent, symbolicKept runs only once the slice plan was built, which needs the starts: the default is never taken
    const starts = (0,attrs/* attrInts */.yO)(ctx.node, 'starts') ?? ctx.constValues(1) ?? [];
    const sliced = (axes ?? [...starts.keys()]).some((a) => (a < 0 ? a + x.length : a) === i);
    return sliced ? util_dims/* UNKNOWN_DIM */.oD : x[i] ?? util_dims/* UNKNOWN_DIM */.oD;
}
function sliceFold(ctx, inputs) {
    const x = ctx.input(0)?.shape;
    const v = inputs[0];
    if (!(0,shape/* isStatic */.Nh)(x) || !v)
        return undefined;
    const plan = slicePlan(ctx, x);
    if (!plan)
        return undefined;
    const specs = plan; // x is static: slicePlan gives every axis its spec
    const strides = (0,util_values/* stridesOf */.SG)(x);
    const outShape = specs.map((p) => p.count);
    const n = outShape.reduce((a, b) => a * b, 1);
    const res = [];
    for (let k = 0; k < n; k++) {
        let rem = k;
        let src = 0;
        // Stryker disable next-line ArithmeticOperator: equivalent, two steps past the last axis read the default spec (count 1) and a stride of 0: they add nothing to src and leave rem
        for (let i = specs.length - 1; i >= 0; i--) {
            // Stryker disable next-line ObjectLiteral: equivalent, i stays within the specs (the loop starts at the last one)
            const p = specs[i] ?? { start: 0, step: 1, count: 1 };
            src += (p.start + (rem % p.count) * p.step) * (strides[i] ?? 0);
            rem = Math.floor(rem / p.count);
        }
        res.push(v[src] ?? 0);
    }
    return [res];
}
function padInfer(ctx) {
    const x = ctx.input(0);
    if (!x?.shape)
        return [{ dtype: x?.dtype }];
    const r = x.shape.length;
    const pads = (0,attrs/* attrInts */.yO)(ctx.node, 'pads') ?? (0,attrs/* attrInts */.yO)(ctx.node, 'paddings') ?? ((0,cost/* hasInput */.bZ)(ctx, 1) ? ctx.constValues(1) : undefined);
    if (!pads)
        return [{ shape: x.shape.map(() => util_dims/* UNKNOWN_DIM */.oD), dtype: x.dtype }];
    const axesIn = (0,cost/* hasInput */.bZ)(ctx, 3) ? ctx.constValues(3) : undefined;
    if ((0,cost/* hasInput */.bZ)(ctx, 3) && !axesIn)
        return [{ shape: x.shape.map(() => util_dims/* UNKNOWN_DIM */.oD), dtype: x.dtype }];
    const axes = (axesIn ?? [...Array(r).keys()]).map((a) => (0,util_dims/* normAxis */.GD)(a, r, 'pad axis'));
    if (pads.length !== 2 * axes.length)
        (0,util_dims/* fail */.fJ)(`pads has ${pads.length} entries, expected ${2 * axes.length}`);
    const out = [...x.shape];
    axes.forEach((a, k) => {
        const d = out[a];
        out[a] = (0,util_dims/* isNum */.T6)(d) ? d + (pads[k] ?? 0) + (pads[k + axes.length] ?? 0) : util_dims/* UNKNOWN_DIM */.oD;
    });
    return [{ shape: out, dtype: x.dtype }];
}
const INDEXING_RULES = [
    { kind: 'Concat', role: 'data-movement', infer: concatInfer, cost: () => cost/* ZERO_COST */.de, fold: concatFold },
    { kind: 'Split', role: 'data-movement', shapeInputs: [1], infer: splitInfer, cost: () => cost/* ZERO_COST */.de },
    { kind: 'Slice', role: 'data-movement', shapeInputs: [1, 2, 3, 4], infer: sliceInfer, cost: () => cost/* ZERO_COST */.de, fold: sliceFold },
    { kind: 'Pad', role: 'data-movement', shapeInputs: [1, 3], infer: padInfer, cost: () => cost/* ZERO_COST */.de },
];

;// CONCATENATED MODULE: ./src/ops/misc.ts




function nonZeroInfer(ctx) {
    const x = ctx.input(0)?.shape;
    return [{ shape: x ? [x.length, util_dims/* UNKNOWN_DIM */.oD] : undefined, dtype: 'int64' }];
}
function topKInfer(ctx) {
    const x = ctx.input(0);
    if (!x?.shape)
        return [{ dtype: x?.dtype }, { dtype: 'int64' }];
    const axis = (0,util_dims/* normAxis */.GD)((0,attrs/* attrInt */.NN)(ctx.node, 'axis', -1), x.shape.length, 'topk axis');
    const k = (0,attrs/* attrInt */.NN)(ctx.node, 'k') ?? ctx.constValues(1)?.[0];
    const shape = x.shape.map((d, i) => (i === axis ? k ?? util_dims/* UNKNOWN_DIM */.oD : d));
    return [{ shape, dtype: x.dtype }, { shape, dtype: 'int64' }];
}
function oneHotInfer(ctx) {
    const idx = ctx.input(0)?.shape;
    const dtype = ctx.input(2)?.dtype;
    if (!idx)
        return [{ dtype }];
    const depth = ctx.constValues(1)?.[0];
    const rank = idx.length + 1;
    const axis = (0,util_dims/* normAxis */.GD)((0,attrs/* attrInt */.NN)(ctx.node, 'axis', -1), rank, 'one-hot axis');
    const shape = [...idx];
    shape.splice(axis, 0, depth === undefined ? util_dims/* UNKNOWN_DIM */.oD : Math.trunc(depth));
    return [{ shape, dtype }];
}
/** DepthToSpace (up = true) / SpaceToDepth for NCHW and NHWC. */
function spaceDepth(up) {
    return (ctx) => {
        const x = ctx.input(0);
        if (!x?.shape)
            return [{ dtype: x?.dtype }];
        if (x.shape.length !== 4)
            (0,util_dims/* fail */.fJ)(`expected a 4-D input, got rank ${x.shape.length}`);
        const b = (0,attrs/* attrInt */.NN)(ctx.node, 'blocksize', 1);
        const nhwc = (0,attrs/* layoutOf */.aH)(ctx.node) === 'NHWC';
        const [n, c, h, w] = nhwc ? [x.shape[0], x.shape[3], x.shape[1], x.shape[2]] : [x.shape[0], x.shape[1], x.shape[2], x.shape[3]];
        const f = (d, g) => (0,util_dims/* dimMap */.L3)(d, g);
        const oc = f(c, up ? (v) => v / (b * b) : (v) => v * b * b);
        const oh = f(h, up ? (v) => v * b : (v) => v / b);
        const ow = f(w, up ? (v) => v * b : (v) => v / b);
        const nn = n ?? util_dims/* UNKNOWN_DIM */.oD;
        return [{ shape: nhwc ? [nn, oh, ow, oc] : [nn, oc, oh, ow], dtype: x.dtype }];
    };
}
function packInfer(ctx) {
    const x = ctx.input(0);
    if (!x?.shape)
        return [{ dtype: x?.dtype }];
    const n = ctx.node.inputs.length;
    const axis = (0,util_dims/* normAxis */.GD)((0,attrs/* attrInt */.NN)(ctx.node, 'axis', 0), x.shape.length + 1, 'pack axis');
    const shape = [...x.shape];
    shape.splice(axis, 0, n);
    return [{ shape, dtype: x.dtype }];
}
function unpackInfer(ctx) {
    const x = ctx.input(0);
    const n = ctx.node.outputs.length;
    if (!x?.shape)
        return new Array(n).fill(0).map(() => ({ dtype: x?.dtype }));
    const axis = (0,util_dims/* normAxis */.GD)((0,attrs/* attrInt */.NN)(ctx.node, 'axis', 0), x.shape.length, 'unpack axis');
    const shape = x.shape.filter((_, i) => i !== axis);
    return new Array(n).fill(0).map(() => ({ shape, dtype: x.dtype }));
}
/** TFLite BATCH_TO_SPACE_ND / SPACE_TO_BATCH_ND (NHWC): block_shape input 1, crops/paddings input 2. */
function batchSpace(toSpace) {
    return (ctx) => {
        const x = ctx.input(0);
        const block = ctx.constValues(1);
        const pads = ctx.constValues(2);
        if (!x?.shape)
            return [{ dtype: x?.dtype }];
        const shape = x.shape;
        if (!block || !pads)
            return [{ shape: shape.map(() => util_dims/* UNKNOWN_DIM */.oD), dtype: x.dtype }];
        const bprod = block.reduce((a, b) => a * b, 1);
        const out = [...shape];
        out[0] = (0,util_dims/* dimMap */.L3)(shape[0], (v) => (toSpace ? v / bprod : v * bprod));
        block.forEach((b, i) => {
            const p = (pads[2 * i] ?? 0) + (pads[2 * i + 1] ?? 0);
            out[i + 1] = (0,util_dims/* dimMap */.L3)(shape[i + 1], (v) => (toSpace ? v * b - p : (v + p) / b));
        });
        return [{ shape: out, dtype: x.dtype }];
    };
}
const MISC_RULES = [
    { kind: 'NonZero', role: 'data-movement', infer: nonZeroInfer, cost: () => cost/* ZERO_COST */.de },
    // Provisional: one comparison per input element.
    { kind: 'TopK', role: 'elementwise', shapeInputs: [1], infer: topKInfer, cost: (ctx) => (0,cost/* cost */.y)((0,cost/* inCount */.Zw)(ctx)) },
    { kind: 'CumSum', role: 'elementwise', shapeInputs: [1], infer: sameAsInput, cost: (ctx) => (0,cost/* cost */.y)((0,cost/* outCount */.mb)(ctx)) },
    { kind: 'OneHot', role: 'data-movement', shapeInputs: [1], infer: oneHotInfer, cost: () => cost/* ZERO_COST */.de },
    { kind: 'DepthToSpace', role: 'data-movement', infer: spaceDepth(true), cost: () => cost/* ZERO_COST */.de },
    { kind: 'SpaceToDepth', role: 'data-movement', infer: spaceDepth(false), cost: () => cost/* ZERO_COST */.de },
    { kind: 'Pack', role: 'data-movement', infer: packInfer, cost: () => cost/* ZERO_COST */.de },
    { kind: 'Unpack', role: 'data-movement', infer: unpackInfer, cost: () => cost/* ZERO_COST */.de },
    { kind: 'BatchToSpace', role: 'data-movement', shapeInputs: [1, 2], infer: batchSpace(true), cost: () => cost/* ZERO_COST */.de },
    { kind: 'SpaceToBatch', role: 'data-movement', shapeInputs: [1, 2], infer: batchSpace(false), cost: () => cost/* ZERO_COST */.de },
    { kind: 'ReverseSequence', role: 'data-movement', infer: sameAsInput, cost: () => cost/* ZERO_COST */.de },
];

// EXTERNAL MODULE: ./src/ops/ml.ts
var ml = __webpack_require__(7247);
;// CONCATENATED MODULE: ./src/ops/movement.ts






/** Values of a shape-like operand: attribute (older opsets) or constant input. */
function attrOrInput(ctx, attr, input) {
    return (0,attrs/* attrInts */.yO)(ctx.node, attr) ?? ((0,cost/* hasInput */.bZ)(ctx, input) ? ctx.constValues(input) : undefined);
}
/** Output rank of an operand given by a non-constant 1-D input of static length. */
function rankFromInput(ctx, i) {
    const s = ctx.input(i)?.shape;
    return s && s.length === 1 && (0,util_dims/* isNum */.T6)(s[0]) ? s[0] : undefined;
}
const unknownDims = (n) => new Array(n).fill(util_dims/* UNKNOWN_DIM */.oD);
const passValues = (_ctx, inputs) => (inputs[0] ? [inputs[0]] : undefined);
function reshapeTo(x, target, allowZero) {
    const negative = target.findIndex((t) => t < -1);
    if (negative >= 0)
        (0,util_dims/* fail */.fJ)(`shape[${negative}] = ${target[negative]}: a size is -1 (inferred), 0 or more`);
    const out = target.map((t, i) => (t === 0 && !allowZero ? x[i] ?? (0,util_dims/* fail */.fJ)(`shape[${i}] = 0 copies a dim the input (rank ${x.length}) lacks`) : t));
    const minus = out.reduce((acc, d, i) => (d === -1 ? [...acc, i] : acc), []);
    if (minus.length > 1)
        (0,util_dims/* fail */.fJ)(`shape [${target.join(',')}] has more than one -1`);
    const inCount = (0,util_dims/* product */.qM)(x);
    const idx = minus[0];
    if (idx !== undefined) {
        const rest = (0,util_dims/* product */.qM)(out.filter((_, i) => i !== idx));
        // Stryker disable next-line ConditionalExpression: equivalent, for the undefined test of rest only: undefined > 0 is false too (the other terms are tested)
        if (inCount !== undefined && rest !== undefined && rest > 0) {
            if (inCount % rest !== 0)
                (0,util_dims/* fail */.fJ)(`cannot reshape [${x.join(',')}] (${inCount} elements) to [${target.join(',')}]`);
            out[idx] = inCount / rest;
        }
        else
            out[idx] = util_dims/* UNKNOWN_DIM */.oD;
    }
    else {
        const outCountV = (0,util_dims/* product */.qM)(out);
        // Stryker disable next-line ConditionalExpression: equivalent, for the outCountV test only: with a known input count every size in out is a number of 0 or more (negatives are refused above), so outCountV is known too
        if (inCount !== undefined && outCountV !== undefined && inCount !== outCountV) {
            (0,util_dims/* fail */.fJ)(`cannot reshape [${x.join(',')}] (${inCount} elements) to [${target.join(',')}] (${outCountV} elements)`);
        }
    }
    return out;
}
function reshapeInfer(ctx) {
    const x = ctx.input(0);
    const target = attrOrInput(ctx, 'shape', 1);
    if (!target) {
        const r = rankFromInput(ctx, 1);
        return [{ shape: r === undefined ? undefined : unknownDims(r), dtype: x?.dtype }];
    }
    if (!x?.shape) {
        // a 0 copies an input dim and -1 takes the rest: neither is known without the input's shape
        return [{ shape: target.map((t) => (t > 0 ? t : util_dims/* UNKNOWN_DIM */.oD)), dtype: x?.dtype }];
    }
    return [{ shape: reshapeTo(x.shape, target, (0,attrs/* attrInt */.NN)(ctx.node, 'allowzero', 0) === 1), dtype: x.dtype }];
}
function flattenInfer(ctx) {
    const x = ctx.input(0);
    if (!x?.shape)
        return [{ dtype: x?.dtype }];
    const r = x.shape.length;
    const axis = (0,attrs/* attrInt */.NN)(ctx.node, 'axis', 1);
    const a = axis < 0 ? axis + r : axis;
    if (a < 0 || a > r)
        (0,util_dims/* fail */.fJ)(`axis ${axis} is out of range for rank ${r}`);
    const fold = (ds) => ds.reduce((p, d) => (0,util_dims/* dimMul */.xu)(p, d), 1);
    return [{ shape: [fold(x.shape.slice(0, a)), fold(x.shape.slice(a))], dtype: x.dtype }];
}
function squeezeInfer(ctx) {
    const x = ctx.input(0);
    if (!x?.shape)
        return [{ dtype: x?.dtype }];
    const axes = attrOrInput(ctx, 'axes', 1);
    if (axes === undefined && (0,cost/* hasInput */.bZ)(ctx, 1))
        return [{ dtype: x.dtype }];
    if (axes === undefined || axes.length === 0) {
        if (!x.shape.every((d) => (0,util_dims/* isNum */.T6)(d)))
            return [{ dtype: x.dtype }];
        return [{ shape: x.shape.filter((d) => d !== 1), dtype: x.dtype }];
    }
    const shape = x.shape;
    const set = new Set(axes.map((a) => (0,util_dims/* normAxis */.GD)(a, shape.length, 'squeeze axis')));
    for (const a of set)
        if ((0,util_dims/* isNum */.T6)(shape[a]) && shape[a] !== 1)
            (0,util_dims/* fail */.fJ)(`cannot squeeze axis ${a} of size ${shape[a]}`);
    return [{ shape: shape.filter((_, i) => !set.has(i)), dtype: x.dtype }];
}
function unsqueezeInfer(ctx) {
    const x = ctx.input(0);
    const axes = attrOrInput(ctx, 'axes', 1);
    if (!x?.shape || !axes)
        return [{ dtype: x?.dtype }];
    const rank = x.shape.length + axes.length;
    const set = new Set(axes.map((a) => (0,util_dims/* normAxis */.GD)(a, rank, 'unsqueeze axis')));
    if (set.size !== axes.length)
        (0,util_dims/* fail */.fJ)(`axes [${axes.join(',')}] repeat an axis`);
    const out = [];
    let j = 0;
    for (let i = 0; i < rank; i++)
        out.push(set.has(i) ? 1 : x.shape[j++] ?? util_dims/* UNKNOWN_DIM */.oD);
    return [{ shape: out, dtype: x.dtype }];
}
function permOf(ctx, rank) {
    const perm = (0,attrs/* attrInts */.yO)(ctx.node, 'perm') ?? ((0,cost/* hasInput */.bZ)(ctx, 1) ? ctx.constValues(1) : undefined) ?? [...Array(rank).keys()].reverse();
    if (perm.length !== rank)
        (0,util_dims/* fail */.fJ)(`perm [${perm.join(',')}] does not match input rank ${rank}`);
    return perm.map((p) => (0,util_dims/* normAxis */.GD)(p, rank, 'perm entry'));
}
function transposeInfer(ctx) {
    const x = ctx.input(0);
    if (!x?.shape)
        return [{ dtype: x?.dtype }];
    const shape = x.shape;
    return [{ shape: permOf(ctx, shape.length).map((p) => shape[p] ?? util_dims/* UNKNOWN_DIM */.oD), dtype: x.dtype }];
}
function expandInfer(ctx) {
    const x = ctx.input(0);
    const target = ctx.constValues(1);
    if (!x?.shape)
        return [{ dtype: x?.dtype }];
    if (!target) {
        const r = rankFromInput(ctx, 1);
        return [{ shape: r === undefined ? undefined : unknownDims(Math.max(r, x.shape.length)), dtype: x.dtype }];
    }
    return [{ shape: (0,util_dims/* broadcastShapes */.OR)([x.shape, target]), dtype: x.dtype }];
}
function tileInfer(ctx) {
    const x = ctx.input(0);
    const reps = attrOrInput(ctx, 'repeats', 1);
    if (!x?.shape)
        return [{ dtype: x?.dtype }];
    if (!reps)
        return [{ shape: unknownDims(x.shape.length), dtype: x.dtype }];
    if (reps.length !== x.shape.length)
        (0,util_dims/* fail */.fJ)(`repeats has ${reps.length} entries, input rank is ${x.shape.length}`);
    return [{ shape: x.shape.map((d, i) => (0,util_dims/* dimMul */.xu)(d, reps[i] ?? 1)), dtype: x.dtype }];
}
function tileFold(ctx, inputs) {
    const x = ctx.input(0)?.shape;
    const out = ctx.output(0)?.shape;
    const v = inputs[0];
    if (!(0,shape/* isStatic */.Nh)(x) || !(0,util_values/* isSmall */.eq)(out) || !v)
        return undefined;
    // Tiling: output coordinate c reads input coordinate c mod dim.
    const wrapped = out.map((d, i) => ({ d, m: x[i] ?? 1 }));
    const res = [];
    const n = out.reduce((a, b) => a * b, 1);
    for (let k = 0; k < n; k++) {
        let rem = k;
        let src = 0;
        let stride = 1;
        // Stryker disable next-line ArithmeticOperator: equivalent, two steps past the last axis read the default { d: 1, m: 1 }: they add 0 to src and leave rem and stride
        for (let i = wrapped.length - 1; i >= 0; i--) {
            // Stryker disable next-line ObjectLiteral: equivalent, i stays within wrapped (the loop starts at the last axis)
            const { d, m } = wrapped[i] ?? { d: 1, m: 1 };
            src += ((rem % d) % m) * stride;
            rem = Math.floor(rem / d);
            stride *= m;
        }
        res.push(v[src] ?? 0);
    }
    return [res];
}
const MOVEMENT_RULES = [
    { kind: 'Reshape', role: 'data-movement', shapeInputs: [1], infer: reshapeInfer, cost: () => cost/* ZERO_COST */.de, fold: passValues },
    { kind: 'Flatten', role: 'data-movement', infer: flattenInfer, cost: () => cost/* ZERO_COST */.de, fold: passValues },
    { kind: 'Squeeze', role: 'data-movement', shapeInputs: [1], infer: squeezeInfer, cost: () => cost/* ZERO_COST */.de, fold: passValues },
    { kind: 'Unsqueeze', role: 'data-movement', shapeInputs: [1], infer: unsqueezeInfer, cost: () => cost/* ZERO_COST */.de, fold: passValues },
    { kind: 'Identity', role: 'data-movement', infer: sameAsInput, cost: () => cost/* ZERO_COST */.de, fold: passValues },
    {
        kind: 'Dropout', role: 'data-movement', shapeInputs: [1, 2], cost: () => cost/* ZERO_COST */.de, fold: passValues,
        infer: (ctx) => {
            const y = sameAsInput(ctx);
            // Stryker disable next-line OptionalChaining: equivalent, sameAsInput always returns one output, so y[0] exists
            return ctx.node.outputs.length > 1 ? [...y, { shape: y[0]?.shape, dtype: 'bool' }] : y;
        },
    },
    {
        // METRICS.md: Transpose O / 2 [ST]; 0 in pure mode.
        kind: 'Transpose', role: 'data-movement', infer: transposeInfer, cost: (ctx) => (0,cost/* cost */.y)((0,cost/* outCount */.mb)(ctx) / 2),
        fold: (ctx, inputs) => {
            const x = ctx.input(0)?.shape;
            const v = inputs[0];
            return (0,shape/* isStatic */.Nh)(x) && v && v.length === (0,util_dims/* product */.qM)(x) ? [(0,util_values/* transposeValues */.KT)(x, v, permOf(ctx, x.length))] : undefined;
        },
    },
    {
        kind: 'Expand', role: 'data-movement', shapeInputs: [1], infer: expandInfer, cost: () => cost/* ZERO_COST */.de,
        fold: (ctx, inputs) => {
            const x = ctx.input(0)?.shape;
            const out = ctx.output(0)?.shape;
            const v = inputs[0];
            return (0,shape/* isStatic */.Nh)(x) && (0,util_values/* isSmall */.eq)(out) && v ? [(0,util_values/* broadcastValues */.uV)(out, [x], [v], (xs) => xs[0] ?? 0)] : undefined;
        },
    },
    { kind: 'Tile', role: 'data-movement', shapeInputs: [1], infer: tileInfer, cost: () => cost/* ZERO_COST */.de, fold: tileFold },
];

;// CONCATENATED MODULE: ./src/ops/normalization.ts




function channelDim(ctx, x) {
    return ((0,attrs/* layoutOf */.aH)(ctx.node) === 'NHWC' ? x[x.length - 1] : x[1]) ?? util_dims/* UNKNOWN_DIM */.oD;
}
/** Y, and in training mode the running mean and variance ([C] each). */
function batchNormInfer(ctx) {
    const x = ctx.input(0);
    const out = sameAsInput(ctx);
    const c = x?.shape ? channelDim(ctx, x.shape) : util_dims/* UNKNOWN_DIM */.oD;
    for (let i = 1; i < ctx.node.outputs.length; i++)
        out.push({ shape: [c], dtype: ctx.input(3)?.dtype ?? x?.dtype });
    return out;
}
/** Y, Mean and InvStdDev (reduced dims from `axis` on kept as 1). */
function layerNormInfer(ctx) {
    const x = ctx.input(0);
    const out = sameAsInput(ctx);
    if (!x?.shape)
        return out;
    const axis = (0,util_dims/* normAxis */.GD)((0,attrs/* attrInt */.NN)(ctx.node, 'axis', -1), x.shape.length);
    const stat = x.shape.map((d, i) => (i < axis ? d : 1));
    for (let i = 1; i < ctx.node.outputs.length; i++)
        out.push({ shape: stat, dtype: 'float32' });
    return out;
}
function rowsBefore(x, axis) {
    if (!x)
        return 0;
    const a = axis < 0 ? axis + x.length : axis;
    return a < 0 || a > x.length ? 0 : (0,util_dims/* product */.qM)(x.slice(0, a)) ?? 0;
}
const NORMALIZATION_RULES = [
    { kind: 'BatchNormalization', role: 'normalization', infer: batchNormInfer, cost: (ctx) => (0,cost/* cost */.y)(2 * (0,cost/* outCount */.mb)(ctx)) },
    {
        kind: 'LayerNormalization', role: 'normalization', infer: layerNormInfer,
        cost: (ctx) => (0,cost/* cost */.y)(7 * (0,cost/* outCount */.mb)(ctx) + 29 * rowsBefore(ctx.input(0)?.shape, (0,attrs/* attrInt */.NN)(ctx.node, 'axis', -1))),
    },
    {
        // Provisional: the LayerNorm placeholder with one row per (N, C).
        kind: 'InstanceNormalization', role: 'normalization', infer: sameAsInput,
        cost: (ctx) => (0,cost/* cost */.y)(7 * (0,cost/* outCount */.mb)(ctx) + 29 * rowsBefore(ctx.input(0)?.shape, 2)),
    },
    // Provisional: each output sums `size` squares across channels.
    { kind: 'LRN', role: 'normalization', infer: sameAsInput, cost: (ctx) => (0,cost/* cost */.y)((0,attrs/* attrInt */.NN)(ctx.node, 'size', 1) * (0,cost/* outCount */.mb)(ctx)) },
    // Provisional: square, sum and scale.
    { kind: 'L2Normalization', role: 'normalization', infer: sameAsInput, cost: (ctx) => (0,cost/* cost */.y)(3 * (0,cost/* outCount */.mb)(ctx)) },
];

// EXTERNAL MODULE: ./src/ops/util/spatial.ts
var util_spatial = __webpack_require__(7805);
;// CONCATENATED MODULE: ./src/ops/pooling.ts




function kernel(ctx) {
    const k = (0,attrs/* attrInts */.yO)(ctx.node, 'kernel_shape');
    if (!k)
        (0,util_dims/* fail */.fJ)('kernel_shape attribute is missing');
    return k;
}
function poolInfer(ctx) {
    const x = ctx.input(0);
    const outputs = ctx.node.outputs.length;
    if (!x?.shape)
        return [{ dtype: x?.dtype }, { dtype: 'int64' }].slice(0, outputs);
    const { batch, channels, spatial } = (0,util_spatial/* splitShape */.iY)(ctx.node, x.shape);
    const g = (0,util_spatial/* geometry */.lC)(ctx.node, kernel(ctx));
    if (g.kernel.length !== spatial.length)
        (0,util_dims/* fail */.fJ)(`kernel has ${g.kernel.length} dims, input has ${spatial.length} spatial dims`);
    const shape = (0,util_spatial/* joinShape */.qD)(ctx.node, batch, channels, spatial.map((d, i) => (0,util_spatial/* windowOut */.XU)(d, g, i)));
    // MaxPool's optional second output: flat indices (int64) of the same shape.
    return [{ shape, dtype: x.dtype }, { shape, dtype: 'int64' }].slice(0, Math.max(1, outputs));
}
function poolCost(ctx) {
    const k = (0,util_dims/* product */.qM)(kernel(ctx)) ?? 0;
    const m = (0,cost/* outCount */.mb)(ctx) * k;
    return (0,cost/* cost */.y)(m, m);
}
function globalInfer(ctx) {
    const x = ctx.input(0);
    if (!x?.shape)
        return [{ dtype: x?.dtype }];
    const { batch, channels, spatial } = (0,util_spatial/* splitShape */.iY)(ctx.node, x.shape);
    return [{ shape: (0,util_spatial/* joinShape */.qD)(ctx.node, batch, channels, spatial.map(() => 1)), dtype: x.dtype }];
}
function globalCost(ctx) {
    const m = (0,cost/* inCount */.Zw)(ctx);
    return (0,cost/* cost */.y)(m, m);
}
const POOL_RULES = [
    { kind: 'MaxPool', role: 'pool', infer: poolInfer, cost: poolCost },
    { kind: 'AveragePool', role: 'pool', infer: poolInfer, cost: poolCost },
    { kind: 'LpPool', role: 'pool', infer: poolInfer, cost: poolCost },
    { kind: 'GlobalAveragePool', role: 'pool', infer: globalInfer, cost: globalCost },
    { kind: 'GlobalMaxPool', role: 'pool', infer: globalInfer, cost: globalCost },
];

// EXTERNAL MODULE: ./src/ops/quant.ts
var quant = __webpack_require__(351);
;// CONCATENATED MODULE: ./src/ops/recurrent.ts



function rnnDims(ctx, gates) {
    const x = ctx.input(0)?.shape;
    if (!x)
        return undefined;
    if (x.length !== 3)
        (0,util_dims/* fail */.fJ)(`X must be 3-D [T, B, I] (or [B, T, I] with layout=1), got rank ${x.length}`);
    const batchFirst = (0,attrs/* attrInt */.NN)(ctx.node, 'layout', 0) === 1;
    // Stryker disable next-line StringLiteral: equivalent, only 'bidirectional' changes anything: the default 'forward' and any other string both mean one direction
    const direction = (0,attrs/* attrString */.Rr)(ctx.node, 'direction', 'forward');
    const dirs = direction === 'bidirectional' ? 2 : 1;
    const w = ctx.input(1)?.shape;
    const r = ctx.input(2)?.shape;
    let h = (0,attrs/* attrInt */.NN)(ctx.node, 'hidden_size') ?? util_dims/* UNKNOWN_DIM */.oD;
    if (!(0,util_dims/* isNum */.T6)(h) && r && (0,util_dims/* isNum */.T6)(r[2]))
        h = r[2];
    if (!(0,util_dims/* isNum */.T6)(h) && w && (0,util_dims/* isNum */.T6)(w[1]))
        h = w[1] / gates;
    return {
        t: (batchFirst ? x[1] : x[0]) ?? util_dims/* UNKNOWN_DIM */.oD,
        b: (batchFirst ? x[0] : x[1]) ?? util_dims/* UNKNOWN_DIM */.oD,
        i: x[2] ?? util_dims/* UNKNOWN_DIM */.oD,
        h,
        dirs,
    };
}
function rnnInfer(gates, states) {
    return (ctx) => {
        const dtype = ctx.input(0)?.dtype;
        const d = rnnDims(ctx, gates);
        const n = ctx.node.outputs.length;
        if (!d)
            return new Array(n).fill(0).map(() => ({ dtype }));
        const batchFirst = (0,attrs/* attrInt */.NN)(ctx.node, 'layout', 0) === 1;
        // TFLite sequence ops (`time_major` set): one output shaped like X, no direction axis.
        if (ctx.node.attrs['time_major'] !== undefined) {
            const hOut = (0,attrs/* attrInt */.NN)(ctx.node, 'projection_size') ?? d.h;
            return [{ shape: batchFirst ? [d.b, d.t, hOut] : [d.t, d.b, hOut], dtype }];
        }
        const y = batchFirst ? [d.b, d.t, d.dirs, d.h] : [d.t, d.dirs, d.b, d.h];
        const state = batchFirst ? [d.b, d.dirs, d.h] : [d.dirs, d.b, d.h];
        const out = [{ shape: y, dtype }];
        for (let s = 0; s < states && out.length < n; s++)
            out.push({ shape: state, dtype });
        return out;
    };
}
function rnnCost(gates, extra) {
    return (ctx) => {
        const d = rnnDims(ctx, gates);
        if (!d || !(0,util_dims/* isNum */.T6)(d.t) || !(0,util_dims/* isNum */.T6)(d.b) || !(0,util_dims/* isNum */.T6)(d.i) || !(0,util_dims/* isNum */.T6)(d.h))
            return (0,cost/* cost */.y)(0);
        const per = d.dirs * d.b * d.t * d.h;
        return (0,cost/* cost */.y)(per * (gates * (d.i + d.h) + extra), per * gates * (d.i + d.h));
    };
}
/** TFLite SVDF: input [B, I], weights_feature [F, I], weights_time [F, M]; output [B, F/rank]. */
function svdfInfer(ctx) {
    const x = ctx.input(0);
    const wf = ctx.input(1)?.shape;
    const rank = (0,attrs/* attrInt */.NN)(ctx.node, 'rank', 1);
    const f = wf?.[0];
    const units = (0,util_dims/* isNum */.T6)(f) ? f / rank : util_dims/* UNKNOWN_DIM */.oD;
    return [{ shape: [x?.shape?.[0] ?? util_dims/* UNKNOWN_DIM */.oD, units], dtype: x?.dtype }];
}
function svdfCost(ctx) {
    const x = ctx.input(0)?.shape;
    const wf = ctx.input(1)?.shape;
    const wt = ctx.input(2)?.shape;
    const [b, f, i, m] = [x?.[0], wf?.[0], wf?.[1], wt?.[1]];
    // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, an unknown dim is a string (or undefined), so the product below is NaN, which cost() turns into 0 as well
    if (!(0,util_dims/* isNum */.T6)(b) || !(0,util_dims/* isNum */.T6)(f) || !(0,util_dims/* isNum */.T6)(i) || !(0,util_dims/* isNum */.T6)(m))
        return (0,cost/* cost */.y)(0);
    const n = b * f * (i + m);
    return (0,cost/* cost */.y)(n, n);
}
const RECURRENT_RULES = [
    { kind: 'LSTM', role: 'compute', infer: rnnInfer(4, 2), cost: rnnCost(4, 3) },
    { kind: 'GRU', role: 'compute', infer: rnnInfer(3, 1), cost: rnnCost(3, 2) },
    { kind: 'RNN', role: 'compute', infer: rnnInfer(1, 1), cost: rnnCost(1, 1) },
    { kind: 'SVDF', role: 'compute', infer: svdfInfer, cost: svdfCost },
];

// EXTERNAL MODULE: ./src/ops/reduce.ts
var reduce = __webpack_require__(6896);
;// CONCATENATED MODULE: ./src/ops/resize.ts




/** [scales, sizes] from inputs or attributes; an empty tensor counts as absent. */
function operands(ctx) {
    // an unknown opset reads as a current one (11 or later)
    const twoInputForm = ctx.node.inputs.length === 2 || (ctx.opset ?? 11) < 11;
    const scalesIdx = twoInputForm ? 1 : 2;
    const read = (i) => ((0,cost/* hasInput */.bZ)(ctx, i) ? ctx.constValues(i) : undefined);
    let scales = (0,attrs/* attrInts */.yO)(ctx.node, 'scales') ?? read(scalesIdx);
    let sizes = (0,attrs/* attrInts */.yO)(ctx.node, 'sizes') ?? (twoInputForm ? undefined : read(3));
    if (scales?.length === 0)
        scales = undefined;
    if (sizes?.length === 0)
        sizes = undefined;
    return { ...(scales ? { scales } : {}), ...(sizes ? { sizes } : {}) };
}
/** Axes the scales/sizes refer to: `axes`, else all dims, else the spatial dims (TFLite sizes [H, W]). */
function axesFor(ctx, x, n) {
    const axes = (0,attrs/* attrInts */.yO)(ctx.node, 'axes');
    if (axes)
        return axes.map((a) => (0,util_dims/* normAxis */.GD)(a, x.length, 'resize axis'));
    if (n === x.length)
        return [...x.keys()];
    if (n === x.length - 2)
        return (0,attrs/* attrString */.Rr)(ctx.node, 'layout') === 'NHWC' ? [...Array(n).keys()].map((i) => i + 1) : [...Array(n).keys()].map((i) => i + 2);
    return (0,util_dims/* fail */.fJ)(`${n} scales/sizes for a rank-${x.length} input`);
}
function resizeInfer(ctx) {
    const x = ctx.input(0);
    if (!x?.shape)
        return [{ dtype: x?.dtype }];
    const shape = x.shape;
    const { scales, sizes } = operands(ctx);
    // neither known (absent, empty, or computed at run time): the rank only
    if (!scales && !sizes)
        return [{ shape: shape.map(() => util_dims/* UNKNOWN_DIM */.oD), dtype: x.dtype }];
    const out = [...shape];
    if (sizes) {
        const axes = axesFor(ctx, shape, sizes.length);
        const policy = (0,attrs/* attrString */.Rr)(ctx.node, 'keep_aspect_ratio_policy', 'stretch');
        if (policy === 'stretch')
            axes.forEach((a, k) => (out[a] = sizes[k] ?? util_dims/* UNKNOWN_DIM */.oD));
        else {
            const ratios = axes.map((a, k) => {
                const d = shape[a];
                return (0,util_dims/* isNum */.T6)(d) && d > 0 ? (sizes[k] ?? 0) / d : NaN;
            });
            if (ratios.some(Number.isNaN))
                axes.forEach((a) => (out[a] = util_dims/* UNKNOWN_DIM */.oD));
            else {
                const s = policy === 'not_larger' ? (0,arrays/* minOf */._h)(ratios) : (0,arrays/* maxOf */._)(ratios);
                axes.forEach((a) => (out[a] = Math.round(s * (shape[a] ?? 0))));
            }
        }
    }
    else {
        const known = scales; // neither known returned above: without sizes, the scales are known
        const axes = axesFor(ctx, shape, known.length);
        axes.forEach((a, k) => {
            const d = shape[a];
            const s = known[k] ?? 1;
            out[a] = (0,util_dims/* isNum */.T6)(d) ? Math.floor(d * s + 1e-9) : s === 1 ? d ?? util_dims/* UNKNOWN_DIM */.oD : util_dims/* UNKNOWN_DIM */.oD;
        });
    }
    return [{ shape: out, dtype: x.dtype }];
}
const MODE_FACTOR = { nearest: 0, linear: 4, bilinear: 4, cubic: 8, bicubic: 8 };
function resizeCost(ctx) {
    const mode = (0,attrs/* attrString */.Rr)(ctx.node, 'mode', 'nearest');
    return (0,cost/* cost */.y)((MODE_FACTOR[mode] ?? 4) * (0,cost/* outCount */.mb)(ctx));
}
const RESIZE_RULES = [{ kind: 'Resize', role: 'data-movement', shapeInputs: [1, 2, 3], infer: resizeInfer, cost: resizeCost }];

// EXTERNAL MODULE: ./src/ir/tensor-data.ts
var tensor_data = __webpack_require__(603);
// EXTERNAL MODULE: ./src/ops/util/dtypes.ts
var dtypes = __webpack_require__(5224);
;// CONCATENATED MODULE: ./src/ops/shape-math.ts






/** Generators (ConstantOfShape, Range) materialize values only up to this many elements. */
const GENERATOR_MAX_ELEMENTS = 1024;
/** Shape (opset 15: start/end attributes clamp the returned slice). */
function shapeRange(ctx, rank) {
    const clamp = (v) => Math.min(Math.max(v < 0 ? v + rank : v, 0), rank);
    return [clamp((0,attrs/* attrInt */.NN)(ctx.node, 'start', 0)), clamp((0,attrs/* attrInt */.NN)(ctx.node, 'end', rank))];
}
const shapeRule = {
    kind: 'Shape', role: 'shape', foldsFromShapes: true, cost: () => cost/* ZERO_COST */.de,
    infer: (ctx) => {
        const x = ctx.input(0)?.shape;
        if (!x)
            return [{ dtype: 'int64' }];
        const [s, e] = shapeRange(ctx, x.length);
        return [{ shape: [Math.max(0, e - s)], dtype: 'int64' }];
    },
    fold: (ctx) => {
        const x = ctx.input(0)?.shape;
        if (!x)
            return undefined;
        const [s, e] = shapeRange(ctx, x.length);
        const dims = x.slice(s, e);
        return dims.every(util_dims/* isNum */.T6) ? [dims] : undefined;
    },
};
const sizeRule = {
    kind: 'Size', role: 'shape', foldsFromShapes: true, cost: () => cost/* ZERO_COST */.de,
    infer: () => [{ shape: [], dtype: 'int64' }],
    fold: (ctx) => {
        const n = (0,util_dims/* product */.qM)(ctx.input(0)?.shape ?? [util_dims/* UNKNOWN_DIM */.oD]);
        return n === undefined || n > Number.MAX_SAFE_INTEGER ? undefined : [[n]];
    },
};
/** Constant node: value (tensor) or value_float(s) / value_int(s). */
function constantValue(ctx) {
    const t = (0,attrs/* attrTensor */.VR)(ctx.node, 'value');
    if (t) {
        const values = (0,util_values/* isSmall */.eq)(t.shape) ? (0,tensor_data/* readValues */.N$)(t, util_values/* FOLD_MAX_ELEMENTS */.HF) : undefined; // a shapeless tensor is not read
        return { shape: t.shape ?? [], dtype: t.dtype, ...(values ? { values } : {}) };
    }
    const f = (0,attrs/* attrFloat */.S_)(ctx.node, 'value_float');
    if (f !== undefined)
        return { shape: [], dtype: 'float32', values: [f] };
    const i = (0,attrs/* attrInt */.NN)(ctx.node, 'value_int');
    if (i !== undefined)
        return { shape: [], dtype: 'int64', values: [i] };
    const fs = (0,attrs/* attrInts */.yO)(ctx.node, 'value_floats');
    if (fs)
        return { shape: [fs.length], dtype: 'float32', values: fs };
    const is = (0,attrs/* attrInts */.yO)(ctx.node, 'value_ints');
    if (is)
        return { shape: [is.length], dtype: 'int64', values: is };
    return undefined;
}
const constantRule = {
    kind: 'Constant', role: 'shape', cost: () => cost/* ZERO_COST */.de,
    infer: (ctx) => {
        const c = constantValue(ctx);
        return [c ? { shape: c.shape, dtype: c.dtype } : {}];
    },
    fold: (ctx) => {
        const v = constantValue(ctx)?.values;
        return v ? [v] : undefined;
    },
};
function fillValue(ctx) {
    const t = (0,attrs/* attrTensor */.VR)(ctx.node, 'value');
    if (!t)
        return { dtype: 'float32', value: 0 };
    return { dtype: t.dtype, value: (0,tensor_data/* readValues */.N$)(t, 1)?.[0] };
}
const constantOfShape = {
    kind: 'ConstantOfShape', role: 'shape', shapeInputs: [0], cost: () => cost/* ZERO_COST */.de,
    infer: (ctx) => {
        const dims = ctx.constValues(0);
        const { dtype } = fillValue(ctx);
        if (dims)
            return [{ shape: dims, dtype }];
        const s = ctx.input(0)?.shape;
        return [{ shape: s && (0,util_dims/* isNum */.T6)(s[0]) ? new Array(s[0]).fill(util_dims/* UNKNOWN_DIM */.oD) : undefined, dtype }];
    },
    // Values only for small outputs; bigger ones become 'computed' constants (weights built in-graph).
    fold: (ctx, inputs) => {
        const dims = inputs[0];
        const { value } = fillValue(ctx);
        if (value === undefined || !(0,util_values/* isSmall */.eq)(dims, GENERATOR_MAX_ELEMENTS))
            return undefined;
        return [new Array((0,util_dims/* product */.qM)(dims) ?? 0).fill(value)];
    },
};
function rangeCount(start, limit, delta) {
    if (delta === 0)
        (0,util_dims/* fail */.fJ)('Range delta must not be 0');
    return Math.max(Math.ceil((limit - start) / delta), 0);
}
const rangeRule = {
    kind: 'Range', role: 'shape', shapeInputs: [0, 1, 2], cost: () => cost/* ZERO_COST */.de,
    infer: (ctx) => {
        const [s, l, d] = [ctx.constValues(0)?.[0], ctx.constValues(1)?.[0], ctx.constValues(2)?.[0]];
        const dtype = ctx.input(0)?.dtype;
        if (s === undefined || l === undefined || d === undefined)
            return [{ shape: [util_dims/* UNKNOWN_DIM */.oD], dtype }];
        return [{ shape: [rangeCount(s, l, d)], dtype }];
    },
    fold: (ctx, inputs) => {
        const [s, l, d] = [inputs[0]?.[0], inputs[1]?.[0], inputs[2]?.[0]];
        if (s === undefined || l === undefined || d === undefined)
            return undefined;
        const n = rangeCount(s, l, d);
        if (n > GENERATOR_MAX_ELEMENTS)
            return undefined;
        return [[...Array(n).keys()].map((k) => s + k * d)];
    },
};
const castRule = {
    kind: 'Cast', role: 'data-movement', cost: () => cost/* ZERO_COST */.de,
    infer: (ctx) => {
        const x = ctx.input(0);
        const to = (0,dtypes/* dtypeFromAttr */.E)(ctx.node.attrs['to']);
        if (ctx.node.attrs['to'] !== undefined && !to)
            (0,util_dims/* fail */.fJ)(`unknown target type ${String(ctx.node.attrs['to'])}`);
        return [{ shape: x?.shape, dtype: to ?? x?.dtype }];
    },
    fold: (ctx, inputs) => {
        const to = (0,dtypes/* dtypeFromAttr */.E)(ctx.node.attrs['to']);
        const v = inputs[0];
        return v && to && to !== 'string' ? [v.map((x) => (0,util_values/* castValue */.Lm)(x, to))] : undefined;
    },
};
const SHAPE_MATH_RULES = [shapeRule, sizeRule, constantRule, constantOfShape, rangeRule, castRule];

;// CONCATENATED MODULE: ./src/ops/strided-slice.ts



const bit = (mask, i) => ((mask >>> i) & 1) === 1;
/** Size of one sliced dim of size `d` (TensorFlow's clamping rules). */
function slicedSize(d, b0, e0, s, beginMasked, endMasked, offset) {
    if (s === 0)
        (0,util_dims/* fail */.fJ)('strided slice stride must not be 0');
    // Stryker disable next-line EqualityOperator,ArithmeticOperator: equivalent, s is never 0 here (refused above); a masked begin past d - 1 is clamped to hi = d - 1 below
    let b = beginMasked ? (s > 0 ? 0 : d - 1) : b0 < 0 ? b0 + d : b0;
    let e;
    // Stryker disable next-line EqualityOperator: equivalent, s is never 0 here (refused above)
    if (endMasked)
        e = s > 0 ? d : -1;
    else {
        const raw = offset ? b0 + e0 : e0;
        e = raw < 0 ? raw + d : raw;
    }
    // Stryker disable next-line EqualityOperator: equivalent, s is never 0 here (refused above)
    const [lo, hi] = s > 0 ? [0, d] : [-1, d - 1];
    b = Math.min(Math.max(b, lo), hi);
    e = Math.min(Math.max(e, lo), hi);
    // (e - b) / s counts the steps either way: both differences have the stride's sign when the range is not empty
    return Math.max(0, Math.ceil((e - b) / s));
}
function stridedSliceShape(x, spec) {
    const n = spec.begin.length;
    if (spec.end.length !== n || spec.strides.length !== n)
        (0,util_dims/* fail */.fJ)(`begin, end and strides have ${n}, ${spec.end.length} and ${spec.strides.length} entries`);
    const m = spec.masks;
    let newAxes = 0;
    for (let i = 0; i < n; i++)
        if (bit(m.newAxis, i) && !bit(m.ellipsis, i))
            newAxes++;
    const hasEllipsis = [...Array(n).keys()].some((i) => bit(m.ellipsis, i));
    const consumed = n - newAxes - (hasEllipsis ? 1 : 0);
    if (consumed > x.length)
        (0,util_dims/* fail */.fJ)(`slice spec addresses ${consumed} dims of a rank-${x.length} input`);
    const out = [];
    let dim = 0;
    for (let i = 0; i < n; i++) {
        if (bit(m.ellipsis, i)) {
            const span = x.length - consumed;
            for (let k = 0; k < span; k++)
                out.push(x[dim++] ?? util_dims/* UNKNOWN_DIM */.oD);
            continue;
        }
        if (bit(m.newAxis, i)) {
            out.push(1);
            continue;
        }
        const d = x[dim++];
        const s = spec.strides[i] ?? 1;
        if (bit(m.shrink, i))
            continue;
        const bm = bit(m.begin, i);
        const em = bit(m.end, i);
        if (!(0,util_dims/* isNum */.T6)(d))
            out.push(bm && em && s === 1 ? (d ?? util_dims/* UNKNOWN_DIM */.oD) : util_dims/* UNKNOWN_DIM */.oD);
        else
            out.push(slicedSize(d, spec.begin[i] ?? 0, spec.end[i] ?? 0, s, bm, em, spec.offset));
    }
    while (dim < x.length)
        out.push(x[dim++] ?? util_dims/* UNKNOWN_DIM */.oD);
    return out;
}
function infer(ctx) {
    const x = ctx.input(0);
    const begin = ctx.constValues(1);
    const end = ctx.constValues(2);
    // Stryker disable next-line ArrowFunction: equivalent, the default strides are read as `spec.strides[i] ?? 1`: only their count matters
    const strides = ctx.constValues(3) ?? (begin ? begin.map(() => 1) : undefined);
    if (!x?.shape || !begin || !end || !strides)
        return [{ dtype: x?.dtype }];
    const node = ctx.node;
    const spec = {
        begin, end, strides,
        masks: {
            begin: (0,attrs/* attrInt */.NN)(node, 'begin_mask', 0), end: (0,attrs/* attrInt */.NN)(node, 'end_mask', 0), ellipsis: (0,attrs/* attrInt */.NN)(node, 'ellipsis_mask', 0),
            newAxis: (0,attrs/* attrInt */.NN)(node, 'new_axis_mask', 0), shrink: (0,attrs/* attrInt */.NN)(node, 'shrink_axis_mask', 0),
        },
        offset: (0,attrs/* attrInt */.NN)(node, 'offset', 0) === 1,
    };
    return [{ shape: stridedSliceShape(x.shape, spec), dtype: x.dtype }];
}
const STRIDED_SLICE_RULES = [
    { kind: 'StridedSlice', role: 'data-movement', shapeInputs: [1, 2, 3], infer, cost: () => cost/* ZERO_COST */.de },
];

;// CONCATENATED MODULE: ./src/ops/table.ts
/**
 * The operator table: one rule per OpKind (shape inference, MACC, constant folding). Rules live
 * in small files by family; this file only assembles them and adds the cost of a fused
 * activation (`node.activation`) to the node's default MACC (METRICS.md).
 */























/**
 * Default-mode MACC of an activation fused into a node: its factor times the node's output.
 * In a quantized (ss/sa) layer a fused Relu/Relu6/Clip is the requantization's clamp and costs 0,
 * as stedgeai's C model counts it (sww reference: conv2d_1 143,488 MACC, its nl_1_nl folded away).
 */
function fusedActivationMacc(ctx) {
    const act = ctx.node.activation;
    if (act === undefined)
        return 0;
    if (ctx.node.integer === true && (0,traits/* hasTrait */.jp)(act, 'clamp'))
        return 0;
    return activationFactor(act, ctx.node.integer === true) * (0,cost/* outCount */.mb)(ctx);
}
function withFusedActivation(rule) {
    const base = rule.cost;
    return {
        ...rule,
        cost(ctx) {
            let c;
            try {
                c = base(ctx);
            }
            catch (e) {
                // Inconsistent inputs: inference already reported them (W_SHAPE); the node counts 0.
                if (e instanceof util_dims/* ShapeError */.ym)
                    return cost/* ZERO_COST */.de;
                throw e;
            }
            const extra = fusedActivationMacc(ctx);
            // Stryker disable next-line ConditionalExpression: equivalent, adding 0 gives the same figures (c is already clamped)
            return extra === 0 ? c : { macc: (0,cost/* clampMacc */.yU)(c.macc + extra), pure: c.pure };
        },
    };
}
const ALL = [
    ...conv/* CONV_RULES */.T4, ...GEMM_RULES, ...RECURRENT_RULES, ...POOL_RULES, ...reduce/* REDUCE_RULES */.v, ...NORMALIZATION_RULES,
    ...elementwise/* ELEMENTWISE_RULES */.j, ...ACTIVATION_RULES, ...quant/* QUANT_RULES */.s, ...MOVEMENT_RULES, ...INDEXING_RULES,
    ...GATHER_RULES, ...SHAPE_MATH_RULES, ...RESIZE_RULES, ...MISC_RULES, ...control/* CONTROL_RULES */.ck, ...STRIDED_SLICE_RULES, ...ml/* ML_RULES */.Ix,
];
/** The table of `rules`, refused unless it has exactly one rule for every operator kind. */
function buildTable(rules) {
    const m = new Map();
    for (const r of rules) {
        if (m.has(r.kind))
            throw new diagnostic/* FootprintError */.E0('E_INTERNAL', `operator table: two rules for ${r.kind}`);
        m.set(r.kind, withFusedActivation(r));
    }
    const missing = op_kinds/* OP_KINDS */.E.filter((k) => !m.has(k));
    if (missing.length > 0)
        throw new diagnostic/* FootprintError */.E0('E_INTERNAL', `operator table: no rule for ${missing.join(', ')}`);
    return m;
}
/** Every rule, by kind. */
const RULES = buildTable(ALL);
function getRule(kind) {
    const r = RULES.get(kind) ?? RULES.get('Unknown');
    // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, buildTable() refuses a table without a rule for every kind, 'Unknown' included, so r is always found and this error never thrown
    if (!r)
        throw new diagnostic/* FootprintError */.E0('E_INTERNAL', `operator table: no rule for ${kind}`);
    return r;
}


/***/ }),

/***/ 7731:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jp: () => (/* binding */ hasTrait)
/* harmony export */ });
/* unused harmony exports OP_TRAITS, checkTraits */
const ACT = ['fusable-activation', 'streams-elements'];
const CLAMP = ['fusable-activation', 'clamp', 'streams-elements'];
const RESHAPE = ['qdq-transparent', 'data-movement', 'streams-elements'];
/** Element-wise without an absorbable activation: unary maths, binary arithmetic, (de)quantization. */
const UNARY = ['streams-elements'];
const OP_TRAITS = {
    Conv: ['absorbs-activation', 'absorbs-batchnorm', 'spatial', 'streams-rows'],
    ConvTranspose: ['absorbs-activation', 'absorbs-batchnorm', 'spatial'],
    Gemm: ['absorbs-activation', 'absorbs-batchnorm'],
    MatMul: ['absorbs-activation'],
    Add: ['absorbs-activation', 'streams-elements', 'chains-into-epoch'],
    Sub: ['streams-elements', 'chains-into-epoch'],
    Mul: ['streams-elements', 'chains-into-epoch'],
    Div: UNARY,
    Max: UNARY,
    Min: UNARY,
    SquaredDifference: UNARY,
    MaxPool: ['absorbs-activation', 'qdq-transparent', 'spatial', 'streams-rows'],
    AveragePool: ['absorbs-activation', 'spatial', 'streams-rows'],
    GlobalAveragePool: ['absorbs-activation', 'spatial'],
    GlobalMaxPool: ['absorbs-activation', 'qdq-transparent', 'spatial'],
    LpPool: ['absorbs-activation', 'spatial'],
    // max(x, 0) maps the quantized grid onto itself (max(q, zero point)): the parameters pass through.
    Relu: [...CLAMP, 'qdq-transparent'],
    Relu6: CLAMP,
    Clip: CLAMP,
    LeakyRelu: ACT,
    Sigmoid: ACT,
    Tanh: ACT,
    HardSwish: ACT,
    HardSigmoid: ACT,
    BatchNormalization: ['spatial', 'streams-elements'],
    InstanceNormalization: ['spatial'],
    LRN: ['spatial'],
    Resize: ['spatial'],
    DepthToSpace: ['qdq-transparent', 'spatial'],
    SpaceToDepth: ['qdq-transparent', 'spatial'],
    Reshape: RESHAPE,
    Flatten: RESHAPE,
    Squeeze: RESHAPE,
    Unsqueeze: RESHAPE,
    Identity: RESHAPE,
    Transpose: ['qdq-transparent', 'joins-hw-epoch'],
    Dropout: ['qdq-transparent', 'streams-elements'],
    PRelu: UNARY,
    Elu: UNARY,
    Selu: UNARY,
    Celu: UNARY,
    Gelu: UNARY,
    Swish: UNARY,
    Mish: UNARY,
    Softplus: UNARY,
    Softsign: UNARY,
    Exp: UNARY,
    Log: UNARY,
    Sqrt: UNARY,
    Rsqrt: UNARY,
    Reciprocal: UNARY,
    Abs: UNARY,
    Neg: UNARY,
    Floor: UNARY,
    Ceil: UNARY,
    Round: UNARY,
    Erf: UNARY,
    Square: UNARY,
    QuantizeLinear: UNARY,
    Quant: UNARY,
    BipolarQuant: UNARY,
    Trunc: UNARY,
    DequantizeLinear: UNARY,
    Requantize: UNARY,
    Cast: UNARY,
    Slice: ['qdq-transparent'],
    Gather: ['qdq-transparent'],
    Pad: ['qdq-transparent', 'streams-rows'],
    Split: ['qdq-transparent'],
    Tile: ['qdq-transparent'],
    Expand: ['qdq-transparent'],
};
function hasTrait(op, trait) {
    // Stryker disable next-line ArrayDeclaration: equivalent, an operator without traits has none, and no trait is spelled like the mutant's filler string
    return (OP_TRAITS[op] ?? []).includes(trait);
}
/** Consistency of a traits table, checked when this one loads: a clamp is an activation that can be fused. */
function checkTraits(table) {
    // a listed operator always has its array
    for (const [op, traits] of Object.entries(table)) {
        if (traits.includes('clamp') && !traits.includes('fusable-activation'))
            throw new Error(`ops/traits: ${op} is a clamp but not a fusable activation`);
    }
}
checkTraits(OP_TRAITS);


/***/ }),

/***/ 7789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NN: () => (/* binding */ attrInt),
/* harmony export */   Rr: () => (/* binding */ attrString),
/* harmony export */   S_: () => (/* binding */ attrFloat),
/* harmony export */   VR: () => (/* binding */ attrTensor),
/* harmony export */   aH: () => (/* binding */ layoutOf),
/* harmony export */   yO: () => (/* binding */ attrInts)
/* harmony export */ });
function get(node, name) {
    return node.attrs[name];
}
function attrInt(node, name, def) {
    const v = get(node, name);
    if (typeof v === 'number')
        return v;
    if (typeof v === 'boolean')
        return v ? 1 : 0;
    return def;
}
function attrFloat(node, name, def) {
    const v = get(node, name);
    return typeof v === 'number' ? v : def;
}
function attrInts(node, name) {
    const v = get(node, name);
    if (Array.isArray(v) && v.every((x) => typeof x === 'number'))
        return v;
    if (typeof v === 'number')
        return [v];
    return undefined;
}
function attrString(node, name, def) {
    const v = get(node, name);
    return typeof v === 'string' ? v : def;
}
function attrTensor(node, name) {
    const v = get(node, name);
    if (typeof v === 'object' && !Array.isArray(v) && 'dtype' in v)
        return v; // a tensor, not a graph
    return undefined;
}
/** 'NCHW' (ONNX, default) or 'NHWC' (TFLite, Keras). */
function layoutOf(node) {
    return attrString(node, 'layout') === 'NHWC' ? 'NHWC' : 'NCHW';
}


/***/ }),

/***/ 5520:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zw: () => (/* binding */ inCount),
/* harmony export */   bZ: () => (/* binding */ hasInput),
/* harmony export */   de: () => (/* binding */ ZERO_COST),
/* harmony export */   mb: () => (/* binding */ outCount),
/* harmony export */   y: () => (/* binding */ cost),
/* harmony export */   yU: () => (/* binding */ clampMacc)
/* harmony export */ });
/* harmony import */ var _dims_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6394);

function clampMacc(n) {
    if (Number.isNaN(n) || n <= 0)
        return 0;
    return Math.min(Math.round(n), Number.MAX_SAFE_INTEGER);
}
function cost(macc, pure = 0) {
    return { macc: clampMacc(macc), pure: clampMacc(pure) };
}
const ZERO_COST = Object.freeze({ macc: 0, pure: 0 });
/** Number of elements of output i (0 when unknown). */
function outCount(ctx, i = 0) {
    return (0,_dims_js__WEBPACK_IMPORTED_MODULE_0__/* .countOr0 */ .d1)(ctx.output(i)?.shape);
}
/** Number of elements of input i (0 when unknown). */
function inCount(ctx, i = 0) {
    return (0,_dims_js__WEBPACK_IMPORTED_MODULE_0__/* .countOr0 */ .d1)(ctx.input(i)?.shape);
}
/** Whether input i is present (not omitted with ''). */
function hasInput(ctx, i) {
    const name = ctx.node.inputs[i];
    return name !== undefined && name !== '';
}


/***/ }),

/***/ 6394:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GD: () => (/* binding */ normAxis),
/* harmony export */   L3: () => (/* binding */ dimMap),
/* harmony export */   OR: () => (/* binding */ broadcastShapes),
/* harmony export */   QX: () => (/* binding */ dimsCompatible),
/* harmony export */   T6: () => (/* binding */ isNum),
/* harmony export */   d1: () => (/* binding */ countOr0),
/* harmony export */   fJ: () => (/* binding */ fail),
/* harmony export */   oD: () => (/* binding */ UNKNOWN_DIM),
/* harmony export */   qM: () => (/* binding */ product),
/* harmony export */   xu: () => (/* binding */ dimMul),
/* harmony export */   ym: () => (/* binding */ ShapeError)
/* harmony export */ });
/* harmony import */ var _arrays_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(273);

/** A dimension inference cannot tell (data-dependent or derived from a symbolic dim). */
const UNKNOWN_DIM = '?';
function isNum(d) {
    return typeof d === 'number' && d >= 0;
}
/** Raised by rules for inconsistent inputs; the pass turns it into a W_SHAPE diagnostic. */
class ShapeError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ShapeError';
    }
}
function fail(message) {
    throw new ShapeError(message);
}
/** Normalizes a possibly negative axis against a rank; throws when out of range. */
function normAxis(axis, rank, what = 'axis') {
    const a = axis < 0 ? axis + rank : axis;
    if (!Number.isInteger(a) || a < 0 || a >= rank)
        fail(`${what} ${axis} is out of range for rank ${rank}`);
    return a;
}
/** Product of dims; undefined when any dim is not a known number. May exceed 2^53 (callers clamp). */
function product(dims) {
    let n = 1;
    // (an indexed loop, as elementCount's: a for-of here allocated an iterator result per dimension, 17 MiB on the 100k-node chain)
    for (let i = 0; i < dims.length; i++) {
        const d = dims[i];
        if (!isNum(d))
            return undefined;
        n *= d;
    }
    return n;
}
/** Element count of a shape, or 0 when unknown (for costs). */
function countOr0(shape) {
    if (shape === undefined)
        return 0;
    return product(shape) ?? 0;
}
/** a * b for dims; symbolic when either is. */
function dimMul(a, b) {
    if (isNum(a) && isNum(b))
        return a * b;
    if (a === 0 || b === 0)
        return 0;
    if (a === 1)
        return b;
    if (b === 1)
        return a;
    return UNKNOWN_DIM;
}
/** Applies `f` to a numeric dim; symbolic otherwise. */
function dimMap(d, f) {
    if (!isNum(d))
        return UNKNOWN_DIM;
    const r = f(d);
    return Number.isFinite(r) && r >= 0 ? r : UNKNOWN_DIM;
}
/** Two dims known equal, or either unknown. */
function dimsCompatible(a, b) {
    return !isNum(a) || !isNum(b) || a === b;
}
/** Numpy-style multidirectional broadcasting of shapes; throws on incompatible dims. */
function broadcastShapes(shapes) {
    const rank = (0,_arrays_js__WEBPACK_IMPORTED_MODULE_0__/* .maxOf */ ._)(shapes.map((s) => s.length), 0);
    const out = [];
    for (let i = 0; i < rank; i++) {
        let d = 1;
        for (const s of shapes) {
            const e = s[i - rank + s.length];
            if (e === undefined || e === 1)
                continue;
            if (d === 1)
                d = e;
            else if (isNum(d) && isNum(e)) {
                if (d !== e)
                    fail(`cannot broadcast ${shapes.map((x) => `[${x.join(',')}]`).join(' with ')} (dim ${i}: ${d} vs ${e})`);
            }
            else if (isNum(e))
                d = e;
            else if (!isNum(d) && d !== e)
                d = UNKNOWN_DIM;
        }
        out.push(d);
    }
    return out;
}


/***/ }),

/***/ 5224:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ dtypeFromAttr)
/* harmony export */ });
/* harmony import */ var _ir_dtype_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7003);
/** Dtype attributes (Cast `to`, QuantizeLinear `output_dtype`, EyeLike `dtype`) as IR dtype names. */

const SET = new Set(_ir_dtype_js__WEBPACK_IMPORTED_MODULE_0__/* .DTYPES */ .A1);
/** A dtype attribute: the frontends give the IR's dtype names (never a format's codes). */
function dtypeFromAttr(v) {
    return SET.has(v) ? v : undefined; // a Set holds no value of another type
}


/***/ }),

/***/ 7805:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jv: () => (/* binding */ resolvedPads),
/* harmony export */   XU: () => (/* binding */ windowOut),
/* harmony export */   iY: () => (/* binding */ splitShape),
/* harmony export */   lC: () => (/* binding */ geometry),
/* harmony export */   qD: () => (/* binding */ joinShape)
/* harmony export */ });
/* harmony import */ var _attrs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7789);
/* harmony import */ var _dims_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6394);


function geometry(node, kernel) {
    const r = kernel.length;
    const ones = new Array(r).fill(1);
    const strides = (0,_attrs_js__WEBPACK_IMPORTED_MODULE_0__/* .attrInts */ .yO)(node, 'strides') ?? ones;
    const dilations = (0,_attrs_js__WEBPACK_IMPORTED_MODULE_0__/* .attrInts */ .yO)(node, 'dilations') ?? ones;
    const pads = (0,_attrs_js__WEBPACK_IMPORTED_MODULE_0__/* .attrInts */ .yO)(node, 'pads') ?? new Array(2 * r).fill(0);
    if (strides.length !== r)
        (0,_dims_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(`strides has ${strides.length} entries, kernel has ${r} dims`);
    if (dilations.length !== r)
        (0,_dims_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(`dilations has ${dilations.length} entries, kernel has ${r} dims`);
    if (pads.length !== 2 * r)
        (0,_dims_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(`pads has ${pads.length} entries, expected ${2 * r}`);
    return { kernel, strides, dilations, pads, autoPad: (0,_attrs_js__WEBPACK_IMPORTED_MODULE_0__/* .attrString */ .Rr)(node, 'auto_pad', 'NOTSET'), ceilMode: (0,_attrs_js__WEBPACK_IMPORTED_MODULE_0__/* .attrInt */ .NN)(node, 'ceil_mode', 0) === 1 };
}
function splitShape(node, x) {
    if (x.length < 2)
        (0,_dims_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(`input rank ${x.length} is too small for a spatial op (needs N, C, spatial...)`);
    if ((0,_attrs_js__WEBPACK_IMPORTED_MODULE_0__/* .layoutOf */ .aH)(node) === 'NHWC')
        return { batch: x[0] ?? _dims_js__WEBPACK_IMPORTED_MODULE_1__/* .UNKNOWN_DIM */ .oD, channels: x[x.length - 1] ?? _dims_js__WEBPACK_IMPORTED_MODULE_1__/* .UNKNOWN_DIM */ .oD, spatial: x.slice(1, -1) };
    return { batch: x[0] ?? _dims_js__WEBPACK_IMPORTED_MODULE_1__/* .UNKNOWN_DIM */ .oD, channels: x[1] ?? _dims_js__WEBPACK_IMPORTED_MODULE_1__/* .UNKNOWN_DIM */ .oD, spatial: x.slice(2) };
}
function joinShape(node, batch, channels, spatial) {
    return (0,_attrs_js__WEBPACK_IMPORTED_MODULE_0__/* .layoutOf */ .aH)(node) === 'NHWC' ? [batch, ...spatial, channels] : [batch, channels, ...spatial];
}
/** Output size of a sliding window along one spatial axis (Conv, pools); ONNX semantics. */
function windowOut(input, g, i) {
    if (!(0,_dims_js__WEBPACK_IMPORTED_MODULE_1__/* .isNum */ .T6)(input))
        return _dims_js__WEBPACK_IMPORTED_MODULE_1__/* .UNKNOWN_DIM */ .oD;
    const k = g.kernel[i] ?? 1;
    const s = g.strides[i] ?? 1;
    const d = g.dilations[i] ?? 1;
    if (s <= 0)
        (0,_dims_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(`stride ${s} must be positive`);
    const ek = (k - 1) * d + 1;
    if (g.autoPad === 'SAME_UPPER' || g.autoPad === 'SAME_LOWER' || g.autoPad === 'SAME')
        return Math.ceil(input / s);
    if (g.autoPad === 'VALID') {
        const out = Math.floor((input - ek) / s) + 1;
        if (out < 0)
            (0,_dims_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(`kernel extent ${ek} is larger than the input size ${input}`);
        return Math.max(0, out);
    }
    const pb = g.pads[i] ?? 0;
    const pe = g.pads[i + g.kernel.length] ?? 0;
    const span = input + pb + pe - ek;
    if (span < 0)
        (0,_dims_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(`kernel extent ${ek} is larger than the padded input size ${input + pb + pe}`);
    let out = (g.ceilMode ? Math.ceil(span / s) : Math.floor(span / s)) + 1;
    // ONNX/PyTorch: the last window must start inside the input or the begin padding.
    if (g.ceilMode && (out - 1) * s >= input + pb)
        out--;
    return out;
}
/**
 * The pads a window op applies per spatial axis, [begin..., end...]: zeros for VALID, its `pads`
 * when explicit, and for SAME the total ONNX / TensorFlow need between `input` and `output`, the
 * odd row after (SAME_UPPER, SAME) or before (SAME_LOWER). Undefined when a size is unknown.
 */
function resolvedPads(g, input, output) {
    const r = g.kernel.length;
    if (g.autoPad === 'VALID')
        return new Array(2 * r).fill(0);
    if (!g.autoPad.startsWith('SAME'))
        return g.pads;
    const begin = [];
    const end = [];
    for (let i = 0; i < r; i++) {
        const [x, y] = [input[i], output[i]];
        if (!(0,_dims_js__WEBPACK_IMPORTED_MODULE_1__/* .isNum */ .T6)(x) || !(0,_dims_js__WEBPACK_IMPORTED_MODULE_1__/* .isNum */ .T6)(y))
            return undefined;
        const ek = ((g.kernel[i] ?? 1) - 1) * (g.dilations[i] ?? 1) + 1;
        const total = Math.max((y - 1) * (g.strides[i] ?? 1) + ek - x, 0);
        const b = g.autoPad === 'SAME_LOWER' ? Math.ceil(total / 2) : Math.floor(total / 2);
        begin.push(b);
        end.push(total - b);
    }
    return [...begin, ...end];
}


/***/ }),

/***/ 8451:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HF: () => (/* binding */ FOLD_MAX_ELEMENTS),
/* harmony export */   KT: () => (/* binding */ transposeValues),
/* harmony export */   Lm: () => (/* binding */ castValue),
/* harmony export */   SG: () => (/* binding */ stridesOf),
/* harmony export */   eq: () => (/* binding */ isSmall),
/* harmony export */   uV: () => (/* binding */ broadcastValues)
/* harmony export */ });
/* harmony import */ var _ir_dtype_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7003);
/* harmony import */ var _ir_shape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8774);


/** Largest number of elements a fold may produce. */
const FOLD_MAX_ELEMENTS = 100_000;
/** Whether a static shape has at most `max` elements (safe to materialize). */
function isSmall(shape, max = FOLD_MAX_ELEMENTS) {
    return ((0,_ir_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .elementCount */ .KX)(shape) ?? Infinity) <= max; // a shape of unknown size is not small
}
function stridesOf(shape) {
    const s = new Array(shape.length).fill(1);
    for (let i = shape.length - 2; i >= 0; i--)
        s[i] = (s[i + 1] ?? 1) * (shape[i + 1] ?? 1);
    return s;
}
/** Maps a flat output index to the flat index of a broadcast input. */
function broadcastIndex(idx, out, outStrides, inShape, inStrides) {
    let r = 0;
    const off = out.length - inShape.length;
    for (const [i, size] of out.entries()) {
        const coord = Math.floor(idx / (outStrides[i] ?? 1)) % size;
        // the input's dim on this axis: none (an axis it is broadcast along, j < 0) counts as 1
        const j = i - off;
        const d = inShape[j] ?? 1;
        if (d !== 1)
            r += coord * (inStrides[j] ?? 0);
    }
    return r;
}
/** Elementwise n-ary op with numpy broadcasting over small static shapes. */
function broadcastValues(out, shapes, values, fn) {
    const n = (0,_ir_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .elementCount */ .KX)(out) ?? 0;
    const os = stridesOf(out);
    // one entry per operand: `shapes` and `values` are given in pairs
    const operands = values.map((vals, v) => ({ vals, shape: shapes[v], strides: stridesOf(shapes[v]) }));
    // one operand buffer for every element (fn reads it before the next element overwrites it)
    // Stryker disable next-line ArrayDeclaration: equivalent, every slot is written before fn reads it
    const xs = new Array(operands.length);
    const res = [];
    for (let k = 0; k < n; k++) {
        for (const [v, x] of operands.entries())
            xs[v] = x.vals[broadcastIndex(k, out, os, x.shape, x.strides)] ?? 0;
        res.push(fn(xs));
    }
    return res;
}
/** Converts a value to what a tensor of `dtype` stores (integer truncation, bool). */
function castValue(v, dtype) {
    if (dtype === 'bool')
        return v !== 0 ? 1 : 0;
    if ((0,_ir_dtype_js__WEBPACK_IMPORTED_MODULE_1__/* .isInteger */ .Fq)(dtype))
        return Number.isFinite(v) ? Math.trunc(v) : 0;
    if (dtype === 'float32')
        return Math.fround(v);
    return v;
}
/** Reorders a small static tensor's values by `perm`. */
function transposeValues(shape, values, perm) {
    const outShape = perm.map((p) => shape[p] ?? 1);
    const inStrides = stridesOf(shape);
    const outStrides = stridesOf(outShape);
    const res = [];
    for (let k = 0; k < values.length; k++) {
        let src = 0;
        for (const [i, size] of outShape.entries()) {
            const coord = Math.floor(k / (outStrides[i] ?? 1)) % size;
            src += coord * (inStrides[perm[i] ?? 0] ?? 0);
        }
        res.push(values[src] ?? 0);
    }
    return res;
}


/***/ }),

/***/ 6698:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ao: () => (/* binding */ renameTensor),
/* harmony export */   D5: () => (/* binding */ outerReads),
/* harmony export */   LN: () => (/* binding */ freshTensorName),
/* harmony export */   Mv: () => (/* binding */ foldFollower),
/* harmony export */   cU: () => (/* binding */ readersOf),
/* harmony export */   eE: () => (/* binding */ absorb),
/* harmony export */   fw: () => (/* binding */ nestedGraphs),
/* harmony export */   "if": () => (/* binding */ removeNodes),
/* harmony export */   kK: () => (/* binding */ buildUseIndex),
/* harmony export */   zW: () => (/* binding */ replaceUses)
/* harmony export */ });
/** The graphs nested in `g` (all depths), outermost first; `g` itself is not included. */
function nestedGraphs(g) {
    const out = [];
    const stack = [];
    for (const n of g.nodes)
        for (const sg of Object.values(n.subgraphs ?? {}))
            stack.push(sg);
    while (stack.length > 0) {
        const sg = stack.pop();
        out.push(sg);
        for (const n of sg.nodes)
            for (const inner of Object.values(n.subgraphs ?? {}))
                stack.push(inner);
    }
    return out;
}
const NO_READS = new Set();
/** Names a node's subgraphs (any depth) read from outside themselves (one shared empty set for a node without). */
function outerReads(node) {
    if (!node.subgraphs)
        return NO_READS;
    const reads = new Set();
    const stack = Object.values(node.subgraphs);
    const defined = new Set();
    const used = [];
    while (stack.length > 0) {
        const sg = stack.pop();
        for (const i of sg.inputs)
            defined.add(i);
        for (const [name, t] of sg.tensors)
            if (t.data !== undefined)
                defined.add(name);
        for (const n of sg.nodes) {
            // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, '' in the defined set is never looked up: an omitted input ('') is never recorded as used
            for (const o of n.outputs)
                if (o !== '')
                    defined.add(o);
            for (const i of n.inputs)
                if (i !== '')
                    used.push(i);
            for (const inner of Object.values(n.subgraphs ?? {}))
                stack.push(inner);
        }
        for (const o of sg.outputs)
            used.push(o);
    }
    for (const u of used)
        if (!defined.has(u))
            reads.add(u);
    return reads;
}
/** The nodes reading `name` in the index; none for a tensor nobody reads. */
function readersOf(idx, name) {
    return idx.consumers.get(name) ?? [];
}
/**
 * Producer/consumer index of one graph level; subgraph outer reads count as uses by their node.
 * `only`: the index of those tensors alone (code that asks about a few: the whole graph's, every
 * weight's reader list included, was 39 MiB on the 100k-operator int8 TFLite chain).
 */
function buildUseIndex(g, only) {
    const producer = new Map();
    const consumers = new Map();
    const addUse = (name, n) => {
        if (only !== undefined && !only.has(name))
            return;
        const list = consumers.get(name);
        if (list === undefined)
            consumers.set(name, [n]);
        else if (list[list.length - 1] !== n)
            list.push(n);
    };
    for (const n of g.nodes) {
        for (const o of n.outputs)
            if (o !== '' && (only === undefined || only.has(o)))
                producer.set(o, n);
        for (const i of n.inputs)
            if (i !== '')
                addUse(i, n);
        // (a node without nested graphs reads nothing more: no iterator over the empty set for it)
        if (n.subgraphs)
            for (const r of outerReads(n))
                addUse(r, n);
    }
    return { producer, consumers, graphOutputs: new Set(g.outputs), graphInputs: new Set(g.inputs) };
}
/**
 * Replaces reads of `from` by `to` in node inputs, and in nested graphs that read `from` from
 * outside: a subgraph that defines the name itself (input, constant, node output) hides it from
 * the graphs nested in it, as in lexical scoping.
 */
function replaceUses(g, from, to, only) {
    const nodes = only ?? g.nodes;
    for (const n of nodes) {
        // Stryker disable next-line EqualityOperator: equivalent, one step past the end reads undefined, which equals no tensor name
        for (let i = 0; i < n.inputs.length; i++)
            if (n.inputs[i] === from)
                n.inputs[i] = to;
        if (!n.subgraphs)
            continue;
        const stack = Object.values(n.subgraphs);
        while (stack.length > 0) {
            const sg = stack.pop();
            if (definesLocally(sg, from))
                continue;
            for (const sn of sg.nodes) {
                // Stryker disable next-line EqualityOperator: equivalent, one step past the end reads undefined, which equals no tensor name
                for (let i = 0; i < sn.inputs.length; i++)
                    if (sn.inputs[i] === from)
                        sn.inputs[i] = to;
                for (const inner of Object.values(sn.subgraphs ?? {}))
                    stack.push(inner);
            }
            // Stryker disable next-line EqualityOperator: equivalent, one step past the end reads undefined, which equals no tensor name
            for (let i = 0; i < sg.outputs.length; i++)
                if (sg.outputs[i] === from)
                    sg.outputs[i] = to;
        }
    }
}
function definesLocally(sg, name) {
    if (sg.inputs.includes(name))
        return true;
    if (sg.tensors.get(name)?.data !== undefined)
        return true;
    return sg.nodes.some((n) => n.outputs.includes(name));
}
/**
 * Renames tensor `from` to `to` in this graph: the producer's output, every read, graph outputs.
 * The tensor entry `to` keeps its own description when it exists (merged with what `from` knew).
 * The caller names the producer and the readers (from a use index, or by position), so a rename
 * costs their number, not the graph's size; it updates the index it keeps.
 */
function renameTensor(g, from, to, producer, readers) {
    const src = g.tensors.get(from);
    const dst = g.tensors.get(to);
    if (src !== undefined) {
        const merged = { ...src, ...(dst ?? {}), name: to };
        merged.shape ??= src.shape;
        // (an unknown type copied onto an unknown one changes nothing)
        if (merged.dtype === 'unknown')
            merged.dtype = src.dtype;
        g.tensors.set(to, merged);
        g.tensors.delete(from);
    }
    // a node writes a name once (the verify pass refuses a tensor defined twice)
    const at = producer ? producer.outputs.indexOf(from) : -1;
    if (producer && at >= 0)
        producer.outputs[at] = to;
    replaceUses(g, from, to, readers);
    // Stryker disable next-line EqualityOperator: equivalent, one step past the end reads undefined, which equals no tensor name
    for (let i = 0; i < g.outputs.length; i++)
        if (g.outputs[i] === from)
            g.outputs[i] = to;
}
/** Records that `absorbed` (and everything it had absorbed) now lives inside `into`. */
function absorb(into, absorbed) {
    // a new list of its own length (concat's): a push onto an empty list, or a literal starting with a
    // spread, reserves 17 spare slots (the 100k-node chain's 33k fused convs: 4.3 MiB held to the end)
    into.fused = (into.fused ?? []).concat(absorbed.name, absorbed.fused ?? []);
}
/**
 * Folds `follower` (sole reader of `op`'s output `x`) into `op`: `op` now writes the follower's
 * output `out` under its name, the use index follows, and the follower is marked dead.
 */
function foldFollower(g, idx, op, follower, x, out, dead) {
    follower.outputs = [];
    renameTensor(g, x, out, idx.producer.get(x), readersOf(idx, x));
    idx.consumers.delete(x);
    idx.producer.delete(x);
    idx.producer.set(out, op);
    absorb(op, follower);
    dead.add(follower);
}
/** Removes the given nodes from the graph, keeping the order of the others. */
function removeNodes(g, dead) {
    if (dead.size === 0)
        return;
    g.nodes = g.nodes.filter((n) => !dead.has(n));
}
/** A tensor name not yet used in the graph, built from `base`. */
function freshTensorName(g, base) {
    if (!g.tensors.has(base))
        return base;
    for (let i = 1;; i++) {
        const name = `${base}_${i}`;
        if (!g.tensors.has(name))
            return name;
    }
}


/***/ }),

/***/ 4950:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A$: () => (/* binding */ Checker),
/* harmony export */   fj: () => (/* binding */ join)
/* harmony export */ });
/* unused harmony export show */
/* harmony import */ var _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2869);
/**
 * A tiny path-aware reader for JSON documents (target files, memory-pool files): every error
 * names the file, the key path and the expected form, e.g.
 * `targets/my-board.json: units[0].rules.Conv[1].limit: expected a number, found "3"`.
 */

function show(v) {
    if (v === undefined)
        return 'nothing';
    if (Array.isArray(v))
        return `an array of ${v.length}`;
    if (v !== null && typeof v === 'object')
        return 'an object';
    return JSON.stringify(v);
}
class Checker {
    file;
    constructor(file) {
        this.file = file;
    }
    fail(path, message) {
        // (the message names the file: as the error's `file` too, the CLI's line would name it twice)
        throw new _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .FootprintError */ .E0('E_USAGE', `${this.file}: ${path === '' ? '(root)' : path}: ${message}`);
    }
    expected(path, what, found) {
        return this.fail(path, `expected ${what}, found ${show(found)}`);
    }
    parse(text) {
        try {
            return JSON.parse(text);
        }
        catch (e) {
            const msg = e instanceof Error ? e.message : String(e);
            return this.fail('(document)', `not valid JSON: ${msg}`);
        }
    }
    /** An object whose keys are all in `allowed`; any keys when `allowed` is 'any'. */
    object(v, path, allowed) {
        if (v === null || typeof v !== 'object' || Array.isArray(v))
            return this.expected(path, 'an object', v);
        const o = v;
        if (allowed === 'any')
            return o;
        for (const k of Object.keys(o)) {
            if (!allowed.includes(k))
                this.fail(join(path, k), `unknown key (accepted: ${allowed.join(', ')})`);
        }
        return o;
    }
    array(v, path) {
        if (!Array.isArray(v))
            return this.expected(path, 'an array', v);
        return v;
    }
    string(v, path) {
        if (typeof v !== 'string')
            return this.expected(path, 'a string', v);
        return v;
    }
    number(v, path) {
        if (typeof v !== 'number' || !Number.isFinite(v))
            return this.expected(path, 'a number', v);
        return v;
    }
    boolean(v, path) {
        if (typeof v !== 'boolean')
            return this.expected(path, 'true or false', v);
        return v;
    }
    oneOf(v, path, choices) {
        if (typeof v !== 'string' || !choices.includes(v))
            return this.expected(path, `one of ${choices.map((c) => `"${c}"`).join(', ')}`, v);
        return v;
    }
    numbers(v, path) {
        return this.array(v, path).map((x, i) => this.number(x, `${path}[${i}]`));
    }
    strings(v, path) {
        return this.array(v, path).map((x, i) => this.string(x, `${path}[${i}]`));
    }
    /** Refuses the first item of `items` (read from the list at `path`) named as one before it: a report names them. */
    distinctNames(items, path, what) {
        const seen = new Set();
        items.forEach((x, i) => {
            if (seen.has(x.name))
                this.fail(`${path}[${i}].name`, `duplicate ${what} name "${x.name}"`);
            seen.add(x.name);
        });
    }
}
function join(path, key) {
    if (path === '')
        return key;
    return /^[A-Za-z_*][\w*]*$/.test(key) ? `${path}.${key}` : `${path}["${key}"]`;
}


/***/ }),

/***/ 3750:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZW: () => (/* binding */ CORE_NAMES),
/* harmony export */   b2: () => (/* binding */ CORES),
/* harmony export */   bR: () => (/* binding */ targetSimd)
/* harmony export */ });
/* unused harmony export M4_OVER_M7 */
/**
 * Cycles per MAC (and per element, per layer) of the CPU kernels, per Arm Cortex-M core
 * (METRICS.md "Latency"). One home for every constant and its origin.
 *
 * Cortex-M7: FITTED on the MLPerf Tiny v1.2 results of STMicroelectronics with X-CUBE-AI 9.0 on a
 * NUCLEO-H7A3ZI-Q at 280 MHz (kws 11.32 ms, vww 23.80 ms, resnet 40.84 ms, ad01 1.23 ms;
 * mlcommons/tiny_results_v1.2 @ cadb362): `fully-connected` from ad01 (all fully connected), the
 * three convolution rates from the other three models (an exact fit: three models, three rates).
 * Cortex-M4: the M7 rates times one factor, FITTED on ad01 on a NUCLEO-L4R5ZI at 120 MHz (5.26 ms)
 * and CHECKED on the other three models of that board (bench/latency.ts prints the ratios).
 * The per-layer and per-element costs are assumptions (a function call and a requantization),
 * not fitted. The other cores are NOT CALIBRATED (no published figure here): their rates are the
 * M4's or M7's scaled by their datapath, and reports say so.
 */
/** Per-layer cost: a kernel call and its setup (assumed, not fitted). */
const PER_LAYER = 1000;
/** Cycles per element of an element-wise int8 layer (load, requantize, store; assumed). */
const PER_ELEMENT = 4;
const M7_INT8 = {
    pointwise: 0.503, conv: 0.725, depthwise: 0.725, 'few-channels': 5.888, 'fully-connected': 1.258, elementwise: PER_ELEMENT,
};
/** FITTED on ad01 on the L4R5 (5.26 ms at 120 MHz): its M4 rate over the M7's. */
const M4_OVER_M7 = 1.858;
function scaled(r, k) {
    return Object.fromEntries(Object.entries(r).map(([kind, v]) => [kind, Math.round(v * k * 1000) / 1000]));
}
/** Float kernels: single-precision FMA without SIMD, about twice the int8 cycles (not calibrated). */
const FLOAT_OVER_INT8 = 2;
const M4_INT8 = scaled(M7_INT8, M4_OVER_M7);
const CORES = {
    'cortex-m7': { int8: M7_INT8, float: scaled(M7_INT8, FLOAT_OVER_INT8), perLayer: PER_LAYER, calibrated: true, simd: 'dsp', source: 'fitted on MLPerf Tiny v1.2, X-CUBE-AI 9.0, NUCLEO-H7A3ZI-Q at 280 MHz' },
    'cortex-m4': { int8: M4_INT8, float: scaled(M4_INT8, FLOAT_OVER_INT8), perLayer: PER_LAYER, calibrated: true, simd: 'dsp', source: 'Cortex-M7 rates times a factor fitted on MLPerf Tiny v1.2 ad01, X-CUBE-AI 9.0, NUCLEO-L4R5ZI at 120 MHz' },
    // Same 3-stage pipeline and DSP extension as the M4.
    'cortex-m33': { int8: M4_INT8, float: scaled(M4_INT8, FLOAT_OVER_INT8), perLayer: PER_LAYER, calibrated: false, simd: 'dsp', source: 'not calibrated: the Cortex-M4 rates (same pipeline and DSP extension)' },
    // Helium (MVE) processes 16 int8 lanes per beat pair: taken as twice the M7's throughput.
    'cortex-m55': { int8: scaled(M7_INT8, 0.5), float: scaled(M7_INT8, 1), perLayer: PER_LAYER, calibrated: false, simd: 'helium', source: 'not calibrated: half the Cortex-M7 rates (Helium vector extension)' },
    // No DSP extension: one 32-bit MAC per cycle at best, no SIMD.
    'cortex-m0plus': { int8: scaled(M4_INT8, 3), float: scaled(M4_INT8, 30), perLayer: PER_LAYER, calibrated: false, simd: 'none', source: 'not calibrated: three times the Cortex-M4 rates (no DSP extension; float is emulated in software)' },
};
const CORE_NAMES = Object.keys(CORES);
/** The SIMD extension of the target's CPU (its first CPU unit with a known core); 'dsp' when none says. */
function targetSimd(target) {
    for (const u of target.units) {
        if (u.kind !== 'cpu' || !u.cost || !('core' in u.cost))
            continue;
        const c = CORES[u.cost.core];
        if (c)
            return c.simd;
    }
    return 'dsp';
}


/***/ }),

/***/ 803:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Kv: () => (/* binding */ DEFAULT_TARGET),
  Vc: () => (/* binding */ builtinTarget),
  vb: () => (/* binding */ isBuiltinTarget),
  tH: () => (/* binding */ looksLikeTargetFile),
  hu: () => (/* binding */ parseTarget)
});

// UNUSED EXPORTS: BUILTIN_TARGETS, loadTarget

// EXTERNAL MODULE: ./src/diagnostics/diagnostic.ts
var diagnostic = __webpack_require__(2869);
// EXTERNAL MODULE: ./src/ir/op-kinds.ts
var op_kinds = __webpack_require__(7010);
// EXTERNAL MODULE: ./src/units/frequency.ts
var frequency = __webpack_require__(4881);
// EXTERNAL MODULE: ./src/targets/cores.ts
var cores = __webpack_require__(3750);
// EXTERNAL MODULE: ./src/targets/check.ts
var check = __webpack_require__(4950);
;// CONCATENATED MODULE: ./src/targets/validate-cost.ts
/** A unit's latency model (`cost`) as target files write it (METRICS.md "Latency"). */



const COST_KEYS = ['core', 'clock', 'clockHz', 'macsPerSecond', 'utilization', 'weightBytesPerSecond', 'activationBytesPerSecond', 'perLayerCycles', 'perLayerUs', 'perMode', 'fitted', 'source'];
function readClock(c, v, path) {
    const hz = (0,frequency/* frequencyOf */.y)(v);
    if (hz === undefined)
        return c.expected(path, 'a clock frequency ("480MHz", "1GHz" or hertz as a number)', v);
    return hz;
}
/** A number above 0 (and at most `max`), or undefined when absent. */
function positive(c, v, path, max = Infinity, what = 'a positive number') {
    if (v === undefined)
        return undefined;
    const n = c.number(v, path);
    if (!(n > 0 && n <= max))
        c.expected(path, what, n);
    return n;
}
function required(c, v, path, what) {
    return positive(c, v, path, Infinity, what) ?? c.expected(path, what, v);
}
function readPerMode(c, v, path) {
    const out = {};
    for (const [mode, m] of Object.entries(c.object(v, path, Object.keys(v ?? {})))) {
        const at = (0,check/* join */.fj)(path, mode);
        const o = c.object(m, at, ['macsPerSecond', 'perLayerUs']);
        const us = c.number(o['perLayerUs'], (0,check/* join */.fj)(at, 'perLayerUs'));
        if (!(us >= 0))
            c.expected((0,check/* join */.fj)(at, 'perLayerUs'), 'a number >= 0', us);
        out[mode] = { macsPerSecond: required(c, o['macsPerSecond'], (0,check/* join */.fj)(at, 'macsPerSecond'), 'a positive number'), perLayerUs: us };
    }
    return out;
}
/**
 * `{ "core": "cortex-m7", "clock": "480MHz" }` or `{ "macsPerSecond": 3e11, "clock": "1GHz", "source": "..." }`;
 * `clockHz` (hertz) is accepted for `clock`, so a loaded Target written back as JSON reads the same.
 */
function readCost(c, v, path) {
    const o = c.object(v, path, COST_KEYS);
    if (o['clockHz'] !== undefined && o['clock'] !== undefined)
        c.fail(path, 'give "clock" or "clockHz", not both');
    const clock = o['clock'] ?? o['clockHz'];
    if (o['core'] !== undefined) {
        if (o['macsPerSecond'] !== undefined)
            c.fail(path, 'give "core" (a CPU) or "macsPerSecond" (an accelerator), not both');
        return { core: c.oneOf(o['core'], (0,check/* join */.fj)(path, 'core'), cores/* CORE_NAMES */.ZW), clockHz: readClock(c, clock, (0,check/* join */.fj)(path, 'clock')) };
    }
    const cost = {
        macsPerSecond: required(c, o['macsPerSecond'], (0,check/* join */.fj)(path, 'macsPerSecond'), 'a positive number of MACs per second'),
        source: c.string(o['source'], (0,check/* join */.fj)(path, 'source')),
    };
    if (clock !== undefined)
        cost.clockHz = readClock(c, clock, (0,check/* join */.fj)(path, 'clock'));
    const u = positive(c, o['utilization'], (0,check/* join */.fj)(path, 'utilization'), 1, 'a number in (0, 1]');
    if (u !== undefined)
        cost.utilization = u;
    const w = positive(c, o['weightBytesPerSecond'], (0,check/* join */.fj)(path, 'weightBytesPerSecond'));
    if (w !== undefined)
        cost.weightBytesPerSecond = w;
    const a = positive(c, o['activationBytesPerSecond'], (0,check/* join */.fj)(path, 'activationBytesPerSecond'));
    if (a !== undefined)
        cost.activationBytesPerSecond = a;
    if (o['perMode'] !== undefined)
        cost.perMode = readPerMode(c, o['perMode'], (0,check/* join */.fj)(path, 'perMode'));
    if (o['perLayerUs'] !== undefined) {
        const us = c.number(o['perLayerUs'], (0,check/* join */.fj)(path, 'perLayerUs'));
        if (!(us >= 0))
            c.expected((0,check/* join */.fj)(path, 'perLayerUs'), 'a number >= 0', us);
        cost.perLayerUs = us;
    }
    const p = positive(c, o['perLayerCycles'], (0,check/* join */.fj)(path, 'perLayerCycles'));
    if (p !== undefined) {
        if (cost.clockHz === undefined)
            c.fail((0,check/* join */.fj)(path, 'perLayerCycles'), 'needs "clock" (cycles at which clock?)');
        cost.perLayerCycles = p;
    }
    if (o['fitted'] !== undefined)
        cost.fitted = c.boolean(o['fitted'], (0,check/* join */.fj)(path, 'fitted'));
    return cost;
}

// EXTERNAL MODULE: ./src/targets/validate-pool.ts
var validate_pool = __webpack_require__(633);
// EXTERNAL MODULE: ./src/targets/rules/index.ts + 11 modules
var rules = __webpack_require__(8992);
;// CONCATENATED MODULE: ./src/targets/validate.ts
/** Target files (JSON) -> Target, with errors naming the key path and the expected form. */





const TARGET_KEYS = ['$schema', 'name', 'description', 'disclaimer', 'sources', 'planner', 'alignment', 'options', 'units', 'pools', 'toolchain', 'npuMode', 'npuModes'];
const UNIT_KEYS = ['name', 'kind', 'description', 'common', 'rules', 'cost'];
const REF_KEYS = ['rule', 'limit', 'severity', 'except', 'note', 'attr', 'hint'];
const FORMS = {
    number: 'a number',
    range: 'an array of two numbers [min, max]',
    numbers: 'an array of numbers',
    strings: 'an array of strings',
    ops: 'an array of operator kinds',
    string: 'a string',
};
function readOp(c, v, path) {
    const s = c.string(v, path);
    if (!(0,op_kinds/* isOpKind */.w)(s))
        c.expected(path, 'an operator kind (src/ir/op-kinds.ts, e.g. "Conv", "Gemm")', s);
    return s;
}
function readLimit(c, v, path, ruleId) {
    const def = rules/* RULE_DEFS */.Q1.get(ruleId);
    if (!def)
        return undefined;
    if (def.limitForm === 'none') {
        if (v !== undefined)
            c.fail(path, `rule "${ruleId}" takes no limit`);
        return undefined;
    }
    if (v === undefined)
        return c.expected(path, `${FORMS[def.limitForm] ?? def.limitForm} (rule "${ruleId}" needs a limit)`, v);
    switch (def.limitForm) {
        case 'number': return c.number(v, path);
        case 'range': {
            const r = Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'number') ? v : c.expected(path, FORMS.range ?? '', v);
            if ((r[0] ?? 0) > (r[1] ?? 0))
                c.fail(path, `min ${r[0]} is larger than max ${r[1]}`);
            return r;
        }
        case 'numbers': return c.numbers(v, path);
        case 'strings': return c.strings(v, path);
        case 'ops': return c.array(v, path).map((x, i) => readOp(c, x, `${path}[${i}]`));
        case 'string': return def.choices ? c.oneOf(v, path, def.choices) : c.string(v, path);
    }
}
function readRef(c, v, path, inCommon) {
    const o = c.object(v, path, REF_KEYS);
    const rule = c.string(o['rule'], (0,check/* join */.fj)(path, 'rule'));
    if (!rules/* RULE_DEFS */.Q1.has(rule))
        c.expected((0,check/* join */.fj)(path, 'rule'), `a rule name (${[...rules/* RULE_DEFS */.Q1.keys()].join(', ')})`, rule);
    const ref = { rule };
    const limit = readLimit(c, o['limit'], (0,check/* join */.fj)(path, 'limit'), rule);
    if (limit !== undefined)
        ref.limit = limit;
    if (o['severity'] !== undefined)
        ref.severity = c.oneOf(o['severity'], (0,check/* join */.fj)(path, 'severity'), ['error', 'warning']);
    if (o['except'] !== undefined) {
        if (!inCommon)
            c.fail((0,check/* join */.fj)(path, 'except'), '"except" is only allowed in a unit\'s "common" rules');
        ref.except = c.array(o['except'], (0,check/* join */.fj)(path, 'except')).map((x, i) => readOp(c, x, `${(0,check/* join */.fj)(path, 'except')}[${i}]`));
    }
    if (o['note'] !== undefined)
        ref.note = c.string(o['note'], (0,check/* join */.fj)(path, 'note'));
    if (o['hint'] !== undefined)
        ref.hint = c.string(o['hint'], (0,check/* join */.fj)(path, 'hint'));
    const needsAttr = rules/* RULE_DEFS */.Q1.get(rule)?.needsAttr === true;
    if (o['attr'] !== undefined) {
        if (!needsAttr)
            c.fail((0,check/* join */.fj)(path, 'attr'), `rule "${rule}" reads no attribute`);
        ref.attr = c.string(o['attr'], (0,check/* join */.fj)(path, 'attr'));
    }
    else if (needsAttr)
        c.expected((0,check/* join */.fj)(path, 'attr'), `the attribute rule "${rule}" reads (e.g. "auto_pad")`, undefined);
    return ref;
}
function readUnit(c, v, path) {
    const o = c.object(v, path, UNIT_KEYS);
    const unit = {
        name: c.string(o['name'], (0,check/* join */.fj)(path, 'name')),
        kind: c.oneOf(o['kind'], (0,check/* join */.fj)(path, 'kind'), ['npu', 'cpu']),
        common: o['common'] === undefined ? [] : c.array(o['common'], (0,check/* join */.fj)(path, 'common')).map((r, i) => readRef(c, r, `${(0,check/* join */.fj)(path, 'common')}[${i}]`, true)),
        rules: {},
    };
    if (o['description'] !== undefined)
        unit.description = c.string(o['description'], (0,check/* join */.fj)(path, 'description'));
    if (o['cost'] !== undefined)
        unit.cost = readCost(c, o['cost'], (0,check/* join */.fj)(path, 'cost'));
    const rp = (0,check/* join */.fj)(path, 'rules');
    const rules = c.object(o['rules'], rp, Object.keys(o['rules'] ?? {}));
    for (const [op, refs] of Object.entries(rules)) {
        const p = (0,check/* join */.fj)(rp, op);
        if (op !== '*' && !(0,op_kinds/* isOpKind */.w)(op))
            c.fail(p, `unknown operator kind "${op}" (see src/ir/op-kinds.ts; "*" means any other operator)`);
        unit.rules[op] = c.array(refs, p).map((r, i) => readRef(c, r, `${p}[${i}]`, false));
    }
    return unit;
}
function readToolchain(c, v, path) {
    const o = c.object(v, path, ['name', 'version', 'vocabulary']);
    const t = { name: c.string(o['name'], (0,check/* join */.fj)(path, 'name')), version: c.string(o['version'], (0,check/* join */.fj)(path, 'version')) };
    if (o['vocabulary'] !== undefined)
        t.vocabulary = c.oneOf(o['vocabulary'], (0,check/* join */.fj)(path, 'vocabulary'), ['pulsar2', 'kneron']);
    return t;
}
/** `npuModes` lists the configurations; `npuMode` picks one (the first when absent). */
function readNpuMode(c, o) {
    if (o['npuModes'] === undefined) {
        if (o['npuMode'] !== undefined)
            c.fail('npuMode', 'needs "npuModes", the list of configurations it picks from');
        return {};
    }
    const modes = c.strings(o['npuModes'], 'npuModes');
    if (modes.length === 0)
        c.fail('npuModes', 'expected at least one mode');
    const mode = o['npuMode'] === undefined ? modes[0] : c.oneOf(o['npuMode'], 'npuMode', modes);
    return { npuMode: mode, npuModes: modes };
}
function readSource(c, v, path) {
    const o = c.object(v, path, ['title', 'url']);
    return { title: c.string(o['title'], (0,check/* join */.fj)(path, 'title')), url: c.string(o['url'], (0,check/* join */.fj)(path, 'url')) };
}
/** Validates a parsed target document. `file` names it in errors. */
function validateTarget(doc, file) {
    const c = new check/* Checker */.A$(file);
    const o = c.object(doc, '', TARGET_KEYS);
    const units = c.array(o['units'], 'units').map((u, i) => readUnit(c, u, `units[${i}]`));
    if (units.length === 0)
        c.fail('units', 'expected at least one unit');
    c.distinctNames(units, 'units', 'unit');
    const options = {};
    if (o['options'] !== undefined) {
        const opts = c.object(o['options'], 'options', Object.keys(o['options'] ?? {}));
        for (const [k, v] of Object.entries(opts))
            options[k] = c.boolean(v, (0,check/* join */.fj)('options', k));
    }
    const alignment = o['alignment'] === undefined ? 4 : c.number(o['alignment'], 'alignment');
    if (!Number.isInteger(alignment) || alignment < 1)
        c.expected('alignment', 'a positive integer', alignment);
    const t = {
        name: c.string(o['name'], 'name'),
        description: o['description'] === undefined ? '' : c.string(o['description'], 'description'),
        disclaimer: o['disclaimer'] === undefined ? '' : c.string(o['disclaimer'], 'disclaimer'),
        sources: o['sources'] === undefined ? [] : c.array(o['sources'], 'sources').map((s, i) => readSource(c, s, `sources[${i}]`)),
        planner: o['planner'] === undefined ? 'st' : c.oneOf(o['planner'], 'planner', ['st', 'tflm']),
        alignment,
        options,
        units,
        pools: o['pools'] === undefined ? [] : c.array(o['pools'], 'pools').map((p, i) => (0,validate_pool/* readPool */.Xu)(c, p, `pools[${i}]`, i)),
        ...readNpuMode(c, o),
    };
    // the pools are told apart by name (their usage, spills and unplaced buffers are reported by it)
    c.distinctNames(t.pools, 'pools', 'pool');
    if (o['toolchain'] !== undefined)
        t.toolchain = readToolchain(c, o['toolchain'], 'toolchain');
    units.forEach((u, i) => {
        const modes = u.cost && 'perMode' in u.cost ? Object.keys(u.cost.perMode ?? {}) : [];
        for (const m of modes)
            if (!(t.npuModes ?? []).includes(m))
                c.fail(`units[${i}].cost.perMode.${m}`, `"${m}" is not one of the target's npuModes (${(t.npuModes ?? []).join(', ') || 'none'})`);
    });
    return t;
}

;// CONCATENATED MODULE: ./src/targets/extend.ts
/**
 * `"extends": "<built-in target>"` in a target file: the file is a patch over that target's
 * document, resolved before validation (so the result is validated like any target file).
 *
 * - Top-level fields replace the base's (`null` removes one); `options` is merged key by key.
 * - `units` and `pools` are merged by `name`: an entry naming a base entry changes only the fields
 *   it gives (`null` removes a field: `"size": null` makes a pool unbounded); a unit entry with
 *   `"from": "<base unit name>"` starts from that unit and renames it; entries naming nothing in
 *   the base are appended.
 * - Inside a unit, `rules` is merged operator by operator: a list replaces the base's list for that
 *   operator, `null` removes the operator (the unit no longer lists it).
 *
 *   { "extends": "ethos-u55-128", "name": "ethos-u65-256",
 *     "units": [{ "from": "Ethos-U55-128", "name": "Ethos-U65-256" }],
 *     "pools": [{ "name": "sram", "size": "2MB" }] }
 */

/** Deepest `extends` chain accepted (a built-in extending a built-in extending ...). */
const MAX_EXTENDS_DEPTH = 8;
function isObj(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
/**
 * `patch` over `base`, field by field: a value replaces the base's, `null` removes the field, and
 * the `deep` keys (a unit's `rules`, the target's `options`) merge one level down the same way.
 * `from` and `extends` are directives, not fields.
 */
function mergeFields(c, base, patch, path, deep = []) {
    const out = { ...base };
    for (const [k, v] of Object.entries(patch)) {
        if (k === 'from' || k === 'extends')
            continue;
        if (v === null)
            delete out[k];
        else if (deep.includes(k))
            out[k] = mergeFields(c, isObj(base[k]) ? base[k] : {}, isObj(v) ? v : c.expected((0,check/* join */.fj)(path, k), 'an object', v), (0,check/* join */.fj)(path, k));
        else
            out[k] = v;
    }
    return out;
}
/** Merges a list of named entries (units or pools) by name; `from` renames a base unit. */
function mergeNamed(c, base, patch, path, allowFrom) {
    const out = Array.isArray(base) ? base.filter(isObj).map((o) => ({ ...o })) : [];
    c.array(patch, path).forEach((p, i) => {
        const at = `${path}[${i}]`;
        if (!isObj(p))
            return c.expected(at, 'an object', p);
        const from = p['from'];
        if (from !== undefined && !allowFrom)
            c.fail((0,check/* join */.fj)(at, 'from'), '"from" is only allowed in units');
        const key = from ?? p['name'];
        if (from !== undefined && typeof from !== 'string')
            c.expected((0,check/* join */.fj)(at, 'from'), 'the name of a unit of the extended target', from);
        const j = out.findIndex((o) => o['name'] === key);
        if (j < 0) {
            if (from !== undefined)
                c.fail((0,check/* join */.fj)(at, 'from'), `the extended target has no unit named "${String(from)}" (it has ${out.map((o) => `"${String(o['name'])}"`).join(', ')})`);
            out.push(mergeFields(c, {}, p, at));
            return;
        }
        out[j] = mergeFields(c, out[j], p, at, allowFrom ? ['rules'] : []);
    });
    return out;
}
/** The base document with the patch applied (`extends` itself removed). */
function mergeTargetDoc(c, base, patch) {
    const { units, pools, ...rest } = patch;
    const out = mergeFields(c, base, rest, '', ['options']);
    if (units !== undefined)
        out['units'] = mergeNamed(c, base['units'], units, 'units', true);
    if (pools !== undefined)
        out['pools'] = mergeNamed(c, base['pools'], pools, 'pools', false);
    delete out['extends'];
    return out;
}
/**
 * Resolves `extends` (recursively, through built-in documents): `lookup` returns a built-in
 * target's raw document, `names` lists them for the error. Cycles and chains deeper than
 * MAX_EXTENDS_DEPTH are refused with the chain named.
 */
function resolveExtends(c, doc, lookup, names, chain = []) {
    if (!isObj(doc) || doc['extends'] === undefined)
        return doc;
    const ext = doc['extends'];
    if (typeof ext !== 'string')
        return c.expected('extends', 'the name of a built-in target', ext);
    if (chain.includes(ext))
        c.fail('extends', `"${ext}" extends itself (${[...chain, ext].join(' -> ')})`);
    if (chain.length >= MAX_EXTENDS_DEPTH)
        c.fail('extends', `more than ${MAX_EXTENDS_DEPTH} targets extend one another (${[...chain, ext].join(' -> ')})`);
    const base = lookup(ext);
    if (base === undefined)
        return c.expected('extends', `a built-in target name (${names.join(', ')})`, ext);
    const resolved = resolveExtends(c, base, lookup, names, [...chain, ext]);
    if (!isObj(resolved))
        return c.expected('extends', 'a target document', resolved);
    return mergeTargetDoc(c, resolved, doc);
}

;// CONCATENATED MODULE: ./src/targets/builtin/stm32h7.json
const stm32h7_namespaceObject = /*#__PURE__*/JSON.parse('{"name":"stm32h7","description":"STM32H7: Arm Cortex-M7, no accelerator; every layer runs in software (ST runtime).","disclaimer":"An estimate of ST Edge AI Core\'s report for STM32H7 from its public documentation, not the vendor tool: confirm with stedgeai.","sources":[{"title":"ST Edge AI Core - Command-line Interface (memory-pool files, report)","url":"https://stedgeai-dc.st.com/assets/embedded-docs/command_line_interface.html"},{"title":"ST Edge AI Core - ONNX toolbox support","url":"https://stedgeai-dc.st.com/assets/embedded-docs/supported_ops_onnx.html"}],"planner":"st","alignment":4,"units":[{"name":"Cortex-M7","kind":"cpu","description":"The ST runtime\'s integer (SW_INT) and float (SW_FLOAT) kernels.","cost":{"core":"cortex-m7","clock":"480MHz"},"common":[],"rules":{"*":[],"Custom":[{"rule":"no-kernel"}],"Unknown":[{"rule":"no-kernel"}],"If":[{"rule":"no-kernel"}],"Loop":[{"rule":"no-kernel"}],"Scan":[{"rule":"no-kernel"}]}}],"pools":[{"name":"ram","size":"512KB","address":"0x24000000","access":"rw","use":["activations"],"description":"AXI SRAM"},{"name":"flash","size":"2MB","address":"0x08000000","access":"ro","use":["weights"],"description":"internal flash"}]}');
;// CONCATENATED MODULE: ./src/targets/builtin/stm32n6.json
const stm32n6_namespaceObject = /*#__PURE__*/JSON.parse('{"name":"stm32n6","description":"STM32N6: ST Neural-ART NPU (int8 ss/sa) with an Arm Cortex-M55 for software epochs.","disclaimer":"An estimate of the ST Neural-ART compiler\'s HW/SW mapping from ST\'s public documentation, not the vendor compiler: confirm with stedgeai.","sources":[{"title":"ST Neural-ART NPU - Supported operators and limitations","url":"https://stedgeai-dc.st.com/assets/embedded-docs/stneuralart_operator_support.html"},{"title":"ST Neural-ART NPU concepts (programming model, epochs, memory pools)","url":"https://stedgeai-dc.st.com/assets/embedded-docs/stneuralart_programming_model.html"},{"title":"ST Neural-ART compiler primer","url":"https://stedgeai-dc.st.com/assets/embedded-docs/stneuralart_neural_art_compiler.html"},{"title":"ST Edge AI Core - Command-line Interface (memory-pool files)","url":"https://stedgeai-dc.st.com/assets/embedded-docs/command_line_interface.html"}],"planner":"st","alignment":4,"options":{"expand-softmax":false,"gelu-recognition":false,"swish-recognition":false,"channel-pad-transposes":true},"units":[{"name":"Neural-ART NPU","kind":"npu","description":"HW epochs: int8 layers quantized with scale/offset (ss/sa), static shapes, batch 1.","cost":{"macsPerSecond":300000000000,"clock":"1GHz","weightBytesPerSecond":138600000,"fitted":true,"source":"ST: Neural-ART Accelerator, 600 GOPS (300 GMAC/s) at 1 GHz (STM32N6 product page); weights streamed from the external octo-SPI flash at 138.6 MB/s, FITTED on the ST model zoo\'s yamnet_256_64x96_tl_int8 NPU time (1.07 ms, STM32N6570-DK, STEdgeAI Core 2.0.0) and CHECKED on TFLite Micro\'s person_detect (1.563 ms, NUCLEO-N657X0-Q, ST Edge AI Core 4.0.0): about a third of the xSPI\'s 400 MB/s peak (200 MHz, octal DTR)"},"common":[{"rule":"activation-dtype","limit":["int8"],"except":["Transpose"],"note":"Quantization scheme 8b/8b ss/sa: uint8 and float layers run in software on the Cortex-M55. Transposes move bytes of any type: in ST Edge AI Core 2.2\'s BlazeFace compilation the float input Transpose and the four float output Transposes are HW epochs."},{"rule":"quant-params"},{"rule":"no-hybrid"},{"rule":"static-shapes"},{"rule":"batch-one"},{"rule":"rank-max","limit":4}],"rules":{"Conv":[{"rule":"weight-dtype","limit":["int8"]},{"rule":"symmetric-output-1x1","limit":16,"note":"Seen in the ST Community thread \'STM32N6 NPU acceleration sometimes not used for 1x1 Conv or Gemm operations\' (atonn: \'HW lowering not done ... because output tensor has scale-offset format\' on 257-channel layers while other asymmetric layers stayed HW). Small prime counts stay HW: BlazeFace\'s asymmetric 2-channel 1x1 head (Conv2D_247) is a HW epoch in ST Edge AI Core 2.2\'s compilation (BA-EmbeddedAI c_info.json); 16 is the channels-not-prime threshold. Set 0 for the conservative reading (every prime count)."},{"rule":"channels-not-prime","limit":16,"severity":"warning","note":"Same thread: every software layer had 257 (prime) output channels."}],"ConvTranspose":[{"rule":"weight-dtype","limit":["int8"]}],"Gemm":[{"rule":"const-input","limit":1},{"rule":"weight-dtype","limit":["int8"]},{"rule":"symmetric-output-1x1","limit":16},{"rule":"channels-not-prime","limit":16,"severity":"warning"}],"MatMul":[{"rule":"const-input","limit":1},{"rule":"weight-dtype","limit":["int8"]},{"rule":"symmetric-output-1x1","limit":16},{"rule":"channels-not-prime","limit":16,"severity":"warning"}],"MaxPool":[{"rule":"pool-window-max","limit":3,"note":"Larger windows fall back to software."}],"AveragePool":[{"rule":"pool-window-max","limit":3,"note":"Larger windows fall back to software."}],"GlobalAveragePool":[{"rule":"global-pool-max","limit":4096,"note":"Estimate: ST documents that very large global pools fall back to software without a number."}],"GlobalMaxPool":[{"rule":"global-pool-max","limit":4096,"note":"Estimate, as GlobalAveragePool."}],"Add":[],"Sub":[],"Mul":[],"Max":[],"Min":[],"Relu":[],"Relu6":[],"Clip":[],"LeakyRelu":[],"PRelu":[],"Sigmoid":[],"Tanh":[],"HardSigmoid":[],"HardSwish":[],"Gelu":[{"rule":"option-enabled","limit":"gelu-recognition"}],"Swish":[{"rule":"option-enabled","limit":"swish-recognition"}],"Softmax":[{"rule":"option-enabled","limit":"expand-softmax","note":"Without it Softmax is a SW_INT epoch."}],"BatchNormalization":[],"Concat":[],"Pad":[],"Transpose":[{"rule":"transpose-innermost","note":"Seen in ST Edge AI Core 2.2\'s BlazeFace compilation (BA-EmbeddedAI c_info.json): the 22 Transposes with NCHW perm 0,2,1,3 are software epochs, the 13 that move the innermost axis (0,3,1,2; 0,2,3,1; 0,2,1) run in HW. ST documents no reason."}],"Resize":[],"DepthToSpace":[],"SpaceToDepth":[],"Split":[],"Slice":[],"StridedSlice":[],"Reshape":[],"Flatten":[],"Squeeze":[],"Unsqueeze":[],"Identity":[]}},{"name":"Cortex-M55","kind":"cpu","description":"SW epochs: the ST runtime\'s integer (SW_INT) and float (SW_FLOAT) kernels.","cost":{"core":"cortex-m55","clock":"800MHz"},"common":[],"rules":{"*":[],"Custom":[{"rule":"no-kernel"}],"Unknown":[{"rule":"no-kernel"}],"If":[{"rule":"no-kernel"}],"Loop":[{"rule":"no-kernel"}],"Scan":[{"rule":"no-kernel"}]}}],"pools":[{"name":"npuRAM3","size":"448KB","address":"0x34200000","access":"rw","use":["activations"],"description":"AXISRAM3, next to the NPU"},{"name":"npuRAM4","size":"448KB","address":"0x34270000","access":"rw","use":["activations"],"description":"AXISRAM4"},{"name":"npuRAM5","size":"448KB","address":"0x342E0000","access":"rw","use":["activations"],"description":"AXISRAM5"},{"name":"npuRAM6","size":"448KB","address":"0x34350000","access":"rw","use":["activations"],"description":"AXISRAM6"},{"name":"cpuRAM2","size":"1MB","address":"0x34100000","access":"rw","use":["activations"],"description":"AXISRAM2"},{"name":"hyperRAM","size":"16MB","address":"0x90000000","access":"rw","use":["activations"],"external":true,"description":"external PSRAM (xSPI1)"},{"name":"octoFlash","size":"61MB","address":"0x70380000","access":"ro","use":["weights"],"external":true,"description":"external octo-SPI flash (xSPI2)"}]}');
;// CONCATENATED MODULE: ./src/targets/builtin/ethos-u55-128.json
const ethos_u55_128_namespaceObject = /*#__PURE__*/JSON.parse('{"name":"ethos-u55-128","description":"Arm Ethos-U55-128 (128 MACs/cycle) as compiled by Vela, with a Cortex-M running TensorFlow Lite Micro for CPU operators.","disclaimer":"An estimate of Arm Vela\'s NPU/CPU placement from its published SUPPORTED_OPS constraints, not Vela itself: confirm with vela.","sources":[{"title":"Arm Ethos-U Vela: SUPPORTED_OPS.md (TFLite constraints)","url":"https://review.mlplatform.org/plugins/gitiles/ml/ethos-u/ethos-u-vela/+/HEAD/SUPPORTED_OPS.md"},{"title":"ethos-u-vela on PyPI (options, memory modes)","url":"https://pypi.org/project/ethos-u-vela/"},{"title":"Arm Ethos-U55-128 product page","url":"https://developer.arm.com/Processors/Ethos-U55"}],"planner":"tflm","alignment":16,"options":{"fold-shapes-only":true},"units":[{"name":"Ethos-U55-128","kind":"npu","description":"NPU operators: TFLite int8/uint8/int16 with quantization parameters.","common":[{"rule":"tensor-dtype","limit":["int8","uint8","int16","int32"],"except":["Custom"]},{"rule":"int32-ops","limit":["Add","Sub","Mul","Shape","ArgMax","Transpose"],"except":["Custom"]},{"rule":"quant-params","except":["Custom"]},{"rule":"int32-quant-params","except":["Custom","Shape","ArgMax","Transpose"],"note":"Vela 3.10 constraint_tens_quant_none_check (tflite_model_semantic.py): every input, weight and output tensor needs quantization parameters, except for SHAPE, ARG_MAX and TRANSPOSE."},{"rule":"rank-max","limit":4,"except":["Custom"]},{"rule":"dim-range","limit":[1,65535],"except":["Custom"]},{"rule":"static-shapes","except":["Custom"]},{"rule":"ifm-batch-one","except":["Custom","Gemm","MatMul","Reshape","Slice","Softmax","Split","Squeeze","StridedSlice","Unpack"],"note":"Vela 3.10 constraint_batch_size: the IFM\'s batch after padding its shape to 4-D (full_shape), except for the listed operators."},{"rule":"per-axis-ops","limit":["Conv","ConvTranspose"],"except":["Custom"]},{"rule":"fused-activation","limit":["Relu","Relu6","Clip","Tanh","Sigmoid"],"note":"RELU, RELU6, RELU_N1_TO_1 (Clip), TANH, LOGISTIC (Sigmoid).","except":["Custom"]}],"rules":{"Abs":[{"rule":"same-in-out-dtype","note":"Vela 3.10 constraint_matching_in_out_types."}],"Add":[{"rule":"broadcast-size1"}],"ArgMax":[],"AveragePool":[{"rule":"avgpool-same-kernel","limit":[1,8]},{"rule":"pool-kernel-height","limit":256},{"rule":"pool-kernel-area","limit":65536},{"rule":"pool-stride-max","limit":3},{"rule":"same-in-out-dtype","note":"Vela 3.10 constraint_matching_in_out_types."}],"Clip":[],"Concat":[],"Conv":[{"rule":"stride-range","limit":[1,3]},{"rule":"dilated-kernel-height","limit":64},{"rule":"dilated-kernel-area","limit":4096},{"rule":"weight-dtype","limit":["int8","uint8"]},{"rule":"const-input","limit":1},{"rule":"weights-sum","limit":8323072,"note":"127 * 65536, per output channel."},{"rule":"bias-type","limit":["int32","int64"]},{"rule":"symmetric-weights"},{"rule":"depth-multiplier"}],"ConvTranspose":[{"rule":"stride-range","limit":[1,3]},{"rule":"dilated-kernel-height","limit":64},{"rule":"dilated-kernel-area","limit":4096},{"rule":"weight-dtype","limit":["int8","uint8"]},{"rule":"const-input","limit":1},{"rule":"weights-sum","limit":8323072,"note":"127 * 65536, per output channel."},{"rule":"bias-type","limit":["int32","int64"]},{"rule":"symmetric-weights"},{"rule":"tconv-stride","limit":[1,2]}],"Custom":[{"rule":"custom-code","limit":["ethos-u"],"note":"A model already compiled by Vela: its operators run on the NPU inside the ethos-u custom operator."}],"Exp":[{"rule":"same-in-out-dtype","note":"Vela 3.10 constraint_matching_in_out_types."},{"rule":"activation-dtype","limit":["int8","int16"],"note":"Vela 3.10 SUPPORTED_OPS.md EXP: IFM must be int8 or int16."}],"Flatten":[],"Gemm":[{"rule":"weight-dtype","limit":["int8","uint8"]},{"rule":"const-input","limit":1},{"rule":"bias-type","limit":["int32","int64"]},{"rule":"fc-output-2d"}],"GlobalAveragePool":[],"HardSwish":[{"rule":"same-in-out-dtype","note":"Vela 3.10 constraint_matching_in_out_types."}],"Identity":[],"LSTM":[{"rule":"same-in-out-dtype","note":"Vela 3.10 constraint_matching_in_out_types."},{"rule":"activation-dtype","limit":["int8","int16"]},{"rule":"rank-max","limit":3,"note":"Vela 3.10 SUPPORTED_OPS.md UNIDIRECTIONAL_SEQUENCE_LSTM: int8 or int16, 3-D input and output. Its structural constraints (24 inputs, no CIFG, peephole, projection or normalisation) are not checked here."}],"LeakyRelu":[{"rule":"same-in-out-dtype","note":"Vela 3.10 constraint_matching_in_out_types."}],"MatMul":[{"rule":"weight-dtype","limit":["int8","uint8"]},{"rule":"const-input","limit":1}],"Max":[{"rule":"broadcast-size1"},{"rule":"same-in-out-dtype","note":"Vela 3.10 constraint_matching_in_out_types."}],"MaxPool":[{"rule":"pool-kernel-height","limit":256},{"rule":"pool-kernel-area","limit":65536},{"rule":"pool-stride-max","limit":3},{"rule":"same-in-out-dtype","note":"Vela 3.10 constraint_matching_in_out_types."}],"Min":[{"rule":"broadcast-size1"},{"rule":"same-in-out-dtype","note":"Vela 3.10 constraint_matching_in_out_types."}],"Mul":[{"rule":"broadcast-size1"}],"PRelu":[],"Pack":[],"Pad":[],"QuantizeLinear":[],"ReduceMean":[],"ReduceSum":[],"Relu":[],"Relu6":[],"Requantize":[],"Reshape":[{"rule":"const-input","limit":1,"note":"Vela 3.10 RESHAPE constraint \'Shape must be constant\'. Vela turns a SHAPE of a static tensor into a constant but folds nothing else, so a shape computed from it (SHAPE -> STRIDED_SLICE -> PACK -> RESHAPE, common in Keras exports) keeps the STRIDED_SLICE, the PACK and the RESHAPE on the CPU: the target option fold-shapes-only does the same with a TFLite file."}],"Resize":[],"Rsqrt":[{"rule":"same-in-out-dtype","note":"Vela 3.10 constraint_matching_in_out_types."},{"rule":"activation-dtype","limit":["int8"],"note":"Vela 3.10 SUPPORTED_OPS.md RSQRT: IFM must be int8."}],"Shape":[],"Sigmoid":[],"Slice":[],"Softmax":[{"rule":"same-in-out-dtype","note":"Vela 3.10 constraint_matching_in_out_types."}],"Split":[],"SquaredDifference":[{"rule":"broadcast-size1"}],"Squeeze":[],"StridedSlice":[],"Sub":[{"rule":"broadcast-size1"}],"Tanh":[],"Transpose":[{"rule":"vela-transpose","note":"Vela 3.10 constraint_transpose (tflite_supported_operators.py)."}],"Unpack":[],"Unsqueeze":[]},"cost":{"macsPerSecond":128000000000,"utilization":0.35,"weightBytesPerSecond":1875000000,"activationBytesPerSecond":8000000000,"perLayerCycles":250,"clock":"1GHz","source":"128 MACs per cycle at Vela\'s default 1 GHz; weights at 1.875 GB/s and feature maps at 8 GB/s (Vela 3.10\'s internal-default system configuration); utilization 0.35 and 250 cycles per layer FITTED on Vela 3.10\'s own NPU estimates of 11 corpus models (ethos-u55-128), checked on 10 others (test/reference/vela-latency.test.ts)"}},{"name":"Cortex-M (TFLM)","kind":"cpu","description":"CPU operators: TensorFlow Lite Micro reference / CMSIS-NN kernels. Latency: a Cortex-M55 host at 400 MHz (assumed; set --clock).","common":[],"rules":{"*":[],"Custom":[{"rule":"no-kernel"}],"Unknown":[{"rule":"no-kernel"}]},"cost":{"core":"cortex-m55","clock":"400MHz"}}],"pools":[{"name":"sram","size":"1MB","access":"rw","use":["activations"],"description":"tensor arena in on-chip SRAM (configurable: pass a memory-pool file)"},{"name":"flash","size":"16MB","access":"ro","use":["weights"],"external":true,"description":"off-chip flash holding the Vela command stream and weights"}]}');
;// CONCATENATED MODULE: ./src/targets/builtin/ethos-u55-256.json
const ethos_u55_256_namespaceObject = /*#__PURE__*/JSON.parse('{"extends":"ethos-u55-128","name":"ethos-u55-256","description":"Arm Ethos-U55-256 (256 MACs/cycle) as compiled by Vela, with a Cortex-M running TensorFlow Lite Micro for CPU operators.","sources":[{"title":"Arm Ethos-U Vela: SUPPORTED_OPS.md (TFLite constraints)","url":"https://review.mlplatform.org/plugins/gitiles/ml/ethos-u/ethos-u-vela/+/HEAD/SUPPORTED_OPS.md"},{"title":"ethos-u-vela on PyPI (options, memory modes)","url":"https://pypi.org/project/ethos-u-vela/"},{"title":"Arm Ethos-U55-256 product page","url":"https://developer.arm.com/Processors/Ethos-U55"}],"units":[{"from":"Ethos-U55-128","name":"Ethos-U55-256","cost":{"macsPerSecond":256000000000,"utilization":0.35,"weightBytesPerSecond":1875000000,"activationBytesPerSecond":8000000000,"perLayerCycles":250,"clock":"1GHz","source":"256 MACs per cycle at Vela\'s default 1 GHz; weights at 1.875 GB/s and feature maps at 8 GB/s (Vela 3.10\'s internal-default system configuration); utilization 0.35 and 250 cycles per layer FITTED on Vela 3.10\'s own NPU estimates of 11 corpus models (ethos-u55-128), checked on 10 others (test/reference/vela-latency.test.ts)"}}]}');
;// CONCATENATED MODULE: ./src/targets/builtin/ethos-u65-256.json
const ethos_u65_256_namespaceObject = /*#__PURE__*/JSON.parse('{"extends":"ethos-u55-128","name":"ethos-u65-256","description":"Arm Ethos-U65-256 (256 MACs/cycle) as compiled by Vela, with a Cortex-M running TensorFlow Lite Micro for CPU operators.","sources":[{"title":"Arm Ethos-U Vela: SUPPORTED_OPS.md (TFLite constraints)","url":"https://review.mlplatform.org/plugins/gitiles/ml/ethos-u/ethos-u-vela/+/HEAD/SUPPORTED_OPS.md"},{"title":"ethos-u-vela on PyPI (options, memory modes)","url":"https://pypi.org/project/ethos-u-vela/"},{"title":"Arm Ethos-U65-256 product page","url":"https://developer.arm.com/Processors/Ethos-U65"}],"units":[{"from":"Ethos-U55-128","name":"Ethos-U65-256","cost":{"macsPerSecond":256000000000,"utilization":0.35,"weightBytesPerSecond":1875000000,"activationBytesPerSecond":8000000000,"perLayerCycles":250,"clock":"1GHz","source":"256 MACs per cycle at Vela\'s default 1 GHz; weights at 1.875 GB/s and feature maps at 8 GB/s (Vela 3.10\'s internal-default system configuration); utilization 0.35 and 250 cycles per layer FITTED on Vela 3.10\'s own NPU estimates of 11 corpus models (ethos-u55-128), checked on 10 others (test/reference/vela-latency.test.ts)"}}],"pools":[{"name":"sram","size":"2MB"}]}');
;// CONCATENATED MODULE: ./src/targets/builtin/ax650.json
const ax650_namespaceObject = /*#__PURE__*/JSON.parse('{"name":"ax650","description":"Axera AX650 / M76H (Neutron v3 NPU: 3 groups of 2 CONV, 1 TENG, 1 SDMA) as compiled by Pulsar2, with Arm cores for CPU subgraphs.","disclaimer":"An estimate of Axera Pulsar2\'s NPU/CPU partition from its public operator list (Pulsar2 7.0 docs), not Pulsar2: confirm with pulsar2 build.","sources":[{"title":"Pulsar2 operator support list (AX650), pulsar2-docs-en @ 83fa86a (Pulsar2 7.0 docs)","url":"https://github.com/AXERA-TECH/pulsar2-docs-en/blob/83fa86a48e45efeda24d572d7514ffc58dfc480f/source/appendix/op_support_list_ax650.md"},{"title":"Pulsar2: Neutron NPU versions, npu_mode and resources","url":"https://github.com/AXERA-TECH/pulsar2-docs-en/blob/83fa86a48e45efeda24d572d7514ffc58dfc480f/source/neutron/introduction.md"},{"title":"Pulsar2 advanced build guide (--npu_mode, subgraphs, DDR limits)","url":"https://github.com/AXERA-TECH/pulsar2-docs-en/blob/83fa86a48e45efeda24d572d7514ffc58dfc480f/source/user_guides_advanced/advanced_build_guides.md"}],"planner":"st","alignment":4,"options":{"split-fused-activations":true},"toolchain":{"name":"Pulsar2","version":"7.0 (op_support_list_ax650.md, pulsar2-docs-en @ 83fa86a)","vocabulary":"pulsar2"},"npuModes":["NPU1","NPU2","NPU3"],"npuMode":"NPU1","units":[{"name":"AX650 NPU","kind":"npu","description":"NPU subgraphs (GraphType.NPU). npu_mode NPU1/NPU2/NPU3 uses 1/2/3 resource groups; it changes speed, not which operators run on the NPU. Placement as if quantized by Pulsar2 (U8/U16 activations): float models are its normal input. Also in the table, with no model-footprint operator kind (they read as Unknown): GridSample, GroupNormalization, InverseSigmoid, LpNormalization, RMSNormalization, RoiAlign, RotaryEmbedding, ScatterElements, SpatialTransformer.","common":[],"rules":{"Abs":[],"Add":[],"And":[],"ArgMax":[{"rule":"attr-in","attr":"select_last_index","limit":["0"]}],"ArgMin":[{"rule":"attr-in","attr":"select_last_index","limit":["0"]}],"AveragePool":[{"rule":"attr-in","attr":"auto_pad","limit":["NOTSET"]},{"rule":"attr-in","attr":"count_include_pad","limit":["1"],"note":"Checked only when the pool pads: without padding the attribute changes nothing."}],"BatchNormalization":[{"rule":"attr-in","attr":"training_mode","limit":["0"],"note":"The table also says \'momentum: Not supported\': exporters write momentum on every BatchNormalization and inference ignores it, so it is not checked."}],"Cast":[{"rule":"output-dtype","limit":["uint8","int8","uint16","int16","uint32","int32","float32"]}],"Ceil":[],"Clip":[],"Concat":[],"Constant":[],"ConstantOfShape":[],"Conv":[{"rule":"attr-in","attr":"auto_pad","limit":["NOTSET"]}],"ConvTranspose":[{"rule":"attr-in","attr":"auto_pad","limit":["NOTSET"]},{"rule":"attr-in","attr":"dilations","limit":["1"]},{"rule":"attr-absent","attr":"output_shape"},{"rule":"tconv-output-padding"}],"Cos":[],"DepthToSpace":[{"rule":"attr-in","attr":"mode","limit":["DCR"]}],"Div":[],"Elu":[],"Equal":[],"Erf":[],"Exp":[],"Expand":[],"Flatten":[],"Floor":[],"Gather":[{"rule":"indices-rank-max","limit":1}],"GatherElements":[],"GatherND":[],"Gelu":[],"Gemm":[{"rule":"attr-in","attr":"alpha","limit":["1"]},{"rule":"attr-in","attr":"beta","limit":["1"]}],"GlobalAveragePool":[],"GlobalMaxPool":[],"Greater":[],"GreaterOrEqual":[],"HardSigmoid":[],"HardSwish":[],"Identity":[],"InstanceNormalization":[],"LayerNormalization":[{"rule":"attr-in","attr":"axis","limit":["-1"]}],"LeakyRelu":[],"Less":[],"LessOrEqual":[],"LSTM":[{"rule":"attr-absent","attr":"activations"},{"rule":"attr-absent","attr":"activation_alpha"},{"rule":"attr-absent","attr":"activation_beta"},{"rule":"attr-absent","attr":"clip"},{"rule":"attr-in","attr":"input_forget","limit":["0"]},{"rule":"attr-in","attr":"layout","limit":["0"]},{"rule":"input-absent","limit":4,"note":"sequence_lens"},{"rule":"input-absent","limit":7,"note":"P (peepholes)"}],"LogSoftmax":[],"MatMul":[],"Max":[],"MaxPool":[{"rule":"attr-in","attr":"auto_pad","limit":["NOTSET"]},{"rule":"attr-in","attr":"dilations","limit":["1"]},{"rule":"attr-in","attr":"storage_order","limit":["0"]}],"Min":[],"Mish":[],"Mul":[],"Not":[],"Pad":[{"rule":"attr-in","attr":"mode","limit":["constant"]},{"rule":"input-absent","limit":3,"note":"axes"}],"Pow":[{"rule":"pow-exponent","limit":[]}],"PRelu":[{"rule":"prelu-slope"}],"ReduceL2":[{"rule":"attr-in","attr":"noop_with_empty_axes","limit":["0"]}],"ReduceMax":[{"rule":"attr-in","attr":"noop_with_empty_axes","limit":["0"]}],"ReduceMean":[{"rule":"attr-in","attr":"noop_with_empty_axes","limit":["0"]}],"ReduceMin":[{"rule":"attr-in","attr":"noop_with_empty_axes","limit":["0"]}],"ReduceSum":[{"rule":"attr-in","attr":"noop_with_empty_axes","limit":["0"]}],"Relu":[],"Reshape":[],"Resize":[{"rule":"attr-in","attr":"mode","limit":["nearest","linear"]},{"rule":"attr-in","attr":"nearest_mode","limit":["round_prefer_ceil"],"note":"Checked for nearest-neighbour resizes only (ONNX reads nearest_mode only then)."}],"Sigmoid":[],"Round":[],"ScatterND":[],"Swish":[],"Sin":[],"Slice":[],"Softmax":[],"Softplus":[],"SpaceToDepth":[],"Split":[],"Sqrt":[],"Squeeze":[],"Sub":[],"Tanh":[],"Tile":[],"TopK":[],"Transpose":[],"Unsqueeze":[],"Where":[],"Xor":[],"Relu6":[],"StridedSlice":[]},"cost":{"macsPerSecond":3699400000000,"perMode":{"NPU1":{"macsPerSecond":1713100000000,"perLayerUs":6.395},"NPU3":{"macsPerSecond":3699400000000,"perLayerUs":3.061},"NPU2":{"macsPerSecond":2706300000000,"perLayerUs":4.728}},"source":"an effective MAC rate and a time per NPU layer for each npu_mode, fitted on MobileNetv2 224 and ResNet50 224 (AXERA-TECH/ax-samples @ 2d08c3c7, benchmark/Benchmark_AX650N.md, as collected in ../shared/docs/vendors/vendors.md C.1 (board measurements); AXera-Pi Pro, Pulsar2 3.2, \\"1 Core\\" = NPU1, \\"3 Cores\\" = NPU3), checked on SqueezeNetv11 227 and Inceptionv1 224; NPU2 interpolated"}},{"name":"CPU","kind":"cpu","description":"CPU subgraphs (GraphType.CPU): operators outside the NPU list, run by the Arm cores. Axera publishes no CPU-operator list; Pulsar2 may stop instead (\\"dont support onnx.X opr in AXOPS\\").","common":[],"rules":{"*":[],"Custom":[{"rule":"no-kernel"}],"Unknown":[{"rule":"no-kernel"}],"If":[{"rule":"no-kernel"}],"Loop":[{"rule":"no-kernel"}],"Scan":[{"rule":"no-kernel"}]}}],"pools":[{"name":"ddr-activations","access":"rw","use":["activations"],"external":true,"description":"DDR: the NPU\'s on-chip memory (OCM) size is not published, so activations are placed in DDR (unbounded); override pools in a target file"},{"name":"ddr-weights","access":"ro","use":["weights"],"external":true,"description":"DDR: weights (npu_params), unbounded"}]}');
;// CONCATENATED MODULE: ./src/targets/builtin/ax620e.json
const ax620e_namespaceObject = /*#__PURE__*/JSON.parse('{"extends":"ax650","name":"ax620e","description":"Axera AX620E family (AX630C, AX620Q; Neutron v4 NPU: 1 CONV, 1 TENG, 1 SDMA) as compiled by Pulsar2, with Arm cores for CPU subgraphs.","sources":[{"title":"Pulsar2 operator support list (AX620E), pulsar2-docs-en @ 83fa86a (Pulsar2 7.0 docs)","url":"https://github.com/AXERA-TECH/pulsar2-docs-en/blob/83fa86a48e45efeda24d572d7514ffc58dfc480f/source/appendix/op_support_list_ax620e.md"},{"title":"Pulsar2: Neutron NPU versions, npu_mode and resources","url":"https://github.com/AXERA-TECH/pulsar2-docs-en/blob/83fa86a48e45efeda24d572d7514ffc58dfc480f/source/neutron/introduction.md"},{"title":"Pulsar2 advanced build guide (--npu_mode, subgraphs, DDR limits)","url":"https://github.com/AXERA-TECH/pulsar2-docs-en/blob/83fa86a48e45efeda24d572d7514ffc58dfc480f/source/user_guides_advanced/advanced_build_guides.md"}],"toolchain":{"name":"Pulsar2","version":"7.0 (op_support_list_ax620e.md, pulsar2-docs-en @ 83fa86a)","vocabulary":"pulsar2"},"npuModes":["NPU1","NPU2"],"npuMode":"NPU1","units":[{"from":"AX650 NPU","name":"AX620E NPU","description":"NPU subgraphs (GraphType.NPU). npu_mode NPU1 is one vNPU with less OCM; NPU2 the whole NPU. Placement as if quantized by Pulsar2 (U8/U16 activations): float models are its normal input. Also in the table, with no model-footprint operator kind (they read as Unknown): GridSample, LpNormalization, SpatialTransformer.","rules":{"And":null,"Cos":null,"Floor":null,"GatherElements":null,"GatherND":null,"LogSoftmax":null,"Not":null,"ReduceMin":null,"Round":null,"ScatterND":null,"Tile":null,"Xor":null},"cost":{"macsPerSecond":821660000000,"perLayerUs":8.448,"source":"an effective MAC rate and a time per NPU layer, fitted on MobileNetv2 224 and ResNet50 224 (AXERA-TECH/ax-samples @ 2d08c3c7, benchmark/Benchmark_AX630C.md, as collected in ../shared/docs/vendors/vendors.md C.1 (board measurements); AX630C (\\"@3.2T\\", Pulsar2 2.5), the npu_mode not stated), checked on SqueezeNetv11 227 and Inceptionv1 224"}}]}');
;// CONCATENATED MODULE: ./src/targets/builtin/ax615.json
const ax615_namespaceObject = /*#__PURE__*/JSON.parse('{"extends":"ax650","name":"ax615","description":"Axera AX615 (Neutron v6 NPU: 1 CONV, 1 TENG, 1 SDMA) as compiled by Pulsar2, with Arm cores for CPU subgraphs.","sources":[{"title":"Pulsar2 operator support list (AX615), pulsar2-docs-en @ 83fa86a (Pulsar2 7.0 docs)","url":"https://github.com/AXERA-TECH/pulsar2-docs-en/blob/83fa86a48e45efeda24d572d7514ffc58dfc480f/source/appendix/op_support_list_ax615.md"},{"title":"Pulsar2: Neutron NPU versions, npu_mode and resources","url":"https://github.com/AXERA-TECH/pulsar2-docs-en/blob/83fa86a48e45efeda24d572d7514ffc58dfc480f/source/neutron/introduction.md"},{"title":"Pulsar2 advanced build guide (--npu_mode, subgraphs, DDR limits)","url":"https://github.com/AXERA-TECH/pulsar2-docs-en/blob/83fa86a48e45efeda24d572d7514ffc58dfc480f/source/user_guides_advanced/advanced_build_guides.md"}],"toolchain":{"name":"Pulsar2","version":"7.0 (op_support_list_ax615.md, pulsar2-docs-en @ 83fa86a)","vocabulary":"pulsar2"},"npuModes":["NPU1","NPU2"],"npuMode":"NPU1","units":[{"from":"AX650 NPU","name":"AX615 NPU","description":"NPU subgraphs (GraphType.NPU). npu_mode NPU1 is one vNPU with less OCM; NPU2 the whole NPU. Placement as if quantized by Pulsar2 (U8/U16 activations): float models are its normal input. Also in the table, with no model-footprint operator kind (they read as Unknown): LpNormalization, SpatialTransformer.","rules":{"And":null,"ConstantOfShape":null,"Cos":null,"Floor":null,"GatherElements":null,"GatherND":null,"LogSoftmax":null,"Not":null,"ReduceMin":null,"ReduceSum":null,"Round":null,"ScatterND":null,"Tile":null,"Where":null,"Xor":null,"InstanceNormalization":[{"rule":"caution","limit":"Only for small sizes","severity":"warning"}],"LayerNormalization":[{"rule":"attr-in","attr":"axis","limit":["-1"]},{"rule":"caution","limit":"Only for small sizes","severity":"warning"}],"Neg":[]},"cost":{"macsPerSecond":450630000000,"perMode":{"NPU1":{"macsPerSecond":236330000000,"perLayerUs":63.25},"NPU2":{"macsPerSecond":450630000000,"perLayerUs":34.067}},"source":"an effective MAC rate and a time per NPU layer for each npu_mode, fitted on mobilenetv2 224 and resnet50 224 (AXERA-TECH/ax-samples @ 2d08c3c7, benchmark/Benchmark_AX615.md, as collected in ../shared/docs/vendors/vendors.md C.1 (board measurements); AX615 DEMO Board, Pulsar2 4.2, \\"1 Core\\" = NPU1, \\"2 Cores\\" = NPU2), not checked: no third published model is in the corpus"}}]}');
;// CONCATENATED MODULE: ./src/targets/builtin/m57.json
const m57_namespaceObject = /*#__PURE__*/JSON.parse('{"extends":"ax650","name":"m57","description":"Axera M57 (Neutron v6 NPU: 1 CONV, 1 TENG, 1 DAU, 1 SDMA; single-NPU mode) as compiled by Pulsar2, with Arm cores for CPU subgraphs.","sources":[{"title":"Pulsar2 operator support list (M57), pulsar2-docs-en @ 83fa86a (Pulsar2 7.0 docs)","url":"https://github.com/AXERA-TECH/pulsar2-docs-en/blob/83fa86a48e45efeda24d572d7514ffc58dfc480f/source/appendix/op_support_list_m57.md"},{"title":"Pulsar2: Neutron NPU versions, npu_mode and resources","url":"https://github.com/AXERA-TECH/pulsar2-docs-en/blob/83fa86a48e45efeda24d572d7514ffc58dfc480f/source/neutron/introduction.md"},{"title":"Pulsar2 advanced build guide (--npu_mode, subgraphs, DDR limits)","url":"https://github.com/AXERA-TECH/pulsar2-docs-en/blob/83fa86a48e45efeda24d572d7514ffc58dfc480f/source/user_guides_advanced/advanced_build_guides.md"}],"toolchain":{"name":"Pulsar2","version":"7.0 (op_support_list_m57.md, pulsar2-docs-en @ 83fa86a)","vocabulary":"pulsar2"},"npuModes":["NPU1"],"npuMode":"NPU1","units":[{"from":"AX650 NPU","name":"M57 NPU","description":"NPU subgraphs (GraphType.NPU). Placement as if quantized by Pulsar2 (U8/U16 activations): float models are its normal input. Also in the table, with no model-footprint operator kind (they read as Unknown): Bevpool, GridSample, GroupNormalization, InverseSigmoid, LpNormalization, RMSNormalization, RoiAlign, RotaryEmbedding, ScatterElements, SpatialTransformer.","rules":{"CumSum":[{"rule":"attr-in","attr":"exclusive","limit":["0"]},{"rule":"attr-in","attr":"reverse","limit":["0"]}],"DepthToSpace":[],"Neg":[]},"cost":{"macsPerSecond":1565900000000,"perLayerUs":10.828,"source":"an effective MAC rate and a time per NPU layer, fitted on mobilenetv2 224 and resnet50 224 (AXERA-TECH/ax-samples @ 2d08c3c7, benchmark/Benchmark_AX637.md, as collected in ../shared/docs/vendors/vendors.md C.1 (board measurements); AX637 (Pulsar2 4.2), the same Neutron v6 NPU as M57 (1 CONV, 1 TENG, 1 DAU, 1 SDMA, NPU1 only): no M57 figure is published), not checked: no third published model is in the corpus"}}]}');
;// CONCATENATED MODULE: ./src/targets/builtin/kl520.json
const kl520_namespaceObject = /*#__PURE__*/JSON.parse('{"extends":"kl720","name":"kl520","description":"Kneron KL520 NPU as compiled by the Kneron toolchain (ktc, BIE/NEF flow), with CPU nodes on the SoC\'s cores.","units":[{"from":"KL720 NPU","name":"KL520 NPU","description":"NPU nodes. Placement as if quantized by Kneron\'s flow (the chip\'s fixed-point formats): float ONNX is its normal input. Also listed for KL520, with no model-footprint operator kind: Upsample.","rules":{"ConvTranspose":null,"Exp":null,"Expand":null,"Flatten":null,"MatMul":null,"Mul":null,"Pow":null,"ReduceMean":null,"Reshape":null,"Sigmoid":null,"Slice":null,"Tanh":null,"Transpose":null,"StridedSlice":null,"AveragePool":[{"rule":"kneron-pool","limit":"kl520","note":"footnote (2): AveragePool 520 conditions: - (ceil_mode=0, count_include_pad=0, kernel is nxn, stride is nxn where n is power of 2 and n > 3) or - (ceil_mode=0, dilations={1,1}, kernel = 1 and stride > 1) or - (ceil_mode=0, count_include_pad=0, stride is sxs where s > 3) or - (2D pool, dilation == 1, kernel is kxk & stride is sxs where k <= 3 and s <= k)","hint":"Kneron\'s optimizer can replace an AveragePool with a depthwise Conv (kneronnxopt --replace-avgpool-with-conv) to avoid the CPU node; otherwise change the kernel or stride to a listed form."}],"Conv":[{"rule":"rank-max","limit":4},{"rule":"kernel-max","limit":12},{"rule":"stride-w-max","limit":16},{"rule":"stride-h-max","limit":4,"note":"footnote (6): conditions: rank <= 4 && kernel <= 12 && stride_w <= 16 && stride_h <= 4"}],"GlobalAveragePool":[{"rule":"rank-max","limit":4},{"rule":"global-pool-max","limit":256,"note":"footnote (19): conditions: rank <= 4 && row * col <= 256","hint":"Kneron\'s optimizer can split a large global pool into smaller pools that stay on the NPU (kneronnxopt --defuse-gaps)."}],"GlobalMaxPool":[{"rule":"rows-min","limit":4,"note":"footnote (21): conditions: row > 3 (row > 3: at least 4 rows)"}],"MaxPool":[{"rule":"kneron-pool","limit":"kl520","note":"footnote (24): Maxpool conditions: - (ceil_mode=0, dilations={1,1}, kernel = 1 and stride > 1) or - (ceil_mode=0, dilations={1,1}, kernel_h=kernel_w=stride_h=stride_w=K where K is power of 2 and K > 3) or - (ceil_mode=0, kernel > 3) or - (2D pool, dilation == 1, kernel is kxk & stride is sxs where 2 <= k <= 3 and s <= k)"}],"ReduceSum":[{"rule":"attr-in","attr":"keepdims","limit":["1"]},{"rule":"reduce-axes","limit":["channel"],"note":"footnote (32): conditions: keepdims = 1 && reduce in ch"}],"Resize":[{"rule":"attr-in","attr":"mode","limit":["nearest","linear"]},{"rule":"attr-in","attr":"extrapolation_value","limit":["0"]},{"rule":"rank-max","limit":4},{"rule":"attr-in","attr":"nearest_mode","limit":["floor"]},{"rule":"attr-in","attr":"coordinate_transformation_mode","limit":["half_pixel","pytorch_half_pixel","align_corners","asymmetric","half_pixel_symmetric"],"note":"footnote (34): conditions: mode != cubic && extrapolation_value is 0 && rank is 4 && phase_init is {0,0} && nearest_mode is floor if mode is nearest && coordinate_transformation_mode != tf_crop_and_resize (phase_init is the compiler\'s, not in the file)"}]},"cost":{"macsPerSecond":30341000000,"perLayerUs":130.246,"source":"an effective MAC rate and a time per NPU layer, fitted on Mobilenet v2 224 and Resnet50 v1.5 224 (Kneron document_center toolchain performance tables (IP evaluator, NPU only), as collected in ../shared/docs/vendors/vendors.md C.2; KDP520), not checked: no third published model is in the corpus"}}],"pools":[{"name":"ddr-activations","access":"rw","use":["activations"],"external":true,"description":"device DDR working buffers: on-chip SRAM sizes are not published, so activations are placed in DDR (unbounded; Kneron reserves 15 MB for working buffers)"},{"name":"ddr-model","access":"ro","use":["weights"],"external":true,"size":"35MB","description":"device DDR for the model (NEF) uploaded over USB: Kneron PLUS\'s published limit for KL520 (35MB; flash-loaded NEFs have a lower one)"}]}');
;// CONCATENATED MODULE: ./src/targets/builtin/kl720.json
const kl720_namespaceObject = /*#__PURE__*/JSON.parse('{"name":"kl720","description":"Kneron KL720 NPU as compiled by the Kneron toolchain (ktc, BIE/NEF flow), with CPU nodes on the SoC\'s cores.","disclaimer":"An estimate of the Kneron toolchain\'s NPU/CPU node split from its public operator table, not the toolchain: confirm with ktc\'s IP evaluator.","sources":[{"title":"Kneron toolchain: supported operators (document_center operators.md @ 470c8e9, 2026-03-06)","url":"https://github.com/kneron/document_center/blob/655441ccad20ae4eb70919018b2d92801bbed2bb/docs/toolchain/appendix/operators.md"},{"title":"Kneron toolchain: IP evaluator report (fx_report.md)","url":"https://github.com/kneron/document_center/blob/655441ccad20ae4eb70919018b2d92801bbed2bb/docs/toolchain/appendix/fx_report.md"},{"title":"Kneron PLUS: device DDR management (model size limits)","url":"https://github.com/kneron/document_center/blob/655441ccad20ae4eb70919018b2d92801bbed2bb/docs/plus_c/feature_guide/device_ddr_management.md"}],"planner":"st","alignment":16,"options":{"split-fused-activations":true},"toolchain":{"name":"Kneron toolchain","version":"operators.md @ 470c8e9 (2026-03-06)","vocabulary":"kneron"},"units":[{"name":"KL720 NPU","kind":"npu","description":"NPU nodes. Placement as if quantized by Kneron\'s flow (the chip\'s fixed-point formats): float ONNX is its normal input. Also listed for KL720, with no model-footprint operator kind: MaxRoiPool, Upsample.","common":[],"rules":{"Add":[{"rule":"rank-max","limit":4,"note":"footnote (1): rank <= 4D"}],"AveragePool":[{"rule":"kneron-pool","limit":"kl720","note":"footnote (3): AveragePool 720/530/630 conditions: - (ceil_mode=0, count_include_pad=0, kernel is nxn, stride is nxn where n is power of 2 and n > 3) or - (ceil_mode=0, dilations={1,1}, kernel = 1 and stride > 1) or - (ceil_mode=0, count_include_pad=0, stride is sxs where s > 3) or - (2D pool, dilation == 1, kernel is kxk & stride is sxs where k and s <= 3 or kernel_w & stride_w are 1 and kernel_h & stride_h <= 3 or kernel_h & stride_h are 1 and kernel_w = stride_w <= 3)","hint":"Kneron\'s optimizer can replace an AveragePool with a depthwise Conv (kneronnxopt --replace-avgpool-with-conv) to avoid the CPU node; otherwise change the kernel or stride to a listed form."}],"BatchNormalization":[{"rule":"rank-max","limit":4,"note":"footnote (1): rank <= 4D"}],"Clip":[{"rule":"clip-relu","note":"footnote (5): conditions: min = 0 && max >= 0"}],"Concat":[{"rule":"rank-max","limit":4,"note":"footnote (1): rank <= 4D"}],"Conv":[{"rule":"rank-max","limit":4},{"rule":"stride-w-max","limit":16},{"rule":"stride-h-max","limit":4,"note":"footnote (7): conditions: rank <= 4 && stride_w <= 16 && stride_h <= 4"}],"ConvTranspose":[{"rule":"stride-square"},{"rule":"stride-in","limit":[2],"note":"footnote (9): condition: stride is sxs where s = 2"}],"DepthToSpace":[{"rule":"input-channels","limit":[4]},{"rule":"attr-in","attr":"mode","limit":["CRD"]},{"rule":"attr-in","attr":"blocksize","limit":["2"],"note":"footnote (11): decompose contidion: in_shape = 1x4x?x? && out_shape = 1x1x?x? && mode = CRD && blocksize = 2"}],"Exp":[],"Expand":[{"rule":"expand-axes","limit":["row","column"],"note":"footnote (15): conditions: expend on column or row"}],"Flatten":[{"rule":"attr-in","attr":"axis","limit":["1"],"note":"footnote (17): conditions: axis = 1"}],"Gather":[{"rule":"single-index","note":"footnote (18): conditions: single index"}],"Gemm":[],"GlobalAveragePool":[{"rule":"rank-max","limit":4},{"rule":"global-pool-max","limit":16384,"note":"footnote (20): conditions: rank <= 4 && row * col <= 16384","hint":"Kneron\'s optimizer can split a large global pool into smaller pools that stay on the NPU (kneronnxopt --defuse-gaps)."}],"GlobalMaxPool":[],"LeakyRelu":[],"MatMul":[{"rule":"matmul-shape","limit":[4,4],"note":"footnote (22): conditions: - if second input is const - const input shape must be WxV or 1x1xWxV - else - rank = 4"}],"MaxPool":[{"rule":"kneron-pool","limit":"kl720","note":"footnote (24): Maxpool conditions: - (ceil_mode=0, dilations={1,1}, kernel = 1 and stride > 1) or - (ceil_mode=0, dilations={1,1}, kernel_h=kernel_w=stride_h=stride_w=K where K is power of 2 and K > 3) or - (ceil_mode=0, kernel > 3) or - (2D pool, dilation == 1, kernel is kxk & stride is sxs where 2 <= k <= 3 and s <= k)"}],"Mul":[{"rule":"rank-max","limit":4,"note":"footnote (1): rank <= 4D"}],"Neg":[],"PRelu":[],"Pad":[{"rule":"pad-no-batch"},{"rule":"pad-max","limit":31},{"rule":"pad-zero-constant","note":"footnote (26): conditions: not pad in batch && any pad in spatial < 32 && constant mode with 0 const_val"}],"Pow":[{"rule":"pow-exponent","limit":[2],"note":"footnote (29): conditions: power is 2"}],"ReduceMax":[{"rule":"attr-in","attr":"keepdims","limit":["1"],"note":"footnote (30): conditions: keepdims = 1"}],"ReduceMean":[{"rule":"attr-in","attr":"keepdims","limit":["1"]},{"rule":"reduce-axes","limit":["channel","row","column"],"note":"footnote (31): conditions: keepdims = 1 && reduce not in batch"}],"ReduceSum":[{"rule":"attr-in","attr":"keepdims","limit":["1"]},{"rule":"reduce-axes","limit":["channel","row","column"],"note":"footnote (31): conditions: keepdims = 1 && reduce not in batch"}],"Relu":[],"Reshape":[],"Resize":[{"rule":"attr-in","attr":"mode","limit":["nearest","linear"]},{"rule":"attr-in","attr":"extrapolation_value","limit":["0"]},{"rule":"rank-max","limit":4},{"rule":"resize-one-axis","note":"footnote (35): conditions: mode != cubic && extrapolation_value is 0 && rank is 4 && not both vus_en and hus_en enabled && phase_init_v >= 0 and delta_v <= 1 if vus_en enabled && phase_init_h >= 0 and delta_h <= 1 if hus_en enabled (vus_en / hus_en: vertical / horizontal upscaling; phase and delta are the compiler\'s)"}],"Sigmoid":[],"Slice":[{"rule":"rank-max","limit":4},{"rule":"slice-steps-one","note":"footnote (37): conditions: rank <= 4 && all of steps are 1"}],"Sub":[],"Tanh":[],"Transpose":[{"rule":"transpose-perms","limit":["0,1,3,2","0,2,1,3"],"note":"footnote (42): conditions: row_col_transpose && ch_row_transpose (read as: a row/column or a channel/row swap)"}],"Relu6":[],"StridedSlice":[{"rule":"rank-max","limit":4},{"rule":"slice-steps-one","note":"footnote (37): conditions: rank <= 4 && all of steps are 1"}]},"cost":{"macsPerSecond":226670000000,"perLayerUs":1.659,"source":"an effective MAC rate and a time per NPU layer, fitted on Mobilenet v2 224 and Resnet50 v1.5 224 (Kneron document_center toolchain performance tables (IP evaluator, NPU only), as collected in ../shared/docs/vendors/vendors.md C.2; KDP720), not checked: no third published model is in the corpus"}},{"name":"CPU","kind":"cpu","description":"CPU nodes: operators the NPU does not run (ioinfo.csv lines starting with \'c,\'); Kneron\'s SDK needs each one implemented and registered.","common":[],"rules":{"*":[],"Custom":[{"rule":"no-kernel"}],"Unknown":[{"rule":"no-kernel"}],"If":[{"rule":"no-kernel"}],"Loop":[{"rule":"no-kernel"}],"Scan":[{"rule":"no-kernel"}]}}],"pools":[{"name":"ddr-activations","access":"rw","use":["activations"],"external":true,"description":"device DDR working buffers: on-chip SRAM sizes are not published, so activations are placed in DDR (unbounded; Kneron reserves 15 MB for working buffers)"},{"name":"ddr-model","access":"ro","use":["weights"],"external":true,"size":"75MB","description":"device DDR for the model (NEF) uploaded over USB: Kneron PLUS\'s published limit for KL720 (75MB; flash-loaded NEFs have a lower one)"}]}');
;// CONCATENATED MODULE: ./src/targets/builtin/kl530.json
const kl530_namespaceObject = /*#__PURE__*/JSON.parse('{"extends":"kl720","name":"kl530","description":"Kneron KL530 NPU as compiled by the Kneron toolchain (ktc, BIE/NEF flow), with CPU nodes on the SoC\'s cores.","units":[{"from":"KL720 NPU","name":"KL530 NPU","description":"NPU nodes. Placement as if quantized by Kneron\'s flow (the chip\'s fixed-point formats): float ONNX is its normal input. Also listed for KL530, with no model-footprint operator kind: MaxRoiPool, Upsample.","rules":{"AveragePool":[{"rule":"kneron-pool","limit":"kl530","note":"footnote (3): AveragePool 720/530/630 conditions: - (ceil_mode=0, count_include_pad=0, kernel is nxn, stride is nxn where n is power of 2 and n > 3) or - (ceil_mode=0, dilations={1,1}, kernel = 1 and stride > 1) or - (ceil_mode=0, count_include_pad=0, stride is sxs where s > 3) or - (2D pool, dilation == 1, kernel is kxk & stride is sxs where k and s <= 3 or kernel_w & stride_w are 1 and kernel_h & stride_h <= 3 or kernel_h & stride_h are 1 and kernel_w = stride_w <= 3)","hint":"Kneron\'s optimizer can replace an AveragePool with a depthwise Conv (kneronnxopt --replace-avgpool-with-conv) to avoid the CPU node; otherwise change the kernel or stride to a listed form."}],"Conv":[{"rule":"rank-max","limit":4,"note":"footnote (8): conditions: rank <= 4"}],"ConvTranspose":[{"rule":"stride-square","note":"footnote (10): condition: stride is sxs"}],"DepthToSpace":[{"rule":"attr-in","attr":"blocksize","limit":["2","4"],"note":"footnote (12): conditions: blocksize = 2 or 4"}],"Div":[],"Elu":[],"Erf":[],"Expand":[{"rule":"expand-axes","limit":["channel","row","column"],"note":"footnote (16): conditions: expend on channel or column or row"}],"HardSigmoid":[],"MaxPool":[{"rule":"kneron-pool","limit":"kl530","note":"footnote (25): Maxpool conditions: - (ceil_mode=0, dilations={1,1}, kernel = 1 and stride > 1) or - (ceil_mode=0, dilations={1,1}, kernel_h=kernel_w=stride_h=stride_w=K where K is power of 2 and K > 3) or - (ceil_mode=0, kernel > 3) or - (2D pool, - dilation == 1, - kernel is kxk & stride is sxs where n and s <= 3 or - kernel_w & stride_w are 1 and kernel_h & stride_h <= 3 or - kernel_h & stride_h are 1 and kernel_w = stride_w <= 3)"}],"Reciprocal":[],"Resize":[{"rule":"attr-in","attr":"mode","limit":["nearest","linear"]},{"rule":"attr-in","attr":"extrapolation_value","limit":["0"],"note":"footnote (36): conditions: mode != cubic && extrapolation_value is 0"}],"Softmax":[],"SpaceToDepth":[{"rule":"attr-in","attr":"blocksize","limit":["2","4"],"note":"footnote (41): conditions: blocksize is 2 or 4"}],"Sqrt":[],"Transpose":[{"rule":"transpose-not-batch","note":"footnote (43): conditions: transpose not in batch"}]},"cost":{"macsPerSecond":157140000000,"perLayerUs":14.849,"source":"an effective MAC rate and a time per NPU layer, fitted on Mobilenet v2 224 and Resnet50 v1.5 224 (Kneron document_center toolchain performance tables (IP evaluator, NPU only), as collected in ../shared/docs/vendors/vendors.md C.2; KDP530), not checked: no third published model is in the corpus"}}],"pools":[{"name":"ddr-activations","access":"rw","use":["activations"],"external":true,"description":"device DDR working buffers: on-chip SRAM sizes are not published, so activations are placed in DDR (unbounded; Kneron reserves 15 MB for working buffers)"},{"name":"ddr-model","access":"ro","use":["weights"],"external":true,"description":"device DDR for the model (NEF): Kneron publishes no size limit for KL530"}]}');
;// CONCATENATED MODULE: ./src/targets/builtin/kl630.json
const kl630_namespaceObject = /*#__PURE__*/JSON.parse('{"extends":"kl530","name":"kl630","description":"Kneron KL630 NPU as compiled by the Kneron toolchain (ktc, BIE/NEF flow), with CPU nodes on the SoC\'s cores.","units":[{"from":"KL530 NPU","name":"KL630 NPU","description":"NPU nodes. Placement as if quantized by Kneron\'s flow (the chip\'s fixed-point formats): float ONNX is its normal input. Also listed for KL630, with no model-footprint operator kind: MaxRoiPool, Upsample.","rules":{},"cost":{"macsPerSecond":97550000000,"perLayerUs":21.832,"source":"an effective MAC rate and a time per NPU layer, fitted on Mobilenet v2 224 and Resnet50 v1.5 224 (Kneron document_center toolchain performance tables (IP evaluator, NPU only), as collected in ../shared/docs/vendors/vendors.md C.2; KDP630), not checked: no third published model is in the corpus"}}],"pools":[{"name":"ddr-activations","access":"rw","use":["activations"],"external":true,"description":"device DDR working buffers: on-chip SRAM sizes are not published, so activations are placed in DDR (unbounded; Kneron reserves 15 MB for working buffers)"},{"name":"ddr-model","access":"ro","use":["weights"],"external":true,"size":"60MB","description":"device DDR for the model (NEF) uploaded over USB: Kneron PLUS\'s published limit for KL630 (60MB; flash-loaded NEFs have a lower one)"}]}');
;// CONCATENATED MODULE: ./src/targets/builtin/kl730.json
const kl730_namespaceObject = /*#__PURE__*/JSON.parse('{"extends":"kl530","name":"kl730","description":"Kneron KL730 NPU as compiled by the Kneron toolchain (ktc, BIE/NEF flow), with CPU nodes on the SoC\'s cores.","units":[{"from":"KL530 NPU","name":"KL730 NPU","description":"NPU nodes. Placement as if quantized by Kneron\'s flow (the chip\'s fixed-point formats): float ONNX is its normal input. Also listed for KL730, with no model-footprint operator kind: MaxRoiPool, Upsample.","rules":{"Abs":[],"Add":[],"AveragePool":[{"rule":"kneron-pool","limit":"kl730","note":"footnote (4): AveragePool 730 conditions: - (ceil_mode=0, count_include_pad=0, kernel is nxn and stride is nxn where n is power of 2 and n > 3) or - (ceil_mode=0, count_include_pad=0, dilation = 1, kernel = 1 and stride > 1) or - (ceil_mode=0, count_include_pad=0, stride is sxs and s > 3) or - (1D/2D pool, dilation == 1, - kernel is kxk & stride is sxs where k and s <= 3 or - kernel is kx1 & stride is sx1 where k and s <= 3 or - kernel is 1xn & stride is 1xn where n <= 3)","hint":"Kneron\'s optimizer can replace an AveragePool with a depthwise Conv (kneronnxopt --replace-avgpool-with-conv) to avoid the CPU node; otherwise change the kernel or stride to a listed form."}],"Concat":[],"ConvTranspose":[],"InstanceNormalization":[],"LayerNormalization":[],"Log":[],"Loop":[],"MatMul":[{"rule":"matmul-shape","limit":[3,5],"note":"footnote (23): conditions: - if second input is const - const input shape must be WxV or 1x1xWxV - else - 3 <= rank <= 5"}],"Max":[],"MaxPool":[{"rule":"kneron-pool","limit":"kl730","note":"footnote (25): Maxpool conditions: - (ceil_mode=0, dilations={1,1}, kernel = 1 and stride > 1) or - (ceil_mode=0, dilations={1,1}, kernel_h=kernel_w=stride_h=stride_w=K where K is power of 2 and K > 3) or - (ceil_mode=0, kernel > 3) or - (2D pool, - dilation == 1, - kernel is kxk & stride is sxs where n and s <= 3 or - kernel_w & stride_w are 1 and kernel_h & stride_h <= 3 or - kernel_h & stride_h are 1 and kernel_w = stride_w <= 3)"}],"Mul":[],"Pad":[{"rule":"pad-no-batch"},{"rule":"pad-max","limit":31},{"rule":"pad-zero-constant","note":"footnote (27): conditions: not pad in batch && any of pad < 32 && constant mode with 0 const_val"}],"ReduceMin":[],"ReduceSum":[],"Sign":[],"Slice":[{"rule":"slice-steps-one","note":"footnote (38): conditions: all of steps are 1"}],"Split":[],"Transpose":[],"StridedSlice":[{"rule":"slice-steps-one","note":"footnote (38): conditions: all of steps are 1"}]},"cost":null}],"pools":[{"name":"ddr-activations","access":"rw","use":["activations"],"external":true,"description":"device DDR working buffers: on-chip SRAM sizes are not published, so activations are placed in DDR (unbounded; Kneron reserves 15 MB for working buffers)"},{"name":"ddr-model","access":"ro","use":["weights"],"external":true,"size":"350MB","description":"device DDR for the model (NEF) uploaded over USB: Kneron PLUS\'s published limit for KL730 (350MB; flash-loaded NEFs have a lower one)"}]}');
;// CONCATENATED MODULE: ./src/targets/builtin/stm32l4.json
const stm32l4_namespaceObject = /*#__PURE__*/JSON.parse('{"extends":"stm32h7","name":"stm32l4","description":"STM32L4 (L4R5/L4R9 class): Arm Cortex-M4 at 120 MHz, no accelerator.","units":[{"from":"Cortex-M7","name":"Cortex-M4","cost":{"core":"cortex-m4","clock":"120MHz"}}],"pools":[{"name":"ram","size":"640KB","address":"0x20000000","description":"main SRAM of a representative part (set pools in a target file or --memory-pool for yours)"},{"name":"flash","size":"2MB","address":"0x08000000","description":"internal flash of a representative part"}]}');
;// CONCATENATED MODULE: ./src/targets/builtin/stm32u5.json
const stm32u5_namespaceObject = /*#__PURE__*/JSON.parse('{"extends":"stm32h7","name":"stm32u5","description":"STM32U5 (U585 class): Arm Cortex-M33 at 160 MHz, no accelerator.","units":[{"from":"Cortex-M7","name":"Cortex-M33","cost":{"core":"cortex-m33","clock":"160MHz"}}],"pools":[{"name":"ram","size":"768KB","address":"0x20000000","description":"main SRAM of a representative part (set pools in a target file or --memory-pool for yours)"},{"name":"flash","size":"2MB","address":"0x08000000","description":"internal flash of a representative part"}]}');
;// CONCATENATED MODULE: ./src/targets/builtin/stm32u3.json
const stm32u3_namespaceObject = /*#__PURE__*/JSON.parse('{"extends":"stm32h7","name":"stm32u3","description":"STM32U3 (U385 class): Arm Cortex-M33 at 96 MHz, no accelerator.","units":[{"from":"Cortex-M7","name":"Cortex-M33","cost":{"core":"cortex-m33","clock":"96MHz"}}],"pools":[{"name":"ram","size":"256KB","address":"0x20000000","description":"main SRAM of a representative part (set pools in a target file or --memory-pool for yours)"},{"name":"flash","size":"1MB","address":"0x08000000","description":"internal flash of a representative part"}]}');
;// CONCATENATED MODULE: ./src/targets/builtin/stm32f4.json
const stm32f4_namespaceObject = /*#__PURE__*/JSON.parse('{"extends":"stm32h7","name":"stm32f4","description":"STM32F4 (F429/F446 class): Arm Cortex-M4 at 180 MHz, no accelerator.","units":[{"from":"Cortex-M7","name":"Cortex-M4","cost":{"core":"cortex-m4","clock":"180MHz"}}],"pools":[{"name":"ram","size":"256KB","address":"0x20000000","description":"main SRAM of a representative part (set pools in a target file or --memory-pool for yours)"},{"name":"flash","size":"2MB","address":"0x08000000","description":"internal flash of a representative part"}]}');
;// CONCATENATED MODULE: ./src/targets/builtin/stm32f7.json
const stm32f7_namespaceObject = /*#__PURE__*/JSON.parse('{"extends":"stm32h7","name":"stm32f7","description":"STM32F7 (F746 class): Arm Cortex-M7 at 216 MHz, no accelerator.","units":[{"from":"Cortex-M7","name":"Cortex-M7","cost":{"core":"cortex-m7","clock":"216MHz"}}],"pools":[{"name":"ram","size":"320KB","address":"0x20000000","description":"main SRAM of a representative part (set pools in a target file or --memory-pool for yours)"},{"name":"flash","size":"1MB","address":"0x08000000","description":"internal flash of a representative part"}]}');
;// CONCATENATED MODULE: ./src/targets/builtin/stm32g0.json
const stm32g0_namespaceObject = /*#__PURE__*/JSON.parse('{"extends":"stm32h7","name":"stm32g0","description":"STM32G0 (G0B1 class): Arm Cortex-M0+ at 64 MHz, no accelerator.","units":[{"from":"Cortex-M7","name":"Cortex-M0+","cost":{"core":"cortex-m0plus","clock":"64MHz"}}],"pools":[{"name":"ram","size":"144KB","address":"0x20000000","description":"main SRAM of a representative part (set pools in a target file or --memory-pool for yours)"},{"name":"flash","size":"512KB","address":"0x08000000","description":"internal flash of a representative part"}]}');
;// CONCATENATED MODULE: ./src/targets/builtin/cortex-m0plus.json
const cortex_m0plus_namespaceObject = /*#__PURE__*/JSON.parse('{"extends":"stm32h7","name":"cortex-m0plus","description":"A generic Arm Cortex-M0+ at 64 MHz (set --clock), no accelerator, unbounded memory: the CPU kernels\' cost without a board.","disclaimer":"An estimate of a Cortex-M0+ running CMSIS-NN-class kernels, from the file alone, not a measurement: confirm on the board.","sources":[{"title":"Arm Cortex-M processors","url":"https://developer.arm.com/Processors#q=cortex-m"}],"units":[{"from":"Cortex-M7","name":"Cortex-M0+","cost":{"core":"cortex-m0plus","clock":"64MHz"}}],"pools":[{"name":"ram","size":null,"address":null,"description":"unbounded: no board"},{"name":"flash","size":null,"address":null,"description":"unbounded: no board"}]}');
;// CONCATENATED MODULE: ./src/targets/builtin/cortex-m4.json
const cortex_m4_namespaceObject = /*#__PURE__*/JSON.parse('{"extends":"stm32h7","name":"cortex-m4","description":"A generic Arm Cortex-M4 at 120 MHz (set --clock), no accelerator, unbounded memory: the CPU kernels\' cost without a board.","disclaimer":"An estimate of a Cortex-M4 running CMSIS-NN-class kernels, from the file alone, not a measurement: confirm on the board.","sources":[{"title":"Arm Cortex-M processors","url":"https://developer.arm.com/Processors#q=cortex-m"}],"units":[{"from":"Cortex-M7","name":"Cortex-M4","cost":{"core":"cortex-m4","clock":"120MHz"}}],"pools":[{"name":"ram","size":null,"address":null,"description":"unbounded: no board"},{"name":"flash","size":null,"address":null,"description":"unbounded: no board"}]}');
;// CONCATENATED MODULE: ./src/targets/builtin/cortex-m7.json
const cortex_m7_namespaceObject = /*#__PURE__*/JSON.parse('{"extends":"stm32h7","name":"cortex-m7","description":"A generic Arm Cortex-M7 at 480 MHz (set --clock), no accelerator, unbounded memory: the CPU kernels\' cost without a board.","disclaimer":"An estimate of a Cortex-M7 running CMSIS-NN-class kernels, from the file alone, not a measurement: confirm on the board.","sources":[{"title":"Arm Cortex-M processors","url":"https://developer.arm.com/Processors#q=cortex-m"}],"units":[{"from":"Cortex-M7","name":"Cortex-M7","cost":{"core":"cortex-m7","clock":"480MHz"}}],"pools":[{"name":"ram","size":null,"address":null,"description":"unbounded: no board"},{"name":"flash","size":null,"address":null,"description":"unbounded: no board"}]}');
;// CONCATENATED MODULE: ./src/targets/builtin/cortex-m33.json
const cortex_m33_namespaceObject = /*#__PURE__*/JSON.parse('{"extends":"stm32h7","name":"cortex-m33","description":"A generic Arm Cortex-M33 at 160 MHz (set --clock), no accelerator, unbounded memory: the CPU kernels\' cost without a board.","disclaimer":"An estimate of a Cortex-M33 running CMSIS-NN-class kernels, from the file alone, not a measurement: confirm on the board.","sources":[{"title":"Arm Cortex-M processors","url":"https://developer.arm.com/Processors#q=cortex-m"}],"units":[{"from":"Cortex-M7","name":"Cortex-M33","cost":{"core":"cortex-m33","clock":"160MHz"}}],"pools":[{"name":"ram","size":null,"address":null,"description":"unbounded: no board"},{"name":"flash","size":null,"address":null,"description":"unbounded: no board"}]}');
;// CONCATENATED MODULE: ./src/targets/builtin/cortex-m55.json
const cortex_m55_namespaceObject = /*#__PURE__*/JSON.parse('{"extends":"stm32h7","name":"cortex-m55","description":"A generic Arm Cortex-M55 at 400 MHz (set --clock), no accelerator, unbounded memory: the CPU kernels\' cost without a board.","disclaimer":"An estimate of a Cortex-M55 running CMSIS-NN-class kernels, from the file alone, not a measurement: confirm on the board.","sources":[{"title":"Arm Cortex-M processors","url":"https://developer.arm.com/Processors#q=cortex-m"}],"units":[{"from":"Cortex-M7","name":"Cortex-M55","cost":{"core":"cortex-m55","clock":"400MHz"}}],"pools":[{"name":"ram","size":null,"address":null,"description":"unbounded: no board"},{"name":"flash","size":null,"address":null,"description":"unbounded: no board"}]}');
;// CONCATENATED MODULE: ./src/targets/load.ts
/**
 * Built-in targets (JSON files imported, so the ncc bundle carries them) and `loadTarget`, which
 * takes a built-in name or the text of a user's target file (the CLI reads the file; the core
 * never touches the file system).
 */





























const BUILTIN_DOCS = {
    stm32h7: stm32h7_namespaceObject,
    stm32n6: stm32n6_namespaceObject,
    'ethos-u55-128': ethos_u55_128_namespaceObject,
    'ethos-u55-256': ethos_u55_256_namespaceObject,
    'ethos-u65-256': ethos_u65_256_namespaceObject,
    ax650: ax650_namespaceObject,
    ax620e: ax620e_namespaceObject,
    ax615: ax615_namespaceObject,
    m57: m57_namespaceObject,
    kl520: kl520_namespaceObject,
    kl720: kl720_namespaceObject,
    kl530: kl530_namespaceObject,
    kl630: kl630_namespaceObject,
    kl730: kl730_namespaceObject,
    stm32l4: stm32l4_namespaceObject,
    stm32u5: stm32u5_namespaceObject,
    stm32u3: stm32u3_namespaceObject,
    stm32f4: stm32f4_namespaceObject,
    stm32f7: stm32f7_namespaceObject,
    stm32g0: stm32g0_namespaceObject,
    'cortex-m0plus': cortex_m0plus_namespaceObject,
    'cortex-m4': cortex_m4_namespaceObject,
    'cortex-m7': cortex_m7_namespaceObject,
    'cortex-m33': cortex_m33_namespaceObject,
    'cortex-m55': cortex_m55_namespaceObject,
};
const BUILTIN_TARGETS = Object.keys(BUILTIN_DOCS);
/** A `--target` / `targets:` value naming a target file rather than a built-in: a path or `*.json`. */
function looksLikeTargetFile(value) {
    return /[\\/]|\.json$/i.test(value);
}
/** The target when none is given (CLI, action, core): a CPU-only STM32. */
const DEFAULT_TARGET = 'stm32h7';
function isBuiltinTarget(name) {
    return Object.hasOwn(BUILTIN_DOCS, name);
}
const validated = new Map();
/**
 * A built-in target by name, validated like any user file, once per process (callers never
 * mutate a Target: withMemoryPools returns a copy).
 */
function builtinTarget(name) {
    const doc = BUILTIN_DOCS[name];
    if (doc === undefined) {
        throw new diagnostic/* FootprintError */.E0('E_USAGE', `unknown target "${name}"; built-in targets: ${BUILTIN_TARGETS.join(', ')} (or pass a target file: --target ./my-board.json)`);
    }
    let t = validated.get(name);
    if (t === undefined) {
        const file = `targets/builtin/${name}.json`;
        t = validateTarget(resolveExtends(new check/* Checker */.A$(file), doc, builtinDoc, BUILTIN_TARGETS, [name]), file);
        validated.set(name, t);
    }
    return t;
}
function builtinDoc(name) {
    return isBuiltinTarget(name) ? BUILTIN_DOCS[name] : undefined;
}
/** The text of a target file, its `extends` resolved against the built-ins, validated. */
function parseTarget(text, file) {
    const c = new check/* Checker */.A$(file);
    return validateTarget(resolveExtends(c, c.parse(text), builtinDoc, BUILTIN_TARGETS), file);
}
/**
 * `nameOrJsonText`: a built-in name (`stm32n6`) or the JSON text of a target file; `fileName`
 * names that file in errors (`my-board.json: units[0].rules.Conv[1].limit: expected a number...`).
 */
function loadTarget(nameOrJsonText, fileName = 'target.json') {
    const text = nameOrJsonText.trim();
    if (text.startsWith('{'))
        return parseTarget(text, fileName);
    return builtinTarget(text);
}


/***/ }),

/***/ 8992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q1: () => (/* binding */ RULE_DEFS),
  kb: () => (/* binding */ getRuleDef)
});

// UNUSED EXPORTS: formatLimit, opListed

// EXTERNAL MODULE: ./src/ir/dtype.ts
var dtype = __webpack_require__(7003);
// EXTERNAL MODULE: ./src/ops/table.ts + 13 modules
var table = __webpack_require__(7374);
// EXTERNAL MODULE: ./src/targets/rules/types.ts
var types = __webpack_require__(1251);
;// CONCATENATED MODULE: ./src/targets/rules/dtype.ts
/** Data-type and quantization rules (TARGETS.md: Neural-ART ss/sa int8; Vela's generic constraints). */



const QUANTIZE_HINT = 'Quantize the model to int8 (post-training quantization: ONNX QDQ or TFLite full-integer).';
/**
 * Vela's ifm, ifm2, weights and ofm: activations and constant operands, without a compute op's
 * bias and without inputs that only carry shapes or axes (Reshape's shape, Pad's pads...).
 */
function examined(ctx) {
    const skip = new Set((0,table/* getRule */.rF)(ctx.node.op).shapeInputs);
    if ((0,types/* isOp */.ko)(ctx, 'Conv', 'ConvTranspose', 'Gemm'))
        skip.add(2);
    const operands = (0,types/* constants */.AA)(ctx).filter((t) => !ctx.node.inputs.some((n, i) => n === t.name && skip.has(i)));
    return [...(0,types/* activations */.UG)(ctx), ...operands];
}
const activationDtype = {
    id: 'activation-dtype',
    limitForm: 'strings',
    doc: (l) => `Input and output activations must be ${(0,types/* formatLimit */.tW)(l)}.`,
    check(ctx) {
        const ok = (0,types/* strings */.P$)(ctx.limit);
        const bad = (0,types/* activations */.UG)(ctx).find((t) => t.dtype !== 'unknown' && !ok.includes(t.dtype));
        if (!bad)
            return undefined;
        return {
            value: bad.dtype,
            message: `${(0,types/* who */.dp)(ctx.node)}: tensor '${bad.name}' is ${bad.dtype}; ${ctx.unit.name} accepts activations of ${ok.join(', ')} only.`,
            hint: (0,dtype/* isFloat */.dk)(bad.dtype) || bad.dtype === 'uint8' ? QUANTIZE_HINT : undefined,
        };
    },
};
const tensorDtype = {
    id: 'tensor-dtype',
    limitForm: 'strings',
    doc: (l) => `Tensors (inputs, weights, outputs; not the bias) must be of type ${(0,types/* formatLimit */.tW)(l)}.`,
    check(ctx) {
        const ok = (0,types/* strings */.P$)(ctx.limit);
        const bad = examined(ctx).find((t) => t.dtype !== 'unknown' && !ok.includes(t.dtype));
        if (!bad)
            return undefined;
        return {
            value: bad.dtype,
            message: `${(0,types/* who */.dp)(ctx.node)}: tensor '${bad.name}' has type ${bad.dtype}; ${ctx.unit.name} accepts ${ok.join(', ')}.`,
            hint: (0,dtype/* isFloat */.dk)(bad.dtype) ? QUANTIZE_HINT : undefined,
        };
    },
};
const int32Ops = {
    id: 'int32-ops',
    limitForm: 'ops',
    doc: (l) => `int32 tensors are accepted only for ${(0,types/* formatLimit */.tW)(l)}.`,
    check(ctx) {
        const ops = (0,types/* strings */.P$)(ctx.limit);
        if (ops.includes(ctx.node.op))
            return undefined;
        const bad = examined(ctx).find((t) => t.dtype === 'int32');
        if (!bad)
            return undefined;
        return { value: 'int32', message: `${(0,types/* who */.dp)(ctx.node)}: tensor '${bad.name}' is int32; ${ctx.unit.name} accepts int32 tensors only on ${ops.join(', ')}.` };
    },
};
const weightDtype = {
    id: 'weight-dtype',
    limitForm: 'strings',
    doc: (l) => `Weights must be ${(0,types/* formatLimit */.tW)(l)}.`,
    check(ctx) {
        const w = (0,types/* input */.hF)(ctx, 1);
        const ok = (0,types/* strings */.P$)(ctx.limit);
        if (w?.data === undefined || ok.includes(w.dtype))
            return undefined;
        return {
            value: w.dtype,
            message: `${(0,types/* who */.dp)(ctx.node)}: weights '${w.name}' are ${w.dtype}; ${ctx.unit.name} needs ${ok.join(', ')} weights.`,
            hint: QUANTIZE_HINT,
        };
    },
};
const noHybrid = {
    id: 'no-hybrid',
    limitForm: 'none',
    doc: () => 'A layer must not mix float and integer tensors (hybrid layers run in software).',
    check(ctx) {
        const ts = [...(0,types/* activations */.UG)(ctx), ...((0,types/* isOp */.ko)(ctx, 'Conv', 'ConvTranspose', 'Gemm', 'MatMul') && (0,types/* input */.hF)(ctx, 1)?.data ? [(0,types/* input */.hF)(ctx, 1)] : [])];
        const f = ts.find((t) => (0,dtype/* isFloat */.dk)(t.dtype));
        const i = ts.find((t) => (0,dtype/* isInteger */.Fq)(t.dtype) && t.quant !== undefined);
        if (!f || !i)
            return undefined;
        return {
            value: `${f.dtype}+${i.dtype}`,
            limit: 'fully quantized', message: `${(0,types/* who */.dp)(ctx.node)} is hybrid: '${f.name}' is ${f.dtype} while '${i.name}' is quantized ${i.dtype}; ${ctx.unit.name} runs fully quantized layers only.`,
            hint: 'Quantize the whole layer (inputs, weights and output), or keep it float on purpose.',
        };
    },
};
const quantParams = {
    id: 'quant-params',
    limitForm: 'none',
    doc: () => 'Integer activations and weights must carry quantization parameters (scale, zero point) with finite scales.',
    check(ctx) {
        for (const t of examined(ctx)) {
            if (!['int8', 'uint8', 'int16'].includes(t.dtype))
                continue;
            if (!t.quant || t.quant.scale.length === 0) {
                return { value: 'none', limit: 'scale and zero point', message: `${(0,types/* who */.dp)(ctx.node)}: ${t.dtype} tensor '${t.name}' has no quantization parameters; ${ctx.unit.name} needs scale and zero point.`, hint: QUANTIZE_HINT };
            }
            const s = t.quant.byCompiler ? undefined : t.quant.scale.find((x) => !Number.isFinite(x));
            if (s !== undefined)
                return { value: String(s), message: `${(0,types/* who */.dp)(ctx.node)}: tensor '${t.name}' has a non-finite scale (${s}).` };
        }
        return undefined;
    },
};
const perAxisOps = {
    id: 'per-axis-ops',
    limitForm: 'ops',
    doc: (l) => `Per-axis (per-channel) quantization is accepted only on ${(0,types/* formatLimit */.tW)(l)}.`,
    check(ctx) {
        const ops = (0,types/* strings */.P$)(ctx.limit);
        if (ops.includes(ctx.node.op))
            return undefined;
        const scales = (t) => t.quant?.scale.length ?? 0;
        const bad = examined(ctx).find((t) => scales(t) > 1);
        if (!bad)
            return undefined;
        return { value: `per-axis (${scales(bad)} scales)`, message: `${(0,types/* who */.dp)(ctx.node)}: tensor '${bad.name}' is quantized per axis; ${ctx.unit.name} accepts per-axis quantization only on ${ops.join(', ')}.`, hint: 'Quantize this tensor per tensor.' };
    },
};
const symmetricWeights = {
    id: 'symmetric-weights',
    limitForm: 'none',
    doc: () => 'Weights must be symmetric (zero point 0).',
    check(ctx) {
        const w = (0,types/* input */.hF)(ctx, 1);
        if (w?.data === undefined)
            return undefined;
        const zp = w.quant?.zeroPoint.find((z) => z !== 0);
        if (zp === undefined)
            return undefined;
        return { value: zp, limit: 'zero point 0', message: `${(0,types/* who */.dp)(ctx.node)}: weights '${w.name}' are asymmetric (zero point ${zp}); ${ctx.unit.name} needs zero point 0.`, hint: 'Quantize weights symmetrically (the default of TFLite and of onnxruntime for int8 weights).' };
    },
};
function isPointwise(ctx) {
    if ((0,types/* isOp */.ko)(ctx, 'Gemm', 'MatMul'))
        return true;
    if (!(0,types/* isOp */.ko)(ctx, 'Conv'))
        return false;
    const k = ctx.node.attrs['kernel_shape'];
    const w = (0,types/* input */.hF)(ctx, 1)?.shape;
    const kernel = Array.isArray(k) ? k : w ? (ctx.node.attrs['weight_layout'] === 'OHWI' ? w.slice(1, -1) : w.slice(2)) : undefined;
    return kernel !== undefined && kernel.every((d) => d === 1);
}
const symmetricOutput1x1 = {
    id: 'symmetric-output-1x1',
    limitForm: 'number',
    doc: (l) => `A 1x1 Conv or a Gemm/MatMul whose output is per-tensor asymmetric (non-zero zero point, "scale-offset format") is not lowered to HW when its output channel count is a prime above ${(0,types/* formatLimit */.tW)(l)}.`,
    check(ctx) {
        const y = (0,types/* output */.CG)(ctx, 0);
        if (y?.quant === undefined || y.quant.scale.length !== 1 || !isPointwise(ctx))
            return undefined;
        const q = y.quant;
        const zp = q.zeroPoint[0] ?? 0;
        if (zp === 0)
            return undefined;
        const ch = (0,types/* outChannels */.t7)(ctx);
        // Stryker disable next-line ConditionalExpression: equivalent, as false: isPrime(undefined) is false, so the next test lets the rule hold either way
        if (ch === undefined)
            return undefined;
        if (!(0,types/* isPrime */.A5)(ch) || ch <= (0,types/* num */.bu)(ctx.limit, 0))
            return undefined;
        const kind = (0,types/* isOp */.ko)(ctx, 'Conv') ? '1x1 convolution' : ctx.node.op;
        return {
            value: `zero point ${zp}`,
            limit: 'zero point 0',
            message: `${(0,types/* who */.dp)(ctx.node)}: output tensor '${y.name}' has scale-offset format (per-tensor asymmetric ${y.dtype}, zero point ${zp}) on a ${kind} with ${ch} output channels (a prime above ${(0,types/* formatLimit */.tW)(ctx.limit)}); the HW lowering needs a symmetric output (zero point 0).`,
            hint: 'Requantize this output with zero point 0 (symmetric activations, e.g. onnxruntime ActivationSymmetric=True), or use a channel count that is not prime (e.g. 256).',
        };
    },
};
/** The type an operator produces (Pulsar2's Cast: `to` among its listed types). */
const outputDtype = {
    id: 'output-dtype',
    limitForm: 'strings',
    doc: (l) => `The output must be ${(0,types/* formatLimit */.tW)(l)}.`,
    check(ctx) {
        const ok = (0,types/* strings */.P$)(ctx.limit);
        const y = (0,types/* output */.CG)(ctx, 0);
        if (!y || y.dtype === 'unknown' || ok.includes(y.dtype))
            return undefined;
        return { value: y.dtype, message: `${(0,types/* who */.dp)(ctx.node)}: produces ${y.dtype}; ${ctx.unit.name} produces ${ok.join(', ')} only.` };
    },
};

// EXTERNAL MODULE: ./src/ir/shape.ts
var ir_shape = __webpack_require__(8774);
;// CONCATENATED MODULE: ./src/targets/rules/shape.ts


const SHAPE_HINT = 'Give static input shapes with --input-shape name:1x3x224x224.';
function shaped(ctx) {
    return (0,types/* activations */.UG)(ctx).filter((t) => t.shape !== undefined);
}
const rankMax = {
    id: 'rank-max',
    limitForm: 'number',
    doc: (l) => `Tensors must have rank at most ${(0,types/* formatLimit */.tW)(l)}.`,
    check(ctx) {
        const max = (0,types/* num */.bu)(ctx.limit, 4);
        const bad = shaped(ctx).find((t) => t.shape.length > max);
        if (!bad)
            return undefined;
        return { value: bad.shape.length, message: `${(0,types/* who */.dp)(ctx.node)}: tensor '${bad.name}' has rank ${bad.shape.length} (${(0,ir_shape/* formatShape */.BB)(bad.shape)}); the limit is ${max}.`, hint: 'Reshape to at most 4 dimensions before this operator.' };
    },
};
const staticShapes = {
    id: 'static-shapes',
    limitForm: 'none',
    doc: () => 'Shapes must be static (known at compile time).',
    check(ctx) {
        const bad = (0,types/* activations */.UG)(ctx).find((t) => t.shape === undefined || t.shape.some((d) => typeof d !== 'number'));
        if (!bad)
            return undefined;
        return { value: (0,ir_shape/* formatShape */.BB)(bad.shape), limit: 'static', message: `${(0,types/* who */.dp)(ctx.node)}: tensor '${bad.name}' has a dynamic shape (${bad.shape ? (0,ir_shape/* formatShape */.BB)(bad.shape) : 'unknown'}); ${ctx.unit.name} needs static shapes.`, hint: SHAPE_HINT };
    },
};
const batchOne = {
    id: 'batch-one',
    limitForm: 'none',
    doc: () => 'Batch size must be 1.',
    check(ctx) {
        for (const t of shaped(ctx)) {
            const b = t.shape[0];
            if (t.shape.length < 2 || typeof b !== 'number' || b === 1)
                continue;
            return { value: b, limit: '1', message: `${(0,types/* who */.dp)(ctx.node)}: tensor '${t.name}' has batch ${b} (${(0,ir_shape/* formatShape */.BB)(t.shape)}); ${ctx.unit.name} needs batch 1.`, hint: 'Export the model with batch 1 (--input-shape name:1x...).' };
        }
        return undefined;
    },
};
const dimRange = {
    id: 'dim-range',
    limitForm: 'range',
    doc: (l) => `Every tensor dimension must be in ${(0,types/* formatLimit */.tW)(l)}.`,
    check(ctx) {
        const [lo, hi] = (0,types/* range */.y1)(ctx.limit, [1, 65535]);
        for (const t of shaped(ctx)) {
            // Stryker disable next-line ConditionalExpression: equivalent, as true: a symbolic dimension (a string) compares false with both bounds
            const d = t.shape.find((x) => typeof x === 'number' && (x < lo || x > hi));
            if (d !== undefined)
                return { value: d, message: `${(0,types/* who */.dp)(ctx.node)}: tensor '${t.name}' has a dimension of ${d} (${(0,ir_shape/* formatShape */.BB)(t.shape)}); the range is ${lo}..${hi}.` };
        }
        return undefined;
    },
};
const broadcastSize1 = {
    id: 'broadcast-size1',
    limitForm: 'none',
    doc: () => 'Broadcasting is accepted only on dimensions of size 1 (each pair of dimensions equal, or one of them 1).',
    check(ctx) {
        const a = (0,types/* input */.hF)(ctx, 0)?.shape;
        const b = (0,types/* input */.hF)(ctx, 1)?.shape;
        if (!a || !b)
            return undefined;
        // Stryker disable next-line MethodExpression: equivalent, as Math.min: an axis only one shape has is compared with 1, which always broadcasts
        const n = Math.max(a.length, b.length);
        for (let i = 1; i <= n; i++) {
            const x = a[a.length - i] ?? 1;
            const y = b[b.length - i] ?? 1;
            if (typeof x === 'number' && typeof y === 'number' && x !== y && x !== 1 && y !== 1) {
                return { value: `${(0,ir_shape/* formatShape */.BB)(a)} vs ${(0,ir_shape/* formatShape */.BB)(b)}`, limit: 'size-1 dimensions', message: `${(0,types/* who */.dp)(ctx.node)}: inputs ${(0,ir_shape/* formatShape */.BB)(a)} and ${(0,ir_shape/* formatShape */.BB)(b)} broadcast a dimension of ${x} against ${y}; only size-1 dimensions broadcast.` };
            }
        }
        return undefined;
    },
};
const fcOutput2d = {
    id: 'fc-output-2d',
    limitForm: 'none',
    doc: () => 'The output of a fully connected layer must be 2-D.',
    check(ctx) {
        const y = (0,types/* output */.CG)(ctx, 0);
        if (y?.shape === undefined || y.shape.length === 2)
            return undefined;
        return { value: y.shape.length, limit: 'rank 2', message: `${(0,types/* who */.dp)(ctx.node)}: output '${y.name}' has rank ${y.shape.length} (${(0,ir_shape/* formatShape */.BB)(y.shape)}); a fully connected layer must output 2-D.`, hint: 'Flatten the input to 2-D before the fully connected layer.' };
    },
};

// EXTERNAL MODULE: ./src/ir/tensor-data.ts
var tensor_data = __webpack_require__(603);
// EXTERNAL MODULE: ./src/ops/conv.ts
var conv = __webpack_require__(5568);
// EXTERNAL MODULE: ./src/arrays.ts
var arrays = __webpack_require__(273);
;// CONCATENATED MODULE: ./src/targets/rules/conv.ts
/** Convolution and fully connected rules (Vela SUPPORTED_OPS conv-like and FC constraints). */





/** Most weight values `weights-sum` reads; larger tensors are not checked (the rule holds). */
const MAX_WEIGHT_VALUES = 1 << 22;
function ints(ctx, name) {
    const v = ctx.node.attrs[name];
    return Array.isArray(v) && v.every((x) => typeof x === 'number') ? v : undefined;
}
function kernelOf(ctx) {
    const k = ints(ctx, 'kernel_shape');
    if (k)
        return k;
    const w = (0,types/* input */.hF)(ctx, 1)?.shape;
    if (!w || ctx.node.op === 'Gemm' || ctx.node.op === 'MatMul')
        return undefined;
    // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: equivalent, the kernel dims are the same whichever channel axis is the input (OIHW and IOHW both end with them)
    const kernel = (0,conv/* weightDims */.M4)(ctx.node, w, ctx.node.op === 'ConvTranspose').kernel;
    return kernel.every((d) => typeof d === 'number') ? kernel : undefined;
}
function stridesOf(ctx, rank) {
    return ints(ctx, 'strides') ?? new Array(rank).fill(1);
}
function dilatedKernel(ctx) {
    const k = kernelOf(ctx);
    if (!k)
        return undefined;
    const d = ints(ctx, 'dilations') ?? [];
    return k.map((x, i) => (x - 1) * (d[i] ?? 1) + 1);
}
const strideRange = {
    id: 'stride-range',
    limitForm: 'range',
    doc: (l) => `Stride H must be in ${(0,types/* formatLimit */.tW)(l)}.`,
    check(ctx) {
        const [lo, hi] = (0,types/* range */.y1)(ctx.limit, [1, 3]);
        const s = stridesOf(ctx, 2)[0] ?? 1;
        if (s >= lo && s <= hi)
            return undefined;
        return { value: s, message: `${(0,types/* who */.dp)(ctx.node)}: stride H is ${s}; ${ctx.unit.name} accepts ${lo}..${hi}.` };
    },
};
const dilatedKernelHeight = {
    id: 'dilated-kernel-height',
    limitForm: 'number',
    doc: (l) => `Dilated kernel height ((k - 1) * dilation + 1) must be at most ${(0,types/* formatLimit */.tW)(l)}.`,
    check(ctx) {
        const max = (0,types/* num */.bu)(ctx.limit, 64);
        const h = dilatedKernel(ctx)?.[0];
        if (h === undefined || h <= max)
            return undefined;
        return { value: h, message: `${(0,types/* who */.dp)(ctx.node)}: dilated kernel height is ${h}; the limit is ${max}.` };
    },
};
const dilatedKernelArea = {
    id: 'dilated-kernel-area',
    limitForm: 'number',
    doc: (l) => `Dilated kernel width x height must be at most ${(0,types/* formatLimit */.tW)(l)}.`,
    check(ctx) {
        const max = (0,types/* num */.bu)(ctx.limit, 4096);
        const k = dilatedKernel(ctx);
        if (k === undefined)
            return undefined;
        const area = k.reduce((a, b) => a * b, 1);
        if (area <= max)
            return undefined;
        return { value: area, message: `${(0,types/* who */.dp)(ctx.node)}: dilated kernel area is ${area.toLocaleString('en-US')} (${k.join('x')}); the limit is ${max.toLocaleString('en-US')}.` };
    },
};
const weightsSum = {
    id: 'weights-sum',
    limitForm: 'number',
    doc: (l) => `The sum of |weight - zero point| over one output channel must be at most ${(0,types/* formatLimit */.tW)(l)}.`,
    check(ctx) {
        const max = (0,types/* num */.bu)(ctx.limit, 127 * 65536);
        const w = (0,types/* input */.hF)(ctx, 1);
        const shape = w?.shape;
        // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, as false: a symbolic dimension makes every channel index NaN, no sum grows and the rule holds either way; as &&: weights without data give no values to read (readValues), so it holds too
        if (w?.data === undefined || !(0,ir_shape/* isStatic */.Nh)(shape))
            return undefined;
        const values = (0,tensor_data/* readValues */.N$)(w, MAX_WEIGHT_VALUES);
        if (!values)
            return undefined;
        const axis = (0,conv/* outChannelAxis */.VF)(ctx.node, shape.length);
        const inner = shape.slice(axis + 1).reduce((a, b) => a * b, 1);
        const channels = shape[axis] ?? 1;
        const sums = new Float64Array(channels);
        const zps = w.quant?.zeroPoint ?? [];
        values.forEach((v, i) => {
            const c = Math.floor(i / inner) % channels;
            sums[c] = (sums[c] ?? 0) + Math.abs(v - ((zps.length > 1 ? zps[c] : zps[0]) ?? 0));
        });
        const worst = (0,arrays/* maxOf */._)(sums);
        if (worst <= max)
            return undefined;
        return { value: worst, message: `${(0,types/* who */.dp)(ctx.node)}: the sum of absolute weights of one output channel is ${worst.toLocaleString('en-US')}; the limit is ${max.toLocaleString('en-US')}.`, hint: 'Retrain or re-quantize with smaller weight magnitudes, or split the layer.' };
    },
};
const biasType = {
    id: 'bias-type',
    limitForm: 'strings',
    doc: (l) => `The bias must be a 1-D ${(0,types/* formatLimit */.tW)(l)} constant whose values fit in 40 bits.`,
    check(ctx) {
        const b = (0,types/* input */.hF)(ctx, 2);
        if (b === undefined)
            return undefined;
        const ok = (0,types/* strings */.P$)(ctx.limit);
        if (!ok.includes(b.dtype))
            return { value: b.dtype, message: `${(0,types/* who */.dp)(ctx.node)}: bias '${b.name}' is ${b.dtype}; ${ctx.unit.name} needs ${ok.join(' or ')}.` };
        if (b.shape && b.shape.length !== 1)
            return { value: b.shape.length, message: `${(0,types/* who */.dp)(ctx.node)}: bias '${b.name}' has rank ${b.shape.length}; it must be 1-D.` };
        const big = (0,tensor_data/* readValues */.N$)(b, 1 << 16)?.find((v) => Math.abs(v) >= 2 ** 39);
        if (big !== undefined)
            return { value: big, message: `${(0,types/* who */.dp)(ctx.node)}: bias value ${big} does not fit in 40 bits.` };
        return undefined;
    },
};
const depthMultiplier = {
    id: 'depth-multiplier',
    limitForm: 'none',
    doc: () => 'A depthwise convolution may have a depth multiplier above 1 only when it has one input channel.',
    check(ctx) {
        if (!(0,types/* isDepthwise */.yb)(ctx))
            return undefined;
        const x = (0,types/* input */.hF)(ctx, 0)?.shape;
        const y = (0,types/* output */.CG)(ctx, 0)?.shape;
        if (!x || !y)
            return undefined;
        const nhwc = ctx.node.attrs['layout'] === 'NHWC';
        const cin = nhwc ? x[x.length - 1] : x[1];
        const cout = nhwc ? y[y.length - 1] : y[1];
        if (typeof cin !== 'number' || typeof cout !== 'number' || cin === 1 || cout <= cin)
            return undefined;
        return { value: cout / cin, limit: '1 (or 1 input channel)', message: `${(0,types/* who */.dp)(ctx.node)}: depth multiplier ${cout / cin} with ${cin} input channels; a multiplier above 1 needs exactly 1 input channel.` };
    },
};
const tconvStride = {
    id: 'tconv-stride',
    limitForm: 'numbers',
    doc: (l) => `Strides must be square and one of ${(0,types/* strings */.P$)(l).map((s) => `${s}x${s}`).join(', ')}.`,
    check(ctx) {
        const ok = Array.isArray(ctx.limit) ? ctx.limit.map(Number) : [1, 2];
        const s = stridesOf(ctx, 2);
        const square = s.every((x) => x === s[0]);
        if (square && ok.includes(s[0] ?? 1))
            return undefined;
        return { value: s.join('x'), message: `${(0,types/* who */.dp)(ctx.node)}: stride ${s.join('x')}; ${ctx.unit.name} accepts ${ok.map((x) => `${x}x${x}`).join(', ')}.` };
    },
};

;// CONCATENATED MODULE: ./src/targets/rules/pooling.ts
/** Pooling rules (Neural-ART pooling windows; Vela AVERAGE_POOL / MAX_POOL constraints). */


/** SAME when auto_pad says so or any explicit pad is non-zero; VALID otherwise. */
function isSamePadding(ctx) {
    const ap = ctx.node.attrs['auto_pad'];
    if (typeof ap === 'string' && ap.startsWith('SAME'))
        return true;
    if (ap === 'VALID')
        return false;
    const pads = ctx.node.attrs['pads'];
    return Array.isArray(pads) && pads.some((p) => p !== 0);
}
const poolWindowMax = {
    id: 'pool-window-max',
    limitForm: 'number',
    doc: (l) => `Pooling window dimensions must be at most ${(0,types/* formatLimit */.tW)(l)}.`,
    check(ctx) {
        const max = (0,types/* num */.bu)(ctx.limit, 3);
        const k = kernelOf(ctx);
        if (k?.find((d) => d > max) === undefined)
            return undefined;
        return { value: k.join('x'), message: `${(0,types/* who */.dp)(ctx.node)}: pooling window ${k.join('x')} is larger than ${max}; ${ctx.unit.name} pools windows up to ${max}x${max}.` };
    },
};
const globalPoolMax = {
    id: 'global-pool-max',
    limitForm: 'number',
    doc: (l) => `A global pool's input area (H x W) must be at most ${(0,types/* formatLimit */.tW)(l)}.`,
    check(ctx) {
        const max = (0,types/* num */.bu)(ctx.limit, 4096);
        const x = (0,types/* input */.hF)(ctx, 0)?.shape;
        if (!x)
            return undefined;
        // Below rank 3 there is no spatial axis: the area is 1.
        const spatial = ctx.node.attrs['layout'] === 'NHWC' ? x.slice(1, -1) : x.slice(2);
        if (spatial.some((d) => typeof d !== 'number'))
            return undefined;
        const area = spatial.reduce((a, b) => a * b, 1);
        if (area <= max)
            return undefined;
        return { value: area, message: `${(0,types/* who */.dp)(ctx.node)}: global pool over ${spatial.join('x')} = ${area.toLocaleString('en-US')} elements per channel; the limit is ${max.toLocaleString('en-US')}.` };
    },
};
const avgpoolSameKernel = {
    id: 'avgpool-same-kernel',
    limitForm: 'range',
    doc: (l) => `With SAME padding, kernel width and height must be in ${(0,types/* formatLimit */.tW)(l)}.`,
    check(ctx) {
        if (!isSamePadding(ctx))
            return undefined;
        const [lo, hi] = (0,types/* range */.y1)(ctx.limit, [1, 8]);
        const k = kernelOf(ctx);
        if (!k || k.every((d) => d >= lo && d <= hi))
            return undefined;
        return { value: k.join('x'), message: `${(0,types/* who */.dp)(ctx.node)}: kernel ${k.join('x')} with SAME padding; the range is ${lo}..${hi}.`, hint: 'Use VALID padding or a smaller kernel.' };
    },
};
const poolKernelHeight = {
    id: 'pool-kernel-height',
    limitForm: 'number',
    doc: (l) => `Kernel height must be at most ${(0,types/* formatLimit */.tW)(l)}.`,
    check(ctx) {
        const max = (0,types/* num */.bu)(ctx.limit, 256);
        const h = kernelOf(ctx)?.[0];
        if (h === undefined || h <= max)
            return undefined;
        return { value: h, message: `${(0,types/* who */.dp)(ctx.node)}: kernel height ${h}; the limit is ${max}.` };
    },
};
const poolKernelArea = {
    id: 'pool-kernel-area',
    limitForm: 'number',
    doc: (l) => `Kernel width x height must be at most ${(0,types/* formatLimit */.tW)(l)}.`,
    check(ctx) {
        const max = (0,types/* num */.bu)(ctx.limit, 65536);
        const k = kernelOf(ctx);
        if (k === undefined)
            return undefined;
        const area = k.reduce((a, b) => a * b, 1);
        if (area <= max)
            return undefined;
        return { value: area, message: `${(0,types/* who */.dp)(ctx.node)}: kernel ${k.join('x')} covers ${area.toLocaleString('en-US')} elements; the limit is ${max.toLocaleString('en-US')}.` };
    },
};
const poolStrideMax = {
    id: 'pool-stride-max',
    limitForm: 'number',
    doc: (l) => `Pooling strides must be at most ${(0,types/* formatLimit */.tW)(l)} (AveragePool with VALID padding is exempt).`,
    check(ctx) {
        if (ctx.node.op === 'AveragePool' && !isSamePadding(ctx))
            return undefined;
        const max = (0,types/* num */.bu)(ctx.limit, 3);
        const s = stridesOf(ctx, 2);
        const big = s.find((x) => x > max);
        if (big === undefined)
            return undefined;
        return { value: s.join('x'), message: `${(0,types/* who */.dp)(ctx.node)}: stride ${s.join('x')}; the limit is ${max}.` };
    },
};

// EXTERNAL MODULE: ./src/ops/util/attrs.ts
var attrs = __webpack_require__(7789);
// EXTERNAL MODULE: ./src/ops/util/spatial.ts
var spatial = __webpack_require__(7805);
;// CONCATENATED MODULE: ./src/targets/rules/operands.ts
/**
 * Conditions on an operator's operands and axes from the Kneron and Axera operator tables: which
 * axes a reduction, an Expand or a Resize may touch, constant exponents, clip bounds, slice steps,
 * matrix-product shapes, PRelu slopes, ConvTranspose output padding.
 */





const AXIS_NAMES = ['batch', 'channel', 'row', 'column'];
/**
 * Axis names of a tensor of rank r in the node's layout: NCHW batch, channel, rows..., column;
 * NHWC (channels last at every rank, as TFLite's NDHWC) batch, rows..., column, channel. Ranks 1
 * and 2 read the first names (batch, channel).
 */
function axisNames(ctx, r) {
    const nhwc = (0,attrs/* layoutOf */.aH)(ctx.node) === 'NHWC';
    if (r >= 4) {
        const rows = new Array(r - 3).fill('row');
        return nhwc ? ['batch', ...rows, 'column', 'channel'] : ['batch', 'channel', ...rows, 'column'];
    }
    if (r === 3)
        return nhwc ? ['batch', 'column', 'channel'] : ['batch', 'channel', 'column'];
    return ['batch', 'channel'];
}
function constValues(ctx, i, max = 64) {
    const t = (0,types/* input */.hF)(ctx, i);
    return t?.data ? (0,tensor_data/* readValues */.N$)(t, max) : undefined;
}
/** The axes a reduction reduces: `axes` (attribute or input 1), else all of them. */
function reducedAxes(ctx, r) {
    const axes = (0,attrs/* attrInts */.yO)(ctx.node, 'axes') ?? constValues(ctx, 1);
    if (!axes || axes.length === 0)
        return ctx.node.attrs['noop_with_empty_axes'] === 1 ? [] : [...Array(r).keys()];
    return axes.map((a) => (a < 0 ? a + r : a));
}
const reduceAxes = {
    id: 'reduce-axes',
    limitForm: 'strings',
    choices: AXIS_NAMES,
    doc: (l) => `The reduced axes must be among: ${(0,types/* formatLimit */.tW)(l)}.`,
    check(ctx) {
        const r = (0,types/* input */.hF)(ctx, 0)?.shape?.length;
        if (r === undefined)
            return undefined;
        const names = axisNames(ctx, r);
        const ok = (0,types/* strings */.P$)(ctx.limit);
        const bad = reducedAxes(ctx, r).map((a) => names[a] ?? `axis ${a}`).filter((n) => !ok.includes(n));
        if (bad.length === 0)
            return undefined;
        return { value: [...new Set(bad)].join(', '), message: `${(0,types/* who */.dp)(ctx.node)}: reduces the ${[...new Set(bad)].join(' and ')} axis; ${ctx.unit.name} reduces over ${ok.join(', ')} only.`, hint: 'Reshape or Transpose so the reduction runs over a supported axis.' };
    },
};
/** Output axes whose size differs from the input's (right-aligned, as broadcasting: an axis the input lacks has size 1). */
function changedAxes(x, y) {
    const out = [];
    y.forEach((d, i) => {
        const xi = x[i - (y.length - x.length)] ?? 1;
        if (typeof d === 'number' && xi !== d)
            out.push(i);
    });
    return out;
}
function axesRule(id, op, verb) {
    return {
        id,
        limitForm: 'strings',
        choices: AXIS_NAMES,
        doc: (l) => `The ${op} may ${verb} only along: ${(0,types/* formatLimit */.tW)(l)}.`,
        check(ctx) {
            const x = (0,types/* input */.hF)(ctx, 0)?.shape;
            const y = (0,types/* output */.CG)(ctx, 0)?.shape;
            if (!x || !y)
                return undefined;
            const names = axisNames(ctx, y.length);
            const ok = (0,types/* strings */.P$)(ctx.limit);
            // Stryker disable next-line StringLiteral: equivalent, axisNames names every axis of a rank-2-or-more output and changedAxes returns output axes only
            const changed = changedAxes(x, y).map((a) => names[a] ?? `axis ${a}`);
            const bad = changed.filter((n) => !ok.includes(n));
            if (bad.length === 0)
                return undefined;
            return { value: changed.join(', '), message: `${(0,types/* who */.dp)(ctx.node)}: ${verb}s along ${changed.join(' and ')}; ${ctx.unit.name} ${verb}s along ${ok.join(', ')} only.` };
        },
    };
}
const expandAxes = axesRule('expand-axes', 'Expand', 'expand');
const resizeOneAxis = {
    id: 'resize-one-axis',
    limitForm: 'none',
    doc: () => 'A resize may scale the rows or the columns, not both.',
    check(ctx) {
        const x = (0,types/* input */.hF)(ctx, 0)?.shape;
        const y = (0,types/* output */.CG)(ctx, 0)?.shape;
        if (!x || !y || x.length !== y.length)
            return undefined;
        const names = axisNames(ctx, y.length);
        const scaled = changedAxes(x, y).map((a) => names[a]).filter((n) => n === 'row' || n === 'column');
        if (scaled.length < 2)
            return undefined;
        return { value: `${x.join('x')} -> ${y.join('x')}`, limit: 'rows or columns', message: `${(0,types/* who */.dp)(ctx.node)}: scales both rows and columns; ${ctx.unit.name} scales one of them per layer (vertical or horizontal upscaling, not both).`, hint: 'Kneron runs such a resize as a CPU node (KneronResize); two resizes, one per axis, stay on the NPU.' };
    },
};
/** A Transpose's permutation: the attribute, a constant second input (TFLite), else ONNX's default (axes reversed). */
function transposePerm(ctx) {
    const p = (0,attrs/* attrInts */.yO)(ctx.node, 'perm') ?? constValues(ctx, 1, 8);
    if (p)
        return p;
    if ((ctx.node.inputs[1] ?? '') !== '')
        return undefined; // computed at run time
    const r = (0,types/* input */.hF)(ctx, 0)?.shape?.length;
    return r === undefined ? undefined : [...Array(r).keys()].reverse();
}
const transposePerms = {
    id: 'transpose-perms',
    limitForm: 'strings',
    doc: (l) => `The permutation must be one of ${(0,types/* formatLimit */.tW)(l)}.`,
    check(ctx) {
        const perm = transposePerm(ctx);
        if (!perm)
            return undefined;
        const ok = (0,types/* strings */.P$)(ctx.limit);
        if (ok.includes(perm.join(',')))
            return undefined;
        return { value: perm.join(','), message: `${(0,types/* who */.dp)(ctx.node)}: permutation ${perm.join(',')}; ${ctx.unit.name} transposes only ${ok.join(' or ')}.` };
    },
};
const transposeNotBatch = {
    id: 'transpose-not-batch',
    limitForm: 'none',
    doc: () => 'The transpose must keep the batch axis first.',
    check(ctx) {
        const perm = transposePerm(ctx);
        if (!perm || perm[0] === 0)
            return undefined;
        return { value: perm.join(','), limit: 'batch axis kept', message: `${(0,types/* who */.dp)(ctx.node)}: permutation ${perm.join(',')} moves the batch axis; ${ctx.unit.name} does not transpose the batch.` };
    },
};
const inputChannels = {
    id: 'input-channels',
    limitForm: 'numbers',
    doc: (l) => `The input channel count must be one of ${(0,types/* formatLimit */.tW)(l)}.`,
    check(ctx) {
        const x = (0,types/* input */.hF)(ctx, 0)?.shape;
        if (!x || x.length < 2)
            return undefined;
        const c = (0,spatial/* splitShape */.iY)(ctx.node, x).channels;
        const ok = (0,types/* numbers */.nL)(ctx.limit);
        if (typeof c !== 'number' || ok.includes(c))
            return undefined;
        return { value: c, message: `${(0,types/* who */.dp)(ctx.node)}: ${c} input channels; ${ctx.unit.name} takes ${ok.join(' or ')}.` };
    },
};
const singleIndex = {
    id: 'single-index',
    limitForm: 'none',
    doc: () => 'The indices must be a single index.',
    check(ctx) {
        const s = (0,types/* input */.hF)(ctx, 1)?.shape;
        if (!s)
            return undefined;
        // A symbolic count may be several indices: refused.
        if ((0,ir_shape/* elementCount */.KX)(s) === 1)
            return undefined;
        return { value: `indices ${s.join('x')}`, limit: 'one index', message: `${(0,types/* who */.dp)(ctx.node)}: gathers with indices of shape [${s.join(', ')}]; ${ctx.unit.name} gathers a single index.`, hint: 'Kneron\'s converter replaces a single-index Gather with a Slice or Reshape; several indices run on the CPU.' };
    },
};
const indicesRankMax = {
    id: 'indices-rank-max',
    limitForm: 'number',
    doc: (l) => `The indices tensor's rank must be at most ${(0,types/* formatLimit */.tW)(l)}.`,
    check(ctx) {
        const max = (0,types/* num */.bu)(ctx.limit, 1);
        const s = (0,types/* input */.hF)(ctx, 1)?.shape;
        if (!s || s.length <= max)
            return undefined;
        return { value: s.length, message: `${(0,types/* who */.dp)(ctx.node)}: indices of rank ${s.length} ([${s.join(', ')}]); ${ctx.unit.name} takes indices of rank ${max} at most.`, hint: 'Flatten the indices and Reshape the result.' };
    },
};
const powExponent = {
    id: 'pow-exponent',
    limitForm: 'numbers',
    doc: (l) => (Array.isArray(l) && l.length > 0 ? `The exponent must be a constant scalar equal to ${(0,types/* formatLimit */.tW)(l)}.` : 'The exponent must be a constant scalar.'),
    check(ctx) {
        const t = (0,types/* input */.hF)(ctx, 1);
        if (!t)
            return undefined;
        const v = t.data ? (0,tensor_data/* readValues */.N$)(t, 2) : undefined;
        const ok = (0,types/* numbers */.nL)(ctx.limit);
        if (v?.length === 1 && (ok.length === 0 || ok.includes(v[0] ?? NaN)))
            return undefined;
        const found = v === undefined ? 'computed at run time' : v.length !== 1 ? 'not a scalar' : String(v[0]);
        return { value: found, limit: ok.length ? ok.join(' or ') : 'constant scalar', message: `${(0,types/* who */.dp)(ctx.node)}: exponent '${t.name}' is ${found}; ${ctx.unit.name} needs a constant scalar${ok.length ? ` equal to ${ok.join(' or ')}` : ''}.`, hint: 'Write x*x for a square; other powers run on the CPU.' };
    },
};
/** Clip bounds from attributes (opset < 11) or constant inputs 1 and 2; null when computed. */
function bound(ctx, attr, i) {
    const a = ctx.node.attrs[attr];
    if (typeof a === 'number')
        return a;
    const name = ctx.node.inputs[i] ?? '';
    if (name === '')
        return undefined;
    const v = constValues(ctx, i, 1);
    return v?.length === 1 ? v[0] : null;
}
const clipRelu = {
    id: 'clip-relu',
    limitForm: 'none',
    doc: () => 'Clip must have min = 0 and max >= 0 (a ReLU with an optional ceiling).',
    check(ctx) {
        const lo = bound(ctx, 'min', 1);
        const hi = bound(ctx, 'max', 2);
        if (lo === 0 && (hi === undefined || (hi !== null && hi >= 0)))
            return undefined;
        const show = (b) => (b === undefined ? 'none' : b === null ? 'computed' : String(b));
        return { value: `min ${show(lo)}, max ${show(hi)}`, limit: 'min 0, max >= 0', message: `${(0,types/* who */.dp)(ctx.node)}: clips to [${show(lo)}, ${show(hi)}]; ${ctx.unit.name} runs a Clip with min 0 and max >= 0 only.` };
    },
};
const sliceStepsOne = {
    id: 'slice-steps-one',
    limitForm: 'none',
    doc: () => 'Every slice step must be 1.',
    check(ctx) {
        const i = ctx.node.op === 'StridedSlice' ? 3 : 4;
        const attr = (0,attrs/* attrInts */.yO)(ctx.node, 'steps');
        const name = ctx.node.inputs[i] ?? '';
        const steps = attr ?? (name === '' ? [] : constValues(ctx, i));
        if (steps && steps.every((s) => s === 1))
            return undefined;
        const found = steps ? steps.join(',') : 'computed';
        return { value: `steps ${found}`, limit: 'steps 1', message: `${(0,types/* who */.dp)(ctx.node)}: slice steps ${found}; ${ctx.unit.name} slices with step 1 only.` };
    },
};
const matmulShape = {
    id: 'matmul-shape',
    limitForm: 'range',
    doc: (l) => `With constant weights, the weights' shape must be W x V or 1 x 1 x W x V; otherwise the rank must be in ${(0,types/* formatLimit */.tW)(l)}.`,
    check(ctx) {
        const b = (0,types/* input */.hF)(ctx, 1);
        if (b?.data !== undefined) {
            const s = b.shape;
            if (s === undefined || s.length === 2 || (s.length === 4 && s[0] === 1 && s[1] === 1))
                return undefined;
            return { value: `weights ${s.join('x')}`, limit: 'W x V or 1 x 1 x W x V', message: `${(0,types/* who */.dp)(ctx.node)}: constant weights of shape [${s.join(', ')}]; ${ctx.unit.name} takes W x V or 1 x 1 x W x V.`, hint: 'Reshape the weights to 2-D (Kneron\'s --opt-matmul rewrites such products).' };
        }
        const [lo, hi] = (0,types/* range */.y1)(ctx.limit, [4, 4]);
        const r = (0,types/* input */.hF)(ctx, 0)?.shape?.length;
        if (r === undefined || (r >= lo && r <= hi))
            return undefined;
        return { value: r, message: `${(0,types/* who */.dp)(ctx.node)}: a product of two computed tensors of rank ${r}; ${ctx.unit.name} takes rank ${lo === hi ? lo : `${lo} to ${hi}`} there.` };
    },
};
const preluSlope = {
    id: 'prelu-slope',
    limitForm: 'none',
    doc: () => 'The slope must have shape (C,) or (1, C, 1, 1), with C the channel axis (dimension 1).',
    check(ctx) {
        const x = (0,types/* input */.hF)(ctx, 0)?.shape;
        const s = (0,types/* input */.hF)(ctx, 1)?.shape;
        if (!x || !s || x.length !== 4)
            return undefined;
        const c = x[1];
        if ((s.length === 1 && s[0] === c) || (s.length === 4 && s[0] === 1 && s[1] === c && s[2] === 1 && s[3] === 1))
            return undefined;
        return { value: `slope ${s.join('x')}`, limit: `(${String(c)},) or (1, ${String(c)}, 1, 1)`, message: `${(0,types/* who */.dp)(ctx.node)}: slope of shape [${s.join(', ')}]; ${ctx.unit.name} takes one slope per channel, (C,) or (1, C, 1, 1).` };
    },
};
const tconvOutputPadding = {
    id: 'tconv-output-padding',
    limitForm: 'none',
    doc: () => 'output_padding must not exceed the bottom and right pads (output_padding_h <= pads_bottom, output_padding_w <= pads_right).',
    check(ctx) {
        const op = (0,attrs/* attrInts */.yO)(ctx.node, 'output_padding');
        if (!op)
            return undefined;
        // ONNX pads of a 2-D kernel: top, left, bottom, right.
        const pads = (0,attrs/* attrInts */.yO)(ctx.node, 'pads');
        const [bottom, right] = [pads?.[2] ?? 0, pads?.[3] ?? 0];
        if ((op[0] ?? 0) <= bottom && (op[1] ?? 0) <= right)
            return undefined;
        return { value: `output_padding ${op.join(',')}`, limit: `<= pads ${bottom},${right}`, message: `${(0,types/* who */.dp)(ctx.node)}: output_padding ${op.join(',')} exceeds the bottom/right pads ${bottom},${right}; ${ctx.unit.name} needs output_padding_h <= pads_bottom and output_padding_w <= pads_right.` };
    },
};
const rowsMin = {
    id: 'rows-min',
    limitForm: 'number',
    doc: (l) => `The input must have at least ${(0,types/* formatLimit */.tW)(l)} rows (height).`,
    check(ctx) {
        const min = (0,types/* num */.bu)(ctx.limit, 4);
        const x = (0,types/* input */.hF)(ctx, 0)?.shape;
        if (!x || x.length < 3)
            return undefined;
        const rows = (0,spatial/* splitShape */.iY)(ctx.node, x).spatial[0];
        if (typeof rows !== 'number' || rows >= min)
            return undefined;
        return { value: rows, message: `${(0,types/* who */.dp)(ctx.node)}: input of ${rows} rows; ${ctx.unit.name} pools inputs of ${min} rows or more.` };
    },
};

;// CONCATENATED MODULE: ./src/targets/rules/layout.ts
/** Layout rules: how a Transpose moves data, seen in the channel-first order ST's compiler works in. */



/** NCHW axis j is NHWC axis NHWC_OF[j]; NHWC axis k is NCHW axis NCHW_OF[k]. */
const NHWC_OF = [0, 3, 1, 2];
const NCHW_OF = [0, 2, 3, 1];
/**
 * A permutation in channel-first terms: a rank-4 Transpose of an NHWC graph (TFLite) is
 * rewritten as the NCHW permutation ST's compiler sees (its optimized ONNX is NCHW).
 */
function channelFirst(node, perm) {
    if ((0,attrs/* layoutOf */.aH)(node) !== 'NHWC' || perm.length !== 4)
        return perm;
    return NHWC_OF.map((k) => NCHW_OF[perm[k] ?? k] ?? k);
}
const transposeInnermost = {
    id: 'transpose-innermost',
    limitForm: 'none',
    doc: () => 'A Transpose must move the innermost axis (W in channel-first order); one that permutes only outer axes (NCHW perm 0,2,1,3: channels with rows) runs in software.',
    check(ctx) {
        const rank = (0,types/* input */.hF)(ctx, 0)?.shape?.length;
        const perm = transposePerm(ctx);
        if (perm === undefined || (rank !== undefined && perm.length !== rank))
            return undefined;
        const p = channelFirst(ctx.node, perm);
        const last = p.length - 1;
        if (p[last] !== last || p.every((a, i) => a === i))
            return undefined;
        const shown = p.join(',');
        return {
            value: `perm ${shown}`,
            limit: 'moves the innermost axis',
            message: `${(0,types/* who */.dp)(ctx.node)}: the permutation (${shown} in channel-first order) keeps the innermost axis in place and moves only outer axes; ${ctx.unit.name} does not run such a Transpose.`,
            hint: 'Avoid the transpose: export the layout the next layer reads; for channel padding, let the previous layer (or a 1x1 convolution) produce the extra zero channels.',
        };
    },
};

// EXTERNAL MODULE: ./src/targets/rules/misc.ts
var misc = __webpack_require__(1136);
;// CONCATENATED MODULE: ./src/targets/rules/attrs.ts

/** ONNX default values of the attributes the attribute rules read (onnx.ai Operators.md). */
const ONNX_DEFAULTS = {
    auto_pad: 'NOTSET',
    ceil_mode: 0,
    count_include_pad: 0,
    storage_order: 0,
    select_last_index: 0,
    training_mode: 0,
    'DepthToSpace.mode': 'DCR',
    'Pad.mode': 'constant',
    'Resize.mode': 'nearest',
    nearest_mode: 'round_prefer_floor',
    coordinate_transformation_mode: 'half_pixel',
    extrapolation_value: 0,
    exclusive: 0,
    reverse: 0,
    layout: 0,
    input_forget: 0,
    noop_with_empty_axes: 0,
    keepdims: 1,
    'Flatten.axis': 1,
    'LayerNormalization.axis': -1,
    alpha: 1,
    beta: 1,
};
function attrValue(node, attr) {
    // The IR's `layout` attribute is the tensor layout (NHWC); LSTM's integer `layout` is the ONNX one.
    if (attr === 'layout' && typeof node.attrs['layout'] === 'string')
        return ONNX_DEFAULTS['layout'];
    return node.attrs[attr] ?? ONNX_DEFAULTS[`${node.op}.${attr}`] ?? ONNX_DEFAULTS[attr];
}
function hasPads(attrs) {
    const p = attrs['pads'];
    const ap = attrs['auto_pad'];
    return (Array.isArray(p) && p.some((x) => x !== 0)) || (typeof ap === 'string' && ap.startsWith('SAME'));
}
/** Attributes ONNX reads only in some configurations: the rule holds outside them. */
const MEANINGFUL_WHEN = {
    // count_include_pad changes nothing on a pool that does not pad.
    count_include_pad: (n) => hasPads(n.attrs),
    // nearest_mode is read by nearest-neighbour resizes only.
    nearest_mode: (n) => attrValue(n, 'mode') === 'nearest',
    // auto_pad of a TFLite or Keras layer is our translation of its `padding`: converters to ONNX
    // (tf2onnx, Kneron's and Axera's) write explicit pads, so the file a vendor compiler reads has NOTSET.
    auto_pad: (n) => n.attrs['layout'] !== 'NHWC',
};
/** The fix a user reads, per attribute. */
const HINTS = {
    auto_pad: 'Export with explicit pads (torch.onnx.export and tf2onnx write them), or run onnxsim on the model.',
    count_include_pad: 'Export the pool with count_include_pad=1, or pad explicitly with a Pad before it.',
    mode: 'Use one of the supported modes in the model before export.',
    nearest_mode: 'Set nearest_mode to the supported value at export (it changes results only on ties).',
    keepdims: 'Keep the reduced axes (keepdims=1) and Reshape after the reduction.',
};
function shown(v) {
    return Array.isArray(v) ? v.join(',') : String(v);
}
function attrs_elements(v) {
    return Array.isArray(v) ? v.map(String) : [String(v)];
}
function attrName(ctx) {
    // Stryker disable next-line StringLiteral: equivalent, the target loader requires an attr for these rules (needsAttr), and any name no node sets reads as absent
    return ctx.attr ?? '';
}
const attrIn = {
    id: 'attr-in',
    limitForm: 'strings',
    needsAttr: true,
    doc: (l, attr) => `\`${attr ?? '?'}\` must be ${(0,types/* strings */.P$)(l).length === 1 ? (0,types/* formatLimit */.tW)(l) : `one of ${(0,types/* formatLimit */.tW)(l)}`} (every element of a list).`,
    check(ctx) {
        const attr = attrName(ctx);
        const when = MEANINGFUL_WHEN[attr];
        if (when && !when(ctx.node))
            return undefined;
        const v = attrValue(ctx.node, attr);
        if (v === undefined)
            return undefined;
        const ok = (0,types/* strings */.P$)(ctx.limit);
        if (attrs_elements(v).every((e) => ok.includes(e)))
            return undefined;
        const f = { value: `${attr}=${shown(v)}`, message: `${(0,types/* who */.dp)(ctx.node)}: ${attr} is ${shown(v)}; ${ctx.unit.name} supports only ${ok.join(' or ')}.` };
        const hint = HINTS[attr];
        return hint ? { ...f, hint } : f;
    },
};
const attrAbsent = {
    id: 'attr-absent',
    limitForm: 'none',
    needsAttr: true,
    doc: (_l, attr) => `\`${attr ?? '?'}\` must not be set (not supported).`,
    check(ctx) {
        const attr = attrName(ctx);
        const v = ctx.node.attrs[attr];
        if (v === undefined)
            return undefined;
        return { value: `${attr}=${shown(v)}`, limit: `no ${attr}`, message: `${(0,types/* who */.dp)(ctx.node)}: sets ${attr} (${shown(v)}); ${ctx.unit.name} does not support it.`, hint: `Export without ${attr}.` };
    },
};
const inputAbsent = {
    id: 'input-absent',
    limitForm: 'number',
    doc: (l) => `Optional input ${(0,types/* formatLimit */.tW)(l)} (0-based) must not be given (not supported).`,
    check(ctx) {
        const i = (0,types/* num */.bu)(ctx.limit, 0);
        const name = ctx.node.inputs[i] ?? '';
        if (name === '')
            return undefined;
        return { value: `input ${i} '${name}'`, limit: `no input ${i}`, message: `${(0,types/* who */.dp)(ctx.node)}: has optional input ${i} ('${name}'); ${ctx.unit.name} does not support it.`, hint: `Export without input ${i}.` };
    },
};
const caution = {
    id: 'caution',
    limitForm: 'string',
    doc: (l) => `The vendor's table adds: "${(0,types/* formatLimit */.tW)(l)}".`,
    check(ctx) {
        // Stryker disable next-line StringLiteral: equivalent, the target loader requires a string limit for this rule (limitForm 'string'), so the fallback is never read
        const words = typeof ctx.limit === 'string' ? ctx.limit : '';
        return { value: ctx.node.op, limit: words, message: `${(0,types/* who */.dp)(ctx.node)}: ${ctx.unit.name}'s operator table says "${words}" for ${ctx.node.op}; check this layer with the vendor compiler.` };
    },
};

;// CONCATENATED MODULE: ./src/targets/rules/stride.ts
/** Kernel and stride limits per axis (Kneron's convolution and transposed-convolution conditions). */


/** The stride along the height (0) or width (1) axis of a 2-D layer; 1 for a 1-D layer's missing axis. */
function strideAt(ctx, axis) {
    const s = stridesOf(ctx, 2);
    return s[axis] ?? 1;
}
const kernelMax = {
    id: 'kernel-max',
    limitForm: 'number',
    doc: (l) => `Every kernel dimension must be at most ${(0,types/* formatLimit */.tW)(l)}.`,
    check(ctx) {
        const max = (0,types/* num */.bu)(ctx.limit, 12);
        const k = kernelOf(ctx);
        if (!k || k.every((d) => d <= max))
            return undefined;
        return { value: k.join('x'), message: `${(0,types/* who */.dp)(ctx.node)}: kernel ${k.join('x')}; ${ctx.unit.name} takes kernels up to ${max}x${max}.`, hint: 'Split the kernel into smaller ones (e.g. two stacked convolutions), or run the layer on the CPU.' };
    },
};
function strideMax(id, axis, name) {
    return {
        id,
        limitForm: 'number',
        doc: (l) => `The ${name} stride must be at most ${(0,types/* formatLimit */.tW)(l)}.`,
        check(ctx) {
            const max = (0,types/* num */.bu)(ctx.limit, 4);
            const s = strideAt(ctx, axis);
            if (s <= max)
                return undefined;
            return { value: s, message: `${(0,types/* who */.dp)(ctx.node)}: ${name} stride ${s}; ${ctx.unit.name} strides up to ${max} along the ${name}.`, hint: 'Use a smaller stride and subsample after the layer.' };
        },
    };
}
const strideHMax = strideMax('stride-h-max', 0, 'height');
const strideWMax = strideMax('stride-w-max', 1, 'width');
const strideSquare = {
    id: 'stride-square',
    limitForm: 'none',
    doc: () => 'The stride must be the same along the height and the width (s x s).',
    check(ctx) {
        const [h, w] = [strideAt(ctx, 0), strideAt(ctx, 1)];
        if (h === w)
            return undefined;
        return { value: `${h}x${w}`, limit: 's x s', message: `${(0,types/* who */.dp)(ctx.node)}: stride ${h}x${w} differs between height and width; ${ctx.unit.name} needs a square stride.` };
    },
};
const strideIn = {
    id: 'stride-in',
    limitForm: 'numbers',
    doc: (l) => `Every stride must be one of ${(0,types/* formatLimit */.tW)(l)}.`,
    check(ctx) {
        const ok = (0,types/* numbers */.nL)(ctx.limit);
        const s = stridesOf(ctx, 2);
        if (s.every((x) => ok.includes(x)))
            return undefined;
        return { value: s.join('x'), message: `${(0,types/* who */.dp)(ctx.node)}: stride ${s.join('x')}; ${ctx.unit.name} takes strides of ${ok.join(' or ')} only.` };
    },
};

// EXTERNAL MODULE: ./src/memory/pad-fold.ts
var pad_fold = __webpack_require__(3892);
;// CONCATENATED MODULE: ./src/targets/rules/pad.ts
/** Pad operator limits (Kneron: no batch padding, spatial pads below 32, zero constant). */


function pads(ctx) {
    const rank = (0,types/* input */.hF)(ctx, 0)?.shape?.length;
    // Stryker disable next-line ConditionalExpression: equivalent, as false: padAmounts compares the pads' length with 2 x rank, NaN for an unknown rank, and finds none
    if (rank === undefined)
        return undefined;
    const p = (0,pad_fold/* padAmounts */.P2)(ctx.graph, ctx.node, rank);
    return p ? { pads: p, rank } : undefined;
}
/** The batch axis: 0 in both layouts. */
const padNoBatch = {
    id: 'pad-no-batch',
    limitForm: 'none',
    doc: () => 'The batch axis must not be padded.',
    check(ctx) {
        const p = pads(ctx);
        if (!p || rank0(p) === 0)
            return undefined;
        return { value: `batch pads ${p.pads[0] ?? 0},${p.pads[p.rank] ?? 0}`, limit: 'no batch padding', message: `${(0,types/* who */.dp)(ctx.node)}: pads the batch axis (${p.pads[0] ?? 0} before, ${p.pads[p.rank] ?? 0} after); ${ctx.unit.name} pads the other axes only.` };
    },
};
function rank0(p) {
    return Math.abs(p.pads[0] ?? 0) + Math.abs(p.pads[p.rank] ?? 0);
}
const padMax = {
    id: 'pad-max',
    limitForm: 'number',
    doc: (l) => `Every pad amount must be at most ${(0,types/* formatLimit */.tW)(l)}.`,
    check(ctx) {
        const max = (0,types/* num */.bu)(ctx.limit, 31);
        const p = pads(ctx);
        const big = p?.pads.find((x) => x > max);
        if (big === undefined)
            return undefined;
        return { value: big, message: `${(0,types/* who */.dp)(ctx.node)}: pads ${big} elements on one side; ${ctx.unit.name} pads at most ${max}.`, hint: 'Pad in two steps, or pad inside the convolution that follows.' };
    },
};
const padZeroConstant = {
    id: 'pad-zero-constant',
    limitForm: 'none',
    doc: () => 'The Pad must be constant mode with the value 0.',
    check(ctx) {
        if ((0,pad_fold/* padsWithZero */.hK)(ctx.graph, ctx.node))
            return undefined;
        const mode = ctx.node.attrs['mode'];
        const what = typeof mode === 'string' && mode !== 'constant' ? `mode ${mode}` : 'a non-zero (or computed) constant value';
        return { value: what, limit: 'constant 0', message: `${(0,types/* who */.dp)(ctx.node)}: pads with ${what}; ${ctx.unit.name} pads with zeros only.` };
    },
};

;// CONCATENATED MODULE: ./src/targets/rules/kneron-pool.ts
/**
 * Kneron's pooling conditions (document_center operators.md, footnotes 2, 3, 4, 24, 25): a MaxPool
 * or AveragePool runs on the NPU when it matches one of the listed forms. `limit` names the chip
 * family whose footnote applies: kl520, kl720 (also KL530/KL630 for AveragePool), kl530 (KL630),
 * kl730.
 */


const FAMILIES = ['kl520', 'kl720', 'kl530', 'kl730'];
const kneron_pool_all = (a, f) => a.length > 0 && a.every(f);
const kernel1 = { words: 'kernel 1 with stride > 1', test: (p) => p.ceil0 && p.dil1 && kneron_pool_all(p.k, (x) => x === 1) && kneron_pool_all(p.s, (x) => x > 1) };
/**
 * Named in every list, as the footnotes list it, but never the one that decides: a MaxPool that
 * matches it has a kernel above 3 (bigKernel), an AveragePool a square stride above 3 with
 * count_include_pad 0 (bigStride).
 */
const pow2 = { words: 'kernel = stride = n x n with n a power of 2 above 3' };
const bigKernel = { words: 'kernel above 3', test: (p) => !p.avg && p.ceil0 && kneron_pool_all(p.k, (x) => x > 3) };
const bigStride = { words: 'square stride s x s with s > 3 (count_include_pad 0)', test: (p) => p.avg && p.ceil0 && p.cip0 && p.s.length === 2 && p.s[0] === p.s[1] && (p.s[0] ?? 0) > 3 };
/** 2-D k x k kernel, s x s stride, with kMin <= k <= 3 and s <= k (KL520 and KL720 MaxPool). */
function squareUpTo3(kMin) {
    return {
        words: `k x k kernel, s x s stride, ${kMin} <= k <= 3, s <= k`,
        test: (p) => p.dil1 && p.k.length === 2 && p.k[0] === p.k[1] && p.s[0] === p.s[1] && (p.k[0] ?? 0) >= kMin && (p.k[0] ?? 0) <= 3 && (p.s[0] ?? 0) <= (p.k[0] ?? 0),
    };
}
/** KL530/KL630/KL730 (and KL720 AveragePool): k x k / s x s up to 3, or one axis 1 and the other up to 3. */
function smallForms(allow1D) {
    return {
        words: `k x k kernel and s x s stride with k, s <= 3; or kernel and stride 1 on one axis, kernel = stride <= 3 on the other${allow1D ? ' (1-D pools too)' : ''}`,
        test: (p) => {
            if (!p.dil1)
                return false;
            if (p.k.length === 1)
                return allow1D && (p.k[0] ?? 0) <= 3 && (p.s[0] ?? 0) <= 3;
            if (p.k.length !== 2)
                return false;
            const [kh, kw] = p.k;
            const [sh, sw] = [p.s[0] ?? 1, p.s[1] ?? 1];
            if (kh === kw && sh === sw && kh <= 3 && sh <= 3)
                return true;
            if (kw === 1 && sw === 1 && kh <= 3 && sh <= 3)
                return true;
            return kh === 1 && sh === 1 && kw === sw && kw <= 3;
        },
    };
}
function kneron_pool_forms(family, avg) {
    if (!avg)
        return [kernel1, pow2, bigKernel, family === 'kl520' || family === 'kl720' ? squareUpTo3(2) : smallForms(false)];
    if (family === 'kl520')
        return [pow2, kernel1, bigStride, squareUpTo3(1)];
    return [pow2, kernel1, bigStride, smallForms(family === 'kl730')];
}
function read(ctx) {
    const k = kernelOf(ctx);
    if (!k)
        return undefined;
    const d = ctx.node.attrs['dilations'];
    return {
        k,
        s: stridesOf(ctx, k.length),
        dil1: !Array.isArray(d) || d.every((x) => x === 1),
        ceil0: (ctx.node.attrs['ceil_mode'] ?? 0) === 0,
        cip0: (ctx.node.attrs['count_include_pad'] ?? 0) === 0,
        avg: ctx.node.op === 'AveragePool',
    };
}
const kneronPool = {
    id: 'kneron-pool',
    limitForm: 'string',
    choices: FAMILIES,
    doc: (l) => `The pool must match one of the ${String(l)} footnote's forms. MaxPool: ${kneron_pool_forms((l ?? 'kl520'), false).map((f) => f.words).join('; or ')}. AveragePool: ${kneron_pool_forms((l ?? 'kl520'), true).map((f) => f.words).join('; or ')}. ceil_mode 0 except for the small forms.`,
    check(ctx) {
        const p = read(ctx);
        if (!p)
            return undefined;
        const family = (typeof ctx.limit === 'string' ? ctx.limit : 'kl520');
        const fs = kneron_pool_forms(family, p.avg);
        if (fs.some((f) => f.test?.(p) === true))
            return undefined;
        const extra = [p.ceil0 ? '' : 'ceil_mode 1', p.dil1 ? '' : 'dilated', p.avg && !p.cip0 ? 'count_include_pad 1' : ''].filter((x) => x !== '').join(', ');
        const shape = `kernel ${p.k.join('x')}, stride ${p.s.join('x')}${extra ? `, ${extra}` : ''}`;
        // The toolchain's own rewrite (Kneron's --replace-avgpool-with-conv) is the target file's hint.
        const hint = 'Change the kernel or stride to a listed form (e.g. 3x3 stride 2, or 2x2 stride 2).';
        return { value: shape, limit: fs.map((f) => f.words).join('; or '), message: `${(0,types/* who */.dp)(ctx.node)}: ${shape} matches none of ${ctx.unit.name}'s pooling forms (${fs.map((f) => f.words).join('; or ')}).`, hint };
    },
};

;// CONCATENATED MODULE: ./src/targets/rules/vela.ts



/** Vela's constraint_tens_quant_none_check reads every tensor; `quant-params` covers 8/16-bit ones. */
const int32QuantParams = {
    id: 'int32-quant-params',
    limitForm: 'none',
    doc: () => 'int32 operands must carry quantization parameters too (Vela checks every input, weight and output tensor).',
    check(ctx) {
        const bad = examined(ctx).find((t) => t.dtype === 'int32' && (t.quant === undefined || t.quant.scale.length === 0));
        if (!bad)
            return undefined;
        return { value: `'${bad.name}' int32 without scale`, limit: 'scale and zero point', message: `${(0,types/* who */.dp)(ctx.node)}: int32 tensor '${bad.name}' has no quantization parameters; ${ctx.unit.name} needs them on every operand.`, hint: 'Integer arithmetic outside the quantized graph (shape or index computations, casts) runs on the CPU.' };
    },
};
const sameInOutDtype = {
    id: 'same-in-out-dtype',
    limitForm: 'none',
    doc: () => 'The input and output data types must match.',
    check(ctx) {
        const x = (0,types/* input */.hF)(ctx, 0)?.dtype;
        const y = (0,types/* output */.CG)(ctx, 0)?.dtype;
        if (x === undefined || y === undefined || x === 'unknown' || y === 'unknown' || x === y)
            return undefined;
        return { value: `${x} -> ${y}`, limit: 'same type', message: `${(0,types/* who */.dp)(ctx.node)}: reads ${x} and writes ${y}; ${ctx.unit.name} needs the same type on both sides.`, hint: 'Quantize the output with the input\'s type (int8 in, int8 out).' };
    },
};
/** Vela's constraint_transpose, case by case. */
function velaTransposeOk(shape, p) {
    if (shape.length === 2)
        return true; // W x C -> C x W
    if (p.length === 3) {
        if (p[0] === 1 && p[1] === 0)
            return true; // H x W x C -> W x H x C
        if (shape[0] === 1 && p[1] === 2 && p[2] === 1)
            return true; // 1 x W x C -> 1 x C x W
        return shape[1] === 1 && p[0] === 2 && p[2] === 0; // H x 1 x C -> C x 1 x H
    }
    if (p.length === 4) {
        if (p[0] === 0 && p[1] === 2 && p[2] === 1)
            return true; // 1 x H x W x C -> 1 x W x H x C
        if (shape[1] === 1 && p[0] === 0 && p[2] === 3 && p[3] === 2)
            return true; // 1 x 1 x W x C -> 1 x 1 x C x W
        return shape[2] === 1 && p[0] === 0 && p[1] === 3 && p[3] === 1; // 1 x H x 1 x C -> 1 x C x 1 x H
    }
    return false;
}
const velaTranspose = {
    id: 'vela-transpose',
    limitForm: 'none',
    doc: () => 'Only these transposes: rank 2 W x C -> C x W; rank 3 H x W x C -> W x H x C, 1 x W x C -> 1 x C x W, H x 1 x C -> C x 1 x H; rank 4 1 x H x W x C -> 1 x W x H x C, 1 x 1 x W x C -> 1 x 1 x C x W, 1 x H x 1 x C -> 1 x C x 1 x H.',
    check(ctx) {
        const shape = (0,types/* input */.hF)(ctx, 0)?.shape;
        const p = transposePerm(ctx);
        if (!shape || !p || velaTransposeOk(shape, p))
            return undefined;
        return { value: `[${shape.join(', ')}] perm ${p.join(',')}`, limit: 'the listed transposes', message: `${(0,types/* who */.dp)(ctx.node)}: transposes [${shape.join(', ')}] by ${p.join(',')}; ${ctx.unit.name} swaps only H and W, or the last two axes of a tensor with a 1 before them.`, hint: 'An NCHW -> NHWC transpose of the input (perm 0,2,3,1) runs on the CPU; feed the model NHWC data instead.' };
    },
};
/**
 * Vela's constraint_batch_size: the batch of the IFM (and IFM2) after padding the shape to 4-D
 * from the left, so only a rank-4 input can have a batch other than 1 ([6, 8] is 1 x 1 x 6 x 8).
 */
const ifmBatchOne = {
    id: 'ifm-batch-one',
    limitForm: 'none',
    doc: () => 'The input\'s batch must be 1, its shape read as 4-D (a tensor of rank 3 or less has batch 1).',
    check(ctx) {
        const ins = [(0,types/* input */.hF)(ctx, 0), (0,types/* input */.hF)(ctx, 1)].filter((t) => t !== undefined && t.data === undefined);
        for (const t of ins) {
            const shape = t.shape;
            if (shape?.length !== 4 || typeof shape[0] !== 'number' || shape[0] === 1)
                continue;
            return { value: shape[0], limit: '1', message: `${(0,types/* who */.dp)(ctx.node)}: input '${t.name}' has batch ${shape[0]} ([${shape.join(', ')}]); ${ctx.unit.name} needs batch 1.`, hint: 'Export the model with batch 1.' };
        }
        return undefined;
    },
};

;// CONCATENATED MODULE: ./src/targets/rules/index.ts












const ALL = [
    activationDtype, tensorDtype, int32Ops, weightDtype, noHybrid, quantParams, perAxisOps, symmetricWeights, symmetricOutput1x1, outputDtype,
    rankMax, staticShapes, batchOne, dimRange, broadcastSize1, fcOutput2d,
    strideRange, dilatedKernelHeight, dilatedKernelArea, weightsSum, biasType, depthMultiplier, tconvStride,
    poolWindowMax, globalPoolMax, avgpoolSameKernel, poolKernelHeight, poolKernelArea, poolStrideMax,
    misc/* opListed */.z6, misc/* noKernel */.hd, misc/* constInput */.Sc, misc/* optionEnabled */.PX, misc/* fusedActivation */.cx, misc/* channelsNotPrime */.fv, misc/* customCode */.rS, transposeInnermost,
    attrIn, attrAbsent, inputAbsent, caution,
    kernelMax, strideHMax, strideWMax, strideSquare, strideIn, padMax, padNoBatch, padZeroConstant, kneronPool,
    reduceAxes, expandAxes, resizeOneAxis, transposePerms, transposeNotBatch, inputChannels, singleIndex, indicesRankMax,
    powExponent, clipRelu, sliceStepsOne, matmulShape, preluSlope, tconvOutputPadding, rowsMin,
    int32QuantParams, sameInOutDtype, velaTranspose, ifmBatchOne,
];
const RULE_DEFS = new Map(ALL.map((r) => [r.id, r]));
function getRuleDef(id) {
    return RULE_DEFS.get(id);
}




/***/ }),

/***/ 1136:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PX: () => (/* binding */ optionEnabled),
/* harmony export */   Sc: () => (/* binding */ constInput),
/* harmony export */   cx: () => (/* binding */ fusedActivation),
/* harmony export */   fv: () => (/* binding */ channelsNotPrime),
/* harmony export */   hd: () => (/* binding */ noKernel),
/* harmony export */   rS: () => (/* binding */ customCode),
/* harmony export */   z6: () => (/* binding */ opListed)
/* harmony export */ });
/* harmony import */ var _ops_ml_arrays_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(962);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1251);
/** Rules about the operator itself: listing, constant inputs, compiler options, fused activations, channels. */


/** Used by the mapper when a unit does not list the operator (and has no "*" entry): it always fails, with a limit. */
const opListed = {
    id: 'op-listed',
    limitForm: 'none',
    doc: () => 'The operator must be in the unit\'s supported list.',
    check(ctx) {
        const message = `${(0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .who */ .dp)(ctx.node)}: ${ctx.node.op} is not in ${ctx.unit.name}'s supported operators.`;
        if (!(0,_ops_ml_arrays_js__WEBPACK_IMPORTED_MODULE_1__/* .isMlKind */ .s8)(ctx.node.op))
            return { value: ctx.node.op, limit: 'listed operators', message };
        return { value: ctx.node.op, limit: 'listed operators', message: `${message} It is a classical-ML (ONNX-ML) operator: NPUs have no kernel for them, the CPU runs it.`, hint: 'Expected for scikit-learn models; budget its CPU time, or train a small neural network in its place if it must run on the NPU.' };
    },
};
/** For `Custom` operators: the custom codes this unit runs (e.g. the `ethos-u` op Vela emits). */
const customCode = {
    id: 'custom-code',
    limitForm: 'strings',
    doc: (l) => `The custom operator's code must be one of ${(0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .formatLimit */ .tW)(l)}.`,
    check(ctx) {
        const ok = (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .strings */ .P$)(ctx.limit);
        if (ok.includes(ctx.node.sourceOp))
            return undefined;
        return { value: ctx.node.sourceOp, message: `${(0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .who */ .dp)(ctx.node)}: custom operator '${ctx.node.sourceOp}' is not one ${ctx.unit.name} runs (it runs ${ok.join(', ')}).`, hint: 'Custom operators need a kernel registered with the runtime; re-export the model without them or provide the kernel.' };
    },
};
const noKernel = {
    id: 'no-kernel',
    limitForm: 'none',
    doc: () => 'No kernel exists for this operator on this unit.',
    check(ctx) {
        return { value: ctx.node.op, limit: 'a kernel', message: `${(0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .who */ .dp)(ctx.node)}: ${ctx.unit.name} has no kernel for ${ctx.node.sourceOp}.`, hint: 'Replace the operator with supported ones, or provide a custom kernel.' };
    },
};
const constInput = {
    id: 'const-input',
    limitForm: 'number',
    doc: (l) => `Input ${(0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .formatLimit */ .tW)(l)} (0-based) must be a constant.`,
    check(ctx) {
        const i = (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(ctx.limit, 1);
        const t = (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF)(ctx, i);
        if (t === undefined || t.data !== undefined)
            return undefined;
        return { value: `input ${i} '${t.name}' is computed`, limit: `input ${i} constant`, message: `${(0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .who */ .dp)(ctx.node)}: input ${i} '${t.name}' is computed at run time; ${ctx.unit.name} needs a constant there (weights).`, hint: 'Only matrix products with constant weights are accelerated.' };
    },
};
const optionEnabled = {
    id: 'option-enabled',
    limitForm: 'string',
    doc: (l) => `Needs the compiler option '${(0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .formatLimit */ .tW)(l)}' (target \`options\`).`,
    check(ctx) {
        // Stryker disable next-line StringLiteral: equivalent, the target loader requires a string limit for this rule (limitForm 'string'), so the fallback is never read
        const opt = typeof ctx.limit === 'string' ? ctx.limit : '';
        if (ctx.target.options[opt] === true)
            return undefined;
        return { value: `${opt} off`, limit: `${opt} on`, message: `${(0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .who */ .dp)(ctx.node)}: ${ctx.unit.name} lowers ${ctx.node.op} only with the '${opt}' option, which is off.`, hint: `Set "options": { "${opt}": true } in the target file if your compiler invocation enables it.` };
    },
};
const fusedActivation = {
    id: 'fused-activation',
    limitForm: 'ops',
    doc: (l) => `A fused activation must be one of ${(0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .formatLimit */ .tW)(l)}.`,
    check(ctx) {
        const act = ctx.node.activation;
        const ok = (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .strings */ .P$)(ctx.limit);
        if (act === undefined || ok.includes(act))
            return undefined;
        return { value: act, message: `${(0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .who */ .dp)(ctx.node)}: fused activation ${act}; ${ctx.unit.name} fuses only ${ok.join(', ')}.` };
    },
};
const channelsNotPrime = {
    id: 'channels-not-prime',
    limitForm: 'number',
    doc: (l) => `Output channel counts above ${(0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .formatLimit */ .tW)(l)} should not be prime (they cannot be split evenly across the accelerator's channel groups).`,
    check(ctx) {
        const above = (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(ctx.limit, 16);
        const c = (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .outChannels */ .t7)(ctx);
        // Stryker disable next-line ConditionalExpression: equivalent, as false: isPrime(undefined) is false, so the next test lets the rule hold either way
        if (c === undefined)
            return undefined;
        if (c <= above || !(0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isPrime */ .A5)(c))
            return undefined;
        return { value: c, limit: 'not prime', message: `${(0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .who */ .dp)(ctx.node)}: ${c} output channels is a prime number; it cannot be split evenly across the accelerator's channel groups.`, hint: `Use ${c - 1} or ${c + 1} output channels if the model allows it.` };
    },
};


/***/ }),

/***/ 1251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A5: () => (/* binding */ isPrime),
/* harmony export */   AA: () => (/* binding */ constants),
/* harmony export */   CG: () => (/* binding */ output),
/* harmony export */   P$: () => (/* binding */ strings),
/* harmony export */   UG: () => (/* binding */ activations),
/* harmony export */   bu: () => (/* binding */ num),
/* harmony export */   dp: () => (/* binding */ who),
/* harmony export */   hF: () => (/* binding */ input),
/* harmony export */   ko: () => (/* binding */ isOp),
/* harmony export */   nL: () => (/* binding */ numbers),
/* harmony export */   t7: () => (/* binding */ outChannels),
/* harmony export */   tW: () => (/* binding */ formatLimit),
/* harmony export */   y1: () => (/* binding */ range),
/* harmony export */   yb: () => (/* binding */ isDepthwise)
/* harmony export */ });
/** `Conv 'Conv2D_23'`: how every sentence names the operator. */
function who(node) {
    return `${node.op} '${node.name}'`;
}
function num(limit, fallback) {
    return typeof limit === 'number' ? limit : fallback;
}
function range(limit, fallback) {
    if (Array.isArray(limit) && limit.length === 2 && typeof limit[0] === 'number' && typeof limit[1] === 'number')
        return [limit[0], limit[1]];
    return fallback;
}
/** A list limit's numbers (the loader checks the form: a list of numbers for limitForm 'numbers'); none otherwise. */
function numbers(limit) {
    return Array.isArray(limit) ? limit.map(Number) : [];
}
function strings(limit) {
    return Array.isArray(limit) ? limit.map(String) : typeof limit === 'string' ? [limit] : [];
}
function formatLimit(limit) {
    if (limit === undefined)
        return '';
    if (Array.isArray(limit))
        return limit.length === 2 && typeof limit[0] === 'number' ? `${limit[0]}..${limit[1]}` : limit.join(', ');
    // Stryker disable next-line ConditionalExpression: equivalent, as true: a string's toLocaleString is the string itself
    return typeof limit === 'number' ? limit.toLocaleString('en-US') : limit;
}
function present(ctx, names) {
    return names.map((n) => ctx.tensor(n)).filter((t) => t !== undefined);
}
/** Non-constant inputs (activations) and the outputs: the tensors the unit reads and writes. */
function activations(ctx) {
    return [...present(ctx, ctx.node.inputs).filter((t) => t.data === undefined), ...present(ctx, ctx.node.outputs)];
}
function constants(ctx) {
    return present(ctx, ctx.node.inputs).filter((t) => t.data !== undefined);
}
function input(ctx, i) {
    return ctx.tensor(ctx.node.inputs[i]);
}
function output(ctx, i) {
    return ctx.tensor(ctx.node.outputs[i]);
}
/** True for depthwise convolutions (group = input channels > 1, or TFLite IHWO weights). */
function isDepthwise(ctx) {
    const n = ctx.node;
    if (n.op !== 'Conv')
        return false;
    if (n.attrs['weight_layout'] === 'IHWO')
        return true;
    const g = n.attrs['group'];
    return typeof g === 'number' && g > 1;
}
const isOp = (ctx, ...ops) => ops.includes(ctx.node.op);
/** Channel count of output 0 (NCHW: dim 1; NHWC and 2-D: last dim). */
function outChannels(ctx) {
    const s = output(ctx, 0)?.shape;
    // rank 0 reads s[-1] or s[1]: undefined, as for an unknown shape
    if (!s)
        return undefined;
    // a 2-D output's dim 1 is its last
    const nhwc = ctx.node.attrs['layout'] === 'NHWC' || !['Conv', 'ConvTranspose'].includes(ctx.node.op);
    const d = nhwc ? s[s.length - 1] : s[1];
    return typeof d === 'number' ? d : undefined;
}
function isPrime(n) {
    if (n < 2 || !Number.isInteger(n))
        return false;
    for (let i = 2; i * i <= n; i++)
        if (n % i === 0)
            return false;
    return true;
}


/***/ }),

/***/ 7692:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M0: () => (/* binding */ formatAddress),
/* harmony export */   ik: () => (/* binding */ readSize)
/* harmony export */ });
/* unused harmony exports sizeOf, formatSize */
const UNITS = { '': 1, b: 1, kb: 1024, kib: 1024, k: 1024, mb: 1024 ** 2, mib: 1024 ** 2, m: 1024 ** 2, gb: 1024 ** 3, gib: 1024 ** 3 };
const MAGNITUDES = { BYTES: 1, KBYTES: 1024, MBYTES: 1024 ** 2 };
/** Bytes from `value`, or undefined when it is not a size. */
function sizeOf(value) {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        const o = value;
        const mult = o['magnitude'] === undefined ? 1 : typeof o['magnitude'] === 'string' ? MAGNITUDES[o['magnitude']] : undefined;
        const n = typeof o['value'] === 'string' || typeof o['value'] === 'number' ? sizeOf(o['value']) : undefined;
        const others = Object.keys(o).filter((k) => k !== 'value' && k !== 'magnitude');
        return others.length === 0 && mult !== undefined && n !== undefined ? n * mult : undefined;
    }
    if (typeof value === 'number')
        return Number.isInteger(value) && value >= 0 ? value : undefined;
    if (typeof value !== 'string')
        return undefined;
    const s = value.trim();
    if (/^0x[0-9a-f]+$/i.test(s))
        return parseInt(s.slice(2), 16);
    const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(s);
    const mult = m ? UNITS[(m[2] ?? '').toLowerCase()] : undefined;
    if (!m || mult === undefined)
        return undefined;
    const n = Number(m[1]) * mult;
    return Number.isInteger(n) ? n : undefined;
}
function readSize(c, value, path) {
    const n = sizeOf(value);
    if (n === undefined)
        return c.expected(path, 'a size (bytes as a number, "128KB", "1MB", "0x20000" or {"value": "128", "magnitude": "KBYTES"})', value);
    return n;
}
/** The shortest exact stedgeai spelling: "448KB", "16MB", "100B". */
function formatSize(n) {
    if (n > 0 && n % 1024 ** 2 === 0)
        return `${n / 1024 ** 2}MB`;
    if (n > 0 && n % 1024 === 0)
        return `${n / 1024}KB`;
    return `${n}B`;
}
function formatAddress(n) {
    return `0x${n.toString(16).toUpperCase().padStart(8, '0')}`;
}


/***/ }),

/***/ 633:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xu: () => (/* binding */ readPool),
/* harmony export */   sD: () => (/* binding */ usableBytes)
/* harmony export */ });
/* unused harmony export POOL_KEYS */
/* harmony import */ var _check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4950);
/* harmony import */ var _sizes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7692);


const POOL_KEYS = ['name', 'size', 'usable_size', 'address', 'access', 'use', 'external', 'description'];
/**
 * The keys of ST's own pool entries (STM32CubeMX's `.ai/mempools-board.json`, stedgeai's `.mpool`):
 * `offset` is the address, `prop.rights` the access (ACC_READ: read only); the other properties
 * (throughput, latency, power) and the dump file's name and format (`fname`, `fformat`) say
 * nothing about its size.
 */
const ST_POOL_KEYS = ['offset', 'prop', 'fname', 'fformat'];
const ST_RIGHTS = { ACC_WRITE: 'rw', ACC_READ: 'ro' };
const USES = ['activations', 'weights'];
/**
 * `name` defaults to `pool_<index>` (stedgeai). A pool without `size` is unbounded (stedgeai's
 * `{"name": "default"}`). `access` defaults to "rw"; `use` to activations for rw pools and
 * weights for read-only ones.
 */
function readPool(c, v, path, index) {
    const o = c.object(v, path, [...POOL_KEYS, ...ST_POOL_KEYS]);
    const name = o['name'] === undefined ? `pool_${index}` : c.string(o['name'], (0,_check_js__WEBPACK_IMPORTED_MODULE_0__/* .join */ .fj)(path, 'name'));
    // any property is accepted (ST adds them over versions): only rights is read
    const prop = o['prop'] === undefined ? {} : c.object(o['prop'], (0,_check_js__WEBPACK_IMPORTED_MODULE_0__/* .join */ .fj)(path, 'prop'), 'any');
    const rights = prop['rights'] === undefined ? undefined : ST_RIGHTS[c.oneOf(prop['rights'], (0,_check_js__WEBPACK_IMPORTED_MODULE_0__/* .join */ .fj)((0,_check_js__WEBPACK_IMPORTED_MODULE_0__/* .join */ .fj)(path, 'prop'), 'rights'), ['ACC_WRITE', 'ACC_READ'])];
    if (o['access'] !== undefined && rights !== undefined)
        c.fail((0,_check_js__WEBPACK_IMPORTED_MODULE_0__/* .join */ .fj)(path, 'access'), 'given twice: as access and as prop.rights');
    const access = o['access'] === undefined ? rights ?? 'rw' : c.oneOf(o['access'], (0,_check_js__WEBPACK_IMPORTED_MODULE_0__/* .join */ .fj)(path, 'access'), ['rw', 'ro']);
    const pool = {
        name,
        access,
        use: o['use'] === undefined ? [access === 'ro' ? 'weights' : 'activations'] : c.array(o['use'], (0,_check_js__WEBPACK_IMPORTED_MODULE_0__/* .join */ .fj)(path, 'use')).map((u, i) => c.oneOf(u, `${(0,_check_js__WEBPACK_IMPORTED_MODULE_0__/* .join */ .fj)(path, 'use')}[${i}]`, USES)),
    };
    if (o['size'] !== undefined)
        pool.size = (0,_sizes_js__WEBPACK_IMPORTED_MODULE_1__/* .readSize */ .ik)(c, o['size'], (0,_check_js__WEBPACK_IMPORTED_MODULE_0__/* .join */ .fj)(path, 'size'));
    if (o['usable_size'] !== undefined) {
        pool.usableSize = (0,_sizes_js__WEBPACK_IMPORTED_MODULE_1__/* .readSize */ .ik)(c, o['usable_size'], (0,_check_js__WEBPACK_IMPORTED_MODULE_0__/* .join */ .fj)(path, 'usable_size'));
        if (pool.size !== undefined && pool.usableSize > pool.size)
            c.fail((0,_check_js__WEBPACK_IMPORTED_MODULE_0__/* .join */ .fj)(path, 'usable_size'), `usable size ${pool.usableSize} is larger than size ${pool.size}`);
    }
    if (o['address'] !== undefined && o['offset'] !== undefined)
        c.fail((0,_check_js__WEBPACK_IMPORTED_MODULE_0__/* .join */ .fj)(path, 'offset'), 'given twice: as address and as offset');
    if (o['address'] !== undefined)
        pool.address = (0,_sizes_js__WEBPACK_IMPORTED_MODULE_1__/* .readSize */ .ik)(c, o['address'], (0,_check_js__WEBPACK_IMPORTED_MODULE_0__/* .join */ .fj)(path, 'address'));
    if (o['offset'] !== undefined)
        pool.address = (0,_sizes_js__WEBPACK_IMPORTED_MODULE_1__/* .readSize */ .ik)(c, o['offset'], (0,_check_js__WEBPACK_IMPORTED_MODULE_0__/* .join */ .fj)(path, 'offset'));
    if (o['external'] !== undefined)
        pool.external = c.boolean(o['external'], (0,_check_js__WEBPACK_IMPORTED_MODULE_0__/* .join */ .fj)(path, 'external'));
    if (o['description'] !== undefined)
        pool.description = c.string(o['description'], (0,_check_js__WEBPACK_IMPORTED_MODULE_0__/* .join */ .fj)(path, 'description'));
    if (access === 'ro' && pool.use.includes('activations'))
        c.fail((0,_check_js__WEBPACK_IMPORTED_MODULE_0__/* .join */ .fj)(path, 'use'), 'a read-only pool cannot hold activations');
    return pool;
}
/** Usable bytes (Infinity for an unbounded pool). */
function usableBytes(p) {
    return p.usableSize ?? p.size ?? Infinity;
}


/***/ }),

/***/ 2676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $6: () => (/* binding */ oshape),
/* harmony export */   AY: () => (/* binding */ bytesLong),
/* harmony export */   Jq: () => (/* binding */ signedPercent1),
/* harmony export */   KN: () => (/* binding */ percent),
/* harmony export */   M0: () => (/* binding */ bar),
/* harmony export */   PI: () => (/* binding */ compactSize),
/* harmony export */   Ro: () => (/* binding */ compactCount),
/* harmony export */   Rz: () => (/* binding */ milliseconds),
/* harmony export */   ST: () => (/* binding */ bytesShort),
/* harmony export */   dQ: () => (/* binding */ binarySize),
/* harmony export */   oh: () => (/* binding */ thousands),
/* harmony export */   rh: () => (/* binding */ clipStart),
/* harmony export */   vH: () => (/* binding */ signedWith),
/* harmony export */   wu: () => (/* binding */ signedPercent),
/* harmony export */   x8: () => (/* binding */ signed)
/* harmony export */ });
/* unused harmony export fixed */
/** Number and byte formatting the way stedgeai prints them. */
/** Control characters in user-controlled text (names, paths) shown as \xNN so lines stay lines. */

/**
 * Long names keep their END: exporters prefix every name with the same scopes
 * ('model/conv2d_3/BiasAdd/ReadVariableOp', '/features/features.0/Conv'), and what tells layers
 * apart is the last part.
 */
function clipStart(s, max) {
    return s.length > max ? `…${s.slice(s.length - (max - 1))}` : s;
}
/** '1234567' -> '1,234,567': a string of digits in groups of three from the right. */
function grouped(digits) {
    let end = digits.length % 3 || 3;
    let out = digits.slice(0, end);
    for (; end < digits.length; end += 3)
        out += ',' + digits.slice(end, end + 3);
    return out;
}
/**
 * 147472 -> '147,472'; -1234.5 -> '-1,234.5' (every fraction digit kept). Integers take a path
 * without split or regex: a 100k-layer text report formats some 300k of them.
 */
function thousands(n) {
    if (Number.isSafeInteger(n))
        return n < 0 ? '-' + grouped(String(-n)) : grouped(String(n));
    const [int = '0', frac] = Math.abs(n).toString().split('.');
    return (n < 0 ? '-' : '') + int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac !== undefined ? '.' + frac : '');
}
/** '640 B', '48.25 KiB', '1.50 MiB' (the part in parentheses of `49,412 B (48.25 KiB)`). */
function binarySize(n) {
    if (n < 1024)
        return `${n} B`;
    if (n < 1024 * 1024)
        return `${(n / 1024).toFixed(2)} KiB`;
    return `${(n / (1024 * 1024)).toFixed(2)} MiB`;
}
/** '49,412 B (48.25 KiB)'. */
function bytesLong(n) {
    return `${thousands(n)} B (${binarySize(n)})`;
}
/** I/O sizes: '490 Bytes', '1.17 KBytes', '2.00 MBytes'. */
function bytesShort(n) {
    if (n < 1024)
        return `${n} Bytes`;
    if (n < 1024 * 1024)
        return `${(n / 1024).toFixed(2)} KBytes`;
    return `${(n / (1024 * 1024)).toFixed(2)} MBytes`;
}
/** '+64', '-138,120', '0'. */
function signed(n) {
    return (n > 0 ? '+' : '') + thousands(n);
}
/** '-73.7%' / '+11.1%' from a percentage. */
function signedPercent(p) {
    const s = p.toFixed(1);
    return (p > 0 ? '+' : '') + (s === '-0.0' ? '0.0' : s) + '%';
}
/** 10 ** d for fixed()'s d of 1 to 3. */
const FIXED_SCALE = [1, 10, 100, 1000];
/** How far from a tie (a scaled value ending in .5) fixed() rounds by itself: 8x the error of one multiplication below 1e9. */
const FIXED_TIE_MARGIN = 1e-6;
/**
 * `v.toFixed(d)` (d of 1 to 3), the same characters, mostly without toFixed: a 100k-layer text
 * report formats some 500k shares and times, and toFixed's exact decimal expansion was most of
 * their cost. `v * 10 ** d` is off the exact product by less than 1.2e-7 below 1e9, so away from a
 * tie Math.round of it is the integer toFixed picks. A value near a tie, negative, from 1e9 / 10 ** d
 * on, or not finite takes toFixed itself.
 */
function fixed(v, d) {
    const scale = FIXED_SCALE[d];
    const t = v * scale;
    if (!(t >= 0 && t < 1e9) || Math.abs(t - Math.trunc(t) - 0.5) < FIXED_TIE_MARGIN)
        return v.toFixed(d);
    const r = Math.round(t);
    const whole = Math.trunc(r / scale);
    return `${whole}.${String(r - whole * scale).padStart(d, '0')}`;
}
/** A 0..1 share as '98.6%'. */
function percent(share) {
    return `${fixed(share * 100, 1)}%`;
}
/** A 16-character bar as in stedgeai's complexity report: 1 + floor(15 * value / max) bars. */
function bar(value, max, width = 16) {
    const n = max > 0 ? 1 + Math.floor(((width - 1) * value) / max) : 1;
    return '|'.repeat(Math.min(width, Math.max(1, n)));
}
/** oshape's axis labels: 4-D in either layout, and 2-D. */
const OSHAPE_LABELS = { NHWC: ['b', 'h', 'w', 'c'], NCHW: ['b', 'c', 'h', 'w'], matrix: ['b', 'c'] };
/** stedgeai's oshape: [b:1,h:28,w:1,c:40] for 4-D NHWC, [b:1,c:40,h:28,w:1] for NCHW, [b:1,c:3] for 2-D. */
function oshape(shape, layout) {
    if (shape === null)
        return '?';
    const labels = shape.length === 4 ? OSHAPE_LABELS[layout] : shape.length === 2 ? OSHAPE_LABELS.matrix : undefined;
    if (!labels)
        return `[${shape.join(',')}]`;
    // (one string built in a loop: a 100k-layer text report shapes every layer twice)
    let out = '[';
    for (let i = 0; i < shape.length; i++)
        out += `${i > 0 ? ',' : ''}${labels[i] ?? '?'}:${shape[i]}`;
    return out + ']';
}
/** The PR comment's compact size: '512 B', '15.6 KiB', '1.50 MiB' (one decimal below a MiB). */
function compactSize(n) {
    const a = Math.abs(n);
    if (a < 1024)
        return `${n} B`;
    if (a < 1024 * 1024)
        return `${(n / 1024).toFixed(1)} KiB`;
    if (a < 1024 ** 3)
        return `${(n / 1024 ** 2).toFixed(2)} MiB`;
    return `${(n / 1024 ** 3).toFixed(2)} GiB`;
}
/** The PR comment's compact count: '980', '12.5 k', '1.50 M', '2.31 G'. */
function compactCount(n) {
    const a = Math.abs(n);
    if (a < 10_000)
        return String(n);
    if (a < 1e6)
        return `${(n / 1e3).toFixed(1)} k`;
    if (a < 1e9)
        return `${(n / 1e6).toFixed(2)} M`;
    return `${(n / 1e9).toFixed(2)} G`;
}
/** `+x` / `-x` / '0' with `fmt` for the magnitude. */
function signedWith(n, fmt) {
    return n > 0 ? `+${fmt(n)}` : n < 0 ? `-${fmt(-n)}` : '0';
}
/** '+3.2%', '-12%', '+<0.1%', '0%': a change in percent, one decimal below 10%. */
function signedPercent1(p) {
    if (p !== 0 && Math.abs(p) < 0.05)
        return p > 0 ? '+<0.1%' : '-<0.1%';
    const s = Math.abs(p) < 10 ? p.toFixed(1) : p.toFixed(0);
    return (p > 0 ? '+' : '') + (s === '-0.0' || s === '-0' ? '0' : s) + '%';
}
/** `113.0 ms`, `6.61 ms`, `0.032 ms`: three significant digits or so, for latencies. */
function milliseconds(n) {
    return `${fixed(n, n >= 100 ? 1 : n >= 1 ? 2 : 3)} ms`;
}


/***/ }),

/***/ 4881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ formatFrequency),
/* harmony export */   y: () => (/* binding */ frequencyOf)
/* harmony export */ });
/** Clock frequencies as users write them: `480MHz`, `1GHz`, `32768Hz`, or a number of hertz. */
const MULT = { hz: 1, khz: 1e3, mhz: 1e6, ghz: 1e9 };
/** Hertz from `value`, or undefined when it is not a frequency (positive, at most 100 GHz). */
function frequencyOf(value) {
    let hz;
    if (typeof value === 'number')
        hz = value;
    else if (typeof value === 'string') {
        const m = /^(\d+(?:\.\d+)?)\s*(hz|khz|mhz|ghz)$/i.exec(value.trim());
        const mult = m ? MULT[(m[2] ?? '').toLowerCase()] : undefined;
        hz = m && mult !== undefined ? Number(m[1]) * mult : undefined;
    }
    return hz !== undefined && Number.isFinite(hz) && hz > 0 && hz <= 100e9 ? Math.round(hz) : undefined;
}
/** `480 MHz`, `1 GHz`, `32.768 kHz`. */
function formatFrequency(hz) {
    const [div, unit] = hz >= 1e9 ? [1e9, 'GHz'] : hz >= 1e6 ? [1e6, 'MHz'] : hz >= 1e3 ? [1e3, 'kHz'] : [1, 'Hz'];
    return `${Number((hz / div).toFixed(3))} ${unit}`;
}


/***/ })

};
