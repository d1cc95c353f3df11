export const id = 641;
export const ids = [641];
export const modules = {

/***/ 172:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u: () => (/* binding */ resolveTarget)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/diagnostics/diagnostic.ts
var diagnostic = __webpack_require__(2869);
// EXTERNAL MODULE: ./src/targets/load.ts + 28 modules
var load = __webpack_require__(803);
// EXTERNAL MODULE: ./src/latency/estimate.ts + 1 modules
var estimate = __webpack_require__(5154);
// EXTERNAL MODULE: ./src/targets/check.ts
var check = __webpack_require__(4950);
// EXTERNAL MODULE: ./src/targets/validate-pool.ts
var validate_pool = __webpack_require__(633);
;// CONCATENATED MODULE: ./src/mapping/pool-file.ts
/**
 * stedgeai memory-pool files (`--memory-pool FILE`, version "1.0"):
 *   {"version": "1.0", "memory": {"mempools": [{"name": "sram", "size": "128KB", "usable_size": "96KB", "address": "0x20000000"}]}}
 * Sizes: bytes, "B/KB/MB" suffixes (1 KB = 1024 B) or "0x..." hex. Our extensions per pool:
 * `access` ("rw" | "ro"), `use` (["activations"] | ["weights"]), `external`, `description`.
 * The files ST's tools write read as well (targets/validate-pool.ts): STM32CubeMX's
 * `.ai/mempools-board.json` and stedgeai's `.mpool` have no version, sizes and `offset` as
 * {"value", "magnitude"} objects and a `prop` object (`rights`: ACC_READ is read only); a `.mpool`
 * also has compiler `params` and the NPU's `cacheinfo` and `mem_file_prefix`, which say nothing
 * about the pools' sizes and are not read.
 */



function parseMemoryPoolFile(text, fileName) {
    const c = new check/* Checker */.A$(fileName);
    const root = c.object(c.parse(text), '', ['version', 'memory', 'params']);
    if (root['version'] !== undefined) {
        const version = c.string(root['version'], 'version');
        if (version !== '1.0')
            c.expected('version', '"1.0" (the only memory-pool file version stedgeai defines)', version);
    }
    if (root['memory'] === undefined)
        return [];
    const memory = c.object(root['memory'], 'memory', ['mempools', 'cacheinfo', 'mem_file_prefix']);
    if (memory['mempools'] === undefined)
        return [];
    const pools = c.array(memory['mempools'], 'memory.mempools').map((p, i) => (0,validate_pool/* readPool */.Xu)(c, p, `memory.mempools[${i}]`, i));
    c.distinctNames(pools, 'memory.mempools', 'pool');
    return pools;
}
/** The memory-pool file for `pools` (parseMemoryPoolFile(toMemoryPoolFile(p)) gives p back). */
function toMemoryPoolFile(pools) {
    const mempools = pools.map((p) => {
        const o = { name: p.name };
        if (p.size !== undefined)
            o['size'] = formatSize(p.size);
        if (p.usableSize !== undefined)
            o['usable_size'] = formatSize(p.usableSize);
        if (p.address !== undefined)
            o['address'] = formatAddress(p.address);
        if (p.access !== 'rw')
            o['access'] = p.access;
        const defaultUse = p.access === 'ro' ? 'weights' : 'activations';
        if (p.use.length !== 1 || p.use[0] !== defaultUse)
            o['use'] = p.use;
        // JSON.stringify leaves out a key whose value is undefined.
        o['external'] = p.external;
        o['description'] = p.description;
        return o;
    });
    return JSON.stringify({ version: '1.0', memory: { mempools } }, null, 2) + '\n';
}
/**
 * The target with a user's pools: a file that names weight pools replaces all pools; a file of
 * activation pools only (stedgeai's usual case) replaces the activation pools and keeps the
 * target's weight pools.
 */
function withMemoryPools(target, pools) {
    const hasWeights = pools.some((p) => p.use.includes('weights'));
    const kept = hasWeights ? [] : target.pools.filter((p) => !p.use.includes('activations'));
    return { ...target, pools: [...pools, ...kept] };
}

;// CONCATENATED MODULE: ./src/cli/target-arg.ts



function readText(cwd, path, what) {
    const p = (0,external_node_path_.resolve)(cwd, path);
    if (!(0,external_node_fs_.existsSync)(p))
        throw new diagnostic/* FootprintError */.E0('E_FILE_NOT_FOUND', `${what} file not found`, { file: path });
    return (0,external_node_fs_.readFileSync)(p, 'utf8');
}
/**
 * `--target NAME | ./board.json`, `--memory-pool FILE` and `--clock` → one Target. A value that names a
 * built-in is the built-in; anything else is read as a target file (errors name the key).
 */
function resolveTarget(cwd, value, memoryPool, clockHz) {
    const named = (0,load/* isBuiltinTarget */.vb)(value)
        ? (0,load/* builtinTarget */.Vc)(value)
        : (0,load/* looksLikeTargetFile */.tH)(value) || (0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(cwd, value))
            ? (0,load/* parseTarget */.hu)(readText(cwd, value, 'target'), value) // a file holds JSON, never a target's name
            : (0,load/* builtinTarget */.Vc)(value); // unknown name: its error lists the built-ins
    const target = clockHz === undefined ? named : (0,estimate/* withClock */.V)(named, clockHz);
    if (memoryPool === undefined)
        return target;
    return withMemoryPools(target, parseMemoryPoolFile(readText(cwd, memoryPool, 'memory-pool'), memoryPool));
}


/***/ }),

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

/***/ 139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ writeJsonFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2705);
/**
 * A JSON report written to a file chunk by chunk (jsonChunks): the same bytes as
 * renderReport(report, 'json'), final newline included, without holding the whole text (a
 * 100k-layer report is 70 MB of JSON).
 */


function writeJsonFile(file, value) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, 'w');
    try {
        for (const c of (0,_index_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonChunks */ .VQ)(value))
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, c);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, '\n');
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
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


/***/ }),

/***/ 2705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VQ: () => (/* binding */ jsonChunks),
/* harmony export */   hF: () => (/* binding */ renderJson)
/* harmony export */ });
/* unused harmony exports JSON_BATCH, JSON_CHUNK_BYTES */
function renderJson(r) {
    return JSON.stringify(r, null, 2) + '\n';
}
const INDENT = '  ';
/**
 * An array's elements are written this many at a time, by one JSON.stringify. A batch's text stays
 * below V8's large-object size (128 KiB): at 512, a 100k-layer report's layers (about 1 KB each)
 * made 500 KB strings, each a large object of its own, and 10 MiB of the JSON's allocations
 * outlived the young generation instead of 3 (bench/allocations.ts).
 */
const JSON_BATCH = 64;
/** Pieces are written into chunks of this many bytes (up to 3 fewer: a character is never split). */
const JSON_CHUNK_BYTES = 1 << 16;
const encoder = new TextEncoder();
/** An object or array JSON.stringify walks itself (no toJSON of its own). */
function isContainer(v) {
    return typeof v === 'object' && v !== null && typeof v.toJSON !== 'function';
}
/**
 * The text of the elements of array `xs` as JSON.stringify(xs, null, 2) writes them `depth` levels
 * deep, each on its line, without the brackets: `xs` is written wrapped in `depth` arrays, with
 * JSON.stringify's own indentation (no re-indenting pass over the text), and the wrapping and the
 * brackets are cut off. Each wrapping level j (1-based) adds '[\n' and 2j spaces before and '\n',
 * 2(j-1) spaces and ']' after; the array's own brackets add '[' before and '\n', 2 depth spaces and
 * ']' after: ASCII, one character each. The cut is a slice of the text, which jsonChunks encodes
 * straight into its chunk.
 */
function elements(xs, depth) {
    let w = xs;
    for (let i = 0; i < depth; i++)
        w = [w];
    const text = JSON.stringify(w, null, 2);
    const head = 2 * depth + depth * (depth + 1) + 1;
    const tail = 2 * depth + depth * (depth - 1) + 2 + 2 * depth;
    return text.slice(head, text.length - tail);
}
/**
 * Objects are walked key by key; an array's elements are written JSON_BATCH at a time (a report's
 * layers, buffers, steps...): pieces stay small, and there are few of them.
 */
function* pieces(v, depth) {
    const close = `\n${INDENT.repeat(depth)}`;
    if (Array.isArray(v)) {
        if (v.length === 0) {
            yield '[]';
            return;
        }
        for (let i = 0; i < v.length; i += JSON_BATCH) {
            yield i === 0 ? '[' : ',';
            yield elements(v.slice(i, i + JSON_BATCH), depth);
        }
        yield `${close}]`;
        return;
    }
    const inner = `\n${INDENT.repeat(depth + 1)}`;
    let first = true;
    for (const [k, x] of Object.entries(v)) {
        const key = `${first ? '{' : ','}${inner}${JSON.stringify(k)}: `;
        if (isContainer(x)) {
            first = false;
            yield key;
            yield* pieces(x, depth + 1);
            continue;
        }
        // JSON.stringify leaves out the properties it writes nothing for (undefined, functions, symbols, a toJSON giving undefined)
        const text = JSON.stringify(x, null, 2);
        if (text === undefined)
            continue;
        first = false;
        // a toJSON's object written whole: JSON escapes the newlines of strings, every raw one is indentation
        yield key + text.replaceAll('\n', inner);
    }
    yield first ? '{}' : `${close}}`;
}
/**
 * The UTF-8 bytes of JSON.stringify(value, null, 2), in chunks of JSON_CHUNK_BYTES: a 100k-layer
 * report is 70 MB of JSON, which a writer can then send on without holding it whole. Each piece is
 * encoded straight into the chunk being filled (TextEncoder.encodeInto), so the only bytes made
 * are the chunks': encoding each piece apart and joining the parts made two to three times the
 * report's size in short-lived buffers, outside V8's heap, and about 5 MiB more peak memory on the
 * 100k-node chain. Every chunk but the last holds JSON_CHUNK_BYTES bytes, or up to 3 fewer when the
 * next character's bytes would cross that mark (each chunk decodes alone); none is empty. Each chunk
 * is a new array: a writer may keep it after asking for the next.
 */
function* jsonChunks(value) {
    if (!isContainer(value)) {
        yield encoder.encode(JSON.stringify(value, null, 2) ?? 'null');
        return;
    }
    let chunk = new Uint8Array(JSON_CHUNK_BYTES);
    let at = 0;
    for (const p of pieces(value, 0)) {
        let rest = p;
        for (;;) {
            const { read, written } = encoder.encodeInto(rest, chunk.subarray(at));
            at += written;
            if (read === rest.length)
                break;
            // the chunk is full, or the next character does not fit in what is left of it
            yield chunk.subarray(0, at);
            chunk = new Uint8Array(JSON_CHUNK_BYTES);
            at = 0;
            rest = rest.slice(read);
        }
    }
    if (at > 0)
        yield chunk.subarray(0, at);
}


/***/ }),

/***/ 6989:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AY: () => (/* binding */ unitLines),
/* harmony export */   Ml: () => (/* binding */ slowest),
/* harmony export */   Wl: () => (/* binding */ latencyValue),
/* harmony export */   Z9: () => (/* binding */ layerRows),
/* harmony export */   y: () => (/* binding */ latencySection)
/* harmony export */ });
/* harmony import */ var _units_frequency_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4881);
/* harmony import */ var _units_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2676);
/* harmony import */ var _units_format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1187);
/* harmony import */ var _table_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4675);



