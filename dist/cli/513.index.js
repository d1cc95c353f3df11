export const id = 513;
export const ids = [513];
export const modules = {

/***/ 2513:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  start: () => (/* binding */ start)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/index.ts + 410 modules
var src = __webpack_require__(4410);
;// CONCATENATED MODULE: ./src/cli/reporter.ts
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
        resultChunks(chunks) {
            for (const c of chunks)
                proc.stdout.write(c);
            proc.stdout.write('\n');
        },
        usage(e) {
            proc.stderr.write((0,src/* asFootprintError */.aD)(e).oneLine() + '\n');
            return 2;
        },
        failure(e, file) {
            const err = (0,src/* asFootprintError */.aD)(e, file);
            proc.stderr.write(err.oneLine() + '\n');
            if (err.hint)
                proc.stderr.write(`  hint: ${err.hint}\n`);
            return 1;
        },
    };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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
            throw new src/* FootprintError */.E0('E_USAGE', `${this.flag} needs a value`);
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
    if (!src/* PLANNERS */.o7.includes(v))
        throw new src/* FootprintError */.E0('E_USAGE', `--planner must be ${src/* PLANNERS */.o7.join(' or ')}, found '${v}'`);
    return v;
}
/** `--clock` value: a frequency (`400MHz`, `1.2GHz`, hertz). */
function clock(v) {
    const hz = (0,src/* frequencyOf */.yM)(/^\d+(\.\d+)?$/.test(v) ? Number(v) : v);
    if (hz === undefined)
        throw new src/* FootprintError */.E0('E_USAGE', `--clock expects a frequency such as 400MHz or 1GHz (at most 100GHz), found '${v}'`);
    return hz;
}

;// CONCATENATED MODULE: ./src/cli/diff-args.ts
/** Arguments of `model-footprint diff` (parsed apart from `analyze` to keep args.ts small). */


function usage(message) {
    return new src/* FootprintError */.E0('E_USAGE', message);
}
/** Defaults of the shared options. */
function comparisonDefaults() {
    return { target: src/* DEFAULT_TARGET */.Kv, format: 'md', planner: undefined, ioInsideActivations: true, ramBudget: undefined, flashBudget: undefined, clockHz: undefined, latencyBudget: undefined };
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
            out.ramBudget = (0,src/* parseSize */.DB)(f.value());
            return true;
        case '--flash-budget':
            out.flashBudget = (0,src/* parseSize */.DB)(f.value());
            return true;
        case '--clock':
            out.clockHz = clock(f.value());
            return true;
        case '--latency-budget':
            out.latencyBudget = (0,src/* parseDuration */.E9)(f.value());
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
                out.models.push(...(0,src/* splitPatterns */.sb)(f.value()));
                // `--models a.onnx b/**/*.tflite`: following non-option words are more globs.
                for (let g = f.takePositional(); g !== undefined; g = f.takePositional())
                    out.models.push(...(0,src/* splitPatterns */.sb)(g));
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
        out.models = [...src/* DEFAULT_MODEL_GLOBS */.a8];
    return out;
}
const DIFF_HELP = `  model-footprint diff --base <rev> [--head <rev>] [options]
      compares the models changed between the merge base of <rev> and head (default: the
      work tree) and prints the pull-request comment the action would post
      --models GLOB...        model files to consider (default: ${src/* DEFAULT_MODEL_GLOBS */.a8.join(' ')})
      --ram-budget SIZE       e.g. 1.5MB, 512KiB, 0x10000; --flash-budget SIZE likewise
      --latency-budget TIME   e.g. 30ms (the estimate); --clock FREQ sets the target CPU's clock
      -f, --format md|json    the comment (default) or the diff JSON
      -o, --out DIR           also write per-model reports (txt, json), diff.json and comment.md
`;

;// CONCATENATED MODULE: ./src/cli/compare-args.ts
/** Arguments of `model-footprint compare <base-model> <head-model>` (the options it shares with `diff`). */



