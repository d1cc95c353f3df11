export const id = 292;
export const ids = [292];
export const modules = {

/***/ 7861:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lH: () => (/* binding */ TOOL_NAME),
  FK: () => (/* binding */ buildReport),
  V6: () => (/* binding */ withHashes)
});

// EXTERNAL MODULE: ./src/diagnostics/codes.ts
var codes = __webpack_require__(30);
// EXTERNAL MODULE: ./src/diagnostics/diagnostic.ts
var diagnostic = __webpack_require__(2869);
// EXTERNAL MODULE: ./src/memory/tensor-bytes.ts
var tensor_bytes = __webpack_require__(9300);
// EXTERNAL MODULE: ./src/memory/profiles.ts
var profiles = __webpack_require__(6569);
// EXTERNAL MODULE: ./src/memory/place.ts
var place = __webpack_require__(480);
// EXTERNAL MODULE: ./src/ir/names.ts
var names = __webpack_require__(103);
;// CONCATENATED MODULE: ./src/memory/timeline.ts



/** Union of the buffers' byte ranges; `xs` is in offset order. */
function unionBytes(xs) {
    let total = 0;
    let end = -Infinity;
    for (let i = 0; i < xs.length; i++) {
        const b = xs[i];
        const hi = b.offset + b.size;
        // Stryker disable next-line EqualityOperator: equivalent, a range ending exactly at `end` adds hi - max(lo, end) = 0
        if (hi <= end)
            continue;
        total += hi - Math.max(b.offset, end);
        end = hi;
    }
    return total;
}
/** Puts `b` into `live` (in offset order) after the buffers at its offset or below. */
function insertByOffset(live, b) {
    let i = live.length;
    live.push(b);
    for (; i > 0 && live[i - 1].offset > b.offset; i--)
        live[i] = live[i - 1];
    live[i] = b;
}
/** The timeline step a buffer starts at: its first step, less the planner's shift (not below 0). */
function firstStepOf(b, shift) {
    return Math.max(b.firstStep - shift, 0);
}
/**
 * The buffers that live at some step, in the order they start (first step, then buffer order),
 * and the bytes in use at each step: a sweep over start and end steps that keeps one live list
 * (the lists of every step, kept until the peak was known, were most of the report's garbage on
 * a 100k-node graph). The live list is kept in offset order, so each step's union is one pass
 * over it (a sorted copy per step allocated 57 MiB on the 100k-node chain).
 */
function liveBytesByStep(buffers, steps, shift) {
    const start = (b) => firstStepOf(b, shift);
    // ties keep buffer order: Array.prototype.sort is stable (ES2019)
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, a buffer starting at or after the last step sorts last, where the sweep never reaches it, and the peak's filter leaves it out
    const starting = buffers.filter((b) => start(b) < steps && b.lastStep - shift >= 0).sort((a, b) => start(a) - start(b));
    const bytes = [];
    // Stryker disable next-line ArrayDeclaration: equivalent, the first step's compaction drops anything the list starts with (no lastStep)
    const live = [];
    let next = 0;
    for (let i = 0; i < steps; i++) {
        (0,place/* dropEnded */.qS)(live, i + shift); // (lastStep - shift >= i)
        for (let b = starting[next]; b !== undefined && start(b) === i; b = starting[++next])
            insertByOffset(live, b);
        bytes.push(unionBytes(live));
    }
    return { starting, bytes };
}
function memoryTimeline(graph, plan) {
    const shift = (0,profiles/* plannerTraits */.w)(plan.planner).steps === 'scopes' ? 1 : 0;
    const { starting, bytes } = liveBytesByStep(plan.buffers, plan.order.length, shift);
    // one figure per step of the order (liveBytesByStep's length)
    const steps = plan.order.map((layer, i) => ({ layer, liveBytes: bytes[i] }));
    let at = -1;
    steps.forEach((s, i) => {
        // Stryker disable next-line OptionalChaining: equivalent, `at < 0` is tested first, so steps[at] exists when it is read
        if (at < 0 || s.liveBytes > (steps[at]?.liveBytes ?? 0))
            at = i;
    });
    const step = steps[at];
    if (!step)
        return { steps, peak: null };
    const node = graph.nodes.find((n) => n.name === step.layer) ?? plan.addedSteps.find((n) => n.name === step.layer);
    const folded = new Map(plan.folds.map((f) => [f.into, f.input]));
    // Stryker disable next-line OptionalChaining,ArrayDeclaration,StringLiteral: equivalent, every step of `order` is a graph node or an added step, so node is found; an extra read name matches no buffer
    const reads = new Set([...(node?.inputs ?? []), ...(folded.has(step.layer) ? [folded.get(step.layer) ?? ''] : [])]);
    // Stryker disable next-line OptionalChaining,ArrayDeclaration: equivalent, every step of `order` is a graph node or an added step, so node is found
    const writes = new Set(node?.outputs ?? []);
    const role = (b) => b.kind === 'scratch' && b.tensor.startsWith(`${step.layer}#`) ? 'scratch' : writes.has(b.tensor) ? 'output' : reads.has(b.tensor) ? 'input' : 'held';
    // alive at the peak: started at or before it, not yet ended
    const alive = starting.filter((b) => firstStepOf(b, shift) <= at && b.lastStep - shift >= at);
    const tensors = alive.sort((a, b) => b.size - a.size || (0,names/* compareNames */.M)(a.tensor, b.tensor)).map((b) => ({ tensor: b.tensor, role: role(b), bytes: b.size }));
    return { steps, peak: { step: at, layer: step.layer, liveBytes: step.liveBytes, tensors } };
}

// EXTERNAL MODULE: ./src/ops/elementwise.ts
var elementwise = __webpack_require__(5192);
// EXTERNAL MODULE: ./src/ops/reduce.ts
var reduce = __webpack_require__(6896);
// EXTERNAL MODULE: ./src/ops/table.ts + 13 modules
var table = __webpack_require__(7374);
;// CONCATENATED MODULE: ./src/ops/layer-kind.ts



/** The named families that differ from the kind in lower case (Gemm is `gemm`, Concat `concat`... by that rule). */
const NAMED = {
    Conv: 'conv2d', ConvTranspose: 'conv2d_transpose', MatMul: 'gemm', StridedSlice: 'slice', Expand: 'tile',
    QuantizeLinear: 'conversion', DequantizeLinear: 'conversion', Requantize: 'conversion',
    Quant: 'conversion', BipolarQuant: 'conversion', Trunc: 'conversion',
    BatchNormalization: 'bn', LayerNormalization: 'norm', InstanceNormalization: 'norm', L2Normalization: 'norm', LRN: 'norm',
    Flatten: 'reshape', Squeeze: 'reshape', Unsqueeze: 'reshape', Identity: 'reshape', Dropout: 'reshape',
};
const BY_RULES = new Map([
    ...elementwise/* ELEMENTWISE_RULES */.j.map((r) => [r.kind, 'eltwise']),
    ...reduce/* REDUCE_RULES */.v.map((r) => [r.kind, 'reduce']),
]);
const BY_ROLE = { activation: 'nl', pool: 'pool' };
/** stedgeai's layer family for an operator kind: 'conv2d', 'nl', 'eltwise', ... */
function stLayerKind(op) {
    const kind = op;
    const role = table/* RULES */.y0.get(kind)?.role;
    // Stryker disable next-line ConditionalExpression: equivalent, as false: BY_ROLE has no key 'undefined', so indexing it with an unknown role gives undefined too
    return NAMED[kind] ?? BY_RULES.get(kind) ?? (role === undefined ? undefined : BY_ROLE[role]) ?? op.toLowerCase();
}

// EXTERNAL MODULE: ./src/report/names.ts
var report_names = __webpack_require__(2822);
;// CONCATENATED MODULE: ./src/analysis/layer-names.ts



/** The longest ONNX / Keras name a report shows as it is. */
const USABLE_NAME_CHARS = 40;
/** stedgeai's spelling of a graph input: 'serving_default_input_1:0' -> 'serving_default_input_10'. */
function stInputName(name) {
    return name.replace(/:/g, '').replace(/[^A-Za-z0-9_]/g, '_');
}
function usable(name) {
    return name.length <= USABLE_NAME_CHARS && !name.includes(';');
}
/** Original name -> shown name, for the graph's top-level nodes and its inputs; empty with `long`. */
function layerNames(graph, format, long) {
    const out = new Map();
    const tflite = format === 'tflite';
    if (long || (!tflite && keptAsTheyAre(graph)))
        return out;
    const taken = new names/* UniqueNames */.U();
    // Only names that change are kept: most ONNX graphs keep every name, and the map then stays
    // empty. A node named as a graph input overrides the input's entry; the other way round cannot
    // happen: a name that changes as an input is unusable or (TFLite) every node's name changes.
    const give = (name, shown) => {
        const given = taken.take(shown);
        if (given !== name)
            out.set(name, given);
    };
    graph.inputs.forEach((name, i) => give(name, tflite ? stInputName(name) : usable(name) ? name : `input_${i}`));
    graph.nodes.forEach((node, i) => give(node.name, tflite || !usable(node.name) ? `${stLayerKind(node.op)}_${node.index ?? i}` : node.name));
    return out;
}
/**
 * True when every name is shown as it is (the map is then empty) without a set of every name: the
 * names are usable, the graph's inputs distinct, and no node is named as an input (node names are
 * distinct in a verified graph, passes/invariants.ts). On a 100k-node ONNX chain that set was
 * 4.4 MiB made and dropped.
 */
function keptAsTheyAre(graph) {
    const inputs = new Set(graph.inputs);
    if (inputs.size !== graph.inputs.length || !graph.inputs.every(usable))
        return false;
    return graph.nodes.every((n) => usable(n.name) && !inputs.has(n.name));
}
/** Rewrites every place the report names a layer, quoted names inside sentences too; the file's name stays in `originalName`. */
function applyLayerNames(report, names) {
    if (names.size === 0)
        return;
    const n = (s) => names.get(s) ?? s;
    const say = (s) => s.replace(/'([^']*)'/g, (whole, inner) => (names.has(inner) ? `'${n(inner)}'` : whole));
    // a new reason, never the old one changed: the report shares the mapping's reasons (build-report.ts)
    const reason = (r) => (r.hint === undefined ? { ...r, message: say(r.message) } : { ...r, message: say(r.message), hint: say(r.hint) });
    const layer = (l) => {
        const shown = names.get(l.name);
        if (shown !== undefined) {
            l.originalName = l.name;
            l.name = shown;
        }
        l.connectedTo = l.connectedTo.map(n);
    };
    report.layers.forEach(layer);
    // a consumer reads a TFLite option activation's output: stedgeai connects it to nl_<m_id>_nl
    const activated = new Map(report.layers.filter((l) => l.activation !== null && l.fused.length === 0).map((l) => [l.name, (0,report_names/* fusedActivationName */.XY)(l.name)]));
    for (const l of report.layers)
        l.connectedTo = l.connectedTo.map((c) => activated.get(c) ?? c);
    for (const io of report.inputs)
        if (names.has(io.name))
            io.layerName = n(io.name);
    for (const l of report.layers)
        if (l.reasons)
            l.reasons = l.reasons.map(reason);
    for (const e of report.epochs?.list ?? []) {
        e.nodes = e.nodes.map(n);
        e.reasons = e.reasons.map(reason);
        if (e.inserted !== undefined)
            e.inserted = say(e.inserted);
        if (e.separated !== undefined)
            e.separated = say(e.separated);
    }
    if (report.target)
        report.target.warnings = report.target.warnings.map((w) => ({ ...reason(w), node: n(w.node) }));
    for (const d of report.diagnostics) {
        if (d.node !== undefined)
            d.node = n(d.node);
        d.message = say(d.message);
    }
    const m = report.memory;
    m.timeline.steps = m.timeline.steps.map((s) => ({ ...s, layer: n(s.layer) }));
    if (m.timeline.peak)
        m.timeline.peak.layer = n(m.timeline.peak.layer);
    m.overlaps = m.overlaps.map((o) => ({ ...o, layer: n(o.layer) }));
    m.folds = m.folds.map((f) => ({ ...f, pad: n(f.pad), into: n(f.into) }));
}

;// CONCATENATED MODULE: ./src/analysis/model-fmt.ts
function storage(t) {
    return t.quant?.dtype ?? t.dtype;
}
function modelFmt(graph) {
    const weights = [];
    const activations = [];
    for (const t of graph.tensors.values())
        if (t.storageBits === 1 && t.packedAxis !== undefined)
            return 'dqnn';
    for (const t of graph.tensors.values()) {
        if (!t.quant || t.quant.scale.length === 0)
            continue;
        (t.data !== undefined ? weights : activations).push(t);
    }
    if (weights.length === 0 && activations.length === 0)
        return 'float';
    const signed = (ts) => ts.some((t) => storage(t).startsWith('int'));
    const perChannel = weights.some((t) => (t.quant?.scale.length ?? 0) > 1);
    const w = weights.length === 0 ? 'float' : signed(weights) ? 'ss' : 'ua';
    const a = activations.length === 0 ? 'float' : signed(activations) ? 'sa' : 'ua';
    return `${w}/${a} ${perChannel ? 'per channel' : 'per tensor'}`;
}

// EXTERNAL MODULE: ./src/arrays.ts
var arrays = __webpack_require__(273);
;// CONCATENATED MODULE: ./src/mapping/partition.ts

function buildPartition(epochs, vocabulary) {
    const subgraphs = [];
    const cpu = [];
    for (const e of epochs.list) {
        const type = e.unit === 'HW' ? 'NPU' : 'CPU';
        let s = subgraphs[subgraphs.length - 1];
        if (s?.type !== type) {
            s = { index: subgraphs.length, type, layers: [], ops: [], macc: 0 };
            subgraphs.push(s);
        }
        (0,arrays/* append */.BC)(s.layers, e.nodes);
        (0,arrays/* append */.BC)(s.ops, e.ops);
        s.macc += e.macc;
        const at = s.index;
        if (type === 'CPU')
            e.nodes.forEach((name, i) => cpu.push({ name, op: e.ops[i] ?? 'Unknown', reasons: e.reasons.map((r) => ({ ...r })), subgraph: at, unsupported: e.unit === 'unsupported' }));
    }
    // A CPU subgraph with NPU subgraphs on both sides cuts the NPU graph.
    const cpuNodes = cpu.map((n) => ({ ...n, cuts: n.subgraph > 0 && n.subgraph < subgraphs.length - 1 }));
    const sum = (t) => subgraphs.filter((s) => s.type === t).reduce((a, s) => a + s.macc, 0);
    return {
        vocabulary,
        npuSubgraphs: subgraphs.filter((s) => s.type === 'NPU').length,
        cpuSubgraphs: subgraphs.filter((s) => s.type === 'CPU').length,
        npuMacc: sum('NPU'),
        cpuMacc: sum('CPU'),
        subgraphs,
        cpuNodes,
    };
}

;// CONCATENATED MODULE: ./src/report/types.ts
const REPORT_SCHEMA_VERSION = '1.3';

// EXTERNAL MODULE: ./src/diagnostics/listing.ts
var listing = __webpack_require__(9688);
;// CONCATENATED MODULE: ./src/analysis/build-report.ts












const TOOL_NAME = 'model-footprint';
/** The graph's I/O as the runtime sees it: a QDQ model's integer tensors stand for its float I/O (plan.ioTensors). */
function io(graph, names, location, standIns) {
    return names.map((name) => {
        const t = graph.tensors.get(standIns[name] ?? name) ?? { name, dtype: 'unknown' };
        const q = t.quant;
        const scale = q?.scale[0];
        return {
            name,
            dtype: t.dtype,
            shape: t.shape ? [...t.shape] : null,
            bytes: (0,tensor_bytes/* tensorBytes */.X)(t) ?? null,
            quant: scale === undefined ? null : { scale, zeroPoint: q?.zeroPoint[0] ?? 0 },
            location,
        };
    });
}
function build_report_layer(l) {
    const r = {
        name: l.name,
        op: l.op,
        sourceOp: l.sourceOp,
        // the metrics' shape and lists, not copies: all three are readonly on both sides (a shape is shared
        // with its tensor, ir/shape.ts; the lists are the metrics' own)
        outputShape: l.outputShape ?? null,
        dtype: l.dtype,
        params: l.params,
        macc: l.macc,
        maccPure: l.maccPure,
        weightsBytes: l.weightsBytes,
        fused: l.fused,
        connectedTo: l.connectedTo,
        activation: l.activation ?? null,
        operationType: l.operationType,
        // the fields set later, declared here in the report's order, left undefined (JSON leaves them out)
        // until set: added afterwards, they went to a second object per layer (the 100k chain's report
        // alone: 57 MiB held that way, 56 this way)
        subgraphs: l.subgraphs?.map((s) => ({ name: s.name, repeat: s.repeat, layers: s.layers.map(build_report_layer) })),
        unit: undefined,
        unitName: undefined,
        reasons: undefined,
        cycles: undefined,
        timeMs: undefined,
        originalName: undefined,
    };
    return r;
}
/** The memory plan's assumptions about nested graphs, as one diagnostic. */
function nestedNote(plan) {
    const n = plan.nested ?? [];
    if (n.length === 0)
        return [];
    const k = listing/* NAMED_BEFORE_COUNTING */.U;
    const list = n.slice(0, k).map((x) => `'${x.node}' ${x.subgraph} ${x.bytes.toLocaleString('en-US')} B`).join(', ') + (n.length > k ? `, ... (${n.length - k} more)` : '');
    return [(0,diagnostic/* diag */.sm)('I_ASSUMPTION', `activations include ${n.length} nested graph(s) as a scratch area of their control node, each the largest subgraph's own plan: ${list}; the outer tensors a subgraph reads stay alive until its node runs`)];
}
function reportDiagnostics(all) {
    const seen = new Set();
    const out = [];
    for (const d of all) {
        const key = `${d.code}\u0000${d.node ?? ''}\u0000${d.message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        const r = { code: d.code, severity: d.severity, category: codes/* CODES */.L[d.code].category, message: d.message };
        if (d.node !== undefined)
            r.node = d.node;
        out.push(r);
    }
    return out;
}
function buildReport(input) {
    const { model, graph, metrics, plan, options } = input;
    const location = plan.ioInsideActivations ? 'activations' : 'user';
    const extra = nestedNote(plan);
    if (plan.unsized.length > 0) {
        extra.push((0,diagnostic/* diag */.sm)('W_SHAPE', `${plan.unsized.length} tensor(s) of unknown size left out of the memory plan: ${plan.unsized.slice(0, listing/* NAMED_BEFORE_COUNTING */.U).join(', ')}${plan.unsized.length > listing/* NAMED_BEFORE_COUNTING */.U ? ', ...' : ''}`));
    }
    const reportOptions = { planner: plan.planner, ioInsideActivations: plan.ioInsideActivations };
    if (options.inputShapes)
        reportOptions.inputShapes = options.inputShapes;
    const modelInfo = {
        path: model.path,
        format: model.format,
        name: graph.name || (0,report_names/* fileStem */.E8)(model.path),
        fmt: modelFmt(graph),
        sha256: input.hashes?.sha256 ?? null,
        meta: { ...model.meta },
    };
    if (input.hashes?.md5 !== undefined)
        modelInfo.md5 = input.hashes.md5;
    const t = metrics.totals;
    const report = {
        schemaVersion: REPORT_SCHEMA_VERSION,
        tool: input.tool ?? { name: TOOL_NAME, version: 'unknown' },
        model: modelInfo,
        options: reportOptions,
        totals: {
            params: t.params,
            paramsBytes: t.paramsBytes,
            macc: t.macc,
            maccPure: t.maccPure,
            weightsBytes: t.weightsBytes,
            floatWeightsBytes: t.floatWeightsBytes,
            quantParamsBytes: t.quantParamsBytes,
            activationsBytes: plan.arenaBytes,
            inputsBytes: plan.inputsBytes,
            outputsBytes: plan.outputsBytes,
            ramTotalBytes: plan.ramTotalBytes,
            persistentBytes: plan.persistentBytes,
        },
        layers: metrics.layers.map(build_report_layer),
        inputs: io(graph, graph.inputs, location, plan.ioTensors),
        outputs: io(graph, graph.outputs, location, plan.ioTensors),
        operationTypes: metrics.operationTypes.map((o) => ({ ...o })),
        memory: {
            planner: plan.planner,
            plannerLabel: (0,profiles/* plannerTraits */.w)(plan.planner).label + (plan.basis ? `: ${plan.basis === 'tflm' ? "TFLite Micro's" : "ST's"} kernels and alignment won` : ''),
            arenaBytes: plan.arenaBytes,
            ioInsideActivations: plan.ioInsideActivations,
            bufferCount: plan.buffers.length,
            // the plan's own buffers, not copies (readonly here; memory/place.ts makes them with the report's field order)
            buffers: plan.buffers,
            persistent: plan.persistent.map((p) => ({ ...p })),
            unsized: [...plan.unsized],
            overlaps: plan.overlaps.map((o) => ({ layer: o.node, input: o.input, output: o.output, sharedBytes: o.sharedBytes })),
            folds: plan.folds.map((f) => ({ pad: f.pad, into: f.into, savedBytes: f.savedBytes })),
            reordered: plan.reordered,
            timeline: memoryTimeline(graph, plan),
            couldBe: input.searched && input.searched.arenaBytes < plan.arenaBytes ? { arenaBytes: input.searched.arenaBytes, reordered: input.searched.reordered } : null,
        },
        ...targetSections(input.target),
        diagnostics: reportDiagnostics([...model.diagnostics, ...(input.diagnostics ?? []), ...metrics.diagnostics, ...extra]),
    };
    if (input.target)
        attachUnits(report.layers, input.target.mapping);
    if (input.target?.latency)
        attachLatency(report, input.target.latency);
    applyLayerNames(report, layerNames(graph, model.format, options.longNames === true));
    // The partition is read off the report's epochs, so it shows the report's layer names.
    const vocabulary = input.target?.mapping.toolchain?.vocabulary;
    if (vocabulary !== undefined && report.epochs)
        report.partition = buildPartition(report.epochs, vocabulary);
    return report;
}
function targetSections(t) {
    if (!t)
        return {};
    const { mapping, epochs, pools } = t;
    const out = {
        target: {
            name: mapping.target, disclaimer: mapping.disclaimer, hasAccelerator: mapping.hasAccelerator, warnings: mapping.warnings.map((w) => ({ ...w })),
            ...(mapping.toolchain ? { toolchain: { ...mapping.toolchain } } : {}),
            ...(mapping.npuMode !== undefined ? { npuMode: mapping.npuMode } : {}),
        },
        pools: {
            method: pools.method,
            pools: pools.pools.map((p) => ({ ...p, holds: [...p.holds] })),
            spilled: pools.spilled,
            spillPools: [...pools.spillPools],
            unplaced: pools.unplaced.map((u) => ({ ...u })),
            warnings: [...pools.warnings],
        },
    };
    if (epochs.shown) {
        // the mapping's lists and reasons, not copies: readonly on the report's side, and renaming (layer-names.ts) makes new ones
        out.epochs = { total: epochs.total, hw: epochs.hw, sw: epochs.sw, unsupported: epochs.unsupported, list: epochs.list.map((e) => ({ ...e })) };
    }
    return out;
}
/** Per-layer cycles and time, the totals and the per-unit shares (matched by layer name, before renaming). */
function attachLatency(report, latency) {
    const latencyOf = (0,arrays/* byPosition */.rg)(latency.layers);
    report.layers.forEach((l, i) => {
        const x = latencyOf(l.name, i);
        if (!x)
            return;
        l.cycles = x.cycles;
        l.timeMs = x.timeMs;
    });
    report.totals.cycles = latency.cycles;
    report.totals.latencyMs = latency.timeMs;
    report.latency = { estimate: latency.estimate, clockHz: latency.clockHz, timeMs: latency.timeMs, cycles: latency.cycles, units: latency.units.map((u) => ({ ...u })) };
}
/** Per-layer unit and reasons from the mapping (matched by layer name). */
function attachUnits(layers, mapping) {
    const mappingOf = (0,arrays/* byPosition */.rg)(mapping.layers);
    layers.forEach((l, i) => {
        const m = mappingOf(l.name, i);
        if (!m)
            return;
        l.unit = m.unit;
        l.unitName = m.unitName;
        // the mapping's reasons, not copies (readonly on the report's side; renaming makes new ones)
        l.reasons = m.reasons;
    });
}
/** The report with the file's hashes, computed by the caller while the analysis ran (same fields as `hashes`). */
function withHashes(report, hashes) {
    const model = { ...report.model, sha256: hashes.sha256 };
    if (hashes.md5 !== undefined)
        model.md5 = hashes.md5;
    return { ...report, model };
}


/***/ }),

/***/ 683:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Cw: () => (/* binding */ analyzeModel),
  G1: () => (/* binding */ readersNeedRestart)
});

// UNUSED EXPORTS: analysisSteps, loadFormatFor, loadFormats

// EXTERNAL MODULE: ./src/frontends/registry.ts + 97 modules
var registry = __webpack_require__(1481);
// EXTERNAL MODULE: ./src/diagnostics/diagnostic.ts
var diagnostic = __webpack_require__(2869);
// EXTERNAL MODULE: ./src/passes/graph-edit.ts
var graph_edit = __webpack_require__(6698);
;// CONCATENATED MODULE: ./src/passes/min-heap.ts
/**
 * A binary min-heap of non-negative integers: node indexes for stable topological sorting (by
 * value), or entry ids ordered by keys the caller holds (`less`: the greedy order search's entries,
 * memory/best.ts).
 */
class MinHeap {
    less;
    items = [];
    /** `less(x, y)`: x comes out before y (default: the smaller number). */
    constructor(less = (x, y) => x < y) {
        this.less = less;
    }
    get size() {
        return this.items.length;
    }
    push(v) {
        const a = this.items;
        a.push(v);
        let i = a.length - 1;
        while (i > 0) {
            const parent = (i - 1) >> 1;
            const pv = a[parent];
            // Stryker disable next-line ConditionalExpression: equivalent, an equal parent may stay or move down: equal items are indistinguishable
            if (!this.less(v, pv))
                break;
            a[i] = pv;
            i = parent;
        }
        a[i] = v;
    }
    /** Removes and returns the first item; callers check `size` first. */
    pop() {
        const a = this.items;
        if (a.length === 0)
            throw new Error('MinHeap.pop on an empty heap');
        const top = a[0];
        const last = a.pop();
        if (a.length === 0)
            return top;
        let i = 0;
        for (;;) {
            const l = 2 * i + 1;
            if (l >= a.length)
                break;
            const r = l + 1;
            // Stryker disable next-line ConditionalExpression: equivalent, of two equal children either may move up: equal items are indistinguishable
            const c = r < a.length && this.less(a[r], a[l]) ? r : l;
            // Stryker disable next-line ConditionalExpression: equivalent, an equal child may stay or move up: equal items are indistinguishable
            if (!this.less(a[c], last))
                break;
            a[i] = a[c];
            i = c;
        }
        a[i] = last;
        return top;
    }
}

;// CONCATENATED MODULE: ./src/passes/verify.ts



const verifyPass = {
    name: 'verify',
    run(graph, ctx) {
        verifyGraph(graph, ctx.model.path);
        return graph;
    },
};
/** Checks `graph` and its nested graphs; sorts their nodes in place. Throws E_GRAPH. */
function verifyGraph(graph, file) {
    const stack = [{ g: graph, outer: new Set() }];
    while (stack.length > 0) {
        const { g, outer } = stack.pop();
        sortAndCheck(g, outer, file, g === graph ? undefined : g.name);
        // Stryker disable next-line MethodExpression,ConditionalExpression: equivalent, a shortcut: a node without subgraphs adds no graph to check
        const withSub = g.nodes.filter((n) => n.subgraphs !== undefined);
        // Stryker disable next-line ConditionalExpression: equivalent, a shortcut: without subgraphs the scope below is built for nothing
        if (withSub.length === 0)
            continue;
        const scope = new Set(outer);
        for (const i of g.inputs)
            scope.add(i);
        g.tensors.forEach((t, name) => {
            if (t.data !== undefined)
                scope.add(name);
        });
        // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, '' in the scope is never looked up: an omitted input ('') is skipped before any scope check
        for (const n of g.nodes)
            for (const o of n.outputs)
                if (o !== '')
                    scope.add(o);
        for (const n of withSub)
            for (const sg of Object.values(n.subgraphs ?? {}))
                stack.push({ g: sg, outer: scope });
    }
}
function graphError(message, file, node) {
    const ctx = {};
    // Stryker disable next-line ConditionalExpression: equivalent, an error's context with file: undefined reads and serializes as one without it
    if (file !== undefined)
        ctx.file = file;
    // Stryker disable next-line ConditionalExpression: equivalent, an error's context with node: undefined reads and serializes as one without it
    if (node !== undefined)
        ctx.node = node;
    return new diagnostic/* FootprintError */.E0('E_GRAPH', message, ctx);
}
/** ' in graph <name>' for nested graphs, '' for the model's main graph. */
function where(label) {
    return label !== undefined ? ` in graph '${label}'` : '';
}
function sortAndCheck(g, outer, file, label) {
    const inputs = new Set(g.inputs);
    for (const i of g.inputs) {
        if (!g.tensors.has(i))
            throw graphError(`graph input '${i}'${where(label)} has no tensor entry`, file);
    }
    const producer = new Map();
    g.nodes.forEach((n, idx) => {
        for (const o of n.outputs) {
            if (o === '')
                continue;
            if (!g.tensors.has(o))
                throw graphError(`node '${n.name}' output '${o}' has no tensor entry${where(label)}`, file, n.name);
            const prev = producer.get(o);
            if (prev !== undefined) {
                // Stryker disable next-line OptionalChaining,StringLiteral: equivalent, prev is the index of a node already walked, so it exists
                const other = g.nodes[prev]?.name ?? '?';
                throw graphError(`tensor '${o}' is produced twice: by node '${other}' and by node '${n.name}'${where(label)}`, file, n.name);
            }
            if (inputs.has(o))
                throw graphError(`tensor '${o}' is a graph input and is also produced by node '${n.name}'${where(label)}`, file, n.name);
            producer.set(o, idx);
        }
    });
    // Every read is checked here; a node reading from itself or a later node puts the graph out of order.
    // Stryker disable next-line BooleanLiteral: equivalent, Kahn's order taking ready nodes by index leaves a sorted list as it is: sorting it anyway changes nothing
    let sorted = true;
    g.nodes.forEach((n, idx) => {
        n.inputs.forEach((name, k) => {
            if (name === '')
                return;
            const p = producer.get(name);
            if (p !== undefined) {
                // Stryker disable next-line ConditionalExpression: equivalent, Kahn's order taking ready nodes by index leaves a sorted list as it is: sorting it anyway changes nothing
                if (p >= idx)
                    sorted = false;
                return;
            }
            const t = g.tensors.get(name);
            if (inputs.has(name) || t?.data !== undefined || outer.has(name))
                return;
            if (t === undefined)
                throw graphError(`node '${n.name}' input #${k} '${name}' names no tensor of the graph${where(label)}`, file, n.name);
            throw graphError(`node '${n.name}' reads tensor '${name}', which no node produces and which is neither a graph input nor a constant${where(label)}`, file, n.name);
        });
        if (!n.subgraphs)
            return;
        for (const r of (0,graph_edit/* outerReads */.D5)(n)) {
            const p = producer.get(r);
            // Stryker disable next-line ConditionalExpression: equivalent, Kahn's order taking ready nodes by index leaves a sorted list as it is: sorting it anyway changes nothing
            if (p !== undefined && p >= idx)
                sorted = false;
        }
    });
    for (const o of g.outputs) {
        const t = g.tensors.get(o);
        if (producer.has(o) || inputs.has(o) || t?.data !== undefined || outer.has(o))
            continue;
        if (t === undefined)
            throw graphError(`graph output '${o}'${where(label)} has no tensor entry`, file);
        throw graphError(`graph output '${o}'${where(label)} is not produced by any node`, file);
    }
    // Stryker disable next-line ConditionalExpression: equivalent, Kahn's order taking ready nodes by index leaves a sorted list as it is: sorting it anyway changes nothing
    if (!sorted)
        g.nodes = topoOrder(g, dependencies(g, producer), file, label);
}
/**
 * Node index -> indexes of the nodes it reads from (its inputs, and what its nested graphs read
 * from this graph). Built only for a graph out of order: a sorted one (nearly every file) needs
 * none, and on a 100k-node graph they were 100k arrays.
 */
function dependencies(g, producer) {
    return g.nodes.map((n) => {
        const d = [];
        for (const name of n.inputs) {
            const p = name === '' ? undefined : producer.get(name);
            if (p !== undefined)
                d.push(p);
        }
        for (const r of (0,graph_edit/* outerReads */.D5)(n)) {
            const p = producer.get(r);
            if (p !== undefined)
                d.push(p);
        }
        return d;
    });
}
/** Kahn's algorithm, ready nodes taken in file order; names a cycle when there is one. */
function topoOrder(g, deps, file, label) {
    const n = g.nodes.length;
    const indegree = new Array(n).fill(0);
    // Stryker disable next-line ArrayDeclaration: equivalent, a stray entry in a users list is no node index: its indegree entry is never 0 and it is never pushed
    const users = Array.from({ length: n }, () => []);
    deps.forEach((d, i) => {
        for (const p of d) {
            indegree[i] = (indegree[i] ?? 0) + 1;
            // Stryker disable next-line OptionalChaining: equivalent, p is the index of a node of this graph, so users[p] exists
            users[p]?.push(i);
        }
    });
    const heap = new MinHeap();
    indegree.forEach((deg, i) => {
        if (deg === 0)
            heap.push(i);
    });
    const order = [];
    while (heap.size > 0) {
        const i = heap.pop();
        order.push(g.nodes[i]);
        // Stryker disable next-line ArrayDeclaration: equivalent, i is the index of a node of this graph, so users[i] exists
        for (const u of users[i] ?? []) {
            const left = (indegree[u] ?? 0) - 1;
            indegree[u] = left;
            if (left === 0)
                heap.push(u);
        }
    }
    if (order.length === n)
        return order;
    const cycle = findCycle(deps, indegree);
    // Stryker disable next-line OptionalChaining,StringLiteral: equivalent, the cycle holds indices of nodes of this graph
    const names = cycle.map((i) => `'${g.nodes[i]?.name ?? '?'}'`);
    // Stryker disable next-line OptionalChaining: equivalent, the cycle is not empty and holds indices of nodes of this graph
    const first = g.nodes[cycle[0] ?? 0]?.name;
    // Stryker disable next-line StringLiteral: equivalent, the cycle is not empty, so names[0] exists
    throw graphError(`cycle between nodes ${names.join(' -> ')} -> ${names[0] ?? ''}${where(label)}`, file, first);
}
/** Among nodes left with indegree > 0, walks predecessors until one repeats: that loop is a cycle. */
function findCycle(deps, indegree) {
    const start = indegree.findIndex((d) => d > 0);
    const seenAt = new Map();
    // Stryker disable next-line ArrayDeclaration: equivalent, a stray first entry shifts every recorded position and the slice by the same one
    const path = [];
    let cur = start;
    while (!seenAt.has(cur)) {
        seenAt.set(cur, path.length);
        path.push(cur);
        // Stryker disable next-line ArrayDeclaration: equivalent, cur is always the index of a node of this graph, so deps[cur] exists
        const next = (deps[cur] ?? []).find((p) => (indegree[p] ?? 0) > 0);
        // Stryker disable next-line ConditionalExpression: equivalent, a node left with indegree > 0 has a producer left unsorted, whose indegree is > 0 too: next always exists
        if (next === undefined)
            break;
        cur = next;
    }
    const loop = path.slice(seenAt.get(cur) ?? 0);
    // `path` follows edges backwards (node -> its producer); reverse to show data flow.
    return loop.reverse();
}