function ms(x) {
    return x === null || x === undefined ? 'not estimated' : (0,_units_format_js__WEBPACK_IMPORTED_MODULE_0__/* .milliseconds */ .Rz)(x);
}
/** `49.00 ms (5,880,517 cycles at 120 MHz)`, or why there is none. */
function latencyValue(l) {
    if (l.timeMs === null)
        return `not estimated (${l.units.filter((u) => u.timeMs === null && u.basis.startsWith('not estimated')).map((u) => u.name).join(', ') || 'a unit'} has no public throughput figure)`;
    return `${ms(l.timeMs)}${l.cycles !== null && l.clockHz !== null ? ` (${(0,_units_format_js__WEBPACK_IMPORTED_MODULE_0__/* .thousands */ .oh)(l.cycles)} cycles at ${(0,_units_frequency_js__WEBPACK_IMPORTED_MODULE_1__/* .formatFrequency */ .Q)(l.clockHz)})` : ''}`;
}
/** One line per unit that runs something: time, share, clock, basis. */
function unitLines(l) {
    const total = l.timeMs ?? 0;
    return l.units.filter((u) => u.layers > 0).map((u) => {
        const share = total > 0 && u.timeMs !== null ? ` (${(0,_units_format_js__WEBPACK_IMPORTED_MODULE_0__/* .percent */ .KN)(u.timeMs / total)})` : '';
        const clock = u.clockHz !== null ? ` at ${(0,_units_frequency_js__WEBPACK_IMPORTED_MODULE_1__/* .formatFrequency */ .Q)(u.clockHz)}` : '';
        return `${u.name}: ${ms(u.timeMs)}${share}${clock}; ${u.basis}`;
    });
}
/** One layer's row; `total` is the model's time (0 when unknown). */
function latencyRow(l, total) {
    const share = total > 0 && typeof l.timeMs === 'number' ? l.timeMs / total : undefined;
    return {
        cells: [l.name, l.unitName ?? '-', l.cycles === null || l.cycles === undefined ? '-' : (0,_units_format_js__WEBPACK_IMPORTED_MODULE_0__/* .thousands */ .oh)(l.cycles), ms(l.timeMs), share === undefined ? '-' : (0,_units_format_js__WEBPACK_IMPORTED_MODULE_0__/* .percent */ .KN)(share)],
        share: share ?? 0,
    };
}
/** The layers with a time estimate, each as its row, in execution order, made as they are walked. */
function* latencyRows(r) {
    const total = r.totals.latencyMs ?? 0;
    for (const l of r.layers)
        if (l.timeMs !== undefined)
            yield latencyRow(l, total);
}
/** Per layer, in execution order. */
function layerRows(r) {
    return [...latencyRows(r)];
}
/** The `count` slowest layers, slowest first. */
function slowest(rows, count) {
    return [...rows].sort((a, b) => b.share - a.share).slice(0, count);
}
/** The text report's section, in batches of printable lines: the header, then the per-layer table `batch` rows at a time. */
function* latencySection(r, batch = _table_js__WEBPACK_IMPORTED_MODULE_2__/* .TABLE_BATCH_LINES */ .CC) {
    const l = r.latency;
    if (!l)
        return;
    yield [`Latency (estimate): ${latencyValue(l)}`, l.estimate, ...unitLines(l).map((u) => `  ${u}`)].map(_units_format_js__WEBPACK_IMPORTED_MODULE_3__/* .printable */ .g);
    // a blank line, then the table (one row per layer, made anew on each of the table's two walks)
    const columns = [{ header: 'layer' }, { header: 'unit' }, { header: 'cycles', align: 'right' }, { header: 'time', align: 'right' }, { header: 'share', align: 'right' }];
    function* rows() {
        for (const row of latencyRows(r))
            yield row.cells;
    }
    let first = true;
    for (const lines of (0,_table_js__WEBPACK_IMPORTED_MODULE_2__/* .textTableBatches */ .Iy)(columns, () => [rows()], batch, 'plain')) {
        yield first ? ['', ...lines] : lines;
        first = false;
    }
}


/***/ }),

/***/ 8298:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ renderMarkdown),
/* harmony export */   L: () => (/* binding */ mdEscape)
/* harmony export */ });
/* harmony import */ var _memory_lines_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1142);
/* harmony import */ var _partition_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(269);
/* harmony import */ var _latency_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6989);
/* harmony import */ var _diagnostics_printable_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1187);
/* harmony import */ var markdown_table__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(735);
/* harmony import */ var _units_format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2676);
/* harmony import */ var _arrays_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(273);
/**
 * A compact Markdown report (PR comments, job summaries). Every cell that holds user-controlled
 * text goes through `mdEscape`, so a layer named `</details><img src=x>` renders as text.
 */







/** Escapes text for a GFM table cell: HTML, pipes, backticks, link/emphasis brackets, newlines. */
function mdEscape(s) {
    return (0,_diagnostics_printable_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g)(s.replace(/\r\n|[\r\n\u2028\u2029]/g, ' '))
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\\/g, '\\\\')
        .replace(/([|`*[\]])/g, '\\$1');
}
function table(rows, align) {
    return (0,markdown_table__WEBPACK_IMPORTED_MODULE_1__/* .markdownTable */ .Q)(rows, { align, alignDelimiters: false });
}
function ioRow(io) {
    const quant = io.quant ? `scale ${io.quant.scale.toPrecision(6)}, zp ${io.quant.zeroPoint}` : '';
    return [mdEscape(io.name), mdEscape(io.dtype), mdEscape(io.shape === null ? '?' : io.shape.join('x')), io.bytes === null ? '?' : (0,_units_format_js__WEBPACK_IMPORTED_MODULE_2__/* .thousands */ .oh)(io.bytes), quant, io.location];
}
function layerRow(l, id, label) {
    return [
        id,
        label + (l.fused.length ? ` (+${l.fused.map(mdEscape).join(', ')})` : ''),
        mdEscape(l.sourceOp) + (l.activation ? ` + ${mdEscape(l.activation)}` : ''),
        mdEscape(l.outputShape === null ? '?' : l.outputShape.join('x')),
        (0,_units_format_js__WEBPACK_IMPORTED_MODULE_2__/* .thousands */ .oh)(l.params), (0,_units_format_js__WEBPACK_IMPORTED_MODULE_2__/* .thousands */ .oh)(l.weightsBytes), (0,_units_format_js__WEBPACK_IMPORTED_MODULE_2__/* .thousands */ .oh)(l.macc),
        l.connectedTo.map(mdEscape).join(', '),
    ];
}
const sum = (ls, k) => ls.reduce((a, l) => a + l[k], 0);
/**
 * Nested graphs, compactly: one line per subgraph with its totals and how its MACC counts, then
 * only its layers that hold weights or MACC (their own nested graphs likewise).
 */
function nestedRows(l, depth) {
    const arrow = '↳'.repeat(depth);
    const rows = [];
    for (const sg of l.subgraphs ?? []) {
        const shown = sg.layers.filter((x) => x.macc > 0 || x.params > 0);
        rows.push(['', `${arrow} *${mdEscape(sg.name)}* (${sg.layers.length} layer${sg.layers.length === 1 ? '' : 's'}, MACC counted x${(0,_units_format_js__WEBPACK_IMPORTED_MODULE_2__/* .thousands */ .oh)(sg.repeat)})`, '', '', (0,_units_format_js__WEBPACK_IMPORTED_MODULE_2__/* .thousands */ .oh)(sum(sg.layers, 'params')), (0,_units_format_js__WEBPACK_IMPORTED_MODULE_2__/* .thousands */ .oh)(sum(sg.layers, 'weightsBytes')), (0,_units_format_js__WEBPACK_IMPORTED_MODULE_2__/* .thousands */ .oh)(sum(sg.layers, 'macc')), '']);
        for (const x of shown) {
            rows.push(layerRow(x, '', `${arrow} ${mdEscape(sg.name)}/${mdEscape(x.name)}`));
            (0,_arrays_js__WEBPACK_IMPORTED_MODULE_3__/* .append */ .BC)(rows, nestedRows(x, depth + 1));
        }
    }
    return rows;
}
/** The latency estimate: what it estimates, each unit's share, the slowest layers. */
function latencyMarkdown(r) {
    const l = r.latency;
    if (!l || l.timeMs === null)
        return [];
    const rows = (0,_latency_js__WEBPACK_IMPORTED_MODULE_4__/* .slowest */ .Ml)((0,_latency_js__WEBPACK_IMPORTED_MODULE_4__/* .layerRows */ .Z9)(r), 10).map((x) => x.cells);
    return [
        `Latency: ${mdEscape((0,_latency_js__WEBPACK_IMPORTED_MODULE_4__/* .latencyValue */ .Wl)(l))}. ${mdEscape(l.estimate)}`, '',
        ...(0,_latency_js__WEBPACK_IMPORTED_MODULE_4__/* .unitLines */ .AY)(l).map((u) => `- ${mdEscape(u)}`), '',
        table([['Slowest layers', 'Unit', 'Cycles', 'Time', 'Share'], ...rows.map((x) => x.map(mdEscape))], ['l', 'l', 'r', 'r', 'r']), '',
    ];
}
/** Target, epochs (with the reason of every SW epoch) and pool usage. */
function targetMarkdown(r) {
    if (!r.target)
        return [];
    const tc = (0,_partition_js__WEBPACK_IMPORTED_MODULE_5__/* .toolchainLabel */ .OP)(r.target);
    const out = [`Target **${mdEscape(r.target.name)}**${tc ? ` (${mdEscape(tc)})` : ''}: ${mdEscape(r.target.disclaimer)}`, ''];
    if (r.partition) {
        const { head, rows } = (0,_partition_js__WEBPACK_IMPORTED_MODULE_5__/* .partitionLines */ .ay)(r.partition, r.target);
        (0,_arrays_js__WEBPACK_IMPORTED_MODULE_3__/* .append */ .BC)(out, head.map((h) => `${mdEscape(h)}  `)).push('');
        if (rows.length > 0)
            (0,_arrays_js__WEBPACK_IMPORTED_MODULE_3__/* .append */ .BC)(out, rows.map((x) => `- \`${mdEscape(x.text)}\`${x.detail.length ? `: ${x.detail.map(mdEscape).join('; ')}` : ''}`)).push('');
    }
    if (r.epochs) {
        out.push(`Epochs: ${r.epochs.total} (${r.epochs.hw} HW, ${r.epochs.sw} SW${r.epochs.unsupported ? `, ${r.epochs.unsupported} unsupported` : ''})`, '');
        const sw = r.epochs.list.filter((e) => e.unit !== 'HW');
        if (sw.length > 0) {
            out.push(table([['Epoch', 'Unit', 'Layers', 'MACC', 'Why not on the NPU'], ...sw.map((e) => [
                    String(e.id), e.unit,
                    e.inserted !== undefined ? `${e.ops.map(mdEscape).join(', ')} inserted around ${e.nodes.map(mdEscape).join(', ')}` : e.separated !== undefined ? `${e.ops.map(mdEscape).join(', ')} of ${e.nodes.map(mdEscape).join(', ')}` : e.nodes.map(mdEscape).join(', '),
                    (0,_units_format_js__WEBPACK_IMPORTED_MODULE_2__/* .thousands */ .oh)(e.macc),
                    [...(e.inserted === undefined ? [] : [mdEscape(e.inserted)]), ...(e.separated === undefined ? [] : [mdEscape(e.separated)]), ...e.reasons.map((x) => mdEscape(x.message) + (x.hint ? ` Fix: ${mdEscape(x.hint)}` : ''))].join('<br>'),
                ])], ['r', 'l', 'l', 'r', 'l']), '');
        }
    }
    if (r.pools && r.pools.pools.length > 0) {
        out.push(table([['Pool', 'Holds', 'Used', 'Usable', '%'], ...r.pools.pools.map((p) => [
                mdEscape(p.name) + (p.external ? ' (external)' : ''), p.holds.join(', '), (0,_units_format_js__WEBPACK_IMPORTED_MODULE_2__/* .bytesLong */ .AY)(p.usedBytes),
                p.usableBytes === null ? 'unbounded' : (0,_units_format_js__WEBPACK_IMPORTED_MODULE_2__/* .bytesLong */ .AY)(p.usableBytes), p.percent === null ? '' : `${p.percent.toFixed(1)}%`,
            ])], ['l', 'l', 'r', 'r', 'r']), '');
        for (const w of r.pools.warnings)
            out.push(`> ⚠️ ${mdEscape(w)}`, '');
    }
    return out;
}
function renderMarkdown(r) {
    const t = r.totals;
    const delta = t.weightsBytes - t.floatWeightsBytes;
    const vsFloat = delta !== 0 && t.floatWeightsBytes > 0 ? ` (${(0,_units_format_js__WEBPACK_IMPORTED_MODULE_2__/* .signed */ .x8)(delta)}, ${(0,_units_format_js__WEBPACK_IMPORTED_MODULE_2__/* .signedPercent */ .wu)((delta / t.floatWeightsBytes) * 100)} vs float)` : '';
    const out = [];
    // Named by the file (several models in one document), the graph's own name after it.
    out.push(`### ${mdEscape(r.model.path)} (${mdEscape(r.model.format)}, ${mdEscape(r.model.fmt)}, graph ${mdEscape(r.model.name)})`, '');
    out.push(table([
        ['Metric', 'Value'],
        ['MACC', (0,_units_format_js__WEBPACK_IMPORTED_MODULE_2__/* .thousands */ .oh)(t.macc)],
        ...(r.latency ? [['Latency (estimate)', mdEscape((0,_latency_js__WEBPACK_IMPORTED_MODULE_4__/* .latencyValue */ .Wl)(r.latency))]] : []),
        ['Params', `${(0,_units_format_js__WEBPACK_IMPORTED_MODULE_2__/* .thousands */ .oh)(t.params)} items`],
        ['Weights (ROM)', `${(0,_units_format_js__WEBPACK_IMPORTED_MODULE_2__/* .bytesLong */ .AY)(t.weightsBytes)}${vsFloat}`],
        ['Activations (RAM)', `${(0,_units_format_js__WEBPACK_IMPORTED_MODULE_2__/* .bytesLong */ .AY)(t.activationsBytes)} (${r.memory.planner} planner)`],
        ...(0,_memory_lines_js__WEBPACK_IMPORTED_MODULE_6__/* .memoryLines */ .lE)(r).map((l) => ['', mdEscape(l)]),
        ['RAM total', `${(0,_units_format_js__WEBPACK_IMPORTED_MODULE_2__/* .bytesLong */ .AY)(t.ramTotalBytes)} = ${(0,_units_format_js__WEBPACK_IMPORTED_MODULE_2__/* .thousands */ .oh)(t.activationsBytes)} + ${(0,_units_format_js__WEBPACK_IMPORTED_MODULE_2__/* .thousands */ .oh)(t.inputsBytes)} + ${(0,_units_format_js__WEBPACK_IMPORTED_MODULE_2__/* .thousands */ .oh)(t.outputsBytes)}`],
        ...(t.persistentBytes > 0 ? [['Persistent (RAM)', (0,_units_format_js__WEBPACK_IMPORTED_MODULE_2__/* .bytesLong */ .AY)(t.persistentBytes)]] : []),
    ], ['l', 'r']), '');
    (0,_arrays_js__WEBPACK_IMPORTED_MODULE_3__/* .append */ .BC)(out, targetMarkdown(r));
    (0,_arrays_js__WEBPACK_IMPORTED_MODULE_3__/* .append */ .BC)(out, latencyMarkdown(r));
    const ioHeader = ['Name', 'Type', 'Shape', 'Bytes', 'Quantization', 'Location'];
    out.push('**Inputs / outputs**', '');
    out.push(table([['', ...ioHeader], ...r.inputs.map((io) => ['in', ...ioRow(io)]), ...r.outputs.map((io) => ['out', ...ioRow(io)])], ['l', 'l', 'l', 'l', 'r', 'l', 'l']), '');
    out.push('<details><summary>Layers</summary>', '');
    out.push(table([
        ['#', 'Layer', 'Op', 'Output', 'Params', 'Weights (B)', 'MACC', 'Connected to'],
        ...r.layers.flatMap((l, i) => [layerRow(l, String(i), mdEscape(l.name)), ...nestedRows(l, 1)]),
    ], ['r', 'l', 'l', 'l', 'r', 'r', 'r', 'l']), '', '</details>', '');
    if (r.operationTypes.length > 0) {
        out.push(table([['Operation type', 'MACC', '%'], ...r.operationTypes.map((o) => [mdEscape(o.type), (0,_units_format_js__WEBPACK_IMPORTED_MODULE_2__/* .thousands */ .oh)(o.macc), (0,_units_format_js__WEBPACK_IMPORTED_MODULE_2__/* .percent */ .KN)(o.share)])], ['l', 'r', 'r']), '');
    }
    if (r.diagnostics.length > 0) {
        out.push(`**Diagnostics (${r.diagnostics.length})**`, '');
        out.push(table([['Category', 'Code', 'Node', 'Message'], ...r.diagnostics.map((d) => [d.category, d.code, mdEscape(d.node ?? ''), mdEscape(d.message)])], ['l', 'l', 'l', 'l']), '');
    }
    return out.join('\n');
}


