export const id = 983;
export const ids = [983];
export const modules = {

/***/ 8983:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   inlineAnalyzer: () => (/* binding */ inlineAnalyzer)
/* harmony export */ });
/* harmony import */ var _job_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8257);
/* harmony import */ var _blobs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(126);
/**
 * The inline analyzer (tests, and callers without workers): jobs run one by one on the calling
 * thread, their blobs spooled as the pool spools them. Kept apart from the pool, so a thread that
 * only schedules (diff's main thread) never loads the analysis.
 */


function inlineAnalyzer() {
    return {
        async analyze(jobs) {
            const blobs = new _blobs_js__WEBPACK_IMPORTED_MODULE_0__/* .Blobs */ .B(jobs);
            const out = [];
            try {
                for (const j of jobs) {
                    const filled = await blobs.fill(j);
                    out.push((0,_blobs_js__WEBPACK_IMPORTED_MODULE_0__/* .isOutcome */ .L)(filled) ? filled : await (0,_job_js__WEBPACK_IMPORTED_MODULE_1__/* .runJob */ .b)(filled));
                    blobs.release(j);
                }
            }
            finally {
                blobs.close();
            }
            return out;
        },
    };
}


/***/ }),

/***/ 8257:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b: () => (/* binding */ runJob)
});

// EXTERNAL MODULE: ./src/frontends/registry.ts + 97 modules
var registry = __webpack_require__(4573);
// EXTERNAL MODULE: ./src/analyze.ts + 58 modules
var analyze = __webpack_require__(8040);
// EXTERNAL MODULE: ./src/diagnostics/diagnostic.ts
var diagnostic = __webpack_require__(2869);
// EXTERNAL MODULE: ./src/node/time-limit.ts
var time_limit = __webpack_require__(1173);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/ir/source.ts
/** A ByteSource over bytes already in memory (tests, generated examples, `git show` output). */
function bytesSource(name, bytes) {
    return {
        name,
        size: bytes.length,
        read(offset, length) {
            return bytes.subarray(offset, offset + length);
        },
    };
}

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
                return bytesSource(p, (0,exec/* readBlob */.gm)(repoDir, rev, p));
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
        return real ? { input: { ...onDisk, source: bytesSource(path, real) } } : { lfs: pointer };
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
        return { input: atRevision(repoDir, rev, path, bytesSource(path, bytes)) };
    const real = tryLfsSmudge(repoDir, bytes);
    return real ? { input: atRevision(repoDir, rev, path, bytesSource(path, real)) } : { lfs: pointer };
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
        const report = await (0,hash/* analyzeWhileHashing */.M5)(at.input.source, () => (0,analyze/* analyzeModel */.Cw)(at.input, {
            target: job.spec ?? job.target,
            ...(o.planner !== undefined ? { planner: o.planner } : {}),
            ...(o.ioInsideActivations !== undefined ? { ioInsideActivations: o.ioInsideActivations } : {}),
        }));
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

/***/ 7306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M5: () => (/* binding */ analyzeWhileHashing)
/* harmony export */ });
/* unused harmony exports hashSource, hashPlace, startHashing */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7861);
/* harmony import */ var _file_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1836);
/* harmony import */ var _parallel_hash_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5418);
/**
 * The file hashes a report carries: sha256 and md5 (md5 is what stedgeai prints as model_hash).
 * They read every byte of the file, which the analysis itself never does (weights stay on disk),
 * so on a large model they are most of the cost. They are read in 1 MiB blocks (an md5 of a 244 MB
 * file takes the same CPU as with 8 MiB blocks); a file of PARALLEL_HASH_BYTES or more is hashed
 * in parallel with the analysis: md5 on a worker thread, sha256 here between the analysis's own
 * steps (parallel-hash.ts).
 */





