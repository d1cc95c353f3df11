export const id = 983;
export const ids = [983];
export const modules = {

/***/ 8983:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   inlineAnalyzer: () => (/* binding */ inlineAnalyzer)
/* harmony export */ });
/* harmony import */ var _job_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9643);
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


/***/ })

};