/***/ }),

/***/ 1142:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ju: () => (/* binding */ couldBeLine),
/* harmony export */   gp: () => (/* binding */ peakLine),
/* harmony export */   lE: () => (/* binding */ memoryLines),
/* harmony export */   qn: () => (/* binding */ savingsLine)
/* harmony export */ });
/* unused harmony exports OVERLAP_NAMES_SHOWN, PEAK_TENSORS_SHOWN */
/* harmony import */ var _units_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2676);

/** At most this many layers are named on the overlap line. */
const OVERLAP_NAMES_SHOWN = 3;
/** At most this many tensors are named on the peak line; the rest are summed. */
const PEAK_TENSORS_SHOWN = 4;
/** 'peak 207.0 KiB at conv_dw_2: input 200.7 KiB + output 50.2 KiB + held skip_1 1.0 KiB', or null. */
function peakLine(r) {
    const p = r.memory.timeline.peak;
    if (!p)
        return null;
    const shown = p.tensors.slice(0, PEAK_TENSORS_SHOWN).map((t) => `${t.role === 'held' ? `held ${t.tensor}` : t.role} ${(0,_units_format_js__WEBPACK_IMPORTED_MODULE_0__/* .compactSize */ .PI)(t.bytes)}`);
    const rest = p.tensors.slice(PEAK_TENSORS_SHOWN);
    if (rest.length > 0)
        shown.push(`${rest.length} more ${(0,_units_format_js__WEBPACK_IMPORTED_MODULE_0__/* .compactSize */ .PI)(rest.reduce((s, t) => s + t.bytes, 0))}`);
    const overlap = p.tensors.reduce((s, t) => s + t.bytes, 0) > p.liveBytes ? ' (output over its input)' : '';
    return `peak ${(0,_units_format_js__WEBPACK_IMPORTED_MODULE_0__/* .compactSize */ .PI)(p.liveBytes)} at ${p.layer}: ${shown.join(' + ')}${overlap}`;
}
/** '3 layers write over their consumed input (-12.0 KiB), 1 pad folded (-4.0 KiB)', or null. */
function savingsLine(r) {
    const m = r.memory;
    const parts = [];
    if (m.overlaps.length > 0) {
        const n = m.overlaps.length;
        // the first distinct layers, one more than are shown (whether there are more): no set of every
        // layer (100k of them on a 100k-layer chain)
        const names = [];
        for (const o of m.overlaps) {
            if (!names.includes(o.layer))
                names.push(o.layer);
            if (names.length > OVERLAP_NAMES_SHOWN)
                break;
        }
        const shown = names.slice(0, OVERLAP_NAMES_SHOWN).join(', ') + (names.length > OVERLAP_NAMES_SHOWN ? ', ...' : '');
        parts.push(`${(0,_units_format_js__WEBPACK_IMPORTED_MODULE_0__/* .thousands */ .oh)(n)} layer${n === 1 ? '' : 's'} write${n === 1 ? 's' : ''} over the input consumed (${shown}: ${(0,_units_format_js__WEBPACK_IMPORTED_MODULE_0__/* .compactSize */ .PI)(m.overlaps.reduce((s, o) => s + o.sharedBytes, 0))} shared)`);
    }
    if (m.folds.length > 0) {
        const n = m.folds.length;
        parts.push(`${(0,_units_format_js__WEBPACK_IMPORTED_MODULE_0__/* .thousands */ .oh)(n)} pad${n === 1 ? '' : 's'} folded into the next convolution (${(0,_units_format_js__WEBPACK_IMPORTED_MODULE_0__/* .compactSize */ .PI)(m.folds.reduce((s, f) => s + f.savedBytes, 0))} not allocated)`);
    }
    return parts.length > 0 ? parts.join('; ') : null;
}
/** 'could be 41.0 KiB (-18%) with another execution order', or null. */
function couldBeLine(r) {
    const c = r.memory.couldBe;
    if (!c)
        return null;
    const pct = ((c.arenaBytes - r.memory.arenaBytes) / r.memory.arenaBytes) * 100;
    return `could be ${(0,_units_format_js__WEBPACK_IMPORTED_MODULE_0__/* .compactSize */ .PI)(c.arenaBytes)} (${(0,_units_format_js__WEBPACK_IMPORTED_MODULE_0__/* .signedPercent1 */ .Jq)(pct)}) with another ${c.reordered ? 'execution order' : 'buffer placement'}`;
}
/** The memory lines a report has (peak, savings, could be), in that order. */
function memoryLines(r) {
    return [peakLine(r), savingsLine(r), couldBeLine(r)].filter((l) => l !== null);
}


/***/ }),

/***/ 269:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OP: () => (/* binding */ toolchainLabel),
/* harmony export */   ay: () => (/* binding */ partitionLines),
/* harmony export */   nX: () => (/* binding */ renderPartition)
/* harmony export */ });
/* harmony import */ var _units_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2676);

const plural = (k, word) => `${k} ${word}${k === 1 ? '' : 's'}`;
function why(c) {
    const r = c.reasons[0];
    if (!r)
        return c.unsupported ? 'no unit runs it' : '';
    return `${r.message}${r.hint ? ` Fix: ${r.hint}` : ''}${c.reasons.length > 1 ? ` (+${c.reasons.length - 1} more)` : ''}`;
}
/** `Pulsar2 7.0 (...), npu_mode NPU1`: what the partition estimates. */
function toolchainLabel(t) {
    const tc = t?.toolchain;
    if (!tc)
        return '';
    return `${tc.name} ${tc.version}${t.npuMode !== undefined ? `, npu_mode ${t.npuMode}` : ''}`;
}
/** One line per subgraph or CPU node, then one per reason; `cpuLine` formats a CPU node's line. */
function partitionLines(p, t) {
    const label = toolchainLabel(t);
    const cuts = p.cpuNodes.filter((c) => c.cuts).length;
    if (p.vocabulary === 'pulsar2') {
        const head = [
            `Partition as ${label || 'Pulsar2'} would build it (estimate): ${plural(p.npuSubgraphs, 'NPU subgraph')}, ${plural(p.cpuSubgraphs, 'CPU subgraph')}`,
            `QuantAxModel macs: ${(0,_units_format_js__WEBPACK_IMPORTED_MODULE_0__/* .thousands */ .oh)(p.npuMacc)} (NPU); CPU subgraphs: ${(0,_units_format_js__WEBPACK_IMPORTED_MODULE_0__/* .thousands */ .oh)(p.cpuMacc)} MACC`,
        ];
        const bySubgraph = new Map();
        for (const c of p.cpuNodes)
            bySubgraph.set(c.subgraph, [...(bySubgraph.get(c.subgraph) ?? []), c]);
        const rows = p.subgraphs.map((s) => {
            const span = s.layers.length === 1 ? s.layers[0] ?? '' : `${s.layers[0] ?? ''} .. ${s.layers[s.layers.length - 1] ?? ''}`;
            const detail = (bySubgraph.get(s.index) ?? []).map((c) => `${c.op} '${c.name}'${c.cuts ? ' (cuts the NPU graph)' : ''}: ${why(c)}`);
            return { text: `subgraph [${s.index}], type: GraphType.${s.type}   ${plural(s.layers.length, 'layer')}, ${(0,_units_format_js__WEBPACK_IMPORTED_MODULE_0__/* .thousands */ .oh)(s.macc)} MACC   ${span}`, detail };
        });
        return { head, rows };
    }
    const head = [
        `CPU nodes as ${label || 'the Kneron toolchain'} would place them (estimate): Has CPU node(s)? ${p.cpuNodes.length > 0 ? `Yes, ${p.cpuNodes.length}` : 'No'}${cuts > 0 ? ` (${cuts} between NPU nodes)` : ''}`,
        `NPU: ${(0,_units_format_js__WEBPACK_IMPORTED_MODULE_0__/* .thousands */ .oh)(p.npuMacc)} MACC in ${plural(p.npuSubgraphs, 'part')}; CPU nodes: ${(0,_units_format_js__WEBPACK_IMPORTED_MODULE_0__/* .thousands */ .oh)(p.cpuMacc)} MACC`,
    ];
    const rows = p.cpuNodes.map((c) => ({ text: `cpu node  ${c.op} '${c.name}'${c.cuts ? ' (cuts the NPU graph)' : ''}`, detail: [why(c)] }));
    return { head, rows };
}
function renderPartition(p, t) {
    const { head, rows } = partitionLines(p, t);
    const out = [...head, ''];
    for (const r of rows) {
        out.push(r.text);
        for (const d of r.detail)
            out.push(`    ${d}`);
    }
    return out;
}


/***/ }),

/***/ 9736:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B: () => (/* binding */ renderReport)
});

// EXTERNAL MODULE: ./src/units/format.ts
var format = __webpack_require__(2676);
// EXTERNAL MODULE: ./src/report/render/text.ts + 1 modules
var render_text = __webpack_require__(8303);
// EXTERNAL MODULE: ./src/arrays.ts
var arrays = __webpack_require__(273);
;// CONCATENATED MODULE: ./src/report/render/html-layout.ts
/**
 * A simple layered layout of the layer graph for the HTML report: graph inputs on rank 0, every
 * layer on 1 + the highest rank of its producers (`connectedTo`), boxes placed per rank, ordered
 * by the mean position of their producers (one barycenter pass), ranks centred.
 */

const DEFAULT_BOX = { width: 220, height: 76, gapX: 28, gapY: 44, pad: 20 };
/**
 * Rank of every layer: 1 + max rank of its producers; graph inputs and unknown names rank 0.
 * Layers come in execution order; a producer named later (a cycle or a malformed report) is
 * ignored rather than followed, so the computation always ends.
 */
