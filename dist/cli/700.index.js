export const id = 700;
export const ids = [700];
export const modules = {

/***/ 9688:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ NAMED_BEFORE_COUNTING)
/* harmony export */ });
/**
 * How many items a message names before it counts the rest ("a, b, c, d, e and 12 more"): the
 * unsized tensors and nested graphs of the report's notes, the unplaced buffers of the pool
 * warnings, the mapping warnings of one rule. A long model lists thousands; the JSON report
 * keeps every one.
 */
const NAMED_BEFORE_COUNTING = 5;


/***/ }),

/***/ 1444:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   uM: () => (/* binding */ packedBytes)
/* harmony export */ });
/* unused harmony exports PACK_WORD_BITS, wordPackedBytes */
/* harmony import */ var _shape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8774);

const PACK_WORD_BITS = 32;
/** Bytes of a static shape of `bits`-bit values packed in 32-bit words along `axis`. */
function wordPackedBytes(shape, axis, bits = 1) {
    const along = shape[axis] ?? 1;
    const slices = along === 0 ? 0 : shape.reduce((a, d) => a * d, 1) / along;
    return slices * Math.ceil((along * bits) / PACK_WORD_BITS) * (PACK_WORD_BITS / 8);
}
/**
 * Bytes of a word-packed tensor as ST stores it: an int1 activation, or a constant stored at
 * `storageBits` along `packedAxis` (binary weights); undefined when it is neither or its shape is
 * not static.
 */
function packedBytes(t) {
    const packed = t.dtype === 'int1' || (t.storageBits !== undefined && t.packedAxis !== undefined);
    if (!packed || (0,_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .elementCount */ .KX)(t.shape) === undefined || !t.shape)
        return undefined;
    const dims = t.shape;
    return wordPackedBytes(dims, t.packedAxis ?? dims.length - 1, t.dtype === 'int1' ? 1 : t.storageBits);
}


/***/ }),

/***/ 9643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b: () => (/* binding */ runJob)
});

// EXTERNAL MODULE: ./src/frontends/registry.ts + 97 modules
var registry = __webpack_require__(1481);
// EXTERNAL MODULE: ./src/analyze.ts + 50 modules
var src_analyze = __webpack_require__(683);
// EXTERNAL MODULE: ./src/diagnostics/diagnostic.ts
var diagnostic = __webpack_require__(2869);
// EXTERNAL MODULE: ./src/node/time-limit.ts
var time_limit = __webpack_require__(1173);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/ir/source.ts
var ir_source = __webpack_require__(6598);
// EXTERNAL MODULE: ./src/node/file-source.ts
var file_source = __webpack_require__(1836);
// EXTERNAL MODULE: ./src/git/exec.ts
var exec = __webpack_require__(9395);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/git/lfs.ts
/**
 * Git LFS pointers: a repository without `lfs: true` in its checkout (or a `git show` of an LFS
 * file) yields a ~130-byte text file instead of the model. Detect it, smudge it when git-lfs is
 * installed, and otherwise let the caller report "LFS object not fetched".
 */



const HEADER = 'version https://git-lfs.github.com/spec/v1';
const MAX_POINTER_BYTES = 1024;
/** The pointer's oid and size when `bytes` is a Git LFS pointer file, else undefined. */
function lfsPointer(bytes) {
    if (bytes.length >= MAX_POINTER_BYTES || bytes.length < HEADER.length)
        return undefined;
    const text = Buffer.from(bytes).toString('utf8');
    if (!text.startsWith(HEADER))
        return undefined;
    let oid;
    let size;
    for (const line of text.split('\n')) {
        const m = /^(\S+) (.*)$/.exec(line.replace(/\r$/, ''));
        if (!m)
            continue;
        if (m[1] === 'oid' && /^sha256:[0-9a-f]{64}$/.test(m[2]))
            oid = m[2];
        if (m[1] === 'size' && /^\d+$/.test(m[2]))
            size = Number(m[2]);
    }
    return oid !== undefined && size !== undefined ? { oid, size } : undefined;
}
let lfsInstalled;
/** True when `git lfs` runs (checked once per process). */
function hasGitLfs() {
    if (lfsInstalled === undefined) {
        try {
            (0,external_node_child_process_.execFileSync)('git', ['lfs', 'version'], { stdio: ['ignore', 'pipe', 'pipe'], timeout: 10_000 });
            lfsInstalled = true;
        }
        catch (e) {
            // Not installed (git: 'lfs' is not a git command) or not runnable: pointers stay unfetched.
            lfsInstalled = false;
            void e;
        }
    }
    return lfsInstalled;
}
/**
 * The real bytes behind a pointer, via `git lfs smudge` (local LFS cache first, else a download
 * from the remote with the repository's credentials). Undefined when git-lfs is not installed,
 * the object cannot be fetched, or what comes back is still a pointer.
 */