const compare_args_usage = (message) => new src/* FootprintError */.E0('E_USAGE', message);
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
    return new src/* FootprintError */.E0('E_USAGE', message);
}
/** `name:1x3x224x224` → ['name', [1,3,224,224]]. The name may itself contain ':' (TF names). */
function parseInputShape(spec) {
    const i = spec.lastIndexOf(':');
    if (i <= 0 || i === spec.length - 1) {
        throw new src/* FootprintError */.E0('E_INPUT_SHAPE', `--input-shape expects name:1x3x224x224, found '${spec}'`);
    }
    const name = spec.slice(0, i);
    const dims = spec.slice(i + 1).split(/[x,]/).map((d) => Number(d));
    if (dims.some((d) => !Number.isSafeInteger(d) || d < 0)) {
        throw new src/* FootprintError */.E0('E_INPUT_SHAPE', `--input-shape '${spec}': every dimension must be a whole number >= 0`);
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
        command: 'analyze', models: [], target: src/* DEFAULT_TARGET */.Kv, format: 'text', inputShapes: {},
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
    const out = { command: 'supported-ops', target: src/* DEFAULT_TARGET */.Kv, format: 'md' };
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
  formats: ${(0,src/* formatsHelp */.I9)()}

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

;// CONCATENATED MODULE: ./src/cli/target-arg.ts



function readText(cwd, path, what) {
    const p = (0,external_node_path_.resolve)(cwd, path);
    if (!(0,external_node_fs_.existsSync)(p))
        throw new src/* FootprintError */.E0('E_FILE_NOT_FOUND', `${what} file not found`, { file: path });
    return (0,external_node_fs_.readFileSync)(p, 'utf8');
}
/**
 * `--target NAME | ./board.json`, `--memory-pool FILE` and `--clock` → one Target. A value that names a
 * built-in is the built-in; anything else is read as a target file (errors name the key).
 */
function resolveTarget(cwd, value, memoryPool, clockHz) {
    const named = (0,src/* isBuiltinTarget */.vb)(value)
        ? (0,src/* builtinTarget */.Vc)(value)
        : (0,src/* looksLikeTargetFile */.tH)(value) || (0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(cwd, value))
            ? (0,src/* parseTarget */.hu)(readText(cwd, value, 'target'), value) // a file holds JSON, never a target's name
            : (0,src/* builtinTarget */.Vc)(value); // unknown name: its error lists the built-ins
    const target = clockHz === undefined ? named : (0,src/* withClock */.V6)(named, clockHz);
    if (memoryPool === undefined)
        return target;
    return (0,src/* withMemoryPools */.rx)(target, (0,src/* parseMemoryPoolFile */.NZ)(readText(cwd, memoryPool, 'memory-pool'), memoryPool));
}

;// CONCATENATED MODULE: ./src/node/json-file.ts
/**
 * A JSON report written to a file chunk by chunk (jsonChunks): the same bytes as
 * renderReport(report, 'json'), final newline included, without holding the whole text (a
 * 100k-layer report is 70 MB of JSON).
 */


function writeJsonFile(file, value) {
    const fd = (0,external_node_fs_.openSync)(file, 'w');
    try {
        for (const c of (0,src/* jsonChunks */.VQ)(value))
            (0,external_node_fs_.writeSync)(fd, c);
        (0,external_node_fs_.writeSync)(fd, '\n');
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

// EXTERNAL MODULE: ./src/git/index.ts + 6 modules
var git = __webpack_require__(1036);
// EXTERNAL MODULE: ./src/jobs/job.ts
var job = __webpack_require__(7879);
// EXTERNAL MODULE: ./src/jobs/pool.ts
var pool = __webpack_require__(116);
// EXTERNAL MODULE: ./src/jobs/worker-flag.ts
var worker_flag = __webpack_require__(9283);
;// CONCATENATED MODULE: ./src/jobs/entries.ts
function fill(entry, side, o) {
    if (!o)
        return;
    const path = side === 'base' ? entry.oldPath ?? entry.path : entry.path;
    // A shared analysis (same blob at another path) is shown under this entry's own path.
    if (o.report)
        entry[side] = o.report.model.path === path ? o.report : { ...o.report, model: { ...o.report.model, path } };
    if (o.error !== undefined)
        entry[side === 'base' ? 'baseError' : 'headError'] = o.path === undefined ? o.error : o.error.split(o.path).join(path);
    if (o.lfsNotFetched)
        entry.lfsNotFetched = true;
}
/** Analyzes both sides of every change for every target (in parallel, as the analyzer runs them). */
async function analyzeChanges(changes, sides, targets, analyzer, opts = {}) {
    const specs = opts.specs ?? {};
    const jobs = [];
    const byBlob = new Map();
    const job = (blob, path, rev, target) => {
        const key = blob === undefined ? undefined : `${blob}\0${target}`;
        const known = key === undefined ? undefined : byBlob.get(key);
        if (known !== undefined)
            return known;
        const spec = specs[target];
        jobs.push({
            id: jobs.length, repoDir: sides.repoDir, path, rev, target,
            ...(rev !== undefined && blob !== undefined ? { blob } : {}),
            ...(spec ? { spec } : {}), ...(opts.options ? { options: opts.options } : {}),
        });
        if (key !== undefined)
            byBlob.set(key, jobs.length - 1);
        return jobs.length - 1;
    };
    const plan = [];
    for (const change of changes) {
        for (const target of targets) {
            const p = { change, target };
            if (change.status !== 'removed')
                p.head = job(change.headBlob, change.path, sides.headRev, target);
            if (change.status !== 'added')
                p.base = job(change.baseBlob, change.oldPath ?? change.path, sides.baseSha, target);
            plan.push(p);
        }
    }
    // Base jobs the cache may answer: not shared with a head (the head is always analyzed).
    const heads = new Set(plan.map((p) => p.head));
    const candidates = new Map();
    for (const p of plan) {
        if (p.base !== undefined && p.change.baseBlob !== undefined && !heads.has(p.base))
            candidates.set(p.base, { id: p.base, blob: p.change.baseBlob, target: p.target, ...(specs[p.target] ? { spec: specs[p.target] } : {}) });
    }
    const { cache } = opts;
    const cached = cache ? await cache.restore([...candidates.values()]) : new Map();
    const outcomes = await analyzer.analyze(jobs.filter((j) => !cached.has(j.id)));
    const byId = new Map(outcomes.map((o) => [o.id, o]));
    if (cache)
        await cache.save([...candidates.values()].filter((c) => !cached.has(c.id)), byId);
    for (const [id, report] of cached)
        byId.set(id, { id, report });
    return plan.map(({ change, target, head, base }) => {
        const entry = { path: change.path, target, status: change.status };
        if (change.oldPath !== undefined)
            entry.oldPath = change.oldPath;
        if (head !== undefined)
            fill(entry, 'head', byId.get(head));
        if (base !== undefined)
            fill(entry, 'base', byId.get(base));
        if (base !== undefined && cached.has(base))
            entry.baseFromCache = true;
        return entry;
    });
}

;// CONCATENATED MODULE: ./src/jobs/index.ts
/** The analysis scheduler `diff` and the action share: jobs, the worker pool, changes to entries. */





;// CONCATENATED MODULE: ./src/cli/diff.ts
/**
 * `model-footprint diff --base <rev>`: the pull-request comment, locally. Discovers the changed
 * models with git, analyzes both sides with the action's scheduler (src/jobs: worker threads, base
 * bytes through one `git cat-file --batch`, no checkout, identical blobs once) and prints the same
 * Markdown the action posts (or the diff JSON).
 */








/** The budgets given on the command line. */
function cliBudgets(args) {
    return {
        ...(args.ramBudget !== undefined ? { ramBytes: args.ramBudget } : {}),
        ...(args.latencyBudget !== undefined ? { latencyMs: args.latencyBudget } : {}),
        ...(args.flashBudget !== undefined ? { flashBytes: args.flashBudget } : {}),
    };
}
function writeOut(dir, entries, markdown, json) {
    for (const e of entries) {
        for (const [side, report] of [['base', e.base], ['head', e.head]]) {
            if (!report)
                continue;
            const stem = (0,external_node_path_.join)(dir, side, e.target, side === 'base' ? (e.oldPath ?? e.path) : e.path);
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(stem), { recursive: true });
            writeJsonFile(`${stem}.report.json`, report);
            (0,external_node_fs_.writeFileSync)(`${stem}.report.txt`, (0,src/* renderReport */.B1)(report, 'text'));
        }
    }
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, 'diff.json'), json);
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, 'comment.md'), markdown);
}
/** Runs `diff`; returns 0, or 1 when a model could not be analyzed, a budget is exceeded, or git failed. */
async function runDiff(args, proc) {
    let target;
    try {
        target = resolveTarget(proc.cwd, args.target, undefined, args.clockHz);
    }
    catch (e) {
        return createReporter(proc).usage(e);
    }
    try {
        proc.analyzer?.warm?.(); // its worker loads while git lists the changes
        const root = (0,git/* repoRoot */.jv)(proc.cwd);
        const headRev = args.head ?? 'HEAD';
        const headSha = (0,git/* revParse */.DJ)(root, headRev);
        const base = (0,git/* mergeBase */.wu)(root, (0,git/* revParse */.DJ)(root, args.base), headSha);
        const changes = (0,git/* changedModels */.FU)(root, base, args.head === undefined ? undefined : headSha, args.models);
        const sides = { repoDir: root, baseSha: base, headRev: args.head === undefined ? undefined : headSha };
        const options = {
            ioInsideActivations: args.ioInsideActivations, ...(args.planner !== undefined ? { planner: args.planner } : {}),
        };
        const analyzer = proc.analyzer ?? (0,pool.inlineAnalyzer)();
        const entries = await analyzeChanges(changes, sides, [args.target], analyzer, { specs: { [args.target]: target }, options });
        const budgets = (0,src/* evaluateBudgets */.A1)(entries, cliBudgets(args));
        const input = {
            entries, budgets, key: 'default', analyzerVersion: src/* VERSION */.xv, baseSha: base,
            headSha, targets: [args.target],
        };
        // Each rendering only when printed or written (the comment is most of diff's own time on many models).
        const markdown = args.format !== 'json' || args.outDir !== undefined ? (0,src/* renderComment */.wQ)(input).markdown : '';
        const json = args.format === 'json' || args.outDir !== undefined ? JSON.stringify((0,src/* diffToJson */.tM)(input), null, 2) + '\n' : '';
        if (args.outDir !== undefined)
            writeOut((0,external_node_path_.resolve)(proc.cwd, args.outDir), entries, markdown, json);
        createReporter(proc).result(args.format === 'json' ? json : markdown);
        const failed = entries.some((e) => e.headError !== undefined && !e.lfsNotFetched) || budgets.exceeded.length > 0;
        return failed ? 1 : 0;
    }
    catch (e) {
        return createReporter(proc).failure(e);
    }
}