function layerRanks(layers) {
    const rankOf = new Map();
    return layers.map((l) => {
        let max = 0;
        for (const p of l.connectedTo)
            max = Math.max(max, rankOf.get(p) ?? 0);
        const rank = max + 1;
        if (!rankOf.has(l.name))
            rankOf.set(l.name, rank);
        return rank;
    });
}
function layoutGraph(layers, inputs, box = DEFAULT_BOX) {
    const ranks = layerRanks(layers);
    const nodes = [
        ...inputs.map((_, index) => ({ kind: 'input', index, rank: 0, x: 0, y: 0 })),
        ...layers.map((_, index) => ({ kind: 'layer', index, rank: ranks[index] ?? 1, x: 0, y: 0 })),
    ];
    // Node index by name: the first layer of a name, else the input (what rank used).
    const byName = new Map();
    layers.forEach((l, i) => { if (!byName.has(l.name))
        byName.set(l.name, inputs.length + i); });
    inputs.forEach((name, i) => { if (!byName.has(name))
        byName.set(name, i); });
    const edges = [];
    const producers = nodes.map(() => []);
    layers.forEach((l, i) => {
        const to = inputs.length + i;
        for (const p of new Set(l.connectedTo)) {
            const from = byName.get(p);
            const fromNode = from === undefined ? undefined : nodes[from];
            if (from === undefined || !fromNode || fromNode.rank >= (nodes[to]?.rank ?? 0))
                continue;
            edges.push({ from, to });
            producers[to]?.push(from);
        }
    });
    const perRank = [];
    nodes.forEach((n, i) => (perRank[n.rank] ??= []).push(i));
    const widest = (0,arrays/* maxOf */._)(perRank.map((r) => r?.length ?? 0), 1);
    const stepX = box.width + box.gapX;
    const center = (i) => (nodes[i]?.x ?? 0) + box.width / 2;
    let rows = 0;
    for (let r = 0; r < perRank.length; r++) {
        const row = perRank[r] ?? [];
        if (row.length === 0)
            continue; // no graph inputs: rank 0 takes no room
        const y = box.pad + rows++ * (box.height + box.gapY);
        const key = new Map(row.map((i) => {
            const ps = producers[i] ?? [];
            return [i, ps.length ? ps.reduce((s, p) => s + center(p), 0) / ps.length : Number.POSITIVE_INFINITY];
        }));
        row.sort((a, b) => (key.get(a) ?? 0) - (key.get(b) ?? 0) || a - b);
        const offset = box.pad + ((widest - row.length) * stepX) / 2;
        row.forEach((i, order) => {
            const n = nodes[i];
            if (!n)
                return;
            n.x = offset + order * stepX;
            n.y = y;
        });
    }
    return {
        nodes, edges, ranks: rows, widest,
        width: box.pad * 2 + widest * stepX - box.gapX,
        height: box.pad * 2 + Math.max(1, rows) * (box.height + box.gapY) - box.gapY,
    };
}

// EXTERNAL MODULE: ./src/diagnostics/printable.ts
var printable = __webpack_require__(1187);
;// CONCATENATED MODULE: ./src/report/render/html-graph.ts