function tryLfsSmudge(repoDir, bytes, timeoutMs = 300_000) {
    const pointer = lfsPointer(bytes);
    if (!pointer || !hasGitLfs())
        return undefined;
    try {
        const out = new Uint8Array((0,exec/* git */.$Y)(repoDir, ['lfs', 'smudge'], { input: bytes, timeoutMs }));
        if (lfsPointer(out) !== undefined || out.length !== pointer.size)
            return undefined;
        return out;
    }
    catch (e) {
        if (e instanceof diagnostic/* FootprintError */.E0)
            return undefined; // object not in the cache and not downloadable
        throw e;
    }
}

;// CONCATENATED MODULE: ./src/git/model-at.ts
/**
 * A model file at a revision (or in the work tree) as a ModelInput, for `diff` and the action:
 * work-tree files are read lazily through positioned reads (a 1 GB model is never held whole),
 * committed files from the blob spool (blob-spool.ts) or from their bytes (`git cat-file blob`), Git LFS pointers smudged when git-lfs can, and ONNX
 * external data opened from the same revision as the model.
 */






/** LFS pointers are small text files: anything this size or larger is content. */
const POINTER_PEEK = 1024;
/** `path` at `rev` read from `source`; the files beside it (ONNX external data) come from the same revision. */
function atRevision(repoDir, rev, path, source, close) {
    return {
        path,
        source,
        ...(close ? { close } : {}),
        openSibling(rel) {
            const p = external_node_path_.posix.join(external_node_path_.posix.dirname(path), rel);
            try {
                return (0,ir_source/* bytesSource */.X)(p, (0,exec/* readBlob */.gm)(repoDir, rev, p));
            }
            catch (e) {
                if ((0,diagnostic/* asFootprintError */.aD)(e).code === 'E_GIT')
                    return undefined; // not in that revision
                throw e;
            }
        },
    };
}
/** `path` ('/'-separated, relative to repoDir) at `rev`, or in the work tree when rev is undefined. */
function modelAt(repoDir, rev, path) {
    if (rev === undefined) {
        // Relative to the repository, which it must not leave (a pull request may add symbolic links).
        const onDisk = { ...(0,file_source/* fileModelInput */.iE)(path, repoDir), path };
        const { source } = onDisk;
        const head = source.size < POINTER_PEEK ? source.read(0, source.size) : undefined;
        const pointer = head && lfsPointer(head);
        if (!head || !pointer)
            return { input: onDisk };
        const real = tryLfsSmudge(repoDir, head);
        return real ? { input: { ...onDisk, source: (0,ir_source/* bytesSource */.X)(path, real) } } : { lfs: pointer };
    }
    return blobModelAt(repoDir, rev, path, (0,exec/* readBlob */.gm)(repoDir, rev, path));
}
/**
 * `path` at `rev` from the blob spool (git/blob-spool.ts): read in place, through positioned reads,
 * as a work-tree file is; a pointer-sized blob is read whole, and an LFS pointer smudged when it can be.
 */
function spooledModelAt(repoDir, rev, path, at) {
    const source = new file_source/* FileSource */._n(at.file, path, at);
    if (source.size < POINTER_PEEK) {
        try {
            return blobModelAt(repoDir, rev, path, source.read(0, source.size));
        }
        finally {
            source.close();
        }
    }
    return { input: atRevision(repoDir, rev, path, source, () => source.close()) };
}
/** `path` at `rev` from its bytes, already read: an LFS pointer is smudged when it can be. */
function blobModelAt(repoDir, rev, path, bytes) {
    const pointer = lfsPointer(bytes);
    if (pointer === undefined)
        return { input: atRevision(repoDir, rev, path, (0,ir_source/* bytesSource */.X)(path, bytes)) };
    const real = tryLfsSmudge(repoDir, bytes);
    return real ? { input: atRevision(repoDir, rev, path, (0,ir_source/* bytesSource */.X)(path, real)) } : { lfs: pointer };
}

