export const id = 841;
export const ids = [841];
export const modules = {

/***/ 3933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ createReporter)
/* harmony export */ });
/* harmony import */ var _index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2869);
/**
 * The one place the CLI writes results and errors (as size-limit's createReporter): an error is
 * one typed line (category, code, file, message, byte), followed for a model or git failure by
 * what to do about it.
 */

function createReporter(proc) {
    return {
        result(text) {
            proc.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
        },
        async resultChunks(chunks) {
            const out = proc.stdout;
            for (const c of chunks) {
                // a reader slower than the report (a pipe): wait until it has taken what is buffered, or the
                // whole report queues in memory (a 100k-node model's 69 MB JSON: +160 MiB of peak memory)
                if (out.write(c) === false && out.once)
                    await new Promise((resolve) => out.once?.('drain', resolve));
            }
            out.write('\n');
        },
        usage(e) {
            proc.stderr.write((0,_index_js__WEBPACK_IMPORTED_MODULE_0__/* .asFootprintError */ .aD)(e).oneLine() + '\n');
            return 2;
        },
        failure(e, file) {
            const err = (0,_index_js__WEBPACK_IMPORTED_MODULE_0__/* .asFootprintError */ .aD)(e, file);
            proc.stderr.write(err.oneLine() + '\n');
            if (err.hint)
                proc.stderr.write(`  hint: ${err.hint}\n`);
            return 1;
        },
    };
}


/***/ }),

/***/ 841:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  start: () => (/* binding */ start)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/cli/reporter.ts
var reporter = __webpack_require__(3933);
// EXTERNAL MODULE: ./src/diagnostics/diagnostic.ts
var diagnostic = __webpack_require__(2869);
// EXTERNAL MODULE: ./src/targets/load.ts + 28 modules
var load = __webpack_require__(803);
// EXTERNAL MODULE: ./src/frontends/formats.ts
var formats = __webpack_require__(7765);
;// CONCATENATED MODULE: ./src/passes/pass.ts
/**
 * The memory planners (METRICS.md "Activations"; their traits: memory/profiles.ts): ST Edge AI
 * Core's default allocator, the same with `-O time`, TFLite Micro's greedy, and the best plan found.
 */
const PLANNERS = ['st', 'st-time', 'tflm', 'best'];

// EXTERNAL MODULE: ./src/units/frequency.ts
var frequency = __webpack_require__(4881);
;// CONCATENATED MODULE: ./src/cli/flags.ts

/**
 * Walks command-line words for the option parsers: `--flag value`, `--flag=value`, positionals.
 *   const f = new Flags(rest);
 *   for (let a = f.next(); a !== undefined; a = f.next()) switch (f.flag) { case '--out': out = f.value(); ... }
 */
class Flags {
    words;
    i = -1;
    inline;
    /** The current word's option name (`--out` for `--out=x`), or the word itself. */
    flag = '';
    constructor(words) {
        this.words = words;
    }
    /** Advances to the next word; undefined at the end. */
    next() {
        const a = this.words[++this.i];
        if (a === undefined)
            return undefined;
        const eq = a.startsWith('--') ? a.indexOf('=') : -1;
        this.flag = eq > 0 ? a.slice(0, eq) : a;
        this.inline = eq > 0 ? a.slice(eq + 1) : undefined;
        return a;
    }
    /** The current option's value (inline, or the next word); E_USAGE when there is none. */
    value() {
        if (this.inline !== undefined)
            return this.inline;
        const v = this.words[++this.i];
        if (v === undefined || v.startsWith('--'))
            throw new diagnostic/* FootprintError */.E0('E_USAGE', `${this.flag} needs a value`);
        return v;
    }
    /** The next word, if it is not an option (for options taking several words). */
    takePositional() {
        const v = this.words[this.i + 1];
        if (this.inline !== undefined || v === undefined || v.startsWith('-'))
            return undefined;
        this.i++;
        return v;
    }
}
/** `--planner` value: one of the memory planners (PLANNERS). */
function planner(v) {
    if (!PLANNERS.includes(v))
        throw new diagnostic/* FootprintError */.E0('E_USAGE', `--planner must be ${PLANNERS.join(' or ')}, found '${v}'`);
    return v;
}
/** `--clock` value: a frequency (`400MHz`, `1.2GHz`, hertz). */
function clock(v) {
    const hz = (0,frequency/* frequencyOf */.y)(/^\d+(\.\d+)?$/.test(v) ? Number(v) : v);
    if (hz === undefined)
        throw new diagnostic/* FootprintError */.E0('E_USAGE', `--clock expects a frequency such as 400MHz or 1GHz (at most 100GHz), found '${v}'`);
    return hz;
}

// EXTERNAL MODULE: ./src/diff/budgets.ts
var budgets = __webpack_require__(881);
// EXTERNAL MODULE: ./src/glob.ts
var glob = __webpack_require__(5601);
// EXTERNAL MODULE: ./src/arrays.ts
var arrays = __webpack_require__(273);
;// CONCATENATED MODULE: ./src/cli/diff-args.ts
/** Arguments of `model-footprint diff` (parsed apart from `analyze` to keep args.ts small). */



function usage(message) {
    return new diagnostic/* FootprintError */.E0('E_USAGE', message);
}
/** Defaults of the shared options. */
function comparisonDefaults() {
    return { target: load/* DEFAULT_TARGET */.Kv, format: 'md', planner: undefined, ioInsideActivations: true, ramBudget: undefined, flashBudget: undefined, clockHz: undefined, latencyBudget: undefined };
}
/** Reads one shared option at the walker's position into `out`; false when it is not one. */
function comparisonOption(f, out, command) {
    switch (f.flag) {
        case '--target':
        case '-t':
            out.target = f.value();
            return true;
        case '--format':
        case '-f': {
            const v = f.value();
            if (v !== 'md' && v !== 'json')
                throw usage(`${command} --format must be md or json, found '${v}'`);
            out.format = v;
            return true;
        }
        case '--json':
            out.format = 'json';
            return true;
        case '--md':
            out.format = 'md';
            return true;
        case '--planner':
            out.planner = planner(f.value());
            return true;
        case '--io-outside-activations':
            out.ioInsideActivations = false;
            return true;
        case '--ram-budget':
            out.ramBudget = (0,budgets/* parseSize */.DB)(f.value());
            return true;
        case '--flash-budget':
            out.flashBudget = (0,budgets/* parseSize */.DB)(f.value());
            return true;
        case '--clock':
            out.clockHz = clock(f.value());
            return true;
        case '--latency-budget':
            out.latencyBudget = (0,budgets/* parseDuration */.E9)(f.value());
            return true;
        default: return false;
    }
}
function parseDiffArgs(rest) {
    const out = { command: 'diff', base: '', head: undefined, models: [], outDir: undefined, ...comparisonDefaults() };
    const f = new Flags(rest);
    for (let a = f.next(); a !== undefined; a = f.next()) {
        switch (f.flag) {
            case '--base':
                out.base = f.value();
                break;
            case '--head':
                out.head = f.value();
                break;
            case '--models':
            case '-m': {
                // The action's parser: commas outside braces separate (`*.{onnx,tflite}` is one glob).
                (0,arrays/* append */.BC)(out.models, (0,glob/* splitPatterns */.sb)(f.value()));
                // `--models a.onnx b/**/*.tflite`: following non-option words are more globs.
                for (let g = f.takePositional(); g !== undefined; g = f.takePositional())
                    (0,arrays/* append */.BC)(out.models, (0,glob/* splitPatterns */.sb)(g));
                break;
            }
            case '--out':
            case '-o':
                out.outDir = f.value();
                break;
            default: if (!comparisonOption(f, out, 'diff'))
                throw usage(`unknown diff option '${a}'`);
        }
    }
    if (out.base === '')
        throw usage('diff needs --base <rev> (e.g. --base origin/main)');
    if (out.base.startsWith('-') || out.head?.startsWith('-'))
        throw usage('--base and --head take a revision, not an option');
    if (out.models.length === 0)
        out.models = [...formats/* DEFAULT_MODEL_GLOBS */.a8];
    return out;
}
const DIFF_HELP = `  model-footprint diff --base <rev> [--head <rev>] [options]
      compares the models changed between the merge base of <rev> and head (default: the
      work tree) and prints the pull-request comment the action would post
      --models GLOB...        model files to consider (default: ${formats/* DEFAULT_MODEL_GLOBS */.a8.join(' ')})
      --ram-budget SIZE       e.g. 1.5MB, 512KiB, 0x10000; --flash-budget SIZE likewise
      --latency-budget TIME   e.g. 30ms (the estimate); --clock FREQ sets the target CPU's clock
      -f, --format md|json    the comment (default) or the diff JSON
      -o, --out DIR           also write per-model reports (txt, json), diff.json and comment.md
                              (the reports carry each file's sha256/md5, read only then)
`;

;// CONCATENATED MODULE: ./src/cli/compare-args.ts
/** Arguments of `model-footprint compare <base-model> <head-model>` (the options it shares with `diff`). */



