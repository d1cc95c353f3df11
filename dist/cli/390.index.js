export const id = 390;
export const ids = [390];
export const modules = {

/***/ 8390:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EarlyHash: () => (/* binding */ EarlyHash),
/* harmony export */   startEarlyHash: () => (/* binding */ startEarlyHash)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _node_file_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1836);
/* harmony import */ var _node_parallel_hash_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5418);
/**
 * A head start for a large model's hashes. `analyze` and `compare` hash every byte of each model
 * (sha256, md5: stedgeai's model_hash), which on a 244 MB model takes longer than the analysis.
 * The CLI's entry starts hashing the first argument that is a file of PARALLEL_HASH_BYTES or more
 * before it loads the analyzer (bench/run.ts: about 0.3 s earlier); the command takes the open
 * file and its hashing over when it analyzes that path with hashes. A hashing nobody took (the
 * file was an option's value, or the command stopped first) is stopped when the command ends.
 */




/** The commands whose model arguments are hashed. */
const HASHING_COMMANDS = new Set(['analyze', 'compare']);
class EarlyHash {
    path;
    source;
    hashing;
    taken = false;
    constructor(path, source, hashing) {
        this.path = path;
        this.source = source;
        this.hashing = hashing;
        // Whoever takes it awaits `hashes`; a hashing stopped untaken rejects with nobody waiting.
        hashing.hashes.catch(() => undefined);
    }
    /** The open file and its hashing, once, when `path` (absolute) is the file hashed. */
    take(path) {
        if (this.taken || path !== this.path)
            return undefined;
        this.taken = true;
        return { source: this.source, hashing: this.hashing };
    }
    /** Stops the hashing if nobody took it, and closes its file once the hashing no longer reads it. */
    async release() {
        if (this.taken)
            return;
        this.taken = true;
        await this.hashing.stop();
        this.source.close();
    }
}
/**
 * Starts hashing the first argument of `argv` (relative to `cwd`) that is a regular file of
 * PARALLEL_HASH_BYTES or more, for a command that hashes its models and without --no-hash.
 */
function startEarlyHash(argv, cwd) {
    if (!HASHING_COMMANDS.has(argv[0] ?? '') || argv.includes('--no-hash'))
        return undefined;
    for (const arg of argv.slice(1)) {
        if (arg.startsWith('-'))
            continue;
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, arg);
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path, { throwIfNoEntry: false });
        if (!st?.isFile() || st.size < _node_parallel_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .PARALLEL_HASH_BYTES */ .rC)
            continue;
        let source;
        try {
            source = new _node_file_source_js__WEBPACK_IMPORTED_MODULE_3__/* .FileSource */ ._n(path);
        }
        catch {
            return undefined; // unreadable: the command reports it, typed
        }
        return new EarlyHash(path, source, (0,_node_parallel_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .hashInParallel */ .FK)(source));
    }
    return undefined;
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

/***/ 5418:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ hashInParallel),
/* harmony export */   Lc: () => (/* binding */ HASH_BLOCK_BYTES),
/* harmony export */   Uk: () => (/* binding */ hashRange),
/* harmony export */   rC: () => (/* binding */ PARALLEL_HASH_BYTES)
/* harmony export */ });
/* unused harmony export HASH_STEP_BYTES */
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2869);
/**
 * A large file's two hashes in parallel with the analysis: md5 on a worker thread, sha256 on this
 * thread between the analysis's own steps. Both read the file's open descriptor with positioned
 * reads. With the SHA extensions (x86 since 2016-2017, GitHub's runners included), OpenSSL's sha256
 * takes half the time of md5 (a 244 MB file here: 0.19 s against 0.38 s), so this thread's share
 * (sha256 and the analysis) and the worker's (its start and md5) end close together; a second
 * worker for sha256 made three busy threads on two cores and started one more Node environment
 * (AlexNet, 9 alternated runs: 0.66 s wall, 0.99 s CPU then; 0.58 s and 0.92 s since). Nothing here
 * loads the analyzer: the CLI starts them before it does (src/cli/early-hash.ts).
 */