/** Text for HTML text or a quoted attribute: & < > " ' escaped, control characters shown as \xNN. */
function escapeHtml(s) {
    return (0,printable/* printable */.g)(s)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
}
const UNIT_LABELS = {
    HW: 'HW (accelerator)', SW_INT: 'SW int (CPU)', SW_FLOAT: 'SW float (CPU)', unsupported: 'unsupported', none: 'no target',
};
/** A fixed CSS class per unit: the report's string never reaches the markup as a class. */
function unitKey(l) {
    switch (l.unit) {
        case 'HW':
        case 'SW_INT':
        case 'SW_FLOAT':
        case 'unsupported': return l.unit;
        default: return 'none';
    }
}
/** A layer's reasons are listed when it runs off the accelerator (or nowhere). */
function hasReasons(l) {
    return l.unit !== 'HW' && (l.reasons?.length ?? 0) > 0;
}
function shapeText(shape) {
    return shape === null ? '?' : shape.length === 0 ? 'scalar' : shape.join('x');
}
function opText(l) {
    return l.op + (l.activation ? ` +${l.activation}` : '');
}
function clip(s, max) {
    return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
// Long names keep their end (units/format.ts clipStart); the full name is in the box's tooltip.
/** Characters of a box's first line: `#id` then the name, side by side. */
const NAME_LINE = 27;
/** 346,816,704 -> '346.8M' when the exact figure does not fit a box (the tooltip has it). */
function compact(n) {
    if (n >= 1e9)
        return `${(n / 1e9).toFixed(2)}G`;
    if (n >= 1e6)
        return `${(n / 1e6).toFixed(1)}M`;
    if (n >= 1e4)
        return `${(n / 1e3).toFixed(1)}k`;
    return (0,format/* thousands */.oh)(n);
}
function figuresText(l) {
    const exact = `MACC ${(0,format/* thousands */.oh)(l.macc)} · W ${(0,format/* thousands */.oh)(l.weightsBytes)} B`;
    return exact.length <= 29 ? exact : `MACC ${compact(l.macc)} · W ${(0,format/* binarySize */.dQ)(l.weightsBytes)}`;
}
const DEFAULT_LIMITS = { maxLayers: 400, maxWidth: 12_000, maxHeight: 40_000 };
/** Room right of the boxes for skip connections. */
const SKIP_ROOM = 72;
function tooltip(l, id) {
    const lines = [`#${id} ${l.name}`, ...(l.originalName !== undefined ? [`in the file: ${l.originalName}`] : []), `${opText(l)} (${l.sourceOp})`, `output ${shapeText(l.outputShape)} ${l.dtype}`];
    lines.push(`MACC ${(0,format/* thousands */.oh)(l.macc)}, weights ${(0,format/* thousands */.oh)(l.weightsBytes)} B, params ${(0,format/* thousands */.oh)(l.params)}`);
    if (l.unit)
        lines.push(`unit: ${l.unit}${l.unitName ? ` (${l.unitName})` : ''}`);
    if (l.fused.length)
        lines.push(`fused: ${l.fused.join(', ')}`);
    for (const r of l.reasons ?? [])
        lines.push(`- ${r.message}${r.hint ? ` Fix: ${r.hint}` : ''}`);
    return lines.map(escapeHtml).join('&#10;');
}
function layerBox(l, id, n) {
    const { width: w, height: h } = DEFAULT_BOX;
    const x = (dx) => (n.x + dx).toFixed(0);
    const y = (dy) => (n.y + dy).toFixed(0);
    const subs = l.subgraphs?.length ?? 0;
    const op = opText(l) + (subs ? ` · ${subs} subgraph${subs === 1 ? '' : 's'}` : '');
    const box = [
        `<g class="node u-${unitKey(l)}" data-layer="${id}" id="layer-${id}"><title>${tooltip(l, id)}</title>`,
        `<rect x="${x(0)}" y="${y(0)}" width="${w}" height="${h}" rx="6"/>`,
        // One text run: the index, then the name after it (never drawn over each other).
        `<text x="${x(8)}" y="${y(17)}"><tspan class="id">#${id}</tspan> <tspan class="nm">${escapeHtml((0,format/* clipStart */.rh)(l.name, NAME_LINE - String(id).length - 2))}</tspan></text>`,
        `<text x="${x(8)}" y="${y(34)}">${escapeHtml(clip(op, 32))}</text>`,
        `<text x="${x(8)}" y="${y(51)}">${escapeHtml(clip(`${shapeText(l.outputShape)} ${l.dtype}`, 32))}</text>`,
        `<text x="${x(8)}" y="${y(68)}">${escapeHtml(figuresText(l))}</text>`,
        '</g>',
    ].join('');
    const target = hasReasons(l) ? `why-${id}` : subs ? `sub-${id}` : undefined;
    return target ? `<a href="#${target}">${box}</a>` : box;
}
function inputBox(io, n) {
    const { width: w } = DEFAULT_BOX;
    const tip = escapeHtml(`graph input ${io.name}: ${io.dtype} ${shapeText(io.shape)}`);
    return `<g class="node io"><title>${tip}</title><rect x="${n.x}" y="${n.y + 14}" width="${w}" height="48" rx="24"/>`
        + `<text x="${n.x + w / 2}" y="${n.y + 34}" class="c nm">${escapeHtml((0,format/* clipStart */.rh)(io.name, 26))}</text>`
        + `<text x="${n.x + w / 2}" y="${n.y + 51}" class="c">${escapeHtml(clip(`${io.dtype} ${shapeText(io.shape)}`, 30))}</text></g>`;
}
function edgePath(layout, from, to) {
    const a = layout.nodes[from];
    const b = layout.nodes[to];
    if (!a || !b)
        return '';
    const { width: w, height: h } = DEFAULT_BOX;
    if (b.rank - a.rank > 1) {
        // A skip connection: out of the producer's right side and into the consumer's, bulging to
        // the right (further for longer spans) instead of running through the boxes in between.
        const bulge = Math.min(SKIP_ROOM, 24 + 8 * (b.rank - a.rank)) / 0.75;
        const x1 = a.x + w;
        const y1 = a.y + h / 2;
        const x2 = b.x + w + 2;
        const y2 = b.y + h / 2;
        return `<path class="skip" d="M${x1} ${y1} C${x1 + bulge} ${y1} ${x2 + bulge} ${y2} ${x2} ${y2}"/>`;
    }
    const x1 = a.x + w / 2;
    const y1 = a.y + (a.kind === 'input' ? 62 : h);
    const x2 = b.x + w / 2;
    const y2 = b.y - 2;
    const mid = (y2 - y1) / 2;
    return `<path d="M${x1} ${y1} C${x1} ${y1 + mid} ${x2} ${y2 - mid} ${x2} ${y2}"/>`;
}
/** The graph as SVG, or null when it would be too large to draw (the caller shows the table). */
function graphSvg(r, limits = DEFAULT_LIMITS) {
    if (r.layers.length > limits.maxLayers)
        return null;
    const layout = layoutGraph(r.layers, r.inputs.map((io) => io.name));
    if (layout.width > limits.maxWidth || layout.height > limits.maxHeight)
        return null;
    const width = layout.width + SKIP_ROOM;
    const edges = layout.edges.map((e) => edgePath(layout, e.from, e.to)).join('\n');
    const nodes = layout.nodes.map((n) => {
        if (n.kind === 'input') {
            const io = r.inputs[n.index];
            return io ? inputBox(io, n) : '';
        }
        const l = r.layers[n.index];
        return l ? layerBox(l, n.index, n) : '';
    }).join('\n');
    return [
        `<svg xmlns="http://www.w3.org/2000/svg" class="graph" width="${width}" height="${layout.height}" viewBox="0 0 ${width} ${layout.height}" role="img" aria-label="layer graph">`,
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z"/></marker></defs>',
        `<g class="edges">${edges}</g>`,
        `<g class="nodes">${nodes}</g>`,
        '</svg>',
    ].join('\n');
}
/** The layers as a table (large graphs), same figures and colours as the boxes. */
function layerTableHtml(r) {
    const rows = r.layers.map((l, i) => {
        const name = escapeHtml(l.name);
        const link = hasReasons(l) ? `<a href="#why-${i}">${name}</a>` : name;
        return `<tr class="u-${unitKey(l)}" id="layer-${i}"><td class="r">${i}</td><td>${link}</td><td>${escapeHtml(opText(l))}</td>`
            + `<td>${escapeHtml(shapeText(l.outputShape))} ${escapeHtml(l.dtype)}</td><td class="r">${(0,format/* thousands */.oh)(l.macc)}</td>`
            + `<td class="r">${(0,format/* thousands */.oh)(l.weightsBytes)}</td><td>${escapeHtml(l.unit ?? '')}</td><td>${l.connectedTo.map(escapeHtml).join(', ')}</td></tr>`;
    });
    return '<table class="layers"><thead><tr><th>#</th><th>Layer</th><th>Op</th><th>Output</th><th>MACC</th><th>Weights (B)</th><th>Unit</th><th>Connected to</th></tr></thead>'
        + `<tbody>${rows.join('\n')}</tbody></table>`;
}

;// CONCATENATED MODULE: ./src/report/render/html-style.ts
/** The HTML report's inline stylesheet (system fonts only: the page must open offline). */
const HTML_STYLE = `
:root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;
--hw-bg:#dcfce7;--hw:#15803d;--si-bg:#fef3c7;--si:#b45309;--sf-bg:#fae8ff;--sf:#a21caf;
--un-bg:#fee2e2;--un:#b91c1c;--no-bg:#f1f5f9;--no:#64748b;--io-bg:#e0e7ff;--io:#4338ca}
*{box-sizing:border-box}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);margin:24px;max-width:100%}
h1{font-size:22px;margin:0 0 12px}h1 small{font-weight:normal;color:var(--muted);font-size:14px}
h2{font-size:17px;margin:24px 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}
table{border-collapse:collapse}th,td{padding:3px 10px;text-align:left;vertical-align:top;border-bottom:1px solid var(--line)}
table.summary th{font-weight:600;white-space:nowrap;color:var(--muted)}
td.r{text-align:right;font-variant-numeric:tabular-nums}
.share{display:inline-block;height:10px;background:var(--si);border-radius:2px;vertical-align:-1px}
.note{color:var(--muted);margin:6px 0}.warn{color:var(--un);margin:4px 0}
.legend{list-style:none;padding:0;margin:8px 0;display:flex;flex-wrap:wrap;gap:16px}
.sw{display:inline-block;width:14px;height:14px;border-radius:3px;margin-right:6px;vertical-align:-2px;border:2px solid var(--c);background:var(--b)}
.u-HW{--b:var(--hw-bg);--c:var(--hw)}.u-SW_INT{--b:var(--si-bg);--c:var(--si)}.u-SW_FLOAT{--b:var(--sf-bg);--c:var(--sf)}
.u-unsupported{--b:var(--un-bg);--c:var(--un)}.u-none{--b:var(--no-bg);--c:var(--no)}.io{--b:var(--io-bg);--c:var(--io)}
.graph-wrap{overflow:auto;border:1px solid var(--line);border-radius:6px;background:#fff}
svg.graph{display:block;margin:0 auto;font:12px system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
svg .node rect{fill:var(--b);stroke:var(--c);stroke-width:1.5}
svg .node text{fill:var(--fg)}svg .node .nm{font-weight:600}svg .node .id{fill:var(--muted)}
svg .node .c{text-anchor:middle}
svg a .node rect{stroke-width:2.5}svg a:hover .node rect{stroke-width:4}
svg .edges path{fill:none;stroke:#8c959f;stroke-width:1.4;marker-end:url(#arrow)}svg .edges path.skip{stroke:#6e7781;stroke-dasharray:5 3}svg marker path{fill:#8c959f}
.tag{font-size:12px;padding:1px 6px;border-radius:8px;background:var(--b);border:1px solid var(--c)}
ol.why{list-style:none;padding-left:0}
ol.why li,ul.subgraphs>li{margin:8px 0;padding:4px 8px;border-radius:4px}
ol.why li:target,ul.subgraphs li:target{background:#fff8c5}
.reasons{margin:4px 0}.hint{color:var(--muted)}
ul.nested{list-style:none;padding-left:18px}
table.layers tr td:first-child{border-left:6px solid var(--c)}table.layers tr:nth-child(even){background:#f6f8fa}
svg.timeline{display:block;font:11px system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
svg.timeline rect.bar{fill:#9ec5fe}svg.timeline a:hover rect.bar{fill:#3d8bfd}svg.timeline rect.bar.peak{fill:#dc3545}
svg.timeline .axis{stroke:#8c959f}svg.timeline text{fill:var(--muted)}svg.timeline text.peak{fill:var(--un);font-weight:600}
ul.peak{margin:4px 0;overflow-wrap:anywhere}
footer{margin-top:28px;color:var(--muted);font-size:12px}
`;

// EXTERNAL MODULE: ./src/report/names.ts
var names = __webpack_require__(2822);
// EXTERNAL MODULE: ./src/report/render/memory-lines.ts
var memory_lines = __webpack_require__(1142);
;// CONCATENATED MODULE: ./src/report/render/html-timeline.ts




const MAX_BARS = 600;
const HEIGHT = 160;
/** The plot area's width: bars share it, 3 to 40 px each. */
const PLOT = 900;
const MIN_WIDTH = 640;
/** Characters of the peak layer's name drawn under the chart (the list below has it whole). */
const LABEL_NAME = 60;
function clipEnd(s, n) {
    return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}
function bars(r) {
    const steps = r.memory.timeline.steps;
    const per = Math.max(1, Math.ceil(steps.length / MAX_BARS));
    const out = [];
    for (let i = 0; i < steps.length; i += per) {
        let best = i;
        for (let j = i; j < Math.min(i + per, steps.length); j++)
            if ((steps[j]?.liveBytes ?? 0) > (steps[best]?.liveBytes ?? 0))
                best = j;
        const s = steps[best];
        if (s)
            out.push({ step: best, layer: s.layer, liveBytes: s.liveBytes });
    }
    return out;
}
function timelineSection(r) {
    const t = r.memory.timeline;
    if (t.steps.length === 0 || !t.peak)
        return '';
    const index = new Map(r.layers.map((l, i) => [l.name, i]));
    const bs = bars(r);
    const max = (0,arrays/* maxOf */._)(bs.map((b) => b.liveBytes), 1);
    const left = 56;
    const bar = Math.max(3, Math.min(40, Math.floor(PLOT / Math.max(1, bs.length))));
    const width = Math.max(MIN_WIDTH, left + bs.length * bar + 8);
    const svg = [
        `<svg class="timeline" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${HEIGHT + 36}" viewBox="0 0 ${width} ${HEIGHT + 36}" role="img" aria-label="bytes in use per execution step">`,
        `<path class="axis" d="M${left} ${HEIGHT + 8}H${width - 4}"/>`,
        `<text x="4" y="16">${escapeHtml((0,format/* compactSize */.PI)(max))}</text><text x="4" y="${HEIGHT + 8}">0</text>`,
        ...bs.map((b, k) => {
            const h = Math.max(1, Math.round((b.liveBytes / max) * HEIGHT));
            const peak = b.step === t.peak?.step;
            const i = index.get(b.layer);
            const rect = `<rect class="bar${peak ? ' peak' : ''}" x="${left + k * bar}" y="${HEIGHT + 8 - h}" width="${bar - 1}" height="${h}"><title>step ${b.step}: ${escapeHtml(b.layer)}, ${escapeHtml((0,format/* thousands */.oh)(b.liveBytes))} B in use</title></rect>`;
            return i === undefined ? rect : `<a href="#layer-${i}">${rect}</a>`;
        }),
        `<text class="peak" x="${left}" y="${HEIGHT + 30}">${escapeHtml(`peak: step ${t.peak.step}, ${clipEnd(t.peak.layer, LABEL_NAME)}, ${(0,format/* thousands */.oh)(t.peak.liveBytes)} B`)}</text>`,
        '</svg>',
    ].join('');
    const lines = (0,memory_lines/* memoryLines */.lE)(r).map((l) => `<li>${escapeHtml(l)}</li>`);
    return `<section id="memory-timeline"><h2>Memory timeline</h2><p class="note">Bytes in use while each layer runs (${escapeHtml(r.memory.plannerLabel)}); an output written over its input counts once. Click a bar for its layer.</p><div class="graph-wrap">${svg}</div><ul class="peak">${lines.join('')}</ul></section>`;
}

// EXTERNAL MODULE: ./src/report/render/partition.ts
var partition = __webpack_require__(269);
// EXTERNAL MODULE: ./src/report/render/latency.ts
var latency = __webpack_require__(6989);
;// CONCATENATED MODULE: ./src/report/render/html-latency.ts


/** Layers listed with a bar; beyond this the slowest are listed and the rest counted. */
const html_latency_MAX_BARS = 400;
function latencyHtml(r) {
    const l = r.latency;
    if (!l)
        return '';
    const rows = (0,latency/* layerRows */.Z9)(r);
    const shown = rows.length > html_latency_MAX_BARS ? (0,latency/* slowest */.Ml)(rows, html_latency_MAX_BARS) : rows;
    // 200 px for the whole time: a bar per layer.
    const bar = (share) => `<span class="share" style="width:${Math.max(1, Math.round(share * 200))}px"></span>`;
    const body = shown.map(({ cells: [name, unit, cycles, time, pct], share }) => `<tr><td>${escapeHtml(name ?? '')}</td><td>${escapeHtml(unit ?? '')}</td><td class="r">${escapeHtml(cycles ?? '')}</td><td class="r">${escapeHtml(time ?? '')}</td><td>${pct === '-' ? '' : bar(share)} ${escapeHtml(pct ?? '')}</td></tr>`).join('');
    const more = rows.length > shown.length ? `<p class="note">The ${shown.length} slowest of ${rows.length} layers.</p>` : '';
    return [
        '<section><h2>Latency (estimate)</h2>',
        `<p><b>${escapeHtml((0,latency/* latencyValue */.Wl)(l))}</b></p><p class="note">${escapeHtml(l.estimate)}</p>`,
        `<ul>${(0,latency/* unitLines */.AY)(l).map((u) => `<li>${escapeHtml(u)}</li>`).join('')}</ul>`,
        more,
        `<table class="latency"><tr><th>layer</th><th>unit</th><th>cycles</th><th>time</th><th>share</th></tr>${body}</table></section>`,
    ].join('');
}

// EXTERNAL MODULE: ./src/report/render/warnings.ts
var warnings = __webpack_require__(2);
;// CONCATENATED MODULE: ./src/report/render/html.ts












function summaryRows(r) {
    const t = r.totals;
    const rows = [
        ['model file', r.model.path],
        ['type', r.model.format],
        ['model_name', r.model.name],
        ['model_fmt', r.model.fmt],
    ];
    if (r.target)
        rows.push(['target', r.target.name + ((0,partition/* toolchainLabel */.OP)(r.target) ? ` (${(0,partition/* toolchainLabel */.OP)(r.target)})` : '')]);
    rows.push(['memory planner', r.memory.plannerLabel]);
    rows.push(['params #', `${(0,format/* thousands */.oh)(t.params)} items (${(0,format/* binarySize */.dQ)(t.paramsBytes)})`]);
    r.inputs.forEach((io, i) => rows.push([`input ${i + 1}/${r.inputs.length}`, (0,render_text/* ioLine */.Jn)(io)]));
    r.outputs.forEach((io, i) => rows.push([`output ${i + 1}/${r.outputs.length}`, (0,render_text/* ioLine */.Jn)(io)]));
    rows.push(['macc', (0,format/* thousands */.oh)(t.macc)]);
    if (r.latency)
        rows.push(['latency', `${(0,latency/* latencyValue */.Wl)(r.latency)}, estimate`]);
    const delta = t.weightsBytes - t.floatWeightsBytes;
    const vsFloat = delta !== 0 && t.floatWeightsBytes > 0 ? ` / ${(0,format/* signed */.x8)(delta)} (${(0,format/* signedPercent */.wu)((delta / t.floatWeightsBytes) * 100)}) vs float model` : '';
    rows.push(['weights (ro)', `${(0,format/* bytesLong */.AY)(t.weightsBytes)}${vsFloat}`]);
    if (t.quantParamsBytes > 0)
        rows.push(['quant params (ro)', (0,format/* bytesLong */.AY)(t.quantParamsBytes)]);
    rows.push(['activations (rw)', (0,format/* bytesLong */.AY)(t.activationsBytes) + (r.options.ioInsideActivations ? ' (inputs/outputs inside)' : '')]);
    if (t.persistentBytes > 0)
        rows.push(['persistent (rw)', (0,format/* bytesLong */.AY)(t.persistentBytes)]);
    rows.push(['ram (total)', `${(0,format/* bytesLong */.AY)(t.ramTotalBytes)} = ${(0,format/* thousands */.oh)(t.activationsBytes)} + ${(0,format/* thousands */.oh)(t.inputsBytes)} + ${(0,format/* thousands */.oh)(t.outputsBytes)}`]);
    if (r.partition)
        (0,arrays/* append */.BC)(rows, (0,partition/* partitionLines */.ay)(r.partition, r.target).head.map((h, i) => [i === 0 ? 'partition' : '', h]));
    if (r.epochs)
        rows.push(['epochs', `${r.epochs.total} (${r.epochs.hw} HW, ${r.epochs.sw} SW${r.epochs.unsupported ? `, ${r.epochs.unsupported} unsupported` : ''})`]);
    const pools = r.pools?.pools ?? [];
    for (const p of pools.filter((x) => x.usedBytes > 0)) {
        const usable = p.usableBytes === null ? 'unbounded' : (0,format/* bytesLong */.AY)(p.usableBytes);
        rows.push([`pool ${p.name}`, `${(0,format/* bytesLong */.AY)(p.usedBytes)} of ${usable}${p.percent === null ? '' : ` (${p.percent.toFixed(1)}%)`}, ${p.holds.join(' + ')}${p.external ? ', external' : ''}`]);
    }
    const unused = pools.filter((x) => x.usedBytes === 0).map((x) => x.name);
    if (unused.length)
        rows.push(['unused pools', unused.join(', ')]);
    return rows;
}
function summary(r) {
    const rows = summaryRows(r).map(([k, v]) => `<tr><th>${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`).join('\n');
    const notes = [
        ...(r.target ? [`<p class="note">${escapeHtml(r.target.disclaimer)}</p>`] : []),
        ...[...(0,warnings/* warningLines */._)(r.target?.warnings ?? []), ...(r.pools?.warnings ?? [])].map((w) => `<p class="warn">WARNING: ${escapeHtml(w)}</p>`),
    ];
    return `<section><h2>Summary</h2><table class="summary">${rows}</table>${notes.join('\n')}</section>`;
}
function walk(layers, f) {
    for (const l of layers) {
        f(l);
        for (const sg of l.subgraphs ?? [])
            walk(sg.layers, f);
    }
}
function legend(r) {
    const counts = new Map();
    walk(r.layers, (l) => counts.set(unitKey(l), (counts.get(unitKey(l)) ?? 0) + 1));
    const keys = Object.keys(UNIT_LABELS).filter((k) => counts.has(k) || (k !== 'none' && r.target !== undefined));
    return `<ul class="legend">${keys.map((k) => `<li class="u-${k}"><span class="sw"></span>${UNIT_LABELS[k]} (${counts.get(k) ?? 0})</li>`).join('')}</ul>`;
}
function reasonList(l) {
    const items = (l.reasons ?? []).map((x) => `<li>${escapeHtml(x.message)}${x.hint ? ` <span class="hint">Fix: ${escapeHtml(x.hint)}</span>` : ''}</li>`);
    return `<ul class="reasons">${items.join('')}</ul>`;
}
function unitTag(l) {
    return l.unit ? ` <span class="tag u-${unitKey(l)}">${escapeHtml(l.unit)}${l.unitName ? ` · ${escapeHtml(l.unitName)}` : ''}</span>` : '';
}
function whySection(r) {
    const items = r.layers.map((l, i) => ({ l, i })).filter(({ l }) => hasReasons(l)).map(({ l, i }) => `<li id="why-${i}"><b>#${i} ${escapeHtml(l.name)}</b> (${escapeHtml(opText(l))})${unitTag(l)}${reasonList(l)}</li>`);
    if (items.length === 0)
        return '';
    return `<section><h2>Why layers run off the accelerator</h2><ol class="why">${items.join('\n')}</ol></section>`;
}
function nestedLayers(layers) {
    const items = layers.map((l) => {
        const subs = (l.subgraphs ?? []).map((sg) => `<li><b>${escapeHtml(sg.name)}</b>: ${sg.layers.length} layer${sg.layers.length === 1 ? '' : 's'}, MACC counted x${(0,format/* thousands */.oh)(sg.repeat)}${nestedLayers(sg.layers)}</li>`);
        return `<li class="u-${unitKey(l)}"><span class="sw"></span>${escapeHtml(l.name)} (${escapeHtml(opText(l))}) ${escapeHtml(shapeText(l.outputShape))}, MACC ${(0,format/* thousands */.oh)(l.macc)}, W ${(0,format/* thousands */.oh)(l.weightsBytes)} B${unitTag(l)}`
            + `${hasReasons(l) ? reasonList(l) : ''}${subs.length ? `<ul>${subs.join('')}</ul>` : ''}</li>`;
    });
    return `<ul class="nested">${items.join('')}</ul>`;
}
function subgraphSection(r) {
    const items = r.layers.map((l, i) => ({ l, i })).filter(({ l }) => (l.subgraphs?.length ?? 0) > 0).map(({ l, i }) => `<li id="sub-${i}"><b>#${i} ${escapeHtml(l.name)}</b> (${escapeHtml(opText(l))})<ul>${(l.subgraphs ?? []).map((sg) => `<li><b>${escapeHtml(sg.name)}</b>: ${sg.layers.length} layer${sg.layers.length === 1 ? '' : 's'}, MACC counted x${(0,format/* thousands */.oh)(sg.repeat)}${nestedLayers(sg.layers)}</li>`).join('')}</ul></li>`);
    if (items.length === 0)
        return '';
    return `<section><h2>Nested subgraphs</h2><ul class="subgraphs">${items.join('\n')}</ul></section>`;
}
function diagnostics(r) {
    if (r.diagnostics.length === 0)
        return '';
    const rows = r.diagnostics.map((d) => `<tr><td>${escapeHtml(d.severity)}</td><td>${escapeHtml(d.code)}</td><td>${escapeHtml(d.category)}</td><td>${escapeHtml(d.node ?? '')}</td><td>${escapeHtml(d.message)}</td></tr>`);
    return `<section><h2>Diagnostics (${r.diagnostics.length})</h2><table class="diag"><thead><tr><th>Severity</th><th>Code</th><th>Category</th><th>Node</th><th>Message</th></tr></thead><tbody>${rows.join('\n')}</tbody></table></section>`;
}
function graphSection(r, limits) {
    const svg = graphSvg(r, limits);
    const head = `<h2>Layers (${r.layers.length})</h2>${legend(r)}`;
    if (svg !== null) {
        return `<section>${head}<p class="note">Execution order top to bottom; hover a box for details, click a coloured box for why it runs off the accelerator.</p><div class="graph-wrap">${svg}</div></section>`;
    }
    return `<section>${head}<p class="note">${r.layers.length} layers: too many to draw readably (limit ${limits.maxLayers} layers), listed instead.</p>${layerTableHtml(r)}</section>`;
}
function renderHtml(r, options = {}) {
    const limits = options.limits ?? DEFAULT_LIMITS;
    // The file is what users know the model by; the graph's own name is often 'main' or 'torch_jit'.
    const file = (0,names/* fileName */.Md)(r.model.path) || r.model.name;
    const title = `${file}${r.target ? ` on ${r.target.name}` : ''}: model-footprint report`;
    return [
        '<!DOCTYPE html>',
        '<html lang="en"><head><meta charset="utf-8">',
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        `<title>${escapeHtml(title)}</title>`,
        `<style>${HTML_STYLE}</style></head><body>`,
        `<h1 title="${escapeHtml(r.model.path)}">${escapeHtml(file)} <small>graph ${escapeHtml(r.model.name)} · ${escapeHtml(r.model.format)} · ${escapeHtml(r.model.fmt)}${r.target ? ` · ${escapeHtml(r.target.name)}` : ''}</small></h1>`,
        summary(r),
        timelineSection(r),
        latencyHtml(r),
        graphSection(r, limits),
        whySection(r),
        subgraphSection(r),
        diagnostics(r),
        `<footer>${escapeHtml(r.tool.name)} ${escapeHtml(r.tool.version)} · report schema ${escapeHtml(r.schemaVersion)}</footer>`,
        '</body></html>',
        '',
    ].filter((s) => s !== '').join('\n');
}

// EXTERNAL MODULE: ./src/report/render/json.ts
var json = __webpack_require__(2705);
// EXTERNAL MODULE: ./src/report/render/markdown.ts
var markdown = __webpack_require__(8298);
;// CONCATENATED MODULE: ./src/report/render/report.ts




function renderReport(report, format) {
    switch (format) {
        case 'json': return (0,json/* renderJson */.hF)(report);
        case 'md': return (0,markdown/* renderMarkdown */.G)(report);
        case 'html': return renderHtml(report);
        case 'text': return (0,render_text/* renderText */.S5)(report);
    }
}


/***/ }),