const compare_args_usage = (message) => new diagnostic/* FootprintError */.E0('E_USAGE', message);
function parseCompareArgs(rest) {
    const out = { command: 'compare', ...comparisonDefaults(), baseFile: '', headFile: '' };
    const files = [];
    const f = new Flags(rest);
    for (let a = f.next(); a !== undefined; a = f.next()) {
        if (!a.startsWith('-')) {
            files.push(a);
            continue;
        }
        if (['--base', '--head', '--models', '-m'].includes(f.flag))
            throw compare_args_usage(`compare takes two model files, not ${f.flag} (that is the git-based \`diff\` command)`);
        if (f.flag === '--out' || f.flag === '-o')
            throw compare_args_usage('compare prints the comment on stdout and writes no files (--out is for analyze and diff)');
        if (!comparisonOption(f, out, 'compare'))
            throw compare_args_usage(`unknown compare option '${a}'`);
    }
    if (files.length !== 2)
        throw compare_args_usage(`compare needs two model files (base, then head), found ${files.length}`);
    return { ...out, baseFile: files[0], headFile: files[1] };
}

// EXTERNAL MODULE: ./src/cli/quick.ts
var cli_quick = __webpack_require__(209);
;// CONCATENATED MODULE: ./src/cli/args.ts





const FORMATS = ['text', 'json', 'md', 'html'];
function args_usage(message) {
    return new diagnostic/* FootprintError */.E0('E_USAGE', message);
}
/** `name:1x3x224x224` → ['name', [1,3,224,224]]. The name may itself contain ':' (TF names). */
function parseInputShape(spec) {
    const i = spec.lastIndexOf(':');
    if (i <= 0 || i === spec.length - 1) {
        throw new diagnostic/* FootprintError */.E0('E_INPUT_SHAPE', `--input-shape expects name:1x3x224x224, found '${spec}'`);
    }
    const name = spec.slice(0, i);
    const dims = spec.slice(i + 1).split(/[x,]/).map((d) => Number(d));
    if (dims.some((d) => !Number.isSafeInteger(d) || d < 0)) {
        throw new diagnostic/* FootprintError */.E0('E_INPUT_SHAPE', `--input-shape '${spec}': every dimension must be a whole number >= 0`);
    }
    return [name, dims];
}
/** Parses argv (without node and script). Throws FootprintError E_USAGE with a one-line reason. */
function parseArgs(argv) {
    const quick = (0,cli_quick/* quickCommand */.L)(argv);
    if (quick !== undefined)
        return { command: quick };
    const [command, ...rest] = argv;
    if (command === 'diff')
        return parseDiffArgs(rest);
    if (command === 'supported-ops')
        return parseSupportedOps(rest);
    if (command === 'compare')
        return parseCompareArgs(rest);
    if (command !== 'analyze')
        throw args_usage(`unknown command '${command}' (expected: analyze, compare, diff, supported-ops)`);
    const out = {
        command: 'analyze', models: [], target: load/* DEFAULT_TARGET */.Kv, format: 'text', inputShapes: {},
        ioInsideActivations: true, planner: undefined, outDir: undefined, hash: true, memoryPool: undefined, longNames: false, clockHz: undefined,
    };
    const f = new Flags(rest);
    for (let a = f.next(); a !== undefined; a = f.next()) {
        const value = () => f.value();
        switch (f.flag) {
            case '--target':
            case '-t':
                out.target = value();
                break;
            case '--format':
            case '-f': {
                const v = value();
                if (!FORMATS.includes(v))
                    throw args_usage(`--format must be one of ${FORMATS.join(', ')}, found '${v}'`);
                out.format = v;
                break;
            }
            case '--json':
                out.format = 'json';
                break;
            case '--md':
                out.format = 'md';
                break;
            case '--input-shape': {
                const [name, dims] = parseInputShape(value());
                out.inputShapes[name] = dims;
                break;
            }
            case '--io-outside-activations':
                out.ioInsideActivations = false;
                break;
            case '--planner': {
                const v = value();
                out.planner = planner(v);
                break;
            }
            case '--out':
            case '-o':
                out.outDir = value();
                break;
            case '--no-hash':
                out.hash = false;
                break;
            case '--long-names':
                out.longNames = true;
                break;
            case '--memory-pool':
                out.memoryPool = value();
                break;
            case '--clock':
                out.clockHz = clock(value());
                break;
            default:
                if (a.startsWith('-'))
                    throw args_usage(`unknown option '${a}'`);
                out.models.push(a);
        }
    }
    if (out.models.length === 0)
        throw args_usage('analyze needs at least one model file');
    return out;
}
function parseSupportedOps(rest) {
    const out = { command: 'supported-ops', target: load/* DEFAULT_TARGET */.Kv, format: 'md' };
    for (let i = 0; i < rest.length; i++) {
        const a = rest[i];
        const v = rest[i + 1];
        if ((a === '--target' || a === '-t') && v !== undefined) {
            out.target = v;
            i++;
            continue;
        }
        if ((a === '--format' || a === '-f') && (v === 'md' || v === 'json')) {
            out.format = v;
            i++;
            continue;
        }
        if (a === '--json') {
            out.format = 'json';
            continue;
        }
        throw args_usage(`supported-ops: unexpected '${a}' (usage: supported-ops --target NAME [--format md|json])`);
    }
    return out;
}
const HELP = `model-footprint: memory, compute and NPU mapping of edge-AI models
  formats: ${(0,formats/* formatsHelp */.I9)()}

Usage:
  model-footprint analyze <model>... [options]
  model-footprint compare <base-model> <head-model> [--target T] [--format md|json] [--ram-budget SIZE]
      the pull-request comment for two model files (no git needed)
  model-footprint supported-ops --target NAME [--format md|json]
${DIFF_HELP}
Options:
  -t, --target NAME|FILE      target: stm32h7 (default, CPU only), stm32n6 (NPU), ethos-u55-128,
                              ethos-u55-256, ethos-u65-256, ax650, ax620e, ax615, m57 (Axera Pulsar2),
                              kl520, kl720, kl530, kl630, kl730 (Kneron), or a target file (./my-board.json)
      --memory-pool FILE      stedgeai-style memory-pool JSON replacing the target's pools
      --clock FREQ            the target CPU's clock for the latency estimate, e.g. 400MHz
  -f, --format text|json|md|html
                              report format on stdout (default: text); --json, --md are shorthands;
                              html: one self-contained page with the layer graph
      --input-shape NAME:DIMS set a symbolic input shape, e.g. input:1x3x224x224 (repeatable)
      --io-outside-activations keep inputs/outputs out of the activations buffer
                              (then ram total = activations + inputs + outputs)
      --long-names            the file's layer names instead of stedgeai's (conv2d_1, gemm_9 for TFLite)
      --planner NAME          memory planner (default: the target's): st (ST Edge AI Core, overlapping
                              streaming layers), st-time (its -O time), tflm (TFLite Micro greedy),
                              best (searched order and placement)
  -o, --out DIR               also write <model>.report.{txt,json,md,html} into DIR
      --no-hash               skip the file's sha256/md5 (they read every byte of a huge model)
  -h, --help                  this help
  -V, --version               the version

Exit status: 0 when every model was analyzed, 1 when a model could not be, 2 on a usage error.
`;

;// CONCATENATED MODULE: ./src/cli/run.ts



/** Runs the CLI; resolves to the exit code (0 ok, 1 a model failed, 2 usage error). Never rejects. */
async function run(proc) {
    const out = (0,reporter/* createReporter */.A)(proc);
    let args;
    try {
        args = parseArgs(proc.argv);
    }
    catch (e) {
        return out.usage(e);
    }
    if (args.command === 'help') {
        out.result(HELP);
        return 0;
    }
    if (args.command === 'version') {
        out.result(`model-footprint ${version/* VERSION */.x}`);
        return 0;
    }
    // Each command's code loads with it: `diff` schedules analyses on worker threads and never loads the analysis here.
    if (args.command === 'diff')
        return (await Promise.all(/* import() */[__webpack_require__.e(641), __webpack_require__.e(837)]).then(__webpack_require__.bind(__webpack_require__, 7837))).runDiff(args, proc);
    if (args.command === 'compare')
        return (await Promise.all(/* import() */[__webpack_require__.e(716), __webpack_require__.e(481), __webpack_require__.e(292), __webpack_require__.e(641), __webpack_require__.e(513)]).then(__webpack_require__.bind(__webpack_require__, 9513))).runCompare(args, proc);
    return (await Promise.all(/* import() */[__webpack_require__.e(716), __webpack_require__.e(481), __webpack_require__.e(292), __webpack_require__.e(641), __webpack_require__.e(727)]).then(__webpack_require__.bind(__webpack_require__, 6727))).runAnalyze(args, proc, out);
}