// EXTERNAL MODULE: ./src/arrays.ts
var arrays = __webpack_require__(273);
;// CONCATENATED MODULE: ./src/ir/producers.ts
/** How many nodes before a reader are searched for the writer of what it reads, before the map of every output is made. */
const NEAR_PRODUCERS = 16;
function producersOf(graph) {
    const nodes = graph.nodes;
    let all;
    let inputs;
    // the inputs, and the constants, that nodes write anyway (the invariants allow it: a graph input a
    // node recomputes); two lists, as the inputs' needs no lookup of every output's tensor (the
    // 100k-node chain's first node reads its graph input: three such scans for one of constants)
    let writtenInputs;
    let writtenConstants;
    const isConstant = (name) => graph.tensors.get(name)?.data !== undefined;
    /** A graph input or a constant no node writes. */
    const unwritten = (name) => {
        const ins = (inputs ??= new Set(graph.inputs));
        if (ins.has(name)) {
            writtenInputs ??= writtenAmong(graph, (o) => ins.has(o));
            return !writtenInputs.has(name);
        }
        // Stryker disable next-line ConditionalExpression: equivalent, a name neither an input nor a constant is looked up in the map of every output, which has no entry for it either
        if (!isConstant(name))
            return false;
        writtenConstants ??= writtenAmong(graph, isConstant);
        return !writtenConstants.has(name);
    };
    return {
        find(name, at) {
            // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator,UpdateOperator: equivalent, a window of another size (or none) finds the same writer, in the map of every output
            for (let j = at - 1; j >= 0 && j >= at - NEAR_PRODUCERS; j--)
                if (nodes[j].outputs.includes(name))
                    return j;
            if (unwritten(name))
                return undefined;
            if (all === undefined) {
                all = new Map();
                nodes.forEach((n, j) => {
                    // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, no caller asks for '' (an omitted operand)
                    for (const o of n.outputs)
                        if (o !== '')
                            all.set(o, j);
                });
            }
            return all.get(name);
        },
    };
}
/** The nodes' outputs that are `kind` (graph inputs, or constants). */
function writtenAmong(graph, kind) {
    const out = new Set();
    for (const n of graph.nodes)
        for (const o of n.outputs)
            if (kind(o))
                out.add(o);
    return out;
}

;// CONCATENATED MODULE: ./src/passes/invariants.ts



function verifyInvariants(graph, passName) {
    if (plainlyValid(graph))
        return;
    walkInvariants(graph, passName);
}
/**
 * A quick proof that the walk below would find nothing, for a graph without nested graphs, without
 * its set of every tensor produced so far (3.8 MiB on the 100k-node chain, outliving the young
 * generation): no two nodes share a name and no two writes share a tensor (each list sorted), every
 * tensor written has an entry, and each read is of a constant, a graph input, or an output of a node
 * before the reader (ir/producers.ts finds its one writer). False sends the graph to the walk,
 * which then names the first problem it meets.
 */
function plainlyValid(g) {
    if (g.nodes.some((n) => n.subgraphs !== undefined))
        return false;
    if ((0,arrays/* sortedHasRepeat */.Rt)(g.nodes.map((n) => n.name)))
        return false;
    const written = [];
    for (const n of g.nodes)
        for (const o of n.outputs)
            if (o !== '')
                written.push(o);
    if ((0,arrays/* sortedHasRepeat */.Rt)(written))
        return false;
    const inputs = new Set(g.inputs);
    for (const i of inputs)
        if (!g.tensors.has(i))
            return false;
    for (const o of written)
        if (!g.tensors.has(o))
            return false;
    const writers = producersOf(g);
    const readable = (name, at) => {
        if (inputs.has(name) || g.tensors.get(name)?.data !== undefined)
            return true;
        return (writers.find(name, at) ?? at) < at;
    };
    for (let v = 0; v < g.nodes.length; v++)
        for (const i of g.nodes[v].inputs)
            if (i !== '' && !readable(i, v))
                return false;
    return g.outputs.every((o) => readable(o, g.nodes.length));
}
/** The checks, graph by graph, nested ones included: the first problem met is thrown. */
function walkInvariants(graph, passName) {
    const stack = [{ g: graph, outer: new Set() }];
    while (stack.length > 0) {
        const { g, outer } = stack.pop();
        const fail = (msg, node) => new diagnostic/* FootprintError */.E0('E_INTERNAL', `after pass '${passName}'${g === graph ? '' : ` (graph '${g.name}')`}: ${msg}`, { node });
        // Tensors a node may read: the graph's inputs and what earlier nodes produced (constants are
        // read from the tensor table, outer-scope names from `outer`).
        const produced = new Set();
        const inputs = new Set();
        for (const i of g.inputs) {
            if (!g.tensors.has(i))
                throw fail(`graph input '${i}' has no tensor entry`);
            produced.add(i);
            inputs.add(i);
        }
        // a set of the names seen only when two nodes share one, to report it where the walk meets it
        // Stryker disable next-line ConditionalExpression: equivalent, as true: the set then finds no repeat either, only at a set's cost
        const names = (0,arrays/* sortedHasRepeat */.Rt)(g.nodes.map((n) => n.name)) ? new Set() : undefined;
        // Stryker disable next-line BooleanLiteral: equivalent, the flag only skips collecting subgraphs: a graph without any has none to push
        let nested = false;
        for (const n of g.nodes) {
            if (names?.has(n.name))
                throw fail(`two nodes are named '${n.name}'`, n.name);
            names?.add(n.name);
            for (const i of n.inputs) {
                if (i === '' || produced.has(i))
                    continue;
                const t = g.tensors.get(i);
                if (t === undefined && !outer.has(i))
                    throw fail(`node '${n.name}' reads '${i}', which has no tensor entry`, n.name);
                if (t?.data === undefined && !outer.has(i))
                    throw fail(`node '${n.name}' reads '${i}' before any node produces it`, n.name);
            }
            for (const o of n.outputs) {
                if (o === '')
                    continue;
                if (!g.tensors.has(o))
                    throw fail(`node '${n.name}' writes '${o}', which has no tensor entry`, n.name);
                if (produced.has(o) && !inputs.has(o))
                    throw fail(`tensor '${o}' is produced by two nodes (second: '${n.name}')`, n.name);
                produced.add(o);
                inputs.delete(o); // a second writer of a graph input's name is then caught
            }
            // Stryker disable next-line ConditionalExpression: equivalent, the flag only skips collecting subgraphs: a graph without any has none to push
            if (n.subgraphs)
                nested = true;
        }
        for (const o of g.outputs) {
            if (!produced.has(o) && g.tensors.get(o)?.data === undefined && !outer.has(o))
                throw fail(`graph output '${o}' is neither produced, an input nor a constant`);
        }
        // Stryker disable next-line ConditionalExpression: equivalent, the flag only skips collecting subgraphs: a graph without any has none to push
        if (!nested)
            continue;
        const available = new Set([...outer, ...produced]);
        g.tensors.forEach((t, name) => {
            if (t.data !== undefined)
                available.add(name);
        });
        for (const n of g.nodes) {
            for (const sg of Object.values(n.subgraphs ?? {}))
                stack.push({ g: sg, outer: available });
        }
    }
}

// EXTERNAL MODULE: ./src/ir/shape.ts
var ir_shape = __webpack_require__(8774);
// EXTERNAL MODULE: ./src/ops/util/dims.ts
var dims = __webpack_require__(6394);
;// CONCATENATED MODULE: ./src/passes/input-shapes.ts





const ANONYMOUS = new Set(['', '?', 'None', 'none', '-1', 'unknown']);
function isSymbolic(d) {
    return typeof d === 'string' || d < 0;
}
const inputShapesPass = {
    name: 'input-shapes',
    run(graph, ctx) {
        const symbols = new Map();
        applyUserShapes(graph, ctx, symbols);
        resolveRemaining(graph, ctx, symbols);
        // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, a shortcut: substitute with no symbols changes no shape
        if (symbols.size > 0)
            substitute(graph, symbols);
        return graph;
    },
};
/** Inputs a user can feed: graph inputs that are not constants (old ONNX lists initializers). */
function feedableInputs(g) {
    // Stryker disable next-line OptionalChaining: equivalent, every graph input has a tensor entry (the verify pass runs first and refuses one without)
    return g.inputs.filter((i) => g.tensors.get(i)?.data === undefined);
}
function applyUserShapes(g, ctx, symbols) {
    const given = ctx.options.inputShapes ?? {};
    const feedable = feedableInputs(g);
    const file = ctx.model.path;
    for (const [name, dims] of Object.entries(given)) {
        const t = g.tensors.get(name);
        // Stryker disable next-line ConditionalExpression: equivalent, for the t test: a feedable input is a graph input, which has a tensor entry (verify pass); kept for the type
        if (!feedable.includes(name) || t === undefined) {
            throw new diagnostic/* FootprintError */.E0('E_INPUT_SHAPE', `--input-shape names '${name}', which is not an input of the model; its inputs are: ${feedable.map((i) => `'${i}'`).join(', ') || '(none)'}`, { file });
        }
        if (!dims.every((d) => Number.isInteger(d) && d > 0)) {
            throw new diagnostic/* FootprintError */.E0('E_INPUT_SHAPE', `--input-shape for '${name}' must be positive integers, found ${dims.join('x')}`, { file });
        }
        const old = t.shape;
        if (old !== undefined && old.length !== dims.length) {
            throw new diagnostic/* FootprintError */.E0('E_INPUT_SHAPE', `input '${name}' has rank ${old.length} (expected ${(0,ir_shape/* formatShape */.BB)(old)}), --input-shape gives rank ${dims.length} (found ${dims.join('x')})`, { file });
        }
        old?.forEach((d, k) => {
            const v = dims[k];
            if (isSymbolic(d)) {
                // a negative dim reads as '-1', anonymous like '?': not carried to other tensors
                if (!ANONYMOUS.has(String(d)))
                    symbols.set(String(d), v);
            }
            else if (d !== v) {
                ctx.diagnostics.push((0,diagnostic/* diag */.sm)('W_SHAPE', `input '${name}' dim ${k} is declared ${d}; --input-shape sets it to ${v}`));
            }
        });
        t.shape = [...dims];
    }
}
function resolveRemaining(g, ctx, symbols) {
    for (const name of feedableInputs(g)) {
        const t = g.tensors.get(name);
        // Stryker disable next-line OptionalChaining: equivalent, every graph input has a tensor entry (the verify pass runs first and refuses one without)
        if (t?.shape === undefined)
            continue;
        const shape = [...t.shape];
        const open = [];
        shape.forEach((d, k) => {
            if (!isSymbolic(d))
                return;
            const sym = String(d);
            const known = ANONYMOUS.has(sym) ? undefined : symbols.get(sym);
            if (known !== undefined) {
                shape[k] = known;
                return;
            }
            if (k === 0 && shape.length >= 2) {
                shape[k] = 1;
                if (!ANONYMOUS.has(sym))
                    symbols.set(sym, 1);
                ctx.diagnostics.push((0,diagnostic/* diag */.sm)('I_ASSUMPTION', `input '${name}' dim 0 '${sym}' assumed 1 (batch)`));
            }
            else {
                open.push(`dim ${k} '${sym}'`);
            }
        });
        t.shape = shape;
        if (open.length > 0) {
            ctx.diagnostics.push((0,diagnostic/* diag */.sm)('W_SHAPE', `input '${name}' has symbolic ${open.join(', ')} (shape ${(0,ir_shape/* formatShape */.BB)(shape)}); give it with --input-shape ${name}:${shape.map((d) => ((0,dims/* isNum */.T6)(d) ? d : 'N')).join('x')}`));
        }
    }
}
function substitute(g, symbols) {
    for (const graph of [g, ...(0,graph_edit/* nestedGraphs */.fw)(g)]) {
        for (const t of graph.tensors.values()) {
            // Stryker disable next-line LogicalOperator,ConditionalExpression: equivalent, a shortcut: the map below leaves a shape without a known symbol as it was
            if (t.shape === undefined || !t.shape.some((d) => typeof d === 'string' && symbols.has(d)))
                continue;
            // Stryker disable next-line ConditionalExpression: equivalent, a number is no key of the symbols, so it maps to itself either way
            t.shape = t.shape.map((d) => (typeof d === 'string' ? (symbols.get(d) ?? d) : d));
        }
    }
}

// EXTERNAL MODULE: ./src/ir/tensor-data.ts
var tensor_data = __webpack_require__(603);
;// CONCATENATED MODULE: ./src/ops/context.ts

/** Most values a rule may read through `constValues` (shape vectors, axes, pads, scales). */
const CONST_VALUES_MAX = 4096;
/**
 * `lookup` resolves tensor names (defaults to the graph's own tensors; the shapes pass chains
 * outer scopes for subgraphs).
 */
function createRuleContext(graph, node, opset, lookup) {
    return new RuleContext(graph, node, opset, lookup);
}
/**
 * One node's context. Its methods live on the prototype and its operand cache is made on first
 * use at the node's size: the shapes pass and the metrics each make one per node, and as closures
 * over a growing cache they allocated 120 MiB on a 100k-node chain.
 */
class RuleContext {
    graph;
    node;
    opset;
    lookup;
    /**
     * A tensor found is kept for the context's life (rules ask for the same operand several times);
     * one not found is looked up again, as the shapes pass adds a missing output's tensor.
     */
    inputs;
    outputs;
    // (the caches start undefined as declared fields: ES2022 defines them on every instance)
    constructor(graph, node, opset, lookup) {
        this.graph = graph;
        this.node = node;
        this.opset = opset;
        this.lookup = lookup;
    }
    input(i) {
        this.inputs ??= new Array(this.node.inputs.length);
        return this.tensorAt(this.node.inputs, this.inputs, i);
    }
    output(i) {
        this.outputs ??= new Array(this.node.outputs.length);
        return this.tensorAt(this.node.outputs, this.outputs, i);
    }
    constValues(i) {
        const t = this.input(i);
        return t?.data === undefined ? undefined : (0,tensor_data/* readValues */.N$)(t, CONST_VALUES_MAX);
    }
    tensorAt(names, found, i) {
        const known = found[i];
        if (known !== undefined)
            return known;
        const name = names[i];
        // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: equivalent, no scope holds a tensor named '' (an omitted operand) or undefined, so the lookup gives undefined too
        const t = name === undefined || name === '' ? undefined : this.lookup ? this.lookup(name) : this.graph.tensors.get(name);
        // (only indices of the node's operands are kept: a rule asking past them finds nothing to keep)
        if (t !== undefined)
            found[i] = t;
        return t;
    }
}

// EXTERNAL MODULE: ./src/ops/table.ts + 13 modules
var table = __webpack_require__(7374);
;// CONCATENATED MODULE: ./src/ops/rule.ts
function foldsFromShapes(rule) {
    return rule.foldsFromShapes === true;
}

// EXTERNAL MODULE: ./src/ops/util/attrs.ts
var attrs = __webpack_require__(7789);
// EXTERNAL MODULE: ./src/ops/util/values.ts
var util_values = __webpack_require__(8451);
;// CONCATENATED MODULE: ./src/passes/shapes/state.ts
function newState(opset, diagnostics, foldShapesOnly = false) {
    return { diagnostics, opset, unknown: new Set(), downstreamUnknown: 0, folded: [], foldShapesOnly };
}
/**
 * Adds a diagnostic once: the pipeline runs this pass more than once, and the same finding
 * must not be listed twice.
 */
function report(state, d) {
    const same = (x) => x.code === d.code && x.message === d.message && x.node === d.node;
    if (!state.diagnostics.some(same))
        state.diagnostics.push(d);
}
function messageOf(e) {
    return e instanceof Error ? e.message : String(e);
}

;// CONCATENATED MODULE: ./src/passes/shapes/fold.ts







/**
 * Roles never folded. A compute layer (Conv, Gemm, MatMul...) on constant inputs stays a layer: stedgeai
 * runs it (ablation_rnn_int8.tflite's ST Edge AI Core 2.2 report: gemm_5, a FULLY_CONNECTED on a
 * FILL constant, 600 MACC in the C model).
 */
const KEEP_ROLES = new Set(['compute', 'quantization', 'control', 'state', 'unknown']);
function isConstant(t) {
    return t?.data !== undefined && t.variable !== true;
}
/** Writes folded values onto the outputs when they fit their shapes; false otherwise. */
function applyValues(outs, values) {
    // Stryker disable next-line ConditionalExpression: equivalent, for the count test: a missing array is values[i] === undefined, which `!v` below refuses too
    if (!values || values.length < outs.length)
        return false;
    for (let i = 0; i < outs.length; i++) {
        const t = outs[i];
        const v = values[i];
        if (!t || !v || v.length > util_values/* FOLD_MAX_ELEMENTS */.HF)
            return false;
        const n = (0,ir_shape/* elementCount */.KX)(t.shape);
        if (n === undefined ? !(t.shape === undefined && v.length > 0) : n !== v.length)
            return false;
    }
    outs.forEach((t, i) => {
        // Stryker disable next-line ArrayDeclaration: equivalent, the loop above returned false unless every values[i] exists
        const v = values[i] ?? [];
        // Stryker disable next-line ConditionalExpression: equivalent, the loop above returned false unless every output tensor exists
        if (!t)
            return;
        if (t.shape === undefined)
            t.shape = [v.length];
        t.data = { kind: 'values', values: v };
    });
    return true;
}
function tryRuleFold(rule, ctx, inputs, state) {
    if (!rule.fold)
        return undefined;
    try {
        return rule.fold(ctx, inputs);
    }
    catch (e) {
        report(state, (0,diagnostic/* diag */.sm)('W_SHAPE', `${ctx.node.op} '${ctx.node.name}': cannot fold constant inputs: ${messageOf(e)}`, ctx.node.name));
        return undefined;
    }
}
/** Returns true when the node was turned into constants (the caller drops it). */
function tryFold(rule, ctx, state) {
    const node = ctx.node;
    const weightBits = rule.offlineBits?.(ctx);
    if ((KEEP_ROLES.has(rule.role) && weightBits === undefined) || node.subgraphs !== undefined || node.outputs.length === 0)
        return false;
    if (state.foldShapesOnly && !foldsFromShapes(rule))
        return false;
    if (foldsFromShapes(rule)) {
        // Stryker disable next-line ArrayDeclaration: equivalent, a shape-reading rule (Shape, Size) folds from its input's shape and never reads the values it is given
        const done = applyValues(node.outputs.map((_, i) => ctx.output(i)), tryRuleFold(rule, ctx, [], state));
        if (done)
            state.folded.push(node.name);
        return done;
    }
    // Most nodes read an activation: found before anything is allocated for them.
    if (node.inputs.some((n, i) => n !== '' && !isConstant(ctx.input(i))))
        return false;
    const present = node.inputs.map((n, i) => (n === '' ? undefined : i)).filter((i) => i !== undefined);
    if (present.length === 0 && node.op !== 'Constant')
        return false;
    const outs = node.outputs.map((_, i) => ctx.output(i));
    // an omitted input ('') has no tensor: no values
    const inputs = node.inputs.map((_, i) => {
        const t = ctx.input(i);
        return t ? (0,tensor_data/* readValues */.N$)(t, util_values/* FOLD_MAX_ELEMENTS */.HF) : undefined;
    });
    const allValues = present.every((i) => inputs[i] !== undefined);
    if (allValues && applyValues(outs, tryRuleFold(rule, ctx, inputs, state))) {
        state.folded.push(node.name);
        return true;
    }
    const attrValue = node.op === 'Constant' ? (0,attrs/* attrTensor */.VR)(node, 'value') : undefined;
    // Stryker disable next-line OptionalChaining: equivalent, a node folded here has at least one present input (checked above), and data movement reads its data from input 0
    const bits = weightBits ?? (rule.role === 'data-movement' ? ctx.input(0)?.storageBits : undefined);
    for (const t of outs) {
        if (!t)
            continue;
        t.data = attrValue?.data ?? { kind: 'computed', by: node.name };
        // Stryker disable next-line ConditionalExpression: equivalent, storageBits set to undefined reads as absent to every reader (t.storageBits ?? ..., !== undefined)
        if (bits !== undefined)
            t.storageBits = bits;
    }
    state.folded.push(node.name);
    return true;
}

;// CONCATENATED MODULE: ./src/passes/shapes/merge.ts




/**
 * Inferred dims win over declared ones (a W_SHAPE names both when they disagree); unknown
 * inferred dims take the declared number or symbol; no inference keeps the declared shape.
 */
function mergeShape(node, out, inferred, state) {
    const declared = out.shape;
    if (inferred === undefined)
        return;
    if (declared === undefined) {
        out.shape = (0,ir_shape/* sharedShape */.jl)(inferred);
        return;
    }
    let conflict = declared.length !== inferred.length;
    const merged = conflict ? [...inferred] : inferred.map((d, i) => {
        const e = declared[i]; // the same rank (else a conflict, above)
        if ((0,dims/* isNum */.T6)(d) && (0,dims/* isNum */.T6)(e) && d !== e)
            conflict = true;
        if ((0,dims/* isNum */.T6)(d))
            return d;
        if ((0,dims/* isNum */.T6)(e) || d === dims/* UNKNOWN_DIM */.oD)
            return e;
        return d;
    });
    if (conflict) {
        report(state, (0,diagnostic/* diag */.sm)('W_SHAPE', `${node.op} '${node.name}': output '${out.name}' is inferred as ${(0,ir_shape/* formatShape */.BB)(inferred)} but the file declares ${(0,ir_shape/* formatShape */.BB)(declared)}; using the inferred shape`, node.name));
    }
    out.shape = (0,ir_shape/* sharedShape */.jl)(merged);
}
/** The file's dtype stays when it is known; otherwise the inferred one is used. */
function mergeDType(out, inferred) {
    if (out.dtype === 'unknown' && inferred !== undefined)
        out.dtype = inferred;
}
/** Flags element counts beyond 2^53 (MACC and byte figures are capped for them). */
function checkLimits(node, outs, state) {
    for (const t of outs) {
        if (!t.shape)
            continue;
        let n = 1;
        for (const d of t.shape)
            if ((0,dims/* isNum */.T6)(d))
                n *= d;
        if (n > Number.MAX_SAFE_INTEGER) {
            report(state, (0,diagnostic/* diag */.sm)('W_SHAPE', `${node.op} '${node.name}': output '${t.name}' (${(0,ir_shape/* formatShape */.BB)(t.shape)}) has more than 2^53 elements; counts for it are capped (E_LIMIT)`, node.name));
            return;
        }
    }
}

;// CONCATENATED MODULE: ./src/passes/shapes/node.ts



/** The node's output tensors, created in its graph when the file did not list them. */
function outputTensors(ctx) {
    return ctx.node.outputs.map((name, i) => {
        const found = ctx.output(i);
        // Stryker disable next-line StringLiteral: equivalent, an omitted output's placeholder is never merged into nor read (inferNode skips it)
        if (found || name === '')
            return found ?? { name, dtype: 'unknown' };
        const t = { name, dtype: 'unknown' };
        ctx.graph.tensors.set(name, t);
        return t;
    });
}
/** Runs inference; returns false when the rule rejected the inputs. */
function inferNode(rule, ctx, state) {
    const node = ctx.node;
    const outs = outputTensors(ctx);
    let inferred;
    try {
        inferred = rule.infer(ctx);
    }
    catch (e) {
        report(state, (0,diagnostic/* diag */.sm)('W_SHAPE', `${node.op} '${node.name}': ${messageOf(e)}`, node.name));
        // Stryker disable next-line ConditionalExpression: equivalent, `unknown` is consulted only for inputs whose shape is unknown: a known one listed there is never looked up
        for (const t of outs)
            if (!t.shape)
                state.unknown.add(t.name);
        return false;
    }
    outs.forEach((t, i) => {
        const inf = inferred[i];
        if (!inf)
            return;
        // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, an omitted output's placeholder is not in the graph: merging into it changes nothing anyone reads
        if (t.name === '')
            return;
        mergeShape(node, t, inf.shape, state);
        mergeDType(t, inf.dtype);
    });
    checkLimits(node, outs, state);
    reportUnknown(rule, ctx, outs, state);
    return true;
}
/** One W_SHAPE per chain: at the first node whose outputs stay unknown, naming the cause. */
function reportUnknown(rule, ctx, outs, state) {
    const missing = outs.filter((t) => t.name !== '' && t.shape === undefined);
    if (missing.length === 0)
        return;
    for (const t of missing)
        state.unknown.add(t.name);
    const node = ctx.node;
    const unknownInputs = node.inputs.filter((n, i) => n !== '' && ctx.input(i)?.shape === undefined);
    if (rule.role === 'unknown' || (unknownInputs.length > 0 && unknownInputs.every((n) => state.unknown.has(n)))) {
        state.downstreamUnknown++;
        return;
    }
    const names = missing.map((t) => `'${t.name}'`).join(', ');
    const cause = unknownInputs.length > 0
        ? `input ${unknownInputs.map((n) => `'${n}'`).join(', ')} has an unknown shape`
        : rule.role === 'control'
            ? 'its nested graphs give outputs of different ranks or of unknown shape'
            : 'its size depends on values known only at run time (non-constant shape operand) or on unsupported attributes';
    report(state, (0,diagnostic/* diag */.sm)('W_SHAPE', `${node.op} '${node.name}': cannot infer the shape of ${names}: ${cause}`, node.name));
}

;// CONCATENATED MODULE: ./src/passes/shapes/subgraph.ts

/** Sets a body input's shape/dtype from the outer tensor when the file left it open. */
function bind(body, i, shape, dtype) {
    const name = body.inputs[i];
    if (name === undefined)
        return;
    let t = body.tensors.get(name);
    if (!t) {
        t = { name, dtype: 'unknown' };
        body.tensors.set(name, t);
    }
    if (t.shape === undefined && shape !== undefined)
        t.shape = [...shape];
    if (t.dtype === 'unknown' && dtype !== undefined)
        t.dtype = dtype;
}
/** Loop body inputs: (iteration int64 [], cond bool [], carried...); Scan: (state..., scan slices...). */
function bindBodyInputs(node, body, lookup, opset) {
    // (called with indices of the node's inputs only; an omitted one, '', names no tensor)
    const input = (i) => lookup(node.inputs[i]);
    if (node.op === 'Loop') {
        bind(body, 0, [], 'int64');
        bind(body, 1, [], 'bool');
        for (let i = 2; i < node.inputs.length; i++)
            bind(body, i, input(i)?.shape, input(i)?.dtype);
        return;
    }
    // Stryker disable next-line ConditionalExpression: equivalent, the only other node with subgraphs, If, has branches without inputs, so the Scan binding binds nothing for it
    if (node.op === 'Scan') {
        // Opset 8: input 0 is sequence_lens and every input has a batch axis 0 (and scans axis 1).
        // Stryker disable next-line ConditionalExpression: equivalent, an undefined opset compares false with 9 as well
        const batched = opset !== undefined && opset < 9;
        const first = batched ? 1 : 0;
        const m = (0,attrs/* attrInt */.NN)(node, 'num_scan_inputs', 0);
        const n = node.inputs.length - m - first;
        const axes = (0,attrs/* attrInts */.yO)(node, 'scan_input_axes') ?? [];
        // Stryker disable next-line ArithmeticOperator: equivalent, steps past the node's inputs bind body inputs from nothing: bind skips an index the body does not have, and a body has no more inputs than its node
        for (let k = 0; k < node.inputs.length - first; k++) {
            const t = input(k + first);
            // Stryker disable next-line ArrayDeclaration: equivalent, a string in the set never equals an axis index
            const drop = new Set(batched ? [0] : []);
            // Stryker disable next-line OptionalChaining: equivalent, a scan input is required (never omitted) and names a tensor the verify pass found, so t exists
            if (k >= n && t?.shape) {
                const a0 = batched ? 1 : axes[k - n] ?? 0;
                drop.add(a0 < 0 ? a0 + t.shape.length : a0);
            }
            bind(body, k, t?.shape?.filter((_, i) => !drop.has(i)), t?.dtype);
        }
    }
}
/**
 * For an If with a constant condition: the taken branch's nodes, renamed to write the If's
 * outputs, and the tensors to add to the outer graph. undefined when it cannot be inlined.
 */
function inlineIf(node, outer, lookup) {
    if (node.op !== 'If' || !node.subgraphs)
        return undefined;
    const cond = node.inputs[0] ? lookup(node.inputs[0]) : undefined;
    const v = cond?.data?.kind === 'values' ? cond.data.values[0] : undefined;
    if (v === undefined)
        return undefined;
    const branch = node.subgraphs[v !== 0 ? 'then_branch' : 'else_branch'];
    if (!branch || branch.outputs.length !== node.outputs.length)
        return undefined;
    const rename = new Map();
    branch.outputs.forEach((o, i) => rename.set(o, node.outputs[i] ?? o));
    const produced = new Set(branch.nodes.flatMap((n) => n.outputs));
    const sources = branch.outputs.map((o) => branch.tensors.get(o) ?? lookup(o));
    // An output passed straight through must be a constant to be inlined without a node.
    // Stryker disable next-line OptionalChaining: equivalent, a branch output not produced inside is a name the verify pass found (a branch tensor or an outer one), so its source exists
    if (branch.outputs.some((o, i) => !produced.has(o) && sources[i]?.data === undefined))
        return undefined;
    sources.forEach((src, i) => {
        // Stryker disable next-line StringLiteral: equivalent, the branch has as many outputs as the node (checked above), so node.outputs[i] exists
        const target = outer.tensors.get(node.outputs[i] ?? '');
        // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, sources exist (checked above) and every node output has an entry in the outer graph (verify pass)
        if (src && target)
            Object.assign(target, { ...src, name: target.name });
    });
    const tensors = [...branch.tensors.values()].filter((t) => !rename.has(t.name) && !outer.tensors.has(t.name));
    const names = new Set(outer.nodes.map((n) => n.name));
    const nodes = branch.nodes.map((n) => ({
        ...n,
        name: names.has(n.name) ? `${node.name}/${n.name}` : n.name,
        inputs: n.inputs.map((x) => rename.get(x) ?? x),
        outputs: n.outputs.map((x) => rename.get(x) ?? x),
    }));
    return { nodes, tensors };
}

;// CONCATENATED MODULE: ./src/passes/shapes.ts








/** Infers one graph in place; `outer` resolves names from enclosing scopes. */
function inferGraph(graph, state, outer) {
    const lookup = (name) => graph.tensors.get(name) ?? outer?.(name);
    const kept = [];
    for (const node of graph.nodes) {
        for (const body of Object.values(node.subgraphs ?? {})) {
            bindBodyInputs(node, body, lookup, state.opset);
            inferGraph(body, state, lookup);
        }
        const inlined = inlineIf(node, graph, lookup);
        if (inlined) {
            for (const t of inlined.tensors)
                graph.tensors.set(t.name, t);
            (0,arrays/* append */.BC)(kept, inlined.nodes);
            state.folded.push(node.name);
            continue;
        }
        const rule = (0,table/* getRule */.rF)(node.op);
        const ctx = createRuleContext(graph, node, state.opset, lookup);
        if (inferNode(rule, ctx, state) && tryFold(rule, ctx, state))
            continue;
        kept.push(node);
    }
    graph.nodes = kept;
}
function summarize(state) {
    if (state.folded.length > 0) {
        const shown = state.folded.slice(0, 8).join(', ');
        const more = state.folded.length > 8 ? `, ... (${state.folded.length - 8} more)` : '';
        report(state, (0,diagnostic/* diag */.sm)('I_FOLDED', `${state.folded.length} constant node(s) folded: ${shown}${more}`));
    }
    if (state.downstreamUnknown > 0) {
        report(state, (0,diagnostic/* diag */.sm)('W_SHAPE', `${state.downstreamUnknown} more node(s) have unknown output shapes downstream of unsupported operators or of the nodes reported above`));
    }
}
/**
 * In a TFLite file, only Shape operators fold when asked: the converter already folded every
 * constant it could, and Vela turns a SHAPE of a static tensor into a constant but runs what reads
 * it (STRIDED_SLICE, PACK, the RESHAPE it feeds) on the CPU.
 */
function foldsShapesOnly(ctx) {
    return ctx.options.foldShapesOnly === true && ctx.model.format === 'tflite';
}
const shapesPass = {
    name: 'shapes',
    run(graph, ctx) {
        const state = newState(ctx.opset, ctx.diagnostics, foldsShapesOnly(ctx));
        inferGraph(graph, state);
        summarize(state);
        return graph;
    },
};
/**
 * The same inference after QDQ folding, quietly: it folds what the rewiring made constant (a
 * weight's Dequantize folded into an int8 constant leaves the Transpose or Reshape reading it with
 * constant inputs only) and refreshes shapes; its findings would only repeat the first run's (or
 * contradict its summary), so they are not reported. It runs only when the qdq pass folded
 * Quantize/Dequantize nodes (ctx.qdqFolded): the passes between the two runs fold nothing else into
 * constants (cleanup renames, batch-norm and activation folding change a layer's weights or
 * attributes, not what its readers read), so without them it would find nothing to fold and infer
 * every node again for nothing (a 100k-node float chain: 0.3 s of CPU).
 */
const refoldPass = {
    name: 'shapes-refold',
    run(graph, ctx) {
        if (ctx.qdqFolded !== true)
            return graph;
        // Stryker disable next-line ArrayDeclaration: equivalent, the second run's diagnostics are dropped (see above): what the list holds is never read
        inferGraph(graph, newState(ctx.opset, [], foldsShapesOnly(ctx)));
        return graph;
    },
};

;// CONCATENATED MODULE: ./src/passes/cleanup.ts


const cleanupPass = {
    name: 'cleanup',
    run(graph, ctx) {
        removePassThrough(graph, ctx);
        const read = readNames(graph);
        const removed = removeDeadNodes(graph, ctx, read);
        removeUnreferencedTensors(graph, removed ? readNames(graph) : read);
        return graph;
    },
};
function isPassThrough(n) {
    if (n.op !== 'Identity' && n.op !== 'Dropout')
        return false;
    const input = n.inputs[0];
    const out = n.outputs[0];
    // A Dropout whose mask output is read is not a pass-through (removePassThrough checks the readers).
    return input !== undefined && input !== '' && out !== undefined && out !== '';
}
/** Removes the pass-through nodes it can; returns the use index it kept up to date (none when there was nothing to remove). */
function removePassThrough(g, ctx) {
    // Stryker disable next-line ConditionalExpression: equivalent, a shortcut: without a pass-through the walk below removes nothing and the index it returns is the graph's own
    if (!g.nodes.some(isPassThrough))
        return undefined;
    const dead = new Set();
    let identities = 0;
    const idx = (0,graph_edit/* buildUseIndex */.kK)(g);
    const moveUses = (from, to) => {
        const list = (0,graph_edit/* readersOf */.cU)(idx, from);
        idx.consumers.delete(from);
        idx.consumers.set(to, [...(0,graph_edit/* readersOf */.cU)(idx, to).filter((c) => !list.includes(c)), ...list]);
    };
    for (const n of g.nodes) {
        if (!isPassThrough(n))
            continue;
        const input = n.inputs[0];
        const out = n.outputs[0];
        // a Dropout's mask, named but read by nothing (common in exports), does not keep it
        // (an omitted mask, '', has no readers and is no graph output)
        const maskUsed = n.outputs.slice(1).some((o) => (idx.consumers.get(o)?.length ?? 0) > 0 || idx.graphOutputs.has(o));
        if (maskUsed)
            continue;
        const producer = idx.producer.get(input);
        const readers = (0,graph_edit/* readersOf */.cU)(idx, out); // n writes out: it is not among them
        // a graph output keeps its name: the producer of the input must write `out` directly; without
        // one (a graph input), or when that would rename another graph output, the node stays a copy
        // (a node reading its own output reads a graph output: it stays too)
        if (idx.graphOutputs.has(out)) {
            if (producer === undefined || idx.graphOutputs.has(input))
                continue;
            idx.consumers.set(input, (0,graph_edit/* readersOf */.cU)(idx, input).filter((c) => c !== n));
            // Stryker disable next-line MethodExpression: equivalent, out's producer is set again below, after the rename
            for (const mask of n.outputs.slice(1))
                idx.producer.delete(mask);
            (0,graph_edit/* renameTensor */.Ao)(g, input, out, idx.producer.get(input), (0,graph_edit/* readersOf */.cU)(idx, input));
            idx.producer.delete(input);
            idx.producer.set(out, producer);
            moveUses(input, out);
        }
        else {
            idx.consumers.set(input, (0,graph_edit/* readersOf */.cU)(idx, input).filter((c) => c !== n));
            for (const o of n.outputs)
                idx.producer.delete(o);
            (0,graph_edit/* replaceUses */.zW)(g, out, input, readers);
            g.tensors.delete(out);
            moveUses(out, input);
        }
        dead.add(n);
        if (n.op === 'Dropout') {
            const holder = producer ?? readers[0];
            if (holder !== undefined)
                (0,graph_edit/* absorb */.eE)(holder, n);
            else
                ctx.diagnostics.push((0,diagnostic/* diag */.sm)('I_FOLDED', `Dropout '${n.name}' removed (inference pass-through)`, n.name));
        }
        else {
            identities++;
        }
    }
    (0,graph_edit/* removeNodes */["if"])(g, dead);
    if (identities > 0)
        ctx.diagnostics.push((0,diagnostic/* diag */.sm)('I_FOLDED', `removed ${identities} Identity node${identities > 1 ? 's' : ''}`));
    return idx;
}
/** Every name the graph reads: its outputs, its nodes' inputs and what their nested graphs read from it. */
function readNames(g) {
    const read = new Set(g.outputs);
    for (let k = 0; k < g.nodes.length; k++) {
        const n = g.nodes[k];
        for (let i = 0; i < n.inputs.length; i++)
            read.add(n.inputs[i]);
        if (n.subgraphs)
            (0,graph_edit/* outerReads */.D5)(n).forEach((r) => read.add(r));
    }
    return read;
}
/**
 * Worklist over use counts: a node dies when none of its outputs is read or a graph output.
 * `read` (readNames) finds the first dead nodes; the counts are only built when there is one
 * (most graphs have none, and on a 100k-node graph the counts are two maps of 200k names).
 * Returns whether nodes were removed.
 */