/***/ 4675:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CC: () => (/* binding */ TABLE_BATCH_LINES),
/* harmony export */   Iy: () => (/* binding */ textTableBatches),
/* harmony export */   ed: () => (/* binding */ textTable)
/* harmony export */ });
/* harmony import */ var _units_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1187);
/* harmony import */ var _arrays_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(273);


function pad(s, width, align) {
    return align === 'right' ? s.padStart(width) : s.padEnd(width);
}
/** Lines a table hands on at a time (textTableBatches): a 100k-layer table's lines are never all held. */
const TABLE_BATCH_LINES = 4096;
/**
 * Each column's width: its widest cell as shown (made printable; a row short of cells: blanks), at
 * least its header's. One walk over the rows.
 */
function shownWidths(columns, groups) {
    const widths = columns.map((c) => c.header.length);
    for (const g of groups) {
        for (const row of g) {
            for (let i = 0; i < widths.length; i++)
                widths[i] = Math.max(widths[i], (0,_units_format_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g)(row[i] ?? '').length);
        }
    }
    return widths;
}
/**
 * The table's lines, `batch` at a time (the last batch may be shorter). `groups` is walked twice:
 * once for the column widths (every row counts), once for the lines, so the batches join into the
 * very table textTable returns. A `groups` that makes its rows anew on each walk (a report's layers
 * formatted again) keeps no cell beyond its batch: the 100k-node chain's tables held every cell of
 * every row until their last line, 145 MiB of the text report's peak memory. A `plain` table has
 * no rules: its header line, then its rows. The lines go into the batch as they are made, with no
 * generator between a line and its batch (there were three).
 */
function* textTableBatches(columns, groups, batch = TABLE_BATCH_LINES, style = 'ruled') {
    const widths = shownWidths(columns, groups());
    // every cell as shown (made printable; a row short of cells: blanks), padded to its column, in one
    // string (no list of cells per row)
    const line = (cells) => {
        let out = '';
        for (let i = 0; i < columns.length; i++)
            out += (i > 0 ? '  ' : '') + pad((0,_units_format_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g)(cells[i] ?? ''), widths[i], columns[i].align);
        return out.trimEnd();
    };
    const ruled = style === 'ruled';
    const rule = widths.map((w) => '-'.repeat(w)).join('  ');
    const header = line(columns.map((c) => c.header));
    // each line in turn; a full batch is handed on as soon as there is one
    const out = ruled ? [rule, header, rule] : [header];
    let first = true;
    for (const g of groups()) {
        if (!first && ruled)
            out.push(rule);
        first = false;
        for (const row of g) {
            out.push(line(row));
            while (out.length >= batch)
                yield out.splice(0, batch);
        }
    }
    if (ruled)
        out.push(rule);
    while (out.length > 0)
        yield out.splice(0, batch);
}
/** The whole table's lines (textTableBatches in one list). */
function textTable(columns, groups) {
    const out = [];
    for (const lines of textTableBatches(columns, () => groups, Infinity))
        (0,_arrays_js__WEBPACK_IMPORTED_MODULE_1__/* .append */ .BC)(out, lines);
    return out;
}


/***/ }),

/***/ 8303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Jn: () => (/* binding */ ioLine),
  S5: () => (/* binding */ renderText),
  w7: () => (/* binding */ textChunks)
});

// UNUSED EXPORTS: TEXT_WIDTH, wrapLine

// EXTERNAL MODULE: ./src/units/format.ts
var format = __webpack_require__(2676);
// EXTERNAL MODULE: ./src/diagnostics/printable.ts
var printable = __webpack_require__(1187);
// EXTERNAL MODULE: ./src/targets/sizes.ts
var sizes = __webpack_require__(7692);
// EXTERNAL MODULE: ./src/report/render/partition.ts
var render_partition = __webpack_require__(269);
// EXTERNAL MODULE: ./src/report/render/warnings.ts
var render_warnings = __webpack_require__(2);
;// CONCATENATED MODULE: ./src/report/render/target-text.ts




/** `target : stm32n6 (an estimate ...)` lines for the summary; nothing for reports without a target. */
function targetLines(r, field) {
    if (!r.target)
        return [];
    const tc = (0,render_partition/* toolchainLabel */.OP)(r.target);
    return [field('target/series', r.target.name), ...(tc ? [field('toolchain', tc)] : []), field('estimate', r.target.disclaimer)];
}
function centered(s, width) {
    const pad = Math.max(0, width - s.length);
    return ' '.repeat(Math.floor(pad / 2)) + s + ' '.repeat(Math.ceil(pad / 2));
}
/**
 * stedgeai-like text, with the MACC, the layers and the reason of each SW epoch:
 *   Total number of epochs: 23 of which 3 implemented in software
 *   epoch 2      -SW-   (        Conv        )   Conv2D_23   MACC 66,306   Conv 'Conv2D_23': output tensor ...
 */
function renderEpochs(epochs) {
    const sw = epochs.sw + epochs.unsupported;
    const lines = [`Total number of epochs: ${epochs.total} of which ${sw} implemented in software`, ''];
    lines.push(`${'epoch ID'.padEnd(10)} ${' HW/SW'.padEnd(6)} ${'Operation (SW only)'.padEnd(22)} ${'MACC'.padStart(12)}   layers / reason (SW only)`);
    for (const e of epochs.list) {
        const tag = e.unit === 'HW' ? '  HW  ' : e.unit === 'unsupported' ? ' -NA- ' : ' -SW- ';
        const op = e.unit === 'HW' ? '' : `(${centered(e.ops[0] ?? '', 20)})`;
        const layers = e.inserted !== undefined ? `(inserted around ${e.nodes.join(', ')})` : e.separated !== undefined ? `(activation of ${e.nodes.join(', ')})` : e.nodes.join(', ');
        const head = `${`epoch ${e.id}`.padEnd(10)} ${tag} ${op.padEnd(22)} ${(0,format/* thousands */.oh)(e.macc).padStart(12)}   ${layers}`;
        lines.push(head);
        if (e.inserted !== undefined)
            lines.push(`${' '.repeat(14)}inserted: ${e.inserted}`);
        if (e.separated !== undefined)
            lines.push(`${' '.repeat(14)}separated: ${e.separated}`);
        if (e.unit !== 'HW') {
            for (const r of e.reasons)
                lines.push(`${' '.repeat(14)}${e.unit}: ${r.message}${r.hint ? ` Fix: ${r.hint}` : ''}`);
        }
    }
    return lines.join('\n') + '\n';
}
/** stedgeai-like "Memory-pools summary" table, then the warnings. */
function renderPools(r) {
    const lines = ['Memory-pools summary', `${'name'.padEnd(12)} ${'address'.padEnd(11)} ${'used'.padStart(12)} ${'usable'.padStart(12)} ${'%'.padStart(7)}  ${'buffers'.padStart(7)}  holds`];
    for (const p of r.pools) {
        const name = p.name + (p.external ? '*' : '');
        const addr = p.address === undefined ? '-' : (0,sizes/* formatAddress */.M0)(p.address);
        const usable = p.usableBytes === null ? 'unbounded' : (0,format/* binarySize */.dQ)(p.usableBytes);
        const pct = p.percent === null ? '-' : `${p.percent.toFixed(1)}%`;
        lines.push(`${name.padEnd(12)} ${addr.padEnd(11)} ${(0,format/* binarySize */.dQ)(p.usedBytes).padStart(12)} ${usable.padStart(12)} ${pct.padStart(7)}  ${String(p.buffers).padStart(7)}  ${p.holds.join(', ')}${p.access === 'ro' ? ' (read only)' : ''}`);
    }
    if (r.pools.some((p) => p.external))
        lines.push('(*) external memory');
    for (const w of r.warnings)
        lines.push(`WARNING: ${w}`);
    return lines.join('\n') + '\n';
}
function epochsSection(r) {
    if (!r.epochs)
        return [];
    const partition = r.partition ? [...(0,render_partition/* renderPartition */.nX)(r.partition, r.target).map(printable/* printable */.g), ''] : [];
    return [...partition, ...renderEpochs(r.epochs).trimEnd().split('\n').map(printable/* printable */.g)];
}
/** The pools' table and warnings, then the mapping warnings (shown with or without pools). */
function poolsSection(r) {
    const lines = r.pools && r.pools.pools.length > 0 ? renderPools(r.pools).trimEnd().split('\n').map(printable/* printable */.g) : [];
    const warnings = (0,render_warnings/* warningLines */._)(r.target?.warnings ?? []).map((w) => `WARNING: ${(0,printable/* printable */.g)(w)}`);
    return [...lines, ...warnings];
}

