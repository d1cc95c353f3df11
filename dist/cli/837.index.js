export const id = 837;
export const ids = [837];
export const modules = {

/***/ 7837:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cliBudgets: () => (/* binding */ cliBudgets),
  diffJobOptions: () => (/* binding */ diffJobOptions),
  runDiff: () => (/* binding */ runDiff)
});

// EXTERNAL MODULE: ./src/report/render/report.ts + 6 modules
var render_report = __webpack_require__(9736);
// EXTERNAL MODULE: ./src/diff/budgets.ts
var diff_budgets = __webpack_require__(881);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/diff/comment.ts + 2 modules
var comment = __webpack_require__(361);
// EXTERNAL MODULE: ./src/diff/json.ts
var diff_json = __webpack_require__(941);
// EXTERNAL MODULE: ./src/cli/reporter.ts
var reporter = __webpack_require__(3933);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/cli/target-arg.ts + 1 modules
var target_arg = __webpack_require__(172);
// EXTERNAL MODULE: ./src/node/json-file.ts
var json_file = __webpack_require__(139);
// EXTERNAL MODULE: ./src/git/exec.ts
var exec = __webpack_require__(9395);
// EXTERNAL MODULE: ./src/glob.ts
var glob = __webpack_require__(5601);
// EXTERNAL MODULE: ./src/diagnostics/diagnostic.ts
var diagnostic = __webpack_require__(2869);
;// CONCATENATED MODULE: ./src/git/changes.ts
/** Which model files changed between two revisions: `git diff --raw -z -M`, filtered by globs. */



const NULL_SHA = /^0+$/;
/** Parses `git diff --raw -z` output: `:mode mode sha sha STATUS\0path\0[path2\0]`. */
function parseRaw(out) {
    const parts = out.split('\0');
    const entries = [];
    for (let i = 0; i < parts.length; i++) {
        const head = parts[i];
        if (head === '')
            continue;
        const m = /^:\d+ \d+ ([0-9a-f]+) ([0-9a-f]+) ([A-Z])\d*$/.exec(head);
        if (!m)
            throw new diagnostic/* FootprintError */.E0('E_GIT', `unexpected \`git diff --raw\` line: ${JSON.stringify(head.slice(0, 200))}`);
        const status = m[3];
        const src = parts[++i] ?? '';
        const dst = status === 'R' || status === 'C' ? parts[++i] : undefined;
        entries.push({ status, oldBlob: m[1], newBlob: m[2], src, dst });
    }
    return entries;
}
function blob(sha) {
    return NULL_SHA.test(sha) ? undefined : sha;
}
/**
 * Model files added, modified, renamed or removed from `baseRev` to `headRev` (undefined: the work
 * tree, tracked files only), whose path matches one of `patterns` (globs; `!glob` excludes). A
 * rename is kept as 'renamed' when the new path matches; renamed out of the patterns, it is a
 * 'removed'; renamed into them, an 'added'. Sorted by path.
 */
function changedModels(repoDir, baseRev, headRev, patterns) {
    const revs = headRev === undefined ? [(0,exec/* checkRev */._w)(baseRev)] : [(0,exec/* checkRev */._w)(baseRev), (0,exec/* checkRev */._w)(headRev)];
    const out = (0,exec/* git */.$Y)(repoDir, ['diff', '--raw', '-z', '-M', '--no-abbrev', '--no-ext-diff', '--no-textconv', '--ignore-submodules', ...revs, '--']).toString('utf8');
    const changes = [];
    for (const e of parseRaw(out)) {
        const oldB = blob(e.oldBlob);
        const newB = blob(e.newBlob);
        const with_ = (c) => {
            if (c.status !== 'added' && oldB)
                c.baseBlob = oldB;
            if (c.status !== 'removed' && newB)
                c.headBlob = newB;
            return c;
        };
        if (e.status === 'R' || e.status === 'C') {
            const dst = e.dst ?? '';
            const oldIn = (0,glob/* matchesAny */._I)(e.src, patterns);
            const newIn = (0,glob/* matchesAny */._I)(dst, patterns);
            if (newIn && oldIn && e.status === 'R')
                changes.push(with_({ path: dst, oldPath: e.src, status: 'renamed' }));
            else if (newIn)
                changes.push(with_({ path: dst, status: 'added' }));
            if (oldIn && !newIn && e.status === 'R')
                changes.push(with_({ path: e.src, status: 'removed' }));
            continue;
        }
        if (!(0,glob/* matchesAny */._I)(e.src, patterns))
            continue;
        switch (e.status) {
            case 'A':
                changes.push(with_({ path: e.src, status: 'added' }));
                break;
            case 'D':
                changes.push(with_({ path: e.src, status: 'removed' }));
                break;
            case 'M':
            case 'T':
                changes.push(with_({ path: e.src, status: 'modified' }));
                break;
            default: break; // U (unmerged), X (unknown): nothing to compare
        }
    }
    return changes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

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
            (0,json_file/* writeJsonFile */.A)(`${stem}.report.json`, report);
            (0,external_node_fs_.writeFileSync)(`${stem}.report.txt`, (0,render_report/* renderReport */.B)(report, 'text'));
        }
    }
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, 'diff.json'), json);
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, 'comment.md'), markdown);
}
/**
 * What `diff` asks of each analysis: the CLI's planner and I/O flags; the file hashes only when the
 * reports are written (--out), as the comment and the diff JSON show none.
 */