function removeDeadNodes(g, ctx, read) {
    // (an omitted output, '', is unused whatever `read` holds: readNames keeps the omitted inputs' '')
    const unread = (n) => n.outputs.length > 0 && n.outputs.every((o) => o === '' || !read.has(o));
    const work = g.nodes.filter(unread);
    if (work.length === 0)
        return false;
    const uses = new Map();
    const bump = (name, by) => {
        // Stryker disable next-line ArithmeticOperator: equivalent, negated counts reach 0 at the same moments: each read adds -1 and each dead reader adds +1
        uses.set(name, (uses.get(name) ?? 0) + by);
    };
    // Stryker disable next-line MethodExpression,ConditionalExpression,StringLiteral: equivalent, a count for the omitted name '' is never read: no node output named '' is tested against it (isDead takes '' as unused first)
    const readsOf = (n) => [...n.inputs.filter((i) => i !== ''), ...(0,graph_edit/* outerReads */.D5)(n)];
    for (const o of g.outputs)
        bump(o, 1);
    for (const n of g.nodes)
        for (const r of readsOf(n))
            bump(r, 1);
    const producer = new Map();
    // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, readsOf never yields '', so a producer of '' is never looked up
    for (const n of g.nodes)
        for (const o of n.outputs)
            if (o !== '')
                producer.set(o, n);
    // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, '' is never read (readsOf drops it), so its use count is 0 and it counts as unused either way
    const isDead = (n) => n.outputs.length > 0 && n.outputs.every((o) => o === '' || (uses.get(o) ?? 0) === 0);
    const dead = new Set();
    while (work.length > 0) {
        const n = work.pop();
        // Stryker disable next-line ConditionalExpression: equivalent, a node is queued only when its last use goes, which happens once: it is never queued twice
        if (dead.has(n))
            continue;
        dead.add(n);
        for (const r of readsOf(n)) {
            bump(r, -1);
            const p = producer.get(r);
            if (p !== undefined && !dead.has(p) && isDead(p))
                work.push(p);
        }
    }
    (0,graph_edit/* removeNodes */["if"])(g, dead);
    const names = [...dead].map((n) => `'${n.name}'`);
    const shown = names.length > 10 ? [...names.slice(0, 10), `... (${names.length - 10} more)`] : names;
    ctx.diagnostics.push((0,diagnostic/* diag */.sm)('I_FOLDED', `removed ${dead.size} node${dead.size > 1 ? 's' : ''} whose outputs are never used: ${shown.join(', ')}`));
    return true;
}
/**
 * Drops the tensors nothing refers to: neither in `read` (readNames of the graph as it is now), a
 * graph input nor a node's output. Outputs nobody reads are few (a Dropout's mask, a Split's
 * unused parts): only they and the inputs are collected, never a set of every name.
 */
function removeUnreferencedTensors(g, read) {
    const kept = new Set(g.inputs);
    for (let k = 0; k < g.nodes.length; k++) {
        const outs = g.nodes[k].outputs;
        for (let i = 0; i < outs.length; i++)
            if (!read.has(outs[i]))
                kept.add(outs[i]);
    }
    // (deleting the entry just visited leaves a Map's iteration intact: no copy of the keys)
    g.tensors.forEach((_, name) => {
        if (!read.has(name) && !kept.has(name))
            g.tensors.delete(name);
    });
}

// EXTERNAL MODULE: ./src/ops/traits.ts
var traits = __webpack_require__(7731);
// EXTERNAL MODULE: ./src/ir/integer.ts
var integer = __webpack_require__(7885);
// EXTERNAL MODULE: ./src/ir/dtype.ts
var ir_dtype = __webpack_require__(7003);
// EXTERNAL MODULE: ./src/ir/tensor-named.ts
var tensor_named = __webpack_require__(1870);
;// CONCATENATED MODULE: ./src/passes/qdq-params.ts




/** Per-channel scales of the widest layer we expect; more is read as "unknown values". */
const MAX_SCALES = 1 << 16;
/**
 * The node's parameters, or undefined when the scale is not a constant (dynamic quantization).
 * `storage` is the integer type of the quantized side. Values that cannot be read (bytes not yet
 * decodable) are NaN, one per channel, so the per-channel count is still known.
 */
function readQuantParams(g, node, storage) {
    const scaleT = (0,tensor_named/* tensorNamed */.B)(g, node.inputs[1]);
    if (scaleT?.data === undefined)
        return undefined;
    const zpT = (0,tensor_named/* tensorNamed */.B)(g, node.inputs[2]);
    if (zpT !== undefined && zpT.data === undefined)
        return undefined;
    const count = (0,ir_shape/* elementCount */.KX)(scaleT.shape) ?? 1;
    const scale = (0,tensor_data/* readValues */.N$)(scaleT, MAX_SCALES) ?? new Array(count).fill(Number.NaN);
    const zeroPoint = zpT === undefined ? new Array(scale.length).fill(0) : ((0,tensor_data/* readValues */.N$)(zpT, MAX_SCALES) ?? new Array(scale.length).fill(Number.NaN));
    const q = { scale, zeroPoint, dtype: storage };
    if (scale.length > 1) {
        const rank = (0,tensor_named/* tensorNamed */.B)(g, node.inputs[0])?.shape?.length;
        const raw = typeof node.attrs['axis'] === 'number' ? node.attrs['axis'] : 1;
        q.axis = raw < 0 && rank !== undefined ? raw + rank : raw;
    }
    return q;
}
/** Integer type a QuantizeLinear produces: its zero point's type, else its output's, else uint8 (ONNX default). */
function quantizeStorage(g, q) {
    const zp = (0,tensor_named/* tensorNamed */.B)(g, q.inputs[2]);
    if (zp !== undefined && (0,ir_dtype/* isInteger */.Fq)(zp.dtype))
        return zp.dtype;
    const out = (0,tensor_named/* tensorNamed */.B)(g, q.outputs[0]);
    if (out !== undefined && (0,ir_dtype/* isInteger */.Fq)(out.dtype))
        return out.dtype;
    return 'uint8';
}
/** True when the tensor holds quantized integers (typed integer, or carrying quantization). */
function holdsQuantized(t) {
    if (t === undefined)
        return false;
    return t.quant !== undefined || (0,ir_dtype/* isInteger */.Fq)(t.dtype);
}

// EXTERNAL MODULE: ./src/ops/conv.ts
var conv = __webpack_require__(5568);
;// CONCATENATED MODULE: ./src/passes/qdq-weights.ts



const WEIGHTED = new Set(['Conv', 'ConvTranspose', 'Gemm', 'MatMul']);
function floatConstant(g, name) {
    // an omitted input ('') names no tensor
    const t = g.tensors.get(name ?? '');
    return t?.data !== undefined && t.quant === undefined && (0,ir_dtype/* isFloat */.dk)(t.dtype) ? t : undefined;
}
function outputsQuantized(g, n) {
    // Stryker disable next-line MethodExpression,OptionalChaining: equivalent, the weighted operators have one output (every and some agree on one), and a node's output has a tensor entry (verify pass)
    return n.outputs.length > 0 && n.outputs.every((o) => g.tensors.get(o)?.quant !== undefined);
}
/** `t` becomes a `dtype` constant of `count` channels along `axis`, parameters and bytes the compiler's. */
function retype(t, dtype, count, axis, by) {
    t.dtype = dtype;
    t.quant = { scale: new Array(count).fill(Number.NaN), zeroPoint: new Array(count).fill(0), dtype, byCompiler: true, ...(count > 1 ? { axis } : {}) };
    t.data = { kind: 'computed', by };
}
/** Retypes the float weights (and bias) of integer layers as the compiler's int8 (int32) constants. */
function quantizeFloatWeights(g) {
    for (const n of g.nodes) {
        if (!WEIGHTED.has(n.op) || !(0,integer/* readsQuantizedIntegers */.C)(g, n) || !outputsQuantized(g, n))
            continue;
        const w = floatConstant(g, n.inputs[1]);
        if (w === undefined)
            continue;
        const axis = (0,conv/* outChannelAxis */.VF)(n, w.shape?.length ?? 0);
        const channels = w.shape?.[axis];
        const count = typeof channels === 'number' ? Math.max(1, channels) : 1;
        retype(w, 'int8', count, axis, n.name);
        const b = n.op === 'MatMul' ? undefined : floatConstant(g, n.inputs[2]);
        if (b !== undefined)
            retype(b, 'int32', count, 0, n.name);
    }
}

;// CONCATENATED MODULE: ./src/passes/qdq.ts
/**
 * `qdq`: folds ONNX QDQ quantization (QuantizeLinear/DequantizeLinear pairs around real ops) into
 * quantized tensors, so weights count at their integer width and activations are int8/uint8.
 *
 * 1. `DequantizeLinear(const int w, scale, zp[, axis])`: readers use `w` directly; `w.quant`
 *    records scale/zero point/axis/dtype (int8 weights per-axis, int32 biases).
 * 2. Walking the nodes in topological order:
 *    - `QuantizeLinear(x) -> q`: when `x` is computed by an integer op (not a DequantizeLinear,
 *      no float activation input), read only by this Q and not a graph output, `x` is retyped to
 *      the integer type with `quant`, readers of `q` read `x`, and the Q's name goes into the
 *      producer's `fused` (when `q` is a graph output, the producer writes it under that name).
 *      A Q of a float constant becomes an integer constant (weights stored
 *      float in the file). Otherwise (Q at a float graph input, after a float op) the Q stays:
 *      it is a real conversion.
 *    - `DequantizeLinear(t)` of an integer activation: readers use `t` (the DQ's name goes into
 *      the first reader's `fused`), unless its output is a graph output (a real conversion to
 *      float, it stays), it feeds a QuantizeLinear (requantization, both stay), or a reader
 *      computes in float (its result is not re-quantized: the conversion is real, it stays).
 *    - Data-movement ops (Reshape, Transpose, Flatten...) on a quantized tensor pass the type and
 *      per-tensor quantization on to their outputs (unless an output is a graph output).
 * 3. Every remaining node except Q/DQ whose activation (non-constant) inputs all hold quantized
 *    integers gets `integer`, in a graph without any Q/DQ too (a QOperator model fed uint8);
 *    weights are recognised by their integer dtype + quant.
 * 4. Float weights of such a layer whose output is quantized too are the compiler's int8 weights
 *    (qdq-weights.ts: ST's optimized ONNX stores them float).
 * Q/DQ nodes that could not be folded stay and are costed as standalone ops.
 */







const qdqPass = {
    name: 'qdq',
    run(graph, ctx) {
        const hasQdq = graph.nodes.some((n) => n.op === 'QuantizeLinear' || n.op === 'DequantizeLinear');
        if (hasQdq) {
            foldQdq(graph);
            ctx.qdqFolded = true;
        }
        // without a Q/DQ too: a QOperator model (QLinearConv...) reading a uint8 input has none
        markQuantized(graph);
        quantizeFloatWeights(graph);
        return graph;
    },
};
/** Step 1-2: folds the Q/DQ nodes it can and removes them; returns the use index, kept up to date by every fold. */
function foldQdq(graph) {
    const dead = new Set();
    const idx = (0,graph_edit/* buildUseIndex */.kK)(graph);
    foldConstantDequantize(graph, idx, dead);
    for (const n of graph.nodes) {
        // Stryker disable next-line ConditionalExpression: equivalent, the only dead nodes ahead are the weight DQs folded above, and foldDequantize finds no reader of their output (rewire deleted it) and leaves them
        if (dead.has(n))
            continue;
        if (n.op === 'QuantizeLinear')
            foldQuantize(graph, idx, n, dead);
        else if (n.op === 'DequantizeLinear')
            foldDequantize(graph, idx, n, dead);
        else if ((0,traits/* hasTrait */.jp)(n.op, 'qdq-transparent'))
            propagate(graph, idx, n);
    }
    (0,graph_edit/* removeNodes */["if"])(graph, dead);
    return idx;
}
/** Readers of `from` (the output of `dropped`, which goes) now read `to`; the use index follows. */
function rewire(g, idx, from, to, dropped) {
    const readers = (0,graph_edit/* readersOf */.cU)(idx, from);
    (0,graph_edit/* replaceUses */.zW)(g, from, to, readers);
    idx.consumers.delete(from);
    const existing = (0,graph_edit/* readersOf */.cU)(idx, to).filter((c) => c !== dropped && !readers.includes(c));
    idx.consumers.set(to, [...existing, ...readers]);
    g.tensors.delete(from);
    idx.producer.delete(from);
    return readers;
}
function foldConstantDequantize(g, idx, dead) {
    for (const dq of g.nodes) {
        if (dq.op !== 'DequantizeLinear')
            continue;
        const w = (0,tensor_named/* tensorNamed */.B)(g, dq.inputs[0]);
        // Stryker disable next-line StringLiteral: equivalent, a name no node writes or reads: no readers either way, so the DQ is skipped below
        const out = dq.outputs[0] ?? '';
        if (w?.data === undefined || !(0,ir_dtype/* isInteger */.Fq)(w.dtype) || idx.graphOutputs.has(out))
            continue;
        // an omitted output ('') has no readers: skipped here
        const readers = (0,graph_edit/* readersOf */.cU)(idx, out);
        if (readers.length === 0 || readers.some((r) => r.op === 'QuantizeLinear'))
            continue;
        const quant = readQuantParams(g, dq, w.dtype);
        if (quant === undefined)
            continue;
        w.quant = quant;
        rewire(g, idx, out, w.name, dq);
        (0,graph_edit/* absorb */.eE)(readers[0], dq);
        dead.add(dq);
    }
}
/** A node that computes in float: a DequantizeLinear, or any float non-constant input (an omitted one, '', names no tensor). */
function computesInFloat(g, n) {
    if (n.op === 'DequantizeLinear')
        return true;
    return n.inputs.some((i) => {
        const t = g.tensors.get(i);
        return t !== undefined && t.data === undefined && (0,ir_dtype/* isFloat */.dk)(t.dtype) && t.quant === undefined;
    });
}
function foldQuantize(g, idx, q, dead) {
    // Stryker disable next-line StringLiteral: equivalent, no tensor is named '' or the mutant's text: x is undefined either way and the Q is left
    const xName = q.inputs[0] ?? '';
    // Stryker disable next-line StringLiteral: equivalent, no tensor is named '' or the mutant's text: the Q's output is undefined either way and the Q is left
    const qName = q.outputs[0] ?? '';
    const x = g.tensors.get(xName);
    const qOut = g.tensors.get(qName);
    if (x === undefined || qOut === undefined)
        return;
    const storage = quantizeStorage(g, q);
    const quant = readQuantParams(g, q, storage);
    if (quant === undefined)
        return;
    qOut.dtype = storage;
    qOut.quant = quant;
    const isOutput = idx.graphOutputs.has(qName);
    if (x.data !== undefined && (0,ir_dtype/* isFloat */.dk)(x.dtype) && !isOutput) {
        // Float weights quantized in the graph: store them as the integer constant they become.
        qOut.data = { kind: 'computed', by: q.name };
        const readers = (0,graph_edit/* readersOf */.cU)(idx, qName);
        if (readers[0] !== undefined)
            (0,graph_edit/* absorb */.eE)(readers[0], q);
        idx.producer.delete(qName);
        dead.add(q);
        return;
    }
    const producer = idx.producer.get(xName);
    const onlyReader = (0,graph_edit/* readersOf */.cU)(idx, xName).every((c) => c === q);
    if (producer === undefined || idx.graphOutputs.has(xName) || !onlyReader || computesInFloat(g, producer))
        return;
    x.dtype = storage;
    x.quant = quant;
    if (isOutput) {
        // An integer graph output: the producer writes it directly, keeping the output's name.
        (0,graph_edit/* renameTensor */.Ao)(g, xName, qName, idx.producer.get(xName), (0,graph_edit/* readersOf */.cU)(idx, xName));
        idx.producer.delete(xName);
        idx.producer.set(qName, producer);
        idx.consumers.delete(xName);
    }
    else {
        rewire(g, idx, qName, xName, q);
    }
    (0,graph_edit/* absorb */.eE)(producer, q);
    dead.add(q);
}
function foldDequantize(g, idx, dq, dead) {
    // Stryker disable next-line StringLiteral: equivalent, no tensor is named '' or the mutant's text: t is undefined either way and the DQ is left
    const tName = dq.inputs[0] ?? '';
    const out = dq.outputs[0] ?? '';
    const t = g.tensors.get(tName);
    if (out === '' || !holdsQuantized(t))
        return;
    if (t.quant === undefined) {
        // not quantized yet: holdsQuantized then requires an integer type
        const quant = readQuantParams(g, dq, t.dtype);
        if (quant === undefined)
            return;
        t.quant = quant;
    }
    const readers = (0,graph_edit/* readersOf */.cU)(idx, out);
    if (idx.graphOutputs.has(out) || readers.length === 0)
        return;
    // Stryker disable next-line MethodExpression,ArrowFunction,ConditionalExpression,StringLiteral: equivalent, staysInteger refuses a Q reader too unless the Q's output feeds only Qs, which ONNX forbids (a Q takes a float input)
    if (readers.some((r) => r.op === 'QuantizeLinear'))
        return; // requantization: both stay
    // A reader that computes in float (its result is not quantized again, e.g. a Softmax writing the
    // float output) needs the real conversion: the DQ stays, as stedgeai keeps it (2 * O MACC).
    if (!readers.every((r) => staysInteger(idx, r)))
        return;
    rewire(g, idx, out, tName, dq);
    (0,graph_edit/* absorb */.eE)(readers[0], dq);
    dead.add(dq);
}
/** The reader computes on integers: data movement to a non-output, or every result is quantized by a Q right after. */
function staysInteger(idx, reader) {
    // Data movement carries the integers on, unless it writes a graph output: that one is float, the conversion is real.
    if ((0,traits/* hasTrait */.jp)(reader.op, 'qdq-transparent'))
        return reader.outputs.every((o) => !idx.graphOutputs.has(o));
    return reader.outputs.every((o) => {
        const uses = (0,graph_edit/* readersOf */.cU)(idx, o);
        return !idx.graphOutputs.has(o) && uses.length > 0 && uses.every((c) => c.op === 'QuantizeLinear');
    });
}
function propagate(g, idx, n) {
    const src = (0,tensor_named/* tensorNamed */.B)(g, n.inputs[0]);
    if (src?.quant === undefined || !(0,ir_dtype/* isInteger */.Fq)(src.dtype) || src.quant.scale.length !== 1)
        return;
    for (const o of n.outputs) {
        const t = g.tensors.get(o);
        if (t === undefined || t.quant !== undefined || idx.graphOutputs.has(o))
            continue;
        if (t.dtype !== 'unknown' && !(0,ir_dtype/* isFloat */.dk)(t.dtype))
            continue;
        t.dtype = src.dtype;
        t.quant = { ...src.quant, scale: [...src.quant.scale], zeroPoint: [...src.quant.zeroPoint] };
    }
}
function markQuantized(g) {
    for (const n of g.nodes) {
        // a DQ left in the graph computes the float; a Q reads floats (ONNX), so it is never marked either
        if (n.op === 'DequantizeLinear')
            continue;
        if ((0,integer/* readsQuantizedIntegers */.C)(g, n))
            n.integer = true;
    }
}

;// CONCATENATED MODULE: ./src/passes/batchnorm.ts
/**
 * `batchnorm`: folds an inference BatchNormalization into the Conv / ConvTranspose / Gemm right
 * before it, as every deployment tool does. Conditions: the BN reads the op's first output, is its
 * only reader, that output is not a graph output, the op has no fused activation yet, and the BN's
 * scale, B, mean and var are constants. Then the op writes the BN's output directly, the BN's name
 * goes into the op's `fused`, and an op without bias gains one: a new constant shaped [Cout]
 * ('computed' data: values are not recomputed, only sizes are counted) with the weights' dtype
 * (int32 when the weights are 8-bit or narrower integers, as quantized biases are).
 * The BN's own constants are no longer read; `cleanup` drops them, so they are not counted.
 */





const batchnormPass = {
    name: 'batchnorm',
    run(graph) {
        foldBatchNorms(graph, intoProducer);
        return graph;
    },
};
/** One BatchNormalization into the layer before it, when it can (the header's conditions). */
const intoProducer = (graph, bn, x, out, idx, dead) => {
    const op = idx.producer.get(x);
    if (op === undefined || !(0,traits/* hasTrait */.jp)(op.op, 'absorbs-batchnorm') || op.activation !== undefined || op.outputs[0] !== x)
        return;
    if (idx.graphOutputs.has(x) || (0,graph_edit/* readersOf */.cU)(idx, x).some((c) => c !== bn))
        return;
    const cout = channels(graph, bn, op);
    if (cout === undefined)
        return;
    if ((op.inputs[2] ?? '') === '')
        addBias(graph, op, bn, cout);
    (0,graph_edit/* foldFollower */.Mv)(graph, idx, op, bn, x, out, dead);
};
/**
 * Both folds' walk: every foldable BatchNormalization is handed to `fold`; the dead nodes are
 * removed at the end. Returns the use index the folds kept (none when there is no BatchNormalization).
 */
function foldBatchNorms(graph, fold) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, a shortcut: without a BatchNormalization the walk below folds nothing either
    if (!graph.nodes.some((n) => n.op === 'BatchNormalization'))
        return undefined;
    const idx = (0,graph_edit/* buildUseIndex */.kK)(graph);
    const dead = new Set();
    for (const bn of graph.nodes) {
        if (!foldableBatchNorm(graph, idx, bn))
            continue;
        const outputs = [...bn.outputs];
        // Stryker disable next-line StringLiteral: equivalent, nothing produces '' or the mutant's text: neither fold finds a layer there
        fold(graph, bn, bn.inputs[0] ?? '', bn.outputs[0], idx, dead); // output 0 checked by foldableBatchNorm
        // a folded BN produces nothing any more (its unread statistics outputs included)
        if (dead.has(bn))
            for (const o of outputs)
                if (idx.producer.get(o) === bn)
                    idx.producer.delete(o);
    }
    (0,graph_edit/* removeNodes */["if"])(graph, dead);
    return idx;
}
/**
 * An inference BatchNormalization that can fold: one output read (its others unused), and its
 * scale, B, mean and var constants.
 */
function foldableBatchNorm(g, idx, bn) {
    if (bn.op !== 'BatchNormalization' || bn.attrs['training_mode'] === 1 || (bn.outputs[0] ?? '') === '')
        return false;
    // an omitted output ('') has no readers and is no graph output; an omitted operand names no tensor
    if (bn.outputs.slice(1).some((o) => (idx.consumers.get(o)?.length ?? 0) > 0 || idx.graphOutputs.has(o)))
        return false;
    return bn.inputs.slice(1, 5).every((i) => g.tensors.get(i)?.data !== undefined);
}
/** The channel count of the BN's 1-D scale. */
function bnChannels(g, bn) {
    const scale = (0,tensor_named/* tensorNamed */.B)(g, bn.inputs[1]);
    // Stryker disable next-line OptionalChaining: equivalent, a foldable BN's scale is a constant the graph holds (foldableBatchNorm)
    const s0 = scale?.shape?.length === 1 ? scale.shape[0] : undefined;
    // Stryker disable next-line ConditionalExpression: equivalent, without the typeof test a symbolic dim (a string) still fails `s0 > 0` (a string that is no number compares false)
    return typeof s0 === 'number' && s0 > 0 ? s0 : undefined;
}
/** Output channels: the BN scale's length, else the weights' output dim. */
function channels(g, bn, op) {
    const w = (0,tensor_named/* tensorNamed */.B)(g, op.inputs[1])?.shape;
    const d = bnChannels(g, bn) ?? (w === undefined ? undefined : (0,conv/* outChannelCount */.p8)(op, w));
    return (d ?? 0) > 0 ? d : undefined;
}
function addBias(g, op, bn, cout) {
    const w = (0,tensor_named/* tensorNamed */.B)(g, op.inputs[1]);
    const wd = w?.dtype ?? 'float32';
    const dtype = (0,ir_dtype/* isInteger */.Fq)(wd) && ir_dtype/* DTYPE_BITS */.iA[wd] <= 8 ? 'int32' : wd === 'unknown' ? 'float32' : wd;
    const name = (0,graph_edit/* freshTensorName */.LN)(g, `${bn.name}_folded_bias`);
    const bias = { name, dtype, shape: [cout], data: { kind: 'computed', by: bn.name } };
    g.tensors.set(name, bias);
    // Stryker disable next-line EqualityOperator: equivalent, at length 2 `<=` pushes a '' that the bias then replaces at index 2
    while (op.inputs.length < 2)
        op.inputs.push('');
    op.inputs[2] = name;
}
/**
 * `batchnorm-forward`: a BatchNormalization that could not fold into the layer before it (a ReLU
 * in between, or a graph input before it) folds into the layer after it, as stedgeai does: a Conv
 * that pads nothing, or a Gemm, that alone reads it (its scale multiplies the layer's weights per
 * input channel, its offset moves into the bias). The BN costs nothing any more and has no array
 * of its own; the model's params keep its scale and offset (2 x C items, stedgeai's ScaleBias) as a
 * `paramsOnly` constant on that layer. Source: the activity tracker's our_model.h5 and its ST Edge AI
 * Core 2.2 report (4 BNs after ReLUs and on the input: ScaleBias 2/8, 64/256, 64/256, 128/512 in the
 * model, all folded in the C model: macc 1,363,984, weights 66,228 B, params 16,815).
 */
const batchnormForwardPass = {
    name: 'batchnorm-forward',
    run(graph) {
        foldBatchNorms(graph, intoReader);
        return graph;
    },
};
/** One BatchNormalization into the layer after it, when it can (the pass's conditions above). */
const intoReader = (graph, bn, x, out, idx, dead) => {
    const readers = (0,graph_edit/* readersOf */.cU)(idx, out);
    const next = readers[0];
    // the layer reads the BN's output as its data input (position 0) and nowhere else: a Gemm or Conv
    // (checked next) has no subgraph, so a reader that reads it past position 0 is the only other case
    if (readers.length !== 1 || !next || idx.graphOutputs.has(out) || next.inputs.indexOf(out, 1) !== -1)
        return;
    if (!(next.op === 'Gemm' || (next.op === 'Conv' && padsNothing(next))))
        return;
    const c = bnChannels(graph, bn);
    if (c === undefined)
        return;
    const name = (0,graph_edit/* freshTensorName */.LN)(graph, `${bn.name}_scale_bias`);
    graph.tensors.set(name, { name, dtype: 'float32', shape: [2, c], data: { kind: 'computed', by: bn.name }, paramsOnly: true });
    next.inputs[0] = x;
    while (next.inputs.length < 3)
        next.inputs.push('');
    next.inputs.push(name);
    // the layer reads x where the BN did; nothing reads the BN's output any more
    idx.consumers.set(x, [...(0,graph_edit/* readersOf */.cU)(idx, x).filter((c) => c !== bn && c !== next), next]);
    idx.consumers.delete(out);
    (0,graph_edit/* absorb */.eE)(next, bn);
    dead.add(bn);
};
/** A Conv whose window never reads outside its input (zero padding would not be the BN of zero). */
function padsNothing(n) {
    const auto = n.attrs['auto_pad'];
    if (auto === 'VALID')
        return true;
    if (auto !== undefined && auto !== 'NOTSET')
        return false;
    const pads = n.attrs['pads'];
    return pads === undefined || (Array.isArray(pads) && pads.every((p) => p === 0));
}

;// CONCATENATED MODULE: ./src/passes/fuse-activation.ts
/**
 * `fuse-activation`: an activation (Relu, Relu6, Clip, LeakyRelu, Sigmoid, Tanh, HardSwish,
 * HardSigmoid) that is the only reader of a Conv / ConvTranspose / Gemm / MatMul / Add / pool
 * output is fused into that op: `node.activation` = its kind, `node.activationAttrs` its
 * parameters (Clip min/max from constant inputs or, before opset 11, attributes; LeakyRelu
 * alpha; HardSigmoid alpha/beta), its name into `fused`. The op then writes the activation's
 * output tensor, so a graph output keeps its name. Frontends that read fused activations from the
 * file (TFLite) set `node.activation` themselves; such nodes are left alone.
 */





const fuseActivationPass = {
    name: 'fuse-activation',
    run(graph) {
        // Stryker disable next-line ConditionalExpression: equivalent, a shortcut only (it spares counting every read): fuseActivations changes nothing in a graph without an activation
        if (graph.nodes.some((n) => (0,traits/* hasTrait */.jp)(n.op, 'fusable-activation')))
            fuseActivations(graph);
        return graph;
    },
};
/**
 * Folds every activation it can into the layer before it, walking the graph once. Nodes are known
 * by their position: who writes what an activation reads comes from the nodes just before it
 * (ir/producers.ts), and each node's count of reads from one walk before the folds (the name-keyed
 * index of producers and readers this replaced held 10 MiB on the 100k-node chain). The layer then
 * writes the activation's output.
 */
function fuseActivations(graph) {
    const nodes = graph.nodes;
    const writers = producersOf(graph);
    const readers = readerCounts(graph, writers);
    const outputs = new Set(graph.outputs);
    const dead = new Uint8Array(nodes.length);
    nodes.forEach((act, a) => {
        if (!(0,traits/* hasTrait */.jp)(act.op, 'fusable-activation'))
            return;
        // Stryker disable next-line StringLiteral: equivalent, no node produces '' or the mutant's text: no producer either way
        const x = act.inputs[0] ?? '';
        const out = act.outputs[0] ?? '';
        const p = writers.find(x, a);
        const op = p === undefined ? undefined : nodes[p];
        if (p === undefined || op === undefined || out === '' || !(0,traits/* hasTrait */.jp)(op.op, 'absorbs-activation') || op.activation !== undefined)
            return;
        if (op.outputs.length !== 1)
            return; // then that one output is x
        // the activation is x's only reader (it reads x: a count of 1 is itself)
        // Stryker disable next-line EqualityOperator: equivalent, the count is at least 1 (the activation's own read)
        if (outputs.has(x) || readers[p] !== 1)
            return;
        const params = activationParams(graph, act);
        if (params === undefined)
            return;
        op.activation = act.op;
        if (Object.keys(params).length > 0)
            op.activationAttrs = params;
        act.outputs = [];
        (0,graph_edit/* renameTensor */.Ao)(graph, x, out, op, [act]);
        (0,graph_edit/* absorb */.eE)(op, act);
        dead[a] = 1;
        // Nothing more to follow: an activation reading `out` finds `op`, or the folded `act` if the map
        // of every output was made before, and neither takes it (`op` has an activation now, `act` is one).
    });
    // Stryker disable next-line ConditionalExpression: equivalent, a shortcut only: filtering out no node keeps the same nodes
    if (dead.includes(1))
        graph.nodes = nodes.filter((_, i) => dead[i] === 0);
}
/**
 * How many reads of each node's outputs there are, per node position: an activation that is the
 * only reader of its input counts 1 there (it reads it once; a Clip reading it as a bound too has
 * no constant bound, so no fold). The reads of a node's nested graphs count too.
 */
function readerCounts(graph, writers) {
    const count = new Int32Array(graph.nodes.length);
    const read = (name, v) => {
        const p = name === '' ? undefined : writers.find(name, v);
        if (p !== undefined)
            (0,arrays/* bump */.$p)(count, p, 1);
    };
    graph.nodes.forEach((n, v) => {
        for (const x of n.inputs)
            read(x, v);
        if (n.subgraphs)
            for (const x of (0,graph_edit/* outerReads */.D5)(n))
                read(x, v);
    });
    return count;
}
/** The activation's parameters, or undefined when they are not constants (then no fusion). */
function activationParams(g, act) {
    const attrs = {};
    const num = (k) => {
        const v = act.attrs[k];
        if (typeof v === 'number')
            attrs[k] = v;
    };
    switch (act.op) {
        case 'Clip': {
            for (const [k, i] of [['min', 1], ['max', 2]]) {
                const name = act.inputs[i] ?? '';
                if (name === '') {
                    num(k);
                    continue;
                }
                const t = g.tensors.get(name);
                if (t?.data === undefined)
                    return undefined;
                const v = (0,tensor_data/* readValues */.N$)(t, 1);
                if (v?.[0] !== undefined)
                    attrs[k] = v[0];
            }
            return attrs;
        }
        case 'LeakyRelu':
            num('alpha');
            return attrs;
        case 'HardSigmoid':
            num('alpha');
            num('beta');
            return attrs;
        default:
            return attrs;
    }
}

;// CONCATENATED MODULE: ./src/passes/clone.ts
function cloneGraph(g) {
    const out = { ...g, tensors: new Map(), nodes: g.nodes.map(cloneNode), inputs: [...g.inputs], outputs: [...g.outputs] };
    if (g.outerRefs !== undefined)
        out.outerRefs = [...g.outerRefs];
    for (const [name, t] of g.tensors)
        out.tensors.set(name, cloneTensor(t));
    return out;
}
function cloneTensor(t) {
    const c = { ...t };
    if (t.shape !== undefined)
        c.shape = [...t.shape];
    if (t.quant !== undefined)
        c.quant = { ...t.quant, scale: [...t.quant.scale], zeroPoint: [...t.quant.zeroPoint] };
    return c;
}
function cloneNode(n) {
    const c = { ...n, inputs: [...n.inputs], outputs: [...n.outputs], attrs: { ...n.attrs } };
    if (n.fused !== undefined)
        c.fused = [...n.fused];
    if (n.activationAttrs !== undefined)
        c.activationAttrs = { ...n.activationAttrs };
    if (n.subgraphs !== undefined) {
        const subs = {};
        for (const [k, sg] of Object.entries(n.subgraphs))
            subs[k] = cloneGraph(sg);
        c.subgraphs = subs;
    }
    return c;
}

// EXTERNAL MODULE: ./src/ops/quant.ts
var quant = __webpack_require__(351);
;// CONCATENATED MODULE: ./src/ops/binary-kernels.ts
/**
 * ST Edge AI Core's binary (DQNN) kernels, as its runtime declares them (METRICS.md "Binary
 * layers"): the forward functions of the headers layers_conv2d_dqnn.h and layers_dense_dqnn.h of
 * X-CUBE-AI's Middlewares/ST/AI/Inc, as committed in public projects
 * (embeddip/examples-stm32@2034c6dc49). A function is named by its family and formats,
 * `forward_<family>_i<in>o<out>w<weights>` (s1 binary, s8 / s16 integer, f32 float), then `_bn`
 * when a BN is folded into it, then, for a padded convolution, the value it pads with: `_pad0`
 * (zero, QKeras-like) or `_pad1` (-1 / +1, Larq-like), then `_fxp` for the 16-bit fixed-point
 * ones; a function without `_pad` takes no padding (valid). Left out: the `_optimN` variants of a
 * function (the same kernel under the runtime's extra assumptions), the DoReFa conv2d, the
 * unsigned-16-bit-output (`ou16`) conv2d, and the dense `_bn` twins (stedgeai's dense layers keep
 * their bias). Where a layer's formats have no kernel, stedgeai runs it in float (passes/binary.ts).
 */