// EXTERNAL MODULE: ./src/report/render/latency.ts
var latency = __webpack_require__(6989);
// EXTERNAL MODULE: ./src/diagnostics/codes.ts
var codes = __webpack_require__(30);
// EXTERNAL MODULE: ./src/report/render/table.ts
var table = __webpack_require__(4675);
// EXTERNAL MODULE: ./src/report/render/memory-lines.ts
var memory_lines = __webpack_require__(1142);
// EXTERNAL MODULE: ./src/report/names.ts
var names = __webpack_require__(2822);
// EXTERNAL MODULE: ./src/arrays.ts
var arrays = __webpack_require__(273);
;// CONCATENATED MODULE: ./src/report/render/text.ts
/**
 * The text report, read like `stedgeai analyze`: summary, per-layer table, operation types,
 * complexity per layer, diagnostics grouped by category.
 */









const RULE = '-'.repeat(100);
function field(key, value) {
    return `${key.padEnd(19)}:   ${(0,printable/* printable */.g)(value)}`;
}
function ioType(io) {
    const float = io.dtype.startsWith('float') || io.dtype === 'bfloat16';
    const name = float ? io.dtype.replace('float', 'f') : io.dtype;
    return `${name}(${io.shape === null ? '?' : io.shape.join('x')})`;
}
function ioLine(io) {
    const parts = [`'${io.name}'`, ioType(io), io.bytes === null ? '? Bytes' : (0,format/* bytesShort */.ST)(io.bytes)];
    if (io.quant)
        parts.push(`QLinear(${io.quant.scale.toFixed(9)},${io.quant.zeroPoint},${io.dtype})`);
    parts.push(io.location);
    return parts.join(', ');
}
function summary(r) {
    const t = r.totals;
    const inside = r.options.ioInsideActivations;
    const out = [
        'Exec/report summary (analyze)',
        RULE,
        field('model file', r.model.path),
        field('type', r.model.format),
        field('options', inside ? 'allocate-inputs, allocate-outputs' : '(none)'),
        ...targetLines(r, field),
        field('memory planner', r.memory.plannerLabel),
        field('model_fmt', r.model.fmt),
        field('model_name', modelName(r)),
        field('model_hash', r.model.md5 ?? r.model.sha256 ? `0x${r.model.md5 ?? r.model.sha256}` : '(not computed: --no-hash)'),
        field('params #', `${(0,format/* thousands */.oh)(t.params)} items (${(0,format/* binarySize */.dQ)(t.paramsBytes)})`),
        RULE,
    ];
    r.inputs.forEach((io, i) => out.push(field(`input ${i + 1}/${r.inputs.length}`, ioLine(io))));
    r.outputs.forEach((io, i) => out.push(field(`output ${i + 1}/${r.outputs.length}`, ioLine(io))));
    out.push(field('macc', (0,format/* thousands */.oh)(t.macc)));
    if (r.latency)
        out.push(field('latency', `${(0,latency/* latencyValue */.Wl)(r.latency)}, estimate`));
    const delta = t.weightsBytes - t.floatWeightsBytes;
    const vsFloat = delta !== 0 && t.floatWeightsBytes > 0
        ? ` / ${(0,format/* signed */.x8)(delta)}(${(0,format/* signedPercent */.wu)((delta / t.floatWeightsBytes) * 100)}) vs float model`
        : '';
    out.push(field('weights (ro)', `${(0,format/* bytesLong */.AY)(t.weightsBytes)} (1 segment)${vsFloat}`));
    if (t.quantParamsBytes > 0)
        out.push(field('quant params (ro)', (0,format/* bytesLong */.AY)(t.quantParamsBytes)));
    out.push(field('activations (rw)', `${(0,format/* bytesLong */.AY)(t.activationsBytes)} (1 segment)${inside ? ' *' : ''}`));
    if (t.persistentBytes > 0 || r.memory.planner === 'tflm')
        out.push(field('persistent (rw)', `${(0,format/* bytesLong */.AY)(t.persistentBytes)} (variable tensors)`));
    out.push(field('ram (total)', `${(0,format/* bytesLong */.AY)(t.ramTotalBytes)} = ${(0,format/* thousands */.oh)(t.activationsBytes)} + ${(0,format/* thousands */.oh)(t.inputsBytes)} + ${(0,format/* thousands */.oh)(t.outputsBytes)}`));
    for (const [key, line] of [['ram peak', (0,memory_lines/* peakLine */.gp)(r)], ['ram saved', (0,memory_lines/* savingsLine */.qn)(r)], ['ram could be', (0,memory_lines/* couldBeLine */.Ju)(r)]]) {
        if (line !== null)
            out.push(field(key, line.replace(/^(peak|could be) /, '')));
    }
    out.push(RULE);
    if (inside)
        out.push("(*) 'input'/'output' buffers can be used from the activations buffer");
    return out;
}
/** stedgeai's model_name: the file's stem (the graph's own name is often 'main' or 'torch_jit'). */
function modelName(r) {
    return (0,names/* fileStem */.E8)(r.model.path) || r.model.name;
}
/**
 * A continuation row of the layer table: its layer (column 1), oshape (2) and connected-to (5)
 * cells, the others empty (an array literal: Object.assign with numeric keys was most of layerRows'
 * time on 100k layers).
 */
function more(units, layer, shape = '', connected = '') {
    return units ? ['', layer, shape, '', '', connected, ''] : ['', layer, shape, '', '', connected];
}
function layerRows(l, id, layout, prefix, depth, units) {
    const pad = '    '.repeat(depth);
    const size = l.params > 0 ? `${(0,format/* thousands */.oh)(l.params)}/${(0,format/* thousands */.oh)(l.weightsBytes)}` : '';
    // an activation named in the file (ONNX, Keras) is listed under `fused`; one set by an option
    // (TFLite's fused_activation_function) gets stedgeai's own row, nl_<m_id>_nl
    const optionActivation = l.activation !== null && l.fused.length === 0;
    const act = l.activation && !optionActivation ? ` +${l.activation}` : '';
    const first = [id, `${pad}${prefix}${l.name} (${l.op}${act}, ${l.sourceOp})`, (0,format/* oshape */.$6)(l.outputShape, layout), size, l.macc > 0 ? (0,format/* thousands */.oh)(l.macc) : '', l.connectedTo[0] ?? ''];
    if (units)
        first.push(l.unit ?? '');
    const rows = [first];
    for (let i = 1; i < l.connectedTo.length; i++)
        rows.push(more(units, '', '', l.connectedTo[i]));
    if (optionActivation)
        rows.push(more(units, `${pad}${prefix}${(0,names/* fusedActivationName */.XY)(l.name)} (${l.activation ?? ''}, ${l.sourceOp})`, (0,format/* oshape */.$6)(l.outputShape, layout), l.name));
    for (const f of l.fused)
        rows.push(more(units, `${pad}  ${f} (fused)`));
    // Nested graphs under their node, indented, names prefixed with the subgraph's (then_branch/...).
    for (const sg of l.subgraphs ?? []) {
        rows.push(more(units, `${pad}  ${sg.name}: MACC counted x${(0,format/* thousands */.oh)(sg.repeat)}`));
        for (const inner of sg.layers)
            (0,arrays/* append */.BC)(rows, layerRows(inner, '', layout, `${sg.name}/`, depth + 1, units));
    }
    return rows;
}
/**
 * The layer table's groups, one per layer, formatted as they are walked (textTableBatches walks them
 * twice and keeps none): the graph inputs head the first group, as stedgeai lists them,
 * `serving_default_input_10 (Input, )`, the first layer's m_id on the first input's row.
 */
function* layerGroups(r, layout, units) {
    for (let i = 0; i < r.layers.length; i++) {
        const rows = layerRows(r.layers[i], String(i), layout, '', 0, units);
        const first = rows[0];
        if (i > 0 || r.inputs.length === 0 || !first) {
            yield rows;
            continue;
        }
        const inputs = r.inputs.map((io) => ['', `${io.layerName ?? io.name} (Input, )`, (0,format/* oshape */.$6)(io.shape, layout), '', '', '', ...(units ? [''] : [])]);
        inputs[0][0] = first[0];
        first[0] = '';
        yield [...inputs, ...rows];
    }
}
/** The layer table, a batch of lines at a time (TABLE_BATCH_LINES): one row or more per layer. */
function* layerTable(r) {
    const layout = r.model.format === 'onnx' ? 'NCHW' : 'NHWC';
    const units = r.target?.hasAccelerator === true;
    const t = r.totals;
    yield [`Model name - ${modelName(r)}`];
    yield* (0,table/* textTableBatches */.Iy)([{ header: 'm_id' }, { header: 'layer (type,original)' }, { header: 'oshape' }, { header: 'param/size', align: 'right' }, { header: 'macc', align: 'right' }, { header: 'connected to', align: 'right' }, ...(units ? [{ header: 'unit' }] : [])], () => layerGroups(r, layout, units));
    yield [`model: macc=${(0,format/* thousands */.oh)(t.macc)} weights=${(0,format/* thousands */.oh)(t.weightsBytes)} activations=${(0,format/* thousands */.oh)(t.activationsBytes)} io=${(0,format/* thousands */.oh)(t.inputsBytes + t.outputsBytes)}`];
}
function operationTypes(r) {
    const rows = r.operationTypes.map((o) => [o.type, (0,format/* thousands */.oh)(o.macc), (0,format/* percent */.KN)(o.share)]);
    return [
        'Number of operation types',
        ...(0,table/* textTable */.ed)([{ header: 'operation type' }, { header: '#', align: 'right' }, { header: '%', align: 'right' }], rows.length ? [rows] : []),
    ];
}
/** The layers with MACC or weights: the complexity table's rows. */
const inComplexity = (l) => l.macc > 0 || l.weightsBytes > 0;
function* complexity(r) {
    const t = r.totals;
    let maxMacc = 0;
    let maxRom = 0;
    for (const l of r.layers) {
        if (!inComplexity(l))
            continue;
        maxMacc = Math.max(maxMacc, l.macc);
        maxRom = Math.max(maxRom, l.weightsBytes);
    }
    const cell = (v, max, total) => (0,format/* bar */.M0)(v, max).padEnd(16) + (0,format/* percent */.KN)(total > 0 ? v / total : 0).padStart(7);
    // one group, its rows formatted as they are walked
    function* rows() {
        for (let i = 0; i < r.layers.length; i++) {
            const l = r.layers[i];
            if (inComplexity(l))
                yield [String(i), l.name, cell(l.macc, maxMacc, t.macc), cell(l.weightsBytes, maxRom, t.weightsBytes)];
        }
    }
    yield [`Complexity report per layer - macc=${(0,format/* thousands */.oh)(t.macc)} weights=${(0,format/* thousands */.oh)(t.weightsBytes)} act=${(0,format/* thousands */.oh)(t.activationsBytes)} ram_io=${(0,format/* thousands */.oh)(t.inputsBytes + t.outputsBytes)}`];
    yield* (0,table/* textTableBatches */.Iy)([{ header: 'm_id' }, { header: 'name' }, { header: 'c_macc' }, { header: 'c_rom' }], () => [rows()]);
}
function diagnostics(r) {
    if (r.diagnostics.length === 0)
        return [];
    const out = [`Diagnostics (${r.diagnostics.length})`, RULE];
    const categories = [...new Set(r.diagnostics.map((d) => d.category))];
    for (const cat of categories) {
        out.push(cat);
        for (const d of r.diagnostics.filter((x) => x.category === cat)) {
            out.push((0,printable/* printable */.g)(`  ${d.severity.padEnd(7)} ${d.code}: ${d.node !== undefined ? `node '${d.node}': ` : ''}${d.message}`));
            const hint = d.code in codes/* CODES */.L ? codes/* CODES */.L[d.code].hint : '';
            if (hint)
                out.push(`          ${hint}`);
        }
    }
    return out;
}
/** No line of the text report is wider than this (columns of a table are elided before). */
const TEXT_WIDTH = 160;
/** A line wider than TEXT_WIDTH. */
const LONG_LINE = new RegExp(`^[^\\n]{${TEXT_WIDTH + 1},}$`, 'gm');
/**
 * `text` (lines separated by line feeds alone: printableLines escapes every other line terminator)
 * with each line wider than TEXT_WIDTH wrapped; `text` itself when none is. The lines are measured
 * with indexOf first: LONG_LINE's scan of every line was a tenth of a large report's rendering.
 */
function wrapLongLines(text) {
    for (let start = 0;;) {
        const end = text.indexOf('\n', start);
        const stop = end < 0 ? text.length : end;
        if (stop - start > TEXT_WIDTH)
            return text.replace(LONG_LINE, (l) => wrapLine(l).join('\n'));
        if (end < 0)
            return text;
        start = end + 1;
    }
}
/**
 * Wraps a line wider than TEXT_WIDTH at spaces; the continuation lines start under the value
 * (after a `field :   ` or the line's indentation + 4). A word longer than the width is cut.
 */