function diffJobOptions(args) {
    return {
        ioInsideActivations: args.ioInsideActivations, ...(args.planner !== undefined ? { planner: args.planner } : {}),
        ...(args.outDir === undefined ? { hash: false } : {}),
    };
}
/** Runs `diff`; returns 0, or 1 when a model could not be analyzed, a budget is exceeded, or git failed. */
async function runDiff(args, proc) {
    let target;
    try {
        target = (0,target_arg/* resolveTarget */.u)(proc.cwd, args.target, undefined, args.clockHz);
    }
    catch (e) {
        return (0,reporter/* createReporter */.A)(proc).usage(e);
    }
    try {
        proc.analyzer?.warm?.(); // its worker loads while git lists the changes
        const root = (0,exec/* repoRoot */.jv)(proc.cwd);
        const headRev = args.head ?? 'HEAD';
        const headSha = (0,exec/* revParse */.DJ)(root, headRev);
        const base = (0,exec/* mergeBase */.wu)(root, (0,exec/* revParse */.DJ)(root, args.base), headSha);
        const changes = changedModels(root, base, args.head === undefined ? undefined : headSha, args.models);
        const sides = { repoDir: root, baseSha: base, headRev: args.head === undefined ? undefined : headSha };
        const options = diffJobOptions(args);
        // (the inline analyzer only when no pool is given: loaded then, so a scheduling thread never loads the analysis)
        const analyzer = proc.analyzer ?? (await Promise.all(/* import() */[__webpack_require__.e(716), __webpack_require__.e(481), __webpack_require__.e(292), __webpack_require__.e(983)]).then(__webpack_require__.bind(__webpack_require__, 8983))).inlineAnalyzer();
        const entries = await analyzeChanges(changes, sides, [args.target], analyzer, { specs: { [args.target]: target }, options });
        const budgets = (0,diff_budgets/* evaluateBudgets */.A1)(entries, cliBudgets(args));
        const input = {
            entries, budgets, key: 'default', analyzerVersion: version/* VERSION */.x, baseSha: base,
            headSha, targets: [args.target],
        };
        // Each rendering only when printed or written (the comment is most of diff's own time on many models).
        const markdown = args.format !== 'json' || args.outDir !== undefined ? (0,comment/* renderComment */.wQ)(input).markdown : '';
        const json = args.format === 'json' || args.outDir !== undefined ? JSON.stringify((0,diff_json/* diffToJson */.M)(input), null, 2) + '\n' : '';
        if (args.outDir !== undefined)
            writeOut((0,external_node_path_.resolve)(proc.cwd, args.outDir), entries, markdown, json);
        (0,reporter/* createReporter */.A)(proc).result(args.format === 'json' ? json : markdown);
        const failed = entries.some((e) => e.headError !== undefined && !e.lfsNotFetched) || budgets.exceeded.length > 0;
        return failed ? 1 : 0;
    }
    catch (e) {
        return (0,reporter/* createReporter */.A)(proc).failure(e);
    }
}


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wQ: () => (/* binding */ renderComment)
});

// UNUSED EXPORTS: DEFAULT_MAX_CHARS, SUMMARY_MAX_BYTES, commentMarker, prepare, renderSummary, safeUrl, verdict

// EXTERNAL MODULE: ./src/diff/compare.ts
var compare = __webpack_require__(5312);
// EXTERNAL MODULE: ./src/diff/budgets.ts
var diff_budgets = __webpack_require__(881);
// EXTERNAL MODULE: ./src/report/render/markdown.ts
var markdown = __webpack_require__(8298);
// EXTERNAL MODULE: ./src/diagnostics/printable.ts
var printable = __webpack_require__(1187);
;// CONCATENATED MODULE: ./src/diff/escape.ts
/**
 * Escaping of user-controlled text (paths, model, layer and tensor names, reasons) for a GitHub
 * comment: no HTML, no Markdown structure, no @mentions, #refs or autolinks.
 */