// EXTERNAL MODULE: ./src/node/file-source.ts
var file_source = __webpack_require__(1836);
// EXTERNAL MODULE: ./src/node/time-limit.ts
var time_limit = __webpack_require__(1173);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/jobs/blobs.ts + 1 modules
var jobs_blobs = __webpack_require__(126);
// EXTERNAL MODULE: ./src/jobs/worker-flag.ts
var worker_flag = __webpack_require__(9283);
;// CONCATENATED MODULE: ./src/jobs/pool.ts
/**
 * The analysis scheduler `diff` and the action share. Analyses are synchronous CPU work, so they
 * run on worker threads, one job at a time each, from a shared queue: a pool of up to one per
 * CORES_PER_WORKER cores, grown only while the work left repays a worker's start.
 * Committed files are spooled to disk by git, every blob of the run planned at once (BlobSpool:
 * the workers read them in place, as work-tree files), READY_PER_WORKER jobs ahead per worker (each
 * worker holds only the job it runs, so an idle worker takes the next one: none waits behind
 * another's long job); a blob's file goes once its jobs are answered. The bundle re-enters itself:
 * the entry starts workers on its own file (spawnAnalysisWorker: a flag in workerData) and, in a
 * worker, serves jobs instead of running the command (one file to ship, nothing to resolve at run
 * time). A crashed worker is replaced; the job it held runs once more, then fails alone. The
 * inline analyzer (tests, one model) runs jobs on the calling thread, spooling blobs the same way.
 */



/**
 * One analysis never takes this long on a real model (the largest corpus model takes seconds): a
 * job still running then is stopped (its worker terminated and replaced) and reported, so a
 * hostile file cannot hold the runner until the job's own timeout.
 */
const JOB_TIME_LIMIT_MS = 300_000;
function messageOf(e) {
    return e instanceof Error ? e.message : String(e);
}
/**
 * Cores one analysis worker keeps busy: besides its own thread, V8 compiles and collects garbage on
 * background threads. The corpus's 140 analyses in one process: 5.5 s of CPU for 3.1 s on its main
 * thread. On 2 cores, `diff` of those 70 models with two workers took 10.3 s of CPU and 5.7 s wall,
 * with one worker 8.2 s and 5.2 s (bench/diff.ts, MODEL_FOOTPRINT_THREADS=1 and 2).
 */
const CORES_PER_WORKER = 2;
/** The most workers a pool starts. */
const MAX_THREADS = 8;
/** Worker threads for a pool: MODEL_FOOTPRINT_THREADS when set, else one per CORES_PER_WORKER cores (1 to MAX_THREADS). */
function defaultThreads(env = process.env, cores = (0,external_node_os_.availableParallelism)()) {
    return Number(env['MODEL_FOOTPRINT_THREADS']) || Math.max(1, Math.min(Math.floor(cores / CORES_PER_WORKER), MAX_THREADS));
}
/**
 * Jobs whose blobs are spooled ahead, per worker: the next job waits on the main thread, ready,
 * not posted, so a worker never waits for a blob and a job is never held behind another
 * worker's long one (an idle worker takes it).
 */
const READY_PER_WORKER = 1;
/** How long the first worker runs before the pool estimates the work left from its pace. */
const RAMP_OBSERVE_MS = 250;
/**
 * Another worker starts only while the work left, at the pace so far, exceeds this: a worker's
 * start and JIT warm-up cost about 0.3 s of CPU (bench/diff.ts), which a shorter share does not repay.
 */
const RAMP_REMAINING_MS = 1000;
/**
 * Runs jobs on up to `threads` workers started from `entryFile` (which must call serveAnalysisWorker).
 * One worker starts at once (or `opts.started`, one the caller started: spawnAnalysisWorker);
 * more start while the jobs left would take it over RAMP_REMAINING_MS.
 * A worker holds one job at a time; the next ones wait, read, on this thread, for whichever worker
 * is free first.
 */
function workerAnalyzer(entryFile, threads, opts = {}) {
    const { jobTimeLimitMs = JOB_TIME_LIMIT_MS, started } = opts;
    const spawn = () => (0,worker_flag/* spawnAnalysisWorker */.CG)(entryFile);
    /** A worker started by warm() (or by the caller: `started`), not yet given a job: it does not keep the process alive. */
    let spare;
    const drop = () => { spare = undefined; };
    const keepSpare = (w) => {
        w.unref();
        w.on('error', () => undefined); // its exit drops it; the pool starts a fresh one then
        w.once('exit', drop);
        spare = w;
    };
    if (started)
        keepSpare(started);
    const takeSpare = () => {
        const w = spare;
        spare = undefined;
        if (!w)
            return spawn();
        w.off('exit', drop);
        w.ref();
        return w;
    };
    return {
        warm() {
            if (!spare)
                keepSpare(spawn());
        },
        analyze(jobs) {
            const results = new Array(jobs.length);
            const index = new Map(jobs.map((j, i) => [j.id, i]));
            const blobs = new jobs_blobs/* Blobs */.B(jobs);
            /** Jobs read and waiting for a worker, in order of reading. */
            const ready = [];
            /** Blob reads under way. */
            let reading = 0;
            let next = 0;
            let done = 0;
            /** The workers alive, and those of them without a job. */
            const slots = new Set();
            const idle = [];
            const t0 = performance.now();
            let firstAnswer;
            /** Jobs no worker has started: not read yet, being read, or read and waiting. */
            const waiting = () => jobs.length - next + reading + ready.length;
            return new Promise((resolveAll) => {
                if (jobs.length === 0) {
                    resolveAll([]);
                    return;
                }
                const finish = (o) => {
                    const i = index.get(o.id);
                    if (i === undefined || results[i] !== undefined)
                        return;
                    results[i] = o;
                    blobs.release(jobs[i]);
                    firstAnswer ??= performance.now();
                    if (++done === jobs.length) {
                        clearInterval(watch);
                        blobs.close();
                        resolveAll(results);
                    }
                };
                /**
                 * Another worker while the work left, at the pace since the first answer (the first job
                 * carries the start and warm-up), exceeds RAMP_REMAINING_MS; without an answer yet, once the
                 * first job alone has run that long.
                 */
                const rampUp = () => {
                    if (slots.size >= threads || waiting() === 0)
                        return; // all done implies none waiting
                    const now = performance.now();
                    if (firstAnswer === undefined) {
                        if (now - t0 > RAMP_REMAINING_MS)
                            start();
                        return;
                    }
                    const since = now - firstAnswer;
                    if (since >= RAMP_OBSERVE_MS && (since / Math.max(1, done - 1)) * waiting() > RAMP_REMAINING_MS)
                        start();
                };
                /** Waits for a job's blob to be spooled; then it waits, ready, for a worker. */
                const read = (job) => {
                    reading++;
                    void blobs.fill(job).then((filled) => {
                        reading--;
                        if ((0,jobs_blobs/* isOutcome */.L)(filled))
                            finish(filled); // unreadable: answered here
                        else
                            ready.push(filled);
                        dispatch();
                    });
                };
                /** Readies the next jobs until READY_PER_WORKER per worker are ready or being readied. */
                const readAhead = () => {
                    while (next < jobs.length && reading + ready.length < slots.size * READY_PER_WORKER)
                        read(jobs[next++]);
                };
                /** Jobs run again because their worker died under them: each once. */
                const rerun = new Set();
                /** Read jobs to idle workers, reading ahead again; the workers nothing is left for stop. */
                const dispatch = () => {
                    while (idle.length > 0 && ready.length > 0)
                        idle.shift().post(ready.shift());
                    readAhead();
                    if (waiting() === 0)
                        for (const s of idle.splice(0))
                            s.stop();
                };
                const start = () => {
                    const w = takeSpare();
                    /** The job posted to this worker: it is running it. */
                    let job;
                    let timer;
                    let failure = 'the worker stopped';
                    let stopping = false;
                    let retired = false;
                    const slot = {
                        post(j) {
                            job = j;
                            w.postMessage(j);
                            timer = setTimeout(() => {
                                failure = `LOAD ERROR E_LIMIT: ${j.path}: the analysis did not finish within ${jobTimeLimitMs / 1000} s and was stopped (a damaged file?)`;
                                void w.terminate();
                            }, jobTimeLimitMs);
                        },
                        stop() { stopping = true; void w.terminate(); },
                    };
                    slots.add(slot);
                    // (a retiring worker is stopped at its answer: it is posted nothing more, so it answers once)
                    w.on('message', (o) => {
                        const { retire, ...outcome } = o;
                        clearTimeout(timer);
                        job = undefined;
                        finish(outcome);
                        if (retire) {
                            retired = true;
                            slot.stop();
                            return;
                        } // its exit starts a fresh worker
                        idle.push(slot);
                        dispatch();
                        rampUp();
                    });
                    w.on('error', (e) => { failure = messageOf(e); });
                    w.on('exit', () => {
                        clearTimeout(timer);
                        slots.delete(slot);
                        const at = idle.indexOf(slot);
                        if (at >= 0)
                            idle.splice(at, 1);
                        if (job) {
                            // A worker can die between jobs (a previous job's leftovers), holding one it never ran:
                            // each job gets a second run (its blob stays spooled until it is answered); a job
                            // that crashes its worker twice, or ran out of time, fails.
                            const original = jobs[index.get(job.id) ?? -1];
                            const timedOut = failure.startsWith('LOAD ERROR');
                            if (!timedOut && original && !rerun.has(job.id)) {
                                rerun.add(job.id);
                                read(original);
                            }
                            else
                                finish({ id: job.id, error: timedOut ? failure : `INTERNAL ERROR E_INTERNAL: ${job.path}: analysis worker failed: ${failure}` });
                        }
                        job = undefined;
                        // A crashed, stopped or retired worker while jobs wait: a fresh one (also when the last worker ran out of them).
                        const ranOut = stopping && !retired;
                        // (a fresh worker takes what is ready as it starts)
                        if (waiting() > 0 && (!ranOut || slots.size === 0))
                            start();
                        else
                            dispatch();
                    });
                    idle.push(slot);
                    dispatch();
                };
                const watch = setInterval(rampUp, RAMP_OBSERVE_MS / 2);
                watch.unref();
                start();
            });
        },
    };
}