/** Read size of the hashing loops. */
const HASH_BLOCK_BYTES = 1024 * 1024;
/** From this size, the two hashes run in parallel with the analysis (md5 on a worker thread). */
const PARALLEL_HASH_BYTES = 32 * 1024 * 1024;
// A worker evaluated from source (nothing to resolve in a bundle): md5 of `size` bytes of `fd`.
const MD5_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { readSync } = require('node:fs');
const { createHash } = require('node:crypto');
const { fd, start, size, block } = workerData;
const h = createHash('md5');
const buf = Buffer.allocUnsafe(Math.min(block, Math.max(size, 1)));
let pos = 0;
while (pos < size) {
  const n = readSync(fd, buf, 0, Math.min(buf.length, size - pos), start + pos);
  if (n === 0) throw new Error('the file ended after ' + pos + ' of ' + size + ' bytes');
  h.update(n === buf.length ? buf : buf.subarray(0, n));
  pos += n;
}
parentPort.postMessage(h.digest('hex'));
`;
/** sha256 on this thread: this many bytes at each turn of the event loop (the analyzer's loading goes on between them). */
const HASH_STEP_BYTES = 16 * HASH_BLOCK_BYTES;
/** Feeds bytes [from, to) of `source` to `hashes`, read into `block` (no buffer per read). */
function hashRange(source, block, from, to, hashes) {
    for (let pos = from; pos < to; pos += block.length) {
        const part = source.readInto(block.subarray(0, Math.min(block.length, to - pos)), pos);
        for (const h of hashes)
            h.update(part);
    }
}
/**
 * sha256 of `source` on this thread, HASH_STEP_BYTES at each turn of the event loop; `stopped()`
 * is asked before each step.
 */
function sha256Here(source, stopped) {
    return new Promise((resolve, reject) => {
        const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha256');
        const block = Buffer.allocUnsafeSlow(Math.min(HASH_BLOCK_BYTES, Math.max(source.size, 1)));
        let pos = 0;
        const step = () => {
            try {
                if (stopped())
                    throw new _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .FootprintError */ .E0('E_TRUNCATED', 'cannot hash the file: the hashing stopped', { file: source.name });
                const end = Math.min(source.size, pos + HASH_STEP_BYTES);
                hashRange(source, block, pos, end, [h]);
                pos = end;
                if (pos < source.size)
                    setImmediate(step);
                else
                    resolve(h.digest('hex'));
            }
            catch (e) {
                reject(e);
            }
        };
        setImmediate(step);
    });
}
/** md5 of `source` on `worker` (MD5_WORKER); settles when the worker exits (it no longer reads the descriptor then). */
function md5On(worker, source) {
    return new Promise((resolve, reject) => {
        let digest;
        let failure;
        worker.on('message', (d) => { digest = d; });
        worker.on('error', (e) => { failure = e; });
        worker.on('exit', () => {
            if (digest !== undefined)
                resolve(digest);
            // Stryker disable next-line LogicalOperator,StringLiteral: equivalent, a worker exits with neither a digest nor an error only when stop() ended it, and a stopped hashing's result is read by nobody (the sha256 step's own 'stopped' error comes first)
            else
                reject(new _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .FootprintError */ .E0('E_TRUNCATED', `cannot hash the file: ${failure instanceof Error ? failure.message : String(failure ?? 'the hashing stopped')}`, { file: source.name }));
        });
    });
}
/**
 * Starts md5 of `source` on a worker thread and its sha256 on this one (at the event loop's next
 * turn). A failure of either stops the other, and that failure is the one reported: not the "the
 * hashing stopped" of the side it stopped (md5's worker finding the file cut short while sha256 had
 * steps left reported sha256's stop, whichever came first decided by timing). When the caller stops
 * the hashing, both sides stop, and sha256's error is reported.
 */
function hashInParallel(source) {
    const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.Worker(MD5_WORKER, { eval: true, workerData: { fd: source.descriptor, start: source.start, size: source.size, block: HASH_BLOCK_BYTES } });
    let stopped = false;
    // the failure that stopped the other side (none when the caller stopped both)
    let cause;
    const stop = async () => {
        stopped = true;
        await worker.terminate();
    };
    const stopOther = (e) => {
        if (!stopped)
            cause = { error: e };
        void stop();
        throw e;
    };
    const sha256 = sha256Here(source, () => stopped).catch(stopOther);
    const md5 = md5On(worker, source).catch(stopOther);
    // settled once both have stopped reading
    const hashes = Promise.allSettled([sha256, md5]).then(async () => {
        if (cause !== undefined)
            throw cause.error;
        return { sha256: await sha256, md5: await md5 };
    });
    return { hashes, stop };
}


/***/ })

};