const ZWSP = '&#8203;';
/** Breaks what GitHub links after rendering: @mentions, #123 / GH-123 refs, bare URLs and www. */
function defuse(s) {
    return s.replace(/@|#|:\/\/|www\./gi, (m) => (m.length === 1 ? `${m}${ZWSP}` : m === '://' ? `:${ZWSP}//` : `${m.slice(0, 3)}${ZWSP}.`));
}
/** For Markdown text and table cells. */
function escMd(s) {
    return defuse((0,markdown/* mdEscape */.L)(s).replace(/([_~])/g, '\\$1'));
}
/**
 * For text inside raw HTML (`<summary>`): GitHub renders no Markdown there, so only HTML escapes.
 * Named entities only: defuse() breaks every '#', so a numeric one (`&#39;`) would show as text.
 */
function escHtml(s) {
    return defuse((0,printable/* printable */.g)(s.replace(/\r\n|[\r\n\u2028\u2029]/g, ' '))
        .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;'));
}

// EXTERNAL MODULE: ./src/diff/format.ts
var format = __webpack_require__(4200);
// EXTERNAL MODULE: ./src/units/format.ts
var units_format = __webpack_require__(2676);
// EXTERNAL MODULE: ./node_modules/markdown-table/index.js
var markdown_table = __webpack_require__(735);
// EXTERNAL MODULE: ./src/arrays.ts
var arrays = __webpack_require__(273);
// EXTERNAL MODULE: ./src/mapping/family.ts
var family = __webpack_require__(9572);
;// CONCATENATED MODULE: ./src/diff/sections.ts
/** The comment's parts: summary table rows, budget headroom, and the per-model details. */







function table(rows, align) {
    return (0,markdown_table/* markdownTable */.Q)(rows, { align, alignDelimiters: false });
}
/** What the row says about the model's state, or undefined for a plain compared row. */
function entryNote(e) {
    if (e.lfsNotFetched)
        return 'LFS object not fetched (not analyzed)';
    if (e.headError !== undefined)
        return `could not analyze: ${e.headError}`;
    if (e.status === 'removed')
        return 'removed';
    if (e.baseError !== undefined)
        return `base unparsable (${e.baseError}): showing head only`;
    if (e.status === 'added' || (!e.base && e.head))
        return 'new model';
    return undefined;
}
function modelCell(p) {
    const e = p.entry;
    let s = escMd(e.path);
    if (e.status === 'renamed' && e.oldPath !== undefined)
        s += ` (renamed from ${escMd(e.oldPath)})`;
    const note = entryNote(e);
    if (note !== undefined)
        s += ` · **${escMd(note)}**`;
    else if (p.diff.kind === 'same')
        s += ' · unchanged';
    if (e.baseFromCache)
        s += ' · base from cache';
    return s;
}
function hasEpochs(prepared) {
    return prepared.some((p) => p.diff.totals.epochsTotal !== undefined);
}
/** The HW/SW cell in the target's words: Pulsar2 NPU/CPU subgraphs, Kneron CPU nodes, else epochs. */
function epochsCell(d, mixed) {
    const p = d.totals.partition;
    if (p?.vocabulary === 'pulsar2' && p.npuSubgraphs.head !== undefined)
        return `${(0,format/* deltaCell */.XN)(p.npuSubgraphs, String, false)} NPU / ${(0,format/* deltaCell */.XN)(p.cpuSubgraphs, String)} CPU subgraphs`;
    if (p?.vocabulary === 'kneron' && p.cpuNodes.head !== undefined)
        return `${(0,format/* deltaCell */.XN)(p.cpuNodes, String)} CPU nodes`;
    const hw = d.totals.epochsHw;
    if (hw?.head === undefined)
        return '–';
    const sw = d.totals.epochsSw; // set together with epochsHw (compare.ts totalsDiff)
    return `${(0,format/* deltaCell */.XN)(hw, String, false)} / ${(0,format/* deltaCell */.XN)(sw, String)}${mixed ? ' epochs' : ''}`;
}
/** The summary table: one row per model x target. */
function summaryTable(prepared) {
    const epochs = hasEpochs(prepared);
    const vendorWords = prepared.some((p) => p.diff.totals.partition !== undefined);
    const latency = prepared.some((p) => p.diff.totals.latencyMs?.head !== undefined || p.diff.totals.latencyMs?.base !== undefined);
    const header = ['Model', 'Target', 'Weights (Flash)', 'Activations', 'RAM total', 'MACC', ...(latency ? ['Latency (est.)'] : []), ...(epochs ? [vendorWords ? 'HW / SW' : 'Epochs HW / SW'] : [])];
    const rows = prepared.map((p) => {
        const t = p.diff.totals;
        // A removed model shows what it used (its base), without deltas.
        const only = (d, fmt) => p.entry.status === 'removed' ? (d.base === undefined ? '–' : `~~${fmt(d.base)}~~`) : (0,format/* deltaCell */.XN)(d, fmt);
        // A head not analyzed (an error, an LFS pointer) leaves both sides unknown (knownSides): dashes throughout.
        const cells = [only(t.weightsBytes, units_format/* compactSize */.PI), only(t.activationsBytes, units_format/* compactSize */.PI), only(t.ramTotalBytes, units_format/* compactSize */.PI), only(t.macc, units_format/* compactCount */.Ro)];
        const lat = latency ? [t.latencyMs ? only(t.latencyMs, (n) => (0,diff_budgets/* budgetAmount */.Qt)('latency', n)) : '–'] : [];
        return [modelCell(p), escMd(p.entry.target), ...cells, ...lat, ...(epochs ? [epochsCell(p.diff, vendorWords)] : [])];
    });
    return table([header, ...rows], ['l', 'l', 'r', 'r', 'r', 'r', ...(latency ? ['r'] : []), ...(epochs ? ['c'] : [])]);
}
/**
 * Budget headroom per model x target and pool, as bars; buffers that fit in no pool, as what they
 * are (no bar: no pool holds them). Empty string when there are no budgets.
 */
function headroomTable(budgets) {
    if (!budgets || budgets.usage.length === 0)
        return '';
    const rows = budgets.usage.map((u) => [
        escMd(u.path), escMd(u.target), (0,diff_budgets/* budgetName */.V7)(u, escMd),
        ...(u.kind === 'unplaced'
            ? [`${(0,diff_budgets/* budgetAmount */.Qt)(u.kind, u.used)} in ${(0,format/* plural */.LS)(u.buffers ?? 0, (0,family/* familyUnit */.Z)(u.holds ?? 'activations'))}`, 'no pool holds them ❌']
            : [`${(0,diff_budgets/* budgetAmount */.Qt)(u.kind, u.used)} / ${(0,diff_budgets/* budgetAmount */.Qt)(u.kind, u.limit)}`, (0,format/* usageBar */.v7)(u.ratio)]),
    ]);
    return ['**Budget headroom**', '', table([['Model', 'Target', 'Budget', 'Used / limit', 'Usage'], ...rows], ['l', 'l', 'l', 'r', 'l'])].join('\n');
}
function sig(s) {
    if (!s)
        return '–';
    const shape = s.shape === null ? '?' : s.shape.join('x');
    const q = s.quant ? ` q(${s.quant.scale.toPrecision(4)}, ${s.quant.zeroPoint})` : '';
    return escMd(`${s.name}: ${s.dtype}[${shape}]${q}`);
}
function shapeCell(c) {
    const one = (shape, dtype) => escMd(`${shape?.join('x') ?? '?'}${c.baseDtype !== c.headDtype ? ` ${dtype}` : ''}`);
    return c.shapeChanged ? `${one(c.baseShape, c.baseDtype)} → ${one(c.headShape, c.headDtype)}` : one(c.headShape, c.headDtype);
}
/** Characters of a file's layer name shown beside a name both lists hold (its end: the distinguishing part). */
const FILE_NAME_SHOWN = 40;
function layerSection(d, topN) {
    const out = [];
    if (d.layers.length > 0) {
        const shown = d.layers.slice(0, topN);
        out.push(`**Layers explaining the change** (${shown.length === d.layers.length ? d.layers.length : `top ${shown.length} of ${d.layers.length}`}, by Δ RAM / Δ MACC)`, '');
        out.push(table([
            ['Layer', 'Op', 'Output shape', 'Output (RAM)', 'MACC', 'Weights'],
            ...shown.map((c) => [
                escMd(c.name),
                c.opChanged ? `${escMd(c.baseOp)} → ${escMd(c.headOp)}` : escMd(c.headOp),
                shapeCell(c),
                (0,format/* deltaCell */.XN)(c.outputBytes, units_format/* compactSize */.PI), (0,format/* deltaCell */.XN)(c.macc, units_format/* compactCount */.Ro), (0,format/* deltaCell */.XN)(c.weightsBytes, units_format/* compactSize */.PI),
            ]),
        ], ['l', 'l', 'l', 'r', 'r', 'r']), '');
    }
    // A shown name on both lists (stedgeai's conv2d_1 is the second layer of either file) gets the
    // end of the file's name, by which the two were told apart.
    const removedNames = new Set(d.removedLayers.map((l) => l.name));
    const twice = new Set(d.addedLayers.filter((l) => removedNames.has(l.name)).map((l) => l.name));
    const named = (l) => escMd(twice.has(l.name) && l.originalName !== undefined ? `${l.name} (${(0,units_format/* clipStart */.rh)(l.originalName, FILE_NAME_SHOWN)})` : l.name);
    for (const [title, list] of [['New layers', d.addedLayers], ['Removed layers', d.removedLayers]]) {
        if (list.length === 0)
            continue;
        const shown = list.slice(0, topN);
        const more = list.length > shown.length ? ` (top ${shown.length} of ${list.length})` : ` (${list.length})`;
        out.push(`**${title}**${more}`, '');
        out.push(table([['Layer', 'Op', 'Output (RAM)', 'MACC', 'Weights'],
            ...shown.map((l) => [named(l), escMd(l.op), (0,units_format/* compactSize */.PI)(l.outputBytes), (0,units_format/* compactCount */.Ro)(l.macc), (0,units_format/* compactSize */.PI)(l.weightsBytes)])], ['l', 'l', 'r', 'r', 'r']), '');
    }
    return out;
}
/** At most this many grown tensors are named under "Why RAM changed". */
const GROWN_SHOWN = 3;
/**
 * Why the activations changed: the peak moved from one layer to another, or stayed and the tensors
 * alive there grew; and the head's "could be" figure. Empty when RAM did not change.
 */
function ramLines(d) {
    const changed = d.totals.activationsBytes.delta !== 0 || d.kind === 'added';
    if (!changed)
        return [];
    const out = [];
    const p = d.peak;
    if (p?.base && p.head) {
        const [pb, ph] = [p.base, p.head];
        // two layers can share a shown name (a position) across revisions: then name them as the file does
        const named = (x) => escMd(p.moved && pb.layer === ph.layer ? x.file : x.layer);
        out.push(p.moved
            ? `peak moved from ${named(pb)} (${(0,units_format/* compactSize */.PI)(pb.liveBytes)}) to ${named(ph)} (${(0,units_format/* compactSize */.PI)(ph.liveBytes)})`
            : `peak still at ${escMd(ph.layer)}: ${(0,units_format/* compactSize */.PI)(pb.liveBytes)} → ${(0,units_format/* compactSize */.PI)(ph.liveBytes)}`);
        for (const g of p.grown.slice(0, GROWN_SHOWN)) {
            // Stryker disable next-line EqualityOperator: equivalent, a grown tensor's two sizes always differ (compare.ts keeps only changed ones)
            const verb = g.head > g.base ? 'grew' : 'shrank';
            out.push(`tensor ${escMd(g.tensor)} ${verb} from ${(0,units_format/* compactSize */.PI)(g.base)} to ${(0,units_format/* compactSize */.PI)(g.head)}`);
        }
    }
    const c = d.couldBe;
    if (c)
        out.push(`could be ${(0,units_format/* compactSize */.PI)(c.arenaBytes)} (${(0,units_format/* signedPercent1 */.Jq)(c.pct)}) with another ${c.reordered ? 'execution order' : 'buffer placement'}`);
    return out;
}
/** The `<details>` block of one model x target; empty when there is nothing to explain. */
function modelDetails(p, layerDetail, topN, deltasKnown = true) {
    const d = p.diff;
    const body = [];
    const ram = ramLines(d);
    if (ram.length > 0)
        (0,arrays/* append */.BC)(body, ['**Why RAM changed**', '', ...ram.map((l) => `- ${l}`), '']);
    if (layerDetail)
        (0,arrays/* append */.BC)(body, layerSection(d, topN));
    if (d.moved.length > 0) {
        body.push('**Operators that moved between HW and SW**', '');
        body.push(table([['Layer', 'Op', 'Unit', 'Reason', 'Fix hint'], ...d.moved.map((m) => [
                escMd(m.name), escMd(m.op), `${m.added ? 'new' : escMd(m.from ?? '?')} → ${escMd(m.to)}${m.direction === 'toSW' ? ' ⚠️' : m.direction === 'toHW' ? ' ✅' : ''}`,
                m.reasons.length > 0 ? m.reasons.map(escMd).join('<br>') : '–', escMd(m.hint ?? '–'),
            ])], ['l', 'l', 'l', 'l', 'l']), '');
    }
    if (d.opCounts.length > 0) {
        body.push('**Operator types**', '');
        body.push(table([['Op', 'Base', 'Head', ''], ...d.opCounts.map((c) => [
                escMd(c.op), String(c.base), String(c.head), c.base === 0 ? 'new' : c.head === 0 ? 'removed' : (0,units_format/* signedWith */.vH)(c.head - c.base, String),
            ])], ['l', 'r', 'r', 'l']), '');
    }
    const pools = d.pools.filter((x) => x.used.delta !== 0);
    if (pools.length > 0) {
        body.push('**Memory pools**', '');
        body.push(table([['Pool', 'Used', 'Usable'], ...pools.map((x) => [
                escMd(x.name), (0,format/* deltaCell */.XN)(x.used, units_format/* compactSize */.PI), x.usableBytes === undefined ? 'unbounded' : (0,units_format/* compactSize */.PI)(x.usableBytes),
            ])], ['l', 'r', 'r']), '');
    }
    if (d.io.length > 0) {
        body.push('**I/O signature changed**', '');
        body.push(table([['', '#', 'Base', 'Head', 'Changed'], ...d.io.map((c) => [
                c.kind, String(c.index), sig(c.base), sig(c.head), c.change === 'changed' ? c.fields.join(', ') : c.change,
            ])], ['l', 'r', 'l', 'l', 'l']), '');
    }
    if (body.length === 0)
        return '';
    const t = d.totals;
    const facts = deltasKnown
        ? [`RAM ${(0,units_format/* signedWith */.vH)(t.ramTotalBytes.delta, units_format/* compactSize */.PI)}`, `Flash ${(0,units_format/* signedWith */.vH)(t.weightsBytes.delta, units_format/* compactSize */.PI)}`, `MACC ${(0,units_format/* signedWith */.vH)(t.macc.delta, units_format/* compactCount */.Ro)}`]
        : ['base unknown, no deltas'];
    const summary = `${escHtml(p.entry.path)} · ${escHtml(p.entry.target)}: ${facts.join(', ')}`;
    return [`<details><summary>${summary}</summary>`, '', ...body, '</details>'].join('\n');
}

;// CONCATENATED MODULE: ./src/diff/comment.ts
/**
 * The PR comment: a one-line verdict, the summary table, budget headroom, per-model details, and
 * a footer; shrunk in steps to fit GitHub's comment limit. Also the job summary (no limit).
 */





const DEFAULT_MAX_CHARS = 65_536;
const TOP_LAYERS_COMMENT = 10;
const TOP_LAYERS_SUMMARY = 30;
/** The hidden marker the action searches for to update its own comment. */
function commentMarker(key) {
    return `<!-- model-footprint:${key.replace(/--+/g, '-').replace(/[<>\r\n]/g, '')} -->`;
}
function prepare(input) {
    return input.entries.map((entry) => {
        const [base, head] = (0,compare/* knownSides */.Yl)(entry);
        return { entry, diff: (0,compare/* diffReports */.fH)(base, head) };
    });
}
function budgetsOf(input) {
    return input.budgets ?? (0,diff_budgets/* evaluateBudgets */.A1)(input.entries, {});
}
function over(x) {
    return x.limit > 0 ? `${Math.round((x.used / x.limit) * 100)}% of ${(0,diff_budgets/* budgetAmount */.Qt)(x.kind, x.limit)}` : `${(0,diff_budgets/* budgetAmount */.Qt)(x.kind, x.used)} over a limit of 0`;
}
/** `1 model over budget: kws.tflite (112% of 64.0 KiB RAM)`: the worst limit of each model x target, worst first. */
function budgetList(items, targets, label, mark) {
    const ratio = (x) => x.used / Math.max(1, x.limit);
    const worst = new Map();
    for (const x of items) {
        const k = `${x.path}\0${x.target}`;
        const w = worst.get(k);
        if (!w || ratio(x) > ratio(w))
            worst.set(k, x);
    }
    const list = [...worst.values()].sort((a, b) => ratio(b) - ratio(a));
    const models = new Set(list.map((x) => x.path)).size;
    const name = (x) => {
        const why = x.kind === 'unplaced' ? (0,diff_budgets/* unplacedSentence */.u$)(x) : `${over(x)} ${(0,diff_budgets/* budgetName */.V7)(x, escMd)}`;
        return `${escMd(x.path.split('/').pop() ?? x.path)}${targets > 1 ? ` on ${escMd(x.target)}` : ''} (${why})`;
    };
    const shown = list.slice(0, 3).map(name);
    const more = list.length > shown.length ? `, and ${list.length - shown.length} more` : '';
    return `${(0,format/* plural */.LS)(models, 'model')} ${label}: ${shown.join(', ')}${more} ${mark}`;
}
/**
 * `3 models changed · RAM +9.0 KiB on stm32n6, -1.0 KiB on stm32h7 · Flash ... · 1 model over
 * budget: kws.tflite (112% of 64.0 KiB RAM) ❌`. Deltas are summed per target, over the rows whose
 * both sides are known: a model that could not be analyzed counts as unknown, never as 0 bytes.
 */
function verdict(input, prepared, budgets) {
    const paths = (pred) => new Set(prepared.filter(pred).map((p) => p.entry.path)).size;
    const changed = paths((p) => p.entry.status !== 'unchanged');
    const parts = [];
    if (prepared.length === 0)
        return '**No model changes** ✅';
    const added = paths((p) => p.entry.status === 'added');
    const removed = paths((p) => p.entry.status === 'removed');
    const extra = [added > 0 ? `${added} new` : '', removed > 0 ? `${removed} removed` : ''].filter(Boolean);
    parts.push(`**${(0,format/* plural */.LS)(changed, 'model')} changed**${extra.length ? ` (${extra.join(', ')})` : ''}`);
    const targets = [...input.targets.filter((t) => prepared.some((p) => p.entry.target === t)),
        ...new Set(prepared.map((p) => p.entry.target).filter((t) => !input.targets.includes(t)))];
    const known = prepared.filter((p) => (0,compare/* knownDelta */.qf)(p.entry));
    /**
     * The delta summed per target over the known rows (an added or removed model counts whole); with
     * `bothSides`, only over the rows where the metric has both sides (a target may estimate no
     * latency). RAM also says ±0.
     */
    const perTarget = (metric, fmt, opts = {}) => {
        // the known rows' deltas on target t: all of them, or with `bothSides` those whose metric has both sides
        const deltas = (t) => known.filter((p) => p.entry.target === t).flatMap((p) => {
            const m = metric(p);
            return m !== undefined && (!opts.bothSides || (m.base !== undefined && m.head !== undefined)) ? [m.delta] : [];
        });
        const sums = targets.map((t) => ({ t, ds: deltas(t) })).filter((x) => x.ds.length > 0)
            .map((x) => ({ t: x.t, sum: x.ds.reduce((s, d) => s + d, 0) }));
        if (sums.length === 0)
            return undefined;
        if (sums.every((x) => x.sum === 0)) {
            if (!opts.sayZero)
                return undefined;
            if (targets.length > 1)
                return '±0';
        }
        const one = (x) => `${x.sum === 0 ? '±0' : (0,units_format/* signedWith */.vH)(x.sum, fmt)} on ${escMd(x.t)}`;
        return sums.map(one).join(', ');
    };
    const ram = perTarget((p) => p.diff.totals.ramTotalBytes, units_format/* compactSize */.PI, { sayZero: true });
    if (ram !== undefined)
        parts.push(`RAM ${ram}`);
    const flash = perTarget((p) => p.diff.totals.weightsBytes, units_format/* compactSize */.PI);
    if (flash !== undefined)
        parts.push(`Flash ${flash}`);
    const macc = perTarget((p) => p.diff.totals.macc, units_format/* compactCount */.Ro);
    if (macc !== undefined)
        parts.push(`MACC ${macc}`);
    // The estimated latency, over the rows whose two sides have one (a target may estimate none).
    const latency = perTarget((p) => p.diff.totals.latencyMs, (n) => (0,diff_budgets/* budgetAmount */.Qt)('latency', n), { bothSides: true });
    if (latency !== undefined)
        parts.push(`Latency ${latency} (estimate)`);
    const moves = prepared.flatMap((p) => p.diff.moved);
    const toSw = moves.filter((m) => m.direction === 'toSW').length;
    const toHw = moves.filter((m) => m.direction === 'toHW').length;
    if (toSw > 0)
        parts.push(`${(0,format/* plural */.LS)(toSw, 'operator')} moved to SW ⚠️`);
    if (toHw > 0)
        parts.push(`${(0,format/* plural */.LS)(toHw, 'operator')} moved to HW ✅`);
    if (budgets.exceeded.length > 0)
        parts.push(budgetList(budgets.exceeded, targets.length, 'over budget', '❌'));
    // Near a budget the user set (not the target's own pool sizes, which are shown as headroom only).
    const near = budgets.usage.filter((u) => u.kind !== 'pool' && u.ratio >= 0.9 && u.ratio <= 1);
    if (near.length > 0)
        parts.push(budgetList(near, targets.length, 'near budget', '⚠️'));
    if (budgets.regressions.length > 0)
        parts.push(`${(0,format/* plural */.LS)(budgets.regressions.length, 'regression')} over threshold ⚠️`);
    const lfs = paths((p) => p.entry.lfsNotFetched === true);
    const failed = paths((p) => p.entry.headError !== undefined && !p.entry.lfsNotFetched);
    const baseBad = paths((p) => p.entry.baseError !== undefined);
    if (lfs > 0)
        parts.push(`${lfs} LFS ${lfs === 1 ? 'object' : 'objects'} not fetched`);
    if (failed > 0)
        parts.push(`${(0,format/* plural */.LS)(failed, 'model')} could not be analyzed ❌`);
    if (baseBad > 0)
        parts.push(`${baseBad} base ${baseBad === 1 ? 'version' : 'versions'} unparsable`);
    return parts.join(' · ');
}
/** Links come from the action, but still: http(s) only, and nothing that could end the Markdown link. */
function safeUrl(u) {
    if (u === undefined || !/^https?:\/\/[^\s]+$/i.test(u))
        return undefined;
    // each of these characters is between 0x22 and 0x7C: always two hex digits
    return u.replace(/[()<>"'`|\\[\]]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function comment_link(text, u) {
    const s = safeUrl(u);
    return s ? `[${text}](${s})` : '';
}
function footer(input) {
    const sha = (s) => escMd(s.slice(0, 12));
    const targets = input.targets.length > 0 ? input.targets.map(escMd).join(', ') : 'none';
    const head = input.headSha ? ` · head ${sha(input.headSha)}` : '';
    const links = [comment_link('job summary', input.summaryUrl), comment_link('full reports', input.artifactUrl)].filter(Boolean);
    const cached = input.entries.some((e) => e.baseFromCache) ? ' · some base results from cache' : '';
    return `<sub>model-footprint ${escMd(input.analyzerVersion)} · targets: ${targets} · base ${sha(input.baseSha)}${head}${cached}${links.length ? ' · ' + links.join(' · ') : ''}</sub>`;
}
const STEP_TEXT = ['', 'per-layer detail omitted', 'per-model details omitted', 'only the summary table is shown'];
function shortenedNote(input, level, hiddenRows, limit) {
    const where = [limit === 'comment' ? comment_link('job summary', input.summaryUrl) || 'the job summary' : '', comment_link('artifact', input.artifactUrl) || 'the artifact'].filter(Boolean);
    const rows = hiddenRows > 0 ? `, ${(0,format/* plural */.LS)(hiddenRows, 'more row')} not shown` : '';
    return `> [!NOTE]\n> Shortened to fit GitHub's ${limit} size limit: ${STEP_TEXT[level]}${rows}. The full report is in ${where.join(' and ')}.`;
}
/** Rows that matter most first, for the row cap: problems, then the largest RAM changes. */
function byImportance(a, b) {
    const rank = (p) => (p.entry.headError !== undefined || p.entry.lfsNotFetched || p.entry.baseError !== undefined ? 0 : p.diff.moved.length > 0 ? 1 : 2);
    return rank(a) - rank(b) || Math.abs(b.diff.totals.ramTotalBytes.delta) - Math.abs(a.diff.totals.ramTotalBytes.delta);
}
function build(input, prepared, budgets, level, rowCap, topN, limit) {
    const shownRows = level === 3 ? [...prepared].sort(byImportance).slice(0, rowCap) : prepared;
    const hidden = prepared.length - shownRows.length;
    const out = [verdict(input, prepared, budgets), ''];
    if (input.warnings && input.warnings.length > 0)
        out.push(['> [!WARNING]', ...input.warnings.map((w) => `> ${escMd(w)}`)].join('\n'), '');
    if (level > 0)
        out.push(shortenedNote(input, level, hidden, limit), '');
    if (prepared.length === 0)
        out.push('No model file matching the configured patterns changed in this pull request.', '');
    else
        out.push(summaryTable(shownRows), '');
    if (hidden > 0)
        out.push(`…and ${(0,format/* plural */.LS)(hidden, 'more row')}: see the full report.`, '');
    if (level < 3) {
        const head = headroomTable(budgets);
        if (head)
            out.push(head, '');
    }
    if (level < 2) {
        // (a model without a head, failed or not fetched, has nothing to explain: its details are empty)
        for (const p of prepared) {
            const d = modelDetails(p, level < 1, topN, (0,compare/* knownDelta */.qf)(p.entry));
            if (d)
                out.push(d, '');
        }
    }
    out.push(footer(input), commentMarker(input.key));
    return out.join('\n');
}
/**
 * `build` at the least shortening level whose output fits `max` (measured by `measure`): the full
 * text, then without per-layer detail, without per-model details, and last the summary table with
 * as many rows as fit.
 */
function fit(input, max, measure, topN, limit) {
    const prepared = prepare(input);
    const budgets = budgetsOf(input);
    for (const level of [0, 1, 2]) {
        const md = build(input, prepared, budgets, level, prepared.length, topN, limit);
        if (measure(md) <= max)
            return { markdown: md, shortened: level };
    }
    // Level 3: the largest row count that fits (binary search).
    let lo = 0;
    let hi = prepared.length;
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (measure(build(input, prepared, budgets, 3, mid, 0, limit)) <= max)
            lo = mid;
        else
            hi = mid - 1;
    }
    let md = build(input, prepared, budgets, 3, lo, 0, limit);
    if (measure(md) > max) {
        // Not even the verdict and footer fit (a tiny limit): cut, keeping the marker.
        const marker = commentMarker(input.key);
        md = `${md.slice(0, Math.max(0, max - marker.length - 2))}\n${marker}`.slice(-max);
    }
    return { markdown: md, shortened: 3 };
}
/** The PR comment, within `maxChars` (GitHub counts characters), shortened in steps and saying so. */
function renderComment(input) {
    return fit(input, input.maxChars ?? DEFAULT_MAX_CHARS, (s) => s.length, TOP_LAYERS_COMMENT, 'comment');
}
/** GitHub drops a step summary over 1 MiB (bytes, UTF-8). */
const SUMMARY_MAX_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));
/** The job summary: the same report with more layers per model, shortened in the same steps to fit 1 MiB. */
function renderSummary(input, maxBytes = SUMMARY_MAX_BYTES) {
    // A little room for what the runner appends (the step's own framing).
    return fit(input, maxBytes - 1024, (s) => Buffer.byteLength(s) /* UTF-8 */, TOP_LAYERS_SUMMARY, 'job summary');
}


/***/ }),