// EXTERNAL MODULE: ./src/node/hash.ts
var hash = __webpack_require__(7306);
;// CONCATENATED MODULE: ./src/jobs/job.ts
/**
 * One analysis: a model file at one revision (or in the work tree) for one target, for `diff` and
 * the action. Runs on a worker thread (pool.ts) or inline. A committed file's bytes come with the
 * job (read by the scheduler through one `git cat-file --batch`, transferred, not copied); a
 * work-tree file is read here through positioned reads. Follows Git LFS pointers, and never
 * throws: failures come back as text.
 */




function locate(job) {
    if (job.rev !== undefined && job.spooled !== undefined)
        return spooledModelAt(job.repoDir, job.rev, job.path, job.spooled);
    return modelAt(job.repoDir, job.rev, job.path);
}
/**
 * Analyzes one job; every failure is returned, not thrown. The format registry loads what the
 * file's format needs asynchronously (Keras: HDF5) first, so inline and worker runs are the same.
 */
async function runJob(job) {
    let input;
    try {
        const at = locate(job);
        if ('lfs' in at) {
            return { id: job.id, path: job.path, lfsNotFetched: true, error: `Git LFS object not fetched: ${job.path} is a pointer to ${at.lfs.size} bytes (${at.lfs.oid.slice(0, 19)}…); check out with lfs: true` };
        }
        input = at.input;
        await (0,registry.loadFormatFor)(at.input, { timeLimit: time_limit/* timeLimited */.g });
        const o = job.options ?? {};
        const analyze = () => (0,src_analyze/* analyzeModel */.Cw)(at.input, {
            target: job.spec ?? job.target,
            ...(o.planner !== undefined ? { planner: o.planner } : {}),
            ...(o.ioInsideActivations !== undefined ? { ioInsideActivations: o.ioInsideActivations } : {}),
        });
        const report = o.hash === false ? analyze() : await (0,hash/* analyzeWhileHashing */.M5)(at.input.source, analyze);
        return { id: job.id, report };
    }
    catch (e) {
        return { id: job.id, path: job.path, error: (0,diagnostic/* asFootprintError */.aD)(e, job.path).oneLine() };
    }
    finally {
        input?.close?.();
    }
}


/***/ }),

/***/ 8863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   serveAnalysisWorker: () => (/* binding */ serveAnalysisWorker)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _job_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9643);
/* harmony import */ var _analyze_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(683);
/** The worker side of the pool (pool.ts): the bundle's entry calls it in an analysis worker. */



/** The worker side: answers each job message with its outcome. */
function serveAnalysisWorker() {
    node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort?.on('message', (job) => {
        void (0,_job_js__WEBPACK_IMPORTED_MODULE_1__/* .runJob */ .b)(job)
            // After a native library was stopped or trapped, this worker asks to be replaced.
            .then((outcome) => node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort?.postMessage((0,_analyze_js__WEBPACK_IMPORTED_MODULE_2__/* .readersNeedRestart */ .G1)() ? { ...outcome, retire: true } : outcome));
    });
}


/***/ }),

/***/ 5154:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  f: () => (/* binding */ estimateLatency),
  V: () => (/* binding */ withClock)
});

// EXTERNAL MODULE: ./src/targets/cores.ts
var cores = __webpack_require__(3750);
// EXTERNAL MODULE: ./src/memory/tensor-bytes.ts
var tensor_bytes = __webpack_require__(9300);
// EXTERNAL MODULE: ./src/ops/conv.ts
var conv = __webpack_require__(5568);
// EXTERNAL MODULE: ./src/ops/table.ts + 13 modules
var table = __webpack_require__(7374);
;// CONCATENATED MODULE: ./src/latency/kinds.ts