;// CONCATENATED MODULE: ./src/cli/start.ts





/**
 * Formats whose reader starts asynchronously (Keras: the HDF5 WebAssembly library) are loaded
 * here, before the run, and only for the files that need them: the format registry probes each
 * argument that is a file. `diff` analyzes on worker threads, which load what they need.
 */
async function prepareFormats(argv) {
    if (argv[0] === 'diff')
        return;
    const { loadFormatFor } = await Promise.all(/* import() */[__webpack_require__.e(716), __webpack_require__.e(481)]).then(__webpack_require__.bind(__webpack_require__, 1481));
    for (const a of argv) {
        if (!(0,external_node_fs_.existsSync)(a) || !(0,external_node_fs_.statSync)(a).isFile())
            continue; // an option's value or a missing path: run reports it
        let input;
        try {
            input = (0,file_source/* fileModelInput */.iE)(a);
            await loadFormatFor(input, { timeLimit: time_limit/* timeLimited */.g });
        }
        catch {
            // Unreadable here: the analysis reports it, typed.
        }
        finally {
            input?.close?.();
        }
    }
}
/**
 * Runs a command with the real process; resolves to the exit code. `entryFile` is the bundle's
 * entry (dist/cli/index.js): diff's analysis workers are started on it. `early`: a model's
 * hashing the entry started, handed to the command (and stopped after it when it was not used);
 * `worker`: diff's first analysis worker, started by the entry.
 */
async function start(argv, entryFile, early, worker) {
    try {
        await prepareFormats(argv);
        return await run({ argv, cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, analyzer: workerAnalyzer(entryFile, defaultThreads(), { started: worker }), early });
    }
    finally {
        await early?.release();
    }
}


/***/ }),

/***/ 881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A1: () => (/* binding */ evaluateBudgets),
/* harmony export */   DB: () => (/* binding */ parseSize),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   Qt: () => (/* binding */ budgetAmount),
/* harmony export */   V7: () => (/* binding */ budgetName),
/* harmony export */   u$: () => (/* binding */ unplacedSentence)
/* harmony export */ });
/* harmony import */ var _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2869);
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5601);
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5312);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4200);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2676);
/* harmony import */ var _mapping_family_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9572);
/** Budgets: size parsing, limits per model (globs), regression thresholds, headroom for the bars. */






const UNITS = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 };
/**
 * Bytes from "1.5MB", "512KiB", "128 KB", "0x10000" or a number. KB/MB/GB are binary (1024), as
 * in stedgeai's memory-pool files and MCU datasheets. Throws E_USAGE on anything else.
 */
function parseSize(spec) {
    if (typeof spec === 'number') {
        if (!Number.isFinite(spec) || spec < 0)
            throw new _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .FootprintError */ .E0('E_USAGE', `size must be a number of bytes >= 0, found ${spec}`);
        return Math.round(spec);
    }
    const s = spec.trim();
    if (/^0x[0-9a-f]+$/i.test(s))
        return Number(s); // Number reads the 0x prefix itself
    const m = /^(\d+(?:\.\d+)?|\.\d+)\s*([a-z]*)$/i.exec(s);
    const unit = m ? UNITS[m[2].toLowerCase()] : undefined;
    if (!m || unit === undefined) {
        throw new _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .FootprintError */ .E0('E_USAGE', `cannot read size '${spec}' (expected e.g. 1.5MB, 512KiB, 65536 or 0x10000)`);
    }
    return Math.round(Number(m[1]) * unit);
}
/**
 * What a limit is about, as every message names it: 'RAM', 'Flash', 'latency', 'pool <name>' (`esc`
 * escapes the name) or, for unplaced buffers, 'activations in no pool' / 'weights in no pool'.
 */
function budgetName(x, esc = (s) => s) {
    switch (x.kind) {
        case 'pool': return `pool ${esc(x.pool ?? '')}`;
        case 'unplaced': return `${x.holds ?? 'buffers'} in no pool`;
        case 'ram': return 'RAM';
        case 'latency': return 'latency';
        case 'flash': return 'Flash';
    }
}
/** `2 activation buffers, 1.06 MiB, fit in no pool`: what an 'unplaced' limit found. */
function unplacedSentence(x) {
    const n = x.buffers ?? 0;
    return `${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(n, (0,_mapping_family_js__WEBPACK_IMPORTED_MODULE_2__/* .familyUnit */ .Z)(x.holds ?? 'activations'))}, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .compactSize */ .PI)(x.used)}, ${n === 1 ? 'fits' : 'fit'} in no pool`;
}
/** A limit's amount as the comment shows it: milliseconds for latency, bytes otherwise. */
function budgetAmount(kind, n) {
    return kind === 'latency' ? (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .milliseconds */ .Rz)(n) : (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .compactSize */ .PI)(n);
}
/** Milliseconds per unit of a duration (a bare number is milliseconds), the micro sign and the Greek mu alike. */
const MS_PER = { '': 1, s: 1000, ms: 1, us: 0.001, 'µs': 0.001, 'μs': 0.001 };
/** Milliseconds from "30ms", "1.5 s", "250us" or a number of milliseconds. Throws E_USAGE on anything else. */
function parseDuration(spec) {
    const bad = () => { throw new _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .FootprintError */ .E0('E_USAGE', `cannot read duration '${spec}' (expected e.g. 30ms, 1.5s, 250us or a number of milliseconds)`); };
    if (typeof spec === 'number')
        return Number.isFinite(spec) && spec > 0 ? spec : bad();
    // the unit's letters, whatever they are: the table says which it knows (as parseSize's does)
    const m = /^(\d+(?:\.\d+)?|\.\d+)\s*(\p{L}*)$/u.exec(spec.trim());
    if (!m)
        return bad();
    const v = Number(m[1]) * (MS_PER[m[2].toLowerCase()] ?? NaN);
    return v > 0 ? v : bad();
}
/** The global limits overridden, key by key, by every perModel glob that matches (in order). */
function limitsFor(path, budgets) {
    let out = { ...budgets };
    for (const [glob, l] of Object.entries(budgets.perModel ?? {})) {
        if (!(0,_glob_js__WEBPACK_IMPORTED_MODULE_4__/* .matchesGlob */ .kt)(path, glob))
            continue;
        out = { ...out, ...l, pools: { ...out.pools, ...l.pools }, thresholds: { ...out.thresholds, ...l.thresholds } };
    }
    return out;
}
/**
 * Checks every analyzed head (model x target) against its limits: RAM total vs ramBytes, weights
 * vs flashBytes, pool use vs pool limits and the pool's usable size, buffers that fit in no pool
 * (none may); base -> head growth vs the thresholds (in percent); SW epochs that grew (models
 * present on both sides).
 */