/** sha256 and md5 of a source, on this thread (a file: through one reused block, no buffer per read). */
function hashSource(source) {
    const sha = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    const md5 = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('md5');
    // Stryker disable next-line MethodExpression: equivalent, each read is its own n bytes of the block whatever the block's size (only the memory held differs)
    const file = source instanceof _file_source_js__WEBPACK_IMPORTED_MODULE_1__/* .FileSource */ ._n ? { source, block: Buffer.allocUnsafeSlow(Math.min(_parallel_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .HASH_BLOCK_BYTES */ .Lc, source.size)) } : undefined;
    for (let off = 0; off < source.size; off += _parallel_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .HASH_BLOCK_BYTES */ .Lc) {
        const n = Math.min(_parallel_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .HASH_BLOCK_BYTES */ .Lc, source.size - off);
        const part = file ? file.source.readInto(file.block.subarray(0, n), off) : source.read(off, n);
        sha.update(part);
        md5.update(part);
    }
    return { sha256: sha.digest('hex'), md5: md5.digest('hex') };
}
/** How `source` is hashed: in parallel with the analysis (a file of PARALLEL_HASH_BYTES or more) or here, at once. */
function hashPlace(source) {
    return source instanceof _file_source_js__WEBPACK_IMPORTED_MODULE_1__/* .FileSource */ ._n && source.size >= _parallel_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .PARALLEL_HASH_BYTES */ .rC ? 'parallel' : 'here';
}
/**
 * The hashes of `source`: started now, in parallel for a large file (the caller analyzes meanwhile
 * and awaits them before closing the source), else computed here.
 */
function startHashing(source) {
    if (hashPlace(source) === 'parallel' && source instanceof _file_source_js__WEBPACK_IMPORTED_MODULE_1__/* .FileSource */ ._n)
        return (0,_parallel_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .hashInParallel */ .FK)(source);
    let hashes;
    try {
        hashes = Promise.resolve(hashSource(source));
    }
    catch (e) {
        hashes = Promise.reject(e);
    }
    // Stryker disable next-line ArrowFunction: equivalent, its callers await it, and awaiting undefined is awaiting a resolved promise
    return { hashes, stop: () => Promise.resolve() };
}
/**
 * Runs `analyze` while `source` is hashed (in parallel for a large file) and returns its report
 * with the hashes. When the analysis fails, the hashing is stopped (nothing will carry the hashes)
 * and the analysis's error is thrown. Settles only once the hashing has stopped reading `source`
 * (its hashes settle then, and stop() resolves then), so the caller may close it then, whatever
 * happened. `started`: the hashing of `source` the caller started already (src/cli/early-hash.ts).
 */
async function analyzeWhileHashing(source, analyze, started) {
    const hashing = started ?? startHashing(source);
    let report;
    try {
        report = analyze();
    }
    catch (e) {
        hashing.hashes.catch(() => undefined); // stopped, they reject: nobody carries them
        await hashing.stop();
        throw e;
    }
    return (0,_index_js__WEBPACK_IMPORTED_MODULE_3__/* .withHashes */ .V6)(report, await hashing.hashes);
}


/***/ }),

/***/ 5418:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ hashInParallel),
/* harmony export */   Lc: () => (/* binding */ HASH_BLOCK_BYTES),
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
// A worker evaluated from source (nothing to resolve in a bundle): hashes `size` bytes of `fd`.
const HASH_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { readSync } = require('node:fs');
const { createHash } = require('node:crypto');
const { fd, start, size, algorithm, block } = workerData;
const h = createHash(algorithm);
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
                for (const end = Math.min(source.size, pos + HASH_STEP_BYTES); pos < end;) {
                    const n = Math.min(block.length, end - pos);
                    h.update(source.readInto(block.subarray(0, n), pos));
                    pos += n;
                }
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
/** md5 of `source` on `worker` (HASH_WORKER); settles when the worker exits (it no longer reads the descriptor then). */
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
 * turn). A failure of either stops the other; sha256's error is reported before md5's.
 */
function hashInParallel(source) {
    const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.Worker(HASH_WORKER, { eval: true, workerData: { fd: source.descriptor, start: source.start, size: source.size, algorithm: 'md5', block: HASH_BLOCK_BYTES } });
    let stopped = false;
    const stop = async () => {
        stopped = true;
        await worker.terminate();
    };
    const stopOther = (e) => {
        void stop();
        throw e;
    };
    const sha256 = sha256Here(source, () => stopped).catch(stopOther);
    const md5 = md5On(worker, source).catch(stopOther);
    // settled once both have stopped reading (sha256's error first)
    const hashes = Promise.allSettled([sha256, md5]).then(async () => ({ sha256: await sha256, md5: await md5 }));
    return { hashes, stop };
}


/***/ })

};