/** The function names, as the headers spell them. */
const ST_BINARY_KERNELS = [
    // layers_conv2d_dqnn.h
    'forward_pw_is1os1ws1_bn', 'forward_pw_is1os8ws1_bn', 'forward_pw_is1of32ws1_bn',
    'forward_conv2d_is1os1ws1_bn', 'forward_conv2d_is1os8ws1_bn',
    'forward_conv2d_is1os1ws1_bn_pad0', 'forward_conv2d_is1os8ws1_bn_pad0',
    'forward_conv2d_is1os1ws1_bn_pad1', 'forward_conv2d_is1os8ws1_bn_pad1',
    'forward_conv2d_is8os1ws8', 'forward_conv2d_is16os1ws1_bn_fxp', 'forward_conv2d_is16os16ws1_fxp',
    'forward_dw_is1os1ws1_bn', 'forward_dw_is1os1ws1_bn_pad0', 'forward_dw_is1os1ws1_bn_pad1',
    'forward_conv2d_is8os8ws1', 'forward_conv2d_is1os16ws1_bn_pad0_fxp', 'forward_conv2d_is1os16ws1_bn_pad1_fxp',
    // layers_dense_dqnn.h
    ...['is1os1ws1', 'is1os8ws1', 'is1os16ws1', 'is1of32ws1', 'is1of32wf32', 'is1of32ws8', 'is1os1ws8', 'is1os8ws8', 'is1os16ws8',
        'is8of32ws1', 'is8os1ws1', 'is8os8ws1', 'is8os16ws1', 'is16os1ws1', 'is16os8ws1', 'is16os16ws1', 'is16of32ws1',
        'if32os1ws1', 'if32os8ws1', 'if32os16ws1', 'if32of32ws1'].map((k) => `forward_dense_${k}`),
];
const NAME = /^forward_(conv2d|pw|dw|dense)_i(s1|s8|s16|f32)o(s1|s8|s16|f32)w(s1|s8|f32)(?:_bn)?(?:_(pad0|pad1))?(?:_fxp)?$/;
/** A name of the list, read back into its family, formats and padding. */
function parseKernel(name) {
    const m = NAME.exec(name);
    if (!m)
        return undefined;
    const [, family, input, output, weights, padding] = m;
    return { name, family, formats: { input, output, weights }, padding: padding ?? 'valid' };
}
const KERNELS = ST_BINARY_KERNELS.map((n) => parseKernel(n));
const same = (a, b) => a.input === b.input && a.output === b.output && a.weights === b.weights;
/** The runtime function for these formats and padding, or undefined when there is none. */
function binaryKernel(family, f, padding) {
    return KERNELS.find((k) => k.family === family && k.padding === padding && same(k.formats, f))?.name;
}
/** The format triples the family has for a padding, in the headers' order (for messages). */
function kernelFormats(family, padding) {
    return KERNELS.filter((k) => k.family === family && k.padding === padding).map((k) => k.formats);
}

// EXTERNAL MODULE: ./src/ops/util/spatial.ts
var util_spatial = __webpack_require__(7805);
;// CONCATENATED MODULE: ./src/passes/binary.ts












const isQuantizer = (n) => (n.op === 'BipolarQuant' || n.op === 'Quant') && typeof n.attrs['larq_quantizer'] === 'string';
const binary_WEIGHTED = new Set(['Conv', 'Gemm']);
const binaryPass = {
    name: 'binary',
    run(graph, ctx) {
        // Stryker disable next-line ConditionalExpression: equivalent, a shortcut: int1 tensors come only from Larq quantizers (no format stores int1) and a layer's weights count only under the Larq attribute, so without either nothing below applies
        if (!graph.nodes.some((n) => isQuantizer(n) || n.attrs['larq'] === true))
            return graph;
        fuseQuantizers(graph, ctx);
        const idx = (0,graph_edit/* buildUseIndex */.kK)(graph);
        const conversions = new Map();
        // the float fallbacks add conversions around their layer: the node list is rebuilt once
        const nodes = [];
        for (const node of graph.nodes) {
            const around = binary_WEIGHTED.has(node.op) && isBinaryLayer(graph, node) ? lowerLayer(graph, idx, node, ctx, conversions) : undefined;
            (0,arrays/* append */.BC)(nodes, around ? [...around.before, node, ...around.after] : [node]);
        }
        graph.nodes = nodes;
        return graph;
    },
};
/** A Larq layer's weighted node, or any layer a binary tensor flows in or out of. */
function isBinaryLayer(g, n) {
    return (n.attrs['larq'] === true && (0,tensor_named/* tensorNamed */.B)(g, n.inputs[1])?.storageBits === 1) || (0,tensor_named/* tensorNamed */.B)(g, n.inputs[0])?.dtype === 'int1' || (0,tensor_named/* tensorNamed */.B)(g, n.outputs[0])?.dtype === 'int1';
}
/** Output channels of a Conv / Gemm from its weights. */
function outChannels(g, n) {
    const w = (0,tensor_named/* tensorNamed */.B)(g, n.inputs[1])?.shape;
    return w ? (0,conv/* outChannelCount */.p8)(n, w) : undefined;
}
function newConstant(g, base, shape, by) {
    const name = (0,graph_edit/* freshTensorName */.LN)(g, base);
    g.tensors.set(name, { name, dtype: 'float32', shape, data: { kind: 'computed', by }, byCompiler: true });
    return name;
}
/** The integer type a quantizer writes: int1 for a sign, int8 / int16 for k bits. */
function quantizedType(g, q) {
    if (q.op === 'BipolarQuant')
        return 'int1';
    return ((0,quant/* quantBitwidth */.N)((0,tensor_named/* tensorNamed */.B)(g, q.inputs[3])) ?? 8) <= 8 ? 'int8' : 'int16';
}
/** Operators that compute in their inputs' integer type (ST runs them with integer kernels). */
function keepsType(n, type) {
    // (quantizers never get here: fuseQuantizers handles them instead)
    if (binary_WEIGHTED.has(n.op) || n.subgraphs)
        return false;
    const moves = (0,traits/* hasTrait */.jp)(n.op, 'data-movement') || n.op === 'Concat';
    // binary values only move or take a maximum (ST's maxpool_is1os1); 8 / 16-bit ones go through
    // element-wise, pooling and data-movement kernels
    if (type === 'int1')
        return moves || n.op === 'MaxPool' || n.op === 'GlobalMaxPool';
    return moves || (0,traits/* hasTrait */.jp)(n.op, 'streams-elements') || (0,traits/* hasTrait */.jp)(n.op, 'streams-rows') || n.op === 'GlobalAveragePool' || n.op === 'GlobalMaxPool';
}
/** A node whose activation inputs all have one integer type writes that type. */
function propagateType(g, n) {
    const acts = n.inputs.map((i) => (0,tensor_named/* tensorNamed */.B)(g, i)).filter((t) => t !== undefined && t.data === undefined);
    // no activation input: the type is undefined, which the list does not hold
    const type = acts[0]?.dtype;
    if (!['int1', 'int8', 'int16'].includes(type) || !acts.every((t) => t.dtype === type) || !keepsType(n, type))
        return;
    for (const o of n.outputs) {
        const t = (0,tensor_named/* tensorNamed */.B)(g, o);
        if (t && (0,ir_dtype/* isFloat */.dk)(t.dtype))
            t.dtype = type;
    }
}
/**
 * Steps 1-3, in execution order: each quantizer into the graph input, into the layer before it,
 * through a Concat (sign(concat(a, b)) = concat(sign(a), sign(b))), onto an identical one reading
 * the same tensor, away when its input already has its type (an integer Add or pooling in between
 * keeps its inputs' type), else a standalone conversion. Returns the use index, kept up to date.
 */
function fuseQuantizers(g, ctx) {
    const dead = new Set();
    const handled = new Set();
    /** Nodes to insert before a node (the signs moved before a Concat), placed when the list is rebuilt. */
    const before = new Map();
    // one use index, kept up to date by every rewrite below
    const idx = (0,graph_edit/* buildUseIndex */.kK)(g);
    // (handle rewires a quantizer only once its input and output tensors are found: both names exist)
    const rewire = (q, to) => {
        const x = q.inputs[0];
        const y = q.outputs[0];
        const moved = (0,graph_edit/* readersOf */.cU)(idx, y);
        (0,graph_edit/* replaceUses */.zW)(g, y, to, moved);
        // Stryker disable next-line MethodExpression,ConditionalExpression: equivalent, q reads `to` only when `to` is x, and q leaves x's readers just below
        idx.consumers.set(to, [...(0,graph_edit/* readersOf */.cU)(idx, to).filter((n) => n !== q), ...moved.filter((n) => !(0,graph_edit/* readersOf */.cU)(idx, to).includes(n))]);
        idx.consumers.delete(y);
        idx.producer.delete(y);
        idx.consumers.set(x, (0,graph_edit/* readersOf */.cU)(idx, x).filter((n) => n !== q)); // q no longer reads x (when x is `to`, already so)
        if (idx.graphOutputs.has(y)) {
            g.outputs = g.outputs.map((o) => (o === y ? to : o));
            idx.graphOutputs.delete(y);
            idx.graphOutputs.add(to);
        }
        dead.add(q);
    };
    const handle = (q) => {
        handled.add(q);
        // Stryker disable next-line StringLiteral: equivalent, no tensor is named '' or the mutant's text: the quantizer is left either way
        const x = q.inputs[0] ?? '';
        // Stryker disable next-line StringLiteral: equivalent, no tensor is named '' or the mutant's text: the quantizer is left either way
        const y = q.outputs[0] ?? '';
        const xt = (0,tensor_named/* tensorNamed */.B)(g, x);
        const yt = (0,tensor_named/* tensorNamed */.B)(g, y);
        if (!xt || !yt)
            return;
        const type = quantizedType(g, q);
        // Stryker disable next-line MethodExpression: equivalent, a quantizer that goes leaves its input's readers as it goes (rewire), so none is dead here
        const readers = (0,graph_edit/* readersOf */.cU)(idx, x).filter((n) => !dead.has(n));
        const alone = readers.length === 1 && !idx.graphOutputs.has(x);
        const p = idx.producer.get(x);
        // a twin: the same quantizer (Larq's name for it: ste_sign, 4bit, 8bit...) of the same type; a
        // 4-bit and an 8-bit Quant both store int8 but compute different values
        const twin = readers.find((n) => n !== q && handled.has(n) && isQuantizer(n) && n.attrs['larq_quantizer'] === q.attrs['larq_quantizer'] && quantizedType(g, n) === type);
        if (xt.dtype === type) {
            rewire(q, x); // already of that type (the layer before wrote it)
        }
        else if (twin) {
            rewire(q, twin.outputs[0]); // a handled twin kept its output
        }
        else if (alone && idx.graphInputs.has(x)) {
            xt.dtype = type;
            rewire(q, x);
            ctx.diagnostics.push((0,diagnostic/* diag */.sm)('I_BINARY', `input '${x}' is quantized by ${q.sourceOp} '${q.name}' (${String(q.attrs['larq_quantizer'])}): the network reads it as ${type}${type === 'int1' ? ', 32 channels to a word' : ''}`, x));
        }
        else if (alone && p && binary_WEIGHTED.has(p.op) && p.activation === undefined && p.outputs[0] === x && outChannels(g, p) !== undefined) {
            if (type === 'int1') {
                p.inputs[2] = newConstant(g, `${p.name}_threshold`, [outChannels(g, p)], `${q.name}: the sign folded into ${p.name}`);
                p.attrs['threshold'] = true;
            }
            xt.dtype = type;
            (0,graph_edit/* absorb */.eE)(p, q);
            rewire(q, x);
        }
        else if (alone && p?.op === 'Concat' && q.op === 'BipolarQuant' && p.outputs[0] === x) {
            // the sign moves before the Concat, one per input; the Concat then joins binary tensors
            const signs = p.inputs.map((input, i) => {
                const out = (0,graph_edit/* freshTensorName */.LN)(g, `${q.name}_${i}`);
                const it = (0,tensor_named/* tensorNamed */.B)(g, input);
                // Stryker disable next-line StringLiteral: equivalent, handle(s) below types this output or removes it
                g.tensors.set(out, { name: out, dtype: 'float32', ...(it?.shape ? { shape: [...it.shape] } : {}) });
                const s = { name: out, op: 'BipolarQuant', sourceOp: q.sourceOp, inputs: [input], outputs: [out], attrs: { ...q.attrs } };
                idx.consumers.set(input, [...(0,graph_edit/* readersOf */.cU)(idx, input).filter((n) => n !== p), s]);
                idx.producer.set(out, s);
                idx.consumers.set(out, [p]);
                return s;
            });
            before.set(p, [...(before.get(p) ?? []), ...signs]);
            p.inputs = signs.map((s) => s.outputs[0]); // each sign was built with one output
            for (const s of signs)
                handle(s);
            xt.dtype = type;
            (0,graph_edit/* absorb */.eE)(p, q);
            rewire(q, x);
        }
        else {
            yt.dtype = type;
        }
    };
    for (const n of g.nodes) {
        // Stryker disable next-line ConditionalExpression: equivalent, only a quantizer being handled goes dead, after its turn: no node is dead before it is visited
        if (dead.has(n))
            continue;
        if (isQuantizer(n))
            handle(n);
        else
            propagateType(g, n);
    }
    g.nodes = g.nodes.flatMap((n) => [...(before.get(n) ?? []), n]).filter((n) => !dead.has(n));
    return idx;
}
const FORMATS = new Set(['s1', 's8', 's16', 'f32']);
/** A tensor's format as the kernel names spell it (shortDType), when a kernel takes it. */
// Stryker disable next-line BooleanLiteral: equivalent, only folded constants carry storageBits, and a layer's input and output are activations
function formatOf(t, weights = false) {
    if (!t)
        return undefined;
    if (weights && t.storageBits === 1)
        return 's1';
    const f = (0,ir_dtype/* shortDType */.Vt)(t.dtype);
    return FORMATS.has(f) ? f : undefined;
}
function familyOf(g, n) {
    if (n.op === 'Gemm')
        return 'dense';
    const x = (0,tensor_named/* tensorNamed */.B)(g, n.inputs[0]);
    const w = (0,tensor_named/* tensorNamed */.B)(g, n.inputs[1]);
    // Stryker disable next-line OptionalChaining: equivalent, lowerLayer calls familyOf only once formatOf has found the input and weights tensors, so neither is undefined
    if (!x?.shape || !w?.shape)
        return undefined;
    const cin = (0,util_spatial/* splitShape */.iY)(n, x.shape).channels;
    const group = n.attrs['weight_layout'] === 'IHWO' ? cin : (0,attrs/* attrInt */.NN)(n, 'group', 1);
    if (group !== 1)
        return group === cin ? 'dw' : undefined;
    // Stryker disable next-line BooleanLiteral: equivalent, `transposed` only picks the default layout (OIHW or IOHW), and both hold the kernel at dims 2..
    const ones = (0,conv/* weightDims */.M4)(n, w.shape, false).kernel.every((k) => k === 1);
    return ones && ((0,attrs/* attrInts */.yO)(n, 'strides') ?? []).every((s) => s === 1) ? 'pw' : 'conv2d';
}
/** 'valid' when the window never reads outside the input, else by the layer's `pad_value`. */
function paddingOf(g, n) {
    // Stryker disable next-line ConditionalExpression: equivalent, a Gemm has no kernel dims: no pads, so the walk below finds 'valid' too
    if (n.op !== 'Conv')
        return 'valid';
    const x = (0,tensor_named/* tensorNamed */.B)(g, n.inputs[0]);
    const y = (0,tensor_named/* tensorNamed */.B)(g, n.outputs[0]);
    const w = (0,tensor_named/* tensorNamed */.B)(g, n.inputs[1]);
    // Stryker disable next-line OptionalChaining: equivalent, lowerLayer calls paddingOf only once formatOf has found the input, output and weights tensors, so none is undefined
    if (!x?.shape || !y?.shape || !w?.shape)
        return 'valid';
    // Stryker disable next-line BooleanLiteral: equivalent, `transposed` only picks the default layout (OIHW or IOHW), and both hold the kernel at dims 2..
    const kernel = (0,conv/* weightDims */.M4)(n, w.shape, false).kernel.map((d) => ((0,dims/* isNum */.T6)(d) ? d : 1));
    const pads = (0,util_spatial/* resolvedPads */.Jv)((0,util_spatial/* geometry */.lC)(n, kernel), (0,util_spatial/* splitShape */.iY)(n, x.shape).spatial, (0,util_spatial/* splitShape */.iY)(n, y.shape).spatial);
    if (!pads || pads.every((p) => p === 0))
        return 'valid';
    return n.attrs['pad_value'] === 0 || n.attrs['pad_value'] === undefined ? 'pad0' : 'pad1';
}
const FIX = {
    input: "give the layer input_quantizer='ste_sign'",
    weights: "give the layer kernel_quantizer='ste_sign'",
    output: "binarize its output (the next layer's input_quantizer='ste_sign'), or keep the layer in float",
};
/** Why no kernel takes these formats: the first of input, weights, output no kernel of the family accepts with the others. */
function whyNoKernel(family, f, padding, what) {
    if (family === undefined)
        return { why: `${what} is a grouped convolution: no binary kernel computes one`, fix: 'use groups=1 or a depthwise layer' };
    const have = kernelFormats(family, padding);
    const name = `${family === 'pw' ? 'pointwise' : family === 'dw' ? 'depthwise' : family === 'dense' ? 'dense' : 'K x K'} kernels${padding === 'valid' ? '' : ` padding with ${padding === 'pad0' ? '0' : '-1/+1'}`}`;
    // only padding leaves a family without kernels (no pointwise kernel pads)
    if (have.length === 0)
        return { why: `no ${name} exist`, fix: "drop the padding (padding='valid')" };
    const list = (k, xs) => [...new Set(xs.map((x) => x[k]))].join(', ');
    const withIn = have.filter((h) => h.input === f.input);
    if (withIn.length === 0)
        return { why: `its input is ${f.input}: the ${name} read ${list('input', have)}`, fix: FIX.input };
    const withW = withIn.filter((h) => h.weights === f.weights);
    if (withW.length === 0)
        return { why: `its weights are ${f.weights}: with a ${f.input} input the ${name} take ${list('weights', withIn)} weights`, fix: FIX.weights };
    return { why: `it writes ${f.output}: with ${f.input} input and ${f.weights} weights the ${name} write ${list('output', withW)}`, fix: FIX.output };
}
/** Picks the layer's kernel, or lowers it to float; returns the conversions to place around it. */
function lowerLayer(g, idx, n, ctx, conversions) {
    const f = { input: formatOf((0,tensor_named/* tensorNamed */.B)(g, n.inputs[0])), output: formatOf((0,tensor_named/* tensorNamed */.B)(g, n.outputs[0])), weights: formatOf((0,tensor_named/* tensorNamed */.B)(g, n.inputs[1]), true) };
    if (f.input === undefined || f.output === undefined || f.weights === undefined)
        return undefined;
    const formats = f;
    const family = familyOf(g, n);
    const padding = paddingOf(g, n);
    const kernel = family ? binaryKernel(family, formats, padding) : undefined;
    const what = `${n.sourceOp} '${n.name}'`;
    const w = (0,tensor_named/* tensorNamed */.B)(g, n.inputs[1]);
    if (kernel !== undefined) {
        // Stryker disable next-line OptionalChaining: equivalent, a kernel was found for the weights' format, so their tensor exists
        if (w?.storageBits === 1 && w.shape)
            w.packedAxis = family === 'dw' ? (0,conv/* outChannelAxis */.VF)(n, w.shape.length) : (0,conv/* inChannelAxis */.sH)(n, w.shape.length);
        // known here: a kernel was found, so the weights are a constant of static shape
        const cout = outChannels(g, n);
        if (family !== 'dense' && formats.input === 's1' && formats.output !== 's1') {
            // the `_bn` kernels writing s8 / s16 / f32 read a scale and an offset (the bias, passes/bias.ts) per channel
            n.inputs[3] = newConstant(g, `${n.name}_scale`, [cout], `the scale ${kernel} reads`);
        }
        ctx.diagnostics.push((0,diagnostic/* diag */.sm)('I_BINARY', `${what} runs binarized: ${kernel} (input ${formats.input}, weights ${formats.weights}, output ${formats.output})`, n.name));
        return undefined;
    }
    const { why, fix } = whyNoKernel(family, formats, padding, what);
    if (padding === 'pad1') {
        throw new diagnostic/* FootprintError */.E0('E_NOT_IMPLEMENTED', `${what} (padded with ${String(n.attrs['pad_value'])}) with formats input ${formats.input}, weights ${formats.weights}, output ${formats.output} is not supported: ${why}, and a float convolution pads with 0 only. Set pad_values=0 (the layer then runs in float), padding='valid', or ${fix}`, { node: n.name });
    }
    ctx.diagnostics.push((0,diagnostic/* diag */.sm)('W_BINARY_FALLBACK', `${what} runs in float (smul_f32_f32): ${why}; to keep it binary, ${fix}`, n.name));
    return runInFloat(g, idx, n, formats, conversions);
}
/** The float fallback: unpack the input, float weights, a sign after it if its output was binary. */
function runInFloat(g, idx, n, f, conversions) {
    const around = { before: [], after: [] };
    // (a layer runs in float only once its input, weights and output formats are found: the names exist)
    const x = n.inputs[0];
    const xt = (0,tensor_named/* tensorNamed */.B)(g, x);
    if (f.input === 's1' && xt) {
        let conv = conversions.get(x);
        if (conv === undefined) {
            const from = idx.producer.get(x)?.name ?? x;
            const name = (0,graph_edit/* freshTensorName */.LN)(g, `${from}_0_conversion`);
            conv = `${name}_output`;
            g.tensors.set(conv, { name: conv, dtype: 'float32', ...(xt.shape ? { shape: [...xt.shape] } : {}) });
            around.before.push({ name, op: 'DequantizeLinear', sourceOp: 'Conversion', inputs: [x], outputs: [conv], attrs: {} });
            conversions.set(x, conv);
        }
        n.inputs[0] = conv;
    }
    const w = (0,tensor_named/* tensorNamed */.B)(g, n.inputs[1]);
    // Stryker disable next-line ConditionalExpression: equivalent, the weights' format was found, so their tensor exists
    if (w)
        delete w.storageBits;
    if (f.output === 's1') {
        // un-fuse the sign: the layer writes float, a conversion after it binarizes
        delete n.attrs['threshold'];
        const y = n.outputs[0];
        const floatOut = (0,graph_edit/* freshTensorName */.LN)(g, `${n.name}_float`);
        const yt = (0,tensor_named/* tensorNamed */.B)(g, y);
        // Stryker disable next-line OptionalChaining: equivalent, runInFloat runs only once formatOf has found the output tensor (its format is s1 here), so yt is defined
        g.tensors.set(floatOut, { name: floatOut, dtype: 'float32', ...(yt?.shape ? { shape: [...yt.shape] } : {}) });
        n.outputs[0] = floatOut;
        around.after.push({ name: (0,graph_edit/* freshTensorName */.LN)(g, `${n.name}_sign`), op: 'BipolarQuant', sourceOp: 'Conversion', inputs: [floatOut], outputs: [y], attrs: { larq_quantizer: 'ste_sign' } });
    }
    return around;
}

;// CONCATENATED MODULE: ./src/passes/bias.ts





const GETS_BIAS = new Set(['Conv', 'ConvTranspose', 'Gemm']);
/** Every such bias's data, one object (its name, `<layer>_bias`, says whose: 33k texts on the 100k-node chain). */
const ZERO_BIAS = Object.freeze({ kind: 'computed', by: 'the zero bias stedgeai gives a layer without one' });
/** Output channels of a layer with constant weights. */
function bias_outChannels(g, n) {
    const w = (0,tensor_named/* tensorNamed */.B)(g, n.inputs[1]);
    return w?.shape && w.data !== undefined ? (0,conv/* outChannelCount */.p8)(n, w.shape) : undefined;
}
const biasPass = {
    name: 'bias',
    run(graph) {
        const takers = graph.nodes.filter((n) => GETS_BIAS.has(n.op) && (n.inputs[2] ?? '') === '' && n.outputs.length === 1);
        // a map from weights to their bias only when layers share weights (an unrolled RNN's steps): a
        // map of every conv's weights was 3 MiB on the 100k-node chain, outliving the young generation
        const byWeights = (0,arrays/* sortedHasRepeat */.Rt)(takers.map((n) => n.inputs[1] ?? '')) ? new Map() : undefined;
        for (const n of takers) {
            const cout = bias_outChannels(graph, n);
            if (cout === undefined)
                continue;
            const w = n.inputs[1]; // constant weights were found under it
            let bias = byWeights?.get(w);
            if (bias === undefined) {
                bias = (0,graph_edit/* freshTensorName */.LN)(graph, `${n.name}_bias`);
                graph.tensors.set(bias, { name: bias, dtype: n.integer === true ? 'int32' : 'float32', shape: (0,ir_shape/* sharedShape */.jl)([cout]), data: ZERO_BIAS, byCompiler: true });
                byWeights?.set(w, bias);
            }
            // after the weights (input 1), in a new list: an element set past a list's end reserves 17 spare
            // slots (the 100k-node chain's 33k convs: 4.5 MiB held to the end)
            n.inputs = [n.inputs[0], w, bias, ...n.inputs.slice(3)];
        }
        return graph;
    },
};

;// CONCATENATED MODULE: ./src/passes/io-boundary.ts



const moves = (n) => (0,traits/* hasTrait */.jp)(n.op, 'data-movement') && n.outputs.length === 1;
function fromInput(g, idx, name) {
    let t = name;
    for (let hops = 0; hops < 16; hops++) {
        const readers = (0,graph_edit/* readersOf */.cU)(idx, t);
        const r = readers[0];
        if (readers.length !== 1 || !r || idx.graphOutputs.has(t))
            return undefined;
        // Stryker disable next-line StringLiteral: equivalent, no tensor is named '' or the mutant's text, and neither '' nor 'unknown' (nor the mutant's) is an integer type
        if (r.op === 'QuantizeLinear')
            return (0,ir_dtype/* isInteger */.Fq)(g.tensors.get(r.outputs[0] ?? '')?.dtype ?? 'unknown') ? r : undefined;
        if (!moves(r) || r.inputs[0] !== t)
            return undefined;
        t = r.outputs[0]; // moves: exactly one output
    }
    return undefined;
}
function toOutput(idx, name) {
    let t = name;
    for (let hops = 0; hops < 16; hops++) {
        const p = idx.producer.get(t);
        if (!p)
            return undefined;
        if (p.op === 'DequantizeLinear')
            return p;
        // Stryker disable next-line StringLiteral: equivalent, nothing produces '' or the mutant's text: the walk stops at the next step either way
        const x = p.inputs[0] ?? '';
        if (!moves(p) || (0,graph_edit/* readersOf */.cU)(idx, x).length !== 1)
            return undefined;
        t = x;
    }
    return undefined;
}
const ioBoundaryPass = {
    name: 'io-boundary',
    run(graph, ctx) {
        // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: equivalent, for the Q/DQ shortcut: without a Q or DQ node no input reaches a Q and no output a DQ
        if (ctx.options.quantizedIo === false || ctx.model.format !== 'onnx' || !graph.nodes.some((n) => n.op === 'QuantizeLinear' || n.op === 'DequantizeLinear'))
            return graph;
        const idx = (0,graph_edit/* buildUseIndex */.kK)(graph);
        for (const i of graph.inputs) {
            const q = fromInput(graph, idx, i);
            if (q)
                q.attrs['io_boundary'] = true;
        }
        for (const o of graph.outputs) {
            const dq = toOutput(idx, o);
            if (dq)
                dq.attrs['io_boundary'] = true;
        }
        return graph;
    },
};

;// CONCATENATED MODULE: ./src/passes/pipeline.ts












/**
 * The passes in the order they run (shape inference twice, the second time quietly after QDQ
 * folding, when there were Q/DQ nodes to fold; `cleanup` twice). BatchNorm folding and activation fusion run before QDQ folding so that `Conv -> Relu -> Q -> DQ` (the usual QDQ
 * export) folds as one int8 group: the Q then follows the fused conv directly. Activation fusion
 * runs again after it for `Conv -> Q -> DQ -> Relu` (ST's optimized ONNX): the Relu then reads the
 * conv's int8 output directly.
 */
const PIPELINE = [
    verifyPass,
    inputShapesPass,
    shapesPass,
    cleanupPass,
    batchnormPass,
    fuseActivationPass,
    batchnormForwardPass,
    qdqPass,
    fuseActivationPass,
    refoldPass,
    ioBoundaryPass,
    biasPass,
    binaryPass,
    cleanupPass,
];
/**
 * The invariants are checked after every pass up to this many nodes (every real edge model, and
 * every test graph); beyond, once after the last pass (a failure then lists the passes that ran):
 * on a 100k-node graph the per-pass checks cost as much as the passes themselves.
 */
const VERIFY_EACH_PASS_MAX_NODES = 20_000;
/**
 * `inPlace`: rewrite the model's own graph instead of a copy (analyzeModel, which owns the model
 * it read: on a 100k-node graph the copy is 60 MiB held next to the original for nothing).
 */
function runPipeline(model, options, passes = PIPELINE, inPlace = false) {
    const opset = model.meta['opset'];
    const ctx = {
        model,
        options,
        diagnostics: [],
        opset: typeof opset === 'number' ? opset : typeof opset === 'string' && /^\d+$/.test(opset) ? Number(opset) : undefined,
    };
    let graph = inPlace ? model.graph : cloneGraph(model.graph);
    const eachPass = model.graph.nodes.length <= VERIFY_EACH_PASS_MAX_NODES;
    for (const pass of passes) {
        graph = pass.run(graph, ctx);
        if (eachPass)
            verifyInvariants(graph, pass.name);
    }
    // Stryker disable next-line ConditionalExpression: equivalent, after checks at every pass one more check of the same graph finds nothing new
    if (!eachPass)
        verifyInvariants(graph, passes.map((p) => p.name).join(', '));
    return { graph, diagnostics: ctx.diagnostics, opset: ctx.opset };
}

// EXTERNAL MODULE: ./src/ir/packing.ts
var packing = __webpack_require__(1444);
;// CONCATENATED MODULE: ./src/metrics/weights.ts
/**
 * Byte accounting for constant tensors (METRICS.md "Parameters and weights (ROM)").
 * weights (ro) = sum over constant arrays of alignUp(bytes at storage width, 4).
 */



function alignUp(n, to) {
    return Math.ceil(n / to) * to;
}
/** Items in a constant (0 when its shape is not static). */
function itemCount(t) {
    return (0,ir_shape/* elementCount */.KX)(t.shape) ?? 0;
}
/** Bytes at storage width, not aligned (the `params #` figure). */
function rawBytes(t) {
    return (0,ir_dtype/* storageBytes */.PT)(t.dtype, itemCount(t));
}
/** One constant array in ROM: storage bytes (packed at `storageBits` when set) rounded up to 4. */
function weightBytes(t) {
    const packed = (0,packing/* packedBytes */.uM)(t);
    if (packed !== undefined)
        return packed;
    return alignUp(t.storageBits !== undefined ? Math.ceil((itemCount(t) * t.storageBits) / 8) : rawBytes(t), 4);
}
/**
 * Whether a constant would be a float32 array in the float model: float data, quantized or
 * small-integer weights/biases. Not int64/bool/string (indices, masks).
 */
function isFloatable(dtype) {
    if ((0,ir_dtype/* isFloat */.dk)(dtype))
        return true;
    return (0,ir_dtype/* isInteger */.Fq)(dtype) && ir_dtype/* DTYPE_BITS */.iA[dtype] <= 32;
}
/** Bytes of the constant in the float model (every item float32); its own bytes when not float-able. */
function floatWeightBytes(t) {
    return isFloatable(t.dtype) ? alignUp(itemCount(t) * 4, 4) : weightBytes(t);
}
/**
 * Per-channel quantization parameters stored beside a constant: float32 scales, zero points at
 * the quantized storage width, each array aligned to 4. Per-tensor parameters (one scale) are
 * folded into the kernel's constants and not counted.
 */
function quantParamBytes(t) {
    const q = t.quant;
    if (!q || q.scale.length <= 1)
        return 0;
    const zpType = q.dtype ?? ((0,ir_dtype/* isInteger */.Fq)(t.dtype) ? t.dtype : 'int8');
    const zp = q.zeroPoint.length > 0 ? alignUp((0,ir_dtype/* storageBytes */.PT)(zpType, q.zeroPoint.length), 4) : 0;
    return alignUp(q.scale.length * 4, 4) + zp;
}

;// CONCATENATED MODULE: ./src/metrics/optypes.ts
/**
 * Operation types, like stedgeai's "Number of operation types": each layer's MACC goes in one
 * bucket named after what it computes and the data types it computes with.
 *   smul_<in>_<weights>  multiply-accumulate (Conv, Gemm, MatMul, RNN cells)
 *   conv_<in>_<out>      conversion (QuantizeLinear, DequantizeLinear, Requantize, Cast)
 *   op_<in>_<out>        anything else (nonlinearity, elementwise, pooling, normalization)
 * Binary layers as seed 001's reports name them: a binary input with binary weights is
 * `sxor_s1_s1` (xor and popcount), a conversion to or from int1 is `smul_<in>_<out>`
 * (`smul_s1_f32`); weights quantized offline are typed by their storage: 1 bit `s1`, up to 8 bits
 * `s8`, more `s16`.
 */

function dtypeOf(t) {
    // weights quantized offline (Larq, QONNX): the integer type they are stored at
    const bits = t?.data !== undefined ? t.storageBits : undefined;
    if (bits !== undefined)
        return bits === 1 ? 'int1' : bits <= 8 ? 'int8' : 'int16';
    return t?.dtype;
}
function optypes_short(d) {
    return d === undefined ? 'unknown' : (0,ir_dtype/* shortDType */.Vt)(d);
}
/** The node's operands come from its rule context (the metrics' one per node; names resolve through enclosing graphs). */
function operationType(ctx, role) {
    const node = ctx.node;
    const input = dtypeOf(ctx.input(0));
    const output = dtypeOf(ctx.output(0));
    if (role === 'quantization' || node.op === 'Cast')
        return interned(`${input === 'int1' || output === 'int1' ? 'smul' : 'conv'}_${optypes_short(input)}_${optypes_short(output)}`);
    if (role === 'compute') {
        const second = dtypeOf(ctx.input(1)) ?? input;
        return interned(`${input === 'int1' && second === 'int1' ? 'sxor' : 'smul'}_${optypes_short(input)}_${optypes_short(second)}`);
    }
    return interned(`op_${optypes_short(input ?? output)}_${optypes_short(output ?? input)}`);
}
/** One string per operation type, whatever the number of layers (the 100k chain held 66k copies of two). */
const TYPE_NAMES = new Map();
/** The one copy of `name` (a bounded set: four prefixes, each with two short dtype names). */
function interned(name) {
    const known = TYPE_NAMES.get(name);
    if (known !== undefined)
        return known;
    TYPE_NAMES.set(name, name);
    return name;
}
/**
 * A control node's MACC by the types that make it up: its own cost in its bucket, then its
 * subgraphs' layers times their repeat (a non-counted If branch adds nothing).
 */
function leaves(layers, factor, add) {
    for (const l of layers) {
        if (!l.subgraphs) {
            add(l.macc * factor, l.operationType);
            continue;
        }
        const inner = l.subgraphs.reduce((s, g) => s + g.repeat * g.layers.reduce((a, x) => a + x.macc, 0), 0);
        add(Math.max(0, l.macc - inner) * factor, l.operationType);
        for (const g of l.subgraphs)
            if (g.repeat > 0)
                leaves(g.layers, factor * g.repeat, add);
    }
}
/** Buckets by type in order of first appearance; layers with 0 MACC are left out. */
function operationTypes(layers) {
    const byType = new Map();
    let total = 0;
    // each leaf added as it is found (not first listed: an object per layer)
    leaves(layers, 1, (macc, type) => {
        if (macc <= 0)
            return;
        byType.set(type, (byType.get(type) ?? 0) + macc);
        total += macc;
    });
    return [...byType].map(([type, macc]) => ({ type, macc, share: total > 0 ? macc / total : 0 }));
}

// EXTERNAL MODULE: ./src/ops/util/cost.ts
var cost = __webpack_require__(5520);
// EXTERNAL MODULE: ./src/ops/control.ts
var control = __webpack_require__(1145);
// EXTERNAL MODULE: ./src/units/format.ts
var format = __webpack_require__(2676);
;// CONCATENATED MODULE: ./src/metrics/nested.ts