// EXTERNAL MODULE: ./src/node/file-source.ts
var file_source = __webpack_require__(1836);
// EXTERNAL MODULE: ./src/node/hash.ts
var hash = __webpack_require__(7306);
;// CONCATENATED MODULE: ./src/cli/compare.ts
/**
 * `model-footprint compare <base-model> <head-model>`: the pull-request comment for two files,
 * without git (two exports of a network, a model before and after a change, float vs int8).
 */







async function side(proc, args, target, path) {
    let input;
    try {
        const file = (0,external_node_path_.resolve)(proc.cwd, path);
        const early = proc.early?.take(file);
        const opened = (0,file_source/* fileModelInput */.iE)(file, undefined, early?.source);
        input = opened;
        const analyze = () => (0,src/* analyzeModel */.Cw)({ ...opened, path }, {
            target, ioInsideActivations: args.ioInsideActivations, ...(args.planner !== undefined ? { planner: args.planner } : {}),
        });
        return { report: await (0,hash/* analyzeWhileHashing */.M5)(opened.source, analyze, early?.hashes) };
    }
    catch (e) {
        const err = (0,src/* asFootprintError */.aD)(e, path);
        return { error: `${err.code}: ${err.message}`, cause: err };
    }
    finally {
        input?.close?.();
    }
}
/** Prints the comment (or diff JSON) for base -> head; 1 when a side failed or a budget is exceeded. */
async function runCompare(args, proc) {
    let target;
    try {
        target = resolveTarget(proc.cwd, args.target, undefined, args.clockHz);
    }
    catch (e) {
        return createReporter(proc).usage(e);
    }
    const entry = { path: args.headFile, target: args.target, status: 'modified' };
    if (args.baseFile !== args.headFile)
        entry.oldPath = args.baseFile;
    const head = await side(proc, args, target, args.headFile);
    const base = await side(proc, args, target, args.baseFile);
    if (head.report)
        entry.head = head.report;
    else
        entry.headError = head.error ?? 'not analyzed';
    if (base.report)
        entry.base = base.report;
    else
        entry.baseError = base.error ?? 'not analyzed';
    const out = createReporter(proc);
    for (const s of [base, head])
        if (s.cause !== undefined)
            out.failure(s.cause);
    const budgets = (0,src/* evaluateBudgets */.A1)([entry], cliBudgets(args));
    const input = {
        entries: [entry], budgets, key: 'compare', analyzerVersion: src/* VERSION */.xv,
        baseSha: base.report?.model.sha256 ?? 'none', headSha: head.report?.model.sha256 ?? 'none', targets: [args.target],
    };
    out.result(args.format === 'json' ? JSON.stringify((0,src/* diffToJson */.tM)(input), null, 2) : (0,src/* renderComment */.wQ)(input).markdown);
    return head.error !== undefined || base.error !== undefined || budgets.exceeded.length > 0 ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/cli/run.ts











async function analyzeOne(path, args, proc, target) {
    const file = (0,external_node_path_.resolve)(proc.cwd, path);
    const early = args.hash ? proc.early?.take(file) : undefined;
    const input = (0,file_source/* fileModelInput */.iE)(file, undefined, early?.source);
    const analyze = () => (0,src/* analyzeModel */.Cw)({ ...input, path }, {
        inputShapes: args.inputShapes,
        ioInsideActivations: args.ioInsideActivations,
        ...(args.planner !== undefined ? { planner: args.planner } : {}),
        ...(args.longNames ? { longNames: true } : {}),
        target,
    });
    try {
        return args.hash ? await (0,hash/* analyzeWhileHashing */.M5)(input.source, analyze, early?.hashes) : analyze();
    }
    finally {
        input.close?.();
    }
}
function writeOutputs(dir, modelPath, report) {
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const stem = (0,external_node_path_.basename)(modelPath);
    writeJsonFile((0,external_node_path_.join)(dir, `${stem}.report.json`), report);
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, `${stem}.report.txt`), (0,src/* renderReport */.B1)(report, 'text'));
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, `${stem}.report.md`), (0,src/* renderReport */.B1)(report, 'md'));
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, `${stem}.report.html`), (0,src/* renderReport */.B1)(report, 'html'));
}
/** Runs the CLI; resolves to the exit code (0 ok, 1 a model failed, 2 usage error). Never rejects. */
async function run(proc) {
    const out = createReporter(proc);
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
        out.result(`model-footprint ${src/* VERSION */.xv}`);
        return 0;
    }
    if (args.command === 'diff')
        return runDiff(args, proc);
    if (args.command === 'compare')
        return runCompare(args, proc);
    let target;
    try {
        target = resolveTarget(proc.cwd, args.target, args.command === 'analyze' ? args.memoryPool : undefined, args.command === 'analyze' ? args.clockHz : undefined);
    }
    catch (e) {
        return out.usage(e);
    }
    if (args.command === 'supported-ops') {
        out.result((0,src/* supportedOps */.zU)(target, args.format));
        return 0;
    }
    let failed = 0;
    const reports = [];
    for (const path of args.models) {
        try {
            const report = await analyzeOne(path, args, proc, target);
            reports.push(report);
            if (args.outDir !== undefined)
                writeOutputs((0,external_node_path_.resolve)(proc.cwd, args.outDir), path, report);
            if (args.format !== 'json')
                out.result((0,src/* renderReport */.B1)(report, args.format) + '\n');
        }
        catch (e) {
            failed++;
            out.failure(e, path);
        }
    }
    if (args.format === 'json') {
        const body = reports.length === 1 && args.models.length === 1 ? reports[0] : reports;
        out.resultChunks((0,src/* jsonChunks */.VQ)(body));
    }
    return failed > 0 ? 1 : 0;
}

// EXTERNAL MODULE: ./src/node/time-limit.ts
var time_limit = __webpack_require__(1173);
;// CONCATENATED MODULE: ./src/cli/start.ts






/**
 * Formats whose reader starts asynchronously (Keras: the HDF5 WebAssembly library) are loaded
 * here, before the run, and only for the files that need them: the format registry probes each
 * argument that is a file. `diff` analyzes on worker threads, which load what they need.
 */
async function prepareFormats(argv) {
    if (argv[0] === 'diff')
        return;
    for (const a of argv) {
        if (!(0,external_node_fs_.existsSync)(a) || !(0,external_node_fs_.statSync)(a).isFile())
            continue; // an option's value or a missing path: run reports it
        let input;
        try {
            input = (0,file_source/* fileModelInput */.iE)(a);
            await (0,src/* loadFormatFor */.pC)(input, { timeLimit: time_limit/* timeLimited */.g });
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
        return await run({ argv, cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, analyzer: (0,pool.workerAnalyzer)(entryFile, (0,pool.defaultThreads)(), pool.JOB_TIME_LIMIT_MS, worker), early });
    }
    finally {
        await early?.release();
    }
}


/***/ })

};