function wrapLine(line, width = TEXT_WIDTH) {
    if (line.length <= width)
        return [line];
    const field = /^(.{1,30}?:\s{3})/.exec(line)?.[1]?.length;
    const indent = ' '.repeat(Math.min(field ?? (/^\s*/.exec(line)?.[0].length ?? 0) + 4, Math.floor(width / 2)));
    const out = [];
    let rest = line;
    let first = true;
    while (rest.length > 0) {
        const room = width - (first ? 0 : indent.length);
        let chunk = rest;
        if (rest.length > room) {
            const cut = rest.lastIndexOf(' ', room);
            chunk = cut > room / 3 ? rest.slice(0, cut) : rest.slice(0, room);
        }
        out.push((first ? '' : indent) + chunk.trimEnd());
        rest = rest.slice(chunk.length).trimStart();
        first = false;
    }
    return out;
}
const whole = (section) => (r) => [section(r)];
/** The sections in order, each built only when the one before has been taken. */
const SECTIONS = [whole(summary), layerTable, whole(epochsSection), whole(poolsSection), latency/* latencySection */.y, whole(operationTypes), complexity, whole(diagnostics)];
/**
 * The text report a batch of lines at a time (a blank line between two sections), its final
 * newline last: a writer can send each on before the next is built (the 100k-node chain's report
 * is 23 MB of text, most of it its layer table and complexity table, which come in batches of
 * TABLE_BATCH_LINES).
 */
function* textChunks(r) {
    let first = true;
    for (const section of SECTIONS) {
        let started = false;
        for (const lines of section(r)) {
            if (lines.length === 0)
                continue;
            // Names come from the file: no terminal escapes or bidi overrides reach the terminal. Both
            // passes run over the batch's whole text, not line by line (each is line by line in effect).
            const separator = started ? '\n' : first ? '' : '\n\n';
            yield separator + wrapLongLines((0,printable/* printableLines */.f)(lines.join('\n')));
            started = true;
        }
        if (started)
            first = false;
    }
    yield '\n';
}
function renderText(r) {
    return [...textChunks(r)].join('');
}


/***/ }),

/***/ 2:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ warningLines)
/* harmony export */ });
/* unused harmony export WARNINGS_SHOWN_PER_RULE */
/* harmony import */ var _units_format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2676);
/* harmony import */ var _arrays_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(273);
/* harmony import */ var _diagnostics_listing_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9688);



const WARNINGS_SHOWN_PER_RULE = _diagnostics_listing_js__WEBPACK_IMPORTED_MODULE_0__/* .NAMED_BEFORE_COUNTING */ .U;
/** `node: message` lines (unescaped: each renderer escapes for its format), in the warnings' order, the counts after each rule's. */
function warningLines(warnings) {
    const byRule = new Map();
    for (const w of warnings)
        (0,_arrays_js__WEBPACK_IMPORTED_MODULE_1__/* .pushTo */ .Il)(byRule, w.rule, w);
    const out = [];
    for (const [rule, list] of byRule) {
        for (const w of list.slice(0, WARNINGS_SHOWN_PER_RULE))
            out.push(`${w.node}: ${w.message}`);
        const more = list.length - WARNINGS_SHOWN_PER_RULE;
        if (more > 0)
            out.push(`${(0,_units_format_js__WEBPACK_IMPORTED_MODULE_2__/* .thousands */ .oh)(more)} more of rule ${rule} (the JSON report lists every one)`);
    }
    return out;
}


/***/ }),

/***/ 735:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ markdownTable)
/* harmony export */ });
// To do: next major: remove.
/**
 * @typedef {Options} MarkdownTableOptions
 *   Configuration.
 */

/**
 * @typedef Options
 *   Configuration.
 * @property {boolean | null | undefined} [alignDelimiters=true]
 *   Whether to align the delimiters (default: `true`);
 *   they are aligned by default:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   Pass `false` to make them staggered:
 *
 *   ```markdown
 *   | Alpha | B |
 *   | - | - |
 *   | C | Delta |
 *   ```
 * @property {ReadonlyArray<string | null | undefined> | string | null | undefined} [align]
 *   How to align columns (default: `''`);
 *   one style for all columns or styles for their respective columns;
 *   each style is either `'l'` (left), `'r'` (right), or `'c'` (center);
 *   other values are treated as `''`, which doesn’t place the colon in the
 *   alignment row but does align left;
 *   *only the lowercased first character is used, so `Right` is fine.*
 * @property {boolean | null | undefined} [delimiterEnd=true]
 *   Whether to end each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B
 *   | ----- | -----
 *   | C     | Delta
 *   ```
 * @property {boolean | null | undefined} [fillRows=true]
 *   Whether to fill rows with empty cells up to the most cells in a row
 *   (default: `true`).
 *
 *   When `true`, all rows have as many cells as the longest row:
 *
 *   ```markdown
 *   | Alpha | B    |   |
 *   | ----- | ---- | - |
 *   | C     |      |   |
 *   | D     | Echo | F |
 *   ```
 *
 *   When `false`, rows keep their cells,
 *   and the delimiter row has as many cells as the header row:
 *
 *   ```markdown
 *   | Alpha | B    |
 *   | ----- | ---- |
 *   | C     |
 *   | D     | Echo | F |
 *   ```
 * @property {boolean | null | undefined} [delimiterStart=true]
 *   Whether to begin each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are starting delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no starting delimiters:
 *
 *   ```markdown
 *   Alpha | B     |
 *   ----- | ----- |
 *   C     | Delta |
 *   ```
 * @property {boolean | null | undefined} [padding=true]
 *   Whether to add a space of padding between delimiters and cells
 *   (default: `true`).
 *
 *   When `true`, there is padding:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there is no padding:
 *
 *   ```markdown
 *   |Alpha|B    |
 *   |-----|-----|
 *   |C    |Delta|
 *   ```
 * @property {((value: string) => number) | null | undefined} [stringLength]
 *   Function to detect the length of table cell content (optional);
 *   this is used when aligning the delimiters (`|`) between table cells;
 *   full-width characters and emoji mess up delimiter alignment when viewing
 *   the markdown source;
 *   to fix this, you can pass this function,
 *   which receives the cell content and returns its “visible” size;
 *   note that what is and isn’t visible depends on where the text is displayed.
 *
 *   Without such a function, the following:
 *
 *   ```js
 *   markdownTable([
 *     ['Alpha', 'Bravo'],
 *     ['中文', 'Charlie'],
 *     ['👩‍❤️‍👩', 'Delta']
 *   ])
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo |
 *   | - | - |
 *   | 中文 | Charlie |
 *   | 👩‍❤️‍👩 | Delta |
 *   ```
 *
 *   With [`string-width`](https://github.com/sindresorhus/string-width):
 *
 *   ```js
 *   import stringWidth from 'string-width'
 *
 *   markdownTable(
 *     [
 *       ['Alpha', 'Bravo'],
 *       ['中文', 'Charlie'],
 *       ['👩‍❤️‍👩', 'Delta']
 *     ],
 *     {stringLength: stringWidth}
 *   )
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo   |
 *   | ----- | ------- |
 *   | 中文  | Charlie |
 *   | 👩‍❤️‍👩    | Delta   |
 *   ```
 */

/**
 * Get the length of a cell.
 *
 * @param {string} value
 *   Cell value.
 * @returns {number}
 *   Cell size.
 */
function defaultStringLength(value) {
  return value.length
}

/**
 * Generate a markdown
 * ([GFM](https://docs.github.com/en/github/writing-on-github/working-with-advanced-formatting/organizing-information-with-tables))
 * table.
 *
 * @param {ReadonlyArray<ReadonlyArray<string | null | undefined>>} table
 *   Table data (matrix of strings).
 * @param {Readonly<Options> | null | undefined} [options]
 *   Configuration (optional).
 * @returns {string}
 *   Result.
 */
function markdownTable(table, options) {
  const settings = options || {}
  // To do: next major: change to spread.
  // eslint-disable-next-line unicorn/prefer-spread -- `align` can be a string.
  const align = (settings.align || []).concat()
  const stringLength = settings.stringLength || defaultStringLength
  /** @type {Array<number>} Character codes as symbols for alignment per column. */
  const alignments = []
  /** @type {Array<Array<string>>} Cells per row. */
  const cellMatrix = []
  /** @type {Array<Array<number>>} Sizes of each cell per row. */
  const sizeMatrix = []
  /** @type {Array<number>} */
  const longestCellByColumn = []
  let mostCellsPerRow = 0
  let rowIndex = -1

  // This is a superfluous loop if we don’t align delimiters, but otherwise we’d
  // do superfluous work when aligning, so optimize for aligning.
  while (++rowIndex < table.length) {
    /** @type {Array<string>} */
    const row = []
    /** @type {Array<number>} */
    const sizes = []
    let columnIndex = -1

    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length
    }

    while (++columnIndex < table[rowIndex].length) {
      const cell = serialize(table[rowIndex][columnIndex])

      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell)
        sizes[columnIndex] = size

        if (
          longestCellByColumn[columnIndex] === undefined ||
          size > longestCellByColumn[columnIndex]
        ) {
          longestCellByColumn[columnIndex] = size
        }
      }

      row.push(cell)
    }

    cellMatrix[rowIndex] = row
    sizeMatrix[rowIndex] = sizes
  }

  // Figure out which alignments to use.
  let columnIndex = -1

  if (typeof align === 'object' && 'length' in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex])
    }
  } else {
    const code = toAlignment(align)

    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code
    }
  }

  // Inject the alignment row.
  columnIndex = -1
  /** @type {Array<string>} */
  const row = []
  /** @type {Array<number>} */
  const sizes = []

  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex]
    let before = ''
    let after = ''

    if (code === 99 /* `c` */) {
      before = ':'
      after = ':'
    } else if (code === 108 /* `l` */) {
      before = ':'
    } else if (code === 114 /* `r` */) {
      after = ':'
    }

    // There *must* be at least one hyphen-minus in each alignment cell.
    let size =
      settings.alignDelimiters === false
        ? 1
        : Math.max(
            1,
            longestCellByColumn[columnIndex] - before.length - after.length
          )

    const cell = before + '-'.repeat(size) + after

    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length

      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size
      }

      sizes[columnIndex] = size
    }

    row[columnIndex] = cell
  }

  // Inject the alignment row.
  cellMatrix.splice(1, 0, row)
  sizeMatrix.splice(1, 0, sizes)

  rowIndex = -1
  /** @type {Array<string>} */
  const lines = []

  while (++rowIndex < cellMatrix.length) {
    const row = cellMatrix[rowIndex]
    const sizes = sizeMatrix[rowIndex]
    const cellsInRow =
      settings.fillRows === false
        ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length)
        : mostCellsPerRow
    columnIndex = -1
    /** @type {Array<string>} */
    const line = []

    while (++columnIndex < cellsInRow) {
      const cell = row[columnIndex] || ''
      let before = ''
      let after = ''

      if (settings.alignDelimiters !== false) {
        const size =
          longestCellByColumn[columnIndex] - (sizes[columnIndex] || 0)
        const code = alignments[columnIndex]

        if (code === 114 /* `r` */) {
          before = ' '.repeat(size)
        } else if (code === 99 /* `c` */) {
          const half = size / 2

          if (size % 2) {
            before = ' '.repeat(half + 0.5)
            after = ' '.repeat(half - 0.5)
          } else {
            before = ' '.repeat(half)
            after = before
          }
        } else {
          after = ' '.repeat(size)
        }
      }

      if (settings.delimiterStart !== false && !columnIndex) {
        line.push('|')
      }

      if (
        settings.padding !== false &&
        // Don’t add the opening space if we’re not aligning and the cell is
        // empty: there will be a closing space.
        !(settings.alignDelimiters === false && cell === '') &&
        (settings.delimiterStart !== false || columnIndex)
      ) {
        line.push(' ')
      }

      if (settings.alignDelimiters !== false) {
        line.push(before)
      }

      line.push(cell)

      if (settings.alignDelimiters !== false) {
        line.push(after)
      }

      if (settings.padding !== false) {
        line.push(' ')
      }

      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push('|')
      }
    }

    lines.push(
      settings.delimiterEnd === false
        ? line.join('').replace(/ +$/, '')
        : line.join('')
    )
  }

  return lines.join('\n')
}

/**
 * Serialize a cell value.
 *
 * @param {string | null | undefined} [value]
 *   Value to serialize.
 * @returns {string}
 *   Result.
 */
function serialize(value) {
  return value === null || value === undefined ? '' : String(value)
}

/**
 * Get the alignment character code from a value.
 *
 * @param {string | null | undefined} value
 *   Value.
 * @returns {number}
 *   Alignment.
 */
function toAlignment(value) {
  const code = typeof value === 'string' ? value.codePointAt(0) : 0

  return code === 67 /* `C` */ || code === 99 /* `c` */
    ? 99 /* `c` */
    : code === 76 /* `L` */ || code === 108 /* `l` */
      ? 108 /* `l` */
      : code === 82 /* `R` */ || code === 114 /* `r` */
        ? 114 /* `r` */
        : 0
}


/***/ })

};