function evaluateBudgets(entries, budgets = {}) {
    const result = { exceeded: [], regressions: [], newSwEpochs: [], usage: [] };
    for (const e of entries) {
        const head = e.head;
        if (!head || e.headError !== undefined || e.lfsNotFetched)
            continue;
        const where = { path: e.path, target: e.target };
        const lim = limitsFor(e.path, budgets);
        const check = (kind, used, limit, extra = {}) => {
            result.usage.push({ ...where, kind, ...extra, used, limit, ratio: limit > 0 ? used / limit : used > 0 ? Infinity : 0 });
            if (used > limit)
                result.exceeded.push({ ...where, kind, ...extra, used, limit });
        };
        if (lim.ramBytes !== undefined)
            check('ram', head.totals.ramTotalBytes, parseSize(lim.ramBytes));
        if (lim.flashBytes !== undefined)
            check('flash', head.totals.weightsBytes, parseSize(lim.flashBytes));
        const latency = head.totals.latencyMs;
        if (lim.latencyMs !== undefined && typeof latency === 'number')
            check('latency', latency, lim.latencyMs);
        for (const p of (0,_compare_js__WEBPACK_IMPORTED_MODULE_5__/* .poolsOf */ .Fo)(head)) {
            const given = lim.pools?.[p.name];
            const limit = given !== undefined ? parseSize(given) : (0,_compare_js__WEBPACK_IMPORTED_MODULE_5__/* .poolUsable */ .$8)(p);
            // Empty pools without a limit of their own are not headroom anyone asked about.
            if (limit !== undefined && (given !== undefined || (0,_compare_js__WEBPACK_IMPORTED_MODULE_5__/* .poolUsed */ .W5)(p) > 0))
                check('pool', (0,_compare_js__WEBPACK_IMPORTED_MODULE_5__/* .poolUsed */ .W5)(p), limit, { pool: p.name });
        }
        // Buffers that fit in no pool: the model does not fit the target, whatever its pools' usage says
        // (their placed bytes leave those out). Always checked, per family, against 0.
        const left = (0,_compare_js__WEBPACK_IMPORTED_MODULE_5__/* .unplacedOf */ .Q8)(head);
        for (const holds of ['activations', 'weights']) {
            const mine = left.filter((u) => (0,_mapping_family_js__WEBPACK_IMPORTED_MODULE_2__/* .familyOf */ .A)(u.kind) === holds);
            if (mine.length > 0)
                check('unplaced', mine.reduce((s, u) => s + u.size, 0), 0, { holds, buffers: mine.length });
        }
        const base = e.base;
        if (!base || e.baseError !== undefined)
            continue;
        const t = lim.thresholds ?? {};
        const reg = (metric, b, h, threshold) => {
            const limit = threshold ?? Infinity; // no threshold: no growth is a regression
            // Growth in percent. From a base of 0 any growth is +Infinity% (a positive number over 0); 0 -> 0 is
            // NaN and no change or a shrink is <= 0%: never above a threshold (the config requires >= 0).
            const pct = ((h - b) / b) * 100;
            if (pct > limit)
                result.regressions.push({ ...where, metric, base: b, head: h, pct, threshold: limit });
        };
        reg('ram', base.totals.ramTotalBytes, head.totals.ramTotalBytes, t.ramPct);
        reg('flash', base.totals.weightsBytes, head.totals.weightsBytes, t.flashPct);
        reg('macc', base.totals.macc, head.totals.macc, t.maccPct);
        const [bl, hl] = [base.totals.latencyMs, head.totals.latencyMs];
        // a head without an estimate compares as NaN: never a regression
        if (typeof bl === 'number')
            reg('latency', bl, hl ?? NaN, t.latencyPct);
        const be = (0,_compare_js__WEBPACK_IMPORTED_MODULE_5__/* .epochsOf */ .OD)(base);
        const he = (0,_compare_js__WEBPACK_IMPORTED_MODULE_5__/* .epochsOf */ .OD)(head);
        if (be && he && he.sw > be.sw)
            result.newSwEpochs.push({ ...where, base: be.sw, head: he.sw });
    }
    return result;
}


/***/ }),

/***/ 5312:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $8: () => (/* binding */ poolUsable),
/* harmony export */   Fo: () => (/* binding */ poolsOf),
/* harmony export */   OD: () => (/* binding */ epochsOf),
/* harmony export */   Q8: () => (/* binding */ unplacedOf),
/* harmony export */   W5: () => (/* binding */ poolUsed),
/* harmony export */   Yl: () => (/* binding */ knownSides),
/* harmony export */   fH: () => (/* binding */ diffReports),
/* harmony export */   qf: () => (/* binding */ knownDelta)
/* harmony export */ });
/* unused harmony exports metricDelta, layerOutputBytes, reasonText, layerKey */
/* harmony import */ var _ir_dtype_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7003);
/* harmony import */ var _ir_shape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8774);
/* harmony import */ var _ir_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(103);
/** Report x Report -> ModelDiff: totals, pools, layers matched by name, HW/SW moves, I/O signature. */