/** Input channels at or below which a convolution is priced as `few-channels`. */
const FEW_CHANNELS = 4;
/** A compute operator (the ops table's role) other than a convolution is a matrix product. */
function kernelKind(graph, node) {
    if ((0,table/* getRule */.rF)(node.op).role !== 'compute')
        return 'elementwise';
    if (node.op !== 'Conv' && node.op !== 'ConvTranspose')
        return 'fully-connected';
    const w = graph.tensors.get(node.inputs[1] ?? '')?.shape;
    if (!w)
        return 'conv';
    const dims = (0,conv/* weightDims */.M4)(node, w, node.op === 'ConvTranspose');
    const group = typeof node.attrs['group'] === 'number' ? node.attrs['group'] : 1;
    if (node.attrs['weight_layout'] === 'IHWO' || (group > 1 && dims.inPerGroup === 1))
        return 'depthwise';
    if (dims.kernel.every((k) => k === 1))
        return 'pointwise';
    return typeof dims.inPerGroup === 'number' && dims.inPerGroup * group <= FEW_CHANNELS ? 'few-channels' : 'conv';
}

// EXTERNAL MODULE: ./src/arrays.ts
var arrays = __webpack_require__(273);
;// CONCATENATED MODULE: ./src/latency/estimate.ts




/** An accelerator's time for one layer (AcceleratorCost): the slowest of compute and traffic, plus the setup. */
function acceleratorMs(cost, l, ioBytes, npuMode) {
    const mode = npuMode === undefined ? undefined : cost.perMode?.[npuMode];
    if (mode)
        return (l.macc / mode.macsPerSecond + mode.perLayerUs / 1e6) * 1000;
    const s = Math.max(l.macc / (cost.macsPerSecond * (cost.utilization ?? 1)), cost.weightBytesPerSecond ? l.weightsBytes / cost.weightBytesPerSecond : 0, cost.activationBytesPerSecond ? ioBytes / cost.activationBytesPerSecond : 0);
    const setup = (cost.perLayerCycles && cost.clockHz ? cost.perLayerCycles / cost.clockHz : 0) + (cost.perLayerUs ?? 0) / 1e6;
    return (s + setup) * 1000;
}
/** Bytes the layer reads and writes: its non-constant inputs and its outputs. */
function ioBytesOf(graph, node) {
    if (!node)
        return 0;
    let n = 0;
    for (const name of [...node.inputs, ...node.outputs]) {
        const t = name === '' ? undefined : graph.tensors.get(name);
        if (t && t.data === undefined)
            n += (0,tensor_bytes/* tensorBytes */.X)(t) ?? 0;
    }
    return n;
}
/** True when the unit's figures were fitted on published ones: a calibrated core, or an accelerator said to be fitted, or with a utilization, time per layer or per-mode rates. */
function isFitted(cost) {
    if (!cost)
        return false;
    if ('core' in cost)
        return cores/* CORES */.b2[cost.core]?.calibrated === true;
    return cost.fitted ?? (cost.perMode !== undefined || cost.utilization !== undefined || cost.perLayerUs !== undefined);
}
function basisOf(cost) {
    if (!cost)
        return 'not estimated: no public throughput figure for this unit';
    if ('core' in cost) {
        const c = cores/* CORES */.b2[cost.core];
        return c ? `${cost.core}: ${c.source}` : `unknown core ${cost.core}`;
    }
    // A bare peak rate is a lower bound; a fitted cost says so (its source says on what).
    return isFitted(cost) ? `fitted: ${cost.source}` : `rough lower bound: ${cost.source}`;
}
/** Cycles of `clockHz` in `timeMs`, or null without a clock. */
function cyclesAt(timeMs, clockHz) {
    return clockHz ? Math.round((timeMs / 1000) * clockHz) : null;
}
function cpuCycles(graph, node, macc, core, float) {
    const c = cores/* CORES */.b2[core];
    if (!c || !node)
        return null;
    const kind = kernelKind(graph, node);
    const rates = float ? c.float : c.int8;
    return c.perLayer + rates[kind] * macc;
}
/** The clock a CPU unit runs at, after `--clock` (which changes every CPU unit's clock). */
function withClock(target, clockHz) {
    return { ...target, units: target.units.map((u) => (u.kind === 'cpu' && u.cost && 'core' in u.cost ? { ...u, cost: { ...u.cost, clockHz } } : u)) };
}
function estimateLatency(graph, layers, mapping, target) {
    const unitByName = new Map(target.units.map((u) => [u.name, u]));
    const mappingOf = (0,arrays/* byPosition */.rg)(mapping.layers);
    const nodeOf = (0,arrays/* byPosition */.rg)(graph.nodes);
    const out = layers.map((l, i) => {
        const m = mappingOf(l.name, i);
        const unit = m?.unitName ? unitByName.get(m.unitName) : undefined;
        const cost = unit?.cost;
        let cycles = null;
        let timeMs = null;
        if (cost && 'core' in cost) {
            cycles = cpuCycles(graph, nodeOf(l.name, i), l.macc, cost.core, m?.unit === 'SW_FLOAT');
            timeMs = cycles === null ? null : (cycles / cost.clockHz) * 1000;
        }
        else if (cost) {
            timeMs = acceleratorMs(cost, l, cost.activationBytesPerSecond ? ioBytesOf(graph, nodeOf(l.name, i)) : 0, target.npuMode);
            cycles = cyclesAt(timeMs, cost.clockHz);
        }
        return { name: l.name, unitName: m?.unitName ?? null, cycles: cycles === null ? null : Math.round(cycles), timeMs };
    });
    const units = target.units.map((u) => {
        const mine = out.filter((l) => l.unitName === u.name);
        const known = mine.every((l) => l.timeMs !== null);
        const cost = u.cost;
        const clockHz = cost ? cost.clockHz ?? null : null;
        const timeMs = known ? mine.reduce((a, l) => a + (l.timeMs ?? 0), 0) : null;
        return { name: u.name, kind: u.kind, layers: mine.length, clockHz, cycles: timeMs === null ? null : cyclesAt(timeMs, clockHz), timeMs, basis: basisOf(cost) };
    });
    const used = units.filter((u) => u.layers > 0);
    const timeMs = used.length > 0 && used.every((u) => u.timeMs !== null) ? used.reduce((a, u) => a + (u.timeMs ?? 0), 0) : null;
    const cpu = target.units.find((u) => u.kind === 'cpu')?.cost;
    const clockHz = cpu?.clockHz ?? null;
    const calibrated = target.units.filter((u) => units.some((x) => x.name === u.name && x.layers > 0)).every((u) => isFitted(u.cost));
    const estimate = `An estimate of the inference time from the file alone (${calibrated ? 'every unit fitted on published figures' : 'not calibrated for every unit'}), not a board measurement: confirm on the board.`;
    return { layers: out, units, timeMs, cycles: timeMs === null ? null : cyclesAt(timeMs, clockHz), clockHz, estimate };
}