function costlierIndex(branches) {
    let best = 0;
    branches.forEach((b, i) => {
        const cur = branches[best];
        if (cur && (b.macc > cur.macc || (b.macc === cur.macc && b.pure > cur.pure)))
            best = i;
    });
    return best;
}
function ifRepeats(node, branches, out) {
    const best = costlierIndex(branches);
    const top = branches[best];
    if (top && top.macc > 0) {
        const list = branches.map((b) => `${b.name}: ${(0,format/* thousands */.oh)(b.macc)}`).join(', ');
        out.push((0,diagnostic/* diag */.sm)('I_ASSUMPTION', `If '${node.name}': MACC counts the costlier branch (${list}); one branch runs per inference, weights of both count`, node.name));
    }
    return branches.map((_, i) => (i === best ? 1 : 0));
}
function scanLength(ctx) {
    const node = ctx.node;
    const batched = ctx.opset !== undefined && ctx.opset < 9;
    const m = (0,attrs/* attrInt */.NN)(node, 'num_scan_inputs', 0);
    if (m <= 0)
        return undefined;
    const shape = ctx.input(node.inputs.length - m)?.shape;
    if (!shape)
        return undefined;
    const raw = batched ? 1 : (0,attrs/* attrInts */.yO)(node, 'scan_input_axes')?.[0] ?? 0;
    const d = shape[raw < 0 ? raw + shape.length : raw];
    return typeof d === 'number' ? d : undefined;
}
function counted(node, what, n, branches, out) {
    if (n !== undefined)
        return branches.map(() => n);
    const macc = branches.reduce((s, b) => s + b.macc, 0);
    if (macc > 0) {
        out.push((0,diagnostic/* diag */.sm)('I_ASSUMPTION', `${node.op} '${node.name}': ${what} unknown; MACC counts one iteration (${(0,format/* thousands */.oh)(macc)})`, node.name));
    }
    return branches.map(() => 1);
}
/** The repeat of each subgraph, in the order given; pushes the assumptions it makes. */
function branchRepeats(ctx, branches, out) {
    const node = ctx.node;
    switch (node.op) {
        case 'If': return ifRepeats(node, branches, out);
        case 'Loop': return counted(node, 'trip count (M is not a constant)', (0,control/* loopTripCount */.lb)(ctx), branches, out);
        case 'Scan': return counted(node, 'scan length', scanLength(ctx), branches, out);
        case 'While': return counted(node, 'iteration count', undefined, branches, out);
        default: return branches.map(() => 1);
    }
}
/** The node's own cost plus each subgraph's cost times its repeat. */
function withBranches(own, branches, repeats) {
    let macc = own.macc;
    let pure = own.pure;
    branches.forEach((b, i) => {
        const r = repeats[i] ?? 0;
        macc += r * b.macc;
        pure += r * b.pure;
    });
    return { macc: (0,cost/* clampMacc */.yU)(macc), pure: (0,cost/* clampMacc */.yU)(pure) };
}

;// CONCATENATED MODULE: ./src/metrics/layers.ts








const BYTE_KEYS = ['params', 'paramsBytes', 'weightsBytes', 'floatWeightsBytes', 'quantParamsBytes'];
const ZERO = { macc: 0, pure: 0 };
/**
 * A layer's parameter set, by the file ranges of its constants; undefined when one of them has no
 * bytes in the file. A TFLite converter points the identical constants of an unrolled RNN's steps
 * at one buffer, and stedgeai generates one set of arrays for the steps that share them all
 * (ablation_rnn_int8.tflite's report: 48 steps share their weights tensor and their biases' buffer,
 * one gemm_8_weights + gemm_8_bias; weights 2,848 B, while params, 4,304 items, and the float
 * model, 17,216 B, count every tensor). Layers sharing only a buffer keep their own arrays (the
 * sww report: conv2d_4 and conv2d_6 each count their bias, 49,412 B).
 */
function parameterSetKey(ctx, shapeInputs) {
    const keys = [];
    for (let i = 0; i < ctx.node.inputs.length; i++) {
        const t = ctx.input(i);
        if (!layers_isConstant(t) || shapeInputs.has(i))
            continue;
        const d = t.data;
        if (d?.kind !== 'bytes')
            return undefined;
        keys.push(`${i}:${d.source.name}:${d.offset}:${d.length}:${d.encoding}:${t.dtype}`);
    }
    return keys.length > 0 ? `${ctx.node.op}|${keys.join('|')}` : undefined;
}
const NO_SHAPE_INPUTS = new Set();
/** One set per rule's shape inputs, made once (not one per node). */
const shapeInputSets = new WeakMap();
function shapeInputSet(indexes) {
    if (indexes === undefined)
        return NO_SHAPE_INPUTS;
    let set = shapeInputSets.get(indexes);
    if (set === undefined)
        shapeInputSets.set(indexes, (set = new Set(indexes)));
    return set;
}
function layers_isConstant(t) {
    return t !== undefined && t.data !== undefined && t.variable !== true;
}
function nodeCost(ctx, scope) {
    const node = ctx.node;
    const rule = scope.opts.rules(node.op);
    if (!rule)
        return ZERO;
    try {
        return rule.cost(ctx);
    }
    catch (e) {
        const msg = e instanceof Error ? e.message : String(e);
        scope.diagnostics.push((0,diagnostic/* diag */.sm)('W_SHAPE', `MACC of ${node.op} counted as 0: ${msg}`, node.name));
        return ZERO;
    }
}
/** The node's own constants (inputs) and connections. */
function inputsOf(ctx, role, shapeInputs, scope) {
    const node = ctx.node;
    const m = { params: 0, paramsBytes: 0, weightsBytes: 0, floatWeightsBytes: 0, quantParamsBytes: 0 };
    const connectedTo = [];
    // A hybrid (dynamic-range) layer: float activations, quantized integer weights. stedgeai
    // dequantizes those weights when it generates the model and stores them as float32
    // (METRICS.md "Weights": the model_vbp5_quantization.tflite report, 53,764 B of int8 weights
    // in the file, rom_size 201,220 B).
    // (each operand comes from the node's one rule context, which looks it up once)
    const hybrid = role !== 'quantization' && node.inputs.some((_, i) => {
        const x = ctx.input(i);
        return x !== undefined && x.data === undefined && x.variable !== true && (0,ir_dtype/* isFloat */.dk)(x.dtype);
    });
    // a layer whose constants are, byte range for byte range, those of a layer before it reuses
    // their arrays: its items are the model's params, the arrays are not generated again
    const key = scope.rangesRepeat ? parameterSetKey(ctx, shapeInputs) : undefined;
    const shared = key !== undefined && scope.seen.has(key);
    if (key !== undefined)
        scope.seen.add(key);
    node.inputs.forEach((name, i) => {
        if (!name)
            return;
        const t = ctx.input(i);
        if (t?.variable === true)
            return; // state: persistent memory, neither a weight nor a layer
        if (!layers_isConstant(t)) {
            // a producer layer, else a graph input (or a dangling tensor) by its own name
            const from = scope.producer(name) ?? name;
            if (!connectedTo.includes(from))
                connectedTo.push(from);
            return;
        }
        const remembered = scope.rangesRepeat || t.data?.kind !== 'bytes';
        if (shapeInputs.has(i) || (remembered && scope.seen.has(t)))
            return;
        if (remembered)
            scope.seen.add(t);
        if (role === 'quantization' && i >= 1) {
            if (shared)
                return;
            // scale / zero point of a standalone Q/DQ: quantization parameters, not weights
            m.quantParamsBytes += weightBytes(t);
            return;
        }
        if (t.byCompiler) {
            m.weightsBytes += weightBytes(t);
            return;
        }
        m.params += itemCount(t);
        m.paramsBytes += rawBytes(t);
        m.floatWeightsBytes += floatWeightBytes(t);
        if (shared || t.paramsOnly)
            return;
        if (hybrid && (0,ir_dtype/* isInteger */.Fq)(t.dtype) && t.quant !== undefined) {
            m.weightsBytes += floatWeightBytes(t);
            return;
        }
        m.weightsBytes += weightBytes(t);
        m.quantParamsBytes += quantParamBytes(t);
    });
    return { m, connectedTo };
}
/** Layers of a nested graph, then the node's cost with them (repeats per nested.ts). */
function nested(ctx, own, m, scope) {
    const node = ctx.node;
    const subs = Object.entries(node.subgraphs ?? {}).map(([name, g]) => ({ name, layers: layersOf(g, scope) }));
    const branches = subs.map((s) => ({
        name: s.name,
        macc: s.layers.reduce((a, l) => a + l.macc, 0),
        pure: s.layers.reduce((a, l) => a + l.maccPure, 0),
    }));
    const repeats = branchRepeats(ctx, branches, scope.diagnostics);
    for (const s of subs)
        for (const l of s.layers)
            for (const k of BYTE_KEYS)
                m[k] += l[k];
    return {
        cost: withBranches(own, branches, repeats),
        subgraphs: subs.map((s, i) => ({ name: s.name, repeat: repeats[i] ?? 0, layers: s.layers })),
    };
}
function layersOf(graph, outer) {
    // the layer being measured: what it reads is searched among the nodes just before it first
    let at = 0;
    const writers = producersOf(graph);
    const local = (name) => {
        const p = writers.find(name, at);
        return p === undefined ? undefined : graph.nodes[p].name;
    };
    const scope = {
        ...outer,
        lookup: (name) => graph.tensors.get(name) ?? outer.lookup(name),
        producer: (name) => local(name) ?? (graph.tensors.has(name) ? undefined : outer.producer(name)),
    };
    return graph.nodes.map((node, k) => {
        at = k;
        const rule = scope.opts.rules(node.op);
        const role = rule?.role ?? 'unknown';
        // one context per node: its operands are looked up once for the constants, the cost and the output
        const ctx = createRuleContext(graph, node, scope.opts.opset, scope.lookup);
        const { m, connectedTo } = inputsOf(ctx, role, shapeInputSet(rule?.shapeInputs), scope);
        let cost = nodeCost(ctx, scope);
        let subgraphs;
        if (node.subgraphs && Object.keys(node.subgraphs).length > 0)
            ({ cost, subgraphs } = nested(ctx, cost, m, scope));
        const out = ctx.output(0);
        const layer = {
            name: node.name,
            op: node.op,
            sourceOp: node.sourceOp,
            outputShape: out?.shape,
            dtype: out?.dtype ?? 'unknown',
            // written out, not spread: the properties after a spread were kept outside the object (100k layers: 4 MiB)
            params: m.params,
            paramsBytes: m.paramsBytes,
            weightsBytes: m.weightsBytes,
            floatWeightsBytes: m.floatWeightsBytes,
            quantParamsBytes: m.quantParamsBytes,
            macc: cost.macc,
            maccPure: cost.pure,
            // the node's own list, not a copy (readonly on both sides; a pass that fuses more makes a new one, graph-edit.ts absorb)
            fused: node.fused ?? arrays/* NONE */.x3,
            // lists of their own length: lists grown by push keep 17 spare slots (100k layers: 14 MiB)
            connectedTo: connectedTo.slice(),
            activation: node.activation,
            operationType: operationType(ctx, role),
        };
        if (subgraphs)
            layer.subgraphs = subgraphs;
        return layer;
    });
}
/** Computes one LayerMetrics per node (nested graphs under their node). Shared constants count once. */
function computeLayers(graph, opts, diagnostics) {
    return layersOf(graph, { opts, diagnostics, lookup: () => undefined, producer: () => undefined, seen: new Set(), rangesRepeat: byteRangesRepeat(graph) });
}
/**
 * Whether two reads of constants in the file's bytes start at one offset (a constant read twice,
 * or two constants over one buffer, as a TFLite converter makes for an unrolled RNN's steps), or
 * the model has nested graphs (their reads resolve through the enclosing graphs): then the
 * constants are remembered as they are counted.
 */
function byteRangesRepeat(graph) {
    const offsets = [];
    for (const n of graph.nodes) {
        if (n.subgraphs !== undefined)
            return true;
        for (const x of n.inputs) {
            const d = x === '' ? undefined : graph.tensors.get(x)?.data;
            if (d?.kind === 'bytes')
                offsets.push(d.offset);
        }
    }
    return (0,arrays/* sortedHasRepeat */.Rt)(Float64Array.from(offsets));
}

;// CONCATENATED MODULE: ./src/metrics/metrics.ts



const defaultRules = (kind) => (0,table/* getRule */.rF)(kind);
function computeMetrics(graph, opts = {}) {
    const diagnostics = [];
    const layers = computeLayers(graph, { rules: opts.rules ?? defaultRules, opset: opts.opset }, diagnostics);
    const totals = {
        params: 0, paramsBytes: 0, macc: 0, maccPure: 0, weightsBytes: 0, floatWeightsBytes: 0, quantParamsBytes: 0,
    };
    for (const l of layers) {
        totals.params += l.params;
        totals.paramsBytes += l.paramsBytes;
        totals.macc += l.macc;
        totals.maccPure += l.maccPure;
        totals.weightsBytes += l.weightsBytes;
        totals.floatWeightsBytes += l.floatWeightsBytes;
        totals.quantParamsBytes += l.quantParamsBytes;
    }
    return { layers, totals, operationTypes: operationTypes(layers), diagnostics };
}
/** The "vs float model" comparison: delta bytes and percent of the float model's weights. */
function floatComparison(weightsBytes, floatWeightsBytes) {
    const delta = weightsBytes - floatWeightsBytes;
    return { delta, percent: floatWeightsBytes > 0 ? (delta / floatWeightsBytes) * 100 : 0 };
}

// EXTERNAL MODULE: ./src/memory/place.ts
var place = __webpack_require__(480);
;// CONCATENATED MODULE: ./src/memory/check.ts
/**
 * The plan checker (METRICS.md: "Any plan must be checked"): no two buffers whose lifetimes
 * overlap may share bytes, except a layer's output over the input it consumed (plan.overlaps):
 * then the input must end its life where the output begins, and the output must start at least
 * `lead` bytes below the input. Every buffer lies inside the arena.
 */


function bytesOverlap(a, b) {
    return a.size > 0 && b.size > 0 && a.offset < b.offset + b.size && b.offset < a.offset + a.size;
}
function rulesByInput(list) {
    const index = { first: new Map(), more: [] };
    for (const o of list) {
        if (index.first.has(o.input))
            index.more.push(o);
        else
            index.first.set(o.input, o);
    }
    return index;
}
/** The rule letting `output` overlap `input`, if any. */
function ruleFor(index, input, output) {
    const o = index.first.get(input);
    if (o === undefined || o.output === output)
        return o;
    return index.more.find((m) => m.input === input && m.output === output);
}
/**
 * Returns the first problem found, or undefined when the plan is sound. Sweeps by first step:
 * each buffer is compared with the buffers alive when it starts (every pair of overlapping
 * lifetimes meets that way), so checking costs the sum of live-set sizes.
 */
function allowed(a, b, overlaps) {
    const pair = (x, y) => {
        const o = ruleFor(overlaps, x.tensor, y.tensor);
        return o !== undefined && x.lastStep === y.firstStep && y.offset <= x.offset - o.lead;
    };
    return pair(a, b) || pair(b, a);
}
function checkPlan(plan) {
    const overlaps = rulesByInput(plan.overlaps ?? []);
    for (const a of plan.buffers) {
        if (a.offset < 0 || a.size < 0 || a.offset + a.size > plan.arenaBytes)
            return { kind: 'outside', a };
    }
    const byStart = [...plan.buffers].sort((x, y) => x.firstStep - y.firstStep);
    // Stryker disable next-line ArrayDeclaration: equivalent, a non-buffer seed has no lastStep and the first filter drops it
    const active = [];
    // (indexed loops, the ended buffers dropped in place: run once per plan over every buffer, a
    // filtered copy and iterator results per buffer were 40 MB on a 100k-node graph)
    for (let i = 0; i < byStart.length; i++) {
        const b = byStart[i];
        // (this only prunes buffers whose lifetime ended; lifetimesOverlap tests every remaining pair again)
        (0,place/* dropEnded */.qS)(active, b.firstStep);
        for (let j = 0; j < active.length; j++) {
            const a = active[j];
            if (bytesOverlap(a, b) && (0,place/* lifetimesOverlap */.yT)(a, b) && !allowed(a, b, overlaps))
                return { kind: 'overlap', a, b };
        }
        active.push(b);
    }
    return undefined;
}
function describeProblem(p) {
    const show = (b) => `'${b.tensor}' [${b.offset}, ${b.offset + b.size}) steps ${b.firstStep}..${b.lastStep}`;
    return p.kind === 'overlap'
        ? `buffers share bytes while both alive: ${show(p.a)} and ${show(p.b)}`
        : `buffer outside the arena: ${show(p.a)}`;
}
/** Throws an internal error naming the conflicting buffers when the plan is unsound. */
function assertPlan(plan) {
    const p = checkPlan(plan);
    if (p)
        throw new diagnostic/* FootprintError */.E0('E_INTERNAL', `memory plan is invalid: ${describeProblem(p)}`);
}

// EXTERNAL MODULE: ./src/memory/tensor-bytes.ts
var tensor_bytes = __webpack_require__(9300);
// EXTERNAL MODULE: ./src/memory/pad-fold.ts
var pad_fold = __webpack_require__(3892);
;// CONCATENATED MODULE: ./src/memory/scratch/geometry.ts




function tensorOf(graph, node, i) {
    const name = node.inputs[i];
    return name ? graph.tensors.get(name) : undefined;
}
function outputOf(graph, node, i = 0) {
    const name = node.outputs[i];
    return name ? graph.tensors.get(name) : undefined;
}
/** int8/uint8 activations: the integer kernels (stedgeai `*_sssa8_*`, TFLM int8 paths). */
function isInt8(t) {
    return t?.dtype === 'int8' || t?.dtype === 'uint8';
}
/** A static-shaped, non-transposed convolution's geometry; undefined when a dim is unknown. */
function convGeometry(graph, node) {
    if (node.op !== 'Conv')
        return undefined;
    const x = tensorOf(graph, node, 0);
    const w = tensorOf(graph, node, 1);
    if (!x?.shape || !w?.shape)
        return undefined;
    if (x.shape.length < 3 || w.shape.length !== x.shape.length)
        return undefined;
    const cin = (0,util_spatial/* splitShape */.iY)(node, x.shape).channels;
    const wd = (0,conv/* weightDims */.M4)(node, w.shape, false);
    const k = (0,dims/* product */.qM)(wd.kernel);
    if (!(0,dims/* isNum */.T6)(cin) || !(0,dims/* isNum */.T6)(wd.out) || k === undefined)
        return undefined;
    const ihwo = (0,attrs/* attrString */.Rr)(node, 'weight_layout') === 'IHWO';
    const group = ihwo ? cin : (0,attrs/* attrInt */.NN)(node, 'group', 1);
    const depthwise = ihwo || (group > 1 && group === cin);
    return { cin, cout: wd.out, k, group, depthwise };
}

;// CONCATENATED MODULE: ./src/ir/layered-map.ts

/**
 * A map over a base map it does not copy: `new LayeredMap(base)` followed by `set`s reads and
 * iterates exactly as `new Map(base)` followed by the same `set`s. Its own entries are read first;
 * iteration gives the base's keys in their order (an own entry in place of a base one under the
 * same key, as `set` on a copy keeps the key's place), then its own new keys in the order they were
 * set. The memory planner's copies of a graph with a few added tensors (memory/channel-first-io.ts,
 * memory/deep-conv-pad.ts) copied every tensor of the model: on a 100k-node graph, 64 MiB of
 * allocation for two added tensors. Unlike a copy, it shows later changes of its base (the model's
 * graph does not change while it is planned). Its values are never undefined or null (so one lookup
 * of its own entries tells whether to read the base). Nothing is ever deleted from such a copy: `delete`
 * and `clear` throw.
 */