const headUnknown = (e) => e.headError !== undefined || e.lfsNotFetched === true;
function knownSides(e) {
    if (headUnknown(e))
        return [undefined, undefined];
    return [e.baseError === undefined ? e.base : undefined, e.head];
}
/** The entry's deltas are real: its head is known, and so is its base unless the model is new. */
function knownDelta(e) {
    return !headUnknown(e) && (e.baseError === undefined || e.status === 'added');
}
function metricDelta(base, head) {
    const delta = (head ?? 0) - (base ?? 0);
    const pct = base !== undefined && head !== undefined && base !== 0 ? (delta / base) * 100 : undefined;
    return { base, head, delta, pct };
}
/** Bytes of a layer's output tensor (its share of activation RAM); 0 when the shape is not static. */
function layerOutputBytes(layer) {
    const count = (0,_ir_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .elementCount */ .KX)(layer.outputShape ?? undefined);
    if (count === undefined)
        return 0;
    const bits = _ir_dtype_js__WEBPACK_IMPORTED_MODULE_1__/* .DTYPES */ .A1.includes(layer.dtype) ? _ir_dtype_js__WEBPACK_IMPORTED_MODULE_1__/* .DTYPE_BITS */ .iA[layer.dtype] : 0;
    return Math.ceil((count * bits) / 8);
}
function ioBytes(r) {
    return [...r.inputs, ...r.outputs].reduce((s, io) => s + (io.bytes ?? 0), 0);
}
/** Epoch counts when the report shows them (absent or `shown: false` on CPU-only targets). */
function epochsOf(r) {
    const e = r?.epochs;
    if (!e || e.shown === false)
        return undefined;
    return { total: e.total, hw: e.hw, sw: e.sw + (e.unsupported ?? 0) };
}
function poolsOf(r) {
    const p = r?.pools;
    if (p === undefined)
        return [];
    return Array.isArray(p) ? p : p.pools;
}
/** The buffers no pool of the target could hold (none when the report has no pools or lists none). */
function unplacedOf(r) {
    const p = r?.pools;
    return p === undefined || Array.isArray(p) ? [] : p.unplaced ?? [];
}
function reasonText(r) {
    return typeof r === 'string' ? r : r.message;
}
function totalsDiff(base, head) {
    const t = (key) => metricDelta(base?.totals[key] ?? undefined, head?.totals[key] ?? undefined);
    const out = {
        weightsBytes: t('weightsBytes'), activationsBytes: t('activationsBytes'), ramTotalBytes: t('ramTotalBytes'),
        macc: t('macc'), params: t('params'), inputsBytes: t('inputsBytes'), outputsBytes: t('outputsBytes'),
        ioBytes: metricDelta(base ? ioBytes(base) : undefined, head ? ioBytes(head) : undefined),
    };
    if (base?.totals.latencyMs != null || head?.totals.latencyMs != null)
        out.latencyMs = t('latencyMs');
    const be = epochsOf(base);
    const he = epochsOf(head);
    if (be !== undefined || he !== undefined) {
        out.epochsTotal = metricDelta(be?.total, he?.total);
        out.epochsHw = metricDelta(be?.hw, he?.hw);
        out.epochsSw = metricDelta(be?.sw, he?.sw);
    }
    const bp = base?.partition;
    const hp = head?.partition;
    const vocabulary = (hp ?? bp)?.vocabulary;
    if (vocabulary !== undefined) {
        out.partition = {
            vocabulary,
            npuSubgraphs: metricDelta(bp?.npuSubgraphs, hp?.npuSubgraphs),
            cpuSubgraphs: metricDelta(bp?.cpuSubgraphs, hp?.cpuSubgraphs),
            cpuNodes: metricDelta(bp?.cpuNodes.length, hp?.cpuNodes.length),
        };
    }
    return out;
}
function poolUsed(p) {
    return p.usedBytes ?? p.used ?? 0;
}
function poolUsable(p) {
    return p.usableBytes ?? p.usable ?? p.size;
}
function poolsDiff(base, head) {
    const names = [];
    for (const p of [...poolsOf(head), ...poolsOf(base)])
        if (!names.includes(p.name))
            names.push(p.name);
    return names.map((name) => {
        const b = poolsOf(base).find((p) => p.name === name);
        const h = poolsOf(head).find((p) => p.name === name);
        return { name, used: metricDelta(b && poolUsed(b), h && poolUsed(h)), usableBytes: (h && poolUsable(h)) ?? (b && poolUsable(b)) };
    });
}
function layerRef(l) {
    return { name: l.name, ...(l.originalName === undefined ? {} : { originalName: l.originalName }), op: l.op, macc: l.macc, weightsBytes: l.weightsBytes, outputBytes: layerOutputBytes(l) };
}
function sameShape(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
}
function layerChanges(base, head) {
    const baseByName = new Map(base.layers.map((l) => [layerKey(l), l]));
    const headNames = new Set(head.layers.map(layerKey));
    const changed = [];
    const added = [];
    for (const h of head.layers) {
        const b = baseByName.get(layerKey(h));
        if (!b) {
            added.push(layerRef(h));
            continue;
        }
        const c = {
            name: h.name, baseOp: b.op, headOp: h.op, opChanged: b.op !== h.op,
            macc: metricDelta(b.macc, h.macc), weightsBytes: metricDelta(b.weightsBytes, h.weightsBytes),
            outputBytes: metricDelta(layerOutputBytes(b), layerOutputBytes(h)),
            shapeChanged: !sameShape(b.outputShape, h.outputShape) || b.dtype !== h.dtype,
            baseShape: b.outputShape, headShape: h.outputShape, baseDtype: b.dtype, headDtype: h.dtype,
        };
        // (the output bytes follow from the shape and type: a change of theirs is a shape change)
        if (c.opChanged || c.shapeChanged || c.macc.delta !== 0 || c.weightsBytes.delta !== 0)
            changed.push(c);
    }
    const removed = base.layers.filter((l) => !headNames.has(layerKey(l))).map(layerRef);
    // Rank by each change's share of the model's totals, so RAM, MACC and weights weigh alike.
    const act = Math.max(1, base.totals.activationsBytes, head.totals.activationsBytes);
    const macc = Math.max(1, base.totals.macc, head.totals.macc);
    const w = Math.max(1, base.totals.weightsBytes, head.totals.weightsBytes);
    const score = (c) => Math.abs(c.outputBytes.delta) / act + Math.abs(c.macc.delta) / macc + Math.abs(c.weightsBytes.delta) / w + (c.opChanged ? 1e-9 : 0);
    changed.sort((a, b) => score(b) - score(a));
    const bySize = (a, b) => b.outputBytes / act + b.macc / macc - (a.outputBytes / act + a.macc / macc);
    return { changed, added: added.sort(bySize), removed: removed.sort(bySize) };
}
function opCounts(base, head) {
    const count = (r) => {
        const m = new Map();
        for (const l of r.layers)
            m.set(l.op, (m.get(l.op) ?? 0) + 1);
        return m;
    };
    const b = count(base);
    const h = count(head);
    const ops = [...new Set([...b.keys(), ...h.keys()])].sort();
    return ops.map((op) => ({ op, base: b.get(op) ?? 0, head: h.get(op) ?? 0 })).filter((c) => c.base !== c.head);
}
const isSw = (u) => u === 'SW_INT' || u === 'SW_FLOAT' || u === 'unsupported';
function movedOps(base, head) {
    const baseByName = new Map(base.layers.map((l) => [layerKey(l), l]));
    // (once, not per new layer: 50,000 new layers against a 100k-layer base made 5 billion comparisons, 28 s)
    const baseHasHw = base.layers.some((l) => l.unit === 'HW');
    const moved = [];
    for (const h of head.layers) {
        const b = baseByName.get(layerKey(h));
        const from = b?.unit;
        const to = h.unit;
        if (to === undefined || from === to)
            continue;
        // A new layer is listed when it lands in SW on a target whose base ran something in HW (on a
        // CPU-only target every layer is SW: nothing "moves").
        if (b === undefined && !(isSw(to) && baseHasHw))
            continue;
        const direction = from === 'HW' && isSw(to) ? 'toSW' : isSw(from) && to === 'HW' ? 'toHW' : b === undefined ? 'toSW' : 'other';
        const reasons = h.reasons ?? [];
        const m = { name: h.name, op: h.op, from, to, direction, reasons: reasons.map(reasonText), added: b === undefined };
        const hints = reasons.flatMap((r) => (typeof r !== 'string' && r.hint !== undefined ? [r.hint] : []));
        const hint = h.hint ?? (hints.length > 0 ? [...new Set(hints)].join(' ') : undefined);
        if (hint !== undefined)
            m.hint = hint;
        moved.push(m);
    }
    return moved;
}
function signature(io) {
    return { name: io.name, dtype: io.dtype, shape: io.shape, quant: io.quant };
}
function ioChanges(kind, base, head) {
    const out = [];
    for (let i = 0; i < Math.max(base.length, head.length); i++) {
        const b = base[i];
        const h = head[i];
        // below the longer list's length, at least one side is there
        if (b === undefined) {
            out.push({ kind, index: i, change: 'added', fields: [], head: signature(h) });
            continue;
        }
        if (h === undefined) {
            out.push({ kind, index: i, change: 'removed', fields: [], base: signature(b) });
            continue;
        }
        const fields = [];
        if (b.name !== h.name)
            fields.push('name');
        if (b.dtype !== h.dtype)
            fields.push('dtype');
        if (!sameShape(b.shape, h.shape))
            fields.push('shape');
        if (JSON.stringify(b.quant) !== JSON.stringify(h.quant))
            fields.push('quant');
        if (fields.length > 0)
            out.push({ kind, index: i, change: 'changed', fields, base: signature(b), head: signature(h) });
    }
    return out;
}
/** The peak of a report (schema 1.1), or null: older reports carry no timeline. */
function peakOf(r) {
    return r?.memory?.timeline?.peak ?? null;
}
/** The tensors alive at both peaks whose size changed, the largest change first (then by name). */
function grownTensors(pb, ph) {
    const before = new Map(pb.tensors.map((t) => [t.tensor, t.bytes]));
    return ph.tensors.flatMap((t) => {
        const was = before.get(t.tensor);
        return was !== undefined && was !== t.bytes ? [{ tensor: t.tensor, base: was, head: t.bytes }] : [];
    }).sort((x, y) => Math.abs(y.head - y.base) - Math.abs(x.head - x.base) || (0,_ir_names_js__WEBPACK_IMPORTED_MODULE_2__/* .compareNames */ .M)(x.tensor, y.tensor));
}
function peakChange(b, h) {
    const [pb, ph] = [peakOf(b), peakOf(h)];
    if (!pb && !ph)
        return undefined;
    const grown = pb && ph ? grownTensors(pb, ph) : [];
    // the same layer keeps its file name when shown names shift (layerKey)
    const key = (r, shown) => layerKey(r.layers.find((l) => l.name === shown) ?? { name: shown });
    const side = (r, p) => (p ? { layer: p.layer, file: key(r, p.layer), liveBytes: p.liveBytes } : null);
    const moved = pb !== null && ph !== null && key(b, pb.layer) !== key(h, ph.layer);
    return { base: side(b, pb), head: side(h, ph), moved, grown };
}
function couldBeOf(h) {
    const m = h?.memory;
    if (!m?.couldBe || !m.arenaBytes)
        return undefined;
    const c = m.couldBe;
    return { arenaBytes: c.arenaBytes, reordered: c.reordered, pct: ((c.arenaBytes - m.arenaBytes) / m.arenaBytes) * 100 };
}
/**
 * The identity of a layer across revisions: its name in the file. Shown names follow positions
 * (stedgeai's `conv2d_5`) and shift when a layer is inserted before; file names do not.
 */
function layerKey(l) {
    return l.originalName ?? l.name;
}
/** Added, removed or none when a side is missing; else changed when anything differs, or the same. */
function kindOf(b, h, d) {
    if (!b || !h)
        return h ? 'added' : b ? 'removed' : 'none';
    // an optional total (latency, epochs...) is absent, never undefined
    const anyTotal = Object.values(d.totals).some((x) => x.delta !== 0);
    const any = anyTotal || d.pools.some((p) => p.used.delta !== 0) || d.layers.length > 0 || d.addedLayers.length > 0
        || d.removedLayers.length > 0 || d.moved.length > 0 || d.io.length > 0;
    return any ? 'changed' : 'same';
}
/** The difference from `base` to `head`; either may be missing (added / removed / unparsable model). */
function diffReports(base, head) {
    const b = base;
    const h = head;
    const layers = b && h ? layerChanges(b, h) : { changed: [], added: [], removed: [] };
    const parts = {
        totals: totalsDiff(b, h),
        pools: poolsDiff(b, h),
        layers: layers.changed, addedLayers: layers.added, removedLayers: layers.removed,
        opCounts: b && h ? opCounts(b, h) : [],
        moved: b && h ? movedOps(b, h) : [],
        io: b && h ? [...ioChanges('input', b.inputs, h.inputs), ...ioChanges('output', b.outputs, h.outputs)] : [],
    };
    const diff = { kind: kindOf(b, h, parts), ...parts };
    const peak = b && h ? peakChange(b, h) : undefined;
    if (peak)
        diff.peak = peak;
    const couldBe = couldBeOf(h);
    if (couldBe)
        diff.couldBe = couldBe;
    return diff;
}


/***/ }),

/***/ 4200:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   XN: () => (/* binding */ deltaCell),
/* harmony export */   v7: () => (/* binding */ usageBar)
/* harmony export */ });
/* unused harmony exports WORSE, BETTER */
/* harmony import */ var _units_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2676);
// The comment's compact units live with every other number format (units/format.ts).