/***/ }),

/***/ 9300:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ tensorBytes)
/* harmony export */ });
/* harmony import */ var _ir_shape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8774);
/* harmony import */ var _ir_dtype_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7003);
/* harmony import */ var _ir_packing_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1444);



/** Unrounded bytes of a tensor, undefined when its shape is not static. */
function tensorBytes(t) {
    if (t.dtype === 'int1')
        return (0,_ir_packing_js__WEBPACK_IMPORTED_MODULE_0__/* .packedBytes */ .uM)(t);
    const n = (0,_ir_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .elementCount */ .KX)(t.shape);
    return n === undefined ? undefined : (0,_ir_dtype_js__WEBPACK_IMPORTED_MODULE_2__/* .storageBytes */ .PT)(t.dtype, n);
}


/***/ }),

/***/ 2822:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E8: () => (/* binding */ fileStem),
/* harmony export */   Md: () => (/* binding */ fileName),
/* harmony export */   XY: () => (/* binding */ fusedActivationName)
/* harmony export */ });
/** stedgeai's name for the activation fused into layer `shown` (`conv2d_1` -> `nl_1_nl`). */
function fusedActivationName(shown) {
    const id = /_(\d+)$/.exec(shown)?.[1];
    return id === undefined ? `${shown}_nl` : `nl_${id}_nl`;
}
/** The file part of a path, '/' or '\\' separated. */
function fileName(path) {
    return path.split(/[\\/]/).pop() ?? path;
}
/** The file's name without its extension: stedgeai's model_name. */
function fileStem(path) {
    const file = fileName(path);
    const dot = file.lastIndexOf('.');
    return dot > 0 ? file.slice(0, dot) : file;
}


/***/ })

};