class LayeredMap extends Map {
    #base;
    constructor(base) {
        super();
        this.#base = base;
    }
    get(key) {
        // one lookup of its own entries, then the base's (no value is undefined or null: V excludes them). The
        // 100k-node chain's planning reads it 1M times; a second lookup (has) was a fifth of their cost.
        return super.get(key) ?? this.#base.get(key);
    }
    has(key) {
        return super.has(key) || this.#base.has(key);
    }
    get size() {
        let added = 0;
        for (const k of super.keys())
            if (!this.#base.has(k))
                added++;
        return this.#base.size + added;
    }
    delete(_key) {
        throw new diagnostic/* FootprintError */.E0('E_INTERNAL', 'a layered map (a planning copy of a graph) had an entry deleted');
    }
    clear() {
        throw new diagnostic/* FootprintError */.E0('E_INTERNAL', 'a layered map (a planning copy of a graph) was cleared');
    }
    *entries() {
        // (the base's own entry arrays are handed on: no array per entry)
        for (const entry of this.#base)
            yield super.has(entry[0]) ? [entry[0], super.get(entry[0])] : entry;
        for (const entry of super.entries())
            if (!this.#base.has(entry[0]))
                yield entry;
    }
    *keys() {
        for (const [k] of this.entries())
            yield k;
    }
    *values() {
        for (const [, v] of this.entries())
            yield v;
    }
    [Symbol.iterator]() {
        return this.entries();
    }
    forEach(callback, thisArg) {
        this.#base.forEach((v, k) => callback.call(thisArg, super.has(k) ? super.get(k) : v, k, this));
        super.forEach((v, k) => {
            if (!this.#base.has(k))
                callback.call(thisArg, v, k, this);
        });
    }
}

;// CONCATENATED MODULE: ./src/memory/deep-conv-pad.ts






/** Input channels per group from which ST picks the deep kernel (between 7 and 9 in ST's files). */
const DEEP_MIN_CHANNELS = 8;
/** Suffix of the Pad layer ST adds before a padded deep convolution. */
const PAD_BEFORE = '_pad_before';
/** True when ST runs `node` with its deep int8 kernel (DSP cores). */
function usesDeepKernel(graph, node) {
    // (the input's type first: a float model's convolutions need no geometry here)
    if (!isInt8(tensorOf(graph, node, 0)))
        return false;
    const g = convGeometry(graph, node);
    if (!g || g.depthwise || g.k <= 1)
        return false;
    return g.cin / g.group >= DEEP_MIN_CHANNELS;
}
/** The convolution's pads per spatial axis, [begin..., end...], resolving auto_pad; undefined when unknown. */
function convPads(graph, node, x, y) {
    const w = tensorOf(graph, node, 1);
    // Stryker disable next-line OptionalChaining: equivalent, a deep convolution has a geometry, so its weights have a tensor with a shape
    if (!x.shape || !y.shape || !w?.shape)
        return undefined;
    // Stryker disable next-line BooleanLiteral: equivalent, the kernel is the same slice of OIHW and IOHW weights (the two defaults), and every other layout is named
    const kernel = (0,conv/* weightDims */.M4)(node, w.shape, false).kernel;
    // Stryker disable next-line ConditionalExpression,MethodExpression: equivalent, a deep convolution's geometry exists only for a static kernel
    if (!kernel.every(dims/* isNum */.T6))
        return undefined;
    return (0,util_spatial/* resolvedPads */.Jv)((0,util_spatial/* geometry */.lC)(node, kernel), (0,util_spatial/* splitShape */.iY)(node, x.shape).spatial, (0,util_spatial/* splitShape */.iY)(node, y.shape).spatial);
}
function withDeepConvPads(graph) {
    // (no set of the deep ones: the loop asks again, the nodes before the first deep one twice; the
    // int8 TFLite chain's 33k deep convolutions made a 1.5 MiB set)
    // Stryker disable next-line ConditionalExpression: equivalent, a shortcut: with nothing to pad the loop copies every node and `added` stays 0, so the graph itself is returned
    if (!graph.nodes.some((n) => usesDeepKernel(graph, n)))
        return graph;
    // the model's tensors under the few this copy adds, not copied (ir/layered-map.ts)
    const tensors = new LayeredMap(graph.tensors);
    const nodes = [];
    let added = 0;
    for (const n of graph.nodes) {
        const x = tensorOf(graph, n, 0);
        const y = n.outputs[0] ? graph.tensors.get(n.outputs[0]) : undefined;
        const pads = x && y && usesDeepKernel(graph, n) ? convPads(graph, n, x, y) : undefined;
        if (!x?.shape || !pads || pads.every((p) => p === 0)) {
            nodes.push(n);
            continue;
        }
        const split = (0,util_spatial/* splitShape */.iY)(n, x.shape);
        const r = split.spatial.length;
        const spatial = split.spatial.map((d, i) => ((0,dims/* isNum */.T6)(d) ? d + (pads[i] ?? 0) + (pads[i + r] ?? 0) : d));
        const shape = (0,util_spatial/* joinShape */.qD)(n, split.batch, split.channels, spatial);
        // ONNX Pad order over every axis of the layout: [begin..., end...]
        const axes = shape.length;
        const offset = (0,attrs/* layoutOf */.aH)(n) === 'NHWC' ? 1 : 2;
        const all = new Array(2 * axes).fill(0);
        for (let i = 0; i < r; i++) {
            all[offset + i] = pads[i] ?? 0;
            all[axes + offset + i] = pads[i + r] ?? 0;
        }
        const name = `${n.name}${PAD_BEFORE}`;
        tensors.set(name, { ...x, name, shape });
        nodes.push({ name, op: 'Pad', sourceOp: 'Pad', inputs: [x.name], outputs: [name], attrs: { mode: 'constant', pads: all } });
        nodes.push({ ...n, inputs: [name, ...n.inputs.slice(1)], attrs: { ...n.attrs, auto_pad: 'VALID', pads: new Array(2 * r).fill(0) } });
        // Stryker disable next-line UpdateOperator: equivalent, only `added === 0` is read, and -1, -2... are as non-zero as 1, 2...
        added++;
    }
    return added === 0 ? graph : { ...graph, nodes, tensors };
}

;// CONCATENATED MODULE: ./src/memory/pool-fusion.ts





const POOLS = new Set(['MaxPool', 'AveragePool']);
/** The fusions, by the convolution's output name. */
function fusedPools(graph, idx = (0,graph_edit/* buildUseIndex */.kK)(graph)) {
    const readers = idx.consumers;
    const outputs = new Set(graph.outputs);
    const out = new Map();
    for (const conv of graph.nodes) {
        if (conv.op !== 'Conv' || conv.outputs.length !== 1)
            continue;
        const o = conv.outputs[0]; // its one output
        // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, an omitted output ('') has no readers, so no pool is found for it either
        if (o === '' || outputs.has(o))
            continue;
        const r = readers.get(o);
        const pool = r?.length === 1 ? r[0] : undefined;
        const po = pool?.outputs[0] ?? '';
        if (!pool || !POOLS.has(pool.op) || pool.inputs[0] !== o || po === '')
            continue;
        out.set(o, { conv: conv.name, pool: pool.name, convOutput: o, poolOutput: po, poolNode: pool });
    }
    return out;
}
/** The fused layer's row buffer: pool-kernel rows (first spatial axis) of the convolution's output; undefined when unknown. */
function fusedPoolRows(graph, f) {
    const pool = f.poolNode;
    const y = graph.tensors.get(f.convOutput);
    const k = pool ? (0,attrs/* attrInts */.yO)(pool, 'kernel_shape')?.[0] : undefined;
    const bytes = y ? (0,tensor_bytes/* tensorBytes */.X)(y) : undefined;
    // Stryker disable next-line ConditionalExpression,LogicalOperator,OptionalChaining: equivalent, the pool node and the conv output's tensor always exist for a fusion; an unsized output gives NaN rows, which the caller drops as it drops undefined
    if (!pool || !y?.shape || k === undefined || bytes === undefined)
        return undefined;
    const h = (0,util_spatial/* splitShape */.iY)(pool, y.shape).spatial[0];
    if (!(0,dims/* isNum */.T6)(h) || h <= 0)
        return undefined;
    return Math.min(k, h) * (bytes / h);
}

;// CONCATENATED MODULE: ./src/memory/streaming.ts











function rowLead(rows, consumed) {
    let lead = 0;
    for (let r = 0; r < rows.hout; r++) {
        const done = Math.min(Math.max(consumed(r), 0), rows.hin);
        lead = Math.max(lead, (r + 1) * rows.ro - done * rows.ri);
    }
    return lead;
}
/** First-spatial-axis rows of a window op's input (x, before any folded pad) and output (y). */
function windowRows(node, x, y) {
    // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, both callers pass tensors whose shapes they checked (real, seen) or whose bytes are known (y)
    if (!x.shape || !y.shape)
        return undefined;
    const sx = (0,util_spatial/* splitShape */.iY)(node, x.shape);
    const sy = (0,util_spatial/* splitShape */.iY)(node, y.shape);
    const [hin, hout] = [sx.spatial[0], sy.spatial[0]];
    const [bin, bout] = [(0,tensor_bytes/* tensorBytes */.X)(x), (0,tensor_bytes/* tensorBytes */.X)(y)];
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, for the size tests: an empty or unsized tensor makes a row size of NaN, whose lead is no number and gives no rule either
    if (sx.batch !== 1 || !(0,dims/* isNum */.T6)(hin) || !(0,dims/* isNum */.T6)(hout) || hin <= 0 || hout <= 0 || bin === undefined || bout === undefined)
        return undefined;
    return { hin, hout, ri: bin / hin, ro: bout / hout };
}
/** The kernel's extent along the first two spatial axes: Conv from its weights, pools from kernel_shape. */
function kernelHW(graph, node) {
    let k = (0,attrs/* attrInts */.yO)(node, 'kernel_shape');
    if (node.op === 'Conv') {
        const w = (0,tensor_named/* tensorNamed */.B)(graph, node.inputs[1]);
        // Stryker disable next-line OptionalChaining,BooleanLiteral: equivalent, a Conv's weights have a tensor in every verified graph (passes/verify.ts); only the kernel is read, which both default layouts (OIHW, IOHW) take from the third axis on
        k = w?.shape ? (0,conv/* weightDims */.M4)(node, w.shape, false).kernel : undefined;
    }
    const [kh, kw] = [k?.[0], k?.[1] ?? 1];
    return (0,dims/* isNum */.T6)(kh) && (0,dims/* isNum */.T6)(kw) ? [kh, kw] : undefined;
}
/**
 * A window op's pads over the spatial axes of the tensor it reads, [begin..., end...] (ONNX / TF
 * SAME rules; undefined for SAME over a symbolic size). Only H's and W's are read (top: [0], left:
 * [1]): the other axes are given a 1-wide kernel.
 */
function windowPads(node, k, input, output) {
    return (0,util_spatial/* resolvedPads */.Jv)((0,util_spatial/* geometry */.lC)(node, input.map((_, i) => k[i] ?? 1)), input, output);
}
/**
 * A window op's lead: the rows formula; a float window across columns (Kw > 1, W > 1) adds
 * (Kw - 1 + left pad) input pixels along W. The pixels are FITTED on seed 001's two-layer report
 * (a float 3x3 SAME conv, 16 -> 16 channels, 32 wide: 65,536 + 4,096 + 192 + 576 B scratch = its
 * 70,400 B); every other reference conv has Kw = 1, and none shows a 2-D int8 one (none added).
 * Such a float window whose output rows are wider than its input rows does not overlap (seed 001's
 * one-layer report, 1 -> 16 channels: 69,668 B = input + output + scratch), while Kx1 float ones
 * do (the activity tracker's expanding 5x1 convs over 3 columns, ST 2.2) and int8 ones do
 * (yamnet's published figure, the packetqc head conv's gap).
 */
function windowLead(graph, node, x, y, fold) {
    const seen = fold ? (0,tensor_named/* tensorNamed */.B)(graph, fold.output) : x; // the (padded) tensor the window slides over
    const real = fold ? (0,tensor_named/* tensorNamed */.B)(graph, fold.input) : x; // the buffer that is actually there
    // Stryker disable next-line OptionalChaining: equivalent, a fold's tensors exist in every verified graph
    if (!seen?.shape || !real?.shape)
        return undefined;
    const rows = windowRows(node, real, y);
    const k = kernelHW(graph, node);
    if (!rows || !k)
        return undefined;
    // y is sized: its bytes are known (overlapRules), and rows were found
    const pads = windowPads(node, k, (0,util_spatial/* splitShape */.iY)(node, seen.shape).spatial, (0,util_spatial/* splitShape */.iY)(node, y.shape).spatial);
    if (!pads)
        return undefined;
    const win = (0,util_spatial/* splitShape */.iY)(node, real.shape).spatial[1];
    // a float window across columns (Kw > 1) over rows of more than one pixel
    const twoD = (0,ir_dtype/* isFloat */.dk)(y.dtype) && k[1] > 1 && (0,dims/* isNum */.T6)(win) && win > 1;
    if (twoD && rows.ro > rows.ri)
        return undefined;
    const stride = (0,attrs/* attrInts */.yO)(node, 'strides')?.[0] ?? 1;
    // pads holds two entries per spatial axis (its top first); a two-D window has a second axis (W), whose begin is pads[1]
    const pad = pads[0] + (fold?.top ?? 0);
    const pixels = twoD ? (k[1] - 1 + pads[1]) * (rows.ri / win) : 0;
    return rowLead(rows, (r) => r * stride - pad) + pixels;
}
/**
 * A convolution fused with the pooling that reads it (memory/pool-fusion.ts) writes pooled rows:
 * pooled row r comes from convolution rows from r * pool stride, which read input rows from
 * r * pool stride * conv stride - top pad. The finger-counting report's conv2d_2 (47x47x16 in,
 * 22x22x32 pooled out, 2x2 pool) is 704 B = one pooled row beyond its input: ST's 45,072 B.
 */
function fusedLead(graph, conv, x, pooled, fold, f) {
    const pool = f.poolNode;
    const poolPads = (0,attrs/* attrInts */.yO)(pool, 'pads');
    if ((poolPads && poolPads.some((p) => p !== 0)) || (0,attrs/* attrString */.Rr)(pool, 'auto_pad')?.startsWith('SAME'))
        return undefined;
    const convOut = (0,tensor_named/* tensorNamed */.B)(graph, f.convOutput);
    const seen = fold ? (0,tensor_named/* tensorNamed */.B)(graph, fold.output) : x;
    const real = fold ? (0,tensor_named/* tensorNamed */.B)(graph, fold.input) : x;
    // Stryker disable next-line OptionalChaining: equivalent, the fusion's and the fold's tensors exist in every verified graph
    if (!convOut?.shape || !seen?.shape || !real)
        return undefined;
    const rows = windowRows(conv, real, pooled);
    const k = kernelHW(graph, conv);
    if (!rows || !k)
        return undefined;
    const pads = windowPads(conv, k, (0,util_spatial/* splitShape */.iY)(conv, seen.shape).spatial, (0,util_spatial/* splitShape */.iY)(conv, convOut.shape).spatial);
    if (!pads)
        return undefined;
    const top = pads[0]; // two entries per spatial axis
    const cs = (0,attrs/* attrInts */.yO)(conv, 'strides')?.[0] ?? 1;
    // ONNX's pools step 1 without a strides attribute (TFLite's always have one)
    const ps = (0,attrs/* attrInts */.yO)(pool, 'strides')?.[0] ?? 1;
    const pad = top + (fold?.top ?? 0);
    return rowLead(rows, (r) => r * ps * cs - pad);
}
/**
 * A constant Pad moves input row r - top into output row r, then writes its pads: its lead is
 * output bytes - input bytes, the output ending where the input ends. (The row formula with
 * c(r) = r + 1 - top along the outer padded axis gives the same: the rows still to write are never
 * fewer than the rows still to read, hout - r - 1 >= hin - c(r) as bottom >= 0, and an output row
 * is never narrower than an input row, so the last row gives the largest lead.)
 */
function padLead(graph, node, x, y) {
    // reflect / edge modes read rows other than the one they move: no overlap.
    if (!x.shape || (0,attrs/* attrString */.Rr)(node, 'mode', 'constant') !== 'constant')
        return undefined;
    const pads = (0,pad_fold/* padAmounts */.P2)(graph, node, x.shape.length);
    const [bin, bout] = [(0,tensor_bytes/* tensorBytes */.X)(x), (0,tensor_bytes/* tensorBytes */.X)(y)];
    if (!pads || pads.some((p) => p < 0) || bin === undefined || bout === undefined)
        return undefined;
    // non-negative pads never shrink a tensor: a smaller declared output contradicts them (the shape pass reports it)
    return bout >= bin ? bout - bin : undefined;
}
function elementLead(x, y) {
    const [n, m] = [(0,ir_shape/* elementCount */.KX)(x.shape), (0,ir_shape/* elementCount */.KX)(y.shape)];
    const [bin, bout] = [(0,tensor_bytes/* tensorBytes */.X)(x), (0,tensor_bytes/* tensorBytes */.X)(y)];
    if (n === undefined || n !== m || bin === undefined || bout === undefined)
        return undefined;
    return Math.max(0, bout - bin);
}
/** The node's one non-empty output; undefined when it writes none or several (a per-node loop: no list made). */
function onlyOutput(node) {
    let only;
    for (const o of node.outputs) {
        if (o === '')
            continue;
        if (only !== undefined)
            return undefined;
        only = o;
    }
    return only;
}
/**
 * The overlap each node allows between its single output and each activation input, before
 * lifetimes: the planner uses a rule only when that input is last read by the node.
 * `folds` maps a folded Pad's output to the fold (the window reads the Pad's input instead).
 */
function overlapRules(graph, folds, alignment, pools = new Map()) {
    const rules = [];
    for (let at = 0; at < graph.nodes.length; at++) {
        const node = graph.nodes[at];
        const rowOp = (0,traits/* hasTrait */.jp)(node.op, 'streams-rows');
        if (!rowOp && !(0,traits/* hasTrait */.jp)(node.op, 'streams-elements'))
            continue;
        const only = onlyOutput(node);
        // one output (a MaxPool writing its Indices too does not stream); a folded Pad's gets no buffer
        if (only === undefined || node.subgraphs || folds.has(only))
            continue;
        // a convolution fused with its pooling writes the pooled output (memory/pool-fusion.ts)
        const fused = pools.get(only);
        const out = fused ? fused.poolOutput : only;
        const y = graph.tensors.get(out); // every output has its tensor in a verified graph (passes/verify.ts)
        const yBytes = (0,tensor_bytes/* tensorBytes */.X)(y);
        if (yBytes === undefined)
            continue; // (an empty output takes no rule either: no lead is below 0 bytes)
        // a window reads its first input; an element-wise op each input, once (an Add of x and x: one rule)
        const candidates = rowOp ? 1 : node.inputs.length;
        for (let k = 0; k < candidates; k++) {
            const name = node.inputs[k];
            if (node.inputs.indexOf(name) !== k)
                continue;
            const fold = name ? folds.get(name) : undefined;
            const x = (0,tensor_named/* tensorNamed */.B)(graph, fold ? fold.input : name);
            if (!name || !x || x.data !== undefined || x.variable === true)
                continue;
            let lead;
            try {
                lead = fused ? fusedLead(graph, node, x, y, fold, fused)
                    : !rowOp ? elementLead(x, y) : node.op === 'Pad' ? padLead(graph, node, x, y) : windowLead(graph, node, x, y, fold);
            }
            catch (e) {
                if (e instanceof dims/* ShapeError */.ym)
                    lead = undefined; // malformed geometry: the shape pass reports it; no overlap
                else
                    throw e;
            }
            if (lead === undefined)
                continue;
            const aligned = alignUp(Math.ceil(lead), alignment);
            if (aligned < alignUp(yBytes, alignment))
                rules.push({ node: node.name, at, input: fold ? fold.input : name, output: out, lead: aligned });
        }
    }
    return rules;
}

;// CONCATENATED MODULE: ./src/memory/boundary-qdq.ts

const INTEGER = new Set(['int8', 'uint8', 'int16', 'uint16']);
function boundaryQdq(graph, index) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: equivalent, a shortcut: without a Q or DQ node the loops below find no boundary either
    if (!graph.nodes.some((n) => n.op === 'QuantizeLinear' || n.op === 'DequantizeLinear'))
        return { inputs: new Map(), outputs: new Map() };
    const { consumers: readers, producer } = index ?? (0,graph_edit/* buildUseIndex */.kK)(graph);
    const outputs = new Set(graph.outputs);
    const inputs = new Set(graph.inputs);
    const out = { inputs: new Map(), outputs: new Map() };
    for (const name of graph.inputs) {
        const r = readers.get(name);
        const q = r?.length === 1 ? r[0] : undefined;
        // Stryker disable next-line StringLiteral: equivalent, the fallback is read only when q is missing, and the next test then fails on q?.op
        const y = q?.outputs[0] ?? '';
        // Stryker disable next-line StringLiteral: equivalent, a tensor without a dtype is in no integer set under either fallback name
        if (q?.op === 'QuantizeLinear' && q.inputs[0] === name && y !== '' && !outputs.has(y) && INTEGER.has(graph.tensors.get(y)?.dtype ?? ''))
            out.inputs.set(name, y);
    }
    for (const name of graph.outputs) {
        const dq = producer.get(name);
        // Stryker disable next-line StringLiteral: equivalent, the fallback is read only when dq is missing, and the next test then fails on dq?.op
        const z = dq?.inputs[0] ?? '';
        // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, an omitted DQ input ('') has no tensor, so the integer test below fails for it too
        if (dq?.op !== 'DequantizeLinear' || z === '' || inputs.has(z) || outputs.has(z) || graph.tensors.get(z)?.data !== undefined)
            continue;
        // Stryker disable next-line OptionalChaining,StringLiteral: equivalent, z is read by the DQ, so it has a reader list; a tensor without a dtype is in no integer set under either fallback
        if (readers.get(z)?.length === 1 && INTEGER.has(graph.tensors.get(z)?.dtype ?? ''))
            out.outputs.set(name, z);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/memory/lifetimes.ts











/** The request of tensor `name`'s span; -1 when it has no span or no request. */
function requestOf(life, name) {
    const i = life.of.get(name);
    return i === undefined ? -1 : life.request[i];
}
/** A plan without allowed overlaps (no request has a pair). */
const NO_ALLOWANCES = (0,place/* indexAllowances */.qw)(0, []);
/** What a node reads: its inputs, and the outer tensors its nested graphs read (alive until it runs). */
function reads(node) {
    const shape = node.attrs['shape_reads'];
    // Stryker disable next-line MethodExpression,ConditionalExpression,ArrayDeclaration: equivalent, a name that is no tensor (a non-string, or a stray entry) has no span, so reading it changes nothing
    const extra = Array.isArray(shape) ? shape.filter((s) => typeof s === 'string') : [];
    return node.subgraphs ? [...node.inputs, ...extra, ...(0,graph_edit/* outerReads */.D5)(node)] : extra.length ? [...node.inputs, ...extra] : node.inputs;
}
/**
 * Lifetimes in steps ('nodes': the step of a node is its position in `order`): produced at i ->
 * alive from i; last read at j -> alive to j; graph inputs from 0; graph outputs to the last step.
 * 'scopes' (TFLM's AllocationInfoBuilder): scope 0 before the first op, op i runs in scope i + 1;
 * inputs and outputs are created at 0, an op's outputs at its scope, each read or write extends
 * last_used; graph outputs last until the final scope.
 */
function spans(graph, order, steps, alias) {
    const shift = steps === 'scopes' ? 1 : 0;
    const end = steps === 'scopes' ? graph.nodes.length : Math.max(graph.nodes.length - 1, 0);
    // at most a span per name set below (a name set again keeps its index)
    // Stryker disable next-line ConditionalExpression,ArithmeticOperator: equivalent, a graph output that is no input and no node output is a constant: it gets no buffer, so its span is never read
    let most = graph.inputs.length + (steps === 'scopes' ? graph.outputs.length : 0);
    for (const idx of order)
        most += graph.nodes[idx]?.outputs.length ?? 0;
    const out = { of: new Map(), first: new Int32Array(most), last: new Int32Array(most), request: new Int32Array(most).fill(-1) };
    const start = (name, step) => {
        let i = out.of.get(name);
        if (i === undefined)
            out.of.set(name, (i = out.of.size));
        out.first[i] = step;
        out.last[i] = step;
    };
    const reach = (name, step) => {
        const i = out.of.get(name);
        if (i !== undefined)
            out.last[i] = Math.max(out.last[i], step);
    };
    for (const name of graph.inputs)
        start(name, 0);
    // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: equivalent, a graph output is a node output (set again when its node runs) or an input (set above); constants get no buffer
    if (steps === 'scopes')
        for (const name of graph.outputs)
            start(name, 0);
    order.forEach((idx, i) => {
        const node = graph.nodes[idx];
        // Stryker disable next-line ConditionalExpression: equivalent, the order holds node indices of this graph
        if (!node)
            return;
        const step = i + shift;
        // Stryker disable next-line ConditionalExpression: equivalent, a span for the omitted name '' is never looked up for a buffer
        for (const o of node.outputs)
            if (o)
                start(o, step);
        // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: equivalent, an output was just given {step, step}, and its alias is itself: folds are off under TFLM's scopes and on for ST's nodes
        const touched = steps === 'scopes' ? [...reads(node), ...node.outputs] : reads(node);
        for (const name of touched)
            if (name)
                reach(alias(name), step);
    });
    for (const name of graph.outputs)
        reach(name, end);
    return out;
}
/** The operators the facts look at (pad folding, pool fusion, integer I/O); any other graph has none. */
const FACT_OPS = new Set(['Pad', ...POOLS, 'QuantizeLinear', 'DequantizeLinear']);
/**
 * The facts of `graph` under `traits`, from one producer/consumer index. `deepPads`: ST's deep
 * convolutions take no padding (memory/deep-conv-pad.ts), so no pad folds into them.
 */
function graphFacts(graph, traits, opts = {}) {
    // Only a graph with a pad, a pooling or a Q/DQ node has anything to fold, fuse or stand in for I/O.
    const relevant = graph.nodes.some((n) => FACT_OPS.has(n.op));
    // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, every profile has foldPads, fusePools and integerIo all on or all off (memory/profiles.ts), and the index only saves work
    const idx = relevant && (traits.foldPads || traits.fusePools || traits.integerIo) ? (0,graph_edit/* buildUseIndex */.kK)(graph, factTensors(graph)) : undefined;
    // Stryker disable next-line LogicalOperator: equivalent, idx exists exactly when a profile with foldPads meets a graph that has a Pad, pooling or Q/DQ; without one foldedPads finds nothing
    const folds = idx && traits.foldPads ? (0,pad_fold/* foldedPads */.vd)(graph, idx, true, opts.deepPads ? (c) => !usesDeepKernel(graph, c) : undefined) : new Map();
    // Stryker disable next-line LogicalOperator: equivalent, idx exists exactly when a profile with fusePools meets a graph that has a Pad, pooling or Q/DQ; without one fusedPools finds nothing
    const pools = idx && traits.fusePools ? fusedPools(graph, idx) : new Map();
    const poolRows = new Map();
    for (const f of pools.values()) {
        const b = fusedPoolRows(graph, f);
        if ((b ?? 0) > 0)
            poolRows.set(f.conv, b);
    }
    return {
        folds, pools, poolRows,
        boundary: idx && traits.integerIo ? boundaryQdq(graph, idx) : { inputs: new Map(), outputs: new Map() },
        views: opts.ioInside === false && traits.userViews ? userViews(graph, new Set(graph.inputs)) : new Set(),
        // Stryker disable next-line ArrayDeclaration: equivalent, the rules are read by addAllowances only, which runs only when traits.overlap
        rules: traits.overlap ? overlapRules(graph, folds, traits.alignment, pools) : [],
    };
}
/**
 * The tensors the facts ask the index about: a Pad's output (its readers), a pooling's input (the
 * readers of the convolution output it may fuse with), a DQ's input (its readers, when the DQ writes
 * a graph output), the graph's inputs (their readers) and outputs (their writers).
 */
function factTensors(graph) {
    const names = new Set([...graph.inputs, ...graph.outputs]);
    for (const n of graph.nodes) {
        if (n.op === 'Pad')
            names.add(n.outputs[0] ?? '');
        else if (POOLS.has(n.op) || n.op === 'DequantizeLinear')
            names.add(n.inputs[0] ?? '');
    }
    return names;
}
/**
 * Buffer requests in tensor order (graph.tensors), then scratch areas in execution order: a node's
 * kernel buffers (`<node>#scratch0`, `#scratch1`... in request order, as TFLM appends them after
 * the tensors) and then its `scratchSize` area (`<node>#scratch`, nested graphs).
 */
function collectRequests(graph, opts) {
    const { traits, ioInside, scratchSize, kernelScratch } = opts;
    const align = traits.alignment;
    const order = opts.order ? [...opts.order] : graph.nodes.map((_, i) => i);
    const { folds, pools, poolRows, boundary, views, rules } = opts.facts ?? graphFacts(graph, traits, { ioInside });
    const alias = (name) => folds.get(name)?.input ?? name;
    const life = spans(graph, order, traits.steps, alias);
    // a fused pooling's output is written while its convolution runs
    for (const f of pools.values()) {
        const [c, p] = [life.of.get(f.convOutput), life.of.get(f.poolOutput)];
        // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, both are node outputs (the convolution's and the pooling's), so both have spans
        if (c !== undefined && p !== undefined)
            life.first[p] = Math.min(life.first[p], life.first[c]);
    }
    const inputs = new Set(graph.inputs);
    const outputs = new Set(graph.outputs);
    const out = { requests: [], persistent: [], inputsBytes: 0, outputsBytes: 0, unsized: [], allowances: NO_ALLOWANCES, pairs: [], folded: [...folds.values()], order, ioTensors: {} };
    // integer I/O: the int8 tensors stand for the float graph inputs and outputs (memory/boundary-qdq.ts)
    for (const [k, v] of [...boundary.inputs, ...boundary.outputs])
        out.ioTensors[k] = v;
    const asInput = new Set(boundary.inputs.values());
    const asOutput = new Set(boundary.outputs.values());
    const end = Math.max(order.length - 1, 0);
    // (forEach: iterating the planning copy's layered map allocated an entry and a result per tensor)
    graph.tensors.forEach((t, name) => {
        const span = life.of.get(name);
        if (t.variable === true) {
            const bytes = (0,tensor_bytes/* tensorBytes */.X)(t);
            if (bytes === undefined)
                out.unsized.push(name);
            else
                out.persistent.push({ tensor: name, size: alignUp(bytes, align) });
            return;
        }
        if (t.data !== undefined || span === undefined || folds.has(name) || pools.has(name) || views.has(name))
            return;
        if (boundary.inputs.has(name) || boundary.outputs.has(name))
            return;
        const bytes = traits.int64As32 && (t.dtype === 'int64' || t.dtype === 'uint64') ? (0,tensor_bytes/* tensorBytes */.X)({ ...t, dtype: 'int32' }) : (0,tensor_bytes/* tensorBytes */.X)(t);
        if (bytes === undefined) {
            out.unsized.push(name);
            return;
        }
        if (asInput.has(name))
            life.first[span] = 0;
        if (asOutput.has(name))
            life.last[span] = end;
        const kind = inputs.has(name) || asInput.has(name) ? 'input' : outputs.has(name) || asOutput.has(name) ? 'output' : 'activation';
        if (!ioInside && kind !== 'activation') {
            if (kind === 'input')
                out.inputsBytes += bytes;
            else
                out.outputsBytes += bytes;
            return;
        }
        if (bytes === 0)
            return;
        life.request[span] = out.requests.length;
        out.requests.push({ tensor: name, kind, size: alignUp(bytes, align), firstStep: life.first[span], lastStep: life.last[span] });
    });
    const shift = traits.steps === 'scopes' ? 1 : 0;
    // step by node index (-1: not in the order)
    const stepAt = new Int32Array(graph.nodes.length).fill(-1);
    order.forEach((idx, i) => {
        const node = graph.nodes[idx];
        // Stryker disable next-line ConditionalExpression: equivalent, the order holds node indices of this graph
        if (!node)
            return;
        const step = i + shift;
        stepAt[idx] = step;
        // Stryker disable next-line ArrayDeclaration: equivalent, a non-number entry is not > 0 and adds no request
        (kernelScratch?.(node, graph) ?? []).forEach((bytes, k) => {
            if (bytes > 0)
                out.requests.push({ tensor: `${node.name}#scratch${k}`, kind: 'scratch', size: alignUp(bytes, align), firstStep: step, lastStep: step });
        });
        // a fused convolution + pooling keeps pool-kernel rows of the convolution's output
        const rows = poolRows.get(node.name);
        if (rows !== undefined)
            out.requests.push({ tensor: `${node.name}#pool-rows`, kind: 'scratch', size: alignUp(rows, align), firstStep: step, lastStep: step });
        const bytes = scratchSize(node, graph);
        if (bytes <= 0)
            return;
        out.requests.push({ tensor: `${node.name}#scratch`, kind: 'scratch', size: alignUp(bytes, align), firstStep: step, lastStep: step });
    });
    // Stryker disable next-line ConditionalExpression: equivalent, without the overlap trait the rules are [] and addAllowances adds nothing
    if (traits.overlap)
        addAllowances(out, rules, life, stepAt, outputs);
    return out;
}
/**
 * With the I/O out of the activations, a reshape ('data-movement' trait: the same bytes in the same
 * order) of a graph input, or of such a view, is the caller's buffer under another shape: ST's C
 * graph has no copy for it (a stm32ai 5.2 report: Flatten of the (28, 28, 1) input, dense_1 reads
 * input_0_output in user memory, activations 512 B). Views that are graph outputs keep their buffer.
 */
function userViews(graph, inputs) {
    const views = new Set();
    const outputs = new Set(graph.outputs);
    for (const node of graph.nodes) {
        const [x] = node.inputs;
        const [y] = node.outputs;
        // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, a data-movement node has one data input and one output, so the first tests only repeat the last
        if (!x || !y || node.outputs.length !== 1 || outputs.has(y) || !(0,traits/* hasTrait */.jp)(node.op, 'data-movement'))
            continue;
        if (inputs.has(x) || views.has(x))
            views.add(y);
    }
    return views;
}
/** Keeps the rules whose input is last read by the layer that writes the output. */
function addAllowances(out, rules, life, stepAt, outputs) {
    for (const rule of rules) {
        // (-1: the tensor has no request)
        const [a, b] = [requestOf(life, rule.input), requestOf(life, rule.output)];
        const ra = a < 0 ? undefined : out.requests[a];
        const rb = b < 0 ? undefined : out.requests[b];
        if (!ra || !rb || outputs.has(rule.input))
            continue;
        // Stryker disable next-line ConditionalExpression: equivalent, for the output's test: a rule's output is written by the rule's node and starts at its step
        if (ra.lastStep !== stepAt[rule.at] || rb.firstStep !== stepAt[rule.at])
            continue;
        out.pairs.push({ a, b, rule });
    }
    out.allowances = (0,place/* indexAllowances */.qw)(out.requests.length, out.pairs);
}

// EXTERNAL MODULE: ./src/ops/ml.ts
var ml = __webpack_require__(7247);
// EXTERNAL MODULE: ./src/ops/ml-arrays.ts
var ml_arrays = __webpack_require__(962);
;// CONCATENATED MODULE: ./src/memory/scratch/st.ts
/**
 * Scratch buffers of ST Edge AI Core's kernels (the 'st' profile): one `<layer>_scratch0` array
 * per layer, placed in the activations buffer and alive only while its layer runs.
 *
 * Sources: the C-Arrays and c_info.json of stedgeai 1.0 for two int8 wake-word models
 * (../shared/reference/stedgeai-sww), and 2.x `network.c` / c_info.json files from public projects
 * (test/reference/st-scratch-layers.json lists every layer, its repository and commit; 290 layers).
 * The parts follow the CMSIS-NN `*_get_buffer_size` functions (DSP build) ST's kernels build on:
 *
 *   int8 depthwise (forward_dw_sssa8_ch)  2*Cin*K (int16 im2col) + Cout*K + 10*Cout + 1
 *                                         e.g. C 128, K 10x1: 128 * (3*10 + 10) + 1 = 5,121
 *   int8 pointwise 1x1 (forward_pw_sssa8_ch)
 *                                         2 int16 im2col columns (4*Cin/G) + 10*Cout (per-channel
 *                                         requantization: int32 multiplier, int32 bias term, int16 shift)
 *                                         e.g. Cin 40, Cout 128: 160 + 1,280 = 1,440
 *   int8 conv, K > 1 (forward_conv2d_sssa8_ch, forward_conv2d_deep_sssa8_ch)
 *                                         4*Cin/G*K + 14*Cout + min(2*Cin/G*K*Cout, 5,120): the
 *                                         weights widened to int16, at most 5,120 B at a time
 *                                         e.g. Cin 54, K 3, Cout 48: 648 + 672 + 5,120 = 6,440
 *   int8 dense (forward_dense_integer_SSSA[_ch])
 *                                         the input widened to int16 (2*Cin), plus 10*Cout with
 *                                         per-channel weights (_ch): Cin 11, Cout 64 -> 662 B
 *   int8 softmax (forward_sm_integer)     one int32 per input difference the kernel tabulates:
 *                                         |diff_min| of TFLite's softmax quantization,
 *                                         floor(31 * 2^26 / 2^e), e the exponent of beta*scale*2^26
 *                                         (scale 0.1471 -> 124 words; 0.0944 -> 248; 9.578 -> 1)
 *   float conv, one group                 one im2col column: Cin*K floats (seed 001: 9 x 4 = 36 B,
 *                                         144 x 4 = 576 B)
 *   binary conv (int1 input)              2 words per kernel tap and word of packed input channels
 *                                         (seed 001: 3x3, 1 channel -> 72 B; fitted, one layer)
 *   float LSTM (forward_lstm)             7 * units floats, whatever the input size: 700 for 100
 *                                         units (stm32ai 5.2, sine_LSTM_Dense_50_50.h5's report),
 *                                         350 for 50 units with 2 or 50 inputs (a 2024 network.c);
 *                                         a bidirectional layer runs as two layers, one direction
 *                                         after the other, each 7 * units at the same offset
 *                                         (yash-akbari/AFIB_Detection_ON_STM32L475VGT6@0eb5645
 *                                         network.c: 140 floats each for 20 units)
 *
 *   SVM classifier (forward_svc)          one float per support vector (its kernel value) plus
 *                                         7 per class pair + 3 (the pairwise votes and
 *                                         probabilities): 646 SVs, 4 classes -> 691 floats; 450, 4
 *                                         -> 495; 656, 5 -> 729 (the 7 and 3 FITTED on these three);
 *                                         checked on 550, 3 -> 574 and 990, 4 -> 1,035 (five
 *                                         public network.c files, test/ops/ml.test.ts)
 *
 * Float dense and float softmax have none (dense_64x32.onnx: stedgeai's 384 B holds no scratch).
 * Other ops: none.
 */



/**
 * stedgeai's per-output-channel requantization data in a pointwise conv's or dense layer's scratch
 * (bytes). FITTED on the two wake-word models (stedgeai 1.0); checked on every pointwise and
 * per-channel dense layer of test/reference/st-scratch-layers.json (2.x, other projects).
 */
const PER_CHANNEL_BYTES = 10;
/**
 * A K > 1 int8 conv's per-channel bytes and the cap on its int16 weight copy. FITTED on the
 * weather-forecasting project's network.c (conv2d_1: Cin 7, K 5, Cout 54 -> 4,676 B; conv2d_4:
 * Cin 54, K 3, Cout 48 -> 6,440 B); checked on the other K > 1 layers of
 * test/reference/st-scratch-layers.json, among them another project's c_info.json.
 */
const CONV_PER_CHANNEL_BYTES = 14;
const CONV_WEIGHT_COPY_MAX = 5_120;
/**
 * A binary convolution's scratch: 32-bit words per kernel tap and per word of packed input
 * channels. FITTED on the one binary layer of seed 001's two-layer report (quant_conv2d: 3x3, one
 * input channel, scratch0 18 floats = 72 B); no second report to check it on.
 */
const BINARY_CONV_WORDS_PER_TAP = 2;
/** Words of forward_sm_integer's table when the input scale is unknown: stedgeai 1.0's for the wake-word model. */
const SOFTMAX_INT8_WORDS_UNKNOWN = 124;
function convScratch(graph, node, simd) {
    const g = convGeometry(graph, node);
    const x = tensorOf(graph, node, 0);
    if (!g)
        return [];
    if (isInt8(x)) {
        if (g.depthwise)
            return [2 * g.cin * g.k + g.cout * g.k + PER_CHANNEL_BYTES * g.cout + 1];
        const cols = (g.cin / g.group) * g.k;
        // Helium builds (Cortex-M55) NOT CALIBRATED: the pointwise rule, close to ST 4.0's one
        // stm32n6 c_info (../shared/reference/packetqc-ai: 5,632 B for 5,120 B, Cin 256, K 3, Cout 256)
        if (g.k === 1 || simd === 'helium')
            return [2 * 2 * cols + PER_CHANNEL_BYTES * g.cout];
        return [2 * 2 * cols + CONV_PER_CHANNEL_BYTES * g.cout + Math.min(2 * cols * g.cout, CONV_WEIGHT_COPY_MAX)];
    }
    // Stryker disable next-line OptionalChaining: equivalent, g exists only when input 0 has a tensor with a shape (convGeometry), so x exists
    if (x?.dtype === 'int1')
        return [4 * BINARY_CONV_WORDS_PER_TAP * g.k * Math.ceil(g.cin / g.group / 32)];
    // Stryker disable next-line OptionalChaining: equivalent, g exists only when input 0 has a tensor with a shape (convGeometry), so x exists
    if (x?.dtype === 'float32' && g.group === 1)
        return [4 * g.cin * g.k];
    return [];
}
/** Input features of a fully connected layer (the input's last dim); per-channel weights add their requantization data. */
function denseScratch(graph, node) {
    const x = tensorOf(graph, node, 0);
    const w = tensorOf(graph, node, 1);
    const y = outputOf(graph, node);
    if (!isInt8(x) || w?.data === undefined)
        return [];
    // Stryker disable next-line OptionalChaining: equivalent, isInt8(x) held just above, so x exists
    const xShape = x?.shape;
    const k = xShape?.at(-1);
    const n = y?.shape?.[y.shape.length - 1];
    if (typeof k !== 'number')
        return [];
    const perChannel = (w.quant?.scale.length ?? 1) > 1;
    if (!perChannel)
        return [2 * k];
    return typeof n === 'number' ? [2 * k + PER_CHANNEL_BYTES * n] : [];
}
/**
 * TFLite's int8 softmax quantization (kScaledDiffIntegerBits = 5): the input multiplier
 * beta*scale*2^26 = m * 2^e (m in [0.5, 1)); differences below diff_min = -floor(31 * 2^26 / 2^e)
 * contribute nothing, and the kernel tabulates one int32 per difference from 0 to |diff_min|.
 */
function softmaxTableWords(scale, beta) {
    // Stryker disable next-line ArithmeticOperator: equivalent, a cap of 2^31 - 1 or 2^31 + 1 gives e = 31 or 32, and floor(31 * 2^(26 - e)) = 0 words either way
    const real = Math.min(beta * scale * 2 ** 26, 2 ** 31 - 1);
    if (!(real > 0) || !Number.isFinite(real))
        return undefined;
    let e = Math.floor(Math.log2(real)) + 1;
    // QuantizeMultiplier: a mantissa that rounds to 2^31 moves to the next exponent
    if (Math.round((real / 2 ** e) * 2 ** 31) === 2 ** 31)
        e += 1;
    return Math.floor(31 * 2 ** (26 - e));
}
function softmaxScratch(graph, node) {
    const x = tensorOf(graph, node, 0);
    if (!isInt8(x) || !isInt8(outputOf(graph, node)))
        return [];
    // Stryker disable next-line OptionalChaining: equivalent, isInt8(x) held just above, so x exists
    const scale = x?.quant?.scale[0];
    const beta = typeof node.attrs['beta'] === 'number' ? node.attrs['beta'] : 1;
    // Stryker disable next-line ConditionalExpression: equivalent, softmaxTableWords(undefined) is NaN-guarded and gives undefined too
    const words = scale === undefined ? undefined : softmaxTableWords(scale, beta);
    return [4 * Math.max(words ?? SOFTMAX_INT8_WORDS_UNKNOWN, 1)];
}
/** ST's kernels for a DSP-extension core (Cortex-M4, M7, M33): the default rule table. */
function stScratch(node, graph) {
    // Stryker disable next-line StringLiteral: equivalent, only 'helium' changes a rule: any other name is the DSP table
    return stScratchFor(node, graph, 'dsp');
}
/** The kernels ST builds for the core's SIMD extension. */
function stScratchRules(simd) {
    return (node, graph) => stScratchFor(node, graph, simd);
}
/** ST's float LSTM work area: 7 floats per unit (the directions of a bidirectional layer take turns). */
const LSTM_FLOATS_PER_UNIT = 7;
function lstmScratch(graph, node) {
    const x = tensorOf(graph, node, 0);
    const r = tensorOf(graph, node, 2);
    if (x?.dtype !== 'float32')
        return [];
    const hidden = typeof node.attrs['hidden_size'] === 'number' ? node.attrs['hidden_size'] : node.sourceOp === 'LSTM' ? r?.shape?.[r.shape.length - 1] : undefined;
    if (typeof hidden !== 'number' || hidden <= 0)
        return [];
    return [4 * LSTM_FLOATS_PER_UNIT * hidden];
}
/** forward_svc's work area per class pair, and its fixed part (floats; FITTED, see the header). */
const SVC_FLOATS_PER_PAIR = 7;
const SVC_FLOATS_FIXED = 3;
function svcScratch(graph, node) {
    const sv = (0,ml/* supportVectorCount */.y7)(node);
    const k = (0,ml_arrays/* classCount */.Uo)(node);
    // counts the support vectors present do not back (the rule's W_SHAPE) take no work area
    const x = tensorOf(graph, node, 0)?.shape;
    if (sv === 0 || k < 2 || (0,ml/* supportVectorMismatch */.LU)(node, x?.[x.length - 1]) !== undefined)
        return [];
    return [4 * (sv + (SVC_FLOATS_PER_PAIR * k * (k - 1)) / 2 + SVC_FLOATS_FIXED)];
}
function stScratchFor(node, graph, simd) {
    switch (node.op) {
        case 'LSTM': return lstmScratch(graph, node);
        case 'Conv': return convScratch(graph, node, simd);
        case 'Gemm':
        case 'MatMul': return denseScratch(graph, node);
        case 'Softmax': return softmaxScratch(graph, node);
        case 'SVMClassifier': return svcScratch(graph, node);
        default: return [];
    }
}

// EXTERNAL MODULE: ./src/memory/profiles.ts
var profiles = __webpack_require__(6569);
;// CONCATENATED MODULE: ./src/memory/scratch/tflm.ts



function svdfScratch(graph, node) {
    const x = tensorOf(graph, node, 0);
    const wf = tensorOf(graph, node, 1);
    const batch = x?.shape?.[0];
    const filters = wf?.shape?.[0];
    if (typeof batch !== 'number' || typeof filters !== 'number')
        return [];
    const rank = (0,attrs/* attrInt */.NN)(node, 'rank', 1);
    if (isInt8(x))
        return [4 * batch * filters, 4 * batch * Math.floor(filters / Math.max(rank, 1))];
    return [4 * batch * filters];
}
function int4FilterScratch(graph, node) {
    const w = tensorOf(graph, node, 1);
    if (w?.dtype !== 'int4' && w?.quant?.dtype !== 'int4')
        return [];
    const n = (0,ir_shape/* elementCount */.KX)(w.shape);
    return n === undefined ? [] : [n];
}
/** TFLite's LSTM operands: 0 input, 18 output (hidden) state, 19 cell state. */
function tflm_lstmScratch(graph, node) {
    if (node.sourceOp !== 'UNIDIRECTIONAL_SEQUENCE_LSTM')
        return [];
    const x = tensorOf(graph, node, 0);
    const hidden = tensorOf(graph, node, 18);
    const cell = tensorOf(graph, node, 19);
    const batch = (0,attrs/* attrInt */.NN)(node, 'time_major', 0) === 1 ? x?.shape?.[1] : x?.shape?.[0];
    const units = hidden?.shape?.[1];
    const bytes = cell?.dtype === 'int16' ? 2 : cell?.dtype === 'float32' ? 4 : undefined;
    if (typeof batch !== 'number' || typeof units !== 'number' || bytes === undefined)
        return [];
    return new Array(4).fill(batch * units * bytes);
}
function transposeConvScratch(graph, node) {
    const x = tensorOf(graph, node, 0);
    const out = (0,ir_shape/* elementCount */.KX)(outputOf(graph, node)?.shape);
    if (out === undefined)
        return [];
    if (x?.dtype === 'int8')
        return [4 * out];
    if (x?.dtype !== 'int16')
        return [];
    const bias = tensorOf(graph, node, 2);
    const n = (0,ir_shape/* elementCount */.KX)(bias?.shape);
    return bias?.dtype === 'int16' && n !== undefined ? [8 * out, 8 * n] : [8 * out];
}
function tflmScratch(node, graph) {
    switch (node.op) {
        case 'SVDF': return svdfScratch(graph, node);
        case 'LSTM': return tflm_lstmScratch(graph, node);
        case 'ConvTranspose': return transposeConvScratch(graph, node);
        case 'Conv':
        case 'Gemm': return int4FilterScratch(graph, node);
        default: return [];
    }
}

;// CONCATENATED MODULE: ./src/memory/scratch.ts



const noScratch = () => 0;
const noKernelScratch = () => [];
/** The profile's kernel scratch rules; ST's depend on the CPU's SIMD extension (default: DSP). */
// Stryker disable next-line StringLiteral: equivalent, only 'helium' changes ST's rules: any other default is the DSP table
function kernelScratchRules(profile, simd = 'dsp') {
    return (0,profiles/* plannerTraits */.w)(profile).scratch === 'tflm' ? tflmScratch : stScratchRules(simd);
}

;// CONCATENATED MODULE: ./src/memory/nested.ts

/**
 * `base` plus, for a node with subgraphs, its largest subgraph's arena (recorded in `notes`).
 * Each node's subgraphs are planned once, however many execution orders ask (memory/best.ts);
 * a node without any is `base` alone, not remembered (a map of every node: 6.6 MiB on a
 * 100k-node chain).
 */
function withNestedScratch(base, opts, plan, notes) {
    const known = new Map();
    return (node, graph) => {
        if (!node.subgraphs)
            return base(node, graph);
        const seen = known.get(node);
        if (seen !== undefined)
            return seen;
        const bytes = nestedBytes(node, graph, node.subgraphs);
        known.set(node, bytes);
        return bytes;
    };
    function nestedBytes(node, graph, subgraphs) {
        const own = base(node, graph);
        let best;
        for (const [name, sub] of Object.entries(subgraphs)) {
            const p = plan(sub, { ...opts, ioInsideActivations: true, scratchSize: base, nested: true });
            (0,arrays/* append */.BC)(notes.unsized, p.unsized);
            if (!best || p.arenaBytes > best.bytes)
                best = { node: node.name, subgraph: name, bytes: p.arenaBytes };
        }
        if (!best || best.bytes === 0)
            return own;
        notes.nested.push(best);
        return own + best.bytes;
    }
}

;// CONCATENATED MODULE: ./src/memory/best.ts





/** Bound on the exact search: the number of distinct executed-node sets it may visit. */
const MAX_STATES = 20_000;
/** Graphs larger than this skip the exact search. */
const MAX_EXACT_NODES = 120;
/**
 * What orders a node after others, for costs() and onlyOrder alike: its inputs, then the outer
 * tensors its nested graphs read. Dependencies come from these names, not from the buffers: a
 * tensor without a buffer (0 bytes, unsized) still orders its producer before its readers.
 */
function orderingReads(node) {
    return node.subgraphs ? [...node.inputs, ...(0,graph_edit/* outerReads */.D5)(node)] : node.inputs;
}
/**
 * The ids of `names` (`idOf`; a name without one is left out), each once: `stamp[id]` holds the
 * list, plus one, that last took the id (`list`: a node's index), so no set is made per list.
 */
function idsOnce(names, idOf, stamp, list) {
    const out = [];
    for (const x of names) {
        const t = idOf(x);
        if (t === undefined || stamp[t] === list + 1)
            continue;
        stamp[t] = list + 1;
        out.push(t);
    }
    return out;
}
function costs(graph, req) {
    const id = new Map();
    // Stryker disable next-line ArrayDeclaration: equivalent, an entry before the first request's is no request's id (ids count from the list's length)
    const size = [];
    req.requests.forEach((r) => {
        // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, a scratch name (`node#...`) is no node's input or output: as a tensor no node writes or reads, it would count nowhere
        if (r.kind === 'scratch')
            return;
        id.set(r.tensor, size.length);
        size.push(r.size);
    });
    const aliasOf = new Map(req.folded.map((f) => [f.output, f.input]));
    const writers = producersOf(graph);
    // (lists filled below: every node's outputs are summed; scratch and readers read as 0 where nothing was added)
    // Stryker disable next-line ArrayDeclaration: equivalent, a string seeded in a successor list names no node: counting under it sets a named property of a count list, no node's count
    const succ = graph.nodes.map(() => []);
    const c = { out: [], scratch: [], reads: [], size, readers: [], preds: [], succ };
    const byName = new Map(graph.nodes.map((node, i) => [node.name, i]));
    for (const r of req.requests) {
        if (r.kind !== 'scratch')
            continue;
        const i = byName.get(r.tensor.slice(0, r.tensor.lastIndexOf('#')));
        if (i !== undefined)
            c.scratch[i] = (c.scratch[i] ?? 0) + r.size;
    }
    graph.nodes.forEach((node, i) => {
        let out = 0;
        for (const o of node.outputs) {
            const t = id.get(o);
            // (an output without a buffer adds nothing; it still orders its readers, by name, below)
            if (t !== undefined)
                out += size[t] ?? 0;
        }
        c.out[i] = out;
    });
    const listed = new Int32Array(size.length);
    const bufferOf = (x) => id.get(aliasOf.get(x) ?? x);
    graph.nodes.forEach((node, v) => {
        const r = idsOnce(node.inputs, bufferOf, listed, v);
        c.reads.push(r);
        for (const t of r)
            c.readers[t] = (c.readers[t] ?? 0) + 1;
    });
    for (const o of graph.outputs) {
        const t = id.get(o);
        if (t !== undefined)
            c.readers[t] = (c.readers[t] ?? 0) + 1; // never freed
    }
    const linked = new Int32Array(graph.nodes.length);
    // an omitted operand ('') is nobody's output
    graph.nodes.forEach((node, v) => {
        // (a predecessor listed twice would be a successor listed twice too: the node's count of
        // predecessors left would reach 0 at the same step; listed once, as the buffers read are)
        const p = idsOnce(orderingReads(node), (x) => (x === '' ? undefined : writers.find(x, v)), linked, v);
        c.preds.push(p);
        for (const q of p)
            c.succ[q].push(v);
    });
    return c;
}
/**
 * True when the graph's own order is the only one its dependencies allow (orderingReads, as costs()
 * orders by): every node reads an output of the node just before it, and nothing of a later node.
 * A sequential model (a chain, a residual chain) is one; its search needs no costs, however long it is.
 */
function onlyOrder(graph) {
    const nodes = graph.nodes;
    // first what fails soonest on a graph with a choice: each node reads an output of the one before
    // (an omitted operand, '', is nobody's output)
    for (let i = 1; i < nodes.length; i++) {
        const before = nodes[i - 1].outputs;
        let linked = false;
        for (const x of orderingReads(nodes[i]))
            if (x !== '' && before.includes(x))
                linked = true;
        if (!linked)
            return false;
    }
    // then nothing a node reads comes from itself or a later node (the order is a topological one)
    const writers = producersOf(graph);
    for (let i = 0; i < nodes.length; i++) {
        for (const x of orderingReads(nodes[i]))
            if (x !== '' && (writers.find(x, i) ?? -1) >= i)
                return false;
    }
    return true;
}
/**
 * Greedy: repeatedly run the ready node with the lowest peak while it runs, ties: most bytes freed,
 * then the lowest index. The bytes live before a step are the same for every candidate, so only
 * what the node adds (its outputs and scratch) decides. Ready nodes wait in a heap by that key; a
 * node's key only improves (the bytes it frees grow when it becomes a tensor's last reader), so an
 * improved key is pushed again, comes up before the node's older entries, and those are skipped.
 */
function greedyOrder(c, n) {
    const missing = c.preds.map((p) => p.length);
    // (node indices index succ, reads and preds below: each has a list per node)
    const left = [...c.readers];
    // each tensor's reading nodes: the last one left is found when the tensor's count reaches 1
    const readersOf = c.size.map(() => []);
    c.reads.forEach((ts, v) => { for (const t of ts)
        readersOf[t].push(v); });
    // a node is ready once missing[v] is 0, and run once done[v] is 1
    const done = new Uint8Array(n);
    const freed = new Float64Array(n);
    // heap entries: the node and its key (peak while it runs, out - freed) when it was pushed; smallest first, then the lowest node
    const keyA = [];
    const keyB = [];
    const node = [];
    const heap = new MinHeap((x, y) => {
        const [ax, ay, bx, by] = [keyA[x], keyA[y], keyB[x], keyB[y]];
        return ax !== ay ? ax < ay : bx !== by ? bx < by : node[x] < node[y];
    });
    const peak = (v) => (c.out[v] ?? 0) + (c.scratch[v] ?? 0);
    const push = (v) => {
        keyA.push(peak(v));
        keyB.push((c.out[v] ?? 0) - freed[v]);
        heap.push(node.push(v) - 1);
    };
    const makeReady = (v) => {
        freed[v] = c.reads[v].reduce((s, t) => s + ((left[t] ?? 0) === 1 ? (c.size[t] ?? 0) : 0), 0);
        push(v);
    };
    for (let i = 0; i < n; i++)
        if (missing[i] === 0)
            makeReady(i);
    const order = [];
    while (heap.size > 0) {
        const v = node[heap.pop()];
        // an entry pushed before the node's key improved: the improved one came up first
        if (done[v] === 1)
            continue;
        done[v] = 1;
        order.push(v);
        for (const t of c.reads[v]) {
            left[t] = (left[t] ?? 0) - 1;
            if (left[t] !== 1)
                continue;
            // the one reader left (none for a graph output: its last reader is the graph's end) now frees t
            for (const w of readersOf[t]) {
                if (done[w] === 1)
                    continue;
                if (missing[w] === 0) {
                    freed[w] = freed[w] + (c.size[t] ?? 0);
                    push(w);
                }
                break;
            }
        }
        for (const s of c.succ[v]) {
            missing[s] = (missing[s] ?? 0) - 1;
            if (missing[s] === 0)
                makeReady(s);
        }
    }
    return order;
}
/**
 * Exact: the order with the lowest peak of live bytes, or undefined past `maxStates` executed-node
 * sets. Live bytes are counted from 0: the graph inputs, live from the start, add the same bytes to
 * every order's peak. The walk keeps the executed set's state as it goes down and back up (each
 * node's predecessors still to run, -1 once it has run; each buffer's readers still to run), so a node's readiness and
 * the bytes it frees cost its own edges, not a pass over the set; the set itself (a bigint) only
 * keys the memo.
 */
function exactOrder(c, n, maxStates) {
    if (n > MAX_EXACT_NODES)
        return undefined;
    // keyed by the set's digits: V8 hashes a bigint by its lowest 64 bits only, so sets differing
    // above them (every late state of a graph past 64 nodes) would share one hash bucket
    const memo = new Map();
    const key = (done) => done.toString(36);
    const bits = Array.from({ length: n }, (_, i) => 1n << BigInt(i));
    const full = (1n << BigInt(n)) - 1n;
    let visited = 0;
    // each node's predecessors still to run; -1 once it has run
    const missing = Int32Array.from(c.preds, (p) => p.length);
    // a buffer is freed once its last reader has run; a graph output (a reader beyond the nodes) never is
    const toRun = new Int32Array(c.size.length);
    c.reads.forEach((ts) => ts.forEach((t) => (0,arrays/* bump */.$p)(toRun, t, 1)));
    const kept = c.size.map((_, t) => (c.readers[t] ?? 0) > toRun[t]);
    const run = (v) => {
        (0,arrays/* bump */.$p)(missing, v, -1);
        for (const s of c.succ[v])
            (0,arrays/* bump */.$p)(missing, s, -1);
        let freed = 0;
        for (const t of c.reads[v])
            if ((0,arrays/* bump */.$p)(toRun, t, -1) === 0 && kept[t] !== true)
                freed += c.size[t] ?? 0;
        return freed;
    };
    const undo = (v) => {
        (0,arrays/* bump */.$p)(missing, v, 1);
        for (const s of c.succ[v])
            (0,arrays/* bump */.$p)(missing, s, 1);
        for (const t of c.reads[v])
            (0,arrays/* bump */.$p)(toRun, t, 1);
    };
    const solve = (done, live) => {
        if (done === full)
            return 0;
        const k = key(done);
        const hit = memo.get(k);
        if (hit)
            return hit.peak;
        if (++visited > maxStates)
            throw new SearchBound();
        // Stryker disable next-line UnaryOperator: equivalent, a set short of the full one has a ready node, and the first is never cut off (its peak beats Infinity): next is replaced
        let best = { peak: Infinity, next: -1 };
        for (let v = 0; v < n; v++) {
            if (missing[v] !== 0)
                continue; // waiting for a predecessor, or run
            const during = live + (c.out[v] ?? 0) + (c.scratch[v] ?? 0);
            if (during >= best.peak)
                continue;
            const freed = run(v);
            // (a search past its bound throws through here: its state is dropped with it, nothing to undo)
            const after = solve(done | bits[v], live + (c.out[v] ?? 0) - freed);
            undo(v);
            const peak = Math.max(during, after);
            if (peak < best.peak)
                best = { peak, next: v };
        }
        memo.set(k, best);
        return best.peak;
    };
    try {
        solve(0n, 0);
    }
    catch (e) {
        if (e instanceof SearchBound)
            return undefined;
        throw e;
    }
    const order = [];
    let done = 0n;
    while (done !== full) {
        // the walk from the empty set follows `next`: solve memoized every state it chose as next (the full set ends the walk)
        const next = memo.get(key(done)).next;
        order.push(next);
        done |= bits[next];
    }
    return order;
}
class SearchBound extends Error {
}
/**
 * Offset orders tried on each execution order, besides ST's (placeSt) and TFLite Micro's: by size,
 * and by conflict degree (a buffer's size plus the sizes of the buffers alive with it), then size.
 * Ties keep request order (the ids start in it; Array.prototype.sort is stable).
 */
function offsetOrders(requests) {
    const ids = requests.map((_, i) => i);
    // Stryker disable next-line OptionalChaining,LogicalOperator: equivalent, only indices of requests are asked for
    const size = (i) => requests[i]?.size ?? 0;
    const { start, others } = (0,place/* overlapLists */.XN)(requests);
    const conflicts = ids.map((i) => {
        let sum = size(i);
        for (let k = start[i]; k < start[i + 1]; k++)
            sum += size(others[k]);
        return sum;
    });
    // Stryker disable next-line LogicalOperator: equivalent, conflicts holds one degree per request
    const degree = (i) => conflicts[i] ?? 0;
    return [
        [...ids].sort((a, b) => size(b) - size(a)),
        [...ids].sort((a, b) => degree(b) - degree(a) || size(b) - size(a)),
    ];
}
/**
 * The execution order with the lowest peak of live bytes for `req`'s buffers (exact within the
 * bounds: MAX_EXACT_NODES nodes, `maxStates` executed-node sets; else greedy), and how it was
 * found; no order for a graph of one node or none.
 */
function searchOrder(graph, req, maxStates = MAX_STATES) {
    const n = graph.nodes.length;
    if (n <= 1)
        return { order: undefined, method: 'none' };
    // the graph's own order is its only one: the lowest, found without a search, at any size
    if (onlyOrder(graph))
        return { order: graph.nodes.map((_, i) => i), method: 'exact' };
    const c = costs(graph, req);
    const exact = exactOrder(c, n, maxStates);
    return exact ? { order: exact, method: 'exact' } : { order: greedyOrder(c, n), method: 'greedy' };
}
/**
 * `first`: the requests of the graph's own order, when the caller has them already; `known`: its
 * placements already made, used instead of placing again (the result is then that very array).
 */
function searchBest(graph, collect, first = collect(), known = {}) {
    const orders = [first.order];
    const { order: searched, method } = searchOrder(graph, first);
    // (a searched order equal to the graph's is not planned again)
    if (searched?.some((v, i) => v !== i))
        orders.push(searched);
    // the kept placement's arena is held with it: each comparison reads it, not the buffers again
    let best;
    for (const order of orders) {
        const req = order === first.order ? first : collect(order);
        const mine = req === first ? known : {};
        // a placement made as offsets becomes buffers only when it is kept (strictly lower: the first wins ties)
        const keepLower = (arena, buffers) => {
            if (!best || arena < best.arena)
                best = { req, buffers: buffers(), arena };
        };
        const st = mine.st ?? (0,place/* placeSt */.rO)(req.requests, req.allowances);
        keepLower((0,place/* arenaOf */.R)(st), () => st);
        const tflm = mine.tflm;
        if (tflm !== undefined) {
            keepLower((0,place/* arenaOf */.R)(tflm), () => tflm);
        }
        else {
            const offsets = (0,place/* offsetsInOrder */.CU)(req.requests, (0,place/* tflmOrder */.At)(req.requests));
            keepLower((0,place/* arenaAt */.TN)(req.requests, offsets), () => (0,place/* plannedAt */.qe)(req.requests, offsets));
        }
        // one offset order equal to an order of ST's, placed just above with the same allowances, is not placed again
        const lowest = (0,place/* lowestOffsets */.FE)(req.requests, offsetOrders(req.requests), req.allowances, (0,place/* stOrders */.ry)(req.requests));
        if (lowest)
            keepLower(lowest.arena, () => (0,place/* plannedAt */.qe)(req.requests, lowest.offsets));
    }
    // best is set: there is at least one order and one placement tried
    const { req, buffers } = best;
    return { req, buffers, method };
}

;// CONCATENATED MODULE: ./src/memory/channel-first-io.ts



/** Suffix of the channel-last copy a Transpose reads or writes. */
const CHANNEL_LAST = '#chlast';
/** More than one channel (axis 1) and more than one spatial element (axes 2...): rank 3 or more, as a lower rank has no spatial axis (their product is 1). */
function needsTranspose(graph, name) {
    // Stryker disable next-line OptionalChaining: equivalent, name is a graph input or output, which has a tensor in every verified graph
    const s = graph.tensors.get(name)?.shape;
    if (!s || !s.every((d) => typeof d === 'number'))
        return false;
    const dims = s;
    return (dims[1] ?? 1) > 1 && dims.slice(2).reduce((a, b) => a * b, 1) > 1;
}
function withChannelLastIo(graph, boundary) {
    if (!graph.nodes.some((n) => (0,traits/* hasTrait */.jp)(n.op, 'spatial') && (0,attrs/* layoutOf */.aH)(n) === 'NCHW'))
        return graph;
    const ins = graph.inputs.map((x) => boundary.inputs.get(x) ?? x).filter((x) => needsTranspose(graph, x));
    const outs = graph.outputs.map((y) => boundary.outputs.get(y) ?? y).filter((y) => needsTranspose(graph, y));
    if (ins.length === 0 && outs.length === 0)
        return graph;
    // the model's tensors under the few this copy adds, not copied (ir/layered-map.ts)
    const tensors = new LayeredMap(graph.tensors);
    const copy = (name) => {
        const t = tensors.get(name);
        const c = `${name}${CHANNEL_LAST}`;
        // Stryker disable next-line ConditionalExpression: equivalent, only tensors with a static shape need a Transpose (needsTranspose), so t exists
        if (t)
            tensors.set(c, { ...t, name: c });
        return c;
    };
    const rename = (names, from, to) => names.map((n) => (n === from ? to : n));
    // the nodes that change are copied; the others are the model's own (nothing in planning writes to a node)
    const nodes = graph.nodes.slice();
    for (const x of ins) {
        const c = copy(x);
        const t = { name: `${x}${CHANNEL_LAST}/transpose`, op: 'Transpose', sourceOp: 'Transpose', inputs: [x], outputs: [c], attrs: {} };
        const producer = nodes.findIndex((n) => n.outputs.includes(x));
        nodes.forEach((n, i) => { if (n.inputs.includes(x))
            nodes[i] = { ...n, inputs: rename(n.inputs, x, c) }; });
        nodes.splice(producer + 1, 0, t);
    }
    for (const y of outs) {
        const c = copy(y);
        const producer = nodes.findIndex((n) => n.outputs.includes(y));
        if (producer < 0)
            continue;
        const p = nodes[producer];
        nodes[producer] = { ...p, outputs: rename(p.outputs, y, c) };
        nodes.splice(producer + 1, 0, { name: `${y}${CHANNEL_LAST}/transpose`, op: 'Transpose', sourceOp: 'Transpose', inputs: [c], outputs: [y], attrs: {} });
    }
    return { ...graph, nodes, tensors };
}

;// CONCATENATED MODULE: ./src/memory/plan.ts











/** The rules 'best' searches under: ST's kernels and TFLite Micro's, each with streaming overlap. */
const BEST_BASES = ['st', 'tflm'];
/** What every placement of one graph under one planner's rules shares. */
function prepare(model, opts, planner) {
    const base = (0,profiles/* plannerTraits */.w)(planner);
    const overridden = opts.overlap === undefined ? base : { ...base, overlap: opts.overlap };
    // a nested graph's inputs and outputs are the model's intermediate tensors: no I/O conventions
    const traits = opts.nested === true ? { ...overridden, integerIo: false, channelFirstIo: false } : overridden;
    // the graph the runtime runs: ST adds Transposes at channel-first I/O (a planning copy)
    const io = traits.channelFirstIo ? withChannelLastIo(model, boundaryQdq(model)) : model;
    // ST's deep int8 convolutions (DSP cores) get their padding from a Pad layer of their own
    const deepPads = traits.scratch === 'st' && opts.simd !== 'helium';
    const graph = deepPads ? withDeepConvPads(io) : io;
    const ioInside = opts.ioInsideActivations ?? true;
    const notes = { nested: [], unsized: [] };
    const kernel = opts.kernelScratch === false ? noKernelScratch : (opts.kernelScratch ?? kernelScratchRules(planner, opts.simd));
    // nested graphs: the same rules, their own order (no search)
    const scratch = withNestedScratch(opts.scratchSize ?? noScratch, { planner, kernelScratch: kernel, overlap: opts.overlap, simd: opts.simd }, planMemory, notes);
    const facts = graphFacts(graph, traits, { deepPads, ioInside });
    const collect = (order) => collectRequests(graph, { traits, ioInside, scratchSize: scratch, kernelScratch: kernel, order: order ?? opts.order, facts });
    return { planner, traits, graph, model, ioInside, notes, collect };
}
/** The runtime's own placement of the graph's order. */
function plan_place(p, req) {
    return p.traits.steps === 'scopes' ? (0,place/* placeTflm */.$d)(req.requests) : (0,place/* placeSt */.rO)(req.requests, req.allowances);
}
/** The runtime's placement of the graph's order, handed to the search as its strategy's known placement. */
function knownPlacement(p, buffers) {
    if (p.traits.steps !== 'scopes')
        return { st: buffers };
    // Stryker disable next-line ObjectLiteral: equivalent, without it the search places TFLite Micro's order again, to the same buffers, and the plan is finished again from them
    return { tflm: buffers };
}
/** The searched plan; when the search keeps the runtime's own placement (`own`), that plan is reused. */
function searched(p, first, own) {
    const known = own === undefined ? {} : knownPlacement(p, own.buffers);
    const s = searchBest(p.graph, p.collect, first, known);
    // the search kept the runtime's placement (which it is given for the graph's order only)
    const kept = own !== undefined && s.buffers === own.buffers;
    // (without this return the plan is finished again from the same requests and buffers: the same plan)
    if (kept)
        return { ...own.plan, searchMethod: s.method };
    const plan = finish(p, s.req, s.buffers);
    plan.searchMethod = s.method;
    return plan;
}
function planMemory(model, opts = {}) {
    const planner = opts.planner ?? 'st';
    if (planner === 'best')
        return planBest(model, opts);
    const p = prepare(model, opts, planner);
    if (opts.search === true && !opts.order)
        return searched(p);
    const req = p.collect();
    return finish(p, req, plan_place(p, req));
}
/**
 * The planner's own plan and the searched one ("could be"), sharing one preparation and the
 * graph-order requests; for 'best' both are its plan.
 */
function planAndSearch(model, opts = {}) {
    const planner = opts.planner ?? 'st';
    if (planner === 'best' || opts.order) {
        const plan = planMemory(model, opts);
        return { plan, searched: plan };
    }
    const p = prepare(model, opts, planner);
    const req = p.collect();
    const buffers = plan_place(p, req);
    const plan = finish(p, req, buffers);
    return { plan, searched: searched(p, req, { buffers, plan }) };
}
function planBest(model, opts) {
    let best;
    for (const basis of BEST_BASES) {
        const p = planMemory(model, { ...opts, planner: basis, search: true, overlap: true });
        if (!best || p.arenaBytes < best.arenaBytes)
            best = { ...p, planner: 'best', basis };
    }
    return best;
}
function finish(p, req, buffers) {
    const plan = finishPlan(p.graph, p.planner, p.ioInside, req, buffers, p.notes);
    // Stryker disable next-line ConditionalExpression: equivalent, on the model's own graph every node is its own and the added steps are []
    if (p.graph !== p.model) {
        const own = new Set(p.model.nodes.map((n) => n.name));
        plan.addedSteps = p.graph.nodes.filter((n) => !own.has(n.name)).map((n) => ({ name: n.name, inputs: [...n.inputs], outputs: [...n.outputs] }));
    }
    return plan;
}
function finishPlan(graph, planner, ioInside, req, buffers, notes) {
    const arenaBytes = (0,place/* arenaOf */.R)(buffers);
    // the buffers are in request order (every order places every request): a pair's request indices are their places
    const bufferOf = (0,arrays/* byPosition */.rg)(buffers, (b) => b.tensor);
    const overlaps = req.pairs.flatMap((pair) => {
        const rule = pair.rule;
        // both are requests (addAllowances pairs two of them), so both are placed
        const [a, b] = [bufferOf(rule.input, pair.a), bufferOf(rule.output, pair.b)];
        const shared = Math.min(a.offset + a.size, b.offset + b.size) - Math.max(a.offset, b.offset);
        // (written out, not spread from the rule: each spread copy got a hidden class of its own, 33k on the 100k-node chain, 9 MiB)
        return shared > 0 ? [{ node: rule.node, input: rule.input, output: rule.output, lead: rule.lead, sharedBytes: shared }] : [];
    });
    const folds = req.folded.map((f) => {
        const t = graph.tensors.get(f.output);
        return { pad: f.pad, into: f.into, input: f.input, savedBytes: (t && (0,tensor_bytes/* tensorBytes */.X)(t)) ?? 0 };
    });
    // Stryker disable next-line OptionalChaining,StringLiteral: equivalent, the order holds node indices of this graph, so the node exists
    const order = req.order.map((i) => graph.nodes[i]?.name ?? '');
    const plan = {
        planner,
        arenaBytes,
        buffers,
        persistent: req.persistent,
        persistentBytes: req.persistent.reduce((s, p) => s + p.size, 0),
        inputsBytes: req.inputsBytes,
        outputsBytes: req.outputsBytes,
        ramTotalBytes: arenaBytes + req.inputsBytes + req.outputsBytes,
        ioInsideActivations: ioInside,
        unsized: [...req.unsized, ...notes.unsized],
        overlaps,
        folds,
        order,
        reordered: req.order.some((n, i) => n !== i),
        ioTensors: req.ioTensors,
        addedSteps: [],
    };
    if (notes.nested.length > 0)
        plan.nested = notes.nested;
    assertPlan(plan);
    return plan;
}
/** A lower bound for a plan without overlaps: the largest total size of buffers alive at one step. */
function peakLiveBytes(plan) {
    const steps = new Set();
    for (const b of plan.buffers)
        steps.add(b.firstStep);
    let peak = 0;
    for (const s of steps) {
        let sum = 0;
        for (const b of plan.buffers)
            if (b.firstStep <= s && s <= b.lastStep)
                sum += b.size;
        peak = Math.max(peak, sum);
    }
    return peak;
}

// EXTERNAL MODULE: ./src/targets/cores.ts
var cores = __webpack_require__(3750);
// EXTERNAL MODULE: ./src/analysis/build-report.ts + 6 modules
var build_report = __webpack_require__(7861);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/frontends/keras/hdf5.ts
var hdf5 = __webpack_require__(1631);
// EXTERNAL MODULE: ./src/targets/load.ts + 28 modules
var load = __webpack_require__(803);
// EXTERNAL MODULE: ./src/targets/rules/misc.ts
var misc = __webpack_require__(1136);
// EXTERNAL MODULE: ./src/targets/rules/index.ts + 11 modules
var rules = __webpack_require__(8992);
// EXTERNAL MODULE: ./src/targets/rules/types.ts
var types = __webpack_require__(1251);
;// CONCATENATED MODULE: ./src/mapping/lowering.ts
/**
 * Compiler lowerings (TARGETS.md "Lowerings"): a layer the vendor compiler rewrites into several
 * operators before it maps them. Each inserted operator is mapped by the target's own rules, as if
 * it were in the file, so its unit and its reasons come from the same table.
 *
 * `channel-pad-transposes` (stm32n6): a Pad that pads the channel axis becomes
 * Transpose (channels to rows) -> Pad (rows) -> Transpose (back). ST Edge AI Core 2.2 does this
 * to every channel Pad of BlazeFace: its optimized ONNX (`_OE_3_3_0.onnx`) holds the three
 * operators, and its c_info.json runs both Transposes as software epochs.
 */



/** The Transpose the compiler inserts before a channel Pad (channels exchanged with rows), or undefined. */
function channelPadTranspose(graph, node, target) {
    if (target.options['channel-pad-transposes'] !== true)
        return undefined;
    // Stryker disable next-line ConditionalExpression: equivalent, as false: another operator reaching padAmounts has no 8 pads on a rank-4 input (a convolution's are spatial: 4), so it gets no Transpose either
    if (node.op !== 'Pad')
        return undefined;
    const x = (0,tensor_named/* tensorNamed */.B)(graph, node.inputs[0]);
    if (x?.shape?.length !== 4)
        return undefined;
    const pads = (0,pad_fold/* padAmounts */.P2)(graph, node, 4);
    const layout = (0,attrs/* layoutOf */.aH)(node);
    // Channels and rows of a rank-4 tensor: NHWC axes 3 and 1, NCHW axes 1 and 2.
    const [c, h] = layout === 'NHWC' ? [3, 1] : [1, 2];
    if (pads === undefined || ((pads[c] ?? 0) === 0 && (pads[c + 4] ?? 0) === 0))
        return undefined;
    const perm = [0, 1, 2, 3];
    perm[c] = h;
    perm[h] = c;
    return {
        name: `${node.name}.transpose`,
        op: 'Transpose',
        sourceOp: 'Transpose (inserted by the compiler)',
        inputs: [x.name],
        outputs: [],
        attrs: { perm, layout },
    };
}
function wrapWhy(node) {
    return `${node.op} '${node.name}' pads the channel axis: the compiler moves the channels to the rows with a Transpose, pads the rows, and transposes back.`;
}

;// CONCATENATED MODULE: ./src/mapping/map.ts
/**
 * The mapping pass: each (fused) node tries the target's units in order; a unit accepts when every
 * rule for that operator holds (`severity: 'warning'` rules only warn). All failing rules of each
 * refusing unit are reported, not only the first (Vela stops at the first).
 *   const m = mapToTarget(graph, loadTarget('stm32n6'));
 */






/** The rule references a unit applies to `node`; undefined when the unit does not list the op. */
function unitRefs(unit, node) {
    const own = unit.rules[node.op] ?? unit.rules['*'];
    if (own === undefined)
        return undefined;
    return [...unit.common.filter((r) => r.except?.includes(node.op) !== true), ...own];
}
/** True when the node computes on integers: quantized, or all its known activation dtypes are integers. */
function computesOnIntegers(graph, node) {
    if (node.integer === true)
        return true;
    // the activations: every operand but the constants (an omitted or unknown name has no tensor)
    let known = 0;
    for (const names of [node.inputs, node.outputs]) {
        for (const name of names) {
            const t = (0,tensor_named/* tensorNamed */.B)(graph, name);
            if (t === undefined || t.data !== undefined || t.dtype === 'unknown')
                continue;
            if (!(0,ir_dtype/* isInteger */.Fq)(t.dtype) && t.dtype !== 'bool')
                return false;
            known++;
        }
    }
    return known > 0;
}
/** What a rule reads: the node in its graph, the unit, and the reference's limit and attribute. */
function ruleContext(graph, node, target, unit, ref = {}) {
    // Stryker disable next-line ConditionalExpression: equivalent, as false: an attr key holding undefined reads as no attr (no rule tests the key's presence)
    return { graph, node, target, unit, limit: ref.limit, ...(ref.attr === undefined ? {} : { attr: ref.attr }), tensor: (n) => (0,tensor_named/* tensorNamed */.B)(graph, n) };
}
function evaluate(graph, node, target, unit) {
    const refs = unitRefs(unit, node);
    if (refs === undefined) {
        const f = misc/* opListed */.z6.check(ruleContext(graph, node, target, unit));
        const reason = { unit: unit.name, rule: misc/* opListed */.z6.id, message: f.message, value: f.value, limit: f.limit };
        if (f.hint)
            reason.hint = f.hint;
        return { failures: [reason], warnings: [] };
    }
    const out = { failures: [], warnings: [] };
    for (const ref of refs) {
        const def = (0,rules/* getRuleDef */.kb)(ref.rule);
        if (!def) {
            // The target loader refuses an unknown rule; a Target built in code can still name one.
            out.warnings.push({ unit: unit.name, rule: ref.rule, message: `${node.op} '${node.name}': rule ${ref.rule} is not a rule of this version; ignored.`, value: '', limit: (0,types/* formatLimit */.tW)(ref.limit) });
            continue;
        }
        const ctx = ruleContext(graph, node, target, unit, ref);
        let f;
        try {
            f = def.check(ctx);
        }
        catch (e) {
            const msg = e instanceof Error ? e.message : String(e);
            out.warnings.push({ unit: unit.name, rule: ref.rule, message: `${node.op} '${node.name}': rule ${ref.rule} could not be evaluated (${msg}); assumed to hold.`, value: '', limit: (0,types/* formatLimit */.tW)(ref.limit) });
            continue;
        }
        if (!f)
            continue;
        const reason = { unit: unit.name, rule: ref.rule, message: f.message, value: f.value, limit: f.limit ?? (0,types/* formatLimit */.tW)(ref.limit) };
        const hint = ref.hint ?? f.hint;
        if (hint)
            reason.hint = hint;
        (ref.severity === 'warning' ? out.warnings : out.failures).push(reason);
    }
    return out;
}
function mapNodeToTarget(graph, node, target, warnings) {
    const reasons = [];
    for (const unit of target.units) {
        const r = evaluate(graph, node, target, unit);
        for (const w of r.warnings)
            warnings.push({ node: node.name, ...w });
        if (r.failures.length > 0) {
            (0,arrays/* append */.BC)(reasons, r.failures);
            continue;
        }
        const cls = unit.kind === 'npu' ? 'HW' : computesOnIntegers(graph, node) ? 'SW_INT' : 'SW_FLOAT';
        return { name: node.name, op: node.op, unit: cls, unitName: unit.name, reasons: reasons.length === 0 ? arrays/* NONE */.x3 : reasons };
    }
    return { name: node.name, op: node.op, unit: 'unsupported', unitName: null, reasons };
}
/**
 * A layer with a fused activation on a target that compiles the file's own operators (Pulsar2,
 * Kneron read ONNX, where the activation is a node of its own): the layer and its activation are
 * mapped separately, and the activation is recorded when it runs elsewhere.
 */
function mapSplit(graph, n, target, warnings) {
    if (n.activation === undefined || target.options['split-fused-activations'] !== true)
        return mapNodeToTarget(graph, n, target, warnings);
    const { activation, activationAttrs, ...bare } = n;
    const l = mapNodeToTarget(graph, bare, target, warnings);
    // A fused node has one output (passes/fuse-activation.ts): the activation reads and writes it.
    const out = n.outputs;
    const act = mapNodeToTarget(graph, { name: n.name, op: activation, sourceOp: activation, inputs: out, outputs: out, attrs: activationAttrs ?? {} }, target, warnings);
    if (l.unit === 'HW' && act.unit !== 'HW') {
        const named = (m) => m.replace(`${activation} '${n.name}'`, `The ${activation} fused into '${n.name}'`);
        l.splitActivation = { op: activation, unit: act.unit, unitName: act.unitName, reasons: act.reasons.map((r) => ({ ...r, message: named(r.message) })) };
    }
    // A layer the NPU refuses runs with its activation on the CPU: the layer's own reasons say why.
    return l;
}
/** Maps every node of the (optimized) graph, in execution order, with the operators the compiler inserts (lowering.ts). */
function mapToTarget(graph, target) {
    const warnings = [];
    const layers = graph.nodes.map((n) => {
        const l = mapSplit(graph, n, target, warnings);
        const inserted = l.unit === 'HW' ? channelPadTranspose(graph, n, target) : undefined;
        if (inserted) {
            const t = mapNodeToTarget(graph, inserted, target, warnings);
            // The sentences name the layer the operator is inserted around, not the operator's made-up name.
            const named = (m) => m.replace((0,types/* who */.dp)(inserted), `The Transpose inserted around '${n.name}'`);
            l.wrap = { op: 'Transpose', unit: t.unit, unitName: t.unitName, reasons: t.reasons.map((r) => ({ ...r, message: named(r.message) })), why: wrapWhy(n) };
        }
        return l;
    });
    const m = { target: target.name, disclaimer: target.disclaimer, hasAccelerator: target.units.some((u) => u.kind === 'npu'), layers, warnings };
    if (target.toolchain)
        m.toolchain = { ...target.toolchain };
    if (target.npuMode !== undefined)
        m.npuMode = target.npuMode;
    return m;
}

;// CONCATENATED MODULE: ./src/mapping/epochs.ts
/**
 * Epochs (TARGETS.md): walk the fused operators in execution order; each fused HW group is one HW
 * epoch (a compute op with its fused bias/activation, plus a HW pool, activation or binary
 * element-wise op that reads its output and is its only reader); each SW operator is one SW epoch;
 * pure data-movement operators (Reshape, Squeeze, Flatten, Identity, Unsqueeze) next to a HW epoch
 * are absorbed into it (the previous one when it is HW, else the next one), as Vela and the
 * Neural-ART compiler do; so are a zero Pad that folds into the convolution reading it and a
 * Transpose the accelerator runs (ST's c_info.json lists them inside convolution epochs).
 * Operators the compiler inserts around a layer (lowering.ts) are epochs of their own unit, before
 * and after the layer's.
 */




/** A HW pool, fusable activation or chaining element-wise op joins the HW group of the compute op it follows. */
function joinsGroup(op) {
    return (0,table/* getRule */.rF)(op).role === 'pool' || (0,traits/* hasTrait */.jp)(op, 'fusable-activation') || (0,traits/* hasTrait */.jp)(op, 'chains-into-epoch');
}
/**
 * True when `name` reads the output of `prevName` and is its only reader: its first input for an
 * activation or a pool, any input for a chaining element-wise op.
 */
function readsOnly(idx, byName, prevName, name) {
    const prev = byName.get(prevName);
    const node = byName.get(name);
    // Stryker disable next-line ConditionalExpression,LogicalOperator,BooleanLiteral: equivalent, every layer of a mapping is a node of its graph, so both are found
    if (!prev || !node)
        return false;
    const candidates = (0,traits/* hasTrait */.jp)(node.op, 'chains-into-epoch') ? node.inputs : node.inputs.slice(0, 1);
    // an omitted operand ('') has no readers
    return candidates.some((x) => prev.outputs.includes(x) && !idx.graphOutputs.has(x) && (0,graph_edit/* readersOf */.cU)(idx, x).length === 1);
}
/**
 * `layers`: each layer's MACC (the metrics' layers; a layer not listed counts 0). A CPU-only target
 * has no epochs to show (TARGETS.md): none are built (on a 100k-node graph they cost 0.3 s and
 * 36 MiB for nothing), and the layers are not made a map by name either.
 */
function buildEpochs(graph, mapping, layers = []) {
    if (!mapping.hasAccelerator)
        return { total: 0, hw: 0, sw: 0, unsupported: 0, shown: false, list: [] };
    const macc = new Map(layers.map((l) => [l.name, l.macc]));
    const list = [];
    const idx = (0,graph_edit/* buildUseIndex */.kK)(graph);
    const byName = new Map(graph.nodes.map((n) => [n.name, n]));
    // A zero Pad folded into its convolution (memory/pad-fold.ts) is the convolution's padding: it joins that epoch.
    const folded = new Set([...(0,pad_fold/* foldedPads */.vd)(graph, idx, false).values()].map((f) => f.pad));
    let pendingDm = [];
    const add = (e, l) => {
        e.nodes.push(l.name);
        e.ops.push(l.op);
        e.macc += macc.get(l.name) ?? 0;
    };
    // An epoch's id is its position from 1, given when it is pushed (the list only grows).
    const open = (l) => {
        const e = { id: list.length + 1, unit: l.unit, nodes: [], ops: [], macc: 0, reasons: l.unit === 'HW' ? [] : l.reasons };
        list.push(e);
        return e;
    };
    const flushDm = () => {
        for (const l of pendingDm)
            add(open(l), l);
        pendingDm = [];
    };
    /** The inserted operator of a wrapped layer: an epoch of its own unless it runs on the NPU. */
    const inserted = (l) => {
        const w = l.wrap;
        if (w === undefined || w.unit === 'HW')
            return;
        flushDm();
        list.push({ id: list.length + 1, unit: w.unit, nodes: [l.name], ops: [w.op], macc: 0, reasons: w.reasons, inserted: w.why });
    };
    for (const l of mapping.layers) {
        const last = list[list.length - 1];
        const moves = (0,traits/* hasTrait */.jp)(l.op, 'data-movement') || folded.has(l.name) || (l.unit === 'HW' && (0,traits/* hasTrait */.jp)(l.op, 'joins-hw-epoch'));
        if (moves && l.wrap === undefined) {
            // A folded Pad waits for its convolution; other data movement joins the HW epoch before it.
            if (last?.unit === 'HW' && pendingDm.length === 0 && !folded.has(l.name))
                add(last, l);
            else
                pendingDm.push(l);
            continue;
        }
        inserted(l);
        if (l.unit === 'HW') {
            const prev = list[list.length - 1];
            // An inserted operator's epoch is never HW (inserted() adds none for the NPU), so a HW prev is a layer's.
            // An epoch holds at least the layer that opened it, so its first op and its last node are strings.
            const joins = l.wrap === undefined && prev?.unit === 'HW' && (0,table/* getRule */.rF)(prev.ops[0]).role === 'compute' && joinsGroup(l.op) && readsOnly(idx, byName, prev.nodes[prev.nodes.length - 1], l.name);
            let e;
            if (joins && prev)
                e = prev;
            else {
                // Waiting data movement (a folded Pad first) goes with the next layer that opens an epoch: its convolution.
                e = open(l);
                for (const d of pendingDm)
                    add(e, d);
                pendingDm = [];
            }
            add(e, l);
            const a = l.splitActivation;
            if (a)
                list.push({ id: list.length + 1, unit: a.unit, nodes: [l.name], ops: [a.op], macc: 0, reasons: a.reasons, separated: `the ${a.op} fused into '${l.name}' runs on its own: ${a.unitName ?? 'no unit'} runs it, not the NPU` });
        }
        else {
            flushDm();
            add(open(l), l);
        }
        inserted(l);
    }
    flushDm();
    const hw = list.filter((e) => e.unit === 'HW').length;
    const unsupported = list.filter((e) => e.unit === 'unsupported').length;
    return { total: list.length, hw, sw: list.length - hw - unsupported, unsupported, shown: true, list };
}

// EXTERNAL MODULE: ./src/targets/validate-pool.ts
var validate_pool = __webpack_require__(633);
// EXTERNAL MODULE: ./src/diagnostics/listing.ts
var listing = __webpack_require__(9688);
// EXTERNAL MODULE: ./src/ir/names.ts
var names = __webpack_require__(103);
// EXTERNAL MODULE: ./src/mapping/family.ts
var mapping_family = __webpack_require__(9572);
;// CONCATENATED MODULE: ./src/mapping/pools.ts









/**
 * The plan's buffers, then its persistent tensors (alive for the whole run), in the order they
 * are placed: largest first, then earlier first step, then name. A buffer is compared only with
 * the placed ones alive with it (the plan's overlap index, memory/place.ts): each placement used
 * to scan every buffer already in the pool, and a 100k-node chain spilling its first pool took
 * more than 5 minutes. The pairs compared are bounded as the plan's (MAX_OVERLAPS): past it, E_LIMIT.
 */
function placeActivations(plan, actPools, alignment, unplaced) {
    const buffers = plan.buffers;
    const nb = buffers.length;
    const items = [...buffers, ...plan.persistent.map((p) => ({ tensor: p.tensor, kind: 'persistent', size: p.size }))];
    // a persistent tensor is alive before the first step and after the last: it sorts as first step -1
    const first = (i) => (i < nb ? buffers[i].firstStep : -1);
    const at = (i) => items[i];
    const order = items.map((_, i) => i).sort((a, b) => at(b).size - at(a).size || first(a) - first(b) || (0,names/* compareNames */.M)(at(a).tensor, at(b).tensor));
    const overlaps = (0,place/* overlapLists */.XN)(buffers);
    const np = items.length - nb;
    // a persistent tensor meets every buffer and every other persistent tensor
    const pairs = overlaps.others.length / 2 + np * nb + (np * (np - 1)) / 2;
    if (pairs > place/* MAX_OVERLAPS */.u3)
        throw tooManyPairs(np, nb);
    // per item: its pool's index in actPools (-1: not placed yet, or in none) and its offset there
    const poolOf = new Int32Array(items.length).fill(-1);
    const offsetOf = new Float64Array(items.length);
    // the items placed, in the order they were
    const placedOrder = [];
    // the persistent items placed in each pool: alive with every buffer
    const persistentIn = actPools.map(() => []);
    const live = [];
    let n = 0;
    const forbid = (it, j) => {
        if (n === live.length)
            live.push({ lo: 0, hi: 0 });
        const e = live[n++];
        // it fits below j iff it ends at or below j's offset; above j, at j's aligned end
        e.lo = offsetOf[j] - it.size;
        e.hi = alignUp(offsetOf[j] + at(j).size, alignment);
    };
    /** Fills `live` with where item i may not start in pool p (the items placed there alive with it); returns their count. */
    const forbiddenIn = (i, p) => {
        const it = at(i);
        n = 0;
        if (i >= nb) {
            for (let j = 0; j < items.length; j++)
                if (poolOf[j] === p)
                    forbid(it, j);
            return n;
        }
        const last = overlaps.start[i + 1];
        for (let o = overlaps.start[i]; o < last; o++) {
            const j = overlaps.others[o];
            if (poolOf[j] === p)
                forbid(it, j);
        }
        for (const j of persistentIn[p])
            forbid(it, j);
        return n;
    };
    for (const i of order) {
        const it = at(i);
        // the first pool with a first-fit offset that ends within its usable size
        let p = 0;
        let offset = 0;
        for (; p < actPools.length; p++) {
            offset = (0,place/* firstFit */.oR)(live, forbiddenIn(i, p));
            if (offset + it.size <= (0,validate_pool/* usableBytes */.sD)(actPools[p]))
                break;
        }
        const pool = actPools[p];
        if (pool === undefined) {
            unplaced.push({ tensor: it.tensor, size: it.size, kind: it.kind });
            continue;
        }
        poolOf[i] = p;
        offsetOf[i] = offset;
        if (i >= nb)
            persistentIn[p].push(i);
        placedOrder.push(i);
    }
    return placedFrom(at, (i) => at(i).size, placedOrder, poolOf, offsetOf);
}
/** A placement run's items: `order` lists them in the order placed, `poolOf` and `offsetOf` by item. */
function placedFrom(item, size, order, poolOf, offsetOf) {
    return { item, size, count: order.length, at: (k) => order[k], pool: (i) => poolOf[i], offset: (i) => offsetOf[i] };
}
function tooManyPairs(persistent, buffers) {
    return new diagnostic/* FootprintError */.E0('E_LIMIT', `memory pools: more than ${(0,format/* thousands */.oh)(place/* MAX_OVERLAPS */.u3)} pairs of buffers alive at a common step (${(0,format/* thousands */.oh)(persistent)} persistent tensors, alive at every step, with ${(0,format/* thousands */.oh)(buffers)} activation buffers), the most a placement may have`);
}
/** Places activations (from the MemoryPlan) and weights into the target's pools. */
function placePools(plan, weights, pools, alignment = 4) {
    const unplaced = [];
    const actPools = pools.filter((p) => p.use.includes('activations'));
    const first = actPools[0];
    const keep = first !== undefined && plan.persistent.length === 0 && plan.arenaBytes <= (0,validate_pool/* usableBytes */.sD)(first);
    // kept: every buffer at its plan offset in the first pool
    const acts = keep
        ? { item: (i) => plan.buffers[i], size: (i) => plan.buffers[i].size, count: plan.buffers.length, at: (k) => k, pool: () => 0, offset: (i) => plan.buffers[i].offset }
        : placeActivations(plan, actPools, alignment, unplaced);
    const segments = typeof weights === 'number' ? (weights > 0 ? [{ name: 'weights', size: weights }] : []) : weights;
    const wPools = pools.filter((p) => p.use.includes('weights'));
    const wts = placeWeights(segments, wPools, alignment, unplaced);
    // per pool of `pools`: the highest end of what it holds, how many items, and whether an activation
    const used = new Float64Array(pools.length);
    const count = new Int32Array(pools.length);
    const holdsActivation = new Uint8Array(pools.length);
    const tally = (placed, within, activation) => {
        const index = within.map((p) => pools.indexOf(p));
        for (let k = 0; k < placed.count; k++) {
            const i = placed.at(k);
            const p = index[placed.pool(i)];
            used[p] = Math.max(used[p], placed.offset(i) + placed.size(i));
            count[p] = count[p] + 1;
            if (activation)
                holdsActivation[p] = 1;
        }
    };
    tally(acts, actPools, true);
    tally(wts, wPools, false);
    const usage = pools.map((p, k) => {
        const usable = (0,validate_pool/* usableBytes */.sD)(p);
        const u = {
            name: p.name, access: p.access, external: p.external === true, holds: [...p.use],
            usableBytes: Number.isFinite(usable) ? usable : null,
            usedBytes: used[k],
            percent: Number.isFinite(usable) && usable > 0 ? Math.round((used[k] / usable) * 1000) / 10 : null,
            buffers: count[k],
        };
        if (p.address !== undefined)
            u.address = p.address;
        return u;
    });
    // an external pool holding activations (a read-only pool cannot: src/targets/validate-pool.ts)
    const spills = usage.filter((u, k) => u.external && holdsActivation[k] === 1);
    const spillPools = spills.map((u) => u.name);
    const warnings = [];
    for (const u of spills) {
        warnings.push(`activations spill to external memory ${u.name} (${(0,format/* binarySize */.dQ)(u.usedBytes)}): the internal pools are too small; expect slower inference.`);
    }
    (0,arrays/* append */.BC)(warnings, unplacedWarnings(unplaced));
    const placements = () => [...listed(acts, actPools), ...listed(wts, wPools)];
    return { method: keep ? 'plan-offsets' : 'first-fit', pools: usage, placements, unplaced, spilled: spillPools.length > 0, spillPools, warnings };
}
/** Weight segments (or one blob) into the weight pools in order, each at the first pool it fits after what that pool holds. */
function placeWeights(segments, wPools, alignment, unplaced) {
    const fill = new Float64Array(wPools.length);
    const poolOf = new Int32Array(segments.length).fill(-1);
    const offsetOf = new Float64Array(segments.length);
    const placedOrder = [];
    segments.forEach((s, i) => {
        const home = wPools.findIndex((p, k) => alignUp(fill[k], alignment) + s.size <= (0,validate_pool/* usableBytes */.sD)(p));
        if (home < 0) {
            if (wPools.length > 0)
                unplaced.push({ tensor: s.name, size: s.size, kind: 'weights' });
            return;
        }
        const off = alignUp(fill[home], alignment);
        fill[home] = off + s.size;
        poolOf[i] = home;
        offsetOf[i] = off;
        placedOrder.push(i);
    });
    const item = (i) => {
        const s = segments[i];
        return { tensor: s.name, kind: 'weights', size: s.size };
    };
    return placedFrom(item, (i) => segments[i].size, placedOrder, poolOf, offsetOf);
}
/** The placements of `placed`, in the order they were made. */
function listed(placed, within) {
    const out = [];
    for (let k = 0; k < placed.count; k++) {
        const i = placed.at(k);
        const it = placed.item(i);
        out.push({ tensor: it.tensor, kind: it.kind, pool: within[placed.pool(i)].name, offset: placed.offset(i), size: it.size });
    }
    return out;
}
/**
 * The most unplaced buffers of one kind (weight or activation) warned about one by one: beyond,
 * one warning names the first UNPLACED_NAMED and counts the rest (a 100k-layer chain's weights
 * overflowing the flash made 92,719 warning lines); `unplaced` still lists every one.
 */
const UNPLACED_NAMED = listing/* NAMED_BEFORE_COUNTING */.U;
function unplacedWarnings(unplaced) {
    const out = [];
    for (const holds of ['activations', 'weights']) {
        const family = holds === 'weights' ? 'weight' : 'activation';
        const mine = unplaced.filter((x) => (0,mapping_family/* familyOf */.A)(x.kind) === holds);
        const named = mine.slice(0, UNPLACED_NAMED).map((x) => `${x.kind} '${x.tensor}' (${(0,format/* binarySize */.dQ)(x.size)})`);
        if (mine.length <= UNPLACED_NAMED) {
            for (const n of named)
                out.push(`${n} fits in no ${family} pool.`);
            continue;
        }
        const bytes = mine.reduce((s, x) => s + x.size, 0);
        out.push(`${(0,format/* thousands */.oh)(mine.length)} ${(0,mapping_family/* familyUnit */.Z)(holds)}s (${(0,format/* binarySize */.dQ)(bytes)}) fit in no ${family} pool: ${named.join(', ')} and ${(0,format/* thousands */.oh)(mine.length - UNPLACED_NAMED)} more (the JSON report's pools.unplaced lists every one).`);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/passes/bounds.ts
/**
 * Sanity bounds, checked before any figure is reported: a damaged file can declare shapes whose
 * products overflow (a TFLite offset landing on `4x1x16x1048588x15x262152x12x67x3`, an input of
 * [2^40]x4) and would otherwise print 1e18 bytes of activations as if they were real. Each bound
 * is far above any model an edge toolchain compiles (the largest corpus tensor has 1e8 elements).
 */

/** Elements in one tensor: 2^40 (a 4 TiB float32 tensor). */
const MAX_TENSOR_ELEMENTS = 2 ** 40;
/** Any reported total (bytes, MACC, parameters). */
const MAX_TOTAL = 1e15;
/** Every static shape of the graph and its nested graphs: product within MAX_TENSOR_ELEMENTS. */
function checkShapes(graph) {
    // (forEach and an indexed loop: a for-of here, run once over every tensor, allocated an iterator
    // result per tensor and per dimension, 48 MB on a 100k-node graph)
    graph.tensors.forEach((t) => {
        const shape = t.shape;
        if (!shape)
            return;
        let n = 1;
        for (let i = 0; i < shape.length; i++) {
            const d = shape[i];
            if (typeof d !== 'number')
                continue;
            n *= d;
            if (n > MAX_TENSOR_ELEMENTS) {
                throw new diagnostic/* FootprintError */.E0('E_LIMIT', `tensor '${t.name}' declares shape [${shape.join('x')}]: over ${MAX_TENSOR_ELEMENTS} elements, beyond any model (the file is likely corrupt)`);
            }
        }
    });
    for (const node of graph.nodes) {
        for (const sub of Object.values(node.subgraphs ?? {}))
            checkShapes(sub);
    }
}
/** The report's totals: each finite and within MAX_TOTAL. */
function checkTotals(totals) {
    for (const [k, v] of Object.entries(totals)) {
        // A latency the target cannot estimate is null, not a number.
        if (v === null)
            continue;
        if (!Number.isFinite(v) || Math.abs(v) > MAX_TOTAL) {
            throw new diagnostic/* FootprintError */.E0('E_LIMIT', `the model's ${k} would be ${v}, beyond any model (over ${MAX_TOTAL}): its declared sizes are inconsistent (the file is likely corrupt)`);
        }
    }
}

// EXTERNAL MODULE: ./src/latency/estimate.ts + 1 modules
var estimate = __webpack_require__(5154);
;// CONCATENATED MODULE: ./src/analyze.ts













/** Analyzes one model. Throws FootprintError (typed, naming the file) when it cannot be read. */
function analyzeModel(input, options = {}) {
    try {
        const steps = analysisSteps(input, options);
        for (;;) {
            const s = steps.next();
            if (s.done === true)
                return s.value;
        }
    }
    catch (e) {
        throw (0,diagnostic/* asFootprintError */.aD)(e, input.path);
    }
}
/**
 * analyzeModel phase by phase, its one home: the generator yields each phase's name just before
 * running it and returns the report (a caller that measures the phases, bench/allocations.ts,
 * resumes it once per phase). Errors are thrown as they come; analyzeModel types them.
 */
function* analysisSteps(input, options = {}) {
    yield 'read';
    const model = (0,registry/* readModel */.ko)(input);
    const named = typeof options.target === 'object' ? options.target : (0,load/* builtinTarget */.Vc)(options.target ?? load/* DEFAULT_TARGET */.Kv);
    const target = options.clockHz === undefined ? named : (0,estimate/* withClock */.V)(named, options.clockHz);
    const passOptions = { ...options, foldShapesOnly: options.foldShapesOnly ?? target.options['fold-shapes-only'] === true };
    yield 'passes';
    // The model read here is ours: the passes rewrite its graph in place (no second copy).
    const { graph, diagnostics, opset } = runPipeline(model, passOptions, undefined, true);
    checkShapes(graph);
    yield 'metrics';
    const metrics = computeMetrics(graph, { opset });
    yield 'plan';
    const planOptions = { planner: options.planner ?? target.planner, ioInsideActivations: options.ioInsideActivations ?? true, simd: (0,cores/* targetSimd */.bR)(target) };
    const both = planAndSearch(graph, planOptions);
    const plan = both.plan;
    const searched = planOptions.planner === 'best' ? undefined : both.searched;
    yield 'mapping';
    const mapping = mapToTarget(graph, target);
    const epochs = buildEpochs(graph, mapping, metrics.layers);
    const weights = metrics.layers.filter((l) => l.weightsBytes > 0).map((l) => ({ name: l.name, size: l.weightsBytes }));
    const pools = placePools(plan, weights, target.pools, target.alignment);
    const latency = (0,estimate/* estimateLatency */.f)(graph, metrics.layers, mapping, target);
    yield 'report';
    const report = (0,build_report/* buildReport */.FK)({
        model, graph, metrics, plan, searched, options, diagnostics,
        target: { mapping, epochs, pools, latency },
        hashes: options.hashes,
        tool: { name: build_report/* TOOL_NAME */.lH, version: version/* VERSION */.x },
    });
    checkTotals(report.totals);
    return report;
}

/**
 * True once a reader's native library was stopped mid-call or trapped on a damaged file: a
 * long-lived thread should be replaced before it reads more files (its memory may be inconsistent).
 */
function readersNeedRestart() {
    return (0,hdf5/* hdf5Poisoned */.dO)();
}


/***/ }),

/***/ 480:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $d: () => (/* binding */ placeTflm),
/* harmony export */   At: () => (/* binding */ tflmOrder),
/* harmony export */   CU: () => (/* binding */ offsetsInOrder),
/* harmony export */   FE: () => (/* binding */ lowestOffsets),
/* harmony export */   R: () => (/* binding */ arenaOf),
/* harmony export */   TN: () => (/* binding */ arenaAt),
/* harmony export */   XN: () => (/* binding */ overlapLists),
/* harmony export */   oR: () => (/* binding */ firstFit),
/* harmony export */   qS: () => (/* binding */ dropEnded),
/* harmony export */   qe: () => (/* binding */ plannedAt),
/* harmony export */   qw: () => (/* binding */ indexAllowances),
/* harmony export */   rO: () => (/* binding */ placeSt),
/* harmony export */   ry: () => (/* binding */ stOrders),
/* harmony export */   u3: () => (/* binding */ MAX_OVERLAPS),
/* harmony export */   yT: () => (/* binding */ lifetimesOverlap)
/* harmony export */ });
/* unused harmony exports placeInOrder, sameOrder, placeLowest */
/* harmony import */ var _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2869);
/* harmony import */ var _arrays_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(273);


function lifetimesOverlap(a, b) {
    return a.firstStep <= b.lastStep && b.firstStep <= a.lastStep;
}
/**
 * Drops from `live`, in place and in order, the buffers that ended before `step` (no copy, no
 * iterator: sweeps call it once per buffer or per step, 100k times on a 100k-node graph).
 */
function dropEnded(live, step) {
    let kept = 0;
    for (let j = 0; j < live.length; j++) {
        const a = live[j];
        if (a.lastStep >= step)
            live[kept++] = a;
    }
    live.length = kept;
}
/**
 * Pairs of buffers alive at a common step that one plan may have (METRICS.md "Limits"). Every
 * placement walks them (first fit compares a buffer with each placed one alive with it), so they
 * bound its time and the lists' memory: 2,000 buffers alive together make 2 million pairs, planned
 * in about a second; 5,000 made 12.5 million and took 20 s and 700 MiB. The corpus's widest model
 * has 1,259 pairs, a 100k-node chain 333,000.
 */
const MAX_OVERLAPS = 4_000_000;
/**
 * The overlap index of `items`. A sweep by first step: two lifetimes overlap iff one starts while
 * the other is alive, so the cost is the sum of the live-set sizes, not n^2. Past MAX_OVERLAPS
 * pairs: E_LIMIT.
 */
function overlapLists(items) {
    const known = overlapCache.get(items);
    if (known)
        return known;
    // Stryker disable next-line OptionalChaining: equivalent, a and b are indices of items, so items[a] and items[b] exist
    const order = items.map((_, i) => i).sort((a, b) => (items[a]?.firstStep ?? 0) - (items[b]?.firstStep ?? 0));
    // Stryker disable next-line ArrayDeclaration: equivalent, a non-index seed reads no item (lastStep -1) and the first pass drops it
    const active = [];
    // the pairs as found (alive one, arriving one), two entries each
    let pairs = new Int32Array(1024);
    let n = 0;
    for (const i of order) {
        const x = items[i];
        // Stryker disable next-line ConditionalExpression: equivalent, i is an index of items, so x exists
        if (!x)
            continue;
        // Drop the buffers that ended before x starts (in place: no array per step).
        let kept = 0;
        // Stryker disable next-line OptionalChaining,UnaryOperator: equivalent, j is an index of items, so the fallback is never read
        for (const j of active)
            if ((items[j]?.lastStep ?? -1) >= x.firstStep)
                active[kept++] = j;
        active.length = kept;
        if (n / 2 + kept > MAX_OVERLAPS)
            throw tooManyOverlaps(kept + 1, x.firstStep);
        if (n + 2 * kept > pairs.length)
            pairs = grown(pairs, n + 2 * kept);
        for (const j of active) {
            pairs[n++] = j;
            pairs[n++] = i;
        }
        active.push(i);
    }
    const index = indexOfPairs(items.length, pairs, n);
    overlapCache.set(items, index);
    return index;
}
/** `list` copied into one of at least `least` entries (doubling: the copies cost at most the final length). */
function grown(list, least) {
    const out = new Int32Array(Math.max(least, 2 * list.length));
    out.set(list);
    return out;
}
/** The index of `count` buffers from the first `n` entries of `pairs`; each buffer's others in the order their pairs were found. */
function indexOfPairs(count, pairs, n) {
    // pair k is (pairs[2k], pairs[2k + 1]): each end lists the other
    const { start, entries } = listsOfPairs(count, n / 2, (k, side) => pairs[2 * k + side], (k, side) => pairs[2 * k + 1 - side]);
    return { start, others: entries };
}
/**
 * Per-item lists from `m` pairs of items, in one flat list: pair k adds `entry(k, 0)` to the list
 * of its end `end(k, 0)` and `entry(k, 1)` to that of `end(k, 1)`; item i's list is `entries[start[i]]`
 * up to `entries[start[i + 1] - 1]`, in pair order.
 */
function listsOfPairs(count, m, end, entry) {
    // start[i + 1] counts item i's entries, then the running sum makes it where item i + 1's begin
    const start = new Int32Array(count + 1);
    for (let k = 0; k < m; k++) {
        (0,_arrays_js__WEBPACK_IMPORTED_MODULE_0__/* .bump */ .$p)(start, end(k, 0) + 1, 1);
        (0,_arrays_js__WEBPACK_IMPORTED_MODULE_0__/* .bump */ .$p)(start, end(k, 1) + 1, 1);
    }
    for (let i = 0; i < count; i++)
        start[i + 1] = start[i + 1] + start[i];
    const next = start.slice(0, count);
    const entries = new Int32Array(2 * m);
    for (let k = 0; k < m; k++) {
        entries[(0,_arrays_js__WEBPACK_IMPORTED_MODULE_0__/* .bump */ .$p)(next, end(k, 0), 1) - 1] = entry(k, 0);
        entries[(0,_arrays_js__WEBPACK_IMPORTED_MODULE_0__/* .bump */ .$p)(next, end(k, 1), 1) - 1] = entry(k, 1);
    }
    return { start, entries };
}
function tooManyOverlaps(alive, step) {
    return new _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_1__/* .FootprintError */ .E0('E_LIMIT', `memory plan: more than ${MAX_OVERLAPS.toLocaleString('en-US')} pairs of activation buffers alive at a common step (${alive.toLocaleString('en-US')} alive at step ${step}), the most a plan may have`);
}
/** The overlap index of one request array (its placements, up to a dozen per plan, share it; requests are never mutated). */
const overlapCache = new WeakMap();
/** A placed request, its fields in the report's order (the report shares the plan's buffers: analysis/build-report.ts). */
function planned(r, offset) {
    return { tensor: r.tensor, kind: r.kind, offset, size: r.size, firstStep: r.firstStep, lastStep: r.lastStep };
}
/** The allowances of `count` requests (indexes 0 to count - 1) from `pairs`. */
function indexAllowances(count, pairs) {
    const end = (k, side) => (side === 0 ? pairs[k].a : pairs[k].b);
    const { start, entries } = listsOfPairs(count, pairs.length, end, (k) => k);
    return { pairs, start, of: entries };
}
/**
 * First fit: walk the forbidden intervals of the placed, simultaneously alive buffers in offset
 * order; take the candidate when it is at or below the next interval's start, else move past that
 * interval (GreedyMemoryPlanner::CalculateOffsetsIfNeeded's loop). Intervals of equal start may be
 * walked in any order: when the candidate fits below their start, the first of them stops the walk
 * at it; when it does not, each of them raises it, to the largest of their ends either way.
 */
function firstFit(live, n) {
    // Live sets are small: an insertion sort (Array.prototype.sort allocates a work array per call,
    // which on a 100k-node graph is most of the planner's garbage); a long one is sorted normally.
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, both branches sort live[0..n) by lo; the bound only picks the faster one
    if (n > 32) {
        const head = live.slice(0, n).sort((a, b) => a.lo - b.lo);
        for (let i = 0; i < n; i++)
            live[i] = head[i];
    }
    else {
        for (let i = 1; i < n; i++) {
            const e = live[i];
            let j = i - 1;
            // Stryker disable next-line EqualityOperator: equivalent, intervals with equal lo may be walked in any order (firstFit's header)
            while (j >= 0 && live[j].lo > e.lo) {
                live[j + 1] = live[j];
                j--;
            }
            live[j + 1] = e;
        }
    }
    let candidate = 0;
    for (let i = 0; i < n; i++) {
        const e = live[i];
        if (candidate <= e.lo)
            break;
        candidate = Math.max(candidate, e.hi);
    }
    return candidate;
}
/**
 * Sets `into` to the interval where the placed buffer `p` (request j, at `offset`) forbids `r`
 * (request id) to start; the first pair of `id`'s allowances with j narrows it (a loop: no closure
 * per placed pair).
 */
function forbidden(into, r, p, offset, allow, id, j) {
    into.lo = offset - r.size;
    into.hi = offset + p.size;
    if (allow === undefined || allow.pairs.length === 0)
        return;
    const end = allow.start[id + 1];
    for (let k = allow.start[id]; k < end; k++) {
        const pair = allow.pairs[allow.of[k]];
        // r is the output: it may start at or below offset - lead. r is the input: it starts at or above offset + lead.
        if (pair.b === id && pair.a === j) {
            into.lo = offset - pair.rule.lead;
            return;
        }
        if (pair.a === id && pair.b === j) {
            into.hi = offset + pair.rule.lead;
            return;
        }
    }
}
/**
 * The offset of each request (by index) when they are placed one by one in `order`, each at its
 * first fit; -1 for a request the order leaves out. Plain numbers: a planner tries up to a dozen
 * placements of the same requests and turns only the one it keeps into buffers (plannedAt).
 */
function offsetsInOrder(requests, order, allowances) {
    const overlaps = overlapLists(requests);
    const offsets = new Float64Array(requests.length).fill(-1);
    // Reused from one request to the next: placing allocates nothing per pair.
    const live = [];
    // (indexed loops: a placement runs once over every request, and for-of allocated iterator results there)
    for (let k = 0; k < order.length; k++) {
        const id = order[k];
        const r = requests[id];
        if (!r)
            continue;
        let n = 0;
        // the index holds a range per request, and requests[id] exists (above)
        const last = overlaps.start[id + 1];
        for (let o = overlaps.start[id]; o < last; o++) {
            const j = overlaps.others[o];
            const at = offsets[j];
            if (at < 0)
                continue;
            // Stryker disable next-line ConditionalExpression,ObjectLiteral: equivalent, the pool only grows: an extra entry past n is never read, and forbidden() sets every field
            if (n === live.length)
                live.push({ lo: 0, hi: 0 });
            forbidden(live[n++], r, requests[j], at, allowances, id, j);
        }
        offsets[id] = firstFit(live, n);
    }
    return offsets;
}
/** The buffers of a placement (offsetsInOrder), in request order. */
function plannedAt(requests, offsets) {
    const out = [];
    requests.forEach((r, i) => {
        const at = offsets[i];
        if (at >= 0)
            out.push(planned(r, at));
    });
    return out;
}
/** The arena a placement (offsetsInOrder) needs: the highest end of a placed request. */
function arenaAt(requests, offsets) {
    let arena = 0;
    requests.forEach((r, i) => {
        const at = offsets[i];
        if (at >= 0)
            arena = Math.max(arena, at + r.size);
    });
    return arena;
}
/** Places the requests one by one in `order`, each at its first fit. */
function placeInOrder(requests, order, allowances) {
    return plannedAt(requests, offsetsInOrder(requests, order, allowances));
}
/** True when two orders list the same requests in the same sequence. */
function sameOrder(a, b) {
    if (a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            return false;
    return true;
}
/**
 * The placement with the smallest arena among `orders` (the first on ties), as offsets and arena:
 * only the kept one becomes buffers. An order equal to an earlier one, or to one of `placed` (the
 * caller placed those with the same allowances and keeps an arena at most theirs), is not placed
 * again: first fit gives it the same offsets, which cannot be strictly lower (the 100k-node chain:
 * the search's two offset orders are two of ST's four). Undefined when no order is left to place.
 */
function lowestOffsets(requests, orders, allowances, placed = []) {
    let best;
    const done = [...placed];
    for (const order of orders) {
        if (done.some((d) => sameOrder(d, order)))
            continue;
        done.push(order);
        const offsets = offsetsInOrder(requests, order, allowances);
        const arena = arenaAt(requests, offsets);
        if (!best || arena < best.arena)
            best = { offsets, arena };
    }
    return best;
}
/**
 * ST-like first-fit orders, tensors before scratch areas (alive one step each, they fill the gaps
 * the tensors leave): by size descending (ties: first step, then request order; this alone
 * reaches stedgeai's 10,116 B on str_ww_ref_model with -O time, size order with scratch mixed in:
 * 12,932), and by execution order backwards (latest first step first, then size), which lets a
 * streaming layer's output sit below its input. A third order places every buffer by last step
 * backwards, a fourth by lifetime length descending (then size): the longest-lived buffers first,
 * scratch areas among them. ST does not publish its allocator's order: 'st' keeps the lowest of
 * these (an assumption). The fourth was chosen (FITTED) on ST's own layouts of 87 public
 * c_info.json files (test/memory/st-layouts.test.ts: ST's arena reached exactly on 45 of them
 * with three orders, 59 with four) and checked end to end by `npm run bench`.
 */
function stOrders(requests) {
    const known = stOrderCache.get(requests);
    if (known)
        return known;
    const late = (r) => (r.kind === 'scratch' ? 1 : 0);
    // ties keep request order: the ids start in it and Array.prototype.sort is stable (ES2019)
    const ids = requests.map((_, i) => i);
    const at = (i) => requests[i];
    const orders = [
        [...ids].sort((a, b) => late(at(a)) - late(at(b)) || at(b).size - at(a).size || at(a).firstStep - at(b).firstStep),
        [...ids].sort((a, b) => late(at(a)) - late(at(b)) || at(b).firstStep - at(a).firstStep || at(b).size - at(a).size),
        [...ids].sort((a, b) => at(b).lastStep - at(a).lastStep || at(b).size - at(a).size),
        [...ids].sort((a, b) => at(b).lastStep - at(b).firstStep - (at(a).lastStep - at(a).firstStep) || at(b).size - at(a).size),
    ];
    stOrderCache.set(requests, orders);
    return orders;
}
/** The orders of one request array (placeSt and the search ask for them; requests are never mutated). */
const stOrderCache = new WeakMap();
/** The arena a placement needs. */
function arenaOf(buffers) {
    return buffers.reduce((m, b) => Math.max(m, b.offset + b.size), 0);
}
/** Places `requests` in each order and keeps the placement with the smallest arena (first on ties). */
function placeLowest(requests, orders, allowances) {
    const best = lowestOffsets(requests, orders, allowances);
    return best ? plannedAt(requests, best.offsets) : [];
}
/** ST-like: the lowest of stOrders (with overlaps when allowed); only the first (size) order when `single`. */
function placeSt(requests, allowances, single = false) {
    const orders = stOrders(requests);
    return placeLowest(requests, single ? orders.slice(0, 1) : orders, allowances);
}
/**
 * TFLM: buffers are listed in reverse of the order they were added, then stably sorted by size
 * descending (ReverseSortInPlace), so equal sizes go latest-added first; the first lands at 0.
 */
function placeTflm(requests) {
    return placeInOrder(requests, tflmOrder(requests));
}
/** TFLite Micro's placement order of `requests` (placeTflm). */
function tflmOrder(requests) {
    const order = requests.map((_, i) => i).reverse();
    // Stryker disable next-line OptionalChaining: equivalent, a and b are indices of requests
    order.sort((a, b) => (requests[b]?.size ?? 0) - (requests[a]?.size ?? 0));
    return order;
}


/***/ }),

/***/ 6569:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ plannerTraits)
/* harmony export */ });
/* unused harmony export PLANNER_TRAITS */
const PLANNER_TRAITS = {
    st: {
        alignment: 4, steps: 'nodes', scratch: 'st', overlap: true, foldPads: true, fusePools: true, integerIo: true, channelFirstIo: true, userViews: true, int64As32: true,
        label: 'st (ST Edge AI Core, default optimization: 4-byte aligned, zero pads folded, streaming layers overlap their input)',
    },
    'st-time': {
        alignment: 4, steps: 'nodes', scratch: 'st', overlap: false, foldPads: true, fusePools: true, integerIo: true, channelFirstIo: true, userViews: true, int64As32: true,
        label: 'st-time (ST Edge AI Core -O time: 4-byte aligned, zero pads folded, no overlap)',
    },
    tflm: {
        alignment: 16, steps: 'scopes', scratch: 'tflm', overlap: false, foldPads: false, fusePools: false, integerIo: false, channelFirstIo: false, userViews: false, int64As32: false,
        label: 'tflm (TFLite Micro greedy, 16-byte aligned)',
    },
    // 'best' runs 'st' and 'tflm' with search and overlap and keeps the lower (memory/plan.ts);
    // these traits describe its 'st' basis.
    best: {
        alignment: 4, steps: 'nodes', scratch: 'st', overlap: true, foldPads: true, fusePools: true, integerIo: true, channelFirstIo: true, userViews: true, int64As32: true,
        label: 'best (lowest of a searched ST plan and a searched TFLite Micro plan, streaming overlap)',
    },
};
function plannerTraits(p) {
    return PLANNER_TRAITS[p];
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
    if (source instanceof _file_source_js__WEBPACK_IMPORTED_MODULE_1__/* .FileSource */ ._n) {
        // Stryker disable next-line MethodExpression: equivalent, each read is its own bytes of the block whatever the block's size (only the memory held differs)
        (0,_parallel_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .hashRange */ .Uk)(source, Buffer.allocUnsafeSlow(Math.min(_parallel_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .HASH_BLOCK_BYTES */ .Lc, Math.max(source.size, 1))), 0, source.size, [sha, md5]);
    }
    else {
        for (let off = 0; off < source.size; off += _parallel_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .HASH_BLOCK_BYTES */ .Lc) {
            const part = source.read(off, Math.min(_parallel_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .HASH_BLOCK_BYTES */ .Lc, source.size - off));
            sha.update(part);
            md5.update(part);
        }
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