const WORSE = '🔴';
const BETTER = '🟢';
/** `new (Δ, Δ%) 🔴` for a change; the plain value when unchanged; '–' when missing. */
function deltaCell(d, fmt, higherIsWorse = true) {
    if (d === undefined || d.head === undefined)
        return '–';
    if (d.base === undefined || d.delta === 0)
        return fmt(d.head);
    const worse = Math.sign(d.delta) === (higherIsWorse ? 1 : -1);
    const parts = [(0,_units_format_js__WEBPACK_IMPORTED_MODULE_0__/* .signedWith */ .vH)(d.delta, fmt)];
    if (d.pct !== undefined)
        parts.push((0,_units_format_js__WEBPACK_IMPORTED_MODULE_0__/* .signedPercent1 */ .Jq)(d.pct));
    return `${fmt(d.head)} (${parts.join(', ')}) ${worse ? WORSE : BETTER}`;
}
/** `████████░░ 83%` followed by ✅ / ⚠️ (>= 90%) / ❌ (over). */
function usageBar(ratio, width = 10) {
    const filled = Math.max(0, Math.min(width, Math.round(ratio * width)));
    const mark = ratio > 1 ? '❌' : ratio >= 0.9 ? '⚠️' : '✅';
    return `${'█'.repeat(filled)}${'░'.repeat(width - filled)} ${Math.round(ratio * 100)}% ${mark}`;
}
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}


/***/ }),

/***/ 5601:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _I: () => (/* binding */ matchesAny),
/* harmony export */   kt: () => (/* binding */ matchesGlob),
/* harmony export */   sb: () => (/* binding */ splitPatterns)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Model path patterns, one parser for the CLI, the action and the config file: picomatch (the
 * matcher of micromatch, chokidar and fast-glob) with `**` for any folders, `{a,b}` alternatives,
 * `[abc]` classes and dot-files matched. A pattern without a slash matches the file name in any
 * folder (as .gitignore does). A list of patterns may hold `!pattern` entries, which exclude.
 */

const OPTIONS = { dot: true };
const cache = new Map();
function normalize(path) {
    return path.replace(/\\/g, '/').replace(/^\.\//, '');
}
function matchesGlob(path, glob) {
    let m = cache.get(glob);
    if (!m) {
        const g = normalize(glob).replace(/^\//, '');
        // picomatch's own `basename` option also changes patterns WITH slashes: prefix `**/` instead.
        m = picomatch__WEBPACK_IMPORTED_MODULE_0___default()(g.includes('/') ? g : `**/${g}`, OPTIONS);
        cache.set(glob, m);
    }
    return m(normalize(path));
}
/** True when the path matches at least one pattern; `!pattern` entries exclude. */
function matchesAny(path, patterns) {
    const include = patterns.filter((p) => !p.startsWith('!'));
    const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
    return include.some((g) => matchesGlob(path, g)) && !exclude.some((g) => matchesGlob(path, g));
}
/**
 * A pattern list as users write it in one string (an action input, a CLI value): one per line,
 * or separated by commas OUTSIDE braces and brackets, so `models/**\/*.{onnx,tflite}` stays one
 * pattern. Blank entries are dropped.
 */
function splitPatterns(raw) {
    const out = [];
    for (const line of raw.split(/\r?\n/)) {
        let depth = 0;
        let cur = '';
        for (let i = 0; i < line.length; i++) {
            const c = line[i];
            if (c === '\\' && i + 1 < line.length) {
                cur += c + line[i + 1];
                i++;
                continue;
            }
            if (c === '{' || c === '[')
                depth++;
            else if ((c === '}' || c === ']') && depth > 0)
                depth--;
            if (c === ',' && depth === 0) {
                out.push(cur);
                cur = '';
                continue;
            }
            cur += c;
        }
        out.push(cur);
    }
    return out.map((s) => s.trim()).filter((s) => s !== '');
}


/***/ }),

/***/ 126:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B: () => (/* binding */ Blobs),
  L: () => (/* binding */ isOutcome)
});

// EXTERNAL MODULE: ./src/diagnostics/diagnostic.ts
var diagnostic = __webpack_require__(2869);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/git/exec.ts
var exec = __webpack_require__(9395);
;// CONCATENATED MODULE: ./src/git/blob-spool.ts
/**
 * Committed files for `diff` and the action, spooled to disk: `git cat-file --batch-check` sizes
 * every blob the run will read (one process), then `git cat-file --batch` writes them, a group at
 * a time, into a file of the spool's own temporary folder. The analysis then reads a blob as it
 * reads a work-tree file: the ranges it needs, with positioned reads, on its worker thread. No blob
 * crosses a pipe into this thread or is held whole in memory (the pipe cost more CPU here than
 * git's own inflating: bench/diff.ts).
 *
 * Groups grow from GROUP_FIRST_BYTES fourfold up to GROUP_MAX_BYTES (the first analyses start
 * while later groups are written); the next group is written only while the groups written and
 * not yet released hold under SPOOL_AHEAD_BYTES; a group's file is deleted as soon as every
 * read of it is released, the folder at close().
 */