/***/ 941:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ diffToJson)
/* harmony export */ });
/* unused harmony export DIFF_SCHEMA_VERSION */
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5312);
/* harmony import */ var _budgets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(881);
/** The diff JSON artifact: versioned, one entry per model x target, with the budgets result. */


/** 1.1: budgets may hold limits of kind 'unplaced' (buffers that fit in no pool, with holds and buffers). */
const DIFF_SCHEMA_VERSION = '1.1';
/** The diff artifact as a JSON-serialisable object (`JSON.stringify(diffToJson(input), null, 2)`). */
function diffToJson(input) {
    const entries = input.entries.map((e) => {
        const [base, head] = (0,_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .knownSides */ .Yl)(e);
        const out = { path: e.path, target: e.target, status: e.status, diff: (0,_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .diffReports */ .fH)(base, head) };
        if (e.oldPath !== undefined)
            out.oldPath = e.oldPath;
        if (e.baseError !== undefined)
            out.baseError = e.baseError;
        if (e.headError !== undefined)
            out.headError = e.headError;
        if (e.lfsNotFetched)
            out.lfsNotFetched = true;
        if (e.baseFromCache)
            out.baseFromCache = true;
        if (base)
            out.base = base.totals;
        if (head)
            out.head = head.totals;
        return out;
    });
    const json = {
        schemaVersion: DIFF_SCHEMA_VERSION,
        tool: { name: 'model-footprint', version: input.analyzerVersion },
        key: input.key, baseSha: input.baseSha, targets: input.targets, entries,
        budgets: input.budgets ?? (0,_budgets_js__WEBPACK_IMPORTED_MODULE_1__/* .evaluateBudgets */ .A1)(input.entries, {}),
    };
    if (input.headSha !== undefined)
        json.headSha = input.headSha;
    return json;
}


/***/ })

};