/** Largest blob read (as `git cat-file blob` was limited before): a larger one is refused, never written. */
const MAX_BLOB_BYTES = 4 * 1024 * 1024 * 1024 - 1;
/** The first group's content bytes (one blob at least): the first base analysis waits for it alone. */
const GROUP_FIRST_BYTES = 1024 * 1024;
/** Each group may hold four times the previous one's bytes, up to this. */
const GROUP_MAX_BYTES = 256 * 1024 * 1024;
/** Bytes written and not yet released past which no further group is written (one group always may be). */
const SPOOL_AHEAD_BYTES = 512 * 1024 * 1024;
const OBJECT_ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
const gitError = (message) => new diagnostic/* FootprintError */.E0('E_GIT', message);
class BlobSpool {
    repoDir;
    limits;
    dir;
    /** Reads planned (or made) per id, not yet released. */
    asks = new Map();
    entries = new Map();
    /** Ids planned since the last size check. */
    unchecked = [];
    checking;
    groups = [];
    /** Content bytes of the groups being written or written, not released. */
    outstanding = 0;
    children = new Set();
    closed = false;
    onExit = () => this.removeFolder();
    constructor(repoDir, limits = {}) {
        this.repoDir = repoDir;
        this.limits = { maxBlobBytes: MAX_BLOB_BYTES, groupFirstBytes: GROUP_FIRST_BYTES, groupMaxBytes: GROUP_MAX_BYTES, aheadBytes: SPOOL_AHEAD_BYTES, ...limits };
    }
    /** The blobs the run will read, in that order (an id twice: read twice, released twice). */
    plan(ids) {
        for (const id of ids) {
            const n = this.asks.get(id) ?? 0;
            this.asks.set(id, n + 1);
            if (n === 0 && !this.entries.has(id))
                this.unchecked.push(id);
        }
    }
    /** Where blob `id` is, once its group is written. Rejects with E_GIT (missing, not a file, git failed) or E_LIMIT. */
    async read(id) {
        if (!OBJECT_ID.test(id))
            throw gitError(`'${id}' is not a full object id`);
        if (this.closed)
            throw gitError('the blob spool was closed');
        if (!this.asks.has(id))
            this.plan([id]);
        await this.check();
        if (this.closed)
            throw gitError('the blob spool was closed');
        const e = this.entries.get(id);
        if (e.error)
            throw e.error;
        const g = e.group;
        this.pump();
        await g.written;
        return { file: g.file, offset: e.offset, size: e.size };
    }
    /** One read of `id` is over: its group's file goes once all of its reads are. */
    release(id) {
        const n = this.asks.get(id);
        if (n === undefined || n === 0)
            return;
        this.asks.set(id, n - 1);
        const g = this.entries.get(id)?.group;
        if (!g)
            return;
        g.asks--;
        if (g.asks === 0 && g.state === 'written')
            this.drop(g);
    }
    /** A written group nobody will read again: its file goes, and the next group may be written. */
    drop(g) {
        g.state = 'released';
        this.outstanding -= g.bytes;
        removeQuietly(g.file);
        this.pump();
    }
    /** Stops git and removes the folder; reads not yet answered fail. */
    close() {
        this.closed = true;
        for (const c of this.children)
            c.kill();
        this.children.clear();
        for (const g of this.groups)
            if (g.state === 'waiting' || g.state === 'writing')
                g.settle(gitError('the blob spool was closed'));
        this.removeFolder();
    }
    removeFolder() {
        process.off('exit', this.onExit);
        if (this.dir !== undefined)
            removeQuietly(this.dir);
        this.dir = undefined;
    }
    folder() {
        if (this.dir === undefined) {
            this.dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'model-footprint-blobs-'));
            process.on('exit', this.onExit);
        }
        return this.dir;
    }
    /** Sizes the ids planned since the last check and groups them (one `--batch-check` per new batch of ids). */
    check() {
        if (this.unchecked.length === 0)
            return this.checking ?? Promise.resolve();
        const ids = this.unchecked;
        this.unchecked = [];
        const before = this.checking ?? Promise.resolve();
        this.checking = before.then(() => this.sizes(ids)).then((lines) => this.group(ids, lines));
        return this.checking;
    }
    /** `git cat-file --batch-check` for `ids`: one answer line per id. */
    async sizes(ids) {
        const r = await this.catFile('--batch-check', ids, 'pipe');
        const lines = r.stdout.toString('utf8').split('\n').slice(0, ids.length);
        if (r.failure !== undefined || lines.length !== ids.length)
            throw gitError(r.message(r.failure ?? `exited (code ${String(r.code)})`));
        return lines;
    }
    /**
     * `git cat-file <mode>` fed `ids`, its output to `out` (a descriptor, or 'pipe': collected). Settles
     * once git has exited; never rejects: `failure` says why it did not run or exited non-zero, and
     * `message` words an error about it with git's last stderr lines.
     */
    catFile(mode, ids, out) {
        return new Promise((resolve) => {
            const child = (0,external_node_child_process_.spawn)('git', ['-C', this.repoDir, 'cat-file', mode], { stdio: ['pipe', out, 'pipe'], windowsHide: true, env: (0,exec/* gitEnv */.gE)() });
            this.children.add(child);
            const stdout = [];
            let err = '';
            let failure;
            child.stdout?.on('data', (d) => stdout.push(d));
            child.stderr?.on('data', (d) => { err = (err + d.toString('utf8')).slice(-2000); });
            child.stdin?.on('error', () => { });
            child.on('error', (e) => { failure ??= `could not run: ${e instanceof Error ? e.message : String(e)}`; });
            // 'close', not 'exit': it comes after stderr has been read whole, so git's message is in the error
            child.on('close', (code) => {
                this.children.delete(child);
                resolve({
                    code, stdout: Buffer.concat(stdout),
                    ...(failure !== undefined || code !== 0 ? { failure: failure ?? `exited (code ${String(code)})` } : {}),
                    message: (why) => `\`git cat-file ${mode}\` in ${this.repoDir} ${why}${err.trim() ? `: ${err.trim()}` : ''}`,
                });
            });
            child.stdin?.end(`${ids.join('\n')}\n`);
        });
    }
    /** Content bytes group `k` may hold (a single larger blob makes a group of its own). */
    groupLimit(k) {
        return Math.min(this.limits.groupFirstBytes * 4 ** Math.min(k, 32), this.limits.groupMaxBytes);
    }
    group(ids, lines) {
        let current;
        ids.forEach((id, i) => {
            const line = lines[i];
            const m = /^([0-9a-f]+) (\w+) (\d+)$/.exec(line);
            if (!m || m[1] !== id) {
                this.entries.set(id, { size: 0, error: gitError(line === `${id} missing` ? `object ${id} is not in the repository` : `unexpected \`git cat-file --batch-check\` answer: ${JSON.stringify(line.slice(0, 200))}`) });
                return;
            }
            const size = Number(m[3]);
            if (m[2] !== 'blob') {
                this.entries.set(id, { size, error: gitError(`object ${id} is a ${m[2]}, not a file`) });
                return;
            }
            if (size > this.limits.maxBlobBytes) {
                this.entries.set(id, { size, error: new diagnostic/* FootprintError */.E0('E_LIMIT', `object ${id} is ${size.toLocaleString('en-US')} bytes; the limit is ${this.limits.maxBlobBytes.toLocaleString('en-US')}`) });
                return;
            }
            if (current === undefined || (current.ids.length > 0 && current.bytes + size > this.groupLimit(this.groups.length - 1)))
                current = this.newGroup();
            const offset = current.end + header(id, size).length;
            current.ids.push(id);
            current.bytes += size;
            current.end = offset + size + 1;
            current.asks += this.asks.get(id) ?? 0;
            this.entries.set(id, { size, group: current, offset });
        });
    }
    newGroup() {
        let settle = () => undefined;
        const written = new Promise((resolve, reject) => { settle = (e) => (e ? reject(e) : resolve()); });
        written.catch(() => undefined); // read() awaits it; a group nobody reads may fail unobserved
        const g = { file: '', ids: [], bytes: 0, end: 0, asks: 0, state: 'waiting', written, settle: () => undefined };
        g.settle = (e) => {
            if (g.state !== 'waiting' && g.state !== 'writing')
                return;
            if (g.state === 'writing' && !e)
                g.state = 'written';
            else
                g.state = 'failed';
            settle(e);
        };
        this.groups.push(g);
        return g;
    }
    /** Writes the next group while none is being written and the written ones leave room. */
    pump() {
        if (this.closed || this.groups.some((g) => g.state === 'writing'))
            return;
        const next = this.groups.find((g) => g.state === 'waiting');
        if (!next || (this.outstanding > 0 && this.outstanding + next.bytes > this.limits.aheadBytes))
            return;
        this.write(next);
    }
    write(g) {
        g.state = 'writing';
        this.outstanding += g.bytes;
        let written;
        try {
            g.file = (0,external_node_path_.join)(this.folder(), `group-${this.groups.indexOf(g)}.bin`);
            const fd = (0,external_node_fs_.openSync)(g.file, 'w');
            try {
                written = this.catFile('--batch', g.ids, fd);
            }
            finally {
                (0,external_node_fs_.closeSync)(fd); // the child has its own copy
            }
        }
        catch (e) {
            // the temporary folder cannot be made or written: every group fails alike, each once it is asked for
            this.failGroup(g, new diagnostic/* FootprintError */.E0('E_TEMP', `cannot write the base versions of the changed models to a temporary file: ${e instanceof Error ? e.message : String(e)}`));
            return;
        }
        void written.then((r) => {
            if (g.state !== 'writing')
                return; // closed meanwhile
            const problem = r.failure ?? this.verify(g);
            if (problem !== undefined) {
                this.failGroup(g, gitError(r.message(problem)));
                return;
            }
            g.settle();
            if (g.asks === 0)
                this.drop(g);
            else
                this.pump();
        });
    }
    /** A group that could not be written: its reads fail with `e`, and its room goes to the next group. */
    failGroup(g, e) {
        this.outstanding -= g.bytes;
        g.settle(e);
        this.pump();
    }
    /** The group's file holds exactly the answers the sizes announced (each header where expected). */
    verify(g) {
        const size = (0,external_node_fs_.statSync)(g.file).size;
        if (size !== g.end)
            return `wrote ${size} bytes for ${g.ids.length} blob${g.ids.length === 1 ? '' : 's'}, ${g.end} expected`;
        const fd = (0,external_node_fs_.openSync)(g.file, 'r');
        try {
            let at = 0;
            for (const id of g.ids) {
                const e = this.entries.get(id);
                const h = header(id, e.size);
                const got = Buffer.alloc(h.length);
                (0,external_node_fs_.readSync)(fd, got, 0, h.length, at);
                if (got.toString('latin1') !== h)
                    return `answered ${JSON.stringify(got.toString('latin1').trim())} where ${JSON.stringify(h.trim())} was expected`;
                at += h.length + e.size + 1;
            }
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
        return undefined;
    }
}
/**
 * Removes a spool file or folder; a failure is left alone (Windows refuses to delete a file still
 * open, which a worker stopped mid-read leaves open): it is a temporary file, the run goes on.
 */
function removeQuietly(path) {
    try {
        (0,external_node_fs_.rmSync)(path, { recursive: true, force: true });
    }
    catch (e) {
        void e;
    }
}
function header(id, size) {
    return `${id} blob ${size}\n`;
}

;// CONCATENATED MODULE: ./src/jobs/blobs.ts
/**
 * The committed files of one analyze() call, spooled by git (one BlobSpool per repository, every
 * blob of the jobs planned at once); the pool and the inline analyzer ready jobs through it.
 */


/** Blob spools, one per repository, for one analyze() call: every committed file of the jobs is planned at once. */
class Blobs {
    spools = new Map();
    constructor(jobs) {
        for (const j of jobs)
            if (spooled(j))
                this.spool(j.repoDir).plan([j.blob]);
    }
    spool(repoDir) {
        let s = this.spools.get(repoDir);
        if (!s) {
            s = new BlobSpool(repoDir);
            this.spools.set(repoDir, s);
        }
        return s;
    }
    /** The job with its blob's place in the spool, or an outcome when it cannot be read. */
    async fill(job) {
        if (!spooled(job))
            return job;
        try {
            return { ...job, spooled: await this.spool(job.repoDir).read(job.blob) };
        }
        catch (e) {
            return { id: job.id, path: job.path, error: (0,diagnostic/* asFootprintError */.aD)(e, job.path).oneLine() };
        }
    }
    /** The job is answered: the spool may delete its blob. */
    release(job) {
        if (spooled(job))
            this.spools.get(job.repoDir)?.release(job.blob);
    }
    close() {
        for (const s of this.spools.values())
            s.close();
        this.spools.clear();
    }
}
/** A committed file read through the spool (its blob id known). */
const spooled = (job) => job.rev !== undefined && job.blob !== undefined;
const isOutcome = (x) => !('repoDir' in x);


/***/ })

};
