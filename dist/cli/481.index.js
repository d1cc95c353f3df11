export const id = 481;
export const ids = [481];
export const modules = {

/***/ 1631:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FH: () => (/* binding */ MAX_GROUP_DEPTH),
/* harmony export */   GS: () => (/* binding */ attrStrings),
/* harmony export */   Gy: () => (/* binding */ describeRoot),
/* harmony export */   IZ: () => (/* binding */ isGroup),
/* harmony export */   Qt: () => (/* binding */ loadHdf5),
/* harmony export */   TI: () => (/* binding */ isDataset),
/* harmony export */   at: () => (/* binding */ at),
/* harmony export */   dO: () => (/* binding */ hdf5Poisoned),
/* harmony export */   uK: () => (/* binding */ withHdf5),
/* harmony export */   vH: () => (/* binding */ attrText),
/* harmony export */   vg: () => (/* binding */ MAX_HDF5_BYTES),
/* harmony export */   xi: () => (/* binding */ datasetDType)
/* harmony export */ });
/* unused harmony exports HDF5_TIME_LIMIT_MS, hdf5Error */
/* harmony import */ var _frontend_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5049);
/* harmony import */ var _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2869);


let h5wasm;
let h5Module;
let timeLimit = (fn) => fn();
/**
 * A damaged HDF5 file can make the C library loop forever (a corrupt heap or B-tree); reading a
 * Keras file's metadata takes milliseconds, so past this the read is stopped.
 */
const HDF5_TIME_LIMIT_MS = 5000;
/**
 * True once the library was stopped mid-call (time limit) or trapped (a WebAssembly runtime
 * error): its memory may be inconsistent, so a long-running caller (the action's analysis
 * workers, the fuzzer) replaces the thread holding it before the next file.
 */
let poisoned = false;
function hdf5Poisoned() {
    return poisoned;
}
/** A WebAssembly trap (WebAssembly.RuntimeError: 'memory access out of bounds', 'unreachable'). */
const isTrap = (e) => e instanceof Error && e.constructor.name === 'RuntimeError';
/** Why h5wasm could not start (its WebAssembly memory refused, e.g. under `ulimit -v`). */
let loadFailure;
/**
 * Loads and initializes h5wasm once; later calls return at once. Never rejects: a failure to start
 * is kept and reported, typed, for each Keras file read afterwards (ONNX and TFLite go on).
 */
async function loadHdf5(options = {}) {
    if (options.timeLimit)
        timeLimit = options.timeLimit;
    if (h5wasm !== undefined || loadFailure !== undefined)
        return;
    // The emscripten runtime prints its start-up failures itself (console.error/warn): held back
    // while it starts, so a failure reaches the user once, typed, and not as raw runtime text.
    const saved = { error: console.error, warn: console.warn };
    const held = [];
    console.error = console.warn = (...args) => { held.push(args.map(String).join(' ')); };
    try {
        const lib = await __webpack_require__.e(/* import() */ 214).then(__webpack_require__.bind(__webpack_require__, 2214));
        const mod = await lib.ready;
        // HDF5 errors become JS Errors carrying the HDF5 error stack, instead of text printed on stderr.
        mod.activate_throwing_error_handler();
        h5Module = mod;
        h5wasm = lib;
    }
    catch (e) {
        const text = [e instanceof Error ? e.message : String(e), ...held].join('\n');
        // 'Aborted(RangeError: WebAssembly.instantiate(): Out of memory: ...). Build with -sASSERTIONS...'
        const cause = /(?:Range)?Error: .*$/m.exec(text)?.[0].replace(/\)?(\. Build with .*)?$/, '');
        loadFailure = (cause ?? text.split('\n')[0] ?? 'unknown error').slice(0, 200);
    }
    finally {
        console.error = saved.error;
        console.warn = saved.warn;
    }
}
function lib(file) {
    if (loadFailure !== undefined) {
        throw new _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .FootprintError */ .E0('E_RESOURCE', `HDF5 support (the HDF5 library in WebAssembly) could not start, so Keras files cannot be read: ${loadFailure}`, { file });
    }
    if (h5wasm === undefined || h5Module === undefined) {
        throw new _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .FootprintError */ .E0('E_INTERNAL', 'HDF5 support is not loaded: the caller must `await loadFormats()` before reading Keras (.h5/.keras) files', { file });
    }
    return { h5: h5wasm, mod: h5Module };
}
/** Largest HDF5 file (or .keras weights entry) copied into the wasm heap. */
const MAX_HDF5_BYTES = 512 * 1024 * 1024;
const isGroup = (e) => h5wasm !== undefined && e instanceof h5wasm.Group;
const isDataset = (e) => h5wasm !== undefined && e instanceof h5wasm.Dataset;
let counter = 0;
/**
 * The HDF5 object being read, for errors: the C library reports only its own call stack, so the
 * readers note each object (and attribute) before touching it.
 */
let reading = '/';
/** Notes the object path (and attribute) the next HDF5 call reads. */
function at(objectPath) {
    reading = objectPath;
}
/** Deepest group nesting followed (Keras nests a model's layers a few levels deep). */
const MAX_GROUP_DEPTH = 64;
/** Copies `bytes` into MEMFS, opens them read-only, runs `fn`, and always closes and unlinks. */
function withHdf5(bytes, file, fn) {
    if (bytes.length > MAX_HDF5_BYTES) {
        throw new _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .FootprintError */ .E0('E_LIMIT', `HDF5: ${bytes.length} bytes is over the ${MAX_HDF5_BYTES}-byte limit for HDF5 files (they are read into memory)`, { file });
    }
    const { h5, mod } = lib(file);
    const fs = mod.FS;
    const path = `/model-footprint-${++counter}.h5`;
    fs.writeFile(path, bytes);
    let f;
    let stopped = false;
    reading = '/';
    try {
        return timeLimit(() => {
            try {
                f = new h5.File(path, 'r');
            }
            catch (e) {
                if (isTrap(e))
                    poisoned = true;
                throw hdf5Error(e, file);
            }
            try {
                return fn(f);
            }
            catch (e) {
                // Anything the library throws while the reader walks the file is a load error of that object.
                if (e instanceof _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .FootprintError */ .E0)
                    throw e;
                if (isTrap(e))
                    poisoned = true;
                throw hdf5Error(e, file, reading);
            }
        }, HDF5_TIME_LIMIT_MS);
    }
    catch (e) {
        if (e instanceof _frontend_js__WEBPACK_IMPORTED_MODULE_1__/* .TimeLimitExceeded */ .Q) {
            stopped = true;
            poisoned = true;
            throw new _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .FootprintError */ .E0('E_LIMIT', `HDF5: reading ${reading} did not finish within ${HDF5_TIME_LIMIT_MS / 1000} s: the file's structures are damaged so that the HDF5 library loops; stopped`, { file });
        }
        throw e;
    }
    finally {
        try {
            // An interrupted library call may have left the file in any state: it is not touched again.
            if (!stopped)
                f?.close();
        }
        catch {
            // Closing a damaged file can fail too; what was read (or the first error) stands.
            poisoned = true;
        }
        finally {
            try {
                fs.unlink(path);
            }
            catch {
                poisoned = true;
            }
        }
    }
}
/**
 * A typed error from an h5wasm/HDF5 failure, in one line: the object being read, what the library
 * was asked (its outermost call) and why it failed (its innermost message); the library's
 * multi-line error stack (`#000: .../H5A.c line 1022 in H5Aread()`) is never shown. Truncation
 * keeps the byte offset where the file ends.
 */
function hdf5Error(e, file, objectPath) {
    if (e instanceof _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .FootprintError */ .E0)
        return e;
    const text = e instanceof Error ? e.message : String(e);
    const trunc = /truncated file: eof = (\d+).*stored_eof = (\d+)/.exec(text);
    if (trunc) {
        return new _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .FootprintError */ .E0('E_TRUNCATED', `HDF5: the file ends at byte ${trunc[1]} but its superblock says ${trunc[2]} bytes`, { file, offset: Number(trunc[1]) });
    }
    if (/file signature not found/.test(text))
        return new _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .FootprintError */ .E0('E_MALFORMED', 'HDF5: no HDF5 superblock signature found', { file, offset: 0 });
    const frames = text.split('\n').filter((l) => /#\d+:/.test(l)).map((l) => /in (\w+)\(\): (.*)$/.exec(l));
    const call = frames[0]?.[1];
    const why = frames.at(-1)?.[2] ?? text.split('\n').find((l) => l.trim() !== '' && !/HDF5-DIAG/.test(l))?.trim() ?? 'read failed';
    const where = objectPath !== undefined ? ` reading ${objectPath}` : '';
    return new _diagnostics_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .FootprintError */ .E0('E_MALFORMED', `HDF5: the file is damaged${where}: ${why.slice(0, 200)}${call ? ` (in ${call})` : ''}`, { file });
}
/** An attribute as text: HDF5 strings (fixed or variable length) and byte arrays. */
function attrText(obj, name) {
    at(`${obj.path} (attribute '${name}')`);
    const a = obj.attrs[name];
    if (a === undefined)
        return undefined;
    const v = a.value;
    if (typeof v === 'string')
        return v;
    if (v instanceof Uint8Array)
        return new TextDecoder().decode(v);
    if (Array.isArray(v) && v.length === 1 && typeof v[0] === 'string')
        return v[0];
    return undefined;
}
/** An attribute as a list of strings (Keras `weight_names`, `layer_names`). */
function attrStrings(obj, name) {
    at(`${obj.path} (attribute '${name}')`);
    const a = obj.attrs[name];
    if (a === undefined)
        return undefined;
    const v = a.value;
    if (typeof v === 'string')
        return [v];
    if (Array.isArray(v))
        return v.map((x) => (x instanceof Uint8Array ? new TextDecoder().decode(x) : String(x)));
    return [];
}
/** HDF5 class numbers (H5T_class_t). */
const H5T_INTEGER = 0;
const H5T_FLOAT = 1;
/** A dataset's element type from its metadata (no values read). */
function datasetDType(d) {
    at(d.path);
    const m = d.metadata;
    if (m.type === H5T_FLOAT)
        return m.size === 8 ? 'float64' : m.size === 2 ? 'float16' : m.size === 4 ? 'float32' : 'unknown';
    if (m.type === H5T_INTEGER) {
        const bits = m.size * 8;
        if (![8, 16, 32, 64].includes(bits))
            return 'unknown';
        return `${m.signed ? '' : 'u'}int${bits}`;
    }
    return 'unknown';
}
/** Names of the root attributes and groups, for "this HDF5 file is not a Keras model" errors. */
function describeRoot(f) {
    at('/');
    const attrs = Object.keys(f.attrs);
    const keys = f.keys();
    const list = (xs) => (xs.length === 0 ? '(none)' : xs.slice(0, 12).map((x) => `'${x}'`).join(', ') + (xs.length > 12 ? ', ...' : ''));
    return `root attributes ${list(attrs)}; root members ${list(keys)}`;
}


/***/ }),

/***/ 1481:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadFormatFor: () => (/* binding */ loadFormatFor),
  ko: () => (/* binding */ readModel)
});

// UNUSED EXPORTS: FRONTENDS, HEAD_BYTES, describeBytes, detectFrontend, loadFormats

// EXTERNAL MODULE: ./src/diagnostics/diagnostic.ts
var diagnostic = __webpack_require__(2869);
;// CONCATENATED MODULE: ./src/frontends/sniff.ts
const HDF5 = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const GZIP = [0x1f, 0x8b];
const startsWith = (b, sig, at = 0) => b.length >= at + sig.length && sig.every((x, i) => b[at + i] === x);
const isHdf5At = (b, at = 0) => startsWith(b, HDF5, at);
const isZip = (b) => startsWith(b, ZIP);
/** TFLite's file identifier at bytes 4..8 (schema.fbs `file_identifier "TFL3"`). */
const TFLITE_IDENTIFIER = 'TFL3';
const isTflite = (b) => b.length >= 8 && ascii(b.subarray(4, 8)) === TFLITE_IDENTIFIER;
/** Bytes as text, one character per byte (identifiers and magic numbers). */
function ascii(bytes) {
    let s = '';
    for (const c of bytes)
        s += String.fromCharCode(c);
    return s;
}
/** What the first bytes are, when they carry a known signature. */
function sniff(head) {
    if (isZip(head))
        return 'zip';
    if (isHdf5At(head))
        return 'hdf5';
    if (startsWith(head, GZIP))
        return 'gzip';
    if (isTflite(head))
        return 'tflite';
    const text = new TextDecoder('utf-8', { fatal: false }).decode(head.subarray(0, 32));
    if (text.startsWith('version https://git-lfs'))
        return 'lfs-pointer';
    if (/^\s*[{[]/.test(text))
        return 'json';
    if (/^\s*</.test(text))
        return 'html';
    return undefined;
}

// EXTERNAL MODULE: ./src/ir/source.ts
var ir_source = __webpack_require__(6598);
;// CONCATENATED MODULE: ./src/frontends/onnx/wire.ts
/**
 * A protobuf wire-format scanner over a ByteSource. It never loads a whole file: it keeps one
 * small buffered window and reports each field's number, wire type and the byte range of its
 * value, so callers can keep weight bytes as offsets and decode only the small fields.
 */


const WIRE_VARINT = 0;
const WIRE_FIXED64 = 1;
const WIRE_LEN = 2;
const WIRE_FIXED32 = 5;
/** A field to read into (fieldInto): a scan that keeps no field makes one per message, not one per field. */
function newField() {
    return { no: 0, wire: 0, tagOffset: 0, offset: 0, length: 0, end: 0, varint: 0 };
}
const MIN_WINDOW = 256;
const MAX_WINDOW = 64 * 1024;
/**
 * A source no larger than this is read once, whole, and the model's tensors read their values
 * from that copy: its windows would read more, one system call each. The bundled 21 KB example
 * took 47 reads of 31 KB in all (a window reread after each jump back to a node's attributes),
 * then one read per quantization scale and zero point.
 */
const WHOLE_SOURCE_BYTES = MAX_WINDOW;
class WireReader {
    file;
    buf = new Uint8Array(0);
    start = 0;
    window = MIN_WINDOW;
    /** Bytes requested from the source so far (for tests and benchmarks). */
    bytesRead = 0;
    /** What the model's tensors read their payloads from: `source`, or its bytes in memory when it is small. */
    source;
    constructor(source, file = source.name) {
        this.file = file;
        if (source.size > WHOLE_SOURCE_BYTES) {
            this.source = source;
            return;
        }
        this.buf = source.read(0, source.size);
        this.bytesRead = source.size;
        this.source = (0,ir_source/* bytesSource */.X)(source.name, this.buf);
    }
    get size() {
        return this.source.size;
    }
    /** Byte at `pos`; the caller has checked `pos < size`. */
    byteAt(pos) {
        const i = pos - this.start;
        if (i >= 0 && i < this.buf.length)
            return this.buf[i];
        this.fill(pos);
        return this.buf[pos - this.start];
    }
    /**
     * Loads a window at `pos`. Windows grow while reads are sequential (dense node lists, or small
     * skips no longer than the window: the small initializers between them) and shrink back after a
     * longer jump (over weight bytes), so large skipped data is never read. (A source of at most
     * WHOLE_SOURCE_BYTES is never filled: it is held whole.)
     */
    fill(pos) {
        const end = this.start + this.buf.length;
        const sequential = this.buf.length > 0 && pos >= end && pos - end <= this.window;
        this.window = sequential ? Math.min(this.window * 2, MAX_WINDOW) : MIN_WINDOW;
        const len = Math.min(this.window, this.size - pos);
        this.buf = this.source.read(pos, len);
        this.bytesRead += len;
        this.start = pos;
    }
    /** A copy-free view when the range is buffered, otherwise one read of exactly that range. */
    bytes(offset, length) {
        const i = offset - this.start;
        if (i >= 0 && i + length <= this.buf.length)
            return this.buf.subarray(i, i + length);
        this.bytesRead += length;
        return this.source.read(offset, length);
    }
    error(code, message, offset) {
        return new diagnostic/* FootprintError */.E0(code, `ONNX: ${message}`, { file: this.file, offset });
    }
    /** Where the last varint read ended (varint() returns only the value: no tuple per read). */
    next = 0;
    /**
     * Reads a varint at `pos` that must end before `end`; its end is left in `this.next`. Errors name
     * it as field `no` of `message` (no = 0: the field's tag), its value or its length (`kind`): the
     * words are only put together when there is an error to report.
     */
    varint(pos, end, message, no = 0, kind = 'tag') {
        let value = 0;
        let mul = 1;
        for (let i = 0; i < 10; i++) {
            if (pos + i >= end) {
                throw end >= this.size
                    ? this.error('E_TRUNCATED', `file ends inside a varint (${what(message, no, kind)})`, pos)
                    : this.error('E_MALFORMED', `varint (${what(message, no, kind)}) runs past the end of its message`, pos);
            }
            const b = this.byteAt(pos + i);
            value += (b & 0x7f) * mul;
            mul *= 128;
            if ((b & 0x80) === 0) {
                this.next = pos + i + 1;
                return value;
            }
        }
        throw this.error('E_MALFORMED', `varint (${what(message, no, kind)}) longer than 10 bytes`, pos);
    }
    /** Reads the field starting at `pos` inside a message ending at `end`. */
    field(pos, end, message) {
        return this.fieldInto(pos, end, message, newField());
    }
    /** As field(), into `f` (a scan that keeps no field reuses one object); returns `f`. */
    fieldInto(pos, end, message, f) {
        const tag = this.varint(pos, end, message);
        const afterTag = this.next;
        const no = Math.floor(tag / 8);
        const wire = tag % 8;
        if (no === 0 || no > 536870911)
            throw this.error('E_MALFORMED', `invalid field number ${no} in ${message}`, pos);
        f.no = no;
        f.wire = wire;
        f.tagOffset = pos;
        f.offset = afterTag;
        f.length = 0;
        f.end = afterTag;
        f.varint = 0;
        switch (wire) {
            case WIRE_VARINT: {
                f.varint = this.varint(afterTag, end, message, no, 'value');
                f.length = this.next - afterTag;
                break;
            }
            case WIRE_FIXED64:
                f.length = 8;
                break;
            case WIRE_FIXED32:
                f.length = 4;
                break;
            case WIRE_LEN: {
                f.length = this.varint(afterTag, end, message, no, 'length');
                f.offset = this.next;
                break;
            }
            default:
                throw this.error('E_MALFORMED', `unsupported wire type ${wire} for field ${no} of ${message}`, pos);
        }
        f.end = f.offset + f.length;
        if (f.end > end) {
            const remaining = end - f.offset;
            throw end >= this.size
                ? this.error('E_TRUNCATED', `${message} field ${no} declares ${f.length} bytes but the file has only ${remaining} left`, pos)
                : this.error('E_MALFORMED', `${message} field ${no} declares ${f.length} bytes but its enclosing message has only ${remaining} left`, pos);
        }
        return f;
    }
    /** The fields of the message occupying `[start, end)`, in order. */
    fields(start, end, message) {
        const out = [];
        for (let pos = start; pos < end;) {
            const f = this.field(pos, end, message);
            out.push(f);
            pos = f.end;
        }
        return out;
    }
}
/** How errors name a varint: `Message field tag`, `Message.7`, `Message.7 length`. */
function what(message, no, kind) {
    return kind === 'tag' ? `${message} field tag` : kind === 'value' ? `${message}.${no}` : `${message}.${no} length`;
}
/** A message's fields decoded in memory (everything but tensor payloads and doc strings): beyond this, refused. */
const MAX_METADATA_BYTES = 256 * 1024 * 1024;
/** Concatenates fields (tag included) into one buffer for a generated decoder; more than MAX_METADATA_BYTES is refused. */
function gather(r, fields) {
    const spans = new Spans();
    for (const f of fields)
        spans.add(f);
    return spans.gather(r);
}
/**
 * The byte spans of the fields a scan keeps (tag included), adjacent ones merged: the fields of a
 * message written in field order, less a few skipped ones, are one or two spans. One span is
 * handed to the decoder as it is (a view of the reader's buffer, or one read), without a copy.
 */
class Spans {
    /** The first span ([start, end), -1 while there is none): most messages are one span. */
    start = -1;
    end = -1;
    /** start, end, start, end... of the spans after the first (made when a second one comes). */
    more;
    add(f) {
        const more = this.more;
        if (this.start < 0) {
            this.start = f.tagOffset;
            this.end = f.end;
        }
        else if (more === undefined) {
            if (this.end === f.tagOffset)
                this.end = f.end;
            else
                this.more = [f.tagOffset, f.end];
        }
        else {
            const n = more.length;
            if (more[n - 1] === f.tagOffset)
                more[n - 1] = f.end;
            else
                more.push(f.tagOffset, f.end);
        }
    }
    /** The spans' bytes, in order, for a generated decoder; more than MAX_METADATA_BYTES is refused. */
    gather(r) {
        // one span (or none): no list to walk
        if (this.more === undefined) {
            const length = this.start < 0 ? 0 : this.end - this.start;
            if (length > MAX_METADATA_BYTES)
                throw r.error('E_LIMIT', `message metadata of ${length} bytes (at most ${MAX_METADATA_BYTES})`, this.start);
            return length === 0 ? new Uint8Array(0) : r.bytes(this.start, length);
        }
        const at = [this.start, this.end, ...this.more];
        let total = 0;
        for (let i = 0; i < at.length; i += 2)
            total += at[i + 1] - at[i];
        if (total > MAX_METADATA_BYTES)
            throw r.error('E_LIMIT', `message metadata of ${total} bytes (at most ${MAX_METADATA_BYTES})`, this.start);
        const out = new Uint8Array(total);
        let to = 0;
        for (let i = 0; i < at.length; i += 2) {
            const start = at[i];
            const length = at[i + 1] - start;
            out.set(r.bytes(start, length), to);
            to += length;
        }
        return out;
    }
}
/** Runs a generated decoder, turning its exceptions into FootprintErrors at `offset`. */
function decodeWith(r, what, offset, bytes, decode) {
    try {
        return decode(bytes);
    }
    catch (e) {
        if (e instanceof diagnostic/* FootprintError */.E0)
            throw e;
        const msg = e instanceof Error ? e.message : String(e);
        if (/depth|call stack/i.test(msg))
            throw r.error('E_LIMIT', `${what} nests too deeply (${msg})`, offset);
        throw r.error('E_MALFORMED', `cannot decode ${what}: ${msg}`, offset);
    }
}

// EXTERNAL MODULE: ./node_modules/protobufjs/minimal.js
var minimal = __webpack_require__(6170);
;// CONCATENATED MODULE: ./src/schemas/onnx/onnx.js
// GENERATED by tools/gen-onnx-schema.mjs from schemas/onnx.proto (official ONNX, Apache-2.0). Do not edit.
/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/


// Common aliases
const $Reader = minimal.Reader, $Writer = minimal.Writer, $util = minimal.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = minimal.roots["default"] || (minimal.roots["default"] = {});

const onnx = $root.onnx = (() => {

    /**
     * Namespace onnx.
     * @exports onnx
     * @namespace
     */
    const onnx = {};

    /**
     * Version enum.
     * @name onnx.Version
     * @enum {number}
     * @property {number} _START_VERSION=0 _START_VERSION value
     * @property {number} IR_VERSION_2017_10_10=1 IR_VERSION_2017_10_10 value
     * @property {number} IR_VERSION_2017_10_30=2 IR_VERSION_2017_10_30 value
     * @property {number} IR_VERSION_2017_11_3=3 IR_VERSION_2017_11_3 value
     * @property {number} IR_VERSION_2019_1_22=4 IR_VERSION_2019_1_22 value
     * @property {number} IR_VERSION_2019_3_18=5 IR_VERSION_2019_3_18 value
     * @property {number} IR_VERSION_2019_9_19=6 IR_VERSION_2019_9_19 value
     * @property {number} IR_VERSION_2020_5_8=7 IR_VERSION_2020_5_8 value
     * @property {number} IR_VERSION_2021_7_30=8 IR_VERSION_2021_7_30 value
     * @property {number} IR_VERSION_2023_5_5=9 IR_VERSION_2023_5_5 value
     * @property {number} IR_VERSION_2024_3_25=10 IR_VERSION_2024_3_25 value
     * @property {number} IR_VERSION_2025_05_12=11 IR_VERSION_2025_05_12 value
     * @property {number} IR_VERSION_2025_08_26=12 IR_VERSION_2025_08_26 value
     * @property {number} IR_VERSION_2025_11_06=13 IR_VERSION_2025_11_06 value
     * @property {number} IR_VERSION=14 IR_VERSION value
     */
    onnx.Version = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "_START_VERSION"] = 0;
        values[valuesById[1] = "IR_VERSION_2017_10_10"] = 1;
        values[valuesById[2] = "IR_VERSION_2017_10_30"] = 2;
        values[valuesById[3] = "IR_VERSION_2017_11_3"] = 3;
        values[valuesById[4] = "IR_VERSION_2019_1_22"] = 4;
        values[valuesById[5] = "IR_VERSION_2019_3_18"] = 5;
        values[valuesById[6] = "IR_VERSION_2019_9_19"] = 6;
        values[valuesById[7] = "IR_VERSION_2020_5_8"] = 7;
        values[valuesById[8] = "IR_VERSION_2021_7_30"] = 8;
        values[valuesById[9] = "IR_VERSION_2023_5_5"] = 9;
        values[valuesById[10] = "IR_VERSION_2024_3_25"] = 10;
        values[valuesById[11] = "IR_VERSION_2025_05_12"] = 11;
        values[valuesById[12] = "IR_VERSION_2025_08_26"] = 12;
        values[valuesById[13] = "IR_VERSION_2025_11_06"] = 13;
        values[valuesById[14] = "IR_VERSION"] = 14;
        return values;
    })();

    onnx.AttributeProto = (function() {

        /**
         * Properties of an AttributeProto.
         * @typedef {Object} onnx.AttributeProto.$Properties
         * @property {string|null} [name] AttributeProto name
         * @property {string|null} [ref_attr_name] AttributeProto ref_attr_name
         * @property {string|null} [doc_string] AttributeProto doc_string
         * @property {onnx.AttributeProto.AttributeType|null} [type] AttributeProto type
         * @property {number|null} [f] AttributeProto f
         * @property {number|Long|null} [i] AttributeProto i
         * @property {Uint8Array|null} [s] AttributeProto s
         * @property {onnx.TensorProto.$Properties|null} [t] AttributeProto t
         * @property {onnx.GraphProto.$Properties|null} [g] AttributeProto g
         * @property {onnx.SparseTensorProto.$Properties|null} [sparse_tensor] AttributeProto sparse_tensor
         * @property {onnx.TypeProto.$Properties|null} [tp] AttributeProto tp
         * @property {Array.<number>|null} [floats] AttributeProto floats
         * @property {Array.<number|Long>|null} [ints] AttributeProto ints
         * @property {Array.<Uint8Array>|null} [strings] AttributeProto strings
         * @property {Array.<onnx.TensorProto.$Properties>|null} [tensors] AttributeProto tensors
         * @property {Array.<onnx.GraphProto.$Properties>|null} [graphs] AttributeProto graphs
         * @property {Array.<onnx.SparseTensorProto.$Properties>|null} [sparse_tensors] AttributeProto sparse_tensors
         * @property {Array.<onnx.TypeProto.$Properties>|null} [type_protos] AttributeProto type_protos
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an AttributeProto.
         * @memberof onnx
         * @interface IAttributeProto
         * @augments onnx.AttributeProto.$Properties
         * @deprecated Use onnx.AttributeProto.$Properties instead.
         */

        /**
         * Shape of an AttributeProto.
         * @typedef {{
         *   name?: string|null;
         *   ref_attr_name?: string|null;
         *   doc_string?: string|null;
         *   type?: onnx.AttributeProto.AttributeType|null;
         *   f?: number|null;
         *   i?: number|Long|null;
         *   s?: Uint8Array|null;
         *   t?: onnx.TensorProto.$Shape|null;
         *   g?: onnx.GraphProto.$Shape|null;
         *   sparse_tensor?: onnx.SparseTensorProto.$Shape|null;
         *   tp?: onnx.TypeProto.$Shape|null;
         *   floats?: Array.<number>|null;
         *   ints?: Array.<number|Long>|null;
         *   strings?: Array.<Uint8Array>|null;
         *   tensors?: Array.<onnx.TensorProto.$Shape>|null;
         *   graphs?: Array.<onnx.GraphProto.$Shape>|null;
         *   sparse_tensors?: Array.<onnx.SparseTensorProto.$Shape>|null;
         *   type_protos?: Array.<onnx.TypeProto.$Shape>|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} onnx.AttributeProto.$Shape
         */

        /**
         * Constructs a new AttributeProto.
         * @memberof onnx
         * @classdesc Represents an AttributeProto.
         * @constructor
         * @param {onnx.AttributeProto.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const AttributeProto = function (properties) {
            this.floats = [];
            this.ints = [];
            this.strings = [];
            this.tensors = [];
            this.graphs = [];
            this.sparse_tensors = [];
            this.type_protos = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * AttributeProto name.
         * @member {string} name
         * @memberof onnx.AttributeProto
         * @instance
         */
        AttributeProto.prototype.name = "";

        /**
         * AttributeProto ref_attr_name.
         * @member {string} ref_attr_name
         * @memberof onnx.AttributeProto
         * @instance
         */
        AttributeProto.prototype.ref_attr_name = "";

        /**
         * AttributeProto doc_string.
         * @member {string} doc_string
         * @memberof onnx.AttributeProto
         * @instance
         */
        AttributeProto.prototype.doc_string = "";

        /**
         * AttributeProto type.
         * @member {onnx.AttributeProto.AttributeType} type
         * @memberof onnx.AttributeProto
         * @instance
         */
        AttributeProto.prototype.type = 0;

        /**
         * AttributeProto f.
         * @member {number} f
         * @memberof onnx.AttributeProto
         * @instance
         */
        AttributeProto.prototype.f = 0;

        /**
         * AttributeProto i.
         * @member {number|Long} i
         * @memberof onnx.AttributeProto
         * @instance
         */
        AttributeProto.prototype.i = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * AttributeProto s.
         * @member {Uint8Array} s
         * @memberof onnx.AttributeProto
         * @instance
         */
        AttributeProto.prototype.s = $util.newBuffer([]);

        /**
         * AttributeProto t.
         * @member {onnx.TensorProto.$Properties|null|undefined} t
         * @memberof onnx.AttributeProto
         * @instance
         */
        AttributeProto.prototype.t = null;

        /**
         * AttributeProto g.
         * @member {onnx.GraphProto.$Properties|null|undefined} g
         * @memberof onnx.AttributeProto
         * @instance
         */
        AttributeProto.prototype.g = null;

        /**
         * AttributeProto sparse_tensor.
         * @member {onnx.SparseTensorProto.$Properties|null|undefined} sparse_tensor
         * @memberof onnx.AttributeProto
         * @instance
         */
        AttributeProto.prototype.sparse_tensor = null;

        /**
         * AttributeProto tp.
         * @member {onnx.TypeProto.$Properties|null|undefined} tp
         * @memberof onnx.AttributeProto
         * @instance
         */
        AttributeProto.prototype.tp = null;

        /**
         * AttributeProto floats.
         * @member {Array.<number>} floats
         * @memberof onnx.AttributeProto
         * @instance
         */
        AttributeProto.prototype.floats = $util.emptyArray;

        /**
         * AttributeProto ints.
         * @member {Array.<number|Long>} ints
         * @memberof onnx.AttributeProto
         * @instance
         */
        AttributeProto.prototype.ints = $util.emptyArray;

        /**
         * AttributeProto strings.
         * @member {Array.<Uint8Array>} strings
         * @memberof onnx.AttributeProto
         * @instance
         */
        AttributeProto.prototype.strings = $util.emptyArray;

        /**
         * AttributeProto tensors.
         * @member {Array.<onnx.TensorProto.$Properties>} tensors
         * @memberof onnx.AttributeProto
         * @instance
         */
        AttributeProto.prototype.tensors = $util.emptyArray;

        /**
         * AttributeProto graphs.
         * @member {Array.<onnx.GraphProto.$Properties>} graphs
         * @memberof onnx.AttributeProto
         * @instance
         */
        AttributeProto.prototype.graphs = $util.emptyArray;

        /**
         * AttributeProto sparse_tensors.
         * @member {Array.<onnx.SparseTensorProto.$Properties>} sparse_tensors
         * @memberof onnx.AttributeProto
         * @instance
         */
        AttributeProto.prototype.sparse_tensors = $util.emptyArray;

        /**
         * AttributeProto type_protos.
         * @member {Array.<onnx.TypeProto.$Properties>} type_protos
         * @memberof onnx.AttributeProto
         * @instance
         */
        AttributeProto.prototype.type_protos = $util.emptyArray;

        /**
         * Encodes the specified AttributeProto message. Does not implicitly {@link onnx.AttributeProto.verify|verify} messages.
         * @function encode
         * @memberof onnx.AttributeProto
         * @static
         * @param {onnx.AttributeProto.$Properties} message AttributeProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AttributeProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.f != null && $Object.hasOwnProperty.call(message, "f"))
                writer.uint32(/* id 2, wireType 5 =*/21).float(message.f);
            if (message.i != null && $Object.hasOwnProperty.call(message, "i"))
                writer.uint32(/* id 3, wireType 0 =*/24).int64(message.i);
            if (message.s != null && $Object.hasOwnProperty.call(message, "s"))
                writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.s);
            if (message.t != null && $Object.hasOwnProperty.call(message, "t"))
                $root.onnx.TensorProto.encode(message.t, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
            if (message.g != null && $Object.hasOwnProperty.call(message, "g"))
                $root.onnx.GraphProto.encode(message.g, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
            if (message.floats != null && message.floats.length)
                for (let i = 0; i < message.floats.length; ++i)
                    writer.uint32(/* id 7, wireType 5 =*/61).float(message.floats[i]);
            if (message.ints != null && message.ints.length)
                for (let i = 0; i < message.ints.length; ++i)
                    writer.uint32(/* id 8, wireType 0 =*/64).int64(message.ints[i]);
            if (message.strings != null && message.strings.length)
                for (let i = 0; i < message.strings.length; ++i)
                    writer.uint32(/* id 9, wireType 2 =*/74).bytes(message.strings[i]);
            if (message.tensors != null && message.tensors.length)
                for (let i = 0; i < message.tensors.length; ++i)
                    $root.onnx.TensorProto.encode(message.tensors[i], writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
            if (message.graphs != null && message.graphs.length)
                for (let i = 0; i < message.graphs.length; ++i)
                    $root.onnx.GraphProto.encode(message.graphs[i], writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
            if (message.doc_string != null && $Object.hasOwnProperty.call(message, "doc_string"))
                writer.uint32(/* id 13, wireType 2 =*/106).string(message.doc_string);
            if (message.tp != null && $Object.hasOwnProperty.call(message, "tp"))
                $root.onnx.TypeProto.encode(message.tp, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
            if (message.type_protos != null && message.type_protos.length)
                for (let i = 0; i < message.type_protos.length; ++i)
                    $root.onnx.TypeProto.encode(message.type_protos[i], writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
            if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                writer.uint32(/* id 20, wireType 0 =*/160).int32(message.type);
            if (message.ref_attr_name != null && $Object.hasOwnProperty.call(message, "ref_attr_name"))
                writer.uint32(/* id 21, wireType 2 =*/170).string(message.ref_attr_name);
            if (message.sparse_tensor != null && $Object.hasOwnProperty.call(message, "sparse_tensor"))
                $root.onnx.SparseTensorProto.encode(message.sparse_tensor, writer.uint32(/* id 22, wireType 2 =*/178).fork(), _depth + 1).ldelim();
            if (message.sparse_tensors != null && message.sparse_tensors.length)
                for (let i = 0; i < message.sparse_tensors.length; ++i)
                    $root.onnx.SparseTensorProto.encode(message.sparse_tensors[i], writer.uint32(/* id 23, wireType 2 =*/186).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an AttributeProto message from the specified reader or buffer.
         * @function decode
         * @memberof onnx.AttributeProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {onnx.AttributeProto & onnx.AttributeProto.$Shape} AttributeProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AttributeProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.onnx.AttributeProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.name = reader.string();
                        continue;
                    }
                case 21: {
                        if (wireType !== 2)
                            break;
                        message.ref_attr_name = reader.string();
                        continue;
                    }
                case 13: {
                        if (wireType !== 2)
                            break;
                        message.doc_string = reader.string();
                        continue;
                    }
                case 20: {
                        if (wireType !== 0)
                            break;
                        value = reader.int32();
                        if ($root.onnx.AttributeProto.AttributeType[value] !== $undefined)
                            message.type = value;
                        else if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                        continue;
                    }
                case 2: {
                        if (wireType !== 5)
                            break;
                        message.f = reader.float();
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        message.i = reader.int64();
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.s = reader.bytes();
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.t = $root.onnx.TensorProto.decode(reader, reader.size(), $undefined, _depth + 1, message.t);
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        message.g = $root.onnx.GraphProto.decode(reader, reader.size(), $undefined, _depth + 1, message.g);
                        continue;
                    }
                case 22: {
                        if (wireType !== 2)
                            break;
                        message.sparse_tensor = $root.onnx.SparseTensorProto.decode(reader, reader.size(), $undefined, _depth + 1, message.sparse_tensor);
                        continue;
                    }
                case 14: {
                        if (wireType !== 2)
                            break;
                        message.tp = $root.onnx.TypeProto.decode(reader, reader.size(), $undefined, _depth + 1, message.tp);
                        continue;
                    }
                case 7: {
                        if (wireType === 2) {
                            if (!(message.floats && message.floats.length))
                                message.floats = [];
                            reader.floats(message.floats);
                            continue;
                        }
                        if (wireType !== 5)
                            break;
                        if (!(message.floats && message.floats.length))
                            message.floats = [];
                        message.floats.push(reader.float());
                        continue;
                    }
                case 8: {
                        if (wireType === 2) {
                            if (!(message.ints && message.ints.length))
                                message.ints = [];
                            reader.int64s(message.ints);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.ints && message.ints.length))
                            message.ints = [];
                        message.ints.push(reader.int64());
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        if (!(message.strings && message.strings.length))
                            message.strings = [];
                        message.strings.push(reader.bytes());
                        continue;
                    }
                case 10: {
                        if (wireType !== 2)
                            break;
                        if (!(message.tensors && message.tensors.length))
                            message.tensors = [];
                        message.tensors.push($root.onnx.TensorProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 11: {
                        if (wireType !== 2)
                            break;
                        if (!(message.graphs && message.graphs.length))
                            message.graphs = [];
                        message.graphs.push($root.onnx.GraphProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 23: {
                        if (wireType !== 2)
                            break;
                        if (!(message.sparse_tensors && message.sparse_tensors.length))
                            message.sparse_tensors = [];
                        message.sparse_tensors.push($root.onnx.SparseTensorProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 15: {
                        if (wireType !== 2)
                            break;
                        if (!(message.type_protos && message.type_protos.length))
                            message.type_protos = [];
                        message.type_protos.push($root.onnx.TypeProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for AttributeProto
         * @function getTypeUrl
         * @memberof onnx.AttributeProto
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        AttributeProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/onnx.AttributeProto";
        };

        /**
         * AttributeType enum.
         * @name onnx.AttributeProto.AttributeType
         * @enum {number}
         * @property {number} UNDEFINED=0 UNDEFINED value
         * @property {number} FLOAT=1 FLOAT value
         * @property {number} INT=2 INT value
         * @property {number} STRING=3 STRING value
         * @property {number} TENSOR=4 TENSOR value
         * @property {number} GRAPH=5 GRAPH value
         * @property {number} SPARSE_TENSOR=11 SPARSE_TENSOR value
         * @property {number} TYPE_PROTO=13 TYPE_PROTO value
         * @property {number} FLOATS=6 FLOATS value
         * @property {number} INTS=7 INTS value
         * @property {number} STRINGS=8 STRINGS value
         * @property {number} TENSORS=9 TENSORS value
         * @property {number} GRAPHS=10 GRAPHS value
         * @property {number} SPARSE_TENSORS=12 SPARSE_TENSORS value
         * @property {number} TYPE_PROTOS=14 TYPE_PROTOS value
         */
        AttributeProto.AttributeType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "UNDEFINED"] = 0;
            values[valuesById[1] = "FLOAT"] = 1;
            values[valuesById[2] = "INT"] = 2;
            values[valuesById[3] = "STRING"] = 3;
            values[valuesById[4] = "TENSOR"] = 4;
            values[valuesById[5] = "GRAPH"] = 5;
            values[valuesById[11] = "SPARSE_TENSOR"] = 11;
            values[valuesById[13] = "TYPE_PROTO"] = 13;
            values[valuesById[6] = "FLOATS"] = 6;
            values[valuesById[7] = "INTS"] = 7;
            values[valuesById[8] = "STRINGS"] = 8;
            values[valuesById[9] = "TENSORS"] = 9;
            values[valuesById[10] = "GRAPHS"] = 10;
            values[valuesById[12] = "SPARSE_TENSORS"] = 12;
            values[valuesById[14] = "TYPE_PROTOS"] = 14;
            return values;
        })();

        return AttributeProto;
    })();

    onnx.ValueInfoProto = (function() {

        /**
         * Properties of a ValueInfoProto.
         * @typedef {Object} onnx.ValueInfoProto.$Properties
         * @property {string|null} [name] ValueInfoProto name
         * @property {onnx.TypeProto.$Properties|null} [type] ValueInfoProto type
         * @property {string|null} [doc_string] ValueInfoProto doc_string
         * @property {Array.<onnx.StringStringEntryProto.$Properties>|null} [metadata_props] ValueInfoProto metadata_props
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ValueInfoProto.
         * @memberof onnx
         * @interface IValueInfoProto
         * @augments onnx.ValueInfoProto.$Properties
         * @deprecated Use onnx.ValueInfoProto.$Properties instead.
         */

        /**
         * Shape of a ValueInfoProto.
         * @typedef {{
         *   name?: string|null;
         *   type?: onnx.TypeProto.$Shape|null;
         *   doc_string?: string|null;
         *   metadata_props?: Array.<onnx.StringStringEntryProto.$Shape>|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} onnx.ValueInfoProto.$Shape
         */

        /**
         * Constructs a new ValueInfoProto.
         * @memberof onnx
         * @classdesc Represents a ValueInfoProto.
         * @constructor
         * @param {onnx.ValueInfoProto.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ValueInfoProto = function (properties) {
            this.metadata_props = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ValueInfoProto name.
         * @member {string} name
         * @memberof onnx.ValueInfoProto
         * @instance
         */
        ValueInfoProto.prototype.name = "";

        /**
         * ValueInfoProto type.
         * @member {onnx.TypeProto.$Properties|null|undefined} type
         * @memberof onnx.ValueInfoProto
         * @instance
         */
        ValueInfoProto.prototype.type = null;

        /**
         * ValueInfoProto doc_string.
         * @member {string} doc_string
         * @memberof onnx.ValueInfoProto
         * @instance
         */
        ValueInfoProto.prototype.doc_string = "";

        /**
         * ValueInfoProto metadata_props.
         * @member {Array.<onnx.StringStringEntryProto.$Properties>} metadata_props
         * @memberof onnx.ValueInfoProto
         * @instance
         */
        ValueInfoProto.prototype.metadata_props = $util.emptyArray;

        /**
         * Encodes the specified ValueInfoProto message. Does not implicitly {@link onnx.ValueInfoProto.verify|verify} messages.
         * @function encode
         * @memberof onnx.ValueInfoProto
         * @static
         * @param {onnx.ValueInfoProto.$Properties} message ValueInfoProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ValueInfoProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                $root.onnx.TypeProto.encode(message.type, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.doc_string != null && $Object.hasOwnProperty.call(message, "doc_string"))
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.doc_string);
            if (message.metadata_props != null && message.metadata_props.length)
                for (let i = 0; i < message.metadata_props.length; ++i)
                    $root.onnx.StringStringEntryProto.encode(message.metadata_props[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ValueInfoProto message from the specified reader or buffer.
         * @function decode
         * @memberof onnx.ValueInfoProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {onnx.ValueInfoProto & onnx.ValueInfoProto.$Shape} ValueInfoProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ValueInfoProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.onnx.ValueInfoProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.name = reader.string();
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.type = $root.onnx.TypeProto.decode(reader, reader.size(), $undefined, _depth + 1, message.type);
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.doc_string = reader.string();
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if (!(message.metadata_props && message.metadata_props.length))
                            message.metadata_props = [];
                        message.metadata_props.push($root.onnx.StringStringEntryProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for ValueInfoProto
         * @function getTypeUrl
         * @memberof onnx.ValueInfoProto
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ValueInfoProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/onnx.ValueInfoProto";
        };

        return ValueInfoProto;
    })();

    onnx.NodeProto = (function() {

        /**
         * Properties of a NodeProto.
         * @typedef {Object} onnx.NodeProto.$Properties
         * @property {Array.<string>|null} [input] NodeProto input
         * @property {Array.<string>|null} [output] NodeProto output
         * @property {string|null} [name] NodeProto name
         * @property {string|null} [op_type] NodeProto op_type
         * @property {string|null} [domain] NodeProto domain
         * @property {string|null} [overload] NodeProto overload
         * @property {Array.<onnx.AttributeProto.$Properties>|null} [attribute] NodeProto attribute
         * @property {string|null} [doc_string] NodeProto doc_string
         * @property {Array.<onnx.StringStringEntryProto.$Properties>|null} [metadata_props] NodeProto metadata_props
         * @property {Array.<onnx.NodeDeviceConfigurationProto.$Properties>|null} [device_configurations] NodeProto device_configurations
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a NodeProto.
         * @memberof onnx
         * @interface INodeProto
         * @augments onnx.NodeProto.$Properties
         * @deprecated Use onnx.NodeProto.$Properties instead.
         */

        /**
         * Shape of a NodeProto.
         * @typedef {{
         *   input?: Array.<string>|null;
         *   output?: Array.<string>|null;
         *   name?: string|null;
         *   op_type?: string|null;
         *   domain?: string|null;
         *   overload?: string|null;
         *   attribute?: Array.<onnx.AttributeProto.$Shape>|null;
         *   doc_string?: string|null;
         *   metadata_props?: Array.<onnx.StringStringEntryProto.$Shape>|null;
         *   device_configurations?: Array.<onnx.NodeDeviceConfigurationProto.$Shape>|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} onnx.NodeProto.$Shape
         */

        /**
         * Constructs a new NodeProto.
         * @memberof onnx
         * @classdesc Represents a NodeProto.
         * @constructor
         * @param {onnx.NodeProto.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const NodeProto = function (properties) {
            this.input = [];
            this.output = [];
            this.attribute = [];
            this.metadata_props = [];
            this.device_configurations = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * NodeProto input.
         * @member {Array.<string>} input
         * @memberof onnx.NodeProto
         * @instance
         */
        NodeProto.prototype.input = $util.emptyArray;

        /**
         * NodeProto output.
         * @member {Array.<string>} output
         * @memberof onnx.NodeProto
         * @instance
         */
        NodeProto.prototype.output = $util.emptyArray;

        /**
         * NodeProto name.
         * @member {string} name
         * @memberof onnx.NodeProto
         * @instance
         */
        NodeProto.prototype.name = "";

        /**
         * NodeProto op_type.
         * @member {string} op_type
         * @memberof onnx.NodeProto
         * @instance
         */
        NodeProto.prototype.op_type = "";

        /**
         * NodeProto domain.
         * @member {string} domain
         * @memberof onnx.NodeProto
         * @instance
         */
        NodeProto.prototype.domain = "";

        /**
         * NodeProto overload.
         * @member {string} overload
         * @memberof onnx.NodeProto
         * @instance
         */
        NodeProto.prototype.overload = "";

        /**
         * NodeProto attribute.
         * @member {Array.<onnx.AttributeProto.$Properties>} attribute
         * @memberof onnx.NodeProto
         * @instance
         */
        NodeProto.prototype.attribute = $util.emptyArray;

        /**
         * NodeProto doc_string.
         * @member {string} doc_string
         * @memberof onnx.NodeProto
         * @instance
         */
        NodeProto.prototype.doc_string = "";

        /**
         * NodeProto metadata_props.
         * @member {Array.<onnx.StringStringEntryProto.$Properties>} metadata_props
         * @memberof onnx.NodeProto
         * @instance
         */
        NodeProto.prototype.metadata_props = $util.emptyArray;

        /**
         * NodeProto device_configurations.
         * @member {Array.<onnx.NodeDeviceConfigurationProto.$Properties>} device_configurations
         * @memberof onnx.NodeProto
         * @instance
         */
        NodeProto.prototype.device_configurations = $util.emptyArray;

        /**
         * Encodes the specified NodeProto message. Does not implicitly {@link onnx.NodeProto.verify|verify} messages.
         * @function encode
         * @memberof onnx.NodeProto
         * @static
         * @param {onnx.NodeProto.$Properties} message NodeProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        NodeProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.input != null && message.input.length)
                for (let i = 0; i < message.input.length; ++i)
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.input[i]);
            if (message.output != null && message.output.length)
                for (let i = 0; i < message.output.length; ++i)
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.output[i]);
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
            if (message.op_type != null && $Object.hasOwnProperty.call(message, "op_type"))
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.op_type);
            if (message.attribute != null && message.attribute.length)
                for (let i = 0; i < message.attribute.length; ++i)
                    $root.onnx.AttributeProto.encode(message.attribute[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
            if (message.doc_string != null && $Object.hasOwnProperty.call(message, "doc_string"))
                writer.uint32(/* id 6, wireType 2 =*/50).string(message.doc_string);
            if (message.domain != null && $Object.hasOwnProperty.call(message, "domain"))
                writer.uint32(/* id 7, wireType 2 =*/58).string(message.domain);
            if (message.overload != null && $Object.hasOwnProperty.call(message, "overload"))
                writer.uint32(/* id 8, wireType 2 =*/66).string(message.overload);
            if (message.metadata_props != null && message.metadata_props.length)
                for (let i = 0; i < message.metadata_props.length; ++i)
                    $root.onnx.StringStringEntryProto.encode(message.metadata_props[i], writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
            if (message.device_configurations != null && message.device_configurations.length)
                for (let i = 0; i < message.device_configurations.length; ++i)
                    $root.onnx.NodeDeviceConfigurationProto.encode(message.device_configurations[i], writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a NodeProto message from the specified reader or buffer.
         * @function decode
         * @memberof onnx.NodeProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {onnx.NodeProto & onnx.NodeProto.$Shape} NodeProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        NodeProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.onnx.NodeProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.input && message.input.length))
                            message.input = [];
                        message.input.push(reader.string());
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.output && message.output.length))
                            message.output = [];
                        message.output.push(reader.string());
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.name = reader.string();
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.op_type = reader.string();
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        message.domain = reader.string();
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        message.overload = reader.string();
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if (!(message.attribute && message.attribute.length))
                            message.attribute = [];
                        message.attribute.push($root.onnx.AttributeProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        message.doc_string = reader.string();
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        if (!(message.metadata_props && message.metadata_props.length))
                            message.metadata_props = [];
                        message.metadata_props.push($root.onnx.StringStringEntryProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 10: {
                        if (wireType !== 2)
                            break;
                        if (!(message.device_configurations && message.device_configurations.length))
                            message.device_configurations = [];
                        message.device_configurations.push($root.onnx.NodeDeviceConfigurationProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for NodeProto
         * @function getTypeUrl
         * @memberof onnx.NodeProto
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        NodeProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/onnx.NodeProto";
        };

        return NodeProto;
    })();

    onnx.IntIntListEntryProto = (function() {

        /**
         * Properties of an IntIntListEntryProto.
         * @typedef {Object} onnx.IntIntListEntryProto.$Properties
         * @property {number|Long|null} [key] IntIntListEntryProto key
         * @property {Array.<number|Long>|null} [value] IntIntListEntryProto value
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an IntIntListEntryProto.
         * @memberof onnx
         * @interface IIntIntListEntryProto
         * @augments onnx.IntIntListEntryProto.$Properties
         * @deprecated Use onnx.IntIntListEntryProto.$Properties instead.
         */

        /**
         * Shape of an IntIntListEntryProto.
         * @typedef {onnx.IntIntListEntryProto.$Properties} onnx.IntIntListEntryProto.$Shape
         */

        /**
         * Constructs a new IntIntListEntryProto.
         * @memberof onnx
         * @classdesc Represents an IntIntListEntryProto.
         * @constructor
         * @param {onnx.IntIntListEntryProto.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const IntIntListEntryProto = function (properties) {
            this.value = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * IntIntListEntryProto key.
         * @member {number|Long} key
         * @memberof onnx.IntIntListEntryProto
         * @instance
         */
        IntIntListEntryProto.prototype.key = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * IntIntListEntryProto value.
         * @member {Array.<number|Long>} value
         * @memberof onnx.IntIntListEntryProto
         * @instance
         */
        IntIntListEntryProto.prototype.value = $util.emptyArray;

        /**
         * Encodes the specified IntIntListEntryProto message. Does not implicitly {@link onnx.IntIntListEntryProto.verify|verify} messages.
         * @function encode
         * @memberof onnx.IntIntListEntryProto
         * @static
         * @param {onnx.IntIntListEntryProto.$Properties} message IntIntListEntryProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        IntIntListEntryProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                writer.uint32(/* id 1, wireType 0 =*/8).int64(message.key);
            if (message.value != null && message.value.length)
                for (let i = 0; i < message.value.length; ++i)
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.value[i]);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an IntIntListEntryProto message from the specified reader or buffer.
         * @function decode
         * @memberof onnx.IntIntListEntryProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {onnx.IntIntListEntryProto & onnx.IntIntListEntryProto.$Shape} IntIntListEntryProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        IntIntListEntryProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.onnx.IntIntListEntryProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        message.key = reader.int64();
                        continue;
                    }
                case 2: {
                        if (wireType === 2) {
                            if (!(message.value && message.value.length))
                                message.value = [];
                            reader.int64s(message.value);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.value && message.value.length))
                            message.value = [];
                        message.value.push(reader.int64());
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for IntIntListEntryProto
         * @function getTypeUrl
         * @memberof onnx.IntIntListEntryProto
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        IntIntListEntryProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/onnx.IntIntListEntryProto";
        };

        return IntIntListEntryProto;
    })();

    onnx.NodeDeviceConfigurationProto = (function() {

        /**
         * Properties of a NodeDeviceConfigurationProto.
         * @typedef {Object} onnx.NodeDeviceConfigurationProto.$Properties
         * @property {string|null} [configuration_id] NodeDeviceConfigurationProto configuration_id
         * @property {Array.<onnx.ShardingSpecProto.$Properties>|null} [sharding_spec] NodeDeviceConfigurationProto sharding_spec
         * @property {number|null} [pipeline_stage] NodeDeviceConfigurationProto pipeline_stage
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a NodeDeviceConfigurationProto.
         * @memberof onnx
         * @interface INodeDeviceConfigurationProto
         * @augments onnx.NodeDeviceConfigurationProto.$Properties
         * @deprecated Use onnx.NodeDeviceConfigurationProto.$Properties instead.
         */

        /**
         * Shape of a NodeDeviceConfigurationProto.
         * @typedef {{
         *   configuration_id?: string|null;
         *   sharding_spec?: Array.<onnx.ShardingSpecProto.$Shape>|null;
         *   pipeline_stage?: number|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} onnx.NodeDeviceConfigurationProto.$Shape
         */

        /**
         * Constructs a new NodeDeviceConfigurationProto.
         * @memberof onnx
         * @classdesc Represents a NodeDeviceConfigurationProto.
         * @constructor
         * @param {onnx.NodeDeviceConfigurationProto.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const NodeDeviceConfigurationProto = function (properties) {
            this.sharding_spec = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * NodeDeviceConfigurationProto configuration_id.
         * @member {string} configuration_id
         * @memberof onnx.NodeDeviceConfigurationProto
         * @instance
         */
        NodeDeviceConfigurationProto.prototype.configuration_id = "";

        /**
         * NodeDeviceConfigurationProto sharding_spec.
         * @member {Array.<onnx.ShardingSpecProto.$Properties>} sharding_spec
         * @memberof onnx.NodeDeviceConfigurationProto
         * @instance
         */
        NodeDeviceConfigurationProto.prototype.sharding_spec = $util.emptyArray;

        /**
         * NodeDeviceConfigurationProto pipeline_stage.
         * @member {number} pipeline_stage
         * @memberof onnx.NodeDeviceConfigurationProto
         * @instance
         */
        NodeDeviceConfigurationProto.prototype.pipeline_stage = 0;

        /**
         * Encodes the specified NodeDeviceConfigurationProto message. Does not implicitly {@link onnx.NodeDeviceConfigurationProto.verify|verify} messages.
         * @function encode
         * @memberof onnx.NodeDeviceConfigurationProto
         * @static
         * @param {onnx.NodeDeviceConfigurationProto.$Properties} message NodeDeviceConfigurationProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        NodeDeviceConfigurationProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.configuration_id != null && $Object.hasOwnProperty.call(message, "configuration_id"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.configuration_id);
            if (message.sharding_spec != null && message.sharding_spec.length)
                for (let i = 0; i < message.sharding_spec.length; ++i)
                    $root.onnx.ShardingSpecProto.encode(message.sharding_spec[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.pipeline_stage != null && $Object.hasOwnProperty.call(message, "pipeline_stage"))
                writer.uint32(/* id 3, wireType 0 =*/24).int32(message.pipeline_stage);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a NodeDeviceConfigurationProto message from the specified reader or buffer.
         * @function decode
         * @memberof onnx.NodeDeviceConfigurationProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {onnx.NodeDeviceConfigurationProto & onnx.NodeDeviceConfigurationProto.$Shape} NodeDeviceConfigurationProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        NodeDeviceConfigurationProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.onnx.NodeDeviceConfigurationProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.configuration_id = reader.string();
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.sharding_spec && message.sharding_spec.length))
                            message.sharding_spec = [];
                        message.sharding_spec.push($root.onnx.ShardingSpecProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        message.pipeline_stage = reader.int32();
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for NodeDeviceConfigurationProto
         * @function getTypeUrl
         * @memberof onnx.NodeDeviceConfigurationProto
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        NodeDeviceConfigurationProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/onnx.NodeDeviceConfigurationProto";
        };

        return NodeDeviceConfigurationProto;
    })();

    onnx.ShardingSpecProto = (function() {

        /**
         * Properties of a ShardingSpecProto.
         * @typedef {Object} onnx.ShardingSpecProto.$Properties
         * @property {string|null} [tensor_name] ShardingSpecProto tensor_name
         * @property {Array.<number|Long>|null} [device] ShardingSpecProto device
         * @property {Array.<onnx.IntIntListEntryProto.$Properties>|null} [index_to_device_group_map] ShardingSpecProto index_to_device_group_map
         * @property {Array.<onnx.ShardedDimProto.$Properties>|null} [sharded_dim] ShardingSpecProto sharded_dim
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ShardingSpecProto.
         * @memberof onnx
         * @interface IShardingSpecProto
         * @augments onnx.ShardingSpecProto.$Properties
         * @deprecated Use onnx.ShardingSpecProto.$Properties instead.
         */

        /**
         * Shape of a ShardingSpecProto.
         * @typedef {{
         *   tensor_name?: string|null;
         *   device?: Array.<number|Long>|null;
         *   index_to_device_group_map?: Array.<onnx.IntIntListEntryProto.$Shape>|null;
         *   sharded_dim?: Array.<onnx.ShardedDimProto.$Shape>|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} onnx.ShardingSpecProto.$Shape
         */

        /**
         * Constructs a new ShardingSpecProto.
         * @memberof onnx
         * @classdesc Represents a ShardingSpecProto.
         * @constructor
         * @param {onnx.ShardingSpecProto.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ShardingSpecProto = function (properties) {
            this.device = [];
            this.index_to_device_group_map = [];
            this.sharded_dim = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ShardingSpecProto tensor_name.
         * @member {string} tensor_name
         * @memberof onnx.ShardingSpecProto
         * @instance
         */
        ShardingSpecProto.prototype.tensor_name = "";

        /**
         * ShardingSpecProto device.
         * @member {Array.<number|Long>} device
         * @memberof onnx.ShardingSpecProto
         * @instance
         */
        ShardingSpecProto.prototype.device = $util.emptyArray;

        /**
         * ShardingSpecProto index_to_device_group_map.
         * @member {Array.<onnx.IntIntListEntryProto.$Properties>} index_to_device_group_map
         * @memberof onnx.ShardingSpecProto
         * @instance
         */
        ShardingSpecProto.prototype.index_to_device_group_map = $util.emptyArray;

        /**
         * ShardingSpecProto sharded_dim.
         * @member {Array.<onnx.ShardedDimProto.$Properties>} sharded_dim
         * @memberof onnx.ShardingSpecProto
         * @instance
         */
        ShardingSpecProto.prototype.sharded_dim = $util.emptyArray;

        /**
         * Encodes the specified ShardingSpecProto message. Does not implicitly {@link onnx.ShardingSpecProto.verify|verify} messages.
         * @function encode
         * @memberof onnx.ShardingSpecProto
         * @static
         * @param {onnx.ShardingSpecProto.$Properties} message ShardingSpecProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ShardingSpecProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.tensor_name != null && $Object.hasOwnProperty.call(message, "tensor_name"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.tensor_name);
            if (message.device != null && message.device.length)
                for (let i = 0; i < message.device.length; ++i)
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.device[i]);
            if (message.index_to_device_group_map != null && message.index_to_device_group_map.length)
                for (let i = 0; i < message.index_to_device_group_map.length; ++i)
                    $root.onnx.IntIntListEntryProto.encode(message.index_to_device_group_map[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.sharded_dim != null && message.sharded_dim.length)
                for (let i = 0; i < message.sharded_dim.length; ++i)
                    $root.onnx.ShardedDimProto.encode(message.sharded_dim[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ShardingSpecProto message from the specified reader or buffer.
         * @function decode
         * @memberof onnx.ShardingSpecProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {onnx.ShardingSpecProto & onnx.ShardingSpecProto.$Shape} ShardingSpecProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ShardingSpecProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.onnx.ShardingSpecProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.tensor_name = reader.string();
                        continue;
                    }
                case 2: {
                        if (wireType === 2) {
                            if (!(message.device && message.device.length))
                                message.device = [];
                            reader.int64s(message.device);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.device && message.device.length))
                            message.device = [];
                        message.device.push(reader.int64());
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if (!(message.index_to_device_group_map && message.index_to_device_group_map.length))
                            message.index_to_device_group_map = [];
                        message.index_to_device_group_map.push($root.onnx.IntIntListEntryProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if (!(message.sharded_dim && message.sharded_dim.length))
                            message.sharded_dim = [];
                        message.sharded_dim.push($root.onnx.ShardedDimProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for ShardingSpecProto
         * @function getTypeUrl
         * @memberof onnx.ShardingSpecProto
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ShardingSpecProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/onnx.ShardingSpecProto";
        };

        return ShardingSpecProto;
    })();

    onnx.ShardedDimProto = (function() {

        /**
         * Properties of a ShardedDimProto.
         * @typedef {Object} onnx.ShardedDimProto.$Properties
         * @property {number|Long|null} [axis] ShardedDimProto axis
         * @property {Array.<onnx.SimpleShardedDimProto.$Properties>|null} [simple_sharding] ShardedDimProto simple_sharding
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ShardedDimProto.
         * @memberof onnx
         * @interface IShardedDimProto
         * @augments onnx.ShardedDimProto.$Properties
         * @deprecated Use onnx.ShardedDimProto.$Properties instead.
         */

        /**
         * Shape of a ShardedDimProto.
         * @typedef {{
         *   axis?: number|Long|null;
         *   simple_sharding?: Array.<onnx.SimpleShardedDimProto.$Shape>|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} onnx.ShardedDimProto.$Shape
         */

        /**
         * Constructs a new ShardedDimProto.
         * @memberof onnx
         * @classdesc Represents a ShardedDimProto.
         * @constructor
         * @param {onnx.ShardedDimProto.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ShardedDimProto = function (properties) {
            this.simple_sharding = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ShardedDimProto axis.
         * @member {number|Long} axis
         * @memberof onnx.ShardedDimProto
         * @instance
         */
        ShardedDimProto.prototype.axis = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * ShardedDimProto simple_sharding.
         * @member {Array.<onnx.SimpleShardedDimProto.$Properties>} simple_sharding
         * @memberof onnx.ShardedDimProto
         * @instance
         */
        ShardedDimProto.prototype.simple_sharding = $util.emptyArray;

        /**
         * Encodes the specified ShardedDimProto message. Does not implicitly {@link onnx.ShardedDimProto.verify|verify} messages.
         * @function encode
         * @memberof onnx.ShardedDimProto
         * @static
         * @param {onnx.ShardedDimProto.$Properties} message ShardedDimProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ShardedDimProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.axis != null && $Object.hasOwnProperty.call(message, "axis"))
                writer.uint32(/* id 1, wireType 0 =*/8).int64(message.axis);
            if (message.simple_sharding != null && message.simple_sharding.length)
                for (let i = 0; i < message.simple_sharding.length; ++i)
                    $root.onnx.SimpleShardedDimProto.encode(message.simple_sharding[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ShardedDimProto message from the specified reader or buffer.
         * @function decode
         * @memberof onnx.ShardedDimProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {onnx.ShardedDimProto & onnx.ShardedDimProto.$Shape} ShardedDimProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ShardedDimProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.onnx.ShardedDimProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        message.axis = reader.int64();
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.simple_sharding && message.simple_sharding.length))
                            message.simple_sharding = [];
                        message.simple_sharding.push($root.onnx.SimpleShardedDimProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for ShardedDimProto
         * @function getTypeUrl
         * @memberof onnx.ShardedDimProto
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ShardedDimProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/onnx.ShardedDimProto";
        };

        return ShardedDimProto;
    })();

    onnx.SimpleShardedDimProto = (function() {

        /**
         * Properties of a SimpleShardedDimProto.
         * @typedef {Object} onnx.SimpleShardedDimProto.$Properties
         * @property {number|Long|null} [dim_value] SimpleShardedDimProto dim_value
         * @property {string|null} [dim_param] SimpleShardedDimProto dim_param
         * @property {number|Long|null} [num_shards] SimpleShardedDimProto num_shards
         * @property {"dim_value"|"dim_param"} [dim] SimpleShardedDimProto dim
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SimpleShardedDimProto.
         * @memberof onnx
         * @interface ISimpleShardedDimProto
         * @augments onnx.SimpleShardedDimProto.$Properties
         * @deprecated Use onnx.SimpleShardedDimProto.$Properties instead.
         */

        /**
         * Narrowed shape of a SimpleShardedDimProto.
         * @typedef {{
         *   dim_value?: number|Long|null;
         *   dim_param?: string|null;
         *   num_shards?: number|Long|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ dim?: undefined; dim_value?: null; dim_param?: null }|{ dim?: "dim_value"; dim_value: number|Long; dim_param?: null }|{ dim?: "dim_param"; dim_value?: null; dim_param: string })
         * )} onnx.SimpleShardedDimProto.$Shape
         */

        /**
         * Constructs a new SimpleShardedDimProto.
         * @memberof onnx
         * @classdesc Represents a SimpleShardedDimProto.
         * @constructor
         * @param {onnx.SimpleShardedDimProto.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SimpleShardedDimProto = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SimpleShardedDimProto dim_value.
         * @member {number|Long|null|undefined} dim_value
         * @memberof onnx.SimpleShardedDimProto
         * @instance
         */
        SimpleShardedDimProto.prototype.dim_value = null;

        /**
         * SimpleShardedDimProto dim_param.
         * @member {string|null|undefined} dim_param
         * @memberof onnx.SimpleShardedDimProto
         * @instance
         */
        SimpleShardedDimProto.prototype.dim_param = null;

        /**
         * SimpleShardedDimProto num_shards.
         * @member {number|Long} num_shards
         * @memberof onnx.SimpleShardedDimProto
         * @instance
         */
        SimpleShardedDimProto.prototype.num_shards = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * SimpleShardedDimProto dim.
         * @member {"dim_value"|"dim_param"|undefined} dim
         * @memberof onnx.SimpleShardedDimProto
         * @instance
         */
        $Object.defineProperty(SimpleShardedDimProto.prototype, "dim", {
            get: $util.oneOfGetter($oneOfFields = ["dim_value", "dim_param"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Encodes the specified SimpleShardedDimProto message. Does not implicitly {@link onnx.SimpleShardedDimProto.verify|verify} messages.
         * @function encode
         * @memberof onnx.SimpleShardedDimProto
         * @static
         * @param {onnx.SimpleShardedDimProto.$Properties} message SimpleShardedDimProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SimpleShardedDimProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.dim_value != null && $Object.hasOwnProperty.call(message, "dim_value"))
                writer.uint32(/* id 1, wireType 0 =*/8).int64(message.dim_value);
            if (message.dim_param != null && $Object.hasOwnProperty.call(message, "dim_param"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.dim_param);
            if (message.num_shards != null && $Object.hasOwnProperty.call(message, "num_shards"))
                writer.uint32(/* id 3, wireType 0 =*/24).int64(message.num_shards);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a SimpleShardedDimProto message from the specified reader or buffer.
         * @function decode
         * @memberof onnx.SimpleShardedDimProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {onnx.SimpleShardedDimProto & onnx.SimpleShardedDimProto.$Shape} SimpleShardedDimProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SimpleShardedDimProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.onnx.SimpleShardedDimProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        message.dim_value = reader.int64();
                        message.dim = "dim_value";
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.dim_param = reader.string();
                        message.dim = "dim_param";
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        message.num_shards = reader.int64();
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for SimpleShardedDimProto
         * @function getTypeUrl
         * @memberof onnx.SimpleShardedDimProto
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        SimpleShardedDimProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/onnx.SimpleShardedDimProto";
        };

        return SimpleShardedDimProto;
    })();

    onnx.TrainingInfoProto = (function() {

        /**
         * Properties of a TrainingInfoProto.
         * @typedef {Object} onnx.TrainingInfoProto.$Properties
         * @property {onnx.GraphProto.$Properties|null} [initialization] TrainingInfoProto initialization
         * @property {onnx.GraphProto.$Properties|null} [algorithm] TrainingInfoProto algorithm
         * @property {Array.<onnx.StringStringEntryProto.$Properties>|null} [initialization_binding] TrainingInfoProto initialization_binding
         * @property {Array.<onnx.StringStringEntryProto.$Properties>|null} [update_binding] TrainingInfoProto update_binding
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TrainingInfoProto.
         * @memberof onnx
         * @interface ITrainingInfoProto
         * @augments onnx.TrainingInfoProto.$Properties
         * @deprecated Use onnx.TrainingInfoProto.$Properties instead.
         */

        /**
         * Shape of a TrainingInfoProto.
         * @typedef {{
         *   initialization?: onnx.GraphProto.$Shape|null;
         *   algorithm?: onnx.GraphProto.$Shape|null;
         *   initialization_binding?: Array.<onnx.StringStringEntryProto.$Shape>|null;
         *   update_binding?: Array.<onnx.StringStringEntryProto.$Shape>|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} onnx.TrainingInfoProto.$Shape
         */

        /**
         * Constructs a new TrainingInfoProto.
         * @memberof onnx
         * @classdesc Represents a TrainingInfoProto.
         * @constructor
         * @param {onnx.TrainingInfoProto.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TrainingInfoProto = function (properties) {
            this.initialization_binding = [];
            this.update_binding = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * TrainingInfoProto initialization.
         * @member {onnx.GraphProto.$Properties|null|undefined} initialization
         * @memberof onnx.TrainingInfoProto
         * @instance
         */
        TrainingInfoProto.prototype.initialization = null;

        /**
         * TrainingInfoProto algorithm.
         * @member {onnx.GraphProto.$Properties|null|undefined} algorithm
         * @memberof onnx.TrainingInfoProto
         * @instance
         */
        TrainingInfoProto.prototype.algorithm = null;

        /**
         * TrainingInfoProto initialization_binding.
         * @member {Array.<onnx.StringStringEntryProto.$Properties>} initialization_binding
         * @memberof onnx.TrainingInfoProto
         * @instance
         */
        TrainingInfoProto.prototype.initialization_binding = $util.emptyArray;

        /**
         * TrainingInfoProto update_binding.
         * @member {Array.<onnx.StringStringEntryProto.$Properties>} update_binding
         * @memberof onnx.TrainingInfoProto
         * @instance
         */
        TrainingInfoProto.prototype.update_binding = $util.emptyArray;

        /**
         * Encodes the specified TrainingInfoProto message. Does not implicitly {@link onnx.TrainingInfoProto.verify|verify} messages.
         * @function encode
         * @memberof onnx.TrainingInfoProto
         * @static
         * @param {onnx.TrainingInfoProto.$Properties} message TrainingInfoProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TrainingInfoProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.initialization != null && $Object.hasOwnProperty.call(message, "initialization"))
                $root.onnx.GraphProto.encode(message.initialization, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.algorithm != null && $Object.hasOwnProperty.call(message, "algorithm"))
                $root.onnx.GraphProto.encode(message.algorithm, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.initialization_binding != null && message.initialization_binding.length)
                for (let i = 0; i < message.initialization_binding.length; ++i)
                    $root.onnx.StringStringEntryProto.encode(message.initialization_binding[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.update_binding != null && message.update_binding.length)
                for (let i = 0; i < message.update_binding.length; ++i)
                    $root.onnx.StringStringEntryProto.encode(message.update_binding[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a TrainingInfoProto message from the specified reader or buffer.
         * @function decode
         * @memberof onnx.TrainingInfoProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {onnx.TrainingInfoProto & onnx.TrainingInfoProto.$Shape} TrainingInfoProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TrainingInfoProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.onnx.TrainingInfoProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.initialization = $root.onnx.GraphProto.decode(reader, reader.size(), $undefined, _depth + 1, message.initialization);
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.algorithm = $root.onnx.GraphProto.decode(reader, reader.size(), $undefined, _depth + 1, message.algorithm);
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if (!(message.initialization_binding && message.initialization_binding.length))
                            message.initialization_binding = [];
                        message.initialization_binding.push($root.onnx.StringStringEntryProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if (!(message.update_binding && message.update_binding.length))
                            message.update_binding = [];
                        message.update_binding.push($root.onnx.StringStringEntryProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for TrainingInfoProto
         * @function getTypeUrl
         * @memberof onnx.TrainingInfoProto
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        TrainingInfoProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/onnx.TrainingInfoProto";
        };

        return TrainingInfoProto;
    })();

    onnx.ModelProto = (function() {

        /**
         * Properties of a ModelProto.
         * @typedef {Object} onnx.ModelProto.$Properties
         * @property {number|Long|null} [ir_version] ModelProto ir_version
         * @property {Array.<onnx.OperatorSetIdProto.$Properties>|null} [opset_import] ModelProto opset_import
         * @property {string|null} [producer_name] ModelProto producer_name
         * @property {string|null} [producer_version] ModelProto producer_version
         * @property {string|null} [domain] ModelProto domain
         * @property {number|Long|null} [model_version] ModelProto model_version
         * @property {string|null} [doc_string] ModelProto doc_string
         * @property {onnx.GraphProto.$Properties|null} [graph] ModelProto graph
         * @property {Array.<onnx.StringStringEntryProto.$Properties>|null} [metadata_props] ModelProto metadata_props
         * @property {Array.<onnx.TrainingInfoProto.$Properties>|null} [training_info] ModelProto training_info
         * @property {Array.<onnx.FunctionProto.$Properties>|null} [functions] ModelProto functions
         * @property {Array.<onnx.DeviceConfigurationProto.$Properties>|null} [configuration] ModelProto configuration
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ModelProto.
         * @memberof onnx
         * @interface IModelProto
         * @augments onnx.ModelProto.$Properties
         * @deprecated Use onnx.ModelProto.$Properties instead.
         */

        /**
         * Shape of a ModelProto.
         * @typedef {{
         *   ir_version?: number|Long|null;
         *   opset_import?: Array.<onnx.OperatorSetIdProto.$Shape>|null;
         *   producer_name?: string|null;
         *   producer_version?: string|null;
         *   domain?: string|null;
         *   model_version?: number|Long|null;
         *   doc_string?: string|null;
         *   graph?: onnx.GraphProto.$Shape|null;
         *   metadata_props?: Array.<onnx.StringStringEntryProto.$Shape>|null;
         *   training_info?: Array.<onnx.TrainingInfoProto.$Shape>|null;
         *   functions?: Array.<onnx.FunctionProto.$Shape>|null;
         *   configuration?: Array.<onnx.DeviceConfigurationProto.$Shape>|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} onnx.ModelProto.$Shape
         */

        /**
         * Constructs a new ModelProto.
         * @memberof onnx
         * @classdesc Represents a ModelProto.
         * @constructor
         * @param {onnx.ModelProto.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ModelProto = function (properties) {
            this.opset_import = [];
            this.metadata_props = [];
            this.training_info = [];
            this.functions = [];
            this.configuration = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ModelProto ir_version.
         * @member {number|Long} ir_version
         * @memberof onnx.ModelProto
         * @instance
         */
        ModelProto.prototype.ir_version = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * ModelProto opset_import.
         * @member {Array.<onnx.OperatorSetIdProto.$Properties>} opset_import
         * @memberof onnx.ModelProto
         * @instance
         */
        ModelProto.prototype.opset_import = $util.emptyArray;

        /**
         * ModelProto producer_name.
         * @member {string} producer_name
         * @memberof onnx.ModelProto
         * @instance
         */
        ModelProto.prototype.producer_name = "";

        /**
         * ModelProto producer_version.
         * @member {string} producer_version
         * @memberof onnx.ModelProto
         * @instance
         */
        ModelProto.prototype.producer_version = "";

        /**
         * ModelProto domain.
         * @member {string} domain
         * @memberof onnx.ModelProto
         * @instance
         */
        ModelProto.prototype.domain = "";

        /**
         * ModelProto model_version.
         * @member {number|Long} model_version
         * @memberof onnx.ModelProto
         * @instance
         */
        ModelProto.prototype.model_version = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * ModelProto doc_string.
         * @member {string} doc_string
         * @memberof onnx.ModelProto
         * @instance
         */
        ModelProto.prototype.doc_string = "";

        /**
         * ModelProto graph.
         * @member {onnx.GraphProto.$Properties|null|undefined} graph
         * @memberof onnx.ModelProto
         * @instance
         */
        ModelProto.prototype.graph = null;

        /**
         * ModelProto metadata_props.
         * @member {Array.<onnx.StringStringEntryProto.$Properties>} metadata_props
         * @memberof onnx.ModelProto
         * @instance
         */
        ModelProto.prototype.metadata_props = $util.emptyArray;

        /**
         * ModelProto training_info.
         * @member {Array.<onnx.TrainingInfoProto.$Properties>} training_info
         * @memberof onnx.ModelProto
         * @instance
         */
        ModelProto.prototype.training_info = $util.emptyArray;

        /**
         * ModelProto functions.
         * @member {Array.<onnx.FunctionProto.$Properties>} functions
         * @memberof onnx.ModelProto
         * @instance
         */
        ModelProto.prototype.functions = $util.emptyArray;

        /**
         * ModelProto configuration.
         * @member {Array.<onnx.DeviceConfigurationProto.$Properties>} configuration
         * @memberof onnx.ModelProto
         * @instance
         */
        ModelProto.prototype.configuration = $util.emptyArray;

        /**
         * Encodes the specified ModelProto message. Does not implicitly {@link onnx.ModelProto.verify|verify} messages.
         * @function encode
         * @memberof onnx.ModelProto
         * @static
         * @param {onnx.ModelProto.$Properties} message ModelProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ModelProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.ir_version != null && $Object.hasOwnProperty.call(message, "ir_version"))
                writer.uint32(/* id 1, wireType 0 =*/8).int64(message.ir_version);
            if (message.producer_name != null && $Object.hasOwnProperty.call(message, "producer_name"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.producer_name);
            if (message.producer_version != null && $Object.hasOwnProperty.call(message, "producer_version"))
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.producer_version);
            if (message.domain != null && $Object.hasOwnProperty.call(message, "domain"))
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.domain);
            if (message.model_version != null && $Object.hasOwnProperty.call(message, "model_version"))
                writer.uint32(/* id 5, wireType 0 =*/40).int64(message.model_version);
            if (message.doc_string != null && $Object.hasOwnProperty.call(message, "doc_string"))
                writer.uint32(/* id 6, wireType 2 =*/50).string(message.doc_string);
            if (message.graph != null && $Object.hasOwnProperty.call(message, "graph"))
                $root.onnx.GraphProto.encode(message.graph, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
            if (message.opset_import != null && message.opset_import.length)
                for (let i = 0; i < message.opset_import.length; ++i)
                    $root.onnx.OperatorSetIdProto.encode(message.opset_import[i], writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
            if (message.metadata_props != null && message.metadata_props.length)
                for (let i = 0; i < message.metadata_props.length; ++i)
                    $root.onnx.StringStringEntryProto.encode(message.metadata_props[i], writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
            if (message.training_info != null && message.training_info.length)
                for (let i = 0; i < message.training_info.length; ++i)
                    $root.onnx.TrainingInfoProto.encode(message.training_info[i], writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
            if (message.functions != null && message.functions.length)
                for (let i = 0; i < message.functions.length; ++i)
                    $root.onnx.FunctionProto.encode(message.functions[i], writer.uint32(/* id 25, wireType 2 =*/202).fork(), _depth + 1).ldelim();
            if (message.configuration != null && message.configuration.length)
                for (let i = 0; i < message.configuration.length; ++i)
                    $root.onnx.DeviceConfigurationProto.encode(message.configuration[i], writer.uint32(/* id 26, wireType 2 =*/210).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ModelProto message from the specified reader or buffer.
         * @function decode
         * @memberof onnx.ModelProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {onnx.ModelProto & onnx.ModelProto.$Shape} ModelProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ModelProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.onnx.ModelProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        message.ir_version = reader.int64();
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        if (!(message.opset_import && message.opset_import.length))
                            message.opset_import = [];
                        message.opset_import.push($root.onnx.OperatorSetIdProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.producer_name = reader.string();
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.producer_version = reader.string();
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.domain = reader.string();
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        message.model_version = reader.int64();
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        message.doc_string = reader.string();
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        message.graph = $root.onnx.GraphProto.decode(reader, reader.size(), $undefined, _depth + 1, message.graph);
                        continue;
                    }
                case 14: {
                        if (wireType !== 2)
                            break;
                        if (!(message.metadata_props && message.metadata_props.length))
                            message.metadata_props = [];
                        message.metadata_props.push($root.onnx.StringStringEntryProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 20: {
                        if (wireType !== 2)
                            break;
                        if (!(message.training_info && message.training_info.length))
                            message.training_info = [];
                        message.training_info.push($root.onnx.TrainingInfoProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 25: {
                        if (wireType !== 2)
                            break;
                        if (!(message.functions && message.functions.length))
                            message.functions = [];
                        message.functions.push($root.onnx.FunctionProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 26: {
                        if (wireType !== 2)
                            break;
                        if (!(message.configuration && message.configuration.length))
                            message.configuration = [];
                        message.configuration.push($root.onnx.DeviceConfigurationProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for ModelProto
         * @function getTypeUrl
         * @memberof onnx.ModelProto
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ModelProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/onnx.ModelProto";
        };

        return ModelProto;
    })();

    onnx.DeviceConfigurationProto = (function() {

        /**
         * Properties of a DeviceConfigurationProto.
         * @typedef {Object} onnx.DeviceConfigurationProto.$Properties
         * @property {string|null} [name] DeviceConfigurationProto name
         * @property {number|null} [num_devices] DeviceConfigurationProto num_devices
         * @property {Array.<string>|null} [device] DeviceConfigurationProto device
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a DeviceConfigurationProto.
         * @memberof onnx
         * @interface IDeviceConfigurationProto
         * @augments onnx.DeviceConfigurationProto.$Properties
         * @deprecated Use onnx.DeviceConfigurationProto.$Properties instead.
         */

        /**
         * Shape of a DeviceConfigurationProto.
         * @typedef {onnx.DeviceConfigurationProto.$Properties} onnx.DeviceConfigurationProto.$Shape
         */

        /**
         * Constructs a new DeviceConfigurationProto.
         * @memberof onnx
         * @classdesc Represents a DeviceConfigurationProto.
         * @constructor
         * @param {onnx.DeviceConfigurationProto.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const DeviceConfigurationProto = function (properties) {
            this.device = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * DeviceConfigurationProto name.
         * @member {string} name
         * @memberof onnx.DeviceConfigurationProto
         * @instance
         */
        DeviceConfigurationProto.prototype.name = "";

        /**
         * DeviceConfigurationProto num_devices.
         * @member {number} num_devices
         * @memberof onnx.DeviceConfigurationProto
         * @instance
         */
        DeviceConfigurationProto.prototype.num_devices = 0;

        /**
         * DeviceConfigurationProto device.
         * @member {Array.<string>} device
         * @memberof onnx.DeviceConfigurationProto
         * @instance
         */
        DeviceConfigurationProto.prototype.device = $util.emptyArray;

        /**
         * Encodes the specified DeviceConfigurationProto message. Does not implicitly {@link onnx.DeviceConfigurationProto.verify|verify} messages.
         * @function encode
         * @memberof onnx.DeviceConfigurationProto
         * @static
         * @param {onnx.DeviceConfigurationProto.$Properties} message DeviceConfigurationProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DeviceConfigurationProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.num_devices != null && $Object.hasOwnProperty.call(message, "num_devices"))
                writer.uint32(/* id 2, wireType 0 =*/16).int32(message.num_devices);
            if (message.device != null && message.device.length)
                for (let i = 0; i < message.device.length; ++i)
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.device[i]);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a DeviceConfigurationProto message from the specified reader or buffer.
         * @function decode
         * @memberof onnx.DeviceConfigurationProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {onnx.DeviceConfigurationProto & onnx.DeviceConfigurationProto.$Shape} DeviceConfigurationProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DeviceConfigurationProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.onnx.DeviceConfigurationProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.name = reader.string();
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        message.num_devices = reader.int32();
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if (!(message.device && message.device.length))
                            message.device = [];
                        message.device.push(reader.string());
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for DeviceConfigurationProto
         * @function getTypeUrl
         * @memberof onnx.DeviceConfigurationProto
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        DeviceConfigurationProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/onnx.DeviceConfigurationProto";
        };

        return DeviceConfigurationProto;
    })();

    onnx.StringStringEntryProto = (function() {

        /**
         * Properties of a StringStringEntryProto.
         * @typedef {Object} onnx.StringStringEntryProto.$Properties
         * @property {string|null} [key] StringStringEntryProto key
         * @property {string|null} [value] StringStringEntryProto value
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a StringStringEntryProto.
         * @memberof onnx
         * @interface IStringStringEntryProto
         * @augments onnx.StringStringEntryProto.$Properties
         * @deprecated Use onnx.StringStringEntryProto.$Properties instead.
         */

        /**
         * Shape of a StringStringEntryProto.
         * @typedef {onnx.StringStringEntryProto.$Properties} onnx.StringStringEntryProto.$Shape
         */

        /**
         * Constructs a new StringStringEntryProto.
         * @memberof onnx
         * @classdesc Represents a StringStringEntryProto.
         * @constructor
         * @param {onnx.StringStringEntryProto.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const StringStringEntryProto = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * StringStringEntryProto key.
         * @member {string} key
         * @memberof onnx.StringStringEntryProto
         * @instance
         */
        StringStringEntryProto.prototype.key = "";

        /**
         * StringStringEntryProto value.
         * @member {string} value
         * @memberof onnx.StringStringEntryProto
         * @instance
         */
        StringStringEntryProto.prototype.value = "";

        /**
         * Encodes the specified StringStringEntryProto message. Does not implicitly {@link onnx.StringStringEntryProto.verify|verify} messages.
         * @function encode
         * @memberof onnx.StringStringEntryProto
         * @static
         * @param {onnx.StringStringEntryProto.$Properties} message StringStringEntryProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StringStringEntryProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.key);
            if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.value);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a StringStringEntryProto message from the specified reader or buffer.
         * @function decode
         * @memberof onnx.StringStringEntryProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {onnx.StringStringEntryProto & onnx.StringStringEntryProto.$Shape} StringStringEntryProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StringStringEntryProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.onnx.StringStringEntryProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.key = reader.string();
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.value = reader.string();
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for StringStringEntryProto
         * @function getTypeUrl
         * @memberof onnx.StringStringEntryProto
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        StringStringEntryProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/onnx.StringStringEntryProto";
        };

        return StringStringEntryProto;
    })();

    onnx.TensorAnnotation = (function() {

        /**
         * Properties of a TensorAnnotation.
         * @typedef {Object} onnx.TensorAnnotation.$Properties
         * @property {string|null} [tensor_name] TensorAnnotation tensor_name
         * @property {Array.<onnx.StringStringEntryProto.$Properties>|null} [quant_parameter_tensor_names] TensorAnnotation quant_parameter_tensor_names
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TensorAnnotation.
         * @memberof onnx
         * @interface ITensorAnnotation
         * @augments onnx.TensorAnnotation.$Properties
         * @deprecated Use onnx.TensorAnnotation.$Properties instead.
         */

        /**
         * Shape of a TensorAnnotation.
         * @typedef {onnx.TensorAnnotation.$Properties} onnx.TensorAnnotation.$Shape
         */

        /**
         * Constructs a new TensorAnnotation.
         * @memberof onnx
         * @classdesc Represents a TensorAnnotation.
         * @constructor
         * @param {onnx.TensorAnnotation.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TensorAnnotation = function (properties) {
            this.quant_parameter_tensor_names = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * TensorAnnotation tensor_name.
         * @member {string} tensor_name
         * @memberof onnx.TensorAnnotation
         * @instance
         */
        TensorAnnotation.prototype.tensor_name = "";

        /**
         * TensorAnnotation quant_parameter_tensor_names.
         * @member {Array.<onnx.StringStringEntryProto.$Properties>} quant_parameter_tensor_names
         * @memberof onnx.TensorAnnotation
         * @instance
         */
        TensorAnnotation.prototype.quant_parameter_tensor_names = $util.emptyArray;

        /**
         * Encodes the specified TensorAnnotation message. Does not implicitly {@link onnx.TensorAnnotation.verify|verify} messages.
         * @function encode
         * @memberof onnx.TensorAnnotation
         * @static
         * @param {onnx.TensorAnnotation.$Properties} message TensorAnnotation message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TensorAnnotation.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.tensor_name != null && $Object.hasOwnProperty.call(message, "tensor_name"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.tensor_name);
            if (message.quant_parameter_tensor_names != null && message.quant_parameter_tensor_names.length)
                for (let i = 0; i < message.quant_parameter_tensor_names.length; ++i)
                    $root.onnx.StringStringEntryProto.encode(message.quant_parameter_tensor_names[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a TensorAnnotation message from the specified reader or buffer.
         * @function decode
         * @memberof onnx.TensorAnnotation
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {onnx.TensorAnnotation & onnx.TensorAnnotation.$Shape} TensorAnnotation
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TensorAnnotation.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.onnx.TensorAnnotation();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.tensor_name = reader.string();
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.quant_parameter_tensor_names && message.quant_parameter_tensor_names.length))
                            message.quant_parameter_tensor_names = [];
                        message.quant_parameter_tensor_names.push($root.onnx.StringStringEntryProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for TensorAnnotation
         * @function getTypeUrl
         * @memberof onnx.TensorAnnotation
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        TensorAnnotation.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/onnx.TensorAnnotation";
        };

        return TensorAnnotation;
    })();

    onnx.GraphProto = (function() {

        /**
         * Properties of a GraphProto.
         * @typedef {Object} onnx.GraphProto.$Properties
         * @property {Array.<onnx.NodeProto.$Properties>|null} [node] GraphProto node
         * @property {string|null} [name] GraphProto name
         * @property {Array.<onnx.TensorProto.$Properties>|null} [initializer] GraphProto initializer
         * @property {Array.<onnx.SparseTensorProto.$Properties>|null} [sparse_initializer] GraphProto sparse_initializer
         * @property {string|null} [doc_string] GraphProto doc_string
         * @property {Array.<onnx.ValueInfoProto.$Properties>|null} [input] GraphProto input
         * @property {Array.<onnx.ValueInfoProto.$Properties>|null} [output] GraphProto output
         * @property {Array.<onnx.ValueInfoProto.$Properties>|null} [value_info] GraphProto value_info
         * @property {Array.<onnx.TensorAnnotation.$Properties>|null} [quantization_annotation] GraphProto quantization_annotation
         * @property {Array.<onnx.StringStringEntryProto.$Properties>|null} [metadata_props] GraphProto metadata_props
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a GraphProto.
         * @memberof onnx
         * @interface IGraphProto
         * @augments onnx.GraphProto.$Properties
         * @deprecated Use onnx.GraphProto.$Properties instead.
         */

        /**
         * Shape of a GraphProto.
         * @typedef {{
         *   node?: Array.<onnx.NodeProto.$Shape>|null;
         *   name?: string|null;
         *   initializer?: Array.<onnx.TensorProto.$Shape>|null;
         *   sparse_initializer?: Array.<onnx.SparseTensorProto.$Shape>|null;
         *   doc_string?: string|null;
         *   input?: Array.<onnx.ValueInfoProto.$Shape>|null;
         *   output?: Array.<onnx.ValueInfoProto.$Shape>|null;
         *   value_info?: Array.<onnx.ValueInfoProto.$Shape>|null;
         *   quantization_annotation?: Array.<onnx.TensorAnnotation.$Shape>|null;
         *   metadata_props?: Array.<onnx.StringStringEntryProto.$Shape>|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} onnx.GraphProto.$Shape
         */

        /**
         * Constructs a new GraphProto.
         * @memberof onnx
         * @classdesc Represents a GraphProto.
         * @constructor
         * @param {onnx.GraphProto.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const GraphProto = function (properties) {
            this.node = [];
            this.initializer = [];
            this.sparse_initializer = [];
            this.input = [];
            this.output = [];
            this.value_info = [];
            this.quantization_annotation = [];
            this.metadata_props = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * GraphProto node.
         * @member {Array.<onnx.NodeProto.$Properties>} node
         * @memberof onnx.GraphProto
         * @instance
         */
        GraphProto.prototype.node = $util.emptyArray;

        /**
         * GraphProto name.
         * @member {string} name
         * @memberof onnx.GraphProto
         * @instance
         */
        GraphProto.prototype.name = "";

        /**
         * GraphProto initializer.
         * @member {Array.<onnx.TensorProto.$Properties>} initializer
         * @memberof onnx.GraphProto
         * @instance
         */
        GraphProto.prototype.initializer = $util.emptyArray;

        /**
         * GraphProto sparse_initializer.
         * @member {Array.<onnx.SparseTensorProto.$Properties>} sparse_initializer
         * @memberof onnx.GraphProto
         * @instance
         */
        GraphProto.prototype.sparse_initializer = $util.emptyArray;

        /**
         * GraphProto doc_string.
         * @member {string} doc_string
         * @memberof onnx.GraphProto
         * @instance
         */
        GraphProto.prototype.doc_string = "";

        /**
         * GraphProto input.
         * @member {Array.<onnx.ValueInfoProto.$Properties>} input
         * @memberof onnx.GraphProto
         * @instance
         */
        GraphProto.prototype.input = $util.emptyArray;

        /**
         * GraphProto output.
         * @member {Array.<onnx.ValueInfoProto.$Properties>} output
         * @memberof onnx.GraphProto
         * @instance
         */
        GraphProto.prototype.output = $util.emptyArray;

        /**
         * GraphProto value_info.
         * @member {Array.<onnx.ValueInfoProto.$Properties>} value_info
         * @memberof onnx.GraphProto
         * @instance
         */
        GraphProto.prototype.value_info = $util.emptyArray;

        /**
         * GraphProto quantization_annotation.
         * @member {Array.<onnx.TensorAnnotation.$Properties>} quantization_annotation
         * @memberof onnx.GraphProto
         * @instance
         */
        GraphProto.prototype.quantization_annotation = $util.emptyArray;

        /**
         * GraphProto metadata_props.
         * @member {Array.<onnx.StringStringEntryProto.$Properties>} metadata_props
         * @memberof onnx.GraphProto
         * @instance
         */
        GraphProto.prototype.metadata_props = $util.emptyArray;

        /**
         * Encodes the specified GraphProto message. Does not implicitly {@link onnx.GraphProto.verify|verify} messages.
         * @function encode
         * @memberof onnx.GraphProto
         * @static
         * @param {onnx.GraphProto.$Properties} message GraphProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GraphProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.node != null && message.node.length)
                for (let i = 0; i < message.node.length; ++i)
                    $root.onnx.NodeProto.encode(message.node[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
            if (message.initializer != null && message.initializer.length)
                for (let i = 0; i < message.initializer.length; ++i)
                    $root.onnx.TensorProto.encode(message.initializer[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
            if (message.doc_string != null && $Object.hasOwnProperty.call(message, "doc_string"))
                writer.uint32(/* id 10, wireType 2 =*/82).string(message.doc_string);
            if (message.input != null && message.input.length)
                for (let i = 0; i < message.input.length; ++i)
                    $root.onnx.ValueInfoProto.encode(message.input[i], writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
            if (message.output != null && message.output.length)
                for (let i = 0; i < message.output.length; ++i)
                    $root.onnx.ValueInfoProto.encode(message.output[i], writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
            if (message.value_info != null && message.value_info.length)
                for (let i = 0; i < message.value_info.length; ++i)
                    $root.onnx.ValueInfoProto.encode(message.value_info[i], writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
            if (message.quantization_annotation != null && message.quantization_annotation.length)
                for (let i = 0; i < message.quantization_annotation.length; ++i)
                    $root.onnx.TensorAnnotation.encode(message.quantization_annotation[i], writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
            if (message.sparse_initializer != null && message.sparse_initializer.length)
                for (let i = 0; i < message.sparse_initializer.length; ++i)
                    $root.onnx.SparseTensorProto.encode(message.sparse_initializer[i], writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
            if (message.metadata_props != null && message.metadata_props.length)
                for (let i = 0; i < message.metadata_props.length; ++i)
                    $root.onnx.StringStringEntryProto.encode(message.metadata_props[i], writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a GraphProto message from the specified reader or buffer.
         * @function decode
         * @memberof onnx.GraphProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {onnx.GraphProto & onnx.GraphProto.$Shape} GraphProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GraphProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.onnx.GraphProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.node && message.node.length))
                            message.node = [];
                        message.node.push($root.onnx.NodeProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.name = reader.string();
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if (!(message.initializer && message.initializer.length))
                            message.initializer = [];
                        message.initializer.push($root.onnx.TensorProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 15: {
                        if (wireType !== 2)
                            break;
                        if (!(message.sparse_initializer && message.sparse_initializer.length))
                            message.sparse_initializer = [];
                        message.sparse_initializer.push($root.onnx.SparseTensorProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 10: {
                        if (wireType !== 2)
                            break;
                        message.doc_string = reader.string();
                        continue;
                    }
                case 11: {
                        if (wireType !== 2)
                            break;
                        if (!(message.input && message.input.length))
                            message.input = [];
                        message.input.push($root.onnx.ValueInfoProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 12: {
                        if (wireType !== 2)
                            break;
                        if (!(message.output && message.output.length))
                            message.output = [];
                        message.output.push($root.onnx.ValueInfoProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 13: {
                        if (wireType !== 2)
                            break;
                        if (!(message.value_info && message.value_info.length))
                            message.value_info = [];
                        message.value_info.push($root.onnx.ValueInfoProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 14: {
                        if (wireType !== 2)
                            break;
                        if (!(message.quantization_annotation && message.quantization_annotation.length))
                            message.quantization_annotation = [];
                        message.quantization_annotation.push($root.onnx.TensorAnnotation.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 16: {
                        if (wireType !== 2)
                            break;
                        if (!(message.metadata_props && message.metadata_props.length))
                            message.metadata_props = [];
                        message.metadata_props.push($root.onnx.StringStringEntryProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for GraphProto
         * @function getTypeUrl
         * @memberof onnx.GraphProto
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        GraphProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/onnx.GraphProto";
        };

        return GraphProto;
    })();

    onnx.TensorProto = (function() {

        /**
         * Properties of a TensorProto.
         * @typedef {Object} onnx.TensorProto.$Properties
         * @property {Array.<number|Long>|null} [dims] TensorProto dims
         * @property {number|null} [data_type] TensorProto data_type
         * @property {onnx.TensorProto.Segment.$Properties|null} [segment] TensorProto segment
         * @property {Array.<number>|null} [float_data] TensorProto float_data
         * @property {Array.<number>|null} [int32_data] TensorProto int32_data
         * @property {Array.<Uint8Array>|null} [string_data] TensorProto string_data
         * @property {Array.<number|Long>|null} [int64_data] TensorProto int64_data
         * @property {string|null} [name] TensorProto name
         * @property {string|null} [doc_string] TensorProto doc_string
         * @property {Uint8Array|null} [raw_data] TensorProto raw_data
         * @property {Array.<onnx.StringStringEntryProto.$Properties>|null} [external_data] TensorProto external_data
         * @property {onnx.TensorProto.DataLocation|null} [data_location] TensorProto data_location
         * @property {Array.<number>|null} [double_data] TensorProto double_data
         * @property {Array.<number|Long>|null} [uint64_data] TensorProto uint64_data
         * @property {Array.<onnx.StringStringEntryProto.$Properties>|null} [metadata_props] TensorProto metadata_props
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TensorProto.
         * @memberof onnx
         * @interface ITensorProto
         * @augments onnx.TensorProto.$Properties
         * @deprecated Use onnx.TensorProto.$Properties instead.
         */

        /**
         * Shape of a TensorProto.
         * @typedef {onnx.TensorProto.$Properties} onnx.TensorProto.$Shape
         */

        /**
         * Constructs a new TensorProto.
         * @memberof onnx
         * @classdesc Represents a TensorProto.
         * @constructor
         * @param {onnx.TensorProto.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TensorProto = function (properties) {
            this.dims = [];
            this.float_data = [];
            this.int32_data = [];
            this.string_data = [];
            this.int64_data = [];
            this.external_data = [];
            this.double_data = [];
            this.uint64_data = [];
            this.metadata_props = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * TensorProto dims.
         * @member {Array.<number|Long>} dims
         * @memberof onnx.TensorProto
         * @instance
         */
        TensorProto.prototype.dims = $util.emptyArray;

        /**
         * TensorProto data_type.
         * @member {number} data_type
         * @memberof onnx.TensorProto
         * @instance
         */
        TensorProto.prototype.data_type = 0;

        /**
         * TensorProto segment.
         * @member {onnx.TensorProto.Segment.$Properties|null|undefined} segment
         * @memberof onnx.TensorProto
         * @instance
         */
        TensorProto.prototype.segment = null;

        /**
         * TensorProto float_data.
         * @member {Array.<number>} float_data
         * @memberof onnx.TensorProto
         * @instance
         */
        TensorProto.prototype.float_data = $util.emptyArray;

        /**
         * TensorProto int32_data.
         * @member {Array.<number>} int32_data
         * @memberof onnx.TensorProto
         * @instance
         */
        TensorProto.prototype.int32_data = $util.emptyArray;

        /**
         * TensorProto string_data.
         * @member {Array.<Uint8Array>} string_data
         * @memberof onnx.TensorProto
         * @instance
         */
        TensorProto.prototype.string_data = $util.emptyArray;

        /**
         * TensorProto int64_data.
         * @member {Array.<number|Long>} int64_data
         * @memberof onnx.TensorProto
         * @instance
         */
        TensorProto.prototype.int64_data = $util.emptyArray;

        /**
         * TensorProto name.
         * @member {string} name
         * @memberof onnx.TensorProto
         * @instance
         */
        TensorProto.prototype.name = "";

        /**
         * TensorProto doc_string.
         * @member {string} doc_string
         * @memberof onnx.TensorProto
         * @instance
         */
        TensorProto.prototype.doc_string = "";

        /**
         * TensorProto raw_data.
         * @member {Uint8Array} raw_data
         * @memberof onnx.TensorProto
         * @instance
         */
        TensorProto.prototype.raw_data = $util.newBuffer([]);

        /**
         * TensorProto external_data.
         * @member {Array.<onnx.StringStringEntryProto.$Properties>} external_data
         * @memberof onnx.TensorProto
         * @instance
         */
        TensorProto.prototype.external_data = $util.emptyArray;

        /**
         * TensorProto data_location.
         * @member {onnx.TensorProto.DataLocation} data_location
         * @memberof onnx.TensorProto
         * @instance
         */
        TensorProto.prototype.data_location = 0;

        /**
         * TensorProto double_data.
         * @member {Array.<number>} double_data
         * @memberof onnx.TensorProto
         * @instance
         */
        TensorProto.prototype.double_data = $util.emptyArray;

        /**
         * TensorProto uint64_data.
         * @member {Array.<number|Long>} uint64_data
         * @memberof onnx.TensorProto
         * @instance
         */
        TensorProto.prototype.uint64_data = $util.emptyArray;

        /**
         * TensorProto metadata_props.
         * @member {Array.<onnx.StringStringEntryProto.$Properties>} metadata_props
         * @memberof onnx.TensorProto
         * @instance
         */
        TensorProto.prototype.metadata_props = $util.emptyArray;

        /**
         * Encodes the specified TensorProto message. Does not implicitly {@link onnx.TensorProto.verify|verify} messages.
         * @function encode
         * @memberof onnx.TensorProto
         * @static
         * @param {onnx.TensorProto.$Properties} message TensorProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TensorProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.dims != null && message.dims.length)
                for (let i = 0; i < message.dims.length; ++i)
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.dims[i]);
            if (message.data_type != null && $Object.hasOwnProperty.call(message, "data_type"))
                writer.uint32(/* id 2, wireType 0 =*/16).int32(message.data_type);
            if (message.segment != null && $Object.hasOwnProperty.call(message, "segment"))
                $root.onnx.TensorProto.Segment.encode(message.segment, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.float_data != null && message.float_data.length)
                writer.uint32(/* id 4, wireType 2 =*/34).floats(message.float_data);
            if (message.int32_data != null && message.int32_data.length)
                writer.uint32(/* id 5, wireType 2 =*/42).int32s(message.int32_data);
            if (message.string_data != null && message.string_data.length)
                for (let i = 0; i < message.string_data.length; ++i)
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.string_data[i]);
            if (message.int64_data != null && message.int64_data.length)
                writer.uint32(/* id 7, wireType 2 =*/58).int64s(message.int64_data);
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 8, wireType 2 =*/66).string(message.name);
            if (message.raw_data != null && $Object.hasOwnProperty.call(message, "raw_data"))
                writer.uint32(/* id 9, wireType 2 =*/74).bytes(message.raw_data);
            if (message.double_data != null && message.double_data.length)
                writer.uint32(/* id 10, wireType 2 =*/82).doubles(message.double_data);
            if (message.uint64_data != null && message.uint64_data.length)
                writer.uint32(/* id 11, wireType 2 =*/90).uint64s(message.uint64_data);
            if (message.doc_string != null && $Object.hasOwnProperty.call(message, "doc_string"))
                writer.uint32(/* id 12, wireType 2 =*/98).string(message.doc_string);
            if (message.external_data != null && message.external_data.length)
                for (let i = 0; i < message.external_data.length; ++i)
                    $root.onnx.StringStringEntryProto.encode(message.external_data[i], writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
            if (message.data_location != null && $Object.hasOwnProperty.call(message, "data_location"))
                writer.uint32(/* id 14, wireType 0 =*/112).int32(message.data_location);
            if (message.metadata_props != null && message.metadata_props.length)
                for (let i = 0; i < message.metadata_props.length; ++i)
                    $root.onnx.StringStringEntryProto.encode(message.metadata_props[i], writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a TensorProto message from the specified reader or buffer.
         * @function decode
         * @memberof onnx.TensorProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {onnx.TensorProto & onnx.TensorProto.$Shape} TensorProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TensorProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.onnx.TensorProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType === 2) {
                            if (!(message.dims && message.dims.length))
                                message.dims = [];
                            reader.int64s(message.dims);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.dims && message.dims.length))
                            message.dims = [];
                        message.dims.push(reader.int64());
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        message.data_type = reader.int32();
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.segment = $root.onnx.TensorProto.Segment.decode(reader, reader.size(), $undefined, _depth + 1, message.segment);
                        continue;
                    }
                case 4: {
                        if (wireType === 2) {
                            if (!(message.float_data && message.float_data.length))
                                message.float_data = [];
                            reader.floats(message.float_data);
                            continue;
                        }
                        if (wireType !== 5)
                            break;
                        if (!(message.float_data && message.float_data.length))
                            message.float_data = [];
                        message.float_data.push(reader.float());
                        continue;
                    }
                case 5: {
                        if (wireType === 2) {
                            if (!(message.int32_data && message.int32_data.length))
                                message.int32_data = [];
                            reader.int32s(message.int32_data);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.int32_data && message.int32_data.length))
                            message.int32_data = [];
                        message.int32_data.push(reader.int32());
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if (!(message.string_data && message.string_data.length))
                            message.string_data = [];
                        message.string_data.push(reader.bytes());
                        continue;
                    }
                case 7: {
                        if (wireType === 2) {
                            if (!(message.int64_data && message.int64_data.length))
                                message.int64_data = [];
                            reader.int64s(message.int64_data);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.int64_data && message.int64_data.length))
                            message.int64_data = [];
                        message.int64_data.push(reader.int64());
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        message.name = reader.string();
                        continue;
                    }
                case 12: {
                        if (wireType !== 2)
                            break;
                        message.doc_string = reader.string();
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        message.raw_data = reader.bytes();
                        continue;
                    }
                case 13: {
                        if (wireType !== 2)
                            break;
                        if (!(message.external_data && message.external_data.length))
                            message.external_data = [];
                        message.external_data.push($root.onnx.StringStringEntryProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 14: {
                        if (wireType !== 0)
                            break;
                        value = reader.int32();
                        if ($root.onnx.TensorProto.DataLocation[value] !== $undefined)
                            message.data_location = value;
                        else if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                        continue;
                    }
                case 10: {
                        if (wireType === 2) {
                            if (!(message.double_data && message.double_data.length))
                                message.double_data = [];
                            reader.doubles(message.double_data);
                            continue;
                        }
                        if (wireType !== 1)
                            break;
                        if (!(message.double_data && message.double_data.length))
                            message.double_data = [];
                        message.double_data.push(reader.double());
                        continue;
                    }
                case 11: {
                        if (wireType === 2) {
                            if (!(message.uint64_data && message.uint64_data.length))
                                message.uint64_data = [];
                            reader.uint64s(message.uint64_data);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.uint64_data && message.uint64_data.length))
                            message.uint64_data = [];
                        message.uint64_data.push(reader.uint64());
                        continue;
                    }
                case 16: {
                        if (wireType !== 2)
                            break;
                        if (!(message.metadata_props && message.metadata_props.length))
                            message.metadata_props = [];
                        message.metadata_props.push($root.onnx.StringStringEntryProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for TensorProto
         * @function getTypeUrl
         * @memberof onnx.TensorProto
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        TensorProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/onnx.TensorProto";
        };

        /**
         * DataType enum.
         * @name onnx.TensorProto.DataType
         * @enum {number}
         * @property {number} UNDEFINED=0 UNDEFINED value
         * @property {number} FLOAT=1 FLOAT value
         * @property {number} UINT8=2 UINT8 value
         * @property {number} INT8=3 INT8 value
         * @property {number} UINT16=4 UINT16 value
         * @property {number} INT16=5 INT16 value
         * @property {number} INT32=6 INT32 value
         * @property {number} INT64=7 INT64 value
         * @property {number} STRING=8 STRING value
         * @property {number} BOOL=9 BOOL value
         * @property {number} FLOAT16=10 FLOAT16 value
         * @property {number} DOUBLE=11 DOUBLE value
         * @property {number} UINT32=12 UINT32 value
         * @property {number} UINT64=13 UINT64 value
         * @property {number} COMPLEX64=14 COMPLEX64 value
         * @property {number} COMPLEX128=15 COMPLEX128 value
         * @property {number} BFLOAT16=16 BFLOAT16 value
         * @property {number} FLOAT8E4M3FN=17 FLOAT8E4M3FN value
         * @property {number} FLOAT8E4M3FNUZ=18 FLOAT8E4M3FNUZ value
         * @property {number} FLOAT8E5M2=19 FLOAT8E5M2 value
         * @property {number} FLOAT8E5M2FNUZ=20 FLOAT8E5M2FNUZ value
         * @property {number} UINT4=21 UINT4 value
         * @property {number} INT4=22 INT4 value
         * @property {number} FLOAT4E2M1=23 FLOAT4E2M1 value
         * @property {number} FLOAT8E8M0=24 FLOAT8E8M0 value
         * @property {number} UINT2=25 UINT2 value
         * @property {number} INT2=26 INT2 value
         */
        TensorProto.DataType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "UNDEFINED"] = 0;
            values[valuesById[1] = "FLOAT"] = 1;
            values[valuesById[2] = "UINT8"] = 2;
            values[valuesById[3] = "INT8"] = 3;
            values[valuesById[4] = "UINT16"] = 4;
            values[valuesById[5] = "INT16"] = 5;
            values[valuesById[6] = "INT32"] = 6;
            values[valuesById[7] = "INT64"] = 7;
            values[valuesById[8] = "STRING"] = 8;
            values[valuesById[9] = "BOOL"] = 9;
            values[valuesById[10] = "FLOAT16"] = 10;
            values[valuesById[11] = "DOUBLE"] = 11;
            values[valuesById[12] = "UINT32"] = 12;
            values[valuesById[13] = "UINT64"] = 13;
            values[valuesById[14] = "COMPLEX64"] = 14;
            values[valuesById[15] = "COMPLEX128"] = 15;
            values[valuesById[16] = "BFLOAT16"] = 16;
            values[valuesById[17] = "FLOAT8E4M3FN"] = 17;
            values[valuesById[18] = "FLOAT8E4M3FNUZ"] = 18;
            values[valuesById[19] = "FLOAT8E5M2"] = 19;
            values[valuesById[20] = "FLOAT8E5M2FNUZ"] = 20;
            values[valuesById[21] = "UINT4"] = 21;
            values[valuesById[22] = "INT4"] = 22;
            values[valuesById[23] = "FLOAT4E2M1"] = 23;
            values[valuesById[24] = "FLOAT8E8M0"] = 24;
            values[valuesById[25] = "UINT2"] = 25;
            values[valuesById[26] = "INT2"] = 26;
            return values;
        })();

        TensorProto.Segment = (function() {

            /**
             * Properties of a Segment.
             * @typedef {Object} onnx.TensorProto.Segment.$Properties
             * @property {number|Long|null} [begin] Segment begin
             * @property {number|Long|null} [end] Segment end
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Segment.
             * @memberof onnx.TensorProto
             * @interface ISegment
             * @augments onnx.TensorProto.Segment.$Properties
             * @deprecated Use onnx.TensorProto.Segment.$Properties instead.
             */

            /**
             * Shape of a Segment.
             * @typedef {onnx.TensorProto.Segment.$Properties} onnx.TensorProto.Segment.$Shape
             */

            /**
             * Constructs a new Segment.
             * @memberof onnx.TensorProto
             * @classdesc Represents a Segment.
             * @constructor
             * @param {onnx.TensorProto.Segment.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Segment = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Segment begin.
             * @member {number|Long} begin
             * @memberof onnx.TensorProto.Segment
             * @instance
             */
            Segment.prototype.begin = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Segment end.
             * @member {number|Long} end
             * @memberof onnx.TensorProto.Segment
             * @instance
             */
            Segment.prototype.end = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Encodes the specified Segment message. Does not implicitly {@link onnx.TensorProto.Segment.verify|verify} messages.
             * @function encode
             * @memberof onnx.TensorProto.Segment
             * @static
             * @param {onnx.TensorProto.Segment.$Properties} message Segment message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Segment.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.begin != null && $Object.hasOwnProperty.call(message, "begin"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.begin);
                if (message.end != null && $Object.hasOwnProperty.call(message, "end"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.end);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Segment message from the specified reader or buffer.
             * @function decode
             * @memberof onnx.TensorProto.Segment
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {onnx.TensorProto.Segment & onnx.TensorProto.Segment.$Shape} Segment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Segment.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.onnx.TensorProto.Segment();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            message.begin = reader.int64();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            message.end = reader.int64();
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Segment
             * @function getTypeUrl
             * @memberof onnx.TensorProto.Segment
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Segment.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/onnx.TensorProto.Segment";
            };

            return Segment;
        })();

        /**
         * DataLocation enum.
         * @name onnx.TensorProto.DataLocation
         * @enum {number}
         * @property {number} DEFAULT=0 DEFAULT value
         * @property {number} EXTERNAL=1 EXTERNAL value
         */
        TensorProto.DataLocation = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "DEFAULT"] = 0;
            values[valuesById[1] = "EXTERNAL"] = 1;
            return values;
        })();

        return TensorProto;
    })();

    onnx.SparseTensorProto = (function() {

        /**
         * Properties of a SparseTensorProto.
         * @typedef {Object} onnx.SparseTensorProto.$Properties
         * @property {onnx.TensorProto.$Properties|null} [values] SparseTensorProto values
         * @property {onnx.TensorProto.$Properties|null} [indices] SparseTensorProto indices
         * @property {Array.<number|Long>|null} [dims] SparseTensorProto dims
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SparseTensorProto.
         * @memberof onnx
         * @interface ISparseTensorProto
         * @augments onnx.SparseTensorProto.$Properties
         * @deprecated Use onnx.SparseTensorProto.$Properties instead.
         */

        /**
         * Shape of a SparseTensorProto.
         * @typedef {onnx.SparseTensorProto.$Properties} onnx.SparseTensorProto.$Shape
         */

        /**
         * Constructs a new SparseTensorProto.
         * @memberof onnx
         * @classdesc Represents a SparseTensorProto.
         * @constructor
         * @param {onnx.SparseTensorProto.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SparseTensorProto = function (properties) {
            this.dims = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SparseTensorProto values.
         * @member {onnx.TensorProto.$Properties|null|undefined} values
         * @memberof onnx.SparseTensorProto
         * @instance
         */
        SparseTensorProto.prototype.values = null;

        /**
         * SparseTensorProto indices.
         * @member {onnx.TensorProto.$Properties|null|undefined} indices
         * @memberof onnx.SparseTensorProto
         * @instance
         */
        SparseTensorProto.prototype.indices = null;

        /**
         * SparseTensorProto dims.
         * @member {Array.<number|Long>} dims
         * @memberof onnx.SparseTensorProto
         * @instance
         */
        SparseTensorProto.prototype.dims = $util.emptyArray;

        /**
         * Encodes the specified SparseTensorProto message. Does not implicitly {@link onnx.SparseTensorProto.verify|verify} messages.
         * @function encode
         * @memberof onnx.SparseTensorProto
         * @static
         * @param {onnx.SparseTensorProto.$Properties} message SparseTensorProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SparseTensorProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.values != null && $Object.hasOwnProperty.call(message, "values"))
                $root.onnx.TensorProto.encode(message.values, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.indices != null && $Object.hasOwnProperty.call(message, "indices"))
                $root.onnx.TensorProto.encode(message.indices, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.dims != null && message.dims.length)
                for (let i = 0; i < message.dims.length; ++i)
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.dims[i]);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a SparseTensorProto message from the specified reader or buffer.
         * @function decode
         * @memberof onnx.SparseTensorProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {onnx.SparseTensorProto & onnx.SparseTensorProto.$Shape} SparseTensorProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SparseTensorProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.onnx.SparseTensorProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.values = $root.onnx.TensorProto.decode(reader, reader.size(), $undefined, _depth + 1, message.values);
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.indices = $root.onnx.TensorProto.decode(reader, reader.size(), $undefined, _depth + 1, message.indices);
                        continue;
                    }
                case 3: {
                        if (wireType === 2) {
                            if (!(message.dims && message.dims.length))
                                message.dims = [];
                            reader.int64s(message.dims);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.dims && message.dims.length))
                            message.dims = [];
                        message.dims.push(reader.int64());
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for SparseTensorProto
         * @function getTypeUrl
         * @memberof onnx.SparseTensorProto
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        SparseTensorProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/onnx.SparseTensorProto";
        };

        return SparseTensorProto;
    })();

    onnx.TensorShapeProto = (function() {

        /**
         * Properties of a TensorShapeProto.
         * @typedef {Object} onnx.TensorShapeProto.$Properties
         * @property {Array.<onnx.TensorShapeProto.Dimension.$Properties>|null} [dim] TensorShapeProto dim
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TensorShapeProto.
         * @memberof onnx
         * @interface ITensorShapeProto
         * @augments onnx.TensorShapeProto.$Properties
         * @deprecated Use onnx.TensorShapeProto.$Properties instead.
         */

        /**
         * Shape of a TensorShapeProto.
         * @typedef {{
         *   dim?: Array.<onnx.TensorShapeProto.Dimension.$Shape>|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} onnx.TensorShapeProto.$Shape
         */

        /**
         * Constructs a new TensorShapeProto.
         * @memberof onnx
         * @classdesc Represents a TensorShapeProto.
         * @constructor
         * @param {onnx.TensorShapeProto.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TensorShapeProto = function (properties) {
            this.dim = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * TensorShapeProto dim.
         * @member {Array.<onnx.TensorShapeProto.Dimension.$Properties>} dim
         * @memberof onnx.TensorShapeProto
         * @instance
         */
        TensorShapeProto.prototype.dim = $util.emptyArray;

        /**
         * Encodes the specified TensorShapeProto message. Does not implicitly {@link onnx.TensorShapeProto.verify|verify} messages.
         * @function encode
         * @memberof onnx.TensorShapeProto
         * @static
         * @param {onnx.TensorShapeProto.$Properties} message TensorShapeProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TensorShapeProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.dim != null && message.dim.length)
                for (let i = 0; i < message.dim.length; ++i)
                    $root.onnx.TensorShapeProto.Dimension.encode(message.dim[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a TensorShapeProto message from the specified reader or buffer.
         * @function decode
         * @memberof onnx.TensorShapeProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {onnx.TensorShapeProto & onnx.TensorShapeProto.$Shape} TensorShapeProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TensorShapeProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.onnx.TensorShapeProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.dim && message.dim.length))
                            message.dim = [];
                        message.dim.push($root.onnx.TensorShapeProto.Dimension.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for TensorShapeProto
         * @function getTypeUrl
         * @memberof onnx.TensorShapeProto
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        TensorShapeProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/onnx.TensorShapeProto";
        };

        TensorShapeProto.Dimension = (function() {

            /**
             * Properties of a Dimension.
             * @typedef {Object} onnx.TensorShapeProto.Dimension.$Properties
             * @property {number|Long|null} [dim_value] Dimension dim_value
             * @property {string|null} [dim_param] Dimension dim_param
             * @property {string|null} [denotation] Dimension denotation
             * @property {"dim_value"|"dim_param"} [value] Dimension value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Dimension.
             * @memberof onnx.TensorShapeProto
             * @interface IDimension
             * @augments onnx.TensorShapeProto.Dimension.$Properties
             * @deprecated Use onnx.TensorShapeProto.Dimension.$Properties instead.
             */

            /**
             * Narrowed shape of a Dimension.
             * @typedef {{
             *   dim_value?: number|Long|null;
             *   dim_param?: string|null;
             *   denotation?: string|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ value?: undefined; dim_value?: null; dim_param?: null }|{ value?: "dim_value"; dim_value: number|Long; dim_param?: null }|{ value?: "dim_param"; dim_value?: null; dim_param: string })
             * )} onnx.TensorShapeProto.Dimension.$Shape
             */

            /**
             * Constructs a new Dimension.
             * @memberof onnx.TensorShapeProto
             * @classdesc Represents a Dimension.
             * @constructor
             * @param {onnx.TensorShapeProto.Dimension.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Dimension = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Dimension dim_value.
             * @member {number|Long|null|undefined} dim_value
             * @memberof onnx.TensorShapeProto.Dimension
             * @instance
             */
            Dimension.prototype.dim_value = null;

            /**
             * Dimension dim_param.
             * @member {string|null|undefined} dim_param
             * @memberof onnx.TensorShapeProto.Dimension
             * @instance
             */
            Dimension.prototype.dim_param = null;

            /**
             * Dimension denotation.
             * @member {string} denotation
             * @memberof onnx.TensorShapeProto.Dimension
             * @instance
             */
            Dimension.prototype.denotation = "";

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Dimension value.
             * @member {"dim_value"|"dim_param"|undefined} value
             * @memberof onnx.TensorShapeProto.Dimension
             * @instance
             */
            $Object.defineProperty(Dimension.prototype, "value", {
                get: $util.oneOfGetter($oneOfFields = ["dim_value", "dim_param"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified Dimension message. Does not implicitly {@link onnx.TensorShapeProto.Dimension.verify|verify} messages.
             * @function encode
             * @memberof onnx.TensorShapeProto.Dimension
             * @static
             * @param {onnx.TensorShapeProto.Dimension.$Properties} message Dimension message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Dimension.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.dim_value != null && $Object.hasOwnProperty.call(message, "dim_value"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.dim_value);
                if (message.dim_param != null && $Object.hasOwnProperty.call(message, "dim_param"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.dim_param);
                if (message.denotation != null && $Object.hasOwnProperty.call(message, "denotation"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.denotation);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Dimension message from the specified reader or buffer.
             * @function decode
             * @memberof onnx.TensorShapeProto.Dimension
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {onnx.TensorShapeProto.Dimension & onnx.TensorShapeProto.Dimension.$Shape} Dimension
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Dimension.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.onnx.TensorShapeProto.Dimension();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            message.dim_value = reader.int64();
                            message.value = "dim_value";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.dim_param = reader.string();
                            message.value = "dim_param";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.denotation = reader.string();
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Dimension
             * @function getTypeUrl
             * @memberof onnx.TensorShapeProto.Dimension
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Dimension.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/onnx.TensorShapeProto.Dimension";
            };

            return Dimension;
        })();

        return TensorShapeProto;
    })();

    onnx.TypeProto = (function() {

        /**
         * Properties of a TypeProto.
         * @typedef {Object} onnx.TypeProto.$Properties
         * @property {onnx.TypeProto.Tensor.$Properties|null} [tensor_type] TypeProto tensor_type
         * @property {onnx.TypeProto.Sequence.$Properties|null} [sequence_type] TypeProto sequence_type
         * @property {onnx.TypeProto.Map.$Properties|null} [map_type] TypeProto map_type
         * @property {onnx.TypeProto.Optional.$Properties|null} [optional_type] TypeProto optional_type
         * @property {onnx.TypeProto.SparseTensor.$Properties|null} [sparse_tensor_type] TypeProto sparse_tensor_type
         * @property {onnx.TypeProto.Opaque.$Properties|null} [opaque_type] TypeProto opaque_type
         * @property {string|null} [denotation] TypeProto denotation
         * @property {"tensor_type"|"sequence_type"|"map_type"|"optional_type"|"sparse_tensor_type"|"opaque_type"} [value] TypeProto value
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TypeProto.
         * @memberof onnx
         * @interface ITypeProto
         * @augments onnx.TypeProto.$Properties
         * @deprecated Use onnx.TypeProto.$Properties instead.
         */

        /**
         * Narrowed shape of a TypeProto.
         * @typedef {{
         *   tensor_type?: onnx.TypeProto.Tensor.$Shape|null;
         *   sequence_type?: onnx.TypeProto.Sequence.$Shape|null;
         *   map_type?: onnx.TypeProto.Map.$Shape|null;
         *   optional_type?: onnx.TypeProto.Optional.$Shape|null;
         *   sparse_tensor_type?: onnx.TypeProto.SparseTensor.$Shape|null;
         *   opaque_type?: onnx.TypeProto.Opaque.$Shape|null;
         *   denotation?: string|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ value?: undefined; tensor_type?: null; sequence_type?: null; map_type?: null; optional_type?: null; sparse_tensor_type?: null; opaque_type?: null }|{ value?: "tensor_type"; tensor_type: onnx.TypeProto.Tensor.$Shape; sequence_type?: null; map_type?: null; optional_type?: null; sparse_tensor_type?: null; opaque_type?: null }|{ value?: "sequence_type"; tensor_type?: null; sequence_type: onnx.TypeProto.Sequence.$Shape; map_type?: null; optional_type?: null; sparse_tensor_type?: null; opaque_type?: null }|{ value?: "map_type"; tensor_type?: null; sequence_type?: null; map_type: onnx.TypeProto.Map.$Shape; optional_type?: null; sparse_tensor_type?: null; opaque_type?: null }|{ value?: "optional_type"; tensor_type?: null; sequence_type?: null; map_type?: null; optional_type: onnx.TypeProto.Optional.$Shape; sparse_tensor_type?: null; opaque_type?: null }|{ value?: "sparse_tensor_type"; tensor_type?: null; sequence_type?: null; map_type?: null; optional_type?: null; sparse_tensor_type: onnx.TypeProto.SparseTensor.$Shape; opaque_type?: null }|{ value?: "opaque_type"; tensor_type?: null; sequence_type?: null; map_type?: null; optional_type?: null; sparse_tensor_type?: null; opaque_type: onnx.TypeProto.Opaque.$Shape })
         * )} onnx.TypeProto.$Shape
         */

        /**
         * Constructs a new TypeProto.
         * @memberof onnx
         * @classdesc Represents a TypeProto.
         * @constructor
         * @param {onnx.TypeProto.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TypeProto = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * TypeProto tensor_type.
         * @member {onnx.TypeProto.Tensor.$Properties|null|undefined} tensor_type
         * @memberof onnx.TypeProto
         * @instance
         */
        TypeProto.prototype.tensor_type = null;

        /**
         * TypeProto sequence_type.
         * @member {onnx.TypeProto.Sequence.$Properties|null|undefined} sequence_type
         * @memberof onnx.TypeProto
         * @instance
         */
        TypeProto.prototype.sequence_type = null;

        /**
         * TypeProto map_type.
         * @member {onnx.TypeProto.Map.$Properties|null|undefined} map_type
         * @memberof onnx.TypeProto
         * @instance
         */
        TypeProto.prototype.map_type = null;

        /**
         * TypeProto optional_type.
         * @member {onnx.TypeProto.Optional.$Properties|null|undefined} optional_type
         * @memberof onnx.TypeProto
         * @instance
         */
        TypeProto.prototype.optional_type = null;

        /**
         * TypeProto sparse_tensor_type.
         * @member {onnx.TypeProto.SparseTensor.$Properties|null|undefined} sparse_tensor_type
         * @memberof onnx.TypeProto
         * @instance
         */
        TypeProto.prototype.sparse_tensor_type = null;

        /**
         * TypeProto opaque_type.
         * @member {onnx.TypeProto.Opaque.$Properties|null|undefined} opaque_type
         * @memberof onnx.TypeProto
         * @instance
         */
        TypeProto.prototype.opaque_type = null;

        /**
         * TypeProto denotation.
         * @member {string} denotation
         * @memberof onnx.TypeProto
         * @instance
         */
        TypeProto.prototype.denotation = "";

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * TypeProto value.
         * @member {"tensor_type"|"sequence_type"|"map_type"|"optional_type"|"sparse_tensor_type"|"opaque_type"|undefined} value
         * @memberof onnx.TypeProto
         * @instance
         */
        $Object.defineProperty(TypeProto.prototype, "value", {
            get: $util.oneOfGetter($oneOfFields = ["tensor_type", "sequence_type", "map_type", "optional_type", "sparse_tensor_type", "opaque_type"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Encodes the specified TypeProto message. Does not implicitly {@link onnx.TypeProto.verify|verify} messages.
         * @function encode
         * @memberof onnx.TypeProto
         * @static
         * @param {onnx.TypeProto.$Properties} message TypeProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TypeProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.tensor_type != null && $Object.hasOwnProperty.call(message, "tensor_type"))
                $root.onnx.TypeProto.Tensor.encode(message.tensor_type, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.sequence_type != null && $Object.hasOwnProperty.call(message, "sequence_type"))
                $root.onnx.TypeProto.Sequence.encode(message.sequence_type, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.map_type != null && $Object.hasOwnProperty.call(message, "map_type"))
                $root.onnx.TypeProto.Map.encode(message.map_type, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
            if (message.denotation != null && $Object.hasOwnProperty.call(message, "denotation"))
                writer.uint32(/* id 6, wireType 2 =*/50).string(message.denotation);
            if (message.opaque_type != null && $Object.hasOwnProperty.call(message, "opaque_type"))
                $root.onnx.TypeProto.Opaque.encode(message.opaque_type, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
            if (message.sparse_tensor_type != null && $Object.hasOwnProperty.call(message, "sparse_tensor_type"))
                $root.onnx.TypeProto.SparseTensor.encode(message.sparse_tensor_type, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
            if (message.optional_type != null && $Object.hasOwnProperty.call(message, "optional_type"))
                $root.onnx.TypeProto.Optional.encode(message.optional_type, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a TypeProto message from the specified reader or buffer.
         * @function decode
         * @memberof onnx.TypeProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {onnx.TypeProto & onnx.TypeProto.$Shape} TypeProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TypeProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.onnx.TypeProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.tensor_type = $root.onnx.TypeProto.Tensor.decode(reader, reader.size(), $undefined, _depth + 1, message.tensor_type);
                        message.value = "tensor_type";
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.sequence_type = $root.onnx.TypeProto.Sequence.decode(reader, reader.size(), $undefined, _depth + 1, message.sequence_type);
                        message.value = "sequence_type";
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.map_type = $root.onnx.TypeProto.Map.decode(reader, reader.size(), $undefined, _depth + 1, message.map_type);
                        message.value = "map_type";
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        message.optional_type = $root.onnx.TypeProto.Optional.decode(reader, reader.size(), $undefined, _depth + 1, message.optional_type);
                        message.value = "optional_type";
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        message.sparse_tensor_type = $root.onnx.TypeProto.SparseTensor.decode(reader, reader.size(), $undefined, _depth + 1, message.sparse_tensor_type);
                        message.value = "sparse_tensor_type";
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        message.opaque_type = $root.onnx.TypeProto.Opaque.decode(reader, reader.size(), $undefined, _depth + 1, message.opaque_type);
                        message.value = "opaque_type";
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        message.denotation = reader.string();
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for TypeProto
         * @function getTypeUrl
         * @memberof onnx.TypeProto
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        TypeProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/onnx.TypeProto";
        };

        TypeProto.Tensor = (function() {

            /**
             * Properties of a Tensor.
             * @typedef {Object} onnx.TypeProto.Tensor.$Properties
             * @property {number|null} [elem_type] Tensor elem_type
             * @property {onnx.TensorShapeProto.$Properties|null} [shape] Tensor shape
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Tensor.
             * @memberof onnx.TypeProto
             * @interface ITensor
             * @augments onnx.TypeProto.Tensor.$Properties
             * @deprecated Use onnx.TypeProto.Tensor.$Properties instead.
             */

            /**
             * Shape of a Tensor.
             * @typedef {{
             *   elem_type?: number|null;
             *   shape?: onnx.TensorShapeProto.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} onnx.TypeProto.Tensor.$Shape
             */

            /**
             * Constructs a new Tensor.
             * @memberof onnx.TypeProto
             * @classdesc Represents a Tensor.
             * @constructor
             * @param {onnx.TypeProto.Tensor.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Tensor = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Tensor elem_type.
             * @member {number} elem_type
             * @memberof onnx.TypeProto.Tensor
             * @instance
             */
            Tensor.prototype.elem_type = 0;

            /**
             * Tensor shape.
             * @member {onnx.TensorShapeProto.$Properties|null|undefined} shape
             * @memberof onnx.TypeProto.Tensor
             * @instance
             */
            Tensor.prototype.shape = null;

            /**
             * Encodes the specified Tensor message. Does not implicitly {@link onnx.TypeProto.Tensor.verify|verify} messages.
             * @function encode
             * @memberof onnx.TypeProto.Tensor
             * @static
             * @param {onnx.TypeProto.Tensor.$Properties} message Tensor message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Tensor.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.elem_type != null && $Object.hasOwnProperty.call(message, "elem_type"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.elem_type);
                if (message.shape != null && $Object.hasOwnProperty.call(message, "shape"))
                    $root.onnx.TensorShapeProto.encode(message.shape, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Tensor message from the specified reader or buffer.
             * @function decode
             * @memberof onnx.TypeProto.Tensor
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {onnx.TypeProto.Tensor & onnx.TypeProto.Tensor.$Shape} Tensor
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Tensor.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.onnx.TypeProto.Tensor();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            message.elem_type = reader.int32();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.shape = $root.onnx.TensorShapeProto.decode(reader, reader.size(), $undefined, _depth + 1, message.shape);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Tensor
             * @function getTypeUrl
             * @memberof onnx.TypeProto.Tensor
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Tensor.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/onnx.TypeProto.Tensor";
            };

            return Tensor;
        })();

        TypeProto.Sequence = (function() {

            /**
             * Properties of a Sequence.
             * @typedef {Object} onnx.TypeProto.Sequence.$Properties
             * @property {onnx.TypeProto.$Properties|null} [elem_type] Sequence elem_type
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Sequence.
             * @memberof onnx.TypeProto
             * @interface ISequence
             * @augments onnx.TypeProto.Sequence.$Properties
             * @deprecated Use onnx.TypeProto.Sequence.$Properties instead.
             */

            /**
             * Shape of a Sequence.
             * @typedef {{
             *   elem_type?: onnx.TypeProto.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} onnx.TypeProto.Sequence.$Shape
             */

            /**
             * Constructs a new Sequence.
             * @memberof onnx.TypeProto
             * @classdesc Represents a Sequence.
             * @constructor
             * @param {onnx.TypeProto.Sequence.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Sequence = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Sequence elem_type.
             * @member {onnx.TypeProto.$Properties|null|undefined} elem_type
             * @memberof onnx.TypeProto.Sequence
             * @instance
             */
            Sequence.prototype.elem_type = null;

            /**
             * Encodes the specified Sequence message. Does not implicitly {@link onnx.TypeProto.Sequence.verify|verify} messages.
             * @function encode
             * @memberof onnx.TypeProto.Sequence
             * @static
             * @param {onnx.TypeProto.Sequence.$Properties} message Sequence message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Sequence.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.elem_type != null && $Object.hasOwnProperty.call(message, "elem_type"))
                    $root.onnx.TypeProto.encode(message.elem_type, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Sequence message from the specified reader or buffer.
             * @function decode
             * @memberof onnx.TypeProto.Sequence
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {onnx.TypeProto.Sequence & onnx.TypeProto.Sequence.$Shape} Sequence
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Sequence.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.onnx.TypeProto.Sequence();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.elem_type = $root.onnx.TypeProto.decode(reader, reader.size(), $undefined, _depth + 1, message.elem_type);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Sequence
             * @function getTypeUrl
             * @memberof onnx.TypeProto.Sequence
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Sequence.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/onnx.TypeProto.Sequence";
            };

            return Sequence;
        })();

        TypeProto.Map = (function() {

            /**
             * Properties of a Map.
             * @typedef {Object} onnx.TypeProto.Map.$Properties
             * @property {number|null} [key_type] Map key_type
             * @property {onnx.TypeProto.$Properties|null} [value_type] Map value_type
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Map.
             * @memberof onnx.TypeProto
             * @interface IMap
             * @augments onnx.TypeProto.Map.$Properties
             * @deprecated Use onnx.TypeProto.Map.$Properties instead.
             */

            /**
             * Shape of a Map.
             * @typedef {{
             *   key_type?: number|null;
             *   value_type?: onnx.TypeProto.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} onnx.TypeProto.Map.$Shape
             */

            /**
             * Constructs a new Map.
             * @memberof onnx.TypeProto
             * @classdesc Represents a Map.
             * @constructor
             * @param {onnx.TypeProto.Map.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Map = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Map key_type.
             * @member {number} key_type
             * @memberof onnx.TypeProto.Map
             * @instance
             */
            Map.prototype.key_type = 0;

            /**
             * Map value_type.
             * @member {onnx.TypeProto.$Properties|null|undefined} value_type
             * @memberof onnx.TypeProto.Map
             * @instance
             */
            Map.prototype.value_type = null;

            /**
             * Encodes the specified Map message. Does not implicitly {@link onnx.TypeProto.Map.verify|verify} messages.
             * @function encode
             * @memberof onnx.TypeProto.Map
             * @static
             * @param {onnx.TypeProto.Map.$Properties} message Map message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Map.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.key_type != null && $Object.hasOwnProperty.call(message, "key_type"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.key_type);
                if (message.value_type != null && $Object.hasOwnProperty.call(message, "value_type"))
                    $root.onnx.TypeProto.encode(message.value_type, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Map message from the specified reader or buffer.
             * @function decode
             * @memberof onnx.TypeProto.Map
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {onnx.TypeProto.Map & onnx.TypeProto.Map.$Shape} Map
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Map.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.onnx.TypeProto.Map();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            message.key_type = reader.int32();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.value_type = $root.onnx.TypeProto.decode(reader, reader.size(), $undefined, _depth + 1, message.value_type);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Map
             * @function getTypeUrl
             * @memberof onnx.TypeProto.Map
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Map.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/onnx.TypeProto.Map";
            };

            return Map;
        })();

        TypeProto.Optional = (function() {

            /**
             * Properties of an Optional.
             * @typedef {Object} onnx.TypeProto.Optional.$Properties
             * @property {onnx.TypeProto.$Properties|null} [elem_type] Optional elem_type
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Optional.
             * @memberof onnx.TypeProto
             * @interface IOptional
             * @augments onnx.TypeProto.Optional.$Properties
             * @deprecated Use onnx.TypeProto.Optional.$Properties instead.
             */

            /**
             * Shape of an Optional.
             * @typedef {{
             *   elem_type?: onnx.TypeProto.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} onnx.TypeProto.Optional.$Shape
             */

            /**
             * Constructs a new Optional.
             * @memberof onnx.TypeProto
             * @classdesc Represents an Optional.
             * @constructor
             * @param {onnx.TypeProto.Optional.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Optional = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Optional elem_type.
             * @member {onnx.TypeProto.$Properties|null|undefined} elem_type
             * @memberof onnx.TypeProto.Optional
             * @instance
             */
            Optional.prototype.elem_type = null;

            /**
             * Encodes the specified Optional message. Does not implicitly {@link onnx.TypeProto.Optional.verify|verify} messages.
             * @function encode
             * @memberof onnx.TypeProto.Optional
             * @static
             * @param {onnx.TypeProto.Optional.$Properties} message Optional message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Optional.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.elem_type != null && $Object.hasOwnProperty.call(message, "elem_type"))
                    $root.onnx.TypeProto.encode(message.elem_type, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Optional message from the specified reader or buffer.
             * @function decode
             * @memberof onnx.TypeProto.Optional
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {onnx.TypeProto.Optional & onnx.TypeProto.Optional.$Shape} Optional
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Optional.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.onnx.TypeProto.Optional();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.elem_type = $root.onnx.TypeProto.decode(reader, reader.size(), $undefined, _depth + 1, message.elem_type);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Optional
             * @function getTypeUrl
             * @memberof onnx.TypeProto.Optional
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Optional.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/onnx.TypeProto.Optional";
            };

            return Optional;
        })();

        TypeProto.SparseTensor = (function() {

            /**
             * Properties of a SparseTensor.
             * @typedef {Object} onnx.TypeProto.SparseTensor.$Properties
             * @property {number|null} [elem_type] SparseTensor elem_type
             * @property {onnx.TensorShapeProto.$Properties|null} [shape] SparseTensor shape
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SparseTensor.
             * @memberof onnx.TypeProto
             * @interface ISparseTensor
             * @augments onnx.TypeProto.SparseTensor.$Properties
             * @deprecated Use onnx.TypeProto.SparseTensor.$Properties instead.
             */

            /**
             * Shape of a SparseTensor.
             * @typedef {{
             *   elem_type?: number|null;
             *   shape?: onnx.TensorShapeProto.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} onnx.TypeProto.SparseTensor.$Shape
             */

            /**
             * Constructs a new SparseTensor.
             * @memberof onnx.TypeProto
             * @classdesc Represents a SparseTensor.
             * @constructor
             * @param {onnx.TypeProto.SparseTensor.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SparseTensor = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SparseTensor elem_type.
             * @member {number} elem_type
             * @memberof onnx.TypeProto.SparseTensor
             * @instance
             */
            SparseTensor.prototype.elem_type = 0;

            /**
             * SparseTensor shape.
             * @member {onnx.TensorShapeProto.$Properties|null|undefined} shape
             * @memberof onnx.TypeProto.SparseTensor
             * @instance
             */
            SparseTensor.prototype.shape = null;

            /**
             * Encodes the specified SparseTensor message. Does not implicitly {@link onnx.TypeProto.SparseTensor.verify|verify} messages.
             * @function encode
             * @memberof onnx.TypeProto.SparseTensor
             * @static
             * @param {onnx.TypeProto.SparseTensor.$Properties} message SparseTensor message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SparseTensor.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.elem_type != null && $Object.hasOwnProperty.call(message, "elem_type"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.elem_type);
                if (message.shape != null && $Object.hasOwnProperty.call(message, "shape"))
                    $root.onnx.TensorShapeProto.encode(message.shape, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SparseTensor message from the specified reader or buffer.
             * @function decode
             * @memberof onnx.TypeProto.SparseTensor
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {onnx.TypeProto.SparseTensor & onnx.TypeProto.SparseTensor.$Shape} SparseTensor
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SparseTensor.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.onnx.TypeProto.SparseTensor();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            message.elem_type = reader.int32();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.shape = $root.onnx.TensorShapeProto.decode(reader, reader.size(), $undefined, _depth + 1, message.shape);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for SparseTensor
             * @function getTypeUrl
             * @memberof onnx.TypeProto.SparseTensor
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SparseTensor.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/onnx.TypeProto.SparseTensor";
            };

            return SparseTensor;
        })();

        TypeProto.Opaque = (function() {

            /**
             * Properties of an Opaque.
             * @typedef {Object} onnx.TypeProto.Opaque.$Properties
             * @property {string|null} [domain] Opaque domain
             * @property {string|null} [name] Opaque name
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Opaque.
             * @memberof onnx.TypeProto
             * @interface IOpaque
             * @augments onnx.TypeProto.Opaque.$Properties
             * @deprecated Use onnx.TypeProto.Opaque.$Properties instead.
             */

            /**
             * Shape of an Opaque.
             * @typedef {onnx.TypeProto.Opaque.$Properties} onnx.TypeProto.Opaque.$Shape
             */

            /**
             * Constructs a new Opaque.
             * @memberof onnx.TypeProto
             * @classdesc Represents an Opaque.
             * @constructor
             * @param {onnx.TypeProto.Opaque.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Opaque = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Opaque domain.
             * @member {string} domain
             * @memberof onnx.TypeProto.Opaque
             * @instance
             */
            Opaque.prototype.domain = "";

            /**
             * Opaque name.
             * @member {string} name
             * @memberof onnx.TypeProto.Opaque
             * @instance
             */
            Opaque.prototype.name = "";

            /**
             * Encodes the specified Opaque message. Does not implicitly {@link onnx.TypeProto.Opaque.verify|verify} messages.
             * @function encode
             * @memberof onnx.TypeProto.Opaque
             * @static
             * @param {onnx.TypeProto.Opaque.$Properties} message Opaque message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Opaque.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.domain != null && $Object.hasOwnProperty.call(message, "domain"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.domain);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Opaque message from the specified reader or buffer.
             * @function decode
             * @memberof onnx.TypeProto.Opaque
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {onnx.TypeProto.Opaque & onnx.TypeProto.Opaque.$Shape} Opaque
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Opaque.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.onnx.TypeProto.Opaque();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.domain = reader.string();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.name = reader.string();
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Opaque
             * @function getTypeUrl
             * @memberof onnx.TypeProto.Opaque
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Opaque.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/onnx.TypeProto.Opaque";
            };

            return Opaque;
        })();

        return TypeProto;
    })();

    onnx.OperatorSetIdProto = (function() {

        /**
         * Properties of an OperatorSetIdProto.
         * @typedef {Object} onnx.OperatorSetIdProto.$Properties
         * @property {string|null} [domain] OperatorSetIdProto domain
         * @property {number|Long|null} [version] OperatorSetIdProto version
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an OperatorSetIdProto.
         * @memberof onnx
         * @interface IOperatorSetIdProto
         * @augments onnx.OperatorSetIdProto.$Properties
         * @deprecated Use onnx.OperatorSetIdProto.$Properties instead.
         */

        /**
         * Shape of an OperatorSetIdProto.
         * @typedef {onnx.OperatorSetIdProto.$Properties} onnx.OperatorSetIdProto.$Shape
         */

        /**
         * Constructs a new OperatorSetIdProto.
         * @memberof onnx
         * @classdesc Represents an OperatorSetIdProto.
         * @constructor
         * @param {onnx.OperatorSetIdProto.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const OperatorSetIdProto = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * OperatorSetIdProto domain.
         * @member {string} domain
         * @memberof onnx.OperatorSetIdProto
         * @instance
         */
        OperatorSetIdProto.prototype.domain = "";

        /**
         * OperatorSetIdProto version.
         * @member {number|Long} version
         * @memberof onnx.OperatorSetIdProto
         * @instance
         */
        OperatorSetIdProto.prototype.version = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Encodes the specified OperatorSetIdProto message. Does not implicitly {@link onnx.OperatorSetIdProto.verify|verify} messages.
         * @function encode
         * @memberof onnx.OperatorSetIdProto
         * @static
         * @param {onnx.OperatorSetIdProto.$Properties} message OperatorSetIdProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        OperatorSetIdProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.domain != null && $Object.hasOwnProperty.call(message, "domain"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.domain);
            if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                writer.uint32(/* id 2, wireType 0 =*/16).int64(message.version);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an OperatorSetIdProto message from the specified reader or buffer.
         * @function decode
         * @memberof onnx.OperatorSetIdProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {onnx.OperatorSetIdProto & onnx.OperatorSetIdProto.$Shape} OperatorSetIdProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        OperatorSetIdProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.onnx.OperatorSetIdProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.domain = reader.string();
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        message.version = reader.int64();
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for OperatorSetIdProto
         * @function getTypeUrl
         * @memberof onnx.OperatorSetIdProto
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        OperatorSetIdProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/onnx.OperatorSetIdProto";
        };

        return OperatorSetIdProto;
    })();

    /**
     * OperatorStatus enum.
     * @name onnx.OperatorStatus
     * @enum {number}
     * @property {number} EXPERIMENTAL=0 EXPERIMENTAL value
     * @property {number} STABLE=1 STABLE value
     */
    onnx.OperatorStatus = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "EXPERIMENTAL"] = 0;
        values[valuesById[1] = "STABLE"] = 1;
        return values;
    })();

    onnx.FunctionProto = (function() {

        /**
         * Properties of a FunctionProto.
         * @typedef {Object} onnx.FunctionProto.$Properties
         * @property {string|null} [name] FunctionProto name
         * @property {Array.<string>|null} [input] FunctionProto input
         * @property {Array.<string>|null} [output] FunctionProto output
         * @property {Array.<string>|null} [attribute] FunctionProto attribute
         * @property {Array.<onnx.AttributeProto.$Properties>|null} [attribute_proto] FunctionProto attribute_proto
         * @property {Array.<onnx.NodeProto.$Properties>|null} [node] FunctionProto node
         * @property {string|null} [doc_string] FunctionProto doc_string
         * @property {Array.<onnx.OperatorSetIdProto.$Properties>|null} [opset_import] FunctionProto opset_import
         * @property {string|null} [domain] FunctionProto domain
         * @property {string|null} [overload] FunctionProto overload
         * @property {Array.<onnx.ValueInfoProto.$Properties>|null} [value_info] FunctionProto value_info
         * @property {Array.<onnx.StringStringEntryProto.$Properties>|null} [metadata_props] FunctionProto metadata_props
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a FunctionProto.
         * @memberof onnx
         * @interface IFunctionProto
         * @augments onnx.FunctionProto.$Properties
         * @deprecated Use onnx.FunctionProto.$Properties instead.
         */

        /**
         * Shape of a FunctionProto.
         * @typedef {{
         *   name?: string|null;
         *   input?: Array.<string>|null;
         *   output?: Array.<string>|null;
         *   attribute?: Array.<string>|null;
         *   attribute_proto?: Array.<onnx.AttributeProto.$Shape>|null;
         *   node?: Array.<onnx.NodeProto.$Shape>|null;
         *   doc_string?: string|null;
         *   opset_import?: Array.<onnx.OperatorSetIdProto.$Shape>|null;
         *   domain?: string|null;
         *   overload?: string|null;
         *   value_info?: Array.<onnx.ValueInfoProto.$Shape>|null;
         *   metadata_props?: Array.<onnx.StringStringEntryProto.$Shape>|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} onnx.FunctionProto.$Shape
         */

        /**
         * Constructs a new FunctionProto.
         * @memberof onnx
         * @classdesc Represents a FunctionProto.
         * @constructor
         * @param {onnx.FunctionProto.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const FunctionProto = function (properties) {
            this.input = [];
            this.output = [];
            this.attribute = [];
            this.attribute_proto = [];
            this.node = [];
            this.opset_import = [];
            this.value_info = [];
            this.metadata_props = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * FunctionProto name.
         * @member {string} name
         * @memberof onnx.FunctionProto
         * @instance
         */
        FunctionProto.prototype.name = "";

        /**
         * FunctionProto input.
         * @member {Array.<string>} input
         * @memberof onnx.FunctionProto
         * @instance
         */
        FunctionProto.prototype.input = $util.emptyArray;

        /**
         * FunctionProto output.
         * @member {Array.<string>} output
         * @memberof onnx.FunctionProto
         * @instance
         */
        FunctionProto.prototype.output = $util.emptyArray;

        /**
         * FunctionProto attribute.
         * @member {Array.<string>} attribute
         * @memberof onnx.FunctionProto
         * @instance
         */
        FunctionProto.prototype.attribute = $util.emptyArray;

        /**
         * FunctionProto attribute_proto.
         * @member {Array.<onnx.AttributeProto.$Properties>} attribute_proto
         * @memberof onnx.FunctionProto
         * @instance
         */
        FunctionProto.prototype.attribute_proto = $util.emptyArray;

        /**
         * FunctionProto node.
         * @member {Array.<onnx.NodeProto.$Properties>} node
         * @memberof onnx.FunctionProto
         * @instance
         */
        FunctionProto.prototype.node = $util.emptyArray;

        /**
         * FunctionProto doc_string.
         * @member {string} doc_string
         * @memberof onnx.FunctionProto
         * @instance
         */
        FunctionProto.prototype.doc_string = "";

        /**
         * FunctionProto opset_import.
         * @member {Array.<onnx.OperatorSetIdProto.$Properties>} opset_import
         * @memberof onnx.FunctionProto
         * @instance
         */
        FunctionProto.prototype.opset_import = $util.emptyArray;

        /**
         * FunctionProto domain.
         * @member {string} domain
         * @memberof onnx.FunctionProto
         * @instance
         */
        FunctionProto.prototype.domain = "";

        /**
         * FunctionProto overload.
         * @member {string} overload
         * @memberof onnx.FunctionProto
         * @instance
         */
        FunctionProto.prototype.overload = "";

        /**
         * FunctionProto value_info.
         * @member {Array.<onnx.ValueInfoProto.$Properties>} value_info
         * @memberof onnx.FunctionProto
         * @instance
         */
        FunctionProto.prototype.value_info = $util.emptyArray;

        /**
         * FunctionProto metadata_props.
         * @member {Array.<onnx.StringStringEntryProto.$Properties>} metadata_props
         * @memberof onnx.FunctionProto
         * @instance
         */
        FunctionProto.prototype.metadata_props = $util.emptyArray;

        /**
         * Encodes the specified FunctionProto message. Does not implicitly {@link onnx.FunctionProto.verify|verify} messages.
         * @function encode
         * @memberof onnx.FunctionProto
         * @static
         * @param {onnx.FunctionProto.$Properties} message FunctionProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        FunctionProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.input != null && message.input.length)
                for (let i = 0; i < message.input.length; ++i)
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.input[i]);
            if (message.output != null && message.output.length)
                for (let i = 0; i < message.output.length; ++i)
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.output[i]);
            if (message.attribute != null && message.attribute.length)
                for (let i = 0; i < message.attribute.length; ++i)
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.attribute[i]);
            if (message.node != null && message.node.length)
                for (let i = 0; i < message.node.length; ++i)
                    $root.onnx.NodeProto.encode(message.node[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
            if (message.doc_string != null && $Object.hasOwnProperty.call(message, "doc_string"))
                writer.uint32(/* id 8, wireType 2 =*/66).string(message.doc_string);
            if (message.opset_import != null && message.opset_import.length)
                for (let i = 0; i < message.opset_import.length; ++i)
                    $root.onnx.OperatorSetIdProto.encode(message.opset_import[i], writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
            if (message.domain != null && $Object.hasOwnProperty.call(message, "domain"))
                writer.uint32(/* id 10, wireType 2 =*/82).string(message.domain);
            if (message.attribute_proto != null && message.attribute_proto.length)
                for (let i = 0; i < message.attribute_proto.length; ++i)
                    $root.onnx.AttributeProto.encode(message.attribute_proto[i], writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
            if (message.value_info != null && message.value_info.length)
                for (let i = 0; i < message.value_info.length; ++i)
                    $root.onnx.ValueInfoProto.encode(message.value_info[i], writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
            if (message.overload != null && $Object.hasOwnProperty.call(message, "overload"))
                writer.uint32(/* id 13, wireType 2 =*/106).string(message.overload);
            if (message.metadata_props != null && message.metadata_props.length)
                for (let i = 0; i < message.metadata_props.length; ++i)
                    $root.onnx.StringStringEntryProto.encode(message.metadata_props[i], writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a FunctionProto message from the specified reader or buffer.
         * @function decode
         * @memberof onnx.FunctionProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {onnx.FunctionProto & onnx.FunctionProto.$Shape} FunctionProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        FunctionProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.onnx.FunctionProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.name = reader.string();
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if (!(message.input && message.input.length))
                            message.input = [];
                        message.input.push(reader.string());
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if (!(message.output && message.output.length))
                            message.output = [];
                        message.output.push(reader.string());
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if (!(message.attribute && message.attribute.length))
                            message.attribute = [];
                        message.attribute.push(reader.string());
                        continue;
                    }
                case 11: {
                        if (wireType !== 2)
                            break;
                        if (!(message.attribute_proto && message.attribute_proto.length))
                            message.attribute_proto = [];
                        message.attribute_proto.push($root.onnx.AttributeProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if (!(message.node && message.node.length))
                            message.node = [];
                        message.node.push($root.onnx.NodeProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        message.doc_string = reader.string();
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        if (!(message.opset_import && message.opset_import.length))
                            message.opset_import = [];
                        message.opset_import.push($root.onnx.OperatorSetIdProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 10: {
                        if (wireType !== 2)
                            break;
                        message.domain = reader.string();
                        continue;
                    }
                case 13: {
                        if (wireType !== 2)
                            break;
                        message.overload = reader.string();
                        continue;
                    }
                case 12: {
                        if (wireType !== 2)
                            break;
                        if (!(message.value_info && message.value_info.length))
                            message.value_info = [];
                        message.value_info.push($root.onnx.ValueInfoProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 14: {
                        if (wireType !== 2)
                            break;
                        if (!(message.metadata_props && message.metadata_props.length))
                            message.metadata_props = [];
                        message.metadata_props.push($root.onnx.StringStringEntryProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for FunctionProto
         * @function getTypeUrl
         * @memberof onnx.FunctionProto
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        FunctionProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/onnx.FunctionProto";
        };

        return FunctionProto;
    })();

    return onnx;
})();



// EXTERNAL MODULE: ./src/units/format.ts
var format = __webpack_require__(2676);
;// CONCATENATED MODULE: ./src/frontends/graph-budget.ts
/**
 * How many nodes, tensors and node inputs and outputs one model may declare, nested graphs
 * included (METRICS.md "Limits").
 * Every per-layer structure of the analysis grows with them: a 300,000-node chain (100,000 blocks
 * of bench/make-large-onnx.ts writeChainOnnx) runs under a 700 MiB heap (METRICS.md "Limits" has
 * its time and peak), so a file declaring millions (a few tens of
 * MB of protobuf or flatbuffer) would run the process out of memory, which Node reports with a
 * native stack trace and no report for the other models. Each frontend counts a graph's items
 * before it maps them, as it scans them, and refuses the model with E_LIMIT past a bound.
 */

/** Nodes (operators, layers) in one model, every nested graph (and each TFLite subgraph instance) included. */
const MAX_NODES = 500_000;
/** Tensors one model declares (initializers, graph inputs and outputs, value_info; TFLite tensor tables), nested graphs included. */
const MAX_TENSORS = 1_000_000;
/**
 * Inputs and outputs of all nodes, nested graphs included (four per node at MAX_NODES): one node
 * may list millions of inputs (an ONNX Max of 2,000,000 inputs is a 6 MB file; it took 5.8 s and
 * 370 MB).
 */
const MAX_EDGES = 2_000_000;
/** One model's running counts against MAX_NODES, MAX_TENSORS and MAX_EDGES. */
class GraphBudget {
    maxNodes;
    maxTensors;
    maxEdges;
    nodes = 0;
    tensors = 0;
    edges = 0;
    constructor(maxNodes = MAX_NODES, maxTensors = MAX_TENSORS, maxEdges = MAX_EDGES) {
        this.maxNodes = maxNodes;
        this.maxTensors = maxTensors;
        this.maxEdges = maxEdges;
    }
    /**
     * Counts `nodes` more nodes, `tensors` more tensors and `edges` more node inputs and outputs;
     * true once a total is past its bound (refusal() then says which). Nothing is worded here: a
     * frontend counts on every node, and words the refusal only when there is one.
     */
    add(nodes, tensors, edges = 0) {
        this.nodes += nodes;
        this.tensors += tensors;
        this.edges += edges;
        return this.nodes > this.maxNodes || this.tensors > this.maxTensors || this.edges > this.maxEdges;
    }
    /**
     * Why the model is refused, once add() said so: `where` words the graph or node that passed the
     * bound ("the graph at byte 120", "subgraph 2", "operator 7 of subgraph 0"). The caller throws
     * it, with the file and offset.
     */
    refusal(where) {
        if (this.nodes > this.maxNodes)
            return tooMany(where, 'nodes', this.maxNodes);
        if (this.tensors > this.maxTensors)
            return tooMany(where, 'tensors', this.maxTensors);
        return tooMany(where, 'node inputs and outputs', this.maxEdges);
    }
    /** add(), then refusal(where) when a bound is passed, else undefined. */
    take(where, nodes, tensors, edges = 0) {
        return this.add(nodes, tensors, edges) ? this.refusal(where) : undefined;
    }
    /** A table of `n` operator codes (TFLite): one per distinct operator, so never more of them than MAX_NODES. */
    codes(n) {
        return n > this.maxNodes ? `the operator code table has ${(0,format/* thousands */.oh)(n)} entries: more distinct operators than the ${(0,format/* thousands */.oh)(this.maxNodes)} nodes a model may have` : undefined;
    }
}
function tooMany(where, what, max) {
    return `${where} takes the model past ${(0,format/* thousands */.oh)(max)} ${what} (nested graphs included), the most a model may have to be analyzed`;
}

;// CONCATENATED MODULE: ./src/frontends/onnx/lazy.ts
/**
 * Walks ModelProto -> GraphProto -> NodeProto/AttributeProto/TensorProto at the wire level.
 * Tensor payloads (raw_data and the packed typed fields) are kept as byte ranges, and so are a
 * graph's nodes and initializers until they are mapped; every other field is copied into a small
 * buffer and decoded with the generated decoders.
 */



/**
 * The doc_string field of each message (onnx.proto): free text no rule or report reads, so it is
 * skipped unread (a model's own documentation can be as large as its weights).
 */
const DOC_STRING = { ModelProto: 6, GraphProto: 10, NodeProto: 6, AttributeProto: 13, TensorProto: 12 };
const isDoc = (f, message) => f.no === DOC_STRING[message] && f.wire === WIRE_LEN;
/** Unpacked typed fields are decoded in memory; beyond this they are refused. */
const MAX_UNPACKED_BYTES = 16 * 1024 * 1024;
/** int64 fields decode as numbers (or Long objects when long.js is installed). */
function toNum(v) {
    if (typeof v === 'number')
        return v;
    if (typeof v === 'object' && v !== null && 'toNumber' in v && typeof v.toNumber === 'function')
        return Number(v.toNumber());
    return Number(v);
}
/** Nested graphs deeper than this are refused (hostile files). */
const MAX_GRAPH_DEPTH = 16;
const PAYLOAD_FIELDS = {
    4: 'pb-fixed32', // float_data
    5: 'pb-varint', // int32_data
    7: 'pb-varint', // int64_data
    9: 'raw-le', // raw_data
    10: 'pb-fixed64', // double_data
    11: 'pb-varint', // uint64_data
};
/** `budget`: the model's bounds on nodes and tensors (tests give smaller ones). */
function readLazyModel(r, budget = new GraphBudget()) {
    const rest = [];
    let graphField;
    const skipped = { trainingInfo: 0, functions: 0 };
    for (const f of r.fields(0, r.size, 'ModelProto')) {
        if (f.no === 7 && f.wire === WIRE_LEN)
            graphField = f;
        else if (f.no === 20)
            skipped.trainingInfo++;
        else if (f.no === 25)
            skipped.functions++;
        else if (!isDoc(f, 'ModelProto'))
            rest.push(f);
    }
    const proto = decodeWith(r, 'ModelProto', 0, gather(r, rest), (b) => onnx.ModelProto.decode(b));
    const model = { proto, skipped };
    if (graphField)
        model.graph = readLazyGraph(r, graphField, 1, budget);
    return model;
}
/**
 * GraphProto fields that declare a tensor: input, output, initializer, value_info,
 * quantization_annotation, sparse_initializer (each entry becomes an object of the read).
 */
const TENSOR_FIELDS = new Set([11, 12, 5, 13, 14, 15]);
function readLazyGraph(r, at, depth, budget) {
    if (depth > MAX_GRAPH_DEPTH)
        throw r.error('E_LIMIT', `graphs nested more than ${MAX_GRAPH_DEPTH} deep`, at.tagOffset);
    const nodes = [];
    const initializers = [];
    const sparseInitializers = [];
    const rest = new Spans();
    const f = newField();
    // counted as scanned: a file declaring millions of nodes is refused before they are held
    for (let pos = at.offset; pos < at.end; pos = f.end) {
        r.fieldInto(pos, at.end, 'GraphProto', f);
        if (f.wire === WIRE_LEN && budget.add(f.no === 1 ? 1 : 0, TENSOR_FIELDS.has(f.no) ? 1 : 0)) {
            throw r.error('E_LIMIT', budget.refusal(`the graph at byte ${at.offset}`), f.tagOffset);
        }
        if (f.wire !== WIRE_LEN)
            rest.add(f);
        else if (f.no === 1)
            nodes.push(f.offset, f.end);
        else if (f.no === 5)
            initializers.push(f.offset, f.end);
        else if (f.no === 15)
            sparseInitializers.push(readLazySparse(r, { ...f }));
        else if (!isDoc(f, 'GraphProto'))
            rest.add(f);
    }
    const proto = decodeWith(r, 'GraphProto', at.offset, rest.gather(r), (b) => onnx.GraphProto.decode(b));
    return { proto, at: at.offset, depth, budget, nodes, initializers, sparseInitializers };
}
/** The node of `g` whose range starts at `g.nodes[2 * index]`, without its attributes (readNodeAttributes). */
function readLazyNode(r, g, index) {
    const start = startOf(g.nodes, index);
    const end = endOf(g.nodes, index);
    const rest = new Spans();
    const f = newField();
    let edges = 0;
    for (let pos = start; pos < end; pos = f.end) {
        r.fieldInto(pos, end, 'NodeProto', f);
        if ((f.no === 1 || f.no === 2) && f.wire === WIRE_LEN)
            edges++;
        if ((f.no !== 5 || f.wire !== WIRE_LEN) && !isDoc(f, 'NodeProto'))
            rest.add(f);
    }
    // counted before the names are decoded: one node may list millions of inputs
    if (g.budget.add(0, 0, edges))
        throw r.error('E_LIMIT', g.budget.refusal(`node ${index} of the graph at byte ${g.at}`), start);
    const proto = decodeWith(r, 'NodeProto', start, rest.gather(r), (b) => onnx.NodeProto.decode(b));
    return { proto, at: start };
}
/** The attributes of the node of `g` whose range starts at `g.nodes[2 * index]`. */
function readNodeAttributes(r, g, index) {
    const start = startOf(g.nodes, index);
    const end = endOf(g.nodes, index);
    const attrs = [];
    const f = newField();
    for (let pos = start; pos < end; pos = f.end) {
        r.fieldInto(pos, end, 'NodeProto', f);
        if (f.no === 5 && f.wire === WIRE_LEN)
            attrs.push(readLazyAttribute(r, f, g.depth, g.budget));
    }
    return attrs;
}
/** The initializer of `g` whose range starts at `g.initializers[2 * index]`. */
function readInitializer(r, g, index) {
    return readLazyTensor(r, startOf(g.initializers, index), endOf(g.initializers, index));
}
/** Where the `index`th range of a start, end, start, end... list starts (no pair made: a read asks for each node's range twice). */
function startOf(list, index) {
    return list[2 * index];
}
/** Where the `index`th range of a start, end, start, end... list ends. */
function endOf(list, index) {
    return list[2 * index + 1];
}
function readLazyAttribute(r, at, depth, budget) {
    let t;
    let g;
    let sparse;
    const tensors = [];
    const graphs = [];
    const sparses = [];
    const rest = new Spans();
    const f = newField();
    for (let pos = at.offset; pos < at.end; pos = f.end) {
        r.fieldInto(pos, at.end, 'AttributeProto', f);
        if (f.wire !== WIRE_LEN)
            rest.add(f);
        else if (f.no === 5)
            t = readLazyTensor(r, f.offset, f.end);
        else if (f.no === 10)
            tensors.push(readLazyTensor(r, f.offset, f.end));
        else if (f.no === 6)
            g = readLazyGraph(r, f, depth + 1, budget);
        else if (f.no === 11)
            graphs.push(readLazyGraph(r, f, depth + 1, budget));
        else if (f.no === 22)
            sparse = readLazySparse(r, f);
        else if (f.no === 23)
            sparses.push(readLazySparse(r, f));
        else if (!isDoc(f, 'AttributeProto'))
            rest.add(f);
    }
    const proto = decodeWith(r, 'AttributeProto', at.offset, rest.gather(r), (b) => onnx.AttributeProto.decode(b));
    return { proto, t, tensors, g, graphs, sparse, sparses };
}
/** The TensorProto occupying `[start, end)`. */
function readLazyTensor(r, start, end) {
    const rest = new Spans();
    // rest and the payload fields, in file order: what is decoded when the payload is unpacked or split
    const all = new Spans();
    let payloads = 0;
    let payloadBytes = 0;
    let raws = 0;
    let first;
    let lastRaw;
    const f = newField();
    for (let pos = start; pos < end; pos = f.end) {
        r.fieldInto(pos, end, 'TensorProto', f);
        if (PAYLOAD_FIELDS[f.no] !== undefined) {
            payloads++;
            payloadBytes += f.end - f.tagOffset;
            all.add(f);
            if (payloads === 1)
                first = { ...f };
            if (f.no === 9) {
                raws++;
                lastRaw = { ...f };
            }
        }
        else if (!isDoc(f, 'TensorProto')) {
            rest.add(f);
            all.add(f);
        }
    }
    let payload;
    let decoded = false;
    if (payloads === 1 && first?.wire === WIRE_LEN) {
        payload = { offset: first.offset, length: first.length, encoding: PAYLOAD_FIELDS[first.no], field: first.no };
    }
    else if (payloads > 0) {
        // Unpacked or split repeated fields (legal protobuf): small in practice, decode them.
        if (lastRaw?.wire === WIRE_LEN && raws === payloads) {
            payload = { offset: lastRaw.offset, length: lastRaw.length, encoding: 'raw-le', field: 9 };
        }
        else {
            if (payloadBytes > MAX_UNPACKED_BYTES)
                throw r.error('E_LIMIT', `tensor data written as ${payloads} unpacked/split fields (${payloadBytes} bytes); re-export with packed fields or raw_data`, start);
            decoded = true;
        }
    }
    const bytes = (decoded ? all : rest).gather(r);
    return { proto: decodeWith(r, 'TensorProto', start, bytes, (b) => onnx.TensorProto.decode(b)), at: start, payload, decoded };
}
function readLazySparse(r, at) {
    const s = { at: at.offset, dims: [] };
    const dims = [];
    for (const f of r.fields(at.offset, at.end, 'SparseTensorProto')) {
        if (f.no === 1 && f.wire === WIRE_LEN)
            s.values = readLazyTensor(r, f.offset, f.end);
        else if (f.no === 2 && f.wire === WIRE_LEN)
            s.indices = readLazyTensor(r, f.offset, f.end);
        else if (f.no === 3)
            dims.push(f);
    }
    if (dims.length > 0) {
        const p = decodeWith(r, 'SparseTensorProto', at.offset, gather(r, dims), (b) => onnx.SparseTensorProto.decode(b));
        s.dims = p.dims.map(toNum);
    }
    return s;
}

;// CONCATENATED MODULE: ./src/frontends/onnx/dtype.ts
/**
 * ONNX TensorProto.DataType codes, by index (0 UNDEFINED).
 * The IR's dtype names are ONNX's, but the IR knows no codes: the ONNX frontend converts them here.
 */
const BY_CODE = [
    /* 0 UNDEFINED */ undefined,
    'float32', 'uint8', 'int8', 'uint16', 'int16', 'int32', 'int64', 'string', 'bool', 'float16',
    'float64', 'uint32', 'uint64', 'complex64', 'complex128', 'bfloat16',
    'float8e4m3fn', 'float8e4m3fnuz', 'float8e5m2', 'float8e5m2fnuz', 'uint4', 'int4', 'float4e2m1',
];
function dtypeFromOnnx(code) {
    return (code === undefined ? undefined : BY_CODE[code]) ?? 'unknown';
}
function onnxFromDtype(d) {
    const i = BY_CODE.indexOf(d);
    return i < 0 ? 0 : i;
}
/** ONNX attributes that hold a dtype code (Cast `to`, QuantizeLinear `output_dtype`, EyeLike/Random* `dtype`). */
const DTYPE_ATTRS = ['to', 'output_dtype', 'dtype'];
/** Converts an ONNX node's dtype-code attributes to the IR's dtype names, in place. */
function dtypeAttrs(attrs) {
    for (const k of DTYPE_ATTRS) {
        const v = attrs[k];
        if (typeof v === 'number')
            attrs[k] = dtypeFromOnnx(v);
    }
}

// EXTERNAL MODULE: ./src/ops/ml-arrays.ts
var ml_arrays = __webpack_require__(962);
// EXTERNAL MODULE: ./src/ops/ml.ts
var ml = __webpack_require__(7247);
// EXTERNAL MODULE: ./src/passes/graph-edit.ts
var graph_edit = __webpack_require__(6698);
;// CONCATENATED MODULE: ./src/frontends/onnx/ml-params.ts




function attachMlParameters(g, node, diagnostics) {
    if (!(0,ml_arrays/* isMlKind */.s8)(node.op))
        return;
    const arrays = (0,ml_arrays/* mlParameterArrays */.V2)(node);
    diagnostics.push((0,diagnostic/* diag */.sm)('I_ML', (0,ml/* mlExplanation */.pX)(node, arrays), node.name));
    for (const a of arrays) {
        const name = (0,graph_edit/* freshTensorName */.LN)(g, `${node.name}_${a.name}`);
        g.tensors.set(name, { name, dtype: a.dtype, shape: [a.count], data: { kind: 'computed', by: `attribute '${a.name}' of ONNX-ML node '${node.name}'` } });
        node.inputs.push(name);
    }
}

// EXTERNAL MODULE: ./src/ops/traits.ts
var traits = __webpack_require__(7731);
// EXTERNAL MODULE: ./src/ir/op-kinds.ts
var op_kinds = __webpack_require__(7010);
// EXTERNAL MODULE: ./src/ir/dtype.ts
var ir_dtype = __webpack_require__(7003);
// EXTERNAL MODULE: ./src/ir/tensor-data.ts
var tensor_data = __webpack_require__(603);
// EXTERNAL MODULE: ./src/ir/shape.ts
var ir_shape = __webpack_require__(8774);
;// CONCATENATED MODULE: ./src/frontends/onnx/tensor.ts






const UTF8 = new TextDecoder();
const EXTERNAL = 1;
function mapTensor(ctx, lt, fallbackName) {
    const p = lt.proto;
    const name = p.name || fallbackName;
    const dtype = dtypeFromOnnx(p.data_type);
    const shape = p.dims.map(toNum);
    for (const d of shape) {
        if (!Number.isSafeInteger(d) || d < 0)
            throw ctx.reader.error('E_MALFORMED', `tensor '${name}' has invalid dimension ${d}`, lt.at);
    }
    const t = { name, dtype, shape: (0,ir_shape/* sharedShape */.jl)(shape) };
    if (p.data_location === EXTERNAL) {
        const d = ctx.external.data(name, p.external_data, lt.at);
        const want = rawBytes(dtype, shape);
        if (d.kind === 'bytes' && want !== undefined) {
            if (d.length < want) {
                throw new diagnostic/* FootprintError */.E0('E_TRUNCATED', `ONNX: tensor '${name}' (${dtype}[${shape.join(',')}]) needs ${want} bytes of external data but has ${d.length}`, { file: ctx.reader.file, offset: lt.at });
            }
            d.length = want;
        }
        t.data = d;
        return t;
    }
    t.data = embeddedData(ctx, lt, name, dtype, shape);
    checkHeld(ctx, lt, t, shape);
    return t;
}
/**
 * The declared shape must match the data present: a tensor that declares [2^27, 2^27] and holds
 * 8 bytes would otherwise count 7e16 bytes of weights. Packed varints have no fixed width: their
 * element count is at most their byte count.
 */
function checkHeld(ctx, lt, t, shape) {
    const count = shape.reduce((a, b) => a * b, 1);
    const d = t.data;
    // (the words are put together only for an error: not for every tensor of a large graph)
    const fail = (holds) => {
        throw ctx.reader.error('E_MALFORMED', `tensor '${t.name}' (${t.dtype}[${shape.join(',')}], ${count} elements) holds ${holds}`, lt.at);
    };
    if (!d)
        return;
    if (!Number.isSafeInteger(count))
        fail('data for more elements than can be counted exactly (over 2^53)');
    if (d.kind === 'bytes') {
        const width = d.encoding === 'pb-fixed32' ? 4 : d.encoding === 'pb-fixed64' ? 8 : undefined;
        if (d.encoding === 'raw-le') {
            const want = rawBytes(t.dtype, shape);
            if (want !== undefined && want !== d.length)
                fail(`${d.length} bytes of raw_data, not the ${want} its shape needs`);
        }
        else if (width !== undefined) {
            if (d.length !== count * width)
                fail(`${d.length / width} packed values`);
        }
        else if (count > d.length) {
            fail(`only ${d.length} bytes of packed varints (at most ${d.length} values)`);
        }
    }
    else if (d.kind === 'values' && d.values.length !== count) {
        fail(`${d.values.length} values`);
    }
    else if (d.kind === 'strings' && d.values.length !== count) {
        fail(`${d.values.length} strings`);
    }
    else if (d.kind === 'computed' && count > 0) {
        fail('no data (neither raw_data nor typed values)');
    }
}
function embeddedData(ctx, lt, name, dtype, shape) {
    const p = lt.proto;
    if (lt.payload) {
        const { offset, length, encoding } = lt.payload;
        return { kind: 'bytes', source: ctx.reader.source, offset, length, encoding };
    }
    if (p.string_data.length > 0)
        return { kind: 'strings', values: p.string_data.map((b) => UTF8.decode(b)) };
    if (lt.decoded)
        return { kind: 'values', values: decodedValues(lt, dtype) };
    const count = shape.reduce((a, b) => a * b, 1);
    if (count === 0)
        return { kind: 'values', values: [] };
    return { kind: 'computed', by: `initializer '${name}' without data` };
}
/** Values of typed fields the generated decoder read (unpacked/split fields only). */
function decodedValues(lt, dtype) {
    const p = lt.proto;
    if (p.float_data.length > 0)
        return p.float_data.slice();
    if (p.double_data.length > 0)
        return p.double_data.slice();
    if (p.int64_data.length > 0)
        return p.int64_data.map(toNum);
    if (p.uint64_data.length > 0)
        return p.uint64_data.map((v) => { const n = toNum(v); return n < 0 ? n + 2 ** 64 : n; });
    if (p.raw_data.length > 0)
        return [];
    return p.int32_data.map((v) => {
        if (dtype === 'float16')
            return (0,tensor_data/* halfToFloat */.pm)(v & 0xffff);
        if (dtype === 'bfloat16')
            return (0,tensor_data/* bf16ToFloat */.Z9)(v & 0xffff);
        if (dtype === 'bool')
            return v === 0 ? 0 : 1;
        return v;
    });
}
/** Bytes a raw little-endian payload of this dtype and shape needs; undefined when not fixed-width. */
function rawBytes(dtype, shape) {
    const count = shape.reduce((a, b) => a * b, 1);
    if (ir_dtype/* DTYPE_BITS */.iA[dtype] === 0 || !Number.isSafeInteger(count))
        return undefined;
    return (0,ir_dtype/* storageBytes */.PT)(dtype, count);
}
/** Sparse constants: shape and dtype are known, values are not kept dense. */
function mapSparseTensor(s, fallbackName) {
    const values = s.values?.proto;
    const name = values?.name || fallbackName;
    const nnz = values ? values.dims.map(toNum).reduce((a, b) => a * b, 1) : 0;
    return {
        name,
        dtype: dtypeFromOnnx(values?.data_type),
        shape: s.dims,
        data: { kind: 'computed', by: `sparse tensor with ${nnz} stored values` },
    };
}

;// CONCATENATED MODULE: ./src/frontends/onnx/map-node.ts
/** ONNX op_type/domain -> OpKind, and AttributeProto -> IR attribute values. */







const T = onnx.AttributeProto.AttributeType;
/** QOperator-format ops mapped onto float-graph kinds (quantization goes to the tensors). */
const QOPERATOR_KINDS = {
    QLinearConv: 'Conv',
    ConvInteger: 'Conv',
    QLinearMatMul: 'MatMul',
    MatMulInteger: 'MatMul',
    'com.microsoft:QLinearAdd': 'Add',
    'com.microsoft:QLinearMul': 'Mul',
    'com.microsoft:QGemm': 'Gemm',
};
/** QONNX's operators and the domains FINN, Brevitas and qonnx write them in (a file may also leave the domain empty). */
const QONNX_DOMAINS = new Set(['qonnx.custom_op.general', 'finn.custom_op.general', 'finn', 'onnx.brevitas']);
const QONNX_OPS = new Set(['Quant', 'BipolarQuant', 'Trunc']);
/** The classical-ML domain (scikit-learn exports); its operators are in ops/ml.ts. */
const ML_DOMAIN = 'ai.onnx.ml';
function isDefaultDomain(domain) {
    return domain === '' || domain === 'ai.onnx';
}
/** The IR kind for an ONNX node, plus the diagnostic when it is not one we analyze. */
function mapOp(opType, domain, nodeName) {
    const q = QOPERATOR_KINDS[isDefaultDomain(domain) ? opType : `${domain}:${opType}`];
    if (q)
        return { op: q };
    if (QONNX_DOMAINS.has(domain) && QONNX_OPS.has(opType) && (0,op_kinds/* isOpKind */.w)(opType))
        return { op: opType };
    if (domain === ML_DOMAIN && (0,ml_arrays/* isMlKind */.s8)(opType))
        return { op: opType };
    if (!isDefaultDomain(domain)) {
        return { op: 'Custom', diagnostic: (0,diagnostic/* diag */.sm)('W_DOMAIN', `operator '${opType}' of domain '${domain}' is not analyzed by the standard rules`, nodeName) };
    }
    if ((0,op_kinds/* isOpKind */.w)(opType) && opType !== 'Custom' && opType !== 'Unknown')
        return { op: opType };
    return { op: 'Unknown', diagnostic: (0,diagnostic/* diag */.sm)('W_UNKNOWN_OP', `operator '${opType}' is not supported`, nodeName) };
}
/** Layout attributes every spatial op carries in the IR (ONNX is channels-first). */
function layoutAttrs(op, attrs) {
    if (!(0,traits/* hasTrait */.jp)(op, 'spatial'))
        return;
    attrs['layout'] ??= 'NCHW';
    if (op === 'Conv')
        attrs['weight_layout'] ??= 'OIHW';
    if (op === 'ConvTranspose')
        attrs['weight_layout'] ??= 'IOHW';
}
const utf8 = new TextDecoder();
function mapAttributes(ctx, list, nodeName) {
    const out = { attrs: {}, graphs: [] };
    for (const a of list) {
        const name = a.proto.name;
        const value = attrValue(ctx, a, `${nodeName}.${name}`, out.graphs);
        if (value !== undefined)
            out.attrs[name] = value;
    }
    return out;
}
function attrValue(ctx, a, path, graphs) {
    const p = a.proto;
    switch (attrType(a)) {
        case T.FLOAT: return p.f;
        case T.INT: return toNum(p.i);
        case T.STRING: return utf8.decode(p.s);
        case T.FLOATS: return p.floats.slice();
        case T.INTS: return p.ints.map(toNum);
        case T.STRINGS: return p.strings.map((s) => utf8.decode(s));
        case T.TENSOR: return a.t ? mapTensor(ctx, a.t, path) : undefined;
        case T.TENSORS: return a.tensors.map((lt, i) => mapTensor(ctx, lt, `${path}[${i}]`));
        case T.SPARSE_TENSOR: return a.sparse ? mapSparseTensor(a.sparse, path) : undefined;
        case T.SPARSE_TENSORS: return a.sparses.map((s, i) => mapSparseTensor(s, `${path}[${i}]`));
        case T.GRAPH:
            if (a.g)
                graphs.push([p.name, a.g]);
            return undefined;
        case T.GRAPHS:
            a.graphs.forEach((g, i) => graphs.push([`${p.name}[${i}]`, g]));
            return undefined;
        case T.TYPE_PROTO: return p.tp ? typeText(p.tp) : undefined;
        case T.TYPE_PROTOS: return p.type_protos.map(typeText);
        default: return undefined;
    }
}
/** The declared type, or the one implied by which field is set (old exporters omit `type`). */
function attrType(a) {
    const p = a.proto;
    if (p.type)
        return p.type;
    if (a.g)
        return T.GRAPH;
    if (a.graphs.length)
        return T.GRAPHS;
    if (a.t)
        return T.TENSOR;
    if (a.tensors.length)
        return T.TENSORS;
    if (a.sparse)
        return T.SPARSE_TENSOR;
    if (p.floats.length)
        return T.FLOATS;
    if (p.ints.length)
        return T.INTS;
    if (p.strings.length)
        return T.STRINGS;
    if (p.s.length)
        return T.STRING;
    if (p.f !== 0)
        return T.FLOAT;
    return T.INT;
}
function typeText(tp) {
    const elem = tp.tensor_type?.elem_type;
    return elem !== undefined && elem !== null ? `tensor(${elem})` : 'type';
}

;// CONCATENATED MODULE: ./src/frontends/onnx/constant.ts



const constant_utf8 = new TextDecoder();
function constantNodeTensor(ctx, ln, attrs, nodeName) {
    const output = ln.proto.output[0];
    const fail = (msg) => new diagnostic/* FootprintError */.E0('E_MALFORMED', `ONNX: Constant node '${nodeName}' ${msg}`, { file: ctx.reader.file, node: nodeName, offset: ln.at });
    if (!output)
        throw fail('has no output');
    const a = attrs[0];
    if (!a || attrs.length !== 1)
        throw fail(`must have exactly one value attribute, found ${attrs.length}`);
    const p = a.proto;
    const vals = (dtype, values, shape) => ({ name: output, dtype, shape, data: { kind: 'values', values } });
    switch (p.name) {
        case 'value':
            if (!a.t)
                throw fail("has a 'value' attribute without a tensor");
            return { ...mapTensor(ctx, a.t, output), name: output };
        case 'sparse_value':
            if (!a.sparse)
                throw fail("has a 'sparse_value' attribute without a sparse tensor");
            return { ...mapSparseTensor(a.sparse, output), name: output };
        case 'value_float': return vals('float32', [p.f], []);
        case 'value_floats': return vals('float32', p.floats.slice(), [p.floats.length]);
        case 'value_int': return vals('int64', [toNum(p.i)], []);
        case 'value_ints': return vals('int64', p.ints.map(toNum), [p.ints.length]);
        case 'value_string': return { name: output, dtype: 'string', shape: [], data: { kind: 'strings', values: [constant_utf8.decode(p.s)] } };
        case 'value_strings': {
            const values = p.strings.map((s) => constant_utf8.decode(s));
            return { name: output, dtype: 'string', shape: [values.length], data: { kind: 'strings', values } };
        }
        default:
            throw fail(`has unsupported attribute '${p.name}'`);
    }
}

;// CONCATENATED MODULE: ./src/frontends/onnx/qoperator.ts


const SPECS = {
    QLinearConv: { operands: [{ data: 0, scale: 1, zp: 2 }, { data: 3, scale: 4, zp: 5, axis: 0 }], extra: [8], out: { scale: 6, zp: 7 } },
    QLinearMatMul: { operands: [{ data: 0, scale: 1, zp: 2 }, { data: 3, scale: 4, zp: 5, axis: 'last' }], extra: [], out: { scale: 6, zp: 7 } },
    ConvInteger: { operands: [{ data: 0, zp: 2 }, { data: 1, zp: 3, axis: 0 }], extra: [] },
    MatMulInteger: { operands: [{ data: 0, zp: 2 }, { data: 1, zp: 3, axis: 'last' }], extra: [] },
    QLinearAdd: { operands: [{ data: 0, scale: 1, zp: 2 }, { data: 3, scale: 4, zp: 5 }], extra: [], out: { scale: 6, zp: 7 } },
    QLinearMul: { operands: [{ data: 0, scale: 1, zp: 2 }, { data: 3, scale: 4, zp: 5 }], extra: [], out: { scale: 6, zp: 7 } },
    QGemm: { operands: [{ data: 0, scale: 1, zp: 2 }, { data: 3, scale: 4, zp: 5, axis: 'transB' }], extra: [6], out: { scale: 7, zp: 8 } },
};
/** Most scale/zero-point values read per tensor (one per output channel). */
const MAX_QUANT_VALUES = 1 << 16;
/** Rewrites `n` in place when it is a QOperator node; returns the names of its scale/zp inputs. */
function applyQOperator(ctx, g, n) {
    const spec = SPECS[n.sourceOp];
    if (!spec || (n.op !== 'Conv' && n.op !== 'MatMul' && n.op !== 'Add' && n.op !== 'Mul' && n.op !== 'Gemm'))
        return [];
    const input = (i) => (i === undefined ? '' : n.inputs[i] ?? '');
    const params = [];
    for (const o of spec.operands) {
        const t = g.tensors.get(input(o.data));
        params.push(input(o.scale), input(o.zp));
        // Integer ops (no scale) never replace what a QLinear op recorded for the same tensor.
        if (o.scale === undefined && t?.quant)
            continue;
        const q = quantFrom(ctx, g, n, input(o.scale), input(o.zp), t);
        if (!t || !q)
            continue;
        if (q.scale.length > 1 || q.zeroPoint.length > 1)
            q.axis = axisOf(o, t, n);
        t.quant = q;
    }
    const out = g.tensors.get(n.outputs[0] ?? '');
    if (spec.out && input(spec.out.scale) !== '') {
        params.push(input(spec.out.scale), input(spec.out.zp));
        const q = quantFrom(ctx, g, n, input(spec.out.scale), input(spec.out.zp), out);
        if (out && q) {
            out.quant = q;
            if (out.dtype === 'unknown' && q.dtype)
                out.dtype = q.dtype;
        }
    }
    else if (!spec.out && out && out.dtype === 'unknown') {
        out.dtype = 'int32'; // ConvInteger / MatMulInteger accumulate in int32.
    }
    n.inputs = [...spec.operands.map((o) => input(o.data)), ...spec.extra.map(input).filter((s) => s !== '')];
    n.attrs['quantized_from'] = n.sourceOp;
    return params.filter((s) => s !== '');
}
function axisOf(o, t, n) {
    if (typeof o.axis === 'number')
        return o.axis;
    if (o.axis === 'last')
        return t.shape ? Math.max(0, t.shape.length - 1) : 1;
    if (o.axis === 'transB')
        return n.attrs['transB'] === 1 ? 0 : 1;
    return 1;
}
function quantFrom(ctx, g, n, scaleName, zpName, data) {
    const scaleT = scaleName ? g.tensors.get(scaleName) : undefined;
    const zpT = zpName ? g.tensors.get(zpName) : undefined;
    const scale = scaleName === '' ? [1] : scaleT ? (0,tensor_data/* readValues */.N$)(scaleT, MAX_QUANT_VALUES) : undefined;
    const zp = zpName === '' ? undefined : zpT ? (0,tensor_data/* readValues */.N$)(zpT, MAX_QUANT_VALUES) : undefined;
    if (scale === undefined || (zpName !== '' && zp === undefined)) {
        const which = scale === undefined ? scaleName : zpName;
        ctx.diagnostics.push((0,diagnostic/* diag */.sm)('I_ASSUMPTION', `${n.sourceOp} node '${n.name}': '${which}' is not a constant; quantization of '${data?.name ?? '?'}' not recorded`, n.name));
        return undefined;
    }
    const q = { scale, zeroPoint: zp ?? scale.map(() => 0) };
    const dtype = zpT?.dtype ?? data?.dtype;
    if (dtype && dtype !== 'unknown')
        q.dtype = dtype;
    return q;
}
/** Removes constants that only fed QOperator scale/zero-point inputs. */
function dropUnusedConstants(g, candidates) {
    if (candidates.size === 0)
        return;
    const used = new Set(g.outputs);
    const visit = (graph) => {
        for (const n of graph.nodes) {
            for (const i of n.inputs)
                used.add(i);
            for (const sub of Object.values(n.subgraphs ?? {})) {
                for (const r of sub.outerRefs ?? [])
                    used.add(r);
                visit(sub);
            }
        }
    };
    visit(g);
    for (const c of candidates) {
        if (!used.has(c) && g.tensors.get(c)?.data !== undefined)
            g.tensors.delete(c);
    }
}

;// CONCATENATED MODULE: ./src/frontends/onnx/value-info.ts



/** Numbers unnamed dims across a model so two unknown dims never look equal by accident. */
class DimNamer {
    n = 0;
    next() {
        return `unk_${this.n++}`;
    }
}
function tensorFromValueInfo(vi, name, dims) {
    const t = { name, dtype: 'unknown' };
    const type = vi.type;
    const tt = type?.tensor_type ?? type?.sparse_tensor_type;
    if (!tt)
        return t;
    t.dtype = dtypeFromOnnx(tt.elem_type ?? undefined);
    if (tt.shape)
        t.shape = (0,ir_shape/* sharedShape */.jl)(shapeOf(tt.shape, dims));
    return t;
}
function shapeOf(s, dims) {
    return (s.dim ?? []).map((d) => {
        if (d.dim_value !== undefined && d.dim_value !== null) {
            const v = toNum(d.dim_value);
            if (Number.isSafeInteger(v) && v >= 0)
                return v;
            return dims.next();
        }
        if (d.dim_param)
            return d.dim_param;
        return dims.next();
    });
}
/** Fills what a tensor does not know yet from a ValueInfo (never overrides known facts). */
function mergeValueInfo(t, from) {
    if (t.dtype === 'unknown')
        t.dtype = from.dtype;
    if (t.shape === undefined && from.shape !== undefined)
        t.shape = from.shape;
}

// EXTERNAL MODULE: ./src/ir/names.ts
var ir_names = __webpack_require__(103);
;// CONCATENATED MODULE: ./src/frontends/onnx/map-graph.ts
/**
 * LazyGraph -> IR Graph: initializers and Constant nodes become constant tensors, nodes become IR
 * nodes, nested graphs are mapped recursively with the enclosing scopes visible to them. Each node
 * is decoded twice, each time for one pass and dropped after it: its names (every local name must be
 * known before any nested graph is mapped), then its attributes.
 */










function inScope(scope, name) {
    for (let s = scope; s; s = s.parent)
        if (s.has(name))
            return true;
    return false;
}
const DEFINER_TEXT = { initializer: 'an initializer', sparse: 'a sparse initializer', input: 'a graph input' };
function mapGraph(ctx, lg, outer, fallbackName) {
    const g = { name: lg.proto.name || fallbackName, tensors: new Map(), nodes: [], inputs: [], outputs: [] };
    const where = (extra = {}) => ({ file: ctx.reader.file, offset: lg.at, ...extra });
    // Who defined a tensor is needed only to word the error when a name is defined twice. It is
    // found again then, from the name's place in g.tensors (Map order is definition order): the
    // counts where initializers, sparse initializers and inputs end, and the node that defined each
    // later tensor. A valid graph then costs one array slot per node output, not a second map.
    const ends = { initializers: Infinity, sparse: Infinity, inputs: Infinity };
    const definedBy = [];
    const constantNodes = new Set();
    const describe = (kind, node) => kind === 'node' ? `${constantNodes.has(node) ? 'Constant node' : 'node'} '${node}'` : DEFINER_TEXT[kind];
    const firstDefiner = (name) => {
        let at = 0;
        for (const key of g.tensors.keys()) {
            if (key === name)
                break;
            at++;
        }
        if (at < ends.initializers)
            return DEFINER_TEXT.initializer;
        if (at < ends.sparse)
            return DEFINER_TEXT.sparse;
        if (at < ends.inputs)
            return DEFINER_TEXT.input;
        return describe('node', definedBy[at - ends.inputs]);
    };
    const define = (t, kind, node) => {
        if (g.tensors.has(t.name)) {
            throw new diagnostic/* FootprintError */.E0('E_GRAPH', `ONNX: tensor '${t.name}' is defined twice in graph '${g.name}': by ${firstDefiner(t.name)} and by ${describe(kind, node)}`, where(node === undefined ? {} : { node }));
        }
        g.tensors.set(t.name, t);
        if (kind === 'node')
            definedBy.push(node);
    };
    for (let i = 0; i < lg.initializers.length / 2; i++)
        define(mapTensor(ctx, readInitializer(ctx.reader, lg, i), `${g.name}.initializer[${i}]`), 'initializer');
    ends.initializers = g.tensors.size;
    lg.sparseInitializers.forEach((s, i) => define(mapSparseTensor(s, `${g.name}.sparse_initializer[${i}]`), 'sparse'));
    ends.sparse = g.tensors.size;
    const inputNames = new Set();
    for (const vi of lg.proto.input) {
        const name = vi.name ?? '';
        const declared = tensorFromValueInfo(vi, name, ctx.dims);
        const init = g.tensors.get(name);
        if (init && !inputNames.has(name)) {
            mergeValueInfo(init, declared); // IR < 4: initializers are listed as inputs too.
            continue;
        }
        define(declared, 'input');
        inputNames.add(name);
        g.inputs.push(name);
    }
    ends.inputs = g.tensors.size;
    const info = new Map();
    for (const vi of [...lg.proto.value_info, ...lg.proto.output]) {
        info.set(vi.name ?? '', tensorFromValueInfo(vi, vi.name ?? '', ctx.dims));
    }
    const names = new ir_names/* UniqueNames */.U();
    // the index of each node's range, in g.nodes' order (a number per node, not a pair: 100k nodes' pairs were 3 MiB)
    const ranges = [];
    for (let index = 0; index < lg.nodes.length / 2; index++) {
        const ln = readLazyNode(ctx.reader, lg, index);
        const p = ln.proto;
        const name = names.take(p.name || p.output.find((o) => o !== '') || `${p.op_type}_${index}`);
        if (p.op_type === 'Constant' && isDefaultDomain(p.domain)) {
            const t = constantNodeTensor(ctx, ln, readNodeAttributes(ctx.reader, lg, index), name);
            constantNodes.add(name);
            define(t, 'node', name);
            continue;
        }
        const { op, diagnostic } = mapOp(p.op_type, p.domain, name);
        if (diagnostic)
            ctx.diagnostics.push(diagnostic);
        // an input already defined (an initializer, an earlier node's output) takes that tensor's name
        // string: decoded again for every reader, the 100k-node chain's inputs were 166k copies (4 MiB)
        const node = { name, op, sourceOp: p.op_type, inputs: p.input.map((i) => g.tensors.get(i)?.name ?? i), outputs: p.output.slice(), attrs: {} };
        if (!isDefaultDomain(p.domain))
            node.domain = p.domain;
        for (const o of node.outputs) {
            if (o === '')
                continue;
            const t = { name: o, dtype: 'unknown' };
            const vi = info.get(o);
            if (vi)
                mergeValueInfo(t, vi);
            define(t, 'node', name);
        }
        g.nodes.push(node);
        ranges.push(index);
    }
    // Attributes and nested graphs once every local name is known (subgraphs may read any of them).
    const scope = { has: (n) => g.tensors.has(n), ...(outer ? { parent: outer } : {}) };
    g.nodes.forEach((node, k) => {
        const mapped = mapAttributes(ctx, readNodeAttributes(ctx.reader, lg, ranges[k]), node.name);
        node.attrs = mapped.attrs;
        attachMlParameters(g, node, ctx.diagnostics);
        layoutAttrs(node.op, node.attrs);
        dtypeAttrs(node.attrs);
        if (mapped.graphs.length > 0) {
            node.subgraphs = {};
            for (const [key, sub] of mapped.graphs)
                node.subgraphs[key] = mapGraph(ctx, sub, scope, `${node.name}.${key}`);
            ctx.diagnostics.push((0,diagnostic/* diag */.sm)('W_SUBGRAPH', `node '${node.name}' (${node.sourceOp}) holds nested graphs: ${Object.keys(node.subgraphs).join(', ')}`, node.name));
        }
    });
    const outerRefs = new Set();
    /** A name this graph does not define: the enclosing scopes' (an outer reference), else an error naming its reader. */
    const resolve = (name, node) => {
        if (name === '' || g.tensors.has(name))
            return;
        if (inScope(outer, name)) {
            outerRefs.add(name);
            return;
        }
        const user = node === undefined ? 'graph output' : `node '${node.name}'`;
        throw new diagnostic/* FootprintError */.E0('E_GRAPH', `ONNX: ${user} reads tensor '${name}' which no node, input or initializer of graph '${g.name}' produces`, where(node === undefined ? {} : { node: node.name }));
    };
    for (const n of g.nodes)
        for (const i of n.inputs)
            resolve(i, n);
    for (const vi of lg.proto.output) {
        const name = vi.name ?? '';
        resolve(name);
        const t = g.tensors.get(name);
        const declared = info.get(name);
        if (t && declared)
            mergeValueInfo(t, declared);
        else if (!t && declared)
            g.tensors.set(name, declared); // an outer-scope value returned as is
        g.outputs.push(name);
    }
    if (outerRefs.size > 0)
        g.outerRefs = [...outerRefs];
    const quantParams = new Set();
    for (const n of g.nodes)
        for (const q of applyQOperator(ctx, g, n))
            quantParams.add(q);
    dropUnusedConstants(g, quantParams);
    return g;
}

;// CONCATENATED MODULE: ./src/frontends/onnx/external.ts

/** Opens each sibling file once per model. */
class ExternalFiles {
    input;
    opened = new Map();
    constructor(input) {
        this.input = input;
    }
    /** The TensorData for an external tensor, or a FootprintError naming the tensor and location. */
    data(tensor, entries, at) {
        const file = this.input.path;
        const kv = new Map();
        for (const e of entries)
            kv.set(e.key ?? '', e.value ?? '');
        const location = kv.get('location');
        const fail = (message) => new diagnostic/* FootprintError */.E0('E_EXTERNAL_DATA', `ONNX: tensor '${tensor}': ${message}`, { file, offset: at });
        if (location === undefined || location === '')
            throw fail('external data without a location');
        const rel = checkLocation(location);
        if (rel === undefined)
            throw fail(`external data location '${location}' is not a relative path inside the model's folder`);
        const offset = parseCount(kv.get('offset'), 0);
        if (offset === undefined)
            throw fail(`external data offset '${kv.get('offset') ?? ''}' is not a non-negative integer`);
        const src = this.open(rel);
        if (!src)
            throw fail(`external data file '${location}' not found beside the model`);
        const length = parseCount(kv.get('length'), src.size - offset);
        if (length === undefined)
            throw fail(`external data length '${kv.get('length') ?? ''}' is not a non-negative integer`);
        if (offset + length > src.size) {
            throw new diagnostic/* FootprintError */.E0('E_TRUNCATED', `ONNX: tensor '${tensor}': external data '${location}' needs bytes ${offset}..${offset + length} but the file has ${src.size}`, { file, offset: at });
        }
        return { kind: 'bytes', source: src, offset, length, encoding: 'raw-le' };
    }
    open(rel) {
        if (!this.opened.has(rel))
            this.opened.set(rel, this.input.openSibling?.(rel));
        return this.opened.get(rel);
    }
}
/**
 * A normalized relative path ('a/b.bin') when `location` stays inside the model's folder;
 * undefined for absolute paths, drive letters, UNC/backslash roots, NUL bytes, or `..` escapes.
 */
function checkLocation(location) {
    if (location.includes('\0') || location.includes(':'))
        return undefined;
    const p = location.replace(/\\/g, '/');
    if (p.startsWith('/') || p.startsWith('~'))
        return undefined;
    const out = [];
    for (const seg of p.split('/')) {
        if (seg === '' || seg === '.')
            continue;
        if (seg === '..') {
            if (out.length === 0)
                return undefined;
            out.pop();
        }
        else {
            out.push(seg);
        }
    }
    return out.length === 0 ? undefined : out.join('/');
}
function parseCount(s, dflt) {
    if (s === undefined || s === '')
        return dflt >= 0 ? dflt : undefined;
    if (!/^\d+$/.test(s.trim()))
        return undefined;
    const n = Number(s.trim());
    return Number.isSafeInteger(n) ? n : undefined;
}

;// CONCATENATED MODULE: ./src/frontends/onnx/probe.ts
/** Does a file's head look like an ONNX ModelProto? Never throws. */
/** ModelProto field number -> wire type. */
const MODEL_FIELDS = new Map([
    [1, 0], [2, 2], [3, 2], [4, 2], [5, 0], [6, 2], [7, 2], [8, 2], [14, 2], [20, 2], [25, 2], [26, 2],
]);
function varint(b, pos) {
    let v = 0;
    let mul = 1;
    for (let i = 0; i < 10 && pos + i < b.length; i++) {
        const x = b[pos + i];
        v += (x & 0x7f) * mul;
        mul *= 128;
        if ((x & 0x80) === 0)
            return [v, pos + i + 1];
    }
    return undefined;
}
/**
 * Walks the fields that fit in `head`: each must be a ModelProto field with its wire type. With
 * the .onnx extension one plausible field is enough; otherwise the file must start with
 * ir_version (tag 0x08, a small value) followed by another plausible field.
 */
function probeOnnx(path, head) {
    const byExtension = path.toLowerCase().endsWith('.onnx');
    if (head.length === 0)
        return byExtension;
    let pos = 0;
    let fields = 0;
    while (pos < head.length) {
        const tag = varint(head, pos);
        if (!tag)
            break;
        const no = Math.floor(tag[0] / 8);
        const wire = tag[0] % 8;
        if (MODEL_FIELDS.get(no) !== wire)
            return false;
        if (fields === 0 && !byExtension && (no !== 1 || (head[tag[1]] ?? 0) === 0 || (head[tag[1]] ?? 99) > 20))
            return false;
        fields++;
        const value = varint(head, tag[1]);
        if (!value)
            break;
        pos = wire === 2 ? value[1] + value[0] : value[1];
    }
    return byExtension ? fields >= 1 || head.length < 4 : fields >= 2 || (fields === 1 && pos >= head.length);
}

// EXTERNAL MODULE: ./src/frontends/formats.ts
var formats = __webpack_require__(7765);
;// CONCATENATED MODULE: ./src/frontends/onnx/index.ts









const onnxFrontend = {
    ...formats/* ONNX_FORMAT */.Q7,
    probe: (input, head) => (probeOnnx(input.path, head) ? true : undefined),
    read: (input) => readOnnx(input),
};
/** Reads an ONNX model lazily: weight bytes stay in the source as offsets. */
function readOnnx(input) {
    try {
        return readOnnxWith(new WireReader(input.source, input.path), input);
    }
    catch (e) {
        throw (0,diagnostic/* asFootprintError */.aD)(e, input.path);
    }
}
/** As readOnnx, with a caller-made reader (tests count the bytes it reads) and bounds (tests give smaller ones). */
function readOnnxWith(reader, input, budget = new GraphBudget()) {
    if (reader.size === 0)
        throw new diagnostic/* FootprintError */.E0('E_TRUNCATED', 'ONNX: the file is empty (0 bytes)', { file: input.path, offset: 0 });
    const lazy = readLazyModel(reader, budget);
    if (!lazy.graph)
        throw new diagnostic/* FootprintError */.E0('E_MALFORMED', 'ONNX: ModelProto has no graph (field 7)', { file: input.path, offset: 0 });
    if (lazy.proto.opset_import.length === 0 && toNum(lazy.proto.ir_version) >= 3) {
        throw new diagnostic/* FootprintError */.E0('E_MALFORMED', 'ONNX: ModelProto has no opset_import (required since IR version 3)', { file: input.path, offset: 0 });
    }
    const ctx = { reader, external: new ExternalFiles(input), diagnostics: [], dims: new DimNamer() };
    const graph = mapGraph(ctx, lazy.graph, undefined, 'main');
    return { format: 'onnx', path: input.path, graph, meta: modelMeta(lazy), diagnostics: ctx.diagnostics };
}
function modelMeta(lazy) {
    const p = lazy.proto;
    const meta = { irVersion: toNum(p.ir_version) };
    const producer = [p.producer_name, p.producer_version].filter((s) => s).join(' ');
    if (producer)
        meta['producer'] = producer;
    if (p.domain)
        meta['domain'] = p.domain;
    if (toNum(p.model_version) !== 0)
        meta['modelVersion'] = toNum(p.model_version);
    for (const o of p.opset_import) {
        const domain = o.domain || 'ai.onnx';
        const version = toNum(o.version);
        meta[`opset:${domain}`] = version;
        if (domain === 'ai.onnx')
            meta['opset'] = version;
    }
    if (lazy.skipped.functions > 0)
        meta['functions'] = lazy.skipped.functions;
    if (lazy.skipped.trainingInfo > 0)
        meta['trainingInfo'] = lazy.skipped.trainingInfo;
    return meta;
}

// EXTERNAL MODULE: ./node_modules/flatbuffers/js/flatbuffers.js
var flatbuffers = __webpack_require__(6558);
;// CONCATENATED MODULE: ./src/schemas/tflite/tflite/buffer.ts
// GENERATED by tools/gen-tflite-schema.mjs (flatc version 2.0.8, Debian flatbuffers-compiler) from schemas/tflite_schema.fbs (official TFLite, Apache-2.0). Do not edit.
// automatically generated by the FlatBuffers compiler, do not modify
/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any, @typescript-eslint/no-non-null-assertion */

class Buffer {
    bb = null;
    bb_pos = 0;
    __init(i, bb) {
        this.bb_pos = i;
        this.bb = bb;
        return this;
    }
    static getRootAsBuffer(bb, obj) {
        return (obj || new Buffer()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    static getSizePrefixedRootAsBuffer(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers/* SIZE_PREFIX_LENGTH */.kc);
        return (obj || new Buffer()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    data(index) {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.readUint8(this.bb.__vector(this.bb_pos + offset) + index) : 0;
    }
    dataLength() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
    }
    dataArray() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? new Uint8Array(this.bb.bytes().buffer, this.bb.bytes().byteOffset + this.bb.__vector(this.bb_pos + offset), this.bb.__vector_len(this.bb_pos + offset)) : null;
    }
    offset() {
        const offset = this.bb.__offset(this.bb_pos, 6);
        return offset ? this.bb.readUint64(this.bb_pos + offset) : BigInt('0');
    }
    size() {
        const offset = this.bb.__offset(this.bb_pos, 8);
        return offset ? this.bb.readUint64(this.bb_pos + offset) : BigInt('0');
    }
    static startBuffer(builder) {
        builder.startObject(3);
    }
    static addData(builder, dataOffset) {
        builder.addFieldOffset(0, dataOffset, 0);
    }
    static createDataVector(builder, data) {
        builder.startVector(1, data.length, 1);
        for (let i = data.length - 1; i >= 0; i--) {
            builder.addInt8(data[i]);
        }
        return builder.endVector();
    }
    static startDataVector(builder, numElems) {
        builder.startVector(1, numElems, 1);
    }
    static addOffset(builder, offset) {
        builder.addFieldInt64(1, offset, BigInt('0'));
    }
    static addSize(builder, size) {
        builder.addFieldInt64(2, size, BigInt('0'));
    }
    static endBuffer(builder) {
        const offset = builder.endObject();
        return offset;
    }
    static createBuffer(builder, dataOffset, offset, size) {
        Buffer.startBuffer(builder);
        Buffer.addData(builder, dataOffset);
        Buffer.addOffset(builder, offset);
        Buffer.addSize(builder, size);
        return Buffer.endBuffer(builder);
    }
}

;// CONCATENATED MODULE: ./src/schemas/tflite/tflite/external-buffer.ts
// GENERATED by tools/gen-tflite-schema.mjs (flatc version 2.0.8, Debian flatbuffers-compiler) from schemas/tflite_schema.fbs (official TFLite, Apache-2.0). Do not edit.
// automatically generated by the FlatBuffers compiler, do not modify
/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any, @typescript-eslint/no-non-null-assertion */

class ExternalBuffer {
    bb = null;
    bb_pos = 0;
    __init(i, bb) {
        this.bb_pos = i;
        this.bb = bb;
        return this;
    }
    static getRootAsExternalBuffer(bb, obj) {
        return (obj || new ExternalBuffer()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    static getSizePrefixedRootAsExternalBuffer(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers/* SIZE_PREFIX_LENGTH */.kc);
        return (obj || new ExternalBuffer()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    id() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.readUint32(this.bb_pos + offset) : 0;
    }
    group() {
        const offset = this.bb.__offset(this.bb_pos, 6);
        return offset ? this.bb.readUint32(this.bb_pos + offset) : 0;
    }
    offset() {
        const offset = this.bb.__offset(this.bb_pos, 8);
        return offset ? this.bb.readUint64(this.bb_pos + offset) : BigInt('0');
    }
    length() {
        const offset = this.bb.__offset(this.bb_pos, 10);
        return offset ? this.bb.readUint64(this.bb_pos + offset) : BigInt('0');
    }
    packing(optionalEncoding) {
        const offset = this.bb.__offset(this.bb_pos, 12);
        return offset ? this.bb.__string(this.bb_pos + offset, optionalEncoding) : null;
    }
    static startExternalBuffer(builder) {
        builder.startObject(5);
    }
    static addId(builder, id) {
        builder.addFieldInt32(0, id, 0);
    }
    static addGroup(builder, group) {
        builder.addFieldInt32(1, group, 0);
    }
    static addOffset(builder, offset) {
        builder.addFieldInt64(2, offset, BigInt('0'));
    }
    static addLength(builder, length) {
        builder.addFieldInt64(3, length, BigInt('0'));
    }
    static addPacking(builder, packingOffset) {
        builder.addFieldOffset(4, packingOffset, 0);
    }
    static endExternalBuffer(builder) {
        const offset = builder.endObject();
        return offset;
    }
    static createExternalBuffer(builder, id, group, offset, length, packingOffset) {
        ExternalBuffer.startExternalBuffer(builder);
        ExternalBuffer.addId(builder, id);
        ExternalBuffer.addGroup(builder, group);
        ExternalBuffer.addOffset(builder, offset);
        ExternalBuffer.addLength(builder, length);
        ExternalBuffer.addPacking(builder, packingOffset);
        return ExternalBuffer.endExternalBuffer(builder);
    }
}

;// CONCATENATED MODULE: ./src/schemas/tflite/tflite/external-buffer-group.ts
// GENERATED by tools/gen-tflite-schema.mjs (flatc version 2.0.8, Debian flatbuffers-compiler) from schemas/tflite_schema.fbs (official TFLite, Apache-2.0). Do not edit.
// automatically generated by the FlatBuffers compiler, do not modify
/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any, @typescript-eslint/no-non-null-assertion */

class ExternalBufferGroup {
    bb = null;
    bb_pos = 0;
    __init(i, bb) {
        this.bb_pos = i;
        this.bb = bb;
        return this;
    }
    static getRootAsExternalBufferGroup(bb, obj) {
        return (obj || new ExternalBufferGroup()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    static getSizePrefixedRootAsExternalBufferGroup(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers/* SIZE_PREFIX_LENGTH */.kc);
        return (obj || new ExternalBufferGroup()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    name(optionalEncoding) {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.__string(this.bb_pos + offset, optionalEncoding) : null;
    }
    static startExternalBufferGroup(builder) {
        builder.startObject(1);
    }
    static addName(builder, nameOffset) {
        builder.addFieldOffset(0, nameOffset, 0);
    }
    static endExternalBufferGroup(builder) {
        const offset = builder.endObject();
        return offset;
    }
    static createExternalBufferGroup(builder, nameOffset) {
        ExternalBufferGroup.startExternalBufferGroup(builder);
        ExternalBufferGroup.addName(builder, nameOffset);
        return ExternalBufferGroup.endExternalBufferGroup(builder);
    }
}

;// CONCATENATED MODULE: ./src/schemas/tflite/tflite/metadata.ts
// GENERATED by tools/gen-tflite-schema.mjs (flatc version 2.0.8, Debian flatbuffers-compiler) from schemas/tflite_schema.fbs (official TFLite, Apache-2.0). Do not edit.
// automatically generated by the FlatBuffers compiler, do not modify
/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any, @typescript-eslint/no-non-null-assertion */

class Metadata {
    bb = null;
    bb_pos = 0;
    __init(i, bb) {
        this.bb_pos = i;
        this.bb = bb;
        return this;
    }
    static getRootAsMetadata(bb, obj) {
        return (obj || new Metadata()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    static getSizePrefixedRootAsMetadata(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers/* SIZE_PREFIX_LENGTH */.kc);
        return (obj || new Metadata()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    name(optionalEncoding) {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.__string(this.bb_pos + offset, optionalEncoding) : null;
    }
    buffer() {
        const offset = this.bb.__offset(this.bb_pos, 6);
        return offset ? this.bb.readUint32(this.bb_pos + offset) : 0;
    }
    static startMetadata(builder) {
        builder.startObject(2);
    }
    static addName(builder, nameOffset) {
        builder.addFieldOffset(0, nameOffset, 0);
    }
    static addBuffer(builder, buffer) {
        builder.addFieldInt32(1, buffer, 0);
    }
    static endMetadata(builder) {
        const offset = builder.endObject();
        return offset;
    }
    static createMetadata(builder, nameOffset, buffer) {
        Metadata.startMetadata(builder);
        Metadata.addName(builder, nameOffset);
        Metadata.addBuffer(builder, buffer);
        return Metadata.endMetadata(builder);
    }
}

;// CONCATENATED MODULE: ./src/schemas/tflite/tflite/builtin-operator.ts
// GENERATED by tools/gen-tflite-schema.mjs (flatc version 2.0.8, Debian flatbuffers-compiler) from schemas/tflite_schema.fbs (official TFLite, Apache-2.0). Do not edit.
// automatically generated by the FlatBuffers compiler, do not modify
/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any, @typescript-eslint/no-non-null-assertion */
var BuiltinOperator;
(function (BuiltinOperator) {
    BuiltinOperator[BuiltinOperator["ADD"] = 0] = "ADD";
    BuiltinOperator[BuiltinOperator["AVERAGE_POOL_2D"] = 1] = "AVERAGE_POOL_2D";
    BuiltinOperator[BuiltinOperator["CONCATENATION"] = 2] = "CONCATENATION";
    BuiltinOperator[BuiltinOperator["CONV_2D"] = 3] = "CONV_2D";
    BuiltinOperator[BuiltinOperator["DEPTHWISE_CONV_2D"] = 4] = "DEPTHWISE_CONV_2D";
    BuiltinOperator[BuiltinOperator["DEPTH_TO_SPACE"] = 5] = "DEPTH_TO_SPACE";
    BuiltinOperator[BuiltinOperator["DEQUANTIZE"] = 6] = "DEQUANTIZE";
    BuiltinOperator[BuiltinOperator["EMBEDDING_LOOKUP"] = 7] = "EMBEDDING_LOOKUP";
    BuiltinOperator[BuiltinOperator["FLOOR"] = 8] = "FLOOR";
    BuiltinOperator[BuiltinOperator["FULLY_CONNECTED"] = 9] = "FULLY_CONNECTED";
    BuiltinOperator[BuiltinOperator["HASHTABLE_LOOKUP"] = 10] = "HASHTABLE_LOOKUP";
    BuiltinOperator[BuiltinOperator["L2_NORMALIZATION"] = 11] = "L2_NORMALIZATION";
    BuiltinOperator[BuiltinOperator["L2_POOL_2D"] = 12] = "L2_POOL_2D";
    BuiltinOperator[BuiltinOperator["LOCAL_RESPONSE_NORMALIZATION"] = 13] = "LOCAL_RESPONSE_NORMALIZATION";
    BuiltinOperator[BuiltinOperator["LOGISTIC"] = 14] = "LOGISTIC";
    BuiltinOperator[BuiltinOperator["LSH_PROJECTION"] = 15] = "LSH_PROJECTION";
    BuiltinOperator[BuiltinOperator["LSTM"] = 16] = "LSTM";
    BuiltinOperator[BuiltinOperator["MAX_POOL_2D"] = 17] = "MAX_POOL_2D";
    BuiltinOperator[BuiltinOperator["MUL"] = 18] = "MUL";
    BuiltinOperator[BuiltinOperator["RELU"] = 19] = "RELU";
    BuiltinOperator[BuiltinOperator["RELU_N1_TO_1"] = 20] = "RELU_N1_TO_1";
    BuiltinOperator[BuiltinOperator["RELU6"] = 21] = "RELU6";
    BuiltinOperator[BuiltinOperator["RESHAPE"] = 22] = "RESHAPE";
    BuiltinOperator[BuiltinOperator["RESIZE_BILINEAR"] = 23] = "RESIZE_BILINEAR";
    BuiltinOperator[BuiltinOperator["RNN"] = 24] = "RNN";
    BuiltinOperator[BuiltinOperator["SOFTMAX"] = 25] = "SOFTMAX";
    BuiltinOperator[BuiltinOperator["SPACE_TO_DEPTH"] = 26] = "SPACE_TO_DEPTH";
    BuiltinOperator[BuiltinOperator["SVDF"] = 27] = "SVDF";
    BuiltinOperator[BuiltinOperator["TANH"] = 28] = "TANH";
    BuiltinOperator[BuiltinOperator["CONCAT_EMBEDDINGS"] = 29] = "CONCAT_EMBEDDINGS";
    BuiltinOperator[BuiltinOperator["SKIP_GRAM"] = 30] = "SKIP_GRAM";
    BuiltinOperator[BuiltinOperator["CALL"] = 31] = "CALL";
    BuiltinOperator[BuiltinOperator["CUSTOM"] = 32] = "CUSTOM";
    BuiltinOperator[BuiltinOperator["EMBEDDING_LOOKUP_SPARSE"] = 33] = "EMBEDDING_LOOKUP_SPARSE";
    BuiltinOperator[BuiltinOperator["PAD"] = 34] = "PAD";
    BuiltinOperator[BuiltinOperator["UNIDIRECTIONAL_SEQUENCE_RNN"] = 35] = "UNIDIRECTIONAL_SEQUENCE_RNN";
    BuiltinOperator[BuiltinOperator["GATHER"] = 36] = "GATHER";
    BuiltinOperator[BuiltinOperator["BATCH_TO_SPACE_ND"] = 37] = "BATCH_TO_SPACE_ND";
    BuiltinOperator[BuiltinOperator["SPACE_TO_BATCH_ND"] = 38] = "SPACE_TO_BATCH_ND";
    BuiltinOperator[BuiltinOperator["TRANSPOSE"] = 39] = "TRANSPOSE";
    BuiltinOperator[BuiltinOperator["MEAN"] = 40] = "MEAN";
    BuiltinOperator[BuiltinOperator["SUB"] = 41] = "SUB";
    BuiltinOperator[BuiltinOperator["DIV"] = 42] = "DIV";
    BuiltinOperator[BuiltinOperator["SQUEEZE"] = 43] = "SQUEEZE";
    BuiltinOperator[BuiltinOperator["UNIDIRECTIONAL_SEQUENCE_LSTM"] = 44] = "UNIDIRECTIONAL_SEQUENCE_LSTM";
    BuiltinOperator[BuiltinOperator["STRIDED_SLICE"] = 45] = "STRIDED_SLICE";
    BuiltinOperator[BuiltinOperator["BIDIRECTIONAL_SEQUENCE_RNN"] = 46] = "BIDIRECTIONAL_SEQUENCE_RNN";
    BuiltinOperator[BuiltinOperator["EXP"] = 47] = "EXP";
    BuiltinOperator[BuiltinOperator["TOPK_V2"] = 48] = "TOPK_V2";
    BuiltinOperator[BuiltinOperator["SPLIT"] = 49] = "SPLIT";
    BuiltinOperator[BuiltinOperator["LOG_SOFTMAX"] = 50] = "LOG_SOFTMAX";
    BuiltinOperator[BuiltinOperator["DELEGATE"] = 51] = "DELEGATE";
    BuiltinOperator[BuiltinOperator["BIDIRECTIONAL_SEQUENCE_LSTM"] = 52] = "BIDIRECTIONAL_SEQUENCE_LSTM";
    BuiltinOperator[BuiltinOperator["CAST"] = 53] = "CAST";
    BuiltinOperator[BuiltinOperator["PRELU"] = 54] = "PRELU";
    BuiltinOperator[BuiltinOperator["MAXIMUM"] = 55] = "MAXIMUM";
    BuiltinOperator[BuiltinOperator["ARG_MAX"] = 56] = "ARG_MAX";
    BuiltinOperator[BuiltinOperator["MINIMUM"] = 57] = "MINIMUM";
    BuiltinOperator[BuiltinOperator["LESS"] = 58] = "LESS";
    BuiltinOperator[BuiltinOperator["NEG"] = 59] = "NEG";
    BuiltinOperator[BuiltinOperator["PADV2"] = 60] = "PADV2";
    BuiltinOperator[BuiltinOperator["GREATER"] = 61] = "GREATER";
    BuiltinOperator[BuiltinOperator["GREATER_EQUAL"] = 62] = "GREATER_EQUAL";
    BuiltinOperator[BuiltinOperator["LESS_EQUAL"] = 63] = "LESS_EQUAL";
    BuiltinOperator[BuiltinOperator["SELECT"] = 64] = "SELECT";
    BuiltinOperator[BuiltinOperator["SLICE"] = 65] = "SLICE";
    BuiltinOperator[BuiltinOperator["SIN"] = 66] = "SIN";
    BuiltinOperator[BuiltinOperator["TRANSPOSE_CONV"] = 67] = "TRANSPOSE_CONV";
    BuiltinOperator[BuiltinOperator["SPARSE_TO_DENSE"] = 68] = "SPARSE_TO_DENSE";
    BuiltinOperator[BuiltinOperator["TILE"] = 69] = "TILE";
    BuiltinOperator[BuiltinOperator["EXPAND_DIMS"] = 70] = "EXPAND_DIMS";
    BuiltinOperator[BuiltinOperator["EQUAL"] = 71] = "EQUAL";
    BuiltinOperator[BuiltinOperator["NOT_EQUAL"] = 72] = "NOT_EQUAL";
    BuiltinOperator[BuiltinOperator["LOG"] = 73] = "LOG";
    BuiltinOperator[BuiltinOperator["SUM"] = 74] = "SUM";
    BuiltinOperator[BuiltinOperator["SQRT"] = 75] = "SQRT";
    BuiltinOperator[BuiltinOperator["RSQRT"] = 76] = "RSQRT";
    BuiltinOperator[BuiltinOperator["SHAPE"] = 77] = "SHAPE";
    BuiltinOperator[BuiltinOperator["POW"] = 78] = "POW";
    BuiltinOperator[BuiltinOperator["ARG_MIN"] = 79] = "ARG_MIN";
    BuiltinOperator[BuiltinOperator["FAKE_QUANT"] = 80] = "FAKE_QUANT";
    BuiltinOperator[BuiltinOperator["REDUCE_PROD"] = 81] = "REDUCE_PROD";
    BuiltinOperator[BuiltinOperator["REDUCE_MAX"] = 82] = "REDUCE_MAX";
    BuiltinOperator[BuiltinOperator["PACK"] = 83] = "PACK";
    BuiltinOperator[BuiltinOperator["LOGICAL_OR"] = 84] = "LOGICAL_OR";
    BuiltinOperator[BuiltinOperator["ONE_HOT"] = 85] = "ONE_HOT";
    BuiltinOperator[BuiltinOperator["LOGICAL_AND"] = 86] = "LOGICAL_AND";
    BuiltinOperator[BuiltinOperator["LOGICAL_NOT"] = 87] = "LOGICAL_NOT";
    BuiltinOperator[BuiltinOperator["UNPACK"] = 88] = "UNPACK";
    BuiltinOperator[BuiltinOperator["REDUCE_MIN"] = 89] = "REDUCE_MIN";
    BuiltinOperator[BuiltinOperator["FLOOR_DIV"] = 90] = "FLOOR_DIV";
    BuiltinOperator[BuiltinOperator["REDUCE_ANY"] = 91] = "REDUCE_ANY";
    BuiltinOperator[BuiltinOperator["SQUARE"] = 92] = "SQUARE";
    BuiltinOperator[BuiltinOperator["ZEROS_LIKE"] = 93] = "ZEROS_LIKE";
    BuiltinOperator[BuiltinOperator["FILL"] = 94] = "FILL";
    BuiltinOperator[BuiltinOperator["FLOOR_MOD"] = 95] = "FLOOR_MOD";
    BuiltinOperator[BuiltinOperator["RANGE"] = 96] = "RANGE";
    BuiltinOperator[BuiltinOperator["RESIZE_NEAREST_NEIGHBOR"] = 97] = "RESIZE_NEAREST_NEIGHBOR";
    BuiltinOperator[BuiltinOperator["LEAKY_RELU"] = 98] = "LEAKY_RELU";
    BuiltinOperator[BuiltinOperator["SQUARED_DIFFERENCE"] = 99] = "SQUARED_DIFFERENCE";
    BuiltinOperator[BuiltinOperator["MIRROR_PAD"] = 100] = "MIRROR_PAD";
    BuiltinOperator[BuiltinOperator["ABS"] = 101] = "ABS";
    BuiltinOperator[BuiltinOperator["SPLIT_V"] = 102] = "SPLIT_V";
    BuiltinOperator[BuiltinOperator["UNIQUE"] = 103] = "UNIQUE";
    BuiltinOperator[BuiltinOperator["CEIL"] = 104] = "CEIL";
    BuiltinOperator[BuiltinOperator["REVERSE_V2"] = 105] = "REVERSE_V2";
    BuiltinOperator[BuiltinOperator["ADD_N"] = 106] = "ADD_N";
    BuiltinOperator[BuiltinOperator["GATHER_ND"] = 107] = "GATHER_ND";
    BuiltinOperator[BuiltinOperator["COS"] = 108] = "COS";
    BuiltinOperator[BuiltinOperator["WHERE"] = 109] = "WHERE";
    BuiltinOperator[BuiltinOperator["RANK"] = 110] = "RANK";
    BuiltinOperator[BuiltinOperator["ELU"] = 111] = "ELU";
    BuiltinOperator[BuiltinOperator["REVERSE_SEQUENCE"] = 112] = "REVERSE_SEQUENCE";
    BuiltinOperator[BuiltinOperator["MATRIX_DIAG"] = 113] = "MATRIX_DIAG";
    BuiltinOperator[BuiltinOperator["QUANTIZE"] = 114] = "QUANTIZE";
    BuiltinOperator[BuiltinOperator["MATRIX_SET_DIAG"] = 115] = "MATRIX_SET_DIAG";
    BuiltinOperator[BuiltinOperator["ROUND"] = 116] = "ROUND";
    BuiltinOperator[BuiltinOperator["HARD_SWISH"] = 117] = "HARD_SWISH";
    BuiltinOperator[BuiltinOperator["IF"] = 118] = "IF";
    BuiltinOperator[BuiltinOperator["WHILE"] = 119] = "WHILE";
    BuiltinOperator[BuiltinOperator["NON_MAX_SUPPRESSION_V4"] = 120] = "NON_MAX_SUPPRESSION_V4";
    BuiltinOperator[BuiltinOperator["NON_MAX_SUPPRESSION_V5"] = 121] = "NON_MAX_SUPPRESSION_V5";
    BuiltinOperator[BuiltinOperator["SCATTER_ND"] = 122] = "SCATTER_ND";
    BuiltinOperator[BuiltinOperator["SELECT_V2"] = 123] = "SELECT_V2";
    BuiltinOperator[BuiltinOperator["DENSIFY"] = 124] = "DENSIFY";
    BuiltinOperator[BuiltinOperator["SEGMENT_SUM"] = 125] = "SEGMENT_SUM";
    BuiltinOperator[BuiltinOperator["BATCH_MATMUL"] = 126] = "BATCH_MATMUL";
    BuiltinOperator[BuiltinOperator["PLACEHOLDER_FOR_GREATER_OP_CODES"] = 127] = "PLACEHOLDER_FOR_GREATER_OP_CODES";
    BuiltinOperator[BuiltinOperator["CUMSUM"] = 128] = "CUMSUM";
    BuiltinOperator[BuiltinOperator["CALL_ONCE"] = 129] = "CALL_ONCE";
    BuiltinOperator[BuiltinOperator["BROADCAST_TO"] = 130] = "BROADCAST_TO";
    BuiltinOperator[BuiltinOperator["RFFT2D"] = 131] = "RFFT2D";
    BuiltinOperator[BuiltinOperator["CONV_3D"] = 132] = "CONV_3D";
    BuiltinOperator[BuiltinOperator["IMAG"] = 133] = "IMAG";
    BuiltinOperator[BuiltinOperator["REAL"] = 134] = "REAL";
    BuiltinOperator[BuiltinOperator["COMPLEX_ABS"] = 135] = "COMPLEX_ABS";
    BuiltinOperator[BuiltinOperator["HASHTABLE"] = 136] = "HASHTABLE";
    BuiltinOperator[BuiltinOperator["HASHTABLE_FIND"] = 137] = "HASHTABLE_FIND";
    BuiltinOperator[BuiltinOperator["HASHTABLE_IMPORT"] = 138] = "HASHTABLE_IMPORT";
    BuiltinOperator[BuiltinOperator["HASHTABLE_SIZE"] = 139] = "HASHTABLE_SIZE";
    BuiltinOperator[BuiltinOperator["REDUCE_ALL"] = 140] = "REDUCE_ALL";
    BuiltinOperator[BuiltinOperator["CONV_3D_TRANSPOSE"] = 141] = "CONV_3D_TRANSPOSE";
    BuiltinOperator[BuiltinOperator["VAR_HANDLE"] = 142] = "VAR_HANDLE";
    BuiltinOperator[BuiltinOperator["READ_VARIABLE"] = 143] = "READ_VARIABLE";
    BuiltinOperator[BuiltinOperator["ASSIGN_VARIABLE"] = 144] = "ASSIGN_VARIABLE";
    BuiltinOperator[BuiltinOperator["BROADCAST_ARGS"] = 145] = "BROADCAST_ARGS";
    BuiltinOperator[BuiltinOperator["RANDOM_STANDARD_NORMAL"] = 146] = "RANDOM_STANDARD_NORMAL";
    BuiltinOperator[BuiltinOperator["BUCKETIZE"] = 147] = "BUCKETIZE";
    BuiltinOperator[BuiltinOperator["RANDOM_UNIFORM"] = 148] = "RANDOM_UNIFORM";
    BuiltinOperator[BuiltinOperator["MULTINOMIAL"] = 149] = "MULTINOMIAL";
    BuiltinOperator[BuiltinOperator["GELU"] = 150] = "GELU";
    BuiltinOperator[BuiltinOperator["DYNAMIC_UPDATE_SLICE"] = 151] = "DYNAMIC_UPDATE_SLICE";
    BuiltinOperator[BuiltinOperator["RELU_0_TO_1"] = 152] = "RELU_0_TO_1";
    BuiltinOperator[BuiltinOperator["UNSORTED_SEGMENT_PROD"] = 153] = "UNSORTED_SEGMENT_PROD";
    BuiltinOperator[BuiltinOperator["UNSORTED_SEGMENT_MAX"] = 154] = "UNSORTED_SEGMENT_MAX";
    BuiltinOperator[BuiltinOperator["UNSORTED_SEGMENT_SUM"] = 155] = "UNSORTED_SEGMENT_SUM";
    BuiltinOperator[BuiltinOperator["ATAN2"] = 156] = "ATAN2";
    BuiltinOperator[BuiltinOperator["UNSORTED_SEGMENT_MIN"] = 157] = "UNSORTED_SEGMENT_MIN";
    BuiltinOperator[BuiltinOperator["SIGN"] = 158] = "SIGN";
    BuiltinOperator[BuiltinOperator["BITCAST"] = 159] = "BITCAST";
    BuiltinOperator[BuiltinOperator["BITWISE_XOR"] = 160] = "BITWISE_XOR";
    BuiltinOperator[BuiltinOperator["RIGHT_SHIFT"] = 161] = "RIGHT_SHIFT";
    BuiltinOperator[BuiltinOperator["STABLEHLO_LOGISTIC"] = 162] = "STABLEHLO_LOGISTIC";
    BuiltinOperator[BuiltinOperator["STABLEHLO_ADD"] = 163] = "STABLEHLO_ADD";
    BuiltinOperator[BuiltinOperator["STABLEHLO_DIVIDE"] = 164] = "STABLEHLO_DIVIDE";
    BuiltinOperator[BuiltinOperator["STABLEHLO_MULTIPLY"] = 165] = "STABLEHLO_MULTIPLY";
    BuiltinOperator[BuiltinOperator["STABLEHLO_MAXIMUM"] = 166] = "STABLEHLO_MAXIMUM";
    BuiltinOperator[BuiltinOperator["STABLEHLO_RESHAPE"] = 167] = "STABLEHLO_RESHAPE";
    BuiltinOperator[BuiltinOperator["STABLEHLO_CLAMP"] = 168] = "STABLEHLO_CLAMP";
    BuiltinOperator[BuiltinOperator["STABLEHLO_CONCATENATE"] = 169] = "STABLEHLO_CONCATENATE";
    BuiltinOperator[BuiltinOperator["STABLEHLO_BROADCAST_IN_DIM"] = 170] = "STABLEHLO_BROADCAST_IN_DIM";
    BuiltinOperator[BuiltinOperator["STABLEHLO_CONVOLUTION"] = 171] = "STABLEHLO_CONVOLUTION";
    BuiltinOperator[BuiltinOperator["STABLEHLO_SLICE"] = 172] = "STABLEHLO_SLICE";
    BuiltinOperator[BuiltinOperator["STABLEHLO_CUSTOM_CALL"] = 173] = "STABLEHLO_CUSTOM_CALL";
    BuiltinOperator[BuiltinOperator["STABLEHLO_REDUCE"] = 174] = "STABLEHLO_REDUCE";
    BuiltinOperator[BuiltinOperator["STABLEHLO_ABS"] = 175] = "STABLEHLO_ABS";
    BuiltinOperator[BuiltinOperator["STABLEHLO_AND"] = 176] = "STABLEHLO_AND";
    BuiltinOperator[BuiltinOperator["STABLEHLO_COSINE"] = 177] = "STABLEHLO_COSINE";
    BuiltinOperator[BuiltinOperator["STABLEHLO_EXPONENTIAL"] = 178] = "STABLEHLO_EXPONENTIAL";
    BuiltinOperator[BuiltinOperator["STABLEHLO_FLOOR"] = 179] = "STABLEHLO_FLOOR";
    BuiltinOperator[BuiltinOperator["STABLEHLO_LOG"] = 180] = "STABLEHLO_LOG";
    BuiltinOperator[BuiltinOperator["STABLEHLO_MINIMUM"] = 181] = "STABLEHLO_MINIMUM";
    BuiltinOperator[BuiltinOperator["STABLEHLO_NEGATE"] = 182] = "STABLEHLO_NEGATE";
    BuiltinOperator[BuiltinOperator["STABLEHLO_OR"] = 183] = "STABLEHLO_OR";
    BuiltinOperator[BuiltinOperator["STABLEHLO_POWER"] = 184] = "STABLEHLO_POWER";
    BuiltinOperator[BuiltinOperator["STABLEHLO_REMAINDER"] = 185] = "STABLEHLO_REMAINDER";
    BuiltinOperator[BuiltinOperator["STABLEHLO_RSQRT"] = 186] = "STABLEHLO_RSQRT";
    BuiltinOperator[BuiltinOperator["STABLEHLO_SELECT"] = 187] = "STABLEHLO_SELECT";
    BuiltinOperator[BuiltinOperator["STABLEHLO_SUBTRACT"] = 188] = "STABLEHLO_SUBTRACT";
    BuiltinOperator[BuiltinOperator["STABLEHLO_TANH"] = 189] = "STABLEHLO_TANH";
    BuiltinOperator[BuiltinOperator["STABLEHLO_SCATTER"] = 190] = "STABLEHLO_SCATTER";
    BuiltinOperator[BuiltinOperator["STABLEHLO_COMPARE"] = 191] = "STABLEHLO_COMPARE";
    BuiltinOperator[BuiltinOperator["STABLEHLO_CONVERT"] = 192] = "STABLEHLO_CONVERT";
    BuiltinOperator[BuiltinOperator["STABLEHLO_DYNAMIC_SLICE"] = 193] = "STABLEHLO_DYNAMIC_SLICE";
    BuiltinOperator[BuiltinOperator["STABLEHLO_DYNAMIC_UPDATE_SLICE"] = 194] = "STABLEHLO_DYNAMIC_UPDATE_SLICE";
    BuiltinOperator[BuiltinOperator["STABLEHLO_PAD"] = 195] = "STABLEHLO_PAD";
    BuiltinOperator[BuiltinOperator["STABLEHLO_IOTA"] = 196] = "STABLEHLO_IOTA";
    BuiltinOperator[BuiltinOperator["STABLEHLO_DOT_GENERAL"] = 197] = "STABLEHLO_DOT_GENERAL";
    BuiltinOperator[BuiltinOperator["STABLEHLO_REDUCE_WINDOW"] = 198] = "STABLEHLO_REDUCE_WINDOW";
    BuiltinOperator[BuiltinOperator["STABLEHLO_SORT"] = 199] = "STABLEHLO_SORT";
    BuiltinOperator[BuiltinOperator["STABLEHLO_WHILE"] = 200] = "STABLEHLO_WHILE";
    BuiltinOperator[BuiltinOperator["STABLEHLO_GATHER"] = 201] = "STABLEHLO_GATHER";
    BuiltinOperator[BuiltinOperator["STABLEHLO_TRANSPOSE"] = 202] = "STABLEHLO_TRANSPOSE";
    BuiltinOperator[BuiltinOperator["DILATE"] = 203] = "DILATE";
    BuiltinOperator[BuiltinOperator["STABLEHLO_RNG_BIT_GENERATOR"] = 204] = "STABLEHLO_RNG_BIT_GENERATOR";
    BuiltinOperator[BuiltinOperator["REDUCE_WINDOW"] = 205] = "REDUCE_WINDOW";
    BuiltinOperator[BuiltinOperator["STABLEHLO_COMPOSITE"] = 206] = "STABLEHLO_COMPOSITE";
    BuiltinOperator[BuiltinOperator["STABLEHLO_SHIFT_LEFT"] = 207] = "STABLEHLO_SHIFT_LEFT";
    BuiltinOperator[BuiltinOperator["STABLEHLO_CBRT"] = 208] = "STABLEHLO_CBRT";
    BuiltinOperator[BuiltinOperator["STABLEHLO_CASE"] = 209] = "STABLEHLO_CASE";
})(BuiltinOperator || (BuiltinOperator = {}));

;// CONCATENATED MODULE: ./src/schemas/tflite/tflite/operator-code.ts
// GENERATED by tools/gen-tflite-schema.mjs (flatc version 2.0.8, Debian flatbuffers-compiler) from schemas/tflite_schema.fbs (official TFLite, Apache-2.0). Do not edit.
// automatically generated by the FlatBuffers compiler, do not modify
/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any, @typescript-eslint/no-non-null-assertion */


class OperatorCode {
    bb = null;
    bb_pos = 0;
    __init(i, bb) {
        this.bb_pos = i;
        this.bb = bb;
        return this;
    }
    static getRootAsOperatorCode(bb, obj) {
        return (obj || new OperatorCode()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    static getSizePrefixedRootAsOperatorCode(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers/* SIZE_PREFIX_LENGTH */.kc);
        return (obj || new OperatorCode()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    deprecatedBuiltinCode() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.readInt8(this.bb_pos + offset) : 0;
    }
    customCode(optionalEncoding) {
        const offset = this.bb.__offset(this.bb_pos, 6);
        return offset ? this.bb.__string(this.bb_pos + offset, optionalEncoding) : null;
    }
    version() {
        const offset = this.bb.__offset(this.bb_pos, 8);
        return offset ? this.bb.readInt32(this.bb_pos + offset) : 1;
    }
    builtinCode() {
        const offset = this.bb.__offset(this.bb_pos, 10);
        return offset ? this.bb.readInt32(this.bb_pos + offset) : BuiltinOperator.ADD;
    }
    static startOperatorCode(builder) {
        builder.startObject(4);
    }
    static addDeprecatedBuiltinCode(builder, deprecatedBuiltinCode) {
        builder.addFieldInt8(0, deprecatedBuiltinCode, 0);
    }
    static addCustomCode(builder, customCodeOffset) {
        builder.addFieldOffset(1, customCodeOffset, 0);
    }
    static addVersion(builder, version) {
        builder.addFieldInt32(2, version, 1);
    }
    static addBuiltinCode(builder, builtinCode) {
        builder.addFieldInt32(3, builtinCode, BuiltinOperator.ADD);
    }
    static endOperatorCode(builder) {
        const offset = builder.endObject();
        return offset;
    }
    static createOperatorCode(builder, deprecatedBuiltinCode, customCodeOffset, version, builtinCode) {
        OperatorCode.startOperatorCode(builder);
        OperatorCode.addDeprecatedBuiltinCode(builder, deprecatedBuiltinCode);
        OperatorCode.addCustomCode(builder, customCodeOffset);
        OperatorCode.addVersion(builder, version);
        OperatorCode.addBuiltinCode(builder, builtinCode);
        return OperatorCode.endOperatorCode(builder);
    }
}

;// CONCATENATED MODULE: ./src/schemas/tflite/tflite/tensor-map.ts
// GENERATED by tools/gen-tflite-schema.mjs (flatc version 2.0.8, Debian flatbuffers-compiler) from schemas/tflite_schema.fbs (official TFLite, Apache-2.0). Do not edit.
// automatically generated by the FlatBuffers compiler, do not modify
/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any, @typescript-eslint/no-non-null-assertion */

class TensorMap {
    bb = null;
    bb_pos = 0;
    __init(i, bb) {
        this.bb_pos = i;
        this.bb = bb;
        return this;
    }
    static getRootAsTensorMap(bb, obj) {
        return (obj || new TensorMap()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    static getSizePrefixedRootAsTensorMap(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers/* SIZE_PREFIX_LENGTH */.kc);
        return (obj || new TensorMap()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    name(optionalEncoding) {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.__string(this.bb_pos + offset, optionalEncoding) : null;
    }
    tensorIndex() {
        const offset = this.bb.__offset(this.bb_pos, 6);
        return offset ? this.bb.readUint32(this.bb_pos + offset) : 0;
    }
    static startTensorMap(builder) {
        builder.startObject(2);
    }
    static addName(builder, nameOffset) {
        builder.addFieldOffset(0, nameOffset, 0);
    }
    static addTensorIndex(builder, tensorIndex) {
        builder.addFieldInt32(1, tensorIndex, 0);
    }
    static endTensorMap(builder) {
        const offset = builder.endObject();
        return offset;
    }
    static createTensorMap(builder, nameOffset, tensorIndex) {
        TensorMap.startTensorMap(builder);
        TensorMap.addName(builder, nameOffset);
        TensorMap.addTensorIndex(builder, tensorIndex);
        return TensorMap.endTensorMap(builder);
    }
}

;// CONCATENATED MODULE: ./src/schemas/tflite/tflite/signature-def.ts
// GENERATED by tools/gen-tflite-schema.mjs (flatc version 2.0.8, Debian flatbuffers-compiler) from schemas/tflite_schema.fbs (official TFLite, Apache-2.0). Do not edit.
// automatically generated by the FlatBuffers compiler, do not modify
/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any, @typescript-eslint/no-non-null-assertion */


class SignatureDef {
    bb = null;
    bb_pos = 0;
    __init(i, bb) {
        this.bb_pos = i;
        this.bb = bb;
        return this;
    }
    static getRootAsSignatureDef(bb, obj) {
        return (obj || new SignatureDef()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    static getSizePrefixedRootAsSignatureDef(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers/* SIZE_PREFIX_LENGTH */.kc);
        return (obj || new SignatureDef()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    inputs(index, obj) {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? (obj || new TensorMap()).__init(this.bb.__indirect(this.bb.__vector(this.bb_pos + offset) + index * 4), this.bb) : null;
    }
    inputsLength() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
    }
    outputs(index, obj) {
        const offset = this.bb.__offset(this.bb_pos, 6);
        return offset ? (obj || new TensorMap()).__init(this.bb.__indirect(this.bb.__vector(this.bb_pos + offset) + index * 4), this.bb) : null;
    }
    outputsLength() {
        const offset = this.bb.__offset(this.bb_pos, 6);
        return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
    }
    signatureKey(optionalEncoding) {
        const offset = this.bb.__offset(this.bb_pos, 8);
        return offset ? this.bb.__string(this.bb_pos + offset, optionalEncoding) : null;
    }
    subgraphIndex() {
        const offset = this.bb.__offset(this.bb_pos, 12);
        return offset ? this.bb.readUint32(this.bb_pos + offset) : 0;
    }
    static startSignatureDef(builder) {
        builder.startObject(5);
    }
    static addInputs(builder, inputsOffset) {
        builder.addFieldOffset(0, inputsOffset, 0);
    }
    static createInputsVector(builder, data) {
        builder.startVector(4, data.length, 4);
        for (let i = data.length - 1; i >= 0; i--) {
            builder.addOffset(data[i]);
        }
        return builder.endVector();
    }
    static startInputsVector(builder, numElems) {
        builder.startVector(4, numElems, 4);
    }
    static addOutputs(builder, outputsOffset) {
        builder.addFieldOffset(1, outputsOffset, 0);
    }
    static createOutputsVector(builder, data) {
        builder.startVector(4, data.length, 4);
        for (let i = data.length - 1; i >= 0; i--) {
            builder.addOffset(data[i]);
        }
        return builder.endVector();
    }
    static startOutputsVector(builder, numElems) {
        builder.startVector(4, numElems, 4);
    }
    static addSignatureKey(builder, signatureKeyOffset) {
        builder.addFieldOffset(2, signatureKeyOffset, 0);
    }
    static addSubgraphIndex(builder, subgraphIndex) {
        builder.addFieldInt32(4, subgraphIndex, 0);
    }
    static endSignatureDef(builder) {
        const offset = builder.endObject();
        return offset;
    }
    static createSignatureDef(builder, inputsOffset, outputsOffset, signatureKeyOffset, subgraphIndex) {
        SignatureDef.startSignatureDef(builder);
        SignatureDef.addInputs(builder, inputsOffset);
        SignatureDef.addOutputs(builder, outputsOffset);
        SignatureDef.addSignatureKey(builder, signatureKeyOffset);
        SignatureDef.addSubgraphIndex(builder, subgraphIndex);
        return SignatureDef.endSignatureDef(builder);
    }
}

;// CONCATENATED MODULE: ./src/schemas/tflite/tflite/builtin-options.ts
// GENERATED by tools/gen-tflite-schema.mjs (flatc version 2.0.8, Debian flatbuffers-compiler) from schemas/tflite_schema.fbs (official TFLite, Apache-2.0). Do not edit.
// automatically generated by the FlatBuffers compiler, do not modify
/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any, @typescript-eslint/no-non-null-assertion */






























































































































var BuiltinOptions;
(function (BuiltinOptions) {
    BuiltinOptions[BuiltinOptions["NONE"] = 0] = "NONE";
    BuiltinOptions[BuiltinOptions["Conv2DOptions"] = 1] = "Conv2DOptions";
    BuiltinOptions[BuiltinOptions["DepthwiseConv2DOptions"] = 2] = "DepthwiseConv2DOptions";
    BuiltinOptions[BuiltinOptions["ConcatEmbeddingsOptions"] = 3] = "ConcatEmbeddingsOptions";
    BuiltinOptions[BuiltinOptions["LSHProjectionOptions"] = 4] = "LSHProjectionOptions";
    BuiltinOptions[BuiltinOptions["Pool2DOptions"] = 5] = "Pool2DOptions";
    BuiltinOptions[BuiltinOptions["SVDFOptions"] = 6] = "SVDFOptions";
    BuiltinOptions[BuiltinOptions["RNNOptions"] = 7] = "RNNOptions";
    BuiltinOptions[BuiltinOptions["FullyConnectedOptions"] = 8] = "FullyConnectedOptions";
    BuiltinOptions[BuiltinOptions["SoftmaxOptions"] = 9] = "SoftmaxOptions";
    BuiltinOptions[BuiltinOptions["ConcatenationOptions"] = 10] = "ConcatenationOptions";
    BuiltinOptions[BuiltinOptions["AddOptions"] = 11] = "AddOptions";
    BuiltinOptions[BuiltinOptions["L2NormOptions"] = 12] = "L2NormOptions";
    BuiltinOptions[BuiltinOptions["LocalResponseNormalizationOptions"] = 13] = "LocalResponseNormalizationOptions";
    BuiltinOptions[BuiltinOptions["LSTMOptions"] = 14] = "LSTMOptions";
    BuiltinOptions[BuiltinOptions["ResizeBilinearOptions"] = 15] = "ResizeBilinearOptions";
    BuiltinOptions[BuiltinOptions["CallOptions"] = 16] = "CallOptions";
    BuiltinOptions[BuiltinOptions["ReshapeOptions"] = 17] = "ReshapeOptions";
    BuiltinOptions[BuiltinOptions["SkipGramOptions"] = 18] = "SkipGramOptions";
    BuiltinOptions[BuiltinOptions["SpaceToDepthOptions"] = 19] = "SpaceToDepthOptions";
    BuiltinOptions[BuiltinOptions["EmbeddingLookupSparseOptions"] = 20] = "EmbeddingLookupSparseOptions";
    BuiltinOptions[BuiltinOptions["MulOptions"] = 21] = "MulOptions";
    BuiltinOptions[BuiltinOptions["PadOptions"] = 22] = "PadOptions";
    BuiltinOptions[BuiltinOptions["GatherOptions"] = 23] = "GatherOptions";
    BuiltinOptions[BuiltinOptions["BatchToSpaceNDOptions"] = 24] = "BatchToSpaceNDOptions";
    BuiltinOptions[BuiltinOptions["SpaceToBatchNDOptions"] = 25] = "SpaceToBatchNDOptions";
    BuiltinOptions[BuiltinOptions["TransposeOptions"] = 26] = "TransposeOptions";
    BuiltinOptions[BuiltinOptions["ReducerOptions"] = 27] = "ReducerOptions";
    BuiltinOptions[BuiltinOptions["SubOptions"] = 28] = "SubOptions";
    BuiltinOptions[BuiltinOptions["DivOptions"] = 29] = "DivOptions";
    BuiltinOptions[BuiltinOptions["SqueezeOptions"] = 30] = "SqueezeOptions";
    BuiltinOptions[BuiltinOptions["SequenceRNNOptions"] = 31] = "SequenceRNNOptions";
    BuiltinOptions[BuiltinOptions["StridedSliceOptions"] = 32] = "StridedSliceOptions";
    BuiltinOptions[BuiltinOptions["ExpOptions"] = 33] = "ExpOptions";
    BuiltinOptions[BuiltinOptions["TopKV2Options"] = 34] = "TopKV2Options";
    BuiltinOptions[BuiltinOptions["SplitOptions"] = 35] = "SplitOptions";
    BuiltinOptions[BuiltinOptions["LogSoftmaxOptions"] = 36] = "LogSoftmaxOptions";
    BuiltinOptions[BuiltinOptions["CastOptions"] = 37] = "CastOptions";
    BuiltinOptions[BuiltinOptions["DequantizeOptions"] = 38] = "DequantizeOptions";
    BuiltinOptions[BuiltinOptions["MaximumMinimumOptions"] = 39] = "MaximumMinimumOptions";
    BuiltinOptions[BuiltinOptions["ArgMaxOptions"] = 40] = "ArgMaxOptions";
    BuiltinOptions[BuiltinOptions["LessOptions"] = 41] = "LessOptions";
    BuiltinOptions[BuiltinOptions["NegOptions"] = 42] = "NegOptions";
    BuiltinOptions[BuiltinOptions["PadV2Options"] = 43] = "PadV2Options";
    BuiltinOptions[BuiltinOptions["GreaterOptions"] = 44] = "GreaterOptions";
    BuiltinOptions[BuiltinOptions["GreaterEqualOptions"] = 45] = "GreaterEqualOptions";
    BuiltinOptions[BuiltinOptions["LessEqualOptions"] = 46] = "LessEqualOptions";
    BuiltinOptions[BuiltinOptions["SelectOptions"] = 47] = "SelectOptions";
    BuiltinOptions[BuiltinOptions["SliceOptions"] = 48] = "SliceOptions";
    BuiltinOptions[BuiltinOptions["TransposeConvOptions"] = 49] = "TransposeConvOptions";
    BuiltinOptions[BuiltinOptions["SparseToDenseOptions"] = 50] = "SparseToDenseOptions";
    BuiltinOptions[BuiltinOptions["TileOptions"] = 51] = "TileOptions";
    BuiltinOptions[BuiltinOptions["ExpandDimsOptions"] = 52] = "ExpandDimsOptions";
    BuiltinOptions[BuiltinOptions["EqualOptions"] = 53] = "EqualOptions";
    BuiltinOptions[BuiltinOptions["NotEqualOptions"] = 54] = "NotEqualOptions";
    BuiltinOptions[BuiltinOptions["ShapeOptions"] = 55] = "ShapeOptions";
    BuiltinOptions[BuiltinOptions["PowOptions"] = 56] = "PowOptions";
    BuiltinOptions[BuiltinOptions["ArgMinOptions"] = 57] = "ArgMinOptions";
    BuiltinOptions[BuiltinOptions["FakeQuantOptions"] = 58] = "FakeQuantOptions";
    BuiltinOptions[BuiltinOptions["PackOptions"] = 59] = "PackOptions";
    BuiltinOptions[BuiltinOptions["LogicalOrOptions"] = 60] = "LogicalOrOptions";
    BuiltinOptions[BuiltinOptions["OneHotOptions"] = 61] = "OneHotOptions";
    BuiltinOptions[BuiltinOptions["LogicalAndOptions"] = 62] = "LogicalAndOptions";
    BuiltinOptions[BuiltinOptions["LogicalNotOptions"] = 63] = "LogicalNotOptions";
    BuiltinOptions[BuiltinOptions["UnpackOptions"] = 64] = "UnpackOptions";
    BuiltinOptions[BuiltinOptions["FloorDivOptions"] = 65] = "FloorDivOptions";
    BuiltinOptions[BuiltinOptions["SquareOptions"] = 66] = "SquareOptions";
    BuiltinOptions[BuiltinOptions["ZerosLikeOptions"] = 67] = "ZerosLikeOptions";
    BuiltinOptions[BuiltinOptions["FillOptions"] = 68] = "FillOptions";
    BuiltinOptions[BuiltinOptions["BidirectionalSequenceLSTMOptions"] = 69] = "BidirectionalSequenceLSTMOptions";
    BuiltinOptions[BuiltinOptions["BidirectionalSequenceRNNOptions"] = 70] = "BidirectionalSequenceRNNOptions";
    BuiltinOptions[BuiltinOptions["UnidirectionalSequenceLSTMOptions"] = 71] = "UnidirectionalSequenceLSTMOptions";
    BuiltinOptions[BuiltinOptions["FloorModOptions"] = 72] = "FloorModOptions";
    BuiltinOptions[BuiltinOptions["RangeOptions"] = 73] = "RangeOptions";
    BuiltinOptions[BuiltinOptions["ResizeNearestNeighborOptions"] = 74] = "ResizeNearestNeighborOptions";
    BuiltinOptions[BuiltinOptions["LeakyReluOptions"] = 75] = "LeakyReluOptions";
    BuiltinOptions[BuiltinOptions["SquaredDifferenceOptions"] = 76] = "SquaredDifferenceOptions";
    BuiltinOptions[BuiltinOptions["MirrorPadOptions"] = 77] = "MirrorPadOptions";
    BuiltinOptions[BuiltinOptions["AbsOptions"] = 78] = "AbsOptions";
    BuiltinOptions[BuiltinOptions["SplitVOptions"] = 79] = "SplitVOptions";
    BuiltinOptions[BuiltinOptions["UniqueOptions"] = 80] = "UniqueOptions";
    BuiltinOptions[BuiltinOptions["ReverseV2Options"] = 81] = "ReverseV2Options";
    BuiltinOptions[BuiltinOptions["AddNOptions"] = 82] = "AddNOptions";
    BuiltinOptions[BuiltinOptions["GatherNdOptions"] = 83] = "GatherNdOptions";
    BuiltinOptions[BuiltinOptions["CosOptions"] = 84] = "CosOptions";
    BuiltinOptions[BuiltinOptions["WhereOptions"] = 85] = "WhereOptions";
    BuiltinOptions[BuiltinOptions["RankOptions"] = 86] = "RankOptions";
    BuiltinOptions[BuiltinOptions["ReverseSequenceOptions"] = 87] = "ReverseSequenceOptions";
    BuiltinOptions[BuiltinOptions["MatrixDiagOptions"] = 88] = "MatrixDiagOptions";
    BuiltinOptions[BuiltinOptions["QuantizeOptions"] = 89] = "QuantizeOptions";
    BuiltinOptions[BuiltinOptions["MatrixSetDiagOptions"] = 90] = "MatrixSetDiagOptions";
    BuiltinOptions[BuiltinOptions["HardSwishOptions"] = 91] = "HardSwishOptions";
    BuiltinOptions[BuiltinOptions["IfOptions"] = 92] = "IfOptions";
    BuiltinOptions[BuiltinOptions["WhileOptions"] = 93] = "WhileOptions";
    BuiltinOptions[BuiltinOptions["DepthToSpaceOptions"] = 94] = "DepthToSpaceOptions";
    BuiltinOptions[BuiltinOptions["NonMaxSuppressionV4Options"] = 95] = "NonMaxSuppressionV4Options";
    BuiltinOptions[BuiltinOptions["NonMaxSuppressionV5Options"] = 96] = "NonMaxSuppressionV5Options";
    BuiltinOptions[BuiltinOptions["ScatterNdOptions"] = 97] = "ScatterNdOptions";
    BuiltinOptions[BuiltinOptions["SelectV2Options"] = 98] = "SelectV2Options";
    BuiltinOptions[BuiltinOptions["DensifyOptions"] = 99] = "DensifyOptions";
    BuiltinOptions[BuiltinOptions["SegmentSumOptions"] = 100] = "SegmentSumOptions";
    BuiltinOptions[BuiltinOptions["BatchMatMulOptions"] = 101] = "BatchMatMulOptions";
    BuiltinOptions[BuiltinOptions["CumsumOptions"] = 102] = "CumsumOptions";
    BuiltinOptions[BuiltinOptions["CallOnceOptions"] = 103] = "CallOnceOptions";
    BuiltinOptions[BuiltinOptions["BroadcastToOptions"] = 104] = "BroadcastToOptions";
    BuiltinOptions[BuiltinOptions["Rfft2dOptions"] = 105] = "Rfft2dOptions";
    BuiltinOptions[BuiltinOptions["Conv3DOptions"] = 106] = "Conv3DOptions";
    BuiltinOptions[BuiltinOptions["HashtableOptions"] = 107] = "HashtableOptions";
    BuiltinOptions[BuiltinOptions["HashtableFindOptions"] = 108] = "HashtableFindOptions";
    BuiltinOptions[BuiltinOptions["HashtableImportOptions"] = 109] = "HashtableImportOptions";
    BuiltinOptions[BuiltinOptions["HashtableSizeOptions"] = 110] = "HashtableSizeOptions";
    BuiltinOptions[BuiltinOptions["VarHandleOptions"] = 111] = "VarHandleOptions";
    BuiltinOptions[BuiltinOptions["ReadVariableOptions"] = 112] = "ReadVariableOptions";
    BuiltinOptions[BuiltinOptions["AssignVariableOptions"] = 113] = "AssignVariableOptions";
    BuiltinOptions[BuiltinOptions["RandomOptions"] = 114] = "RandomOptions";
    BuiltinOptions[BuiltinOptions["BucketizeOptions"] = 115] = "BucketizeOptions";
    BuiltinOptions[BuiltinOptions["GeluOptions"] = 116] = "GeluOptions";
    BuiltinOptions[BuiltinOptions["DynamicUpdateSliceOptions"] = 117] = "DynamicUpdateSliceOptions";
    BuiltinOptions[BuiltinOptions["UnsortedSegmentProdOptions"] = 118] = "UnsortedSegmentProdOptions";
    BuiltinOptions[BuiltinOptions["UnsortedSegmentMaxOptions"] = 119] = "UnsortedSegmentMaxOptions";
    BuiltinOptions[BuiltinOptions["UnsortedSegmentMinOptions"] = 120] = "UnsortedSegmentMinOptions";
    BuiltinOptions[BuiltinOptions["UnsortedSegmentSumOptions"] = 121] = "UnsortedSegmentSumOptions";
    BuiltinOptions[BuiltinOptions["ATan2Options"] = 122] = "ATan2Options";
    BuiltinOptions[BuiltinOptions["SignOptions"] = 123] = "SignOptions";
    BuiltinOptions[BuiltinOptions["BitcastOptions"] = 124] = "BitcastOptions";
    BuiltinOptions[BuiltinOptions["BitwiseXorOptions"] = 125] = "BitwiseXorOptions";
    BuiltinOptions[BuiltinOptions["RightShiftOptions"] = 126] = "RightShiftOptions";
})(BuiltinOptions || (BuiltinOptions = {}));
function unionToBuiltinOptions(type, accessor) {
    switch (BuiltinOptions[type]) {
        case 'NONE': return null;
        case 'Conv2DOptions': return accessor(new Conv2DOptions());
        case 'DepthwiseConv2DOptions': return accessor(new DepthwiseConv2DOptions());
        case 'ConcatEmbeddingsOptions': return accessor(new ConcatEmbeddingsOptions());
        case 'LSHProjectionOptions': return accessor(new LSHProjectionOptions());
        case 'Pool2DOptions': return accessor(new Pool2DOptions());
        case 'SVDFOptions': return accessor(new SVDFOptions());
        case 'RNNOptions': return accessor(new RNNOptions());
        case 'FullyConnectedOptions': return accessor(new FullyConnectedOptions());
        case 'SoftmaxOptions': return accessor(new SoftmaxOptions());
        case 'ConcatenationOptions': return accessor(new ConcatenationOptions());
        case 'AddOptions': return accessor(new AddOptions());
        case 'L2NormOptions': return accessor(new L2NormOptions());
        case 'LocalResponseNormalizationOptions': return accessor(new LocalResponseNormalizationOptions());
        case 'LSTMOptions': return accessor(new LSTMOptions());
        case 'ResizeBilinearOptions': return accessor(new ResizeBilinearOptions());
        case 'CallOptions': return accessor(new CallOptions());
        case 'ReshapeOptions': return accessor(new ReshapeOptions());
        case 'SkipGramOptions': return accessor(new SkipGramOptions());
        case 'SpaceToDepthOptions': return accessor(new SpaceToDepthOptions());
        case 'EmbeddingLookupSparseOptions': return accessor(new EmbeddingLookupSparseOptions());
        case 'MulOptions': return accessor(new MulOptions());
        case 'PadOptions': return accessor(new PadOptions());
        case 'GatherOptions': return accessor(new GatherOptions());
        case 'BatchToSpaceNDOptions': return accessor(new BatchToSpaceNDOptions());
        case 'SpaceToBatchNDOptions': return accessor(new SpaceToBatchNDOptions());
        case 'TransposeOptions': return accessor(new TransposeOptions());
        case 'ReducerOptions': return accessor(new ReducerOptions());
        case 'SubOptions': return accessor(new SubOptions());
        case 'DivOptions': return accessor(new DivOptions());
        case 'SqueezeOptions': return accessor(new SqueezeOptions());
        case 'SequenceRNNOptions': return accessor(new SequenceRNNOptions());
        case 'StridedSliceOptions': return accessor(new StridedSliceOptions());
        case 'ExpOptions': return accessor(new ExpOptions());
        case 'TopKV2Options': return accessor(new TopKV2Options());
        case 'SplitOptions': return accessor(new SplitOptions());
        case 'LogSoftmaxOptions': return accessor(new LogSoftmaxOptions());
        case 'CastOptions': return accessor(new CastOptions());
        case 'DequantizeOptions': return accessor(new DequantizeOptions());
        case 'MaximumMinimumOptions': return accessor(new MaximumMinimumOptions());
        case 'ArgMaxOptions': return accessor(new ArgMaxOptions());
        case 'LessOptions': return accessor(new LessOptions());
        case 'NegOptions': return accessor(new NegOptions());
        case 'PadV2Options': return accessor(new PadV2Options());
        case 'GreaterOptions': return accessor(new GreaterOptions());
        case 'GreaterEqualOptions': return accessor(new GreaterEqualOptions());
        case 'LessEqualOptions': return accessor(new LessEqualOptions());
        case 'SelectOptions': return accessor(new SelectOptions());
        case 'SliceOptions': return accessor(new SliceOptions());
        case 'TransposeConvOptions': return accessor(new TransposeConvOptions());
        case 'SparseToDenseOptions': return accessor(new SparseToDenseOptions());
        case 'TileOptions': return accessor(new TileOptions());
        case 'ExpandDimsOptions': return accessor(new ExpandDimsOptions());
        case 'EqualOptions': return accessor(new EqualOptions());
        case 'NotEqualOptions': return accessor(new NotEqualOptions());
        case 'ShapeOptions': return accessor(new ShapeOptions());
        case 'PowOptions': return accessor(new PowOptions());
        case 'ArgMinOptions': return accessor(new ArgMinOptions());
        case 'FakeQuantOptions': return accessor(new FakeQuantOptions());
        case 'PackOptions': return accessor(new PackOptions());
        case 'LogicalOrOptions': return accessor(new LogicalOrOptions());
        case 'OneHotOptions': return accessor(new OneHotOptions());
        case 'LogicalAndOptions': return accessor(new LogicalAndOptions());
        case 'LogicalNotOptions': return accessor(new LogicalNotOptions());
        case 'UnpackOptions': return accessor(new UnpackOptions());
        case 'FloorDivOptions': return accessor(new FloorDivOptions());
        case 'SquareOptions': return accessor(new SquareOptions());
        case 'ZerosLikeOptions': return accessor(new ZerosLikeOptions());
        case 'FillOptions': return accessor(new FillOptions());
        case 'BidirectionalSequenceLSTMOptions': return accessor(new BidirectionalSequenceLSTMOptions());
        case 'BidirectionalSequenceRNNOptions': return accessor(new BidirectionalSequenceRNNOptions());
        case 'UnidirectionalSequenceLSTMOptions': return accessor(new UnidirectionalSequenceLSTMOptions());
        case 'FloorModOptions': return accessor(new FloorModOptions());
        case 'RangeOptions': return accessor(new RangeOptions());
        case 'ResizeNearestNeighborOptions': return accessor(new ResizeNearestNeighborOptions());
        case 'LeakyReluOptions': return accessor(new LeakyReluOptions());
        case 'SquaredDifferenceOptions': return accessor(new SquaredDifferenceOptions());
        case 'MirrorPadOptions': return accessor(new MirrorPadOptions());
        case 'AbsOptions': return accessor(new AbsOptions());
        case 'SplitVOptions': return accessor(new SplitVOptions());
        case 'UniqueOptions': return accessor(new UniqueOptions());
        case 'ReverseV2Options': return accessor(new ReverseV2Options());
        case 'AddNOptions': return accessor(new AddNOptions());
        case 'GatherNdOptions': return accessor(new GatherNdOptions());
        case 'CosOptions': return accessor(new CosOptions());
        case 'WhereOptions': return accessor(new WhereOptions());
        case 'RankOptions': return accessor(new RankOptions());
        case 'ReverseSequenceOptions': return accessor(new ReverseSequenceOptions());
        case 'MatrixDiagOptions': return accessor(new MatrixDiagOptions());
        case 'QuantizeOptions': return accessor(new QuantizeOptions());
        case 'MatrixSetDiagOptions': return accessor(new MatrixSetDiagOptions());
        case 'HardSwishOptions': return accessor(new HardSwishOptions());
        case 'IfOptions': return accessor(new IfOptions());
        case 'WhileOptions': return accessor(new WhileOptions());
        case 'DepthToSpaceOptions': return accessor(new DepthToSpaceOptions());
        case 'NonMaxSuppressionV4Options': return accessor(new NonMaxSuppressionV4Options());
        case 'NonMaxSuppressionV5Options': return accessor(new NonMaxSuppressionV5Options());
        case 'ScatterNdOptions': return accessor(new ScatterNdOptions());
        case 'SelectV2Options': return accessor(new SelectV2Options());
        case 'DensifyOptions': return accessor(new DensifyOptions());
        case 'SegmentSumOptions': return accessor(new SegmentSumOptions());
        case 'BatchMatMulOptions': return accessor(new BatchMatMulOptions());
        case 'CumsumOptions': return accessor(new CumsumOptions());
        case 'CallOnceOptions': return accessor(new CallOnceOptions());
        case 'BroadcastToOptions': return accessor(new BroadcastToOptions());
        case 'Rfft2dOptions': return accessor(new Rfft2dOptions());
        case 'Conv3DOptions': return accessor(new Conv3DOptions());
        case 'HashtableOptions': return accessor(new HashtableOptions());
        case 'HashtableFindOptions': return accessor(new HashtableFindOptions());
        case 'HashtableImportOptions': return accessor(new HashtableImportOptions());
        case 'HashtableSizeOptions': return accessor(new HashtableSizeOptions());
        case 'VarHandleOptions': return accessor(new VarHandleOptions());
        case 'ReadVariableOptions': return accessor(new ReadVariableOptions());
        case 'AssignVariableOptions': return accessor(new AssignVariableOptions());
        case 'RandomOptions': return accessor(new RandomOptions());
        case 'BucketizeOptions': return accessor(new BucketizeOptions());
        case 'GeluOptions': return accessor(new GeluOptions());
        case 'DynamicUpdateSliceOptions': return accessor(new DynamicUpdateSliceOptions());
        case 'UnsortedSegmentProdOptions': return accessor(new UnsortedSegmentProdOptions());
        case 'UnsortedSegmentMaxOptions': return accessor(new UnsortedSegmentMaxOptions());
        case 'UnsortedSegmentMinOptions': return accessor(new UnsortedSegmentMinOptions());
        case 'UnsortedSegmentSumOptions': return accessor(new UnsortedSegmentSumOptions());
        case 'ATan2Options': return accessor(new ATan2Options());
        case 'SignOptions': return accessor(new SignOptions());
        case 'BitcastOptions': return accessor(new BitcastOptions());
        case 'BitwiseXorOptions': return accessor(new BitwiseXorOptions());
        case 'RightShiftOptions': return accessor(new RightShiftOptions());
        default: return null;
    }
}
function unionListToBuiltinOptions(type, accessor, index) {
    switch (BuiltinOptions[type]) {
        case 'NONE': return null;
        case 'Conv2DOptions': return accessor(index, new Conv2DOptions());
        case 'DepthwiseConv2DOptions': return accessor(index, new DepthwiseConv2DOptions());
        case 'ConcatEmbeddingsOptions': return accessor(index, new ConcatEmbeddingsOptions());
        case 'LSHProjectionOptions': return accessor(index, new LSHProjectionOptions());
        case 'Pool2DOptions': return accessor(index, new Pool2DOptions());
        case 'SVDFOptions': return accessor(index, new SVDFOptions());
        case 'RNNOptions': return accessor(index, new RNNOptions());
        case 'FullyConnectedOptions': return accessor(index, new FullyConnectedOptions());
        case 'SoftmaxOptions': return accessor(index, new SoftmaxOptions());
        case 'ConcatenationOptions': return accessor(index, new ConcatenationOptions());
        case 'AddOptions': return accessor(index, new AddOptions());
        case 'L2NormOptions': return accessor(index, new L2NormOptions());
        case 'LocalResponseNormalizationOptions': return accessor(index, new LocalResponseNormalizationOptions());
        case 'LSTMOptions': return accessor(index, new LSTMOptions());
        case 'ResizeBilinearOptions': return accessor(index, new ResizeBilinearOptions());
        case 'CallOptions': return accessor(index, new CallOptions());
        case 'ReshapeOptions': return accessor(index, new ReshapeOptions());
        case 'SkipGramOptions': return accessor(index, new SkipGramOptions());
        case 'SpaceToDepthOptions': return accessor(index, new SpaceToDepthOptions());
        case 'EmbeddingLookupSparseOptions': return accessor(index, new EmbeddingLookupSparseOptions());
        case 'MulOptions': return accessor(index, new MulOptions());
        case 'PadOptions': return accessor(index, new PadOptions());
        case 'GatherOptions': return accessor(index, new GatherOptions());
        case 'BatchToSpaceNDOptions': return accessor(index, new BatchToSpaceNDOptions());
        case 'SpaceToBatchNDOptions': return accessor(index, new SpaceToBatchNDOptions());
        case 'TransposeOptions': return accessor(index, new TransposeOptions());
        case 'ReducerOptions': return accessor(index, new ReducerOptions());
        case 'SubOptions': return accessor(index, new SubOptions());
        case 'DivOptions': return accessor(index, new DivOptions());
        case 'SqueezeOptions': return accessor(index, new SqueezeOptions());
        case 'SequenceRNNOptions': return accessor(index, new SequenceRNNOptions());
        case 'StridedSliceOptions': return accessor(index, new StridedSliceOptions());
        case 'ExpOptions': return accessor(index, new ExpOptions());
        case 'TopKV2Options': return accessor(index, new TopKV2Options());
        case 'SplitOptions': return accessor(index, new SplitOptions());
        case 'LogSoftmaxOptions': return accessor(index, new LogSoftmaxOptions());
        case 'CastOptions': return accessor(index, new CastOptions());
        case 'DequantizeOptions': return accessor(index, new DequantizeOptions());
        case 'MaximumMinimumOptions': return accessor(index, new MaximumMinimumOptions());
        case 'ArgMaxOptions': return accessor(index, new ArgMaxOptions());
        case 'LessOptions': return accessor(index, new LessOptions());
        case 'NegOptions': return accessor(index, new NegOptions());
        case 'PadV2Options': return accessor(index, new PadV2Options());
        case 'GreaterOptions': return accessor(index, new GreaterOptions());
        case 'GreaterEqualOptions': return accessor(index, new GreaterEqualOptions());
        case 'LessEqualOptions': return accessor(index, new LessEqualOptions());
        case 'SelectOptions': return accessor(index, new SelectOptions());
        case 'SliceOptions': return accessor(index, new SliceOptions());
        case 'TransposeConvOptions': return accessor(index, new TransposeConvOptions());
        case 'SparseToDenseOptions': return accessor(index, new SparseToDenseOptions());
        case 'TileOptions': return accessor(index, new TileOptions());
        case 'ExpandDimsOptions': return accessor(index, new ExpandDimsOptions());
        case 'EqualOptions': return accessor(index, new EqualOptions());
        case 'NotEqualOptions': return accessor(index, new NotEqualOptions());
        case 'ShapeOptions': return accessor(index, new ShapeOptions());
        case 'PowOptions': return accessor(index, new PowOptions());
        case 'ArgMinOptions': return accessor(index, new ArgMinOptions());
        case 'FakeQuantOptions': return accessor(index, new FakeQuantOptions());
        case 'PackOptions': return accessor(index, new PackOptions());
        case 'LogicalOrOptions': return accessor(index, new LogicalOrOptions());
        case 'OneHotOptions': return accessor(index, new OneHotOptions());
        case 'LogicalAndOptions': return accessor(index, new LogicalAndOptions());
        case 'LogicalNotOptions': return accessor(index, new LogicalNotOptions());
        case 'UnpackOptions': return accessor(index, new UnpackOptions());
        case 'FloorDivOptions': return accessor(index, new FloorDivOptions());
        case 'SquareOptions': return accessor(index, new SquareOptions());
        case 'ZerosLikeOptions': return accessor(index, new ZerosLikeOptions());
        case 'FillOptions': return accessor(index, new FillOptions());
        case 'BidirectionalSequenceLSTMOptions': return accessor(index, new BidirectionalSequenceLSTMOptions());
        case 'BidirectionalSequenceRNNOptions': return accessor(index, new BidirectionalSequenceRNNOptions());
        case 'UnidirectionalSequenceLSTMOptions': return accessor(index, new UnidirectionalSequenceLSTMOptions());
        case 'FloorModOptions': return accessor(index, new FloorModOptions());
        case 'RangeOptions': return accessor(index, new RangeOptions());
        case 'ResizeNearestNeighborOptions': return accessor(index, new ResizeNearestNeighborOptions());
        case 'LeakyReluOptions': return accessor(index, new LeakyReluOptions());
        case 'SquaredDifferenceOptions': return accessor(index, new SquaredDifferenceOptions());
        case 'MirrorPadOptions': return accessor(index, new MirrorPadOptions());
        case 'AbsOptions': return accessor(index, new AbsOptions());
        case 'SplitVOptions': return accessor(index, new SplitVOptions());
        case 'UniqueOptions': return accessor(index, new UniqueOptions());
        case 'ReverseV2Options': return accessor(index, new ReverseV2Options());
        case 'AddNOptions': return accessor(index, new AddNOptions());
        case 'GatherNdOptions': return accessor(index, new GatherNdOptions());
        case 'CosOptions': return accessor(index, new CosOptions());
        case 'WhereOptions': return accessor(index, new WhereOptions());
        case 'RankOptions': return accessor(index, new RankOptions());
        case 'ReverseSequenceOptions': return accessor(index, new ReverseSequenceOptions());
        case 'MatrixDiagOptions': return accessor(index, new MatrixDiagOptions());
        case 'QuantizeOptions': return accessor(index, new QuantizeOptions());
        case 'MatrixSetDiagOptions': return accessor(index, new MatrixSetDiagOptions());
        case 'HardSwishOptions': return accessor(index, new HardSwishOptions());
        case 'IfOptions': return accessor(index, new IfOptions());
        case 'WhileOptions': return accessor(index, new WhileOptions());
        case 'DepthToSpaceOptions': return accessor(index, new DepthToSpaceOptions());
        case 'NonMaxSuppressionV4Options': return accessor(index, new NonMaxSuppressionV4Options());
        case 'NonMaxSuppressionV5Options': return accessor(index, new NonMaxSuppressionV5Options());
        case 'ScatterNdOptions': return accessor(index, new ScatterNdOptions());
        case 'SelectV2Options': return accessor(index, new SelectV2Options());
        case 'DensifyOptions': return accessor(index, new DensifyOptions());
        case 'SegmentSumOptions': return accessor(index, new SegmentSumOptions());
        case 'BatchMatMulOptions': return accessor(index, new BatchMatMulOptions());
        case 'CumsumOptions': return accessor(index, new CumsumOptions());
        case 'CallOnceOptions': return accessor(index, new CallOnceOptions());
        case 'BroadcastToOptions': return accessor(index, new BroadcastToOptions());
        case 'Rfft2dOptions': return accessor(index, new Rfft2dOptions());
        case 'Conv3DOptions': return accessor(index, new Conv3DOptions());
        case 'HashtableOptions': return accessor(index, new HashtableOptions());
        case 'HashtableFindOptions': return accessor(index, new HashtableFindOptions());
        case 'HashtableImportOptions': return accessor(index, new HashtableImportOptions());
        case 'HashtableSizeOptions': return accessor(index, new HashtableSizeOptions());
        case 'VarHandleOptions': return accessor(index, new VarHandleOptions());
        case 'ReadVariableOptions': return accessor(index, new ReadVariableOptions());
        case 'AssignVariableOptions': return accessor(index, new AssignVariableOptions());
        case 'RandomOptions': return accessor(index, new RandomOptions());
        case 'BucketizeOptions': return accessor(index, new BucketizeOptions());
        case 'GeluOptions': return accessor(index, new GeluOptions());
        case 'DynamicUpdateSliceOptions': return accessor(index, new DynamicUpdateSliceOptions());
        case 'UnsortedSegmentProdOptions': return accessor(index, new UnsortedSegmentProdOptions());
        case 'UnsortedSegmentMaxOptions': return accessor(index, new UnsortedSegmentMaxOptions());
        case 'UnsortedSegmentMinOptions': return accessor(index, new UnsortedSegmentMinOptions());
        case 'UnsortedSegmentSumOptions': return accessor(index, new UnsortedSegmentSumOptions());
        case 'ATan2Options': return accessor(index, new ATan2Options());
        case 'SignOptions': return accessor(index, new SignOptions());
        case 'BitcastOptions': return accessor(index, new BitcastOptions());
        case 'BitwiseXorOptions': return accessor(index, new BitwiseXorOptions());
        case 'RightShiftOptions': return accessor(index, new RightShiftOptions());
        default: return null;
    }
}

;// CONCATENATED MODULE: ./src/schemas/tflite/tflite/builtin-options2.ts
// GENERATED by tools/gen-tflite-schema.mjs (flatc version 2.0.8, Debian flatbuffers-compiler) from schemas/tflite_schema.fbs (official TFLite, Apache-2.0). Do not edit.
// automatically generated by the FlatBuffers compiler, do not modify
/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any, @typescript-eslint/no-non-null-assertion */























var BuiltinOptions2;
(function (BuiltinOptions2) {
    BuiltinOptions2[BuiltinOptions2["NONE"] = 0] = "NONE";
    BuiltinOptions2[BuiltinOptions2["StablehloConcatenateOptions"] = 1] = "StablehloConcatenateOptions";
    BuiltinOptions2[BuiltinOptions2["StablehloBroadcastInDimOptions"] = 2] = "StablehloBroadcastInDimOptions";
    BuiltinOptions2[BuiltinOptions2["StablehloSliceOptions"] = 3] = "StablehloSliceOptions";
    BuiltinOptions2[BuiltinOptions2["StablehloConvolutionOptions"] = 4] = "StablehloConvolutionOptions";
    BuiltinOptions2[BuiltinOptions2["StablehloCustomCallOptions"] = 5] = "StablehloCustomCallOptions";
    BuiltinOptions2[BuiltinOptions2["StablehloReduceOptions"] = 6] = "StablehloReduceOptions";
    BuiltinOptions2[BuiltinOptions2["StablehloScatterOptions"] = 7] = "StablehloScatterOptions";
    BuiltinOptions2[BuiltinOptions2["StablehloCompareOptions"] = 8] = "StablehloCompareOptions";
    BuiltinOptions2[BuiltinOptions2["StablehloDynamicSliceOptions"] = 9] = "StablehloDynamicSliceOptions";
    BuiltinOptions2[BuiltinOptions2["StablehloPadOptions"] = 10] = "StablehloPadOptions";
    BuiltinOptions2[BuiltinOptions2["StablehloIotaOptions"] = 11] = "StablehloIotaOptions";
    BuiltinOptions2[BuiltinOptions2["StablehloDotGeneralOptions"] = 12] = "StablehloDotGeneralOptions";
    BuiltinOptions2[BuiltinOptions2["StablehloReduceWindowOptions"] = 13] = "StablehloReduceWindowOptions";
    BuiltinOptions2[BuiltinOptions2["StablehloSortOptions"] = 14] = "StablehloSortOptions";
    BuiltinOptions2[BuiltinOptions2["StablehloWhileOptions"] = 15] = "StablehloWhileOptions";
    BuiltinOptions2[BuiltinOptions2["StablehloGatherOptions"] = 16] = "StablehloGatherOptions";
    BuiltinOptions2[BuiltinOptions2["StablehloTransposeOptions"] = 17] = "StablehloTransposeOptions";
    BuiltinOptions2[BuiltinOptions2["DilateOptions"] = 18] = "DilateOptions";
    BuiltinOptions2[BuiltinOptions2["StablehloRngBitGeneratorOptions"] = 19] = "StablehloRngBitGeneratorOptions";
    BuiltinOptions2[BuiltinOptions2["ReduceWindowOptions"] = 20] = "ReduceWindowOptions";
    BuiltinOptions2[BuiltinOptions2["StableHLOCompositeOptions"] = 21] = "StableHLOCompositeOptions";
    BuiltinOptions2[BuiltinOptions2["StablehloShiftLeftOptions"] = 22] = "StablehloShiftLeftOptions";
    BuiltinOptions2[BuiltinOptions2["StablehloCaseOptions"] = 23] = "StablehloCaseOptions";
})(BuiltinOptions2 || (BuiltinOptions2 = {}));
function unionToBuiltinOptions2(type, accessor) {
    switch (BuiltinOptions2[type]) {
        case 'NONE': return null;
        case 'StablehloConcatenateOptions': return accessor(new StablehloConcatenateOptions());
        case 'StablehloBroadcastInDimOptions': return accessor(new StablehloBroadcastInDimOptions());
        case 'StablehloSliceOptions': return accessor(new StablehloSliceOptions());
        case 'StablehloConvolutionOptions': return accessor(new StablehloConvolutionOptions());
        case 'StablehloCustomCallOptions': return accessor(new StablehloCustomCallOptions());
        case 'StablehloReduceOptions': return accessor(new StablehloReduceOptions());
        case 'StablehloScatterOptions': return accessor(new StablehloScatterOptions());
        case 'StablehloCompareOptions': return accessor(new StablehloCompareOptions());
        case 'StablehloDynamicSliceOptions': return accessor(new StablehloDynamicSliceOptions());
        case 'StablehloPadOptions': return accessor(new StablehloPadOptions());
        case 'StablehloIotaOptions': return accessor(new StablehloIotaOptions());
        case 'StablehloDotGeneralOptions': return accessor(new StablehloDotGeneralOptions());
        case 'StablehloReduceWindowOptions': return accessor(new StablehloReduceWindowOptions());
        case 'StablehloSortOptions': return accessor(new StablehloSortOptions());
        case 'StablehloWhileOptions': return accessor(new StablehloWhileOptions());
        case 'StablehloGatherOptions': return accessor(new StablehloGatherOptions());
        case 'StablehloTransposeOptions': return accessor(new StablehloTransposeOptions());
        case 'DilateOptions': return accessor(new DilateOptions());
        case 'StablehloRngBitGeneratorOptions': return accessor(new StablehloRngBitGeneratorOptions());
        case 'ReduceWindowOptions': return accessor(new ReduceWindowOptions());
        case 'StableHLOCompositeOptions': return accessor(new StableHLOCompositeOptions());
        case 'StablehloShiftLeftOptions': return accessor(new StablehloShiftLeftOptions());
        case 'StablehloCaseOptions': return accessor(new StablehloCaseOptions());
        default: return null;
    }
}
function unionListToBuiltinOptions2(type, accessor, index) {
    switch (BuiltinOptions2[type]) {
        case 'NONE': return null;
        case 'StablehloConcatenateOptions': return accessor(index, new StablehloConcatenateOptions());
        case 'StablehloBroadcastInDimOptions': return accessor(index, new StablehloBroadcastInDimOptions());
        case 'StablehloSliceOptions': return accessor(index, new StablehloSliceOptions());
        case 'StablehloConvolutionOptions': return accessor(index, new StablehloConvolutionOptions());
        case 'StablehloCustomCallOptions': return accessor(index, new StablehloCustomCallOptions());
        case 'StablehloReduceOptions': return accessor(index, new StablehloReduceOptions());
        case 'StablehloScatterOptions': return accessor(index, new StablehloScatterOptions());
        case 'StablehloCompareOptions': return accessor(index, new StablehloCompareOptions());
        case 'StablehloDynamicSliceOptions': return accessor(index, new StablehloDynamicSliceOptions());
        case 'StablehloPadOptions': return accessor(index, new StablehloPadOptions());
        case 'StablehloIotaOptions': return accessor(index, new StablehloIotaOptions());
        case 'StablehloDotGeneralOptions': return accessor(index, new StablehloDotGeneralOptions());
        case 'StablehloReduceWindowOptions': return accessor(index, new StablehloReduceWindowOptions());
        case 'StablehloSortOptions': return accessor(index, new StablehloSortOptions());
        case 'StablehloWhileOptions': return accessor(index, new StablehloWhileOptions());
        case 'StablehloGatherOptions': return accessor(index, new StablehloGatherOptions());
        case 'StablehloTransposeOptions': return accessor(index, new StablehloTransposeOptions());
        case 'DilateOptions': return accessor(index, new DilateOptions());
        case 'StablehloRngBitGeneratorOptions': return accessor(index, new StablehloRngBitGeneratorOptions());
        case 'ReduceWindowOptions': return accessor(index, new ReduceWindowOptions());
        case 'StableHLOCompositeOptions': return accessor(index, new StableHLOCompositeOptions());
        case 'StablehloShiftLeftOptions': return accessor(index, new StablehloShiftLeftOptions());
        case 'StablehloCaseOptions': return accessor(index, new StablehloCaseOptions());
        default: return null;
    }
}

;// CONCATENATED MODULE: ./src/schemas/tflite/tflite/custom-options-format.ts
// GENERATED by tools/gen-tflite-schema.mjs (flatc version 2.0.8, Debian flatbuffers-compiler) from schemas/tflite_schema.fbs (official TFLite, Apache-2.0). Do not edit.
// automatically generated by the FlatBuffers compiler, do not modify
/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any, @typescript-eslint/no-non-null-assertion */
var CustomOptionsFormat;
(function (CustomOptionsFormat) {
    CustomOptionsFormat[CustomOptionsFormat["FLEXBUFFERS"] = 0] = "FLEXBUFFERS";
})(CustomOptionsFormat || (CustomOptionsFormat = {}));

;// CONCATENATED MODULE: ./src/schemas/tflite/tflite/operator.ts
// GENERATED by tools/gen-tflite-schema.mjs (flatc version 2.0.8, Debian flatbuffers-compiler) from schemas/tflite_schema.fbs (official TFLite, Apache-2.0). Do not edit.
// automatically generated by the FlatBuffers compiler, do not modify
/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any, @typescript-eslint/no-non-null-assertion */




class Operator {
    bb = null;
    bb_pos = 0;
    __init(i, bb) {
        this.bb_pos = i;
        this.bb = bb;
        return this;
    }
    static getRootAsOperator(bb, obj) {
        return (obj || new Operator()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    static getSizePrefixedRootAsOperator(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers/* SIZE_PREFIX_LENGTH */.kc);
        return (obj || new Operator()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    opcodeIndex() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.readUint32(this.bb_pos + offset) : 0;
    }
    inputs(index) {
        const offset = this.bb.__offset(this.bb_pos, 6);
        return offset ? this.bb.readInt32(this.bb.__vector(this.bb_pos + offset) + index * 4) : 0;
    }
    inputsLength() {
        const offset = this.bb.__offset(this.bb_pos, 6);
        return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
    }
    inputsArray() {
        const offset = this.bb.__offset(this.bb_pos, 6);
        return offset ? new Int32Array(this.bb.bytes().buffer, this.bb.bytes().byteOffset + this.bb.__vector(this.bb_pos + offset), this.bb.__vector_len(this.bb_pos + offset)) : null;
    }
    outputs(index) {
        const offset = this.bb.__offset(this.bb_pos, 8);
        return offset ? this.bb.readInt32(this.bb.__vector(this.bb_pos + offset) + index * 4) : 0;
    }
    outputsLength() {
        const offset = this.bb.__offset(this.bb_pos, 8);
        return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
    }
    outputsArray() {
        const offset = this.bb.__offset(this.bb_pos, 8);
        return offset ? new Int32Array(this.bb.bytes().buffer, this.bb.bytes().byteOffset + this.bb.__vector(this.bb_pos + offset), this.bb.__vector_len(this.bb_pos + offset)) : null;
    }
    builtinOptionsType() {
        const offset = this.bb.__offset(this.bb_pos, 10);
        return offset ? this.bb.readUint8(this.bb_pos + offset) : BuiltinOptions.NONE;
    }
    builtinOptions(obj) {
        const offset = this.bb.__offset(this.bb_pos, 12);
        return offset ? this.bb.__union(obj, this.bb_pos + offset) : null;
    }
    customOptions(index) {
        const offset = this.bb.__offset(this.bb_pos, 14);
        return offset ? this.bb.readUint8(this.bb.__vector(this.bb_pos + offset) + index) : 0;
    }
    customOptionsLength() {
        const offset = this.bb.__offset(this.bb_pos, 14);
        return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
    }
    customOptionsArray() {
        const offset = this.bb.__offset(this.bb_pos, 14);
        return offset ? new Uint8Array(this.bb.bytes().buffer, this.bb.bytes().byteOffset + this.bb.__vector(this.bb_pos + offset), this.bb.__vector_len(this.bb_pos + offset)) : null;
    }
    customOptionsFormat() {
        const offset = this.bb.__offset(this.bb_pos, 16);
        return offset ? this.bb.readInt8(this.bb_pos + offset) : CustomOptionsFormat.FLEXBUFFERS;
    }
    mutatingVariableInputs(index) {
        const offset = this.bb.__offset(this.bb_pos, 18);
        return offset ? !!this.bb.readInt8(this.bb.__vector(this.bb_pos + offset) + index) : false;
    }
    mutatingVariableInputsLength() {
        const offset = this.bb.__offset(this.bb_pos, 18);
        return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
    }
    mutatingVariableInputsArray() {
        const offset = this.bb.__offset(this.bb_pos, 18);
        return offset ? new Int8Array(this.bb.bytes().buffer, this.bb.bytes().byteOffset + this.bb.__vector(this.bb_pos + offset), this.bb.__vector_len(this.bb_pos + offset)) : null;
    }
    intermediates(index) {
        const offset = this.bb.__offset(this.bb_pos, 20);
        return offset ? this.bb.readInt32(this.bb.__vector(this.bb_pos + offset) + index * 4) : 0;
    }
    intermediatesLength() {
        const offset = this.bb.__offset(this.bb_pos, 20);
        return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
    }
    intermediatesArray() {
        const offset = this.bb.__offset(this.bb_pos, 20);
        return offset ? new Int32Array(this.bb.bytes().buffer, this.bb.bytes().byteOffset + this.bb.__vector(this.bb_pos + offset), this.bb.__vector_len(this.bb_pos + offset)) : null;
    }
    largeCustomOptionsOffset() {
        const offset = this.bb.__offset(this.bb_pos, 22);
        return offset ? this.bb.readUint64(this.bb_pos + offset) : BigInt('0');
    }
    largeCustomOptionsSize() {
        const offset = this.bb.__offset(this.bb_pos, 24);
        return offset ? this.bb.readUint64(this.bb_pos + offset) : BigInt('0');
    }
    builtinOptions2Type() {
        const offset = this.bb.__offset(this.bb_pos, 26);
        return offset ? this.bb.readUint8(this.bb_pos + offset) : BuiltinOptions2.NONE;
    }
    builtinOptions2(obj) {
        const offset = this.bb.__offset(this.bb_pos, 28);
        return offset ? this.bb.__union(obj, this.bb_pos + offset) : null;
    }
    debugMetadataIndex() {
        const offset = this.bb.__offset(this.bb_pos, 30);
        return offset ? this.bb.readInt32(this.bb_pos + offset) : -1;
    }
    static startOperator(builder) {
        builder.startObject(14);
    }
    static addOpcodeIndex(builder, opcodeIndex) {
        builder.addFieldInt32(0, opcodeIndex, 0);
    }
    static addInputs(builder, inputsOffset) {
        builder.addFieldOffset(1, inputsOffset, 0);
    }
    static createInputsVector(builder, data) {
        builder.startVector(4, data.length, 4);
        for (let i = data.length - 1; i >= 0; i--) {
            builder.addInt32(data[i]);
        }
        return builder.endVector();
    }
    static startInputsVector(builder, numElems) {
        builder.startVector(4, numElems, 4);
    }
    static addOutputs(builder, outputsOffset) {
        builder.addFieldOffset(2, outputsOffset, 0);
    }
    static createOutputsVector(builder, data) {
        builder.startVector(4, data.length, 4);
        for (let i = data.length - 1; i >= 0; i--) {
            builder.addInt32(data[i]);
        }
        return builder.endVector();
    }
    static startOutputsVector(builder, numElems) {
        builder.startVector(4, numElems, 4);
    }
    static addBuiltinOptionsType(builder, builtinOptionsType) {
        builder.addFieldInt8(3, builtinOptionsType, BuiltinOptions.NONE);
    }
    static addBuiltinOptions(builder, builtinOptionsOffset) {
        builder.addFieldOffset(4, builtinOptionsOffset, 0);
    }
    static addCustomOptions(builder, customOptionsOffset) {
        builder.addFieldOffset(5, customOptionsOffset, 0);
    }
    static createCustomOptionsVector(builder, data) {
        builder.startVector(1, data.length, 1);
        for (let i = data.length - 1; i >= 0; i--) {
            builder.addInt8(data[i]);
        }
        return builder.endVector();
    }
    static startCustomOptionsVector(builder, numElems) {
        builder.startVector(1, numElems, 1);
    }
    static addCustomOptionsFormat(builder, customOptionsFormat) {
        builder.addFieldInt8(6, customOptionsFormat, CustomOptionsFormat.FLEXBUFFERS);
    }
    static addMutatingVariableInputs(builder, mutatingVariableInputsOffset) {
        builder.addFieldOffset(7, mutatingVariableInputsOffset, 0);
    }
    static createMutatingVariableInputsVector(builder, data) {
        builder.startVector(1, data.length, 1);
        for (let i = data.length - 1; i >= 0; i--) {
            builder.addInt8(+data[i]);
        }
        return builder.endVector();
    }
    static startMutatingVariableInputsVector(builder, numElems) {
        builder.startVector(1, numElems, 1);
    }
    static addIntermediates(builder, intermediatesOffset) {
        builder.addFieldOffset(8, intermediatesOffset, 0);
    }
    static createIntermediatesVector(builder, data) {
        builder.startVector(4, data.length, 4);
        for (let i = data.length - 1; i >= 0; i--) {
            builder.addInt32(data[i]);
        }
        return builder.endVector();
    }
    static startIntermediatesVector(builder, numElems) {
        builder.startVector(4, numElems, 4);
    }
    static addLargeCustomOptionsOffset(builder, largeCustomOptionsOffset) {
        builder.addFieldInt64(9, largeCustomOptionsOffset, BigInt('0'));
    }
    static addLargeCustomOptionsSize(builder, largeCustomOptionsSize) {
        builder.addFieldInt64(10, largeCustomOptionsSize, BigInt('0'));
    }
    static addBuiltinOptions2Type(builder, builtinOptions2Type) {
        builder.addFieldInt8(11, builtinOptions2Type, BuiltinOptions2.NONE);
    }
    static addBuiltinOptions2(builder, builtinOptions2Offset) {
        builder.addFieldOffset(12, builtinOptions2Offset, 0);
    }
    static addDebugMetadataIndex(builder, debugMetadataIndex) {
        builder.addFieldInt32(13, debugMetadataIndex, -1);
    }
    static endOperator(builder) {
        const offset = builder.endObject();
        return offset;
    }
    static createOperator(builder, opcodeIndex, inputsOffset, outputsOffset, builtinOptionsType, builtinOptionsOffset, customOptionsOffset, customOptionsFormat, mutatingVariableInputsOffset, intermediatesOffset, largeCustomOptionsOffset, largeCustomOptionsSize, builtinOptions2Type, builtinOptions2Offset, debugMetadataIndex) {
        Operator.startOperator(builder);
        Operator.addOpcodeIndex(builder, opcodeIndex);
        Operator.addInputs(builder, inputsOffset);
        Operator.addOutputs(builder, outputsOffset);
        Operator.addBuiltinOptionsType(builder, builtinOptionsType);
        Operator.addBuiltinOptions(builder, builtinOptionsOffset);
        Operator.addCustomOptions(builder, customOptionsOffset);
        Operator.addCustomOptionsFormat(builder, customOptionsFormat);
        Operator.addMutatingVariableInputs(builder, mutatingVariableInputsOffset);
        Operator.addIntermediates(builder, intermediatesOffset);
        Operator.addLargeCustomOptionsOffset(builder, largeCustomOptionsOffset);
        Operator.addLargeCustomOptionsSize(builder, largeCustomOptionsSize);
        Operator.addBuiltinOptions2Type(builder, builtinOptions2Type);
        Operator.addBuiltinOptions2(builder, builtinOptions2Offset);
        Operator.addDebugMetadataIndex(builder, debugMetadataIndex);
        return Operator.endOperator(builder);
    }
}

;// CONCATENATED MODULE: ./src/schemas/tflite/tflite/quantization-details.ts
// GENERATED by tools/gen-tflite-schema.mjs (flatc version 2.0.8, Debian flatbuffers-compiler) from schemas/tflite_schema.fbs (official TFLite, Apache-2.0). Do not edit.
// automatically generated by the FlatBuffers compiler, do not modify
/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any, @typescript-eslint/no-non-null-assertion */



var QuantizationDetails;
(function (QuantizationDetails) {
    QuantizationDetails[QuantizationDetails["NONE"] = 0] = "NONE";
    QuantizationDetails[QuantizationDetails["CustomQuantization"] = 1] = "CustomQuantization";
    QuantizationDetails[QuantizationDetails["BlockwiseQuantization"] = 2] = "BlockwiseQuantization";
    QuantizationDetails[QuantizationDetails["MultiAxisQuantization"] = 3] = "MultiAxisQuantization";
})(QuantizationDetails || (QuantizationDetails = {}));
function unionToQuantizationDetails(type, accessor) {
    switch (QuantizationDetails[type]) {
        case 'NONE': return null;
        case 'CustomQuantization': return accessor(new CustomQuantization());
        case 'BlockwiseQuantization': return accessor(new BlockwiseQuantization());
        case 'MultiAxisQuantization': return accessor(new MultiAxisQuantization());
        default: return null;
    }
}
function unionListToQuantizationDetails(type, accessor, index) {
    switch (QuantizationDetails[type]) {
        case 'NONE': return null;
        case 'CustomQuantization': return accessor(index, new CustomQuantization());
        case 'BlockwiseQuantization': return accessor(index, new BlockwiseQuantization());
        case 'MultiAxisQuantization': return accessor(index, new MultiAxisQuantization());
        default: return null;
    }
}

;// CONCATENATED MODULE: ./src/schemas/tflite/tflite/quantization-parameters.ts
// GENERATED by tools/gen-tflite-schema.mjs (flatc version 2.0.8, Debian flatbuffers-compiler) from schemas/tflite_schema.fbs (official TFLite, Apache-2.0). Do not edit.
// automatically generated by the FlatBuffers compiler, do not modify
/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any, @typescript-eslint/no-non-null-assertion */


class QuantizationParameters {
    bb = null;
    bb_pos = 0;
    __init(i, bb) {
        this.bb_pos = i;
        this.bb = bb;
        return this;
    }
    static getRootAsQuantizationParameters(bb, obj) {
        return (obj || new QuantizationParameters()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    static getSizePrefixedRootAsQuantizationParameters(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers/* SIZE_PREFIX_LENGTH */.kc);
        return (obj || new QuantizationParameters()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    min(index) {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.readFloat32(this.bb.__vector(this.bb_pos + offset) + index * 4) : 0;
    }
    minLength() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
    }
    minArray() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? new Float32Array(this.bb.bytes().buffer, this.bb.bytes().byteOffset + this.bb.__vector(this.bb_pos + offset), this.bb.__vector_len(this.bb_pos + offset)) : null;
    }
    max(index) {
        const offset = this.bb.__offset(this.bb_pos, 6);
        return offset ? this.bb.readFloat32(this.bb.__vector(this.bb_pos + offset) + index * 4) : 0;
    }
    maxLength() {
        const offset = this.bb.__offset(this.bb_pos, 6);
        return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
    }
    maxArray() {
        const offset = this.bb.__offset(this.bb_pos, 6);
        return offset ? new Float32Array(this.bb.bytes().buffer, this.bb.bytes().byteOffset + this.bb.__vector(this.bb_pos + offset), this.bb.__vector_len(this.bb_pos + offset)) : null;
    }
    scale(index) {
        const offset = this.bb.__offset(this.bb_pos, 8);
        return offset ? this.bb.readFloat32(this.bb.__vector(this.bb_pos + offset) + index * 4) : 0;
    }
    scaleLength() {
        const offset = this.bb.__offset(this.bb_pos, 8);
        return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
    }
    scaleArray() {
        const offset = this.bb.__offset(this.bb_pos, 8);
        return offset ? new Float32Array(this.bb.bytes().buffer, this.bb.bytes().byteOffset + this.bb.__vector(this.bb_pos + offset), this.bb.__vector_len(this.bb_pos + offset)) : null;
    }
    zeroPoint(index) {
        const offset = this.bb.__offset(this.bb_pos, 10);
        return offset ? this.bb.readInt64(this.bb.__vector(this.bb_pos + offset) + index * 8) : BigInt(0);
    }
    zeroPointLength() {
        const offset = this.bb.__offset(this.bb_pos, 10);
        return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
    }
    detailsType() {
        const offset = this.bb.__offset(this.bb_pos, 12);
        return offset ? this.bb.readUint8(this.bb_pos + offset) : QuantizationDetails.NONE;
    }
    details(obj) {
        const offset = this.bb.__offset(this.bb_pos, 14);
        return offset ? this.bb.__union(obj, this.bb_pos + offset) : null;
    }
    quantizedDimension() {
        const offset = this.bb.__offset(this.bb_pos, 16);
        return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
    }
    static startQuantizationParameters(builder) {
        builder.startObject(7);
    }
    static addMin(builder, minOffset) {
        builder.addFieldOffset(0, minOffset, 0);
    }
    static createMinVector(builder, data) {
        builder.startVector(4, data.length, 4);
        for (let i = data.length - 1; i >= 0; i--) {
            builder.addFloat32(data[i]);
        }
        return builder.endVector();
    }
    static startMinVector(builder, numElems) {
        builder.startVector(4, numElems, 4);
    }
    static addMax(builder, maxOffset) {
        builder.addFieldOffset(1, maxOffset, 0);
    }
    static createMaxVector(builder, data) {
        builder.startVector(4, data.length, 4);
        for (let i = data.length - 1; i >= 0; i--) {
            builder.addFloat32(data[i]);
        }
        return builder.endVector();
    }
    static startMaxVector(builder, numElems) {
        builder.startVector(4, numElems, 4);
    }
    static addScale(builder, scaleOffset) {
        builder.addFieldOffset(2, scaleOffset, 0);
    }
    static createScaleVector(builder, data) {
        builder.startVector(4, data.length, 4);
        for (let i = data.length - 1; i >= 0; i--) {
            builder.addFloat32(data[i]);
        }
        return builder.endVector();
    }
    static startScaleVector(builder, numElems) {
        builder.startVector(4, numElems, 4);
    }
    static addZeroPoint(builder, zeroPointOffset) {
        builder.addFieldOffset(3, zeroPointOffset, 0);
    }
    static createZeroPointVector(builder, data) {
        builder.startVector(8, data.length, 8);
        for (let i = data.length - 1; i >= 0; i--) {
            builder.addInt64(data[i]);
        }
        return builder.endVector();
    }
    static startZeroPointVector(builder, numElems) {
        builder.startVector(8, numElems, 8);
    }
    static addDetailsType(builder, detailsType) {
        builder.addFieldInt8(4, detailsType, QuantizationDetails.NONE);
    }
    static addDetails(builder, detailsOffset) {
        builder.addFieldOffset(5, detailsOffset, 0);
    }
    static addQuantizedDimension(builder, quantizedDimension) {
        builder.addFieldInt32(6, quantizedDimension, 0);
    }
    static endQuantizationParameters(builder) {
        const offset = builder.endObject();
        return offset;
    }
    static createQuantizationParameters(builder, minOffset, maxOffset, scaleOffset, zeroPointOffset, detailsType, detailsOffset, quantizedDimension) {
        QuantizationParameters.startQuantizationParameters(builder);
        QuantizationParameters.addMin(builder, minOffset);
        QuantizationParameters.addMax(builder, maxOffset);
        QuantizationParameters.addScale(builder, scaleOffset);
        QuantizationParameters.addZeroPoint(builder, zeroPointOffset);
        QuantizationParameters.addDetailsType(builder, detailsType);
        QuantizationParameters.addDetails(builder, detailsOffset);
        QuantizationParameters.addQuantizedDimension(builder, quantizedDimension);
        return QuantizationParameters.endQuantizationParameters(builder);
    }
}

;// CONCATENATED MODULE: ./src/schemas/tflite/tflite/dimension-type.ts
// GENERATED by tools/gen-tflite-schema.mjs (flatc version 2.0.8, Debian flatbuffers-compiler) from schemas/tflite_schema.fbs (official TFLite, Apache-2.0). Do not edit.
// automatically generated by the FlatBuffers compiler, do not modify
/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any, @typescript-eslint/no-non-null-assertion */
var DimensionType;
(function (DimensionType) {
    DimensionType[DimensionType["DENSE"] = 0] = "DENSE";
    DimensionType[DimensionType["SPARSE_CSR"] = 1] = "SPARSE_CSR";
})(DimensionType || (DimensionType = {}));

;// CONCATENATED MODULE: ./src/schemas/tflite/tflite/sparse-index-vector.ts
// GENERATED by tools/gen-tflite-schema.mjs (flatc version 2.0.8, Debian flatbuffers-compiler) from schemas/tflite_schema.fbs (official TFLite, Apache-2.0). Do not edit.
// automatically generated by the FlatBuffers compiler, do not modify
/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any, @typescript-eslint/no-non-null-assertion */



var SparseIndexVector;
(function (SparseIndexVector) {
    SparseIndexVector[SparseIndexVector["NONE"] = 0] = "NONE";
    SparseIndexVector[SparseIndexVector["Int32Vector"] = 1] = "Int32Vector";
    SparseIndexVector[SparseIndexVector["Uint16Vector"] = 2] = "Uint16Vector";
    SparseIndexVector[SparseIndexVector["Uint8Vector"] = 3] = "Uint8Vector";
})(SparseIndexVector || (SparseIndexVector = {}));
function unionToSparseIndexVector(type, accessor) {
    switch (SparseIndexVector[type]) {
        case 'NONE': return null;
        case 'Int32Vector': return accessor(new Int32Vector());
        case 'Uint16Vector': return accessor(new Uint16Vector());
        case 'Uint8Vector': return accessor(new Uint8Vector());
        default: return null;
    }
}
function unionListToSparseIndexVector(type, accessor, index) {
    switch (SparseIndexVector[type]) {
        case 'NONE': return null;
        case 'Int32Vector': return accessor(index, new Int32Vector());
        case 'Uint16Vector': return accessor(index, new Uint16Vector());
        case 'Uint8Vector': return accessor(index, new Uint8Vector());
        default: return null;
    }
}

;// CONCATENATED MODULE: ./src/schemas/tflite/tflite/dimension-metadata.ts
// GENERATED by tools/gen-tflite-schema.mjs (flatc version 2.0.8, Debian flatbuffers-compiler) from schemas/tflite_schema.fbs (official TFLite, Apache-2.0). Do not edit.
// automatically generated by the FlatBuffers compiler, do not modify
/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any, @typescript-eslint/no-non-null-assertion */



class DimensionMetadata {
    bb = null;
    bb_pos = 0;
    __init(i, bb) {
        this.bb_pos = i;
        this.bb = bb;
        return this;
    }
    static getRootAsDimensionMetadata(bb, obj) {
        return (obj || new DimensionMetadata()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    static getSizePrefixedRootAsDimensionMetadata(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers/* SIZE_PREFIX_LENGTH */.kc);
        return (obj || new DimensionMetadata()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    format() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.readInt8(this.bb_pos + offset) : DimensionType.DENSE;
    }
    denseSize() {
        const offset = this.bb.__offset(this.bb_pos, 6);
        return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
    }
    arraySegmentsType() {
        const offset = this.bb.__offset(this.bb_pos, 8);
        return offset ? this.bb.readUint8(this.bb_pos + offset) : SparseIndexVector.NONE;
    }
    arraySegments(obj) {
        const offset = this.bb.__offset(this.bb_pos, 10);
        return offset ? this.bb.__union(obj, this.bb_pos + offset) : null;
    }
    arrayIndicesType() {
        const offset = this.bb.__offset(this.bb_pos, 12);
        return offset ? this.bb.readUint8(this.bb_pos + offset) : SparseIndexVector.NONE;
    }
    arrayIndices(obj) {
        const offset = this.bb.__offset(this.bb_pos, 14);
        return offset ? this.bb.__union(obj, this.bb_pos + offset) : null;
    }
    static startDimensionMetadata(builder) {
        builder.startObject(6);
    }
    static addFormat(builder, format) {
        builder.addFieldInt8(0, format, DimensionType.DENSE);
    }
    static addDenseSize(builder, denseSize) {
        builder.addFieldInt32(1, denseSize, 0);
    }
    static addArraySegmentsType(builder, arraySegmentsType) {
        builder.addFieldInt8(2, arraySegmentsType, SparseIndexVector.NONE);
    }
    static addArraySegments(builder, arraySegmentsOffset) {
        builder.addFieldOffset(3, arraySegmentsOffset, 0);
    }
    static addArrayIndicesType(builder, arrayIndicesType) {
        builder.addFieldInt8(4, arrayIndicesType, SparseIndexVector.NONE);
    }
    static addArrayIndices(builder, arrayIndicesOffset) {
        builder.addFieldOffset(5, arrayIndicesOffset, 0);
    }
    static endDimensionMetadata(builder) {
        const offset = builder.endObject();
        return offset;
    }
    static createDimensionMetadata(builder, format, denseSize, arraySegmentsType, arraySegmentsOffset, arrayIndicesType, arrayIndicesOffset) {
        DimensionMetadata.startDimensionMetadata(builder);
        DimensionMetadata.addFormat(builder, format);
        DimensionMetadata.addDenseSize(builder, denseSize);
        DimensionMetadata.addArraySegmentsType(builder, arraySegmentsType);
        DimensionMetadata.addArraySegments(builder, arraySegmentsOffset);
        DimensionMetadata.addArrayIndicesType(builder, arrayIndicesType);
        DimensionMetadata.addArrayIndices(builder, arrayIndicesOffset);
        return DimensionMetadata.endDimensionMetadata(builder);
    }
}

;// CONCATENATED MODULE: ./src/schemas/tflite/tflite/sparsity-parameters.ts
// GENERATED by tools/gen-tflite-schema.mjs (flatc version 2.0.8, Debian flatbuffers-compiler) from schemas/tflite_schema.fbs (official TFLite, Apache-2.0). Do not edit.
// automatically generated by the FlatBuffers compiler, do not modify
/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any, @typescript-eslint/no-non-null-assertion */


class SparsityParameters {
    bb = null;
    bb_pos = 0;
    __init(i, bb) {
        this.bb_pos = i;
        this.bb = bb;
        return this;
    }
    static getRootAsSparsityParameters(bb, obj) {
        return (obj || new SparsityParameters()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    static getSizePrefixedRootAsSparsityParameters(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers/* SIZE_PREFIX_LENGTH */.kc);
        return (obj || new SparsityParameters()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    traversalOrder(index) {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.readInt32(this.bb.__vector(this.bb_pos + offset) + index * 4) : 0;
    }
    traversalOrderLength() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
    }
    traversalOrderArray() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? new Int32Array(this.bb.bytes().buffer, this.bb.bytes().byteOffset + this.bb.__vector(this.bb_pos + offset), this.bb.__vector_len(this.bb_pos + offset)) : null;
    }
    blockMap(index) {
        const offset = this.bb.__offset(this.bb_pos, 6);
        return offset ? this.bb.readInt32(this.bb.__vector(this.bb_pos + offset) + index * 4) : 0;
    }
    blockMapLength() {
        const offset = this.bb.__offset(this.bb_pos, 6);
        return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
    }
    blockMapArray() {
        const offset = this.bb.__offset(this.bb_pos, 6);
        return offset ? new Int32Array(this.bb.bytes().buffer, this.bb.bytes().byteOffset + this.bb.__vector(this.bb_pos + offset), this.bb.__vector_len(this.bb_pos + offset)) : null;
    }
    dimMetadata(index, obj) {
        const offset = this.bb.__offset(this.bb_pos, 8);
        return offset ? (obj || new DimensionMetadata()).__init(this.bb.__indirect(this.bb.__vector(this.bb_pos + offset) + index * 4), this.bb) : null;
    }
    dimMetadataLength() {
        const offset = this.bb.__offset(this.bb_pos, 8);
        return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
    }
    static startSparsityParameters(builder) {
        builder.startObject(3);
    }
    static addTraversalOrder(builder, traversalOrderOffset) {
        builder.addFieldOffset(0, traversalOrderOffset, 0);
    }
    static createTraversalOrderVector(builder, data) {
        builder.startVector(4, data.length, 4);
        for (let i = data.length - 1; i >= 0; i--) {
            builder.addInt32(data[i]);
        }
        return builder.endVector();
    }
    static startTraversalOrderVector(builder, numElems) {
        builder.startVector(4, numElems, 4);
    }
    static addBlockMap(builder, blockMapOffset) {
        builder.addFieldOffset(1, blockMapOffset, 0);
    }
    static createBlockMapVector(builder, data) {
        builder.startVector(4, data.length, 4);
        for (let i = data.length - 1; i >= 0; i--) {
            builder.addInt32(data[i]);
        }
        return builder.endVector();
    }
    static startBlockMapVector(builder, numElems) {
        builder.startVector(4, numElems, 4);
    }
    static addDimMetadata(builder, dimMetadataOffset) {
        builder.addFieldOffset(2, dimMetadataOffset, 0);
    }
    static createDimMetadataVector(builder, data) {
        builder.startVector(4, data.length, 4);
        for (let i = data.length - 1; i >= 0; i--) {
            builder.addOffset(data[i]);
        }
        return builder.endVector();
    }
    static startDimMetadataVector(builder, numElems) {
        builder.startVector(4, numElems, 4);
    }
    static endSparsityParameters(builder) {
        const offset = builder.endObject();
        return offset;
    }
    static createSparsityParameters(builder, traversalOrderOffset, blockMapOffset, dimMetadataOffset) {
        SparsityParameters.startSparsityParameters(builder);
        SparsityParameters.addTraversalOrder(builder, traversalOrderOffset);
        SparsityParameters.addBlockMap(builder, blockMapOffset);
        SparsityParameters.addDimMetadata(builder, dimMetadataOffset);
        return SparsityParameters.endSparsityParameters(builder);
    }
}

;// CONCATENATED MODULE: ./src/schemas/tflite/tflite/tensor-type.ts
// GENERATED by tools/gen-tflite-schema.mjs (flatc version 2.0.8, Debian flatbuffers-compiler) from schemas/tflite_schema.fbs (official TFLite, Apache-2.0). Do not edit.
// automatically generated by the FlatBuffers compiler, do not modify
/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any, @typescript-eslint/no-non-null-assertion */
var TensorType;
(function (TensorType) {
    TensorType[TensorType["FLOAT32"] = 0] = "FLOAT32";
    TensorType[TensorType["FLOAT16"] = 1] = "FLOAT16";
    TensorType[TensorType["INT32"] = 2] = "INT32";
    TensorType[TensorType["UINT8"] = 3] = "UINT8";
    TensorType[TensorType["INT64"] = 4] = "INT64";
    TensorType[TensorType["STRING"] = 5] = "STRING";
    TensorType[TensorType["BOOL"] = 6] = "BOOL";
    TensorType[TensorType["INT16"] = 7] = "INT16";
    TensorType[TensorType["COMPLEX64"] = 8] = "COMPLEX64";
    TensorType[TensorType["INT8"] = 9] = "INT8";
    TensorType[TensorType["FLOAT64"] = 10] = "FLOAT64";
    TensorType[TensorType["COMPLEX128"] = 11] = "COMPLEX128";
    TensorType[TensorType["UINT64"] = 12] = "UINT64";
    TensorType[TensorType["RESOURCE"] = 13] = "RESOURCE";
    TensorType[TensorType["VARIANT"] = 14] = "VARIANT";
    TensorType[TensorType["UINT32"] = 15] = "UINT32";
    TensorType[TensorType["UINT16"] = 16] = "UINT16";
    TensorType[TensorType["INT4"] = 17] = "INT4";
    TensorType[TensorType["BFLOAT16"] = 18] = "BFLOAT16";
    TensorType[TensorType["INT2"] = 19] = "INT2";
    TensorType[TensorType["UINT4"] = 20] = "UINT4";
    TensorType[TensorType["FLOAT8_E4M3FN"] = 21] = "FLOAT8_E4M3FN";
    TensorType[TensorType["FLOAT8_E5M2"] = 22] = "FLOAT8_E5M2";
})(TensorType || (TensorType = {}));

;// CONCATENATED MODULE: ./src/schemas/tflite/tflite/variant-sub-type.ts
// GENERATED by tools/gen-tflite-schema.mjs (flatc version 2.0.8, Debian flatbuffers-compiler) from schemas/tflite_schema.fbs (official TFLite, Apache-2.0). Do not edit.
// automatically generated by the FlatBuffers compiler, do not modify
/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any, @typescript-eslint/no-non-null-assertion */


class VariantSubType {
    bb = null;
    bb_pos = 0;
    __init(i, bb) {
        this.bb_pos = i;
        this.bb = bb;
        return this;
    }
    static getRootAsVariantSubType(bb, obj) {
        return (obj || new VariantSubType()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    static getSizePrefixedRootAsVariantSubType(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers/* SIZE_PREFIX_LENGTH */.kc);
        return (obj || new VariantSubType()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    shape(index) {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.readInt32(this.bb.__vector(this.bb_pos + offset) + index * 4) : 0;
    }
    shapeLength() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
    }
    shapeArray() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? new Int32Array(this.bb.bytes().buffer, this.bb.bytes().byteOffset + this.bb.__vector(this.bb_pos + offset), this.bb.__vector_len(this.bb_pos + offset)) : null;
    }
    type() {
        const offset = this.bb.__offset(this.bb_pos, 6);
        return offset ? this.bb.readInt8(this.bb_pos + offset) : TensorType.FLOAT32;
    }
    hasRank() {
        const offset = this.bb.__offset(this.bb_pos, 8);
        return offset ? !!this.bb.readInt8(this.bb_pos + offset) : false;
    }
    static startVariantSubType(builder) {
        builder.startObject(3);
    }
    static addShape(builder, shapeOffset) {
        builder.addFieldOffset(0, shapeOffset, 0);
    }
    static createShapeVector(builder, data) {
        builder.startVector(4, data.length, 4);
        for (let i = data.length - 1; i >= 0; i--) {
            builder.addInt32(data[i]);
        }
        return builder.endVector();
    }
    static startShapeVector(builder, numElems) {
        builder.startVector(4, numElems, 4);
    }
    static addType(builder, type) {
        builder.addFieldInt8(1, type, TensorType.FLOAT32);
    }
    static addHasRank(builder, hasRank) {
        builder.addFieldInt8(2, +hasRank, +false);
    }
    static endVariantSubType(builder) {
        const offset = builder.endObject();
        return offset;
    }
    static createVariantSubType(builder, shapeOffset, type, hasRank) {
        VariantSubType.startVariantSubType(builder);
        VariantSubType.addShape(builder, shapeOffset);
        VariantSubType.addType(builder, type);
        VariantSubType.addHasRank(builder, hasRank);
        return VariantSubType.endVariantSubType(builder);
    }
}

;// CONCATENATED MODULE: ./src/schemas/tflite/tflite/tensor.ts
// GENERATED by tools/gen-tflite-schema.mjs (flatc version 2.0.8, Debian flatbuffers-compiler) from schemas/tflite_schema.fbs (official TFLite, Apache-2.0). Do not edit.
// automatically generated by the FlatBuffers compiler, do not modify
/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any, @typescript-eslint/no-non-null-assertion */





class Tensor {
    bb = null;
    bb_pos = 0;
    __init(i, bb) {
        this.bb_pos = i;
        this.bb = bb;
        return this;
    }
    static getRootAsTensor(bb, obj) {
        return (obj || new Tensor()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    static getSizePrefixedRootAsTensor(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers/* SIZE_PREFIX_LENGTH */.kc);
        return (obj || new Tensor()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    shape(index) {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.readInt32(this.bb.__vector(this.bb_pos + offset) + index * 4) : 0;
    }
    shapeLength() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
    }
    shapeArray() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? new Int32Array(this.bb.bytes().buffer, this.bb.bytes().byteOffset + this.bb.__vector(this.bb_pos + offset), this.bb.__vector_len(this.bb_pos + offset)) : null;
    }
    type() {
        const offset = this.bb.__offset(this.bb_pos, 6);
        return offset ? this.bb.readInt8(this.bb_pos + offset) : TensorType.FLOAT32;
    }
    buffer() {
        const offset = this.bb.__offset(this.bb_pos, 8);
        return offset ? this.bb.readUint32(this.bb_pos + offset) : 0;
    }
    name(optionalEncoding) {
        const offset = this.bb.__offset(this.bb_pos, 10);
        return offset ? this.bb.__string(this.bb_pos + offset, optionalEncoding) : null;
    }
    quantization(obj) {
        const offset = this.bb.__offset(this.bb_pos, 12);
        return offset ? (obj || new QuantizationParameters()).__init(this.bb.__indirect(this.bb_pos + offset), this.bb) : null;
    }
    isVariable() {
        const offset = this.bb.__offset(this.bb_pos, 14);
        return offset ? !!this.bb.readInt8(this.bb_pos + offset) : false;
    }
    sparsity(obj) {
        const offset = this.bb.__offset(this.bb_pos, 16);
        return offset ? (obj || new SparsityParameters()).__init(this.bb.__indirect(this.bb_pos + offset), this.bb) : null;
    }
    shapeSignature(index) {
        const offset = this.bb.__offset(this.bb_pos, 18);
        return offset ? this.bb.readInt32(this.bb.__vector(this.bb_pos + offset) + index * 4) : 0;
    }
    shapeSignatureLength() {
        const offset = this.bb.__offset(this.bb_pos, 18);
        return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
    }
    shapeSignatureArray() {
        const offset = this.bb.__offset(this.bb_pos, 18);
        return offset ? new Int32Array(this.bb.bytes().buffer, this.bb.bytes().byteOffset + this.bb.__vector(this.bb_pos + offset), this.bb.__vector_len(this.bb_pos + offset)) : null;
    }
    hasRank() {
        const offset = this.bb.__offset(this.bb_pos, 20);
        return offset ? !!this.bb.readInt8(this.bb_pos + offset) : false;
    }
    variantTensors(index, obj) {
        const offset = this.bb.__offset(this.bb_pos, 22);
        return offset ? (obj || new VariantSubType()).__init(this.bb.__indirect(this.bb.__vector(this.bb_pos + offset) + index * 4), this.bb) : null;
    }
    variantTensorsLength() {
        const offset = this.bb.__offset(this.bb_pos, 22);
        return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
    }
    externalBuffer() {
        const offset = this.bb.__offset(this.bb_pos, 24);
        return offset ? this.bb.readUint32(this.bb_pos + offset) : 0;
    }
    static startTensor(builder) {
        builder.startObject(11);
    }
    static addShape(builder, shapeOffset) {
        builder.addFieldOffset(0, shapeOffset, 0);
    }
    static createShapeVector(builder, data) {
        builder.startVector(4, data.length, 4);
        for (let i = data.length - 1; i >= 0; i--) {
            builder.addInt32(data[i]);
        }
        return builder.endVector();
    }
    static startShapeVector(builder, numElems) {
        builder.startVector(4, numElems, 4);
    }
    static addType(builder, type) {
        builder.addFieldInt8(1, type, TensorType.FLOAT32);
    }
    static addBuffer(builder, buffer) {
        builder.addFieldInt32(2, buffer, 0);
    }
    static addName(builder, nameOffset) {
        builder.addFieldOffset(3, nameOffset, 0);
    }
    static addQuantization(builder, quantizationOffset) {
        builder.addFieldOffset(4, quantizationOffset, 0);
    }
    static addIsVariable(builder, isVariable) {
        builder.addFieldInt8(5, +isVariable, +false);
    }
    static addSparsity(builder, sparsityOffset) {
        builder.addFieldOffset(6, sparsityOffset, 0);
    }
    static addShapeSignature(builder, shapeSignatureOffset) {
        builder.addFieldOffset(7, shapeSignatureOffset, 0);
    }
    static createShapeSignatureVector(builder, data) {
        builder.startVector(4, data.length, 4);
        for (let i = data.length - 1; i >= 0; i--) {
            builder.addInt32(data[i]);
        }
        return builder.endVector();
    }
    static startShapeSignatureVector(builder, numElems) {
        builder.startVector(4, numElems, 4);
    }
    static addHasRank(builder, hasRank) {
        builder.addFieldInt8(8, +hasRank, +false);
    }
    static addVariantTensors(builder, variantTensorsOffset) {
        builder.addFieldOffset(9, variantTensorsOffset, 0);
    }
    static createVariantTensorsVector(builder, data) {
        builder.startVector(4, data.length, 4);
        for (let i = data.length - 1; i >= 0; i--) {
            builder.addOffset(data[i]);
        }
        return builder.endVector();
    }
    static startVariantTensorsVector(builder, numElems) {
        builder.startVector(4, numElems, 4);
    }
    static addExternalBuffer(builder, externalBuffer) {
        builder.addFieldInt32(10, externalBuffer, 0);
    }
    static endTensor(builder) {
        const offset = builder.endObject();
        return offset;
    }
}

;// CONCATENATED MODULE: ./src/schemas/tflite/tflite/sub-graph.ts
// GENERATED by tools/gen-tflite-schema.mjs (flatc version 2.0.8, Debian flatbuffers-compiler) from schemas/tflite_schema.fbs (official TFLite, Apache-2.0). Do not edit.
// automatically generated by the FlatBuffers compiler, do not modify
/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any, @typescript-eslint/no-non-null-assertion */



class SubGraph {
    bb = null;
    bb_pos = 0;
    __init(i, bb) {
        this.bb_pos = i;
        this.bb = bb;
        return this;
    }
    static getRootAsSubGraph(bb, obj) {
        return (obj || new SubGraph()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    static getSizePrefixedRootAsSubGraph(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers/* SIZE_PREFIX_LENGTH */.kc);
        return (obj || new SubGraph()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    tensors(index, obj) {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? (obj || new Tensor()).__init(this.bb.__indirect(this.bb.__vector(this.bb_pos + offset) + index * 4), this.bb) : null;
    }
    tensorsLength() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
    }
    inputs(index) {
        const offset = this.bb.__offset(this.bb_pos, 6);
        return offset ? this.bb.readInt32(this.bb.__vector(this.bb_pos + offset) + index * 4) : 0;
    }
    inputsLength() {
        const offset = this.bb.__offset(this.bb_pos, 6);
        return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
    }
    inputsArray() {
        const offset = this.bb.__offset(this.bb_pos, 6);
        return offset ? new Int32Array(this.bb.bytes().buffer, this.bb.bytes().byteOffset + this.bb.__vector(this.bb_pos + offset), this.bb.__vector_len(this.bb_pos + offset)) : null;
    }
    outputs(index) {
        const offset = this.bb.__offset(this.bb_pos, 8);
        return offset ? this.bb.readInt32(this.bb.__vector(this.bb_pos + offset) + index * 4) : 0;
    }
    outputsLength() {
        const offset = this.bb.__offset(this.bb_pos, 8);
        return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
    }
    outputsArray() {
        const offset = this.bb.__offset(this.bb_pos, 8);
        return offset ? new Int32Array(this.bb.bytes().buffer, this.bb.bytes().byteOffset + this.bb.__vector(this.bb_pos + offset), this.bb.__vector_len(this.bb_pos + offset)) : null;
    }
    operators(index, obj) {
        const offset = this.bb.__offset(this.bb_pos, 10);
        return offset ? (obj || new Operator()).__init(this.bb.__indirect(this.bb.__vector(this.bb_pos + offset) + index * 4), this.bb) : null;
    }
    operatorsLength() {
        const offset = this.bb.__offset(this.bb_pos, 10);
        return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
    }
    name(optionalEncoding) {
        const offset = this.bb.__offset(this.bb_pos, 12);
        return offset ? this.bb.__string(this.bb_pos + offset, optionalEncoding) : null;
    }
    debugMetadataIndex() {
        const offset = this.bb.__offset(this.bb_pos, 14);
        return offset ? this.bb.readInt32(this.bb_pos + offset) : -1;
    }
    static startSubGraph(builder) {
        builder.startObject(6);
    }
    static addTensors(builder, tensorsOffset) {
        builder.addFieldOffset(0, tensorsOffset, 0);
    }
    static createTensorsVector(builder, data) {
        builder.startVector(4, data.length, 4);
        for (let i = data.length - 1; i >= 0; i--) {
            builder.addOffset(data[i]);
        }
        return builder.endVector();
    }
    static startTensorsVector(builder, numElems) {
        builder.startVector(4, numElems, 4);
    }
    static addInputs(builder, inputsOffset) {
        builder.addFieldOffset(1, inputsOffset, 0);
    }
    static createInputsVector(builder, data) {
        builder.startVector(4, data.length, 4);
        for (let i = data.length - 1; i >= 0; i--) {
            builder.addInt32(data[i]);
        }
        return builder.endVector();
    }
    static startInputsVector(builder, numElems) {
        builder.startVector(4, numElems, 4);
    }
    static addOutputs(builder, outputsOffset) {
        builder.addFieldOffset(2, outputsOffset, 0);
    }
    static createOutputsVector(builder, data) {
        builder.startVector(4, data.length, 4);
        for (let i = data.length - 1; i >= 0; i--) {
            builder.addInt32(data[i]);
        }
        return builder.endVector();
    }
    static startOutputsVector(builder, numElems) {
        builder.startVector(4, numElems, 4);
    }
    static addOperators(builder, operatorsOffset) {
        builder.addFieldOffset(3, operatorsOffset, 0);
    }
    static createOperatorsVector(builder, data) {
        builder.startVector(4, data.length, 4);
        for (let i = data.length - 1; i >= 0; i--) {
            builder.addOffset(data[i]);
        }
        return builder.endVector();
    }
    static startOperatorsVector(builder, numElems) {
        builder.startVector(4, numElems, 4);
    }
    static addName(builder, nameOffset) {
        builder.addFieldOffset(4, nameOffset, 0);
    }
    static addDebugMetadataIndex(builder, debugMetadataIndex) {
        builder.addFieldInt32(5, debugMetadataIndex, -1);
    }
    static endSubGraph(builder) {
        const offset = builder.endObject();
        return offset;
    }
    static createSubGraph(builder, tensorsOffset, inputsOffset, outputsOffset, operatorsOffset, nameOffset, debugMetadataIndex) {
        SubGraph.startSubGraph(builder);
        SubGraph.addTensors(builder, tensorsOffset);
        SubGraph.addInputs(builder, inputsOffset);
        SubGraph.addOutputs(builder, outputsOffset);
        SubGraph.addOperators(builder, operatorsOffset);
        SubGraph.addName(builder, nameOffset);
        SubGraph.addDebugMetadataIndex(builder, debugMetadataIndex);
        return SubGraph.endSubGraph(builder);
    }
}

;// CONCATENATED MODULE: ./src/schemas/tflite/tflite/model.ts
// GENERATED by tools/gen-tflite-schema.mjs (flatc version 2.0.8, Debian flatbuffers-compiler) from schemas/tflite_schema.fbs (official TFLite, Apache-2.0). Do not edit.
// automatically generated by the FlatBuffers compiler, do not modify
/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any, @typescript-eslint/no-non-null-assertion */








class Model {
    bb = null;
    bb_pos = 0;
    __init(i, bb) {
        this.bb_pos = i;
        this.bb = bb;
        return this;
    }
    static getRootAsModel(bb, obj) {
        return (obj || new Model()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    static getSizePrefixedRootAsModel(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers/* SIZE_PREFIX_LENGTH */.kc);
        return (obj || new Model()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    static bufferHasIdentifier(bb) {
        return bb.__has_identifier('TFL3');
    }
    version() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.readUint32(this.bb_pos + offset) : 0;
    }
    operatorCodes(index, obj) {
        const offset = this.bb.__offset(this.bb_pos, 6);
        return offset ? (obj || new OperatorCode()).__init(this.bb.__indirect(this.bb.__vector(this.bb_pos + offset) + index * 4), this.bb) : null;
    }
    operatorCodesLength() {
        const offset = this.bb.__offset(this.bb_pos, 6);
        return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
    }
    subgraphs(index, obj) {
        const offset = this.bb.__offset(this.bb_pos, 8);
        return offset ? (obj || new SubGraph()).__init(this.bb.__indirect(this.bb.__vector(this.bb_pos + offset) + index * 4), this.bb) : null;
    }
    subgraphsLength() {
        const offset = this.bb.__offset(this.bb_pos, 8);
        return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
    }
    description(optionalEncoding) {
        const offset = this.bb.__offset(this.bb_pos, 10);
        return offset ? this.bb.__string(this.bb_pos + offset, optionalEncoding) : null;
    }
    buffers(index, obj) {
        const offset = this.bb.__offset(this.bb_pos, 12);
        return offset ? (obj || new Buffer()).__init(this.bb.__indirect(this.bb.__vector(this.bb_pos + offset) + index * 4), this.bb) : null;
    }
    buffersLength() {
        const offset = this.bb.__offset(this.bb_pos, 12);
        return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
    }
    metadataBuffer(index) {
        const offset = this.bb.__offset(this.bb_pos, 14);
        return offset ? this.bb.readInt32(this.bb.__vector(this.bb_pos + offset) + index * 4) : 0;
    }
    metadataBufferLength() {
        const offset = this.bb.__offset(this.bb_pos, 14);
        return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
    }
    metadataBufferArray() {
        const offset = this.bb.__offset(this.bb_pos, 14);
        return offset ? new Int32Array(this.bb.bytes().buffer, this.bb.bytes().byteOffset + this.bb.__vector(this.bb_pos + offset), this.bb.__vector_len(this.bb_pos + offset)) : null;
    }
    metadata(index, obj) {
        const offset = this.bb.__offset(this.bb_pos, 16);
        return offset ? (obj || new Metadata()).__init(this.bb.__indirect(this.bb.__vector(this.bb_pos + offset) + index * 4), this.bb) : null;
    }
    metadataLength() {
        const offset = this.bb.__offset(this.bb_pos, 16);
        return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
    }
    signatureDefs(index, obj) {
        const offset = this.bb.__offset(this.bb_pos, 18);
        return offset ? (obj || new SignatureDef()).__init(this.bb.__indirect(this.bb.__vector(this.bb_pos + offset) + index * 4), this.bb) : null;
    }
    signatureDefsLength() {
        const offset = this.bb.__offset(this.bb_pos, 18);
        return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
    }
    externalBufferGroups(index, obj) {
        const offset = this.bb.__offset(this.bb_pos, 20);
        return offset ? (obj || new ExternalBufferGroup()).__init(this.bb.__indirect(this.bb.__vector(this.bb_pos + offset) + index * 4), this.bb) : null;
    }
    externalBufferGroupsLength() {
        const offset = this.bb.__offset(this.bb_pos, 20);
        return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
    }
    externalBuffers(index, obj) {
        const offset = this.bb.__offset(this.bb_pos, 22);
        return offset ? (obj || new ExternalBuffer()).__init(this.bb.__indirect(this.bb.__vector(this.bb_pos + offset) + index * 4), this.bb) : null;
    }
    externalBuffersLength() {
        const offset = this.bb.__offset(this.bb_pos, 22);
        return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
    }
    static startModel(builder) {
        builder.startObject(10);
    }
    static addVersion(builder, version) {
        builder.addFieldInt32(0, version, 0);
    }
    static addOperatorCodes(builder, operatorCodesOffset) {
        builder.addFieldOffset(1, operatorCodesOffset, 0);
    }
    static createOperatorCodesVector(builder, data) {
        builder.startVector(4, data.length, 4);
        for (let i = data.length - 1; i >= 0; i--) {
            builder.addOffset(data[i]);
        }
        return builder.endVector();
    }
    static startOperatorCodesVector(builder, numElems) {
        builder.startVector(4, numElems, 4);
    }
    static addSubgraphs(builder, subgraphsOffset) {
        builder.addFieldOffset(2, subgraphsOffset, 0);
    }
    static createSubgraphsVector(builder, data) {
        builder.startVector(4, data.length, 4);
        for (let i = data.length - 1; i >= 0; i--) {
            builder.addOffset(data[i]);
        }
        return builder.endVector();
    }
    static startSubgraphsVector(builder, numElems) {
        builder.startVector(4, numElems, 4);
    }
    static addDescription(builder, descriptionOffset) {
        builder.addFieldOffset(3, descriptionOffset, 0);
    }
    static addBuffers(builder, buffersOffset) {
        builder.addFieldOffset(4, buffersOffset, 0);
    }
    static createBuffersVector(builder, data) {
        builder.startVector(4, data.length, 4);
        for (let i = data.length - 1; i >= 0; i--) {
            builder.addOffset(data[i]);
        }
        return builder.endVector();
    }
    static startBuffersVector(builder, numElems) {
        builder.startVector(4, numElems, 4);
    }
    static addMetadataBuffer(builder, metadataBufferOffset) {
        builder.addFieldOffset(5, metadataBufferOffset, 0);
    }
    static createMetadataBufferVector(builder, data) {
        builder.startVector(4, data.length, 4);
        for (let i = data.length - 1; i >= 0; i--) {
            builder.addInt32(data[i]);
        }
        return builder.endVector();
    }
    static startMetadataBufferVector(builder, numElems) {
        builder.startVector(4, numElems, 4);
    }
    static addMetadata(builder, metadataOffset) {
        builder.addFieldOffset(6, metadataOffset, 0);
    }
    static createMetadataVector(builder, data) {
        builder.startVector(4, data.length, 4);
        for (let i = data.length - 1; i >= 0; i--) {
            builder.addOffset(data[i]);
        }
        return builder.endVector();
    }
    static startMetadataVector(builder, numElems) {
        builder.startVector(4, numElems, 4);
    }
    static addSignatureDefs(builder, signatureDefsOffset) {
        builder.addFieldOffset(7, signatureDefsOffset, 0);
    }
    static createSignatureDefsVector(builder, data) {
        builder.startVector(4, data.length, 4);
        for (let i = data.length - 1; i >= 0; i--) {
            builder.addOffset(data[i]);
        }
        return builder.endVector();
    }
    static startSignatureDefsVector(builder, numElems) {
        builder.startVector(4, numElems, 4);
    }
    static addExternalBufferGroups(builder, externalBufferGroupsOffset) {
        builder.addFieldOffset(8, externalBufferGroupsOffset, 0);
    }
    static createExternalBufferGroupsVector(builder, data) {
        builder.startVector(4, data.length, 4);
        for (let i = data.length - 1; i >= 0; i--) {
            builder.addOffset(data[i]);
        }
        return builder.endVector();
    }
    static startExternalBufferGroupsVector(builder, numElems) {
        builder.startVector(4, numElems, 4);
    }
    static addExternalBuffers(builder, externalBuffersOffset) {
        builder.addFieldOffset(9, externalBuffersOffset, 0);
    }
    static createExternalBuffersVector(builder, data) {
        builder.startVector(4, data.length, 4);
        for (let i = data.length - 1; i >= 0; i--) {
            builder.addOffset(data[i]);
        }
        return builder.endVector();
    }
    static startExternalBuffersVector(builder, numElems) {
        builder.startVector(4, numElems, 4);
    }
    static endModel(builder) {
        const offset = builder.endObject();
        return offset;
    }
    static finishModelBuffer(builder, offset) {
        builder.finish(offset, 'TFL3');
    }
    static finishSizePrefixedModelBuffer(builder, offset) {
        builder.finish(offset, 'TFL3', true);
    }
    static createModel(builder, version, operatorCodesOffset, subgraphsOffset, descriptionOffset, buffersOffset, metadataBufferOffset, metadataOffset, signatureDefsOffset, externalBufferGroupsOffset, externalBuffersOffset) {
        Model.startModel(builder);
        Model.addVersion(builder, version);
        Model.addOperatorCodes(builder, operatorCodesOffset);
        Model.addSubgraphs(builder, subgraphsOffset);
        Model.addDescription(builder, descriptionOffset);
        Model.addBuffers(builder, buffersOffset);
        Model.addMetadataBuffer(builder, metadataBufferOffset);
        Model.addMetadata(builder, metadataOffset);
        Model.addSignatureDefs(builder, signatureDefsOffset);
        Model.addExternalBufferGroups(builder, externalBufferGroupsOffset);
        Model.addExternalBuffers(builder, externalBuffersOffset);
        return Model.endModel(builder);
    }
}

;// CONCATENATED MODULE: ./src/frontends/tflite/paged-buffer.ts
/**
 * A flatbuffers ByteBuffer over a ByteSource: the generated accessors read through a small page
 * cache, so opening a model reads only the pages that hold metadata (never the weight bytes, never
 * the whole file). Every read is bounds-checked against the file and fails with a FootprintError
 * naming the file, what was being read and the byte offset.
 */


const PAGE_SIZE = 4096;
/** Pages kept before the cache is dropped (4 MiB): metadata of even large models fits. */
const MAX_PAGES = 1024;
/** Strings longer than this are refused (names and custom codes are short). */
const MAX_STRING = 1 << 20;
class PagedByteBuffer extends flatbuffers/* ByteBuffer */.$F {
    source;
    file;
    pages = new Map();
    lastIndex = -1;
    last = new Uint8Array(0);
    decoder = new TextDecoder('utf-8', { fatal: false });
    /** What the reader is reading now, for error messages ("tensor 3 of subgraph 0"). */
    what = 'the model header';
    /** Bytes fetched from the source (tests check that weights are not read). */
    bytesRead = 0;
    constructor(source, file = source.name) {
        super(new Uint8Array(0));
        this.source = source;
        this.file = file;
    }
    get size() {
        return this.source.size;
    }
    capacity() {
        return this.source.size;
    }
    /** The generated `*Array()` accessors view the whole file: never used by the reader. */
    bytes() {
        throw new diagnostic/* FootprintError */.E0('E_INTERNAL', 'TFLite: whole-buffer access on a lazily read model', { file: this.file });
    }
    error(code, message, offset) {
        return new diagnostic/* FootprintError */.E0(code, `TFLite: ${message}`, { file: this.file, offset });
    }
    /** Throws unless `[offset, offset + length)` lies inside the file. */
    check(offset, length, what = this.what) {
        if (!Number.isSafeInteger(offset) || offset < 0) {
            throw this.error('E_MALFORMED', `${what}: offset ${offset} is outside the file`, Math.max(0, Number.isFinite(offset) ? offset : 0));
        }
        if (!Number.isSafeInteger(length) || length < 0 || offset + length > this.size) {
            throw this.error('E_TRUNCATED', `${what}: expected ${length} bytes at byte ${offset} but the file has ${this.size} bytes (truncated or corrupt offset)`, offset);
        }
    }
    page(index) {
        // the page read last, first: the accessors read a table's fields one after the other
        // (a map lookup per read was a tenth of reading a 100k-operator model)
        if (index === this.lastIndex)
            return this.last;
        const hit = this.pages.get(index) ?? this.fetch(index);
        this.lastIndex = index;
        this.last = hit;
        return hit;
    }
    fetch(index) {
        if (this.pages.size >= MAX_PAGES)
            this.pages.clear();
        const start = index * PAGE_SIZE;
        const len = Math.min(PAGE_SIZE, this.size - start);
        const p = this.source.read(start, len);
        this.bytesRead += len;
        this.pages.set(index, p);
        return p;
    }
    readUint8(offset) {
        this.check(offset, 1);
        return this.byteAt(offset);
    }
    readUint16(offset) {
        this.check(offset, 2);
        return this.byteAt(offset) | (this.byteAt(offset + 1) << 8);
    }
    readInt32(offset) {
        this.check(offset, 4);
        const p = this.page(Math.floor(offset / PAGE_SIZE));
        const i = offset % PAGE_SIZE;
        if (i + 4 <= p.length)
            return p[i] | (p[i + 1] << 8) | (p[i + 2] << 16) | (p[i + 3] << 24);
        return this.byteAt(offset) | (this.byteAt(offset + 1) << 8) | (this.byteAt(offset + 2) << 16) | (this.byteAt(offset + 3) << 24);
    }
    byteAt(offset) {
        return this.page(Math.floor(offset / PAGE_SIZE))[offset % PAGE_SIZE];
    }
    /** `length` bytes at `offset` (bounds-checked; a view when they sit in one page). */
    span(offset, length, what = this.what) {
        this.check(offset, length, what);
        const first = Math.floor(offset / PAGE_SIZE);
        if (first === Math.floor((offset + length - 1) / PAGE_SIZE) && length > 0) {
            const i = offset % PAGE_SIZE;
            return this.page(first).subarray(i, i + length);
        }
        this.bytesRead += length;
        return this.source.read(offset, length);
    }
    __string(offset, encoding) {
        const at = offset + this.readInt32(offset);
        const length = this.readInt32(at);
        if (length < 0 || length > MAX_STRING)
            throw this.error('E_MALFORMED', `${this.what}: string of ${length} bytes at byte ${at}`, at);
        const bytes = this.span(at + 4, length);
        return encoding === flatbuffers/* Encoding */.Wi.UTF8_BYTES ? bytes : this.decoder.decode(bytes);
    }
    /** Vector lengths are checked against the file so that no loop runs past its end. */
    __vector_len(offset) {
        const at = offset + this.readInt32(offset);
        const length = this.readInt32(at);
        if (length < 0 || at + 4 + length > this.size) {
            throw this.error(length < 0 ? 'E_MALFORMED' : 'E_TRUNCATED', `${this.what}: vector of ${length} elements at byte ${at} does not fit in the file (${this.size} bytes)`, at);
        }
        return length;
    }
    /** Start and element count of a vector field of the table at `table` (vtable slot `slot`). */
    vector(table, slot, elementSize, what) {
        const o = this.__offset(table, slot);
        if (!o)
            return undefined;
        const length = this.__vector_len(table + o);
        const start = this.__vector(table + o);
        this.check(start, length * elementSize, what);
        return { start, length };
    }
}

;// CONCATENATED MODULE: ./src/frontends/tflite/probe.ts
/** Does a file's head look like a TFLite flatbuffer? Never throws. */


function identifierOf(head) {
    if (head.length < 8)
        return '';
    return ascii(head.subarray(4, 8));
}
/** "TFL3" at bytes 4..8 (the extension is not needed: content decides). */
function probeTflite(head) {
    return isTflite(head);
}

// EXTERNAL MODULE: ./src/ir/integer.ts
var integer = __webpack_require__(7885);
;// CONCATENATED MODULE: ./src/frontends/tflite/dtype.ts

const TYPES = {
    [TensorType.FLOAT32]: 'float32',
    [TensorType.FLOAT16]: 'float16',
    [TensorType.INT32]: 'int32',
    [TensorType.UINT8]: 'uint8',
    [TensorType.INT64]: 'int64',
    [TensorType.STRING]: 'string',
    [TensorType.BOOL]: 'bool',
    [TensorType.INT16]: 'int16',
    [TensorType.COMPLEX64]: 'complex64',
    [TensorType.INT8]: 'int8',
    [TensorType.FLOAT64]: 'float64',
    [TensorType.COMPLEX128]: 'complex128',
    [TensorType.UINT64]: 'uint64',
    [TensorType.RESOURCE]: 'resource',
    [TensorType.VARIANT]: 'variant',
    [TensorType.UINT32]: 'uint32',
    [TensorType.UINT16]: 'uint16',
    [TensorType.INT4]: 'int4',
    [TensorType.BFLOAT16]: 'bfloat16',
    [TensorType.UINT4]: 'uint4',
    [TensorType.FLOAT8_E4M3FN]: 'float8e4m3fn',
    [TensorType.FLOAT8_E5M2]: 'float8e5m2',
};
/** 'unknown' for types the IR has no width for (INT2) and for values outside the enum. */
function dtypeFromTflite(t) {
    return TYPES[t] ?? 'unknown';
}
/** The TensorType for an IR dtype (test builders). */
function tfliteFromDtype(d) {
    for (const [k, v] of Object.entries(TYPES))
        if (v === d)
            return Number(k);
    throw new Error(`no TFLite tensor type for ${d}`);
}

;// CONCATENATED MODULE: ./src/frontends/tflite/tensor.ts




/** Most dims a tensor may declare (hostile files). */
const MAX_RANK = 64;
/** Symbol for a -1 batch dim in shape_signature (the input-shapes pass resolves it to 1). */
const BATCH_SYMBOL = 'batch';
/** Byte range of buffer `index`, undefined when it holds no data (index 0 is the empty sentinel). */
function bufferRange(bb, model, index) {
    if (index <= 0)
        return undefined;
    const count = model.buffersLength();
    if (index >= count)
        throw bb.error('E_MALFORMED', `${bb.what} refers to buffer ${index} but the model has ${count} buffers`, 0);
    const buf = model.buffers(index, new Buffer());
    if (!buf)
        return undefined;
    const what = `data of buffer ${index}`;
    const inline = bb.vector(buf.bb_pos, 4, 1, what);
    if (inline && inline.length > 0)
        return { offset: inline.start, length: inline.length, external: false };
    const offset = toNumber(bb, buf.offset(), `offset of buffer ${index}`, buf.bb_pos);
    const size = toNumber(bb, buf.size(), `size of buffer ${index}`, buf.bb_pos);
    // schema.fbs: offset/size are only valid when offset > 1 (0 and 1 mean "no external data").
    if (offset <= 1 || size === 0)
        return undefined;
    bb.check(offset, size, what);
    return { offset, length: size, external: true };
}
function toNumber(bb, v, what, at) {
    if (v > BigInt(Number.MAX_SAFE_INTEGER))
        throw bb.error('E_MALFORMED', `${what} is ${v}, beyond any file size`, at);
    return Number(v);
}
function tensorShape(t, bb) {
    const rank = t.shapeLength();
    if (rank > MAX_RANK)
        throw bb.error('E_LIMIT', `${bb.what} has rank ${rank} (more than ${MAX_RANK})`, t.bb_pos);
    const sigRank = t.shapeSignatureLength();
    const shape = [];
    for (let i = 0; i < rank; i++) {
        const d = t.shape(i) ?? 0;
        const sig = sigRank === rank ? t.shapeSignature(i) : undefined;
        if (sig === -1 || d < 0)
            shape.push(i === 0 ? BATCH_SYMBOL : '?');
        else
            shape.push(d);
    }
    // An empty shape is a scalar (old converters never set has_rank; the runtime reads [] as rank 0).
    return (0,ir_shape/* sharedShape */.jl)(shape);
}
function tensorQuant(t, dtype) {
    const q = t.quantization();
    if (!q)
        return undefined;
    const n = q.scaleLength();
    if (n === 0)
        return undefined;
    // (sized up front: lists grown by push from empty reserve 17 entries, 48 MiB for the 333k
    // one-entry lists of a 100k-operator int8 model)
    const scale = new Array(n);
    const zeroPoint = new Array(n);
    const zn = q.zeroPointLength();
    for (let i = 0; i < n; i++) {
        scale[i] = q.scale(i) ?? 0;
        zeroPoint[i] = i < zn ? Number(q.zeroPoint(i) ?? 0n) : 0;
    }
    const quant = { scale, zeroPoint, dtype };
    if (n > 1)
        quant.axis = q.quantizedDimension();
    return quant;
}
/**
 * The IR tensor. Constant data stays in the file as a byte range; its length must match the shape
 * (sparse tensors hold fewer bytes: their data is marked computed, never read as dense).
 */
function tensor_mapTensor(bb, model, t, name) {
    const dtype = dtypeFromTflite(t.type());
    const out = { name, dtype };
    bb.what = `tensor '${name}'`;
    out.shape = tensorShape(t, bb);
    const quant = tensorQuant(t, dtype);
    if (quant)
        out.quant = quant;
    if (t.isVariable())
        out.variable = true;
    const range = bufferRange(bb, model, t.buffer());
    const data = range ? tensorData(bb, out, range, t.sparsity() !== null) : undefined;
    if (data)
        out.data = data;
    else if (out.variable)
        out.data = { kind: 'computed', by: 'variable tensor (state, initialized at run time)' };
    return out;
}
function tensorData(bb, t, range, sparse) {
    if (sparse)
        return { kind: 'computed', by: `sparse tensor (${range.length} bytes of compressed values and indices)` };
    // (TFLite dims are never negative here: tensorShape makes a negative one '?')
    const count = (0,ir_shape/* elementCount */.KX)(t.shape);
    if (count !== undefined && ir_dtype/* DTYPE_BITS */.iA[t.dtype] > 0) {
        const want = (0,ir_dtype/* storageBytes */.PT)(t.dtype, count);
        if (range.length < want) {
            throw bb.error('E_MALFORMED', `${bb.what} '${t.name}' (${t.dtype}[${t.shape?.join(',') ?? ''}]) needs ${want} bytes but its buffer holds ${range.length}`, range.offset);
        }
        return { kind: 'bytes', source: bb.source, offset: range.offset, length: want, encoding: 'raw-le' };
    }
    return { kind: 'bytes', source: bb.source, offset: range.offset, length: range.length, encoding: 'raw-le' };
}

;// CONCATENATED MODULE: ./src/schemas/tflite/tflite/activation-function-type.ts
// GENERATED by tools/gen-tflite-schema.mjs (flatc version 2.0.8, Debian flatbuffers-compiler) from schemas/tflite_schema.fbs (official TFLite, Apache-2.0). Do not edit.
// automatically generated by the FlatBuffers compiler, do not modify
/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any, @typescript-eslint/no-non-null-assertion */
var ActivationFunctionType;
(function (ActivationFunctionType) {
    ActivationFunctionType[ActivationFunctionType["NONE"] = 0] = "NONE";
    ActivationFunctionType[ActivationFunctionType["RELU"] = 1] = "RELU";
    ActivationFunctionType[ActivationFunctionType["RELU_N1_TO_1"] = 2] = "RELU_N1_TO_1";
    ActivationFunctionType[ActivationFunctionType["RELU6"] = 3] = "RELU6";
    ActivationFunctionType[ActivationFunctionType["TANH"] = 4] = "TANH";
    ActivationFunctionType[ActivationFunctionType["SIGN_BIT"] = 5] = "SIGN_BIT";
})(ActivationFunctionType || (ActivationFunctionType = {}));

;// CONCATENATED MODULE: ./src/schemas/tflite/tflite/padding.ts
// GENERATED by tools/gen-tflite-schema.mjs (flatc version 2.0.8, Debian flatbuffers-compiler) from schemas/tflite_schema.fbs (official TFLite, Apache-2.0). Do not edit.
// automatically generated by the FlatBuffers compiler, do not modify
/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any, @typescript-eslint/no-non-null-assertion */
var Padding;
(function (Padding) {
    Padding[Padding["SAME"] = 0] = "SAME";
    Padding[Padding["VALID"] = 1] = "VALID";
})(Padding || (Padding = {}));

;// CONCATENATED MODULE: ./src/schemas/tflite/tflite/conv2doptions.ts
// GENERATED by tools/gen-tflite-schema.mjs (flatc version 2.0.8, Debian flatbuffers-compiler) from schemas/tflite_schema.fbs (official TFLite, Apache-2.0). Do not edit.
// automatically generated by the FlatBuffers compiler, do not modify
/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any, @typescript-eslint/no-non-null-assertion */




class conv2doptions_Conv2DOptions {
    bb = null;
    bb_pos = 0;
    __init(i, bb) {
        this.bb_pos = i;
        this.bb = bb;
        return this;
    }
    static getRootAsConv2DOptions(bb, obj) {
        return (obj || new conv2doptions_Conv2DOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    static getSizePrefixedRootAsConv2DOptions(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers/* SIZE_PREFIX_LENGTH */.kc);
        return (obj || new conv2doptions_Conv2DOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    padding() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.readInt8(this.bb_pos + offset) : Padding.SAME;
    }
    strideW() {
        const offset = this.bb.__offset(this.bb_pos, 6);
        return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
    }
    strideH() {
        const offset = this.bb.__offset(this.bb_pos, 8);
        return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
    }
    fusedActivationFunction() {
        const offset = this.bb.__offset(this.bb_pos, 10);
        return offset ? this.bb.readInt8(this.bb_pos + offset) : ActivationFunctionType.NONE;
    }
    dilationWFactor() {
        const offset = this.bb.__offset(this.bb_pos, 12);
        return offset ? this.bb.readInt32(this.bb_pos + offset) : 1;
    }
    dilationHFactor() {
        const offset = this.bb.__offset(this.bb_pos, 14);
        return offset ? this.bb.readInt32(this.bb_pos + offset) : 1;
    }
    quantizedBiasType() {
        const offset = this.bb.__offset(this.bb_pos, 16);
        return offset ? this.bb.readInt8(this.bb_pos + offset) : TensorType.FLOAT32;
    }
    static startConv2DOptions(builder) {
        builder.startObject(7);
    }
    static addPadding(builder, padding) {
        builder.addFieldInt8(0, padding, Padding.SAME);
    }
    static addStrideW(builder, strideW) {
        builder.addFieldInt32(1, strideW, 0);
    }
    static addStrideH(builder, strideH) {
        builder.addFieldInt32(2, strideH, 0);
    }
    static addFusedActivationFunction(builder, fusedActivationFunction) {
        builder.addFieldInt8(3, fusedActivationFunction, ActivationFunctionType.NONE);
    }
    static addDilationWFactor(builder, dilationWFactor) {
        builder.addFieldInt32(4, dilationWFactor, 1);
    }
    static addDilationHFactor(builder, dilationHFactor) {
        builder.addFieldInt32(5, dilationHFactor, 1);
    }
    static addQuantizedBiasType(builder, quantizedBiasType) {
        builder.addFieldInt8(6, quantizedBiasType, TensorType.FLOAT32);
    }
    static endConv2DOptions(builder) {
        const offset = builder.endObject();
        return offset;
    }
    static createConv2DOptions(builder, padding, strideW, strideH, fusedActivationFunction, dilationWFactor, dilationHFactor, quantizedBiasType) {
        conv2doptions_Conv2DOptions.startConv2DOptions(builder);
        conv2doptions_Conv2DOptions.addPadding(builder, padding);
        conv2doptions_Conv2DOptions.addStrideW(builder, strideW);
        conv2doptions_Conv2DOptions.addStrideH(builder, strideH);
        conv2doptions_Conv2DOptions.addFusedActivationFunction(builder, fusedActivationFunction);
        conv2doptions_Conv2DOptions.addDilationWFactor(builder, dilationWFactor);
        conv2doptions_Conv2DOptions.addDilationHFactor(builder, dilationHFactor);
        conv2doptions_Conv2DOptions.addQuantizedBiasType(builder, quantizedBiasType);
        return conv2doptions_Conv2DOptions.endConv2DOptions(builder);
    }
}

;// CONCATENATED MODULE: ./src/schemas/tflite/tflite/depthwise-conv2doptions.ts
// GENERATED by tools/gen-tflite-schema.mjs (flatc version 2.0.8, Debian flatbuffers-compiler) from schemas/tflite_schema.fbs (official TFLite, Apache-2.0). Do not edit.
// automatically generated by the FlatBuffers compiler, do not modify
/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any, @typescript-eslint/no-non-null-assertion */



class depthwise_conv2doptions_DepthwiseConv2DOptions {
    bb = null;
    bb_pos = 0;
    __init(i, bb) {
        this.bb_pos = i;
        this.bb = bb;
        return this;
    }
    static getRootAsDepthwiseConv2DOptions(bb, obj) {
        return (obj || new depthwise_conv2doptions_DepthwiseConv2DOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    static getSizePrefixedRootAsDepthwiseConv2DOptions(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers/* SIZE_PREFIX_LENGTH */.kc);
        return (obj || new depthwise_conv2doptions_DepthwiseConv2DOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    padding() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.readInt8(this.bb_pos + offset) : Padding.SAME;
    }
    strideW() {
        const offset = this.bb.__offset(this.bb_pos, 6);
        return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
    }
    strideH() {
        const offset = this.bb.__offset(this.bb_pos, 8);
        return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
    }
    depthMultiplier() {
        const offset = this.bb.__offset(this.bb_pos, 10);
        return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
    }
    fusedActivationFunction() {
        const offset = this.bb.__offset(this.bb_pos, 12);
        return offset ? this.bb.readInt8(this.bb_pos + offset) : ActivationFunctionType.NONE;
    }
    dilationWFactor() {
        const offset = this.bb.__offset(this.bb_pos, 14);
        return offset ? this.bb.readInt32(this.bb_pos + offset) : 1;
    }
    dilationHFactor() {
        const offset = this.bb.__offset(this.bb_pos, 16);
        return offset ? this.bb.readInt32(this.bb_pos + offset) : 1;
    }
    static startDepthwiseConv2DOptions(builder) {
        builder.startObject(7);
    }
    static addPadding(builder, padding) {
        builder.addFieldInt8(0, padding, Padding.SAME);
    }
    static addStrideW(builder, strideW) {
        builder.addFieldInt32(1, strideW, 0);
    }
    static addStrideH(builder, strideH) {
        builder.addFieldInt32(2, strideH, 0);
    }
    static addDepthMultiplier(builder, depthMultiplier) {
        builder.addFieldInt32(3, depthMultiplier, 0);
    }
    static addFusedActivationFunction(builder, fusedActivationFunction) {
        builder.addFieldInt8(4, fusedActivationFunction, ActivationFunctionType.NONE);
    }
    static addDilationWFactor(builder, dilationWFactor) {
        builder.addFieldInt32(5, dilationWFactor, 1);
    }
    static addDilationHFactor(builder, dilationHFactor) {
        builder.addFieldInt32(6, dilationHFactor, 1);
    }
    static endDepthwiseConv2DOptions(builder) {
        const offset = builder.endObject();
        return offset;
    }
    static createDepthwiseConv2DOptions(builder, padding, strideW, strideH, depthMultiplier, fusedActivationFunction, dilationWFactor, dilationHFactor) {
        depthwise_conv2doptions_DepthwiseConv2DOptions.startDepthwiseConv2DOptions(builder);
        depthwise_conv2doptions_DepthwiseConv2DOptions.addPadding(builder, padding);
        depthwise_conv2doptions_DepthwiseConv2DOptions.addStrideW(builder, strideW);
        depthwise_conv2doptions_DepthwiseConv2DOptions.addStrideH(builder, strideH);
        depthwise_conv2doptions_DepthwiseConv2DOptions.addDepthMultiplier(builder, depthMultiplier);
        depthwise_conv2doptions_DepthwiseConv2DOptions.addFusedActivationFunction(builder, fusedActivationFunction);
        depthwise_conv2doptions_DepthwiseConv2DOptions.addDilationWFactor(builder, dilationWFactor);
        depthwise_conv2doptions_DepthwiseConv2DOptions.addDilationHFactor(builder, dilationHFactor);
        return depthwise_conv2doptions_DepthwiseConv2DOptions.endDepthwiseConv2DOptions(builder);
    }
}

;// CONCATENATED MODULE: ./src/schemas/tflite/tflite/conv3doptions.ts
// GENERATED by tools/gen-tflite-schema.mjs (flatc version 2.0.8, Debian flatbuffers-compiler) from schemas/tflite_schema.fbs (official TFLite, Apache-2.0). Do not edit.
// automatically generated by the FlatBuffers compiler, do not modify
/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any, @typescript-eslint/no-non-null-assertion */



class conv3doptions_Conv3DOptions {
    bb = null;
    bb_pos = 0;
    __init(i, bb) {
        this.bb_pos = i;
        this.bb = bb;
        return this;
    }
    static getRootAsConv3DOptions(bb, obj) {
        return (obj || new conv3doptions_Conv3DOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    static getSizePrefixedRootAsConv3DOptions(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers/* SIZE_PREFIX_LENGTH */.kc);
        return (obj || new conv3doptions_Conv3DOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    padding() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.readInt8(this.bb_pos + offset) : Padding.SAME;
    }
    strideD() {
        const offset = this.bb.__offset(this.bb_pos, 6);
        return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
    }
    strideW() {
        const offset = this.bb.__offset(this.bb_pos, 8);
        return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
    }
    strideH() {
        const offset = this.bb.__offset(this.bb_pos, 10);
        return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
    }
    fusedActivationFunction() {
        const offset = this.bb.__offset(this.bb_pos, 12);
        return offset ? this.bb.readInt8(this.bb_pos + offset) : ActivationFunctionType.NONE;
    }
    dilationDFactor() {
        const offset = this.bb.__offset(this.bb_pos, 14);
        return offset ? this.bb.readInt32(this.bb_pos + offset) : 1;
    }
    dilationWFactor() {
        const offset = this.bb.__offset(this.bb_pos, 16);
        return offset ? this.bb.readInt32(this.bb_pos + offset) : 1;
    }
    dilationHFactor() {
        const offset = this.bb.__offset(this.bb_pos, 18);
        return offset ? this.bb.readInt32(this.bb_pos + offset) : 1;
    }
    static startConv3DOptions(builder) {
        builder.startObject(8);
    }
    static addPadding(builder, padding) {
        builder.addFieldInt8(0, padding, Padding.SAME);
    }
    static addStrideD(builder, strideD) {
        builder.addFieldInt32(1, strideD, 0);
    }
    static addStrideW(builder, strideW) {
        builder.addFieldInt32(2, strideW, 0);
    }
    static addStrideH(builder, strideH) {
        builder.addFieldInt32(3, strideH, 0);
    }
    static addFusedActivationFunction(builder, fusedActivationFunction) {
        builder.addFieldInt8(4, fusedActivationFunction, ActivationFunctionType.NONE);
    }
    static addDilationDFactor(builder, dilationDFactor) {
        builder.addFieldInt32(5, dilationDFactor, 1);
    }
    static addDilationWFactor(builder, dilationWFactor) {
        builder.addFieldInt32(6, dilationWFactor, 1);
    }
    static addDilationHFactor(builder, dilationHFactor) {
        builder.addFieldInt32(7, dilationHFactor, 1);
    }
    static endConv3DOptions(builder) {
        const offset = builder.endObject();
        return offset;
    }
    static createConv3DOptions(builder, padding, strideD, strideW, strideH, fusedActivationFunction, dilationDFactor, dilationWFactor, dilationHFactor) {
        conv3doptions_Conv3DOptions.startConv3DOptions(builder);
        conv3doptions_Conv3DOptions.addPadding(builder, padding);
        conv3doptions_Conv3DOptions.addStrideD(builder, strideD);
        conv3doptions_Conv3DOptions.addStrideW(builder, strideW);
        conv3doptions_Conv3DOptions.addStrideH(builder, strideH);
        conv3doptions_Conv3DOptions.addFusedActivationFunction(builder, fusedActivationFunction);
        conv3doptions_Conv3DOptions.addDilationDFactor(builder, dilationDFactor);
        conv3doptions_Conv3DOptions.addDilationWFactor(builder, dilationWFactor);
        conv3doptions_Conv3DOptions.addDilationHFactor(builder, dilationHFactor);
        return conv3doptions_Conv3DOptions.endConv3DOptions(builder);
    }
}

;// CONCATENATED MODULE: ./src/schemas/tflite/tflite/transpose-conv-options.ts
// GENERATED by tools/gen-tflite-schema.mjs (flatc version 2.0.8, Debian flatbuffers-compiler) from schemas/tflite_schema.fbs (official TFLite, Apache-2.0). Do not edit.
// automatically generated by the FlatBuffers compiler, do not modify
/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any, @typescript-eslint/no-non-null-assertion */




class transpose_conv_options_TransposeConvOptions {
    bb = null;
    bb_pos = 0;
    __init(i, bb) {
        this.bb_pos = i;
        this.bb = bb;
        return this;
    }
    static getRootAsTransposeConvOptions(bb, obj) {
        return (obj || new transpose_conv_options_TransposeConvOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    static getSizePrefixedRootAsTransposeConvOptions(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers/* SIZE_PREFIX_LENGTH */.kc);
        return (obj || new transpose_conv_options_TransposeConvOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    padding() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.readInt8(this.bb_pos + offset) : Padding.SAME;
    }
    strideW() {
        const offset = this.bb.__offset(this.bb_pos, 6);
        return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
    }
    strideH() {
        const offset = this.bb.__offset(this.bb_pos, 8);
        return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
    }
    fusedActivationFunction() {
        const offset = this.bb.__offset(this.bb_pos, 10);
        return offset ? this.bb.readInt8(this.bb_pos + offset) : ActivationFunctionType.NONE;
    }
    quantizedBiasType() {
        const offset = this.bb.__offset(this.bb_pos, 12);
        return offset ? this.bb.readInt8(this.bb_pos + offset) : TensorType.FLOAT32;
    }
    static startTransposeConvOptions(builder) {
        builder.startObject(5);
    }
    static addPadding(builder, padding) {
        builder.addFieldInt8(0, padding, Padding.SAME);
    }
    static addStrideW(builder, strideW) {
        builder.addFieldInt32(1, strideW, 0);
    }
    static addStrideH(builder, strideH) {
        builder.addFieldInt32(2, strideH, 0);
    }
    static addFusedActivationFunction(builder, fusedActivationFunction) {
        builder.addFieldInt8(3, fusedActivationFunction, ActivationFunctionType.NONE);
    }
    static addQuantizedBiasType(builder, quantizedBiasType) {
        builder.addFieldInt8(4, quantizedBiasType, TensorType.FLOAT32);
    }
    static endTransposeConvOptions(builder) {
        const offset = builder.endObject();
        return offset;
    }
    static createTransposeConvOptions(builder, padding, strideW, strideH, fusedActivationFunction, quantizedBiasType) {
        transpose_conv_options_TransposeConvOptions.startTransposeConvOptions(builder);
        transpose_conv_options_TransposeConvOptions.addPadding(builder, padding);
        transpose_conv_options_TransposeConvOptions.addStrideW(builder, strideW);
        transpose_conv_options_TransposeConvOptions.addStrideH(builder, strideH);
        transpose_conv_options_TransposeConvOptions.addFusedActivationFunction(builder, fusedActivationFunction);
        transpose_conv_options_TransposeConvOptions.addQuantizedBiasType(builder, quantizedBiasType);
        return transpose_conv_options_TransposeConvOptions.endTransposeConvOptions(builder);
    }
}

;// CONCATENATED MODULE: ./src/schemas/tflite/tflite/pool2doptions.ts
// GENERATED by tools/gen-tflite-schema.mjs (flatc version 2.0.8, Debian flatbuffers-compiler) from schemas/tflite_schema.fbs (official TFLite, Apache-2.0). Do not edit.
// automatically generated by the FlatBuffers compiler, do not modify
/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any, @typescript-eslint/no-non-null-assertion */



class pool2doptions_Pool2DOptions {
    bb = null;
    bb_pos = 0;
    __init(i, bb) {
        this.bb_pos = i;
        this.bb = bb;
        return this;
    }
    static getRootAsPool2DOptions(bb, obj) {
        return (obj || new pool2doptions_Pool2DOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    static getSizePrefixedRootAsPool2DOptions(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers/* SIZE_PREFIX_LENGTH */.kc);
        return (obj || new pool2doptions_Pool2DOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    padding() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.readInt8(this.bb_pos + offset) : Padding.SAME;
    }
    strideW() {
        const offset = this.bb.__offset(this.bb_pos, 6);
        return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
    }
    strideH() {
        const offset = this.bb.__offset(this.bb_pos, 8);
        return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
    }
    filterWidth() {
        const offset = this.bb.__offset(this.bb_pos, 10);
        return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
    }
    filterHeight() {
        const offset = this.bb.__offset(this.bb_pos, 12);
        return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
    }
    fusedActivationFunction() {
        const offset = this.bb.__offset(this.bb_pos, 14);
        return offset ? this.bb.readInt8(this.bb_pos + offset) : ActivationFunctionType.NONE;
    }
    static startPool2DOptions(builder) {
        builder.startObject(6);
    }
    static addPadding(builder, padding) {
        builder.addFieldInt8(0, padding, Padding.SAME);
    }
    static addStrideW(builder, strideW) {
        builder.addFieldInt32(1, strideW, 0);
    }
    static addStrideH(builder, strideH) {
        builder.addFieldInt32(2, strideH, 0);
    }
    static addFilterWidth(builder, filterWidth) {
        builder.addFieldInt32(3, filterWidth, 0);
    }
    static addFilterHeight(builder, filterHeight) {
        builder.addFieldInt32(4, filterHeight, 0);
    }
    static addFusedActivationFunction(builder, fusedActivationFunction) {
        builder.addFieldInt8(5, fusedActivationFunction, ActivationFunctionType.NONE);
    }
    static endPool2DOptions(builder) {
        const offset = builder.endObject();
        return offset;
    }
    static createPool2DOptions(builder, padding, strideW, strideH, filterWidth, filterHeight, fusedActivationFunction) {
        pool2doptions_Pool2DOptions.startPool2DOptions(builder);
        pool2doptions_Pool2DOptions.addPadding(builder, padding);
        pool2doptions_Pool2DOptions.addStrideW(builder, strideW);
        pool2doptions_Pool2DOptions.addStrideH(builder, strideH);
        pool2doptions_Pool2DOptions.addFilterWidth(builder, filterWidth);
        pool2doptions_Pool2DOptions.addFilterHeight(builder, filterHeight);
        pool2doptions_Pool2DOptions.addFusedActivationFunction(builder, fusedActivationFunction);
        return pool2doptions_Pool2DOptions.endPool2DOptions(builder);
    }
}

;// CONCATENATED MODULE: ./src/schemas/tflite/tflite/fully-connected-options-weights-format.ts
// GENERATED by tools/gen-tflite-schema.mjs (flatc version 2.0.8, Debian flatbuffers-compiler) from schemas/tflite_schema.fbs (official TFLite, Apache-2.0). Do not edit.
// automatically generated by the FlatBuffers compiler, do not modify
/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any, @typescript-eslint/no-non-null-assertion */
var FullyConnectedOptionsWeightsFormat;
(function (FullyConnectedOptionsWeightsFormat) {
    FullyConnectedOptionsWeightsFormat[FullyConnectedOptionsWeightsFormat["DEFAULT"] = 0] = "DEFAULT";
    FullyConnectedOptionsWeightsFormat[FullyConnectedOptionsWeightsFormat["SHUFFLED4x16INT8"] = 1] = "SHUFFLED4x16INT8";
})(FullyConnectedOptionsWeightsFormat || (FullyConnectedOptionsWeightsFormat = {}));

;// CONCATENATED MODULE: ./src/schemas/tflite/tflite/fully-connected-options.ts
// GENERATED by tools/gen-tflite-schema.mjs (flatc version 2.0.8, Debian flatbuffers-compiler) from schemas/tflite_schema.fbs (official TFLite, Apache-2.0). Do not edit.
// automatically generated by the FlatBuffers compiler, do not modify
/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any, @typescript-eslint/no-non-null-assertion */




class fully_connected_options_FullyConnectedOptions {
    bb = null;
    bb_pos = 0;
    __init(i, bb) {
        this.bb_pos = i;
        this.bb = bb;
        return this;
    }
    static getRootAsFullyConnectedOptions(bb, obj) {
        return (obj || new fully_connected_options_FullyConnectedOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    static getSizePrefixedRootAsFullyConnectedOptions(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers/* SIZE_PREFIX_LENGTH */.kc);
        return (obj || new fully_connected_options_FullyConnectedOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    fusedActivationFunction() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.readInt8(this.bb_pos + offset) : ActivationFunctionType.NONE;
    }
    weightsFormat() {
        const offset = this.bb.__offset(this.bb_pos, 6);
        return offset ? this.bb.readInt8(this.bb_pos + offset) : FullyConnectedOptionsWeightsFormat.DEFAULT;
    }
    keepNumDims() {
        const offset = this.bb.__offset(this.bb_pos, 8);
        return offset ? !!this.bb.readInt8(this.bb_pos + offset) : false;
    }
    asymmetricQuantizeInputs() {
        const offset = this.bb.__offset(this.bb_pos, 10);
        return offset ? !!this.bb.readInt8(this.bb_pos + offset) : false;
    }
    quantizedBiasType() {
        const offset = this.bb.__offset(this.bb_pos, 12);
        return offset ? this.bb.readInt8(this.bb_pos + offset) : TensorType.FLOAT32;
    }
    static startFullyConnectedOptions(builder) {
        builder.startObject(5);
    }
    static addFusedActivationFunction(builder, fusedActivationFunction) {
        builder.addFieldInt8(0, fusedActivationFunction, ActivationFunctionType.NONE);
    }
    static addWeightsFormat(builder, weightsFormat) {
        builder.addFieldInt8(1, weightsFormat, FullyConnectedOptionsWeightsFormat.DEFAULT);
    }
    static addKeepNumDims(builder, keepNumDims) {
        builder.addFieldInt8(2, +keepNumDims, +false);
    }
    static addAsymmetricQuantizeInputs(builder, asymmetricQuantizeInputs) {
        builder.addFieldInt8(3, +asymmetricQuantizeInputs, +false);
    }
    static addQuantizedBiasType(builder, quantizedBiasType) {
        builder.addFieldInt8(4, quantizedBiasType, TensorType.FLOAT32);
    }
    static endFullyConnectedOptions(builder) {
        const offset = builder.endObject();
        return offset;
    }
    static createFullyConnectedOptions(builder, fusedActivationFunction, weightsFormat, keepNumDims, asymmetricQuantizeInputs, quantizedBiasType) {
        fully_connected_options_FullyConnectedOptions.startFullyConnectedOptions(builder);
        fully_connected_options_FullyConnectedOptions.addFusedActivationFunction(builder, fusedActivationFunction);
        fully_connected_options_FullyConnectedOptions.addWeightsFormat(builder, weightsFormat);
        fully_connected_options_FullyConnectedOptions.addKeepNumDims(builder, keepNumDims);
        fully_connected_options_FullyConnectedOptions.addAsymmetricQuantizeInputs(builder, asymmetricQuantizeInputs);
        fully_connected_options_FullyConnectedOptions.addQuantizedBiasType(builder, quantizedBiasType);
        return fully_connected_options_FullyConnectedOptions.endFullyConnectedOptions(builder);
    }
}

;// CONCATENATED MODULE: ./src/schemas/tflite/tflite/reducer-options.ts
// GENERATED by tools/gen-tflite-schema.mjs (flatc version 2.0.8, Debian flatbuffers-compiler) from schemas/tflite_schema.fbs (official TFLite, Apache-2.0). Do not edit.
// automatically generated by the FlatBuffers compiler, do not modify
/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any, @typescript-eslint/no-non-null-assertion */

class reducer_options_ReducerOptions {
    bb = null;
    bb_pos = 0;
    __init(i, bb) {
        this.bb_pos = i;
        this.bb = bb;
        return this;
    }
    static getRootAsReducerOptions(bb, obj) {
        return (obj || new reducer_options_ReducerOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    static getSizePrefixedRootAsReducerOptions(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers/* SIZE_PREFIX_LENGTH */.kc);
        return (obj || new reducer_options_ReducerOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    keepDims() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? !!this.bb.readInt8(this.bb_pos + offset) : false;
    }
    static startReducerOptions(builder) {
        builder.startObject(1);
    }
    static addKeepDims(builder, keepDims) {
        builder.addFieldInt8(0, +keepDims, +false);
    }
    static endReducerOptions(builder) {
        const offset = builder.endObject();
        return offset;
    }
    static createReducerOptions(builder, keepDims) {
        reducer_options_ReducerOptions.startReducerOptions(builder);
        reducer_options_ReducerOptions.addKeepDims(builder, keepDims);
        return reducer_options_ReducerOptions.endReducerOptions(builder);
    }
}

;// CONCATENATED MODULE: ./src/schemas/tflite/tflite/reshape-options.ts
// GENERATED by tools/gen-tflite-schema.mjs (flatc version 2.0.8, Debian flatbuffers-compiler) from schemas/tflite_schema.fbs (official TFLite, Apache-2.0). Do not edit.
// automatically generated by the FlatBuffers compiler, do not modify
/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any, @typescript-eslint/no-non-null-assertion */

class reshape_options_ReshapeOptions {
    bb = null;
    bb_pos = 0;
    __init(i, bb) {
        this.bb_pos = i;
        this.bb = bb;
        return this;
    }
    static getRootAsReshapeOptions(bb, obj) {
        return (obj || new reshape_options_ReshapeOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    static getSizePrefixedRootAsReshapeOptions(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers/* SIZE_PREFIX_LENGTH */.kc);
        return (obj || new reshape_options_ReshapeOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    newShape(index) {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.readInt32(this.bb.__vector(this.bb_pos + offset) + index * 4) : 0;
    }
    newShapeLength() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
    }
    newShapeArray() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? new Int32Array(this.bb.bytes().buffer, this.bb.bytes().byteOffset + this.bb.__vector(this.bb_pos + offset), this.bb.__vector_len(this.bb_pos + offset)) : null;
    }
    static startReshapeOptions(builder) {
        builder.startObject(1);
    }
    static addNewShape(builder, newShapeOffset) {
        builder.addFieldOffset(0, newShapeOffset, 0);
    }
    static createNewShapeVector(builder, data) {
        builder.startVector(4, data.length, 4);
        for (let i = data.length - 1; i >= 0; i--) {
            builder.addInt32(data[i]);
        }
        return builder.endVector();
    }
    static startNewShapeVector(builder, numElems) {
        builder.startVector(4, numElems, 4);
    }
    static endReshapeOptions(builder) {
        const offset = builder.endObject();
        return offset;
    }
    static createReshapeOptions(builder, newShapeOffset) {
        reshape_options_ReshapeOptions.startReshapeOptions(builder);
        reshape_options_ReshapeOptions.addNewShape(builder, newShapeOffset);
        return reshape_options_ReshapeOptions.endReshapeOptions(builder);
    }
}

;// CONCATENATED MODULE: ./src/schemas/tflite/tflite/squeeze-options.ts
// GENERATED by tools/gen-tflite-schema.mjs (flatc version 2.0.8, Debian flatbuffers-compiler) from schemas/tflite_schema.fbs (official TFLite, Apache-2.0). Do not edit.
// automatically generated by the FlatBuffers compiler, do not modify
/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any, @typescript-eslint/no-non-null-assertion */

class squeeze_options_SqueezeOptions {
    bb = null;
    bb_pos = 0;
    __init(i, bb) {
        this.bb_pos = i;
        this.bb = bb;
        return this;
    }
    static getRootAsSqueezeOptions(bb, obj) {
        return (obj || new squeeze_options_SqueezeOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    static getSizePrefixedRootAsSqueezeOptions(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers/* SIZE_PREFIX_LENGTH */.kc);
        return (obj || new squeeze_options_SqueezeOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    squeezeDims(index) {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.readInt32(this.bb.__vector(this.bb_pos + offset) + index * 4) : 0;
    }
    squeezeDimsLength() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.__vector_len(this.bb_pos + offset) : 0;
    }
    squeezeDimsArray() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? new Int32Array(this.bb.bytes().buffer, this.bb.bytes().byteOffset + this.bb.__vector(this.bb_pos + offset), this.bb.__vector_len(this.bb_pos + offset)) : null;
    }
    static startSqueezeOptions(builder) {
        builder.startObject(1);
    }
    static addSqueezeDims(builder, squeezeDimsOffset) {
        builder.addFieldOffset(0, squeezeDimsOffset, 0);
    }
    static createSqueezeDimsVector(builder, data) {
        builder.startVector(4, data.length, 4);
        for (let i = data.length - 1; i >= 0; i--) {
            builder.addInt32(data[i]);
        }
        return builder.endVector();
    }
    static startSqueezeDimsVector(builder, numElems) {
        builder.startVector(4, numElems, 4);
    }
    static endSqueezeOptions(builder) {
        const offset = builder.endObject();
        return offset;
    }
    static createSqueezeOptions(builder, squeezeDimsOffset) {
        squeeze_options_SqueezeOptions.startSqueezeOptions(builder);
        squeeze_options_SqueezeOptions.addSqueezeDims(builder, squeezeDimsOffset);
        return squeeze_options_SqueezeOptions.endSqueezeOptions(builder);
    }
}

;// CONCATENATED MODULE: ./src/schemas/tflite/tflite/split-options.ts
// GENERATED by tools/gen-tflite-schema.mjs (flatc version 2.0.8, Debian flatbuffers-compiler) from schemas/tflite_schema.fbs (official TFLite, Apache-2.0). Do not edit.
// automatically generated by the FlatBuffers compiler, do not modify
/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any, @typescript-eslint/no-non-null-assertion */

class split_options_SplitOptions {
    bb = null;
    bb_pos = 0;
    __init(i, bb) {
        this.bb_pos = i;
        this.bb = bb;
        return this;
    }
    static getRootAsSplitOptions(bb, obj) {
        return (obj || new split_options_SplitOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    static getSizePrefixedRootAsSplitOptions(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers/* SIZE_PREFIX_LENGTH */.kc);
        return (obj || new split_options_SplitOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    numSplits() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
    }
    static startSplitOptions(builder) {
        builder.startObject(1);
    }
    static addNumSplits(builder, numSplits) {
        builder.addFieldInt32(0, numSplits, 0);
    }
    static endSplitOptions(builder) {
        const offset = builder.endObject();
        return offset;
    }
    static createSplitOptions(builder, numSplits) {
        split_options_SplitOptions.startSplitOptions(builder);
        split_options_SplitOptions.addNumSplits(builder, numSplits);
        return split_options_SplitOptions.endSplitOptions(builder);
    }
}

;// CONCATENATED MODULE: ./src/schemas/tflite/tflite/depth-to-space-options.ts
// GENERATED by tools/gen-tflite-schema.mjs (flatc version 2.0.8, Debian flatbuffers-compiler) from schemas/tflite_schema.fbs (official TFLite, Apache-2.0). Do not edit.
// automatically generated by the FlatBuffers compiler, do not modify
/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any, @typescript-eslint/no-non-null-assertion */

class depth_to_space_options_DepthToSpaceOptions {
    bb = null;
    bb_pos = 0;
    __init(i, bb) {
        this.bb_pos = i;
        this.bb = bb;
        return this;
    }
    static getRootAsDepthToSpaceOptions(bb, obj) {
        return (obj || new depth_to_space_options_DepthToSpaceOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    static getSizePrefixedRootAsDepthToSpaceOptions(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers/* SIZE_PREFIX_LENGTH */.kc);
        return (obj || new depth_to_space_options_DepthToSpaceOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    blockSize() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
    }
    static startDepthToSpaceOptions(builder) {
        builder.startObject(1);
    }
    static addBlockSize(builder, blockSize) {
        builder.addFieldInt32(0, blockSize, 0);
    }
    static endDepthToSpaceOptions(builder) {
        const offset = builder.endObject();
        return offset;
    }
    static createDepthToSpaceOptions(builder, blockSize) {
        depth_to_space_options_DepthToSpaceOptions.startDepthToSpaceOptions(builder);
        depth_to_space_options_DepthToSpaceOptions.addBlockSize(builder, blockSize);
        return depth_to_space_options_DepthToSpaceOptions.endDepthToSpaceOptions(builder);
    }
}

;// CONCATENATED MODULE: ./src/schemas/tflite/tflite/space-to-depth-options.ts
// GENERATED by tools/gen-tflite-schema.mjs (flatc version 2.0.8, Debian flatbuffers-compiler) from schemas/tflite_schema.fbs (official TFLite, Apache-2.0). Do not edit.
// automatically generated by the FlatBuffers compiler, do not modify
/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any, @typescript-eslint/no-non-null-assertion */

class space_to_depth_options_SpaceToDepthOptions {
    bb = null;
    bb_pos = 0;
    __init(i, bb) {
        this.bb_pos = i;
        this.bb = bb;
        return this;
    }
    static getRootAsSpaceToDepthOptions(bb, obj) {
        return (obj || new space_to_depth_options_SpaceToDepthOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    static getSizePrefixedRootAsSpaceToDepthOptions(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers/* SIZE_PREFIX_LENGTH */.kc);
        return (obj || new space_to_depth_options_SpaceToDepthOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    blockSize() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
    }
    static startSpaceToDepthOptions(builder) {
        builder.startObject(1);
    }
    static addBlockSize(builder, blockSize) {
        builder.addFieldInt32(0, blockSize, 0);
    }
    static endSpaceToDepthOptions(builder) {
        const offset = builder.endObject();
        return offset;
    }
    static createSpaceToDepthOptions(builder, blockSize) {
        space_to_depth_options_SpaceToDepthOptions.startSpaceToDepthOptions(builder);
        space_to_depth_options_SpaceToDepthOptions.addBlockSize(builder, blockSize);
        return space_to_depth_options_SpaceToDepthOptions.endSpaceToDepthOptions(builder);
    }
}

;// CONCATENATED MODULE: ./src/schemas/tflite/tflite/add-options.ts
// GENERATED by tools/gen-tflite-schema.mjs (flatc version 2.0.8, Debian flatbuffers-compiler) from schemas/tflite_schema.fbs (official TFLite, Apache-2.0). Do not edit.
// automatically generated by the FlatBuffers compiler, do not modify
/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any, @typescript-eslint/no-non-null-assertion */


class add_options_AddOptions {
    bb = null;
    bb_pos = 0;
    __init(i, bb) {
        this.bb_pos = i;
        this.bb = bb;
        return this;
    }
    static getRootAsAddOptions(bb, obj) {
        return (obj || new add_options_AddOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    static getSizePrefixedRootAsAddOptions(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers/* SIZE_PREFIX_LENGTH */.kc);
        return (obj || new add_options_AddOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    fusedActivationFunction() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.readInt8(this.bb_pos + offset) : ActivationFunctionType.NONE;
    }
    potScaleInt16() {
        const offset = this.bb.__offset(this.bb_pos, 6);
        return offset ? !!this.bb.readInt8(this.bb_pos + offset) : true;
    }
    static startAddOptions(builder) {
        builder.startObject(2);
    }
    static addFusedActivationFunction(builder, fusedActivationFunction) {
        builder.addFieldInt8(0, fusedActivationFunction, ActivationFunctionType.NONE);
    }
    static addPotScaleInt16(builder, potScaleInt16) {
        builder.addFieldInt8(1, +potScaleInt16, +true);
    }
    static endAddOptions(builder) {
        const offset = builder.endObject();
        return offset;
    }
    static createAddOptions(builder, fusedActivationFunction, potScaleInt16) {
        add_options_AddOptions.startAddOptions(builder);
        add_options_AddOptions.addFusedActivationFunction(builder, fusedActivationFunction);
        add_options_AddOptions.addPotScaleInt16(builder, potScaleInt16);
        return add_options_AddOptions.endAddOptions(builder);
    }
}

;// CONCATENATED MODULE: ./src/schemas/tflite/tflite/sub-options.ts
// GENERATED by tools/gen-tflite-schema.mjs (flatc version 2.0.8, Debian flatbuffers-compiler) from schemas/tflite_schema.fbs (official TFLite, Apache-2.0). Do not edit.
// automatically generated by the FlatBuffers compiler, do not modify
/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any, @typescript-eslint/no-non-null-assertion */


class sub_options_SubOptions {
    bb = null;
    bb_pos = 0;
    __init(i, bb) {
        this.bb_pos = i;
        this.bb = bb;
        return this;
    }
    static getRootAsSubOptions(bb, obj) {
        return (obj || new sub_options_SubOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    static getSizePrefixedRootAsSubOptions(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers/* SIZE_PREFIX_LENGTH */.kc);
        return (obj || new sub_options_SubOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    fusedActivationFunction() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.readInt8(this.bb_pos + offset) : ActivationFunctionType.NONE;
    }
    potScaleInt16() {
        const offset = this.bb.__offset(this.bb_pos, 6);
        return offset ? !!this.bb.readInt8(this.bb_pos + offset) : true;
    }
    static startSubOptions(builder) {
        builder.startObject(2);
    }
    static addFusedActivationFunction(builder, fusedActivationFunction) {
        builder.addFieldInt8(0, fusedActivationFunction, ActivationFunctionType.NONE);
    }
    static addPotScaleInt16(builder, potScaleInt16) {
        builder.addFieldInt8(1, +potScaleInt16, +true);
    }
    static endSubOptions(builder) {
        const offset = builder.endObject();
        return offset;
    }
    static createSubOptions(builder, fusedActivationFunction, potScaleInt16) {
        sub_options_SubOptions.startSubOptions(builder);
        sub_options_SubOptions.addFusedActivationFunction(builder, fusedActivationFunction);
        sub_options_SubOptions.addPotScaleInt16(builder, potScaleInt16);
        return sub_options_SubOptions.endSubOptions(builder);
    }
}

;// CONCATENATED MODULE: ./src/schemas/tflite/tflite/mul-options.ts
// GENERATED by tools/gen-tflite-schema.mjs (flatc version 2.0.8, Debian flatbuffers-compiler) from schemas/tflite_schema.fbs (official TFLite, Apache-2.0). Do not edit.
// automatically generated by the FlatBuffers compiler, do not modify
/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any, @typescript-eslint/no-non-null-assertion */


class mul_options_MulOptions {
    bb = null;
    bb_pos = 0;
    __init(i, bb) {
        this.bb_pos = i;
        this.bb = bb;
        return this;
    }
    static getRootAsMulOptions(bb, obj) {
        return (obj || new mul_options_MulOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    static getSizePrefixedRootAsMulOptions(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers/* SIZE_PREFIX_LENGTH */.kc);
        return (obj || new mul_options_MulOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    fusedActivationFunction() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.readInt8(this.bb_pos + offset) : ActivationFunctionType.NONE;
    }
    static startMulOptions(builder) {
        builder.startObject(1);
    }
    static addFusedActivationFunction(builder, fusedActivationFunction) {
        builder.addFieldInt8(0, fusedActivationFunction, ActivationFunctionType.NONE);
    }
    static endMulOptions(builder) {
        const offset = builder.endObject();
        return offset;
    }
    static createMulOptions(builder, fusedActivationFunction) {
        mul_options_MulOptions.startMulOptions(builder);
        mul_options_MulOptions.addFusedActivationFunction(builder, fusedActivationFunction);
        return mul_options_MulOptions.endMulOptions(builder);
    }
}

;// CONCATENATED MODULE: ./src/schemas/tflite/tflite/div-options.ts
// GENERATED by tools/gen-tflite-schema.mjs (flatc version 2.0.8, Debian flatbuffers-compiler) from schemas/tflite_schema.fbs (official TFLite, Apache-2.0). Do not edit.
// automatically generated by the FlatBuffers compiler, do not modify
/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any, @typescript-eslint/no-non-null-assertion */


class div_options_DivOptions {
    bb = null;
    bb_pos = 0;
    __init(i, bb) {
        this.bb_pos = i;
        this.bb = bb;
        return this;
    }
    static getRootAsDivOptions(bb, obj) {
        return (obj || new div_options_DivOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    static getSizePrefixedRootAsDivOptions(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers/* SIZE_PREFIX_LENGTH */.kc);
        return (obj || new div_options_DivOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    fusedActivationFunction() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.readInt8(this.bb_pos + offset) : ActivationFunctionType.NONE;
    }
    static startDivOptions(builder) {
        builder.startObject(1);
    }
    static addFusedActivationFunction(builder, fusedActivationFunction) {
        builder.addFieldInt8(0, fusedActivationFunction, ActivationFunctionType.NONE);
    }
    static endDivOptions(builder) {
        const offset = builder.endObject();
        return offset;
    }
    static createDivOptions(builder, fusedActivationFunction) {
        div_options_DivOptions.startDivOptions(builder);
        div_options_DivOptions.addFusedActivationFunction(builder, fusedActivationFunction);
        return div_options_DivOptions.endDivOptions(builder);
    }
}

;// CONCATENATED MODULE: ./src/schemas/tflite/tflite/leaky-relu-options.ts
// GENERATED by tools/gen-tflite-schema.mjs (flatc version 2.0.8, Debian flatbuffers-compiler) from schemas/tflite_schema.fbs (official TFLite, Apache-2.0). Do not edit.
// automatically generated by the FlatBuffers compiler, do not modify
/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any, @typescript-eslint/no-non-null-assertion */

class leaky_relu_options_LeakyReluOptions {
    bb = null;
    bb_pos = 0;
    __init(i, bb) {
        this.bb_pos = i;
        this.bb = bb;
        return this;
    }
    static getRootAsLeakyReluOptions(bb, obj) {
        return (obj || new leaky_relu_options_LeakyReluOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    static getSizePrefixedRootAsLeakyReluOptions(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers/* SIZE_PREFIX_LENGTH */.kc);
        return (obj || new leaky_relu_options_LeakyReluOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    alpha() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.readFloat32(this.bb_pos + offset) : 0.0;
    }
    static startLeakyReluOptions(builder) {
        builder.startObject(1);
    }
    static addAlpha(builder, alpha) {
        builder.addFieldFloat32(0, alpha, 0.0);
    }
    static endLeakyReluOptions(builder) {
        const offset = builder.endObject();
        return offset;
    }
    static createLeakyReluOptions(builder, alpha) {
        leaky_relu_options_LeakyReluOptions.startLeakyReluOptions(builder);
        leaky_relu_options_LeakyReluOptions.addAlpha(builder, alpha);
        return leaky_relu_options_LeakyReluOptions.endLeakyReluOptions(builder);
    }
}

;// CONCATENATED MODULE: ./src/schemas/tflite/tflite/softmax-options.ts
// GENERATED by tools/gen-tflite-schema.mjs (flatc version 2.0.8, Debian flatbuffers-compiler) from schemas/tflite_schema.fbs (official TFLite, Apache-2.0). Do not edit.
// automatically generated by the FlatBuffers compiler, do not modify
/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any, @typescript-eslint/no-non-null-assertion */

class softmax_options_SoftmaxOptions {
    bb = null;
    bb_pos = 0;
    __init(i, bb) {
        this.bb_pos = i;
        this.bb = bb;
        return this;
    }
    static getRootAsSoftmaxOptions(bb, obj) {
        return (obj || new softmax_options_SoftmaxOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    static getSizePrefixedRootAsSoftmaxOptions(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers/* SIZE_PREFIX_LENGTH */.kc);
        return (obj || new softmax_options_SoftmaxOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    beta() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.readFloat32(this.bb_pos + offset) : 0.0;
    }
    static startSoftmaxOptions(builder) {
        builder.startObject(1);
    }
    static addBeta(builder, beta) {
        builder.addFieldFloat32(0, beta, 0.0);
    }
    static endSoftmaxOptions(builder) {
        const offset = builder.endObject();
        return offset;
    }
    static createSoftmaxOptions(builder, beta) {
        softmax_options_SoftmaxOptions.startSoftmaxOptions(builder);
        softmax_options_SoftmaxOptions.addBeta(builder, beta);
        return softmax_options_SoftmaxOptions.endSoftmaxOptions(builder);
    }
}

;// CONCATENATED MODULE: ./src/schemas/tflite/tflite/l2norm-options.ts
// GENERATED by tools/gen-tflite-schema.mjs (flatc version 2.0.8, Debian flatbuffers-compiler) from schemas/tflite_schema.fbs (official TFLite, Apache-2.0). Do not edit.
// automatically generated by the FlatBuffers compiler, do not modify
/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any, @typescript-eslint/no-non-null-assertion */


class l2norm_options_L2NormOptions {
    bb = null;
    bb_pos = 0;
    __init(i, bb) {
        this.bb_pos = i;
        this.bb = bb;
        return this;
    }
    static getRootAsL2NormOptions(bb, obj) {
        return (obj || new l2norm_options_L2NormOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    static getSizePrefixedRootAsL2NormOptions(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers/* SIZE_PREFIX_LENGTH */.kc);
        return (obj || new l2norm_options_L2NormOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    fusedActivationFunction() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.readInt8(this.bb_pos + offset) : ActivationFunctionType.NONE;
    }
    static startL2NormOptions(builder) {
        builder.startObject(1);
    }
    static addFusedActivationFunction(builder, fusedActivationFunction) {
        builder.addFieldInt8(0, fusedActivationFunction, ActivationFunctionType.NONE);
    }
    static endL2NormOptions(builder) {
        const offset = builder.endObject();
        return offset;
    }
    static createL2NormOptions(builder, fusedActivationFunction) {
        l2norm_options_L2NormOptions.startL2NormOptions(builder);
        l2norm_options_L2NormOptions.addFusedActivationFunction(builder, fusedActivationFunction);
        return l2norm_options_L2NormOptions.endL2NormOptions(builder);
    }
}

;// CONCATENATED MODULE: ./src/schemas/tflite/tflite/local-response-normalization-options.ts
// GENERATED by tools/gen-tflite-schema.mjs (flatc version 2.0.8, Debian flatbuffers-compiler) from schemas/tflite_schema.fbs (official TFLite, Apache-2.0). Do not edit.
// automatically generated by the FlatBuffers compiler, do not modify
/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any, @typescript-eslint/no-non-null-assertion */

class local_response_normalization_options_LocalResponseNormalizationOptions {
    bb = null;
    bb_pos = 0;
    __init(i, bb) {
        this.bb_pos = i;
        this.bb = bb;
        return this;
    }
    static getRootAsLocalResponseNormalizationOptions(bb, obj) {
        return (obj || new local_response_normalization_options_LocalResponseNormalizationOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    static getSizePrefixedRootAsLocalResponseNormalizationOptions(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers/* SIZE_PREFIX_LENGTH */.kc);
        return (obj || new local_response_normalization_options_LocalResponseNormalizationOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    radius() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
    }
    bias() {
        const offset = this.bb.__offset(this.bb_pos, 6);
        return offset ? this.bb.readFloat32(this.bb_pos + offset) : 0.0;
    }
    alpha() {
        const offset = this.bb.__offset(this.bb_pos, 8);
        return offset ? this.bb.readFloat32(this.bb_pos + offset) : 0.0;
    }
    beta() {
        const offset = this.bb.__offset(this.bb_pos, 10);
        return offset ? this.bb.readFloat32(this.bb_pos + offset) : 0.0;
    }
    static startLocalResponseNormalizationOptions(builder) {
        builder.startObject(4);
    }
    static addRadius(builder, radius) {
        builder.addFieldInt32(0, radius, 0);
    }
    static addBias(builder, bias) {
        builder.addFieldFloat32(1, bias, 0.0);
    }
    static addAlpha(builder, alpha) {
        builder.addFieldFloat32(2, alpha, 0.0);
    }
    static addBeta(builder, beta) {
        builder.addFieldFloat32(3, beta, 0.0);
    }
    static endLocalResponseNormalizationOptions(builder) {
        const offset = builder.endObject();
        return offset;
    }
    static createLocalResponseNormalizationOptions(builder, radius, bias, alpha, beta) {
        local_response_normalization_options_LocalResponseNormalizationOptions.startLocalResponseNormalizationOptions(builder);
        local_response_normalization_options_LocalResponseNormalizationOptions.addRadius(builder, radius);
        local_response_normalization_options_LocalResponseNormalizationOptions.addBias(builder, bias);
        local_response_normalization_options_LocalResponseNormalizationOptions.addAlpha(builder, alpha);
        local_response_normalization_options_LocalResponseNormalizationOptions.addBeta(builder, beta);
        return local_response_normalization_options_LocalResponseNormalizationOptions.endLocalResponseNormalizationOptions(builder);
    }
}

;// CONCATENATED MODULE: ./src/schemas/tflite/tflite/concatenation-options.ts
// GENERATED by tools/gen-tflite-schema.mjs (flatc version 2.0.8, Debian flatbuffers-compiler) from schemas/tflite_schema.fbs (official TFLite, Apache-2.0). Do not edit.
// automatically generated by the FlatBuffers compiler, do not modify
/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any, @typescript-eslint/no-non-null-assertion */


class concatenation_options_ConcatenationOptions {
    bb = null;
    bb_pos = 0;
    __init(i, bb) {
        this.bb_pos = i;
        this.bb = bb;
        return this;
    }
    static getRootAsConcatenationOptions(bb, obj) {
        return (obj || new concatenation_options_ConcatenationOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    static getSizePrefixedRootAsConcatenationOptions(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers/* SIZE_PREFIX_LENGTH */.kc);
        return (obj || new concatenation_options_ConcatenationOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    axis() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
    }
    fusedActivationFunction() {
        const offset = this.bb.__offset(this.bb_pos, 6);
        return offset ? this.bb.readInt8(this.bb_pos + offset) : ActivationFunctionType.NONE;
    }
    static startConcatenationOptions(builder) {
        builder.startObject(2);
    }
    static addAxis(builder, axis) {
        builder.addFieldInt32(0, axis, 0);
    }
    static addFusedActivationFunction(builder, fusedActivationFunction) {
        builder.addFieldInt8(1, fusedActivationFunction, ActivationFunctionType.NONE);
    }
    static endConcatenationOptions(builder) {
        const offset = builder.endObject();
        return offset;
    }
    static createConcatenationOptions(builder, axis, fusedActivationFunction) {
        concatenation_options_ConcatenationOptions.startConcatenationOptions(builder);
        concatenation_options_ConcatenationOptions.addAxis(builder, axis);
        concatenation_options_ConcatenationOptions.addFusedActivationFunction(builder, fusedActivationFunction);
        return concatenation_options_ConcatenationOptions.endConcatenationOptions(builder);
    }
}

;// CONCATENATED MODULE: ./src/schemas/tflite/tflite/gather-options.ts
// GENERATED by tools/gen-tflite-schema.mjs (flatc version 2.0.8, Debian flatbuffers-compiler) from schemas/tflite_schema.fbs (official TFLite, Apache-2.0). Do not edit.
// automatically generated by the FlatBuffers compiler, do not modify
/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any, @typescript-eslint/no-non-null-assertion */

class gather_options_GatherOptions {
    bb = null;
    bb_pos = 0;
    __init(i, bb) {
        this.bb_pos = i;
        this.bb = bb;
        return this;
    }
    static getRootAsGatherOptions(bb, obj) {
        return (obj || new gather_options_GatherOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    static getSizePrefixedRootAsGatherOptions(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers/* SIZE_PREFIX_LENGTH */.kc);
        return (obj || new gather_options_GatherOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    axis() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
    }
    batchDims() {
        const offset = this.bb.__offset(this.bb_pos, 6);
        return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
    }
    static startGatherOptions(builder) {
        builder.startObject(2);
    }
    static addAxis(builder, axis) {
        builder.addFieldInt32(0, axis, 0);
    }
    static addBatchDims(builder, batchDims) {
        builder.addFieldInt32(1, batchDims, 0);
    }
    static endGatherOptions(builder) {
        const offset = builder.endObject();
        return offset;
    }
    static createGatherOptions(builder, axis, batchDims) {
        gather_options_GatherOptions.startGatherOptions(builder);
        gather_options_GatherOptions.addAxis(builder, axis);
        gather_options_GatherOptions.addBatchDims(builder, batchDims);
        return gather_options_GatherOptions.endGatherOptions(builder);
    }
}

;// CONCATENATED MODULE: ./src/schemas/tflite/tflite/pack-options.ts
// GENERATED by tools/gen-tflite-schema.mjs (flatc version 2.0.8, Debian flatbuffers-compiler) from schemas/tflite_schema.fbs (official TFLite, Apache-2.0). Do not edit.
// automatically generated by the FlatBuffers compiler, do not modify
/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any, @typescript-eslint/no-non-null-assertion */

class pack_options_PackOptions {
    bb = null;
    bb_pos = 0;
    __init(i, bb) {
        this.bb_pos = i;
        this.bb = bb;
        return this;
    }
    static getRootAsPackOptions(bb, obj) {
        return (obj || new pack_options_PackOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    static getSizePrefixedRootAsPackOptions(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers/* SIZE_PREFIX_LENGTH */.kc);
        return (obj || new pack_options_PackOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    valuesCount() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
    }
    axis() {
        const offset = this.bb.__offset(this.bb_pos, 6);
        return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
    }
    static startPackOptions(builder) {
        builder.startObject(2);
    }
    static addValuesCount(builder, valuesCount) {
        builder.addFieldInt32(0, valuesCount, 0);
    }
    static addAxis(builder, axis) {
        builder.addFieldInt32(1, axis, 0);
    }
    static endPackOptions(builder) {
        const offset = builder.endObject();
        return offset;
    }
    static createPackOptions(builder, valuesCount, axis) {
        pack_options_PackOptions.startPackOptions(builder);
        pack_options_PackOptions.addValuesCount(builder, valuesCount);
        pack_options_PackOptions.addAxis(builder, axis);
        return pack_options_PackOptions.endPackOptions(builder);
    }
}

;// CONCATENATED MODULE: ./src/schemas/tflite/tflite/unpack-options.ts
// GENERATED by tools/gen-tflite-schema.mjs (flatc version 2.0.8, Debian flatbuffers-compiler) from schemas/tflite_schema.fbs (official TFLite, Apache-2.0). Do not edit.
// automatically generated by the FlatBuffers compiler, do not modify
/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any, @typescript-eslint/no-non-null-assertion */

class unpack_options_UnpackOptions {
    bb = null;
    bb_pos = 0;
    __init(i, bb) {
        this.bb_pos = i;
        this.bb = bb;
        return this;
    }
    static getRootAsUnpackOptions(bb, obj) {
        return (obj || new unpack_options_UnpackOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    static getSizePrefixedRootAsUnpackOptions(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers/* SIZE_PREFIX_LENGTH */.kc);
        return (obj || new unpack_options_UnpackOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    num() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
    }
    axis() {
        const offset = this.bb.__offset(this.bb_pos, 6);
        return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
    }
    static startUnpackOptions(builder) {
        builder.startObject(2);
    }
    static addNum(builder, num) {
        builder.addFieldInt32(0, num, 0);
    }
    static addAxis(builder, axis) {
        builder.addFieldInt32(1, axis, 0);
    }
    static endUnpackOptions(builder) {
        const offset = builder.endObject();
        return offset;
    }
    static createUnpackOptions(builder, num, axis) {
        unpack_options_UnpackOptions.startUnpackOptions(builder);
        unpack_options_UnpackOptions.addNum(builder, num);
        unpack_options_UnpackOptions.addAxis(builder, axis);
        return unpack_options_UnpackOptions.endUnpackOptions(builder);
    }
}

;// CONCATENATED MODULE: ./src/schemas/tflite/tflite/one-hot-options.ts
// GENERATED by tools/gen-tflite-schema.mjs (flatc version 2.0.8, Debian flatbuffers-compiler) from schemas/tflite_schema.fbs (official TFLite, Apache-2.0). Do not edit.
// automatically generated by the FlatBuffers compiler, do not modify
/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any, @typescript-eslint/no-non-null-assertion */

class one_hot_options_OneHotOptions {
    bb = null;
    bb_pos = 0;
    __init(i, bb) {
        this.bb_pos = i;
        this.bb = bb;
        return this;
    }
    static getRootAsOneHotOptions(bb, obj) {
        return (obj || new one_hot_options_OneHotOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    static getSizePrefixedRootAsOneHotOptions(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers/* SIZE_PREFIX_LENGTH */.kc);
        return (obj || new one_hot_options_OneHotOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    axis() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
    }
    static startOneHotOptions(builder) {
        builder.startObject(1);
    }
    static addAxis(builder, axis) {
        builder.addFieldInt32(0, axis, 0);
    }
    static endOneHotOptions(builder) {
        const offset = builder.endObject();
        return offset;
    }
    static createOneHotOptions(builder, axis) {
        one_hot_options_OneHotOptions.startOneHotOptions(builder);
        one_hot_options_OneHotOptions.addAxis(builder, axis);
        return one_hot_options_OneHotOptions.endOneHotOptions(builder);
    }
}

;// CONCATENATED MODULE: ./src/schemas/tflite/tflite/while-options.ts
// GENERATED by tools/gen-tflite-schema.mjs (flatc version 2.0.8, Debian flatbuffers-compiler) from schemas/tflite_schema.fbs (official TFLite, Apache-2.0). Do not edit.
// automatically generated by the FlatBuffers compiler, do not modify
/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any, @typescript-eslint/no-non-null-assertion */

class while_options_WhileOptions {
    bb = null;
    bb_pos = 0;
    __init(i, bb) {
        this.bb_pos = i;
        this.bb = bb;
        return this;
    }
    static getRootAsWhileOptions(bb, obj) {
        return (obj || new while_options_WhileOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    static getSizePrefixedRootAsWhileOptions(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers/* SIZE_PREFIX_LENGTH */.kc);
        return (obj || new while_options_WhileOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    condSubgraphIndex() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
    }
    bodySubgraphIndex() {
        const offset = this.bb.__offset(this.bb_pos, 6);
        return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
    }
    static startWhileOptions(builder) {
        builder.startObject(2);
    }
    static addCondSubgraphIndex(builder, condSubgraphIndex) {
        builder.addFieldInt32(0, condSubgraphIndex, 0);
    }
    static addBodySubgraphIndex(builder, bodySubgraphIndex) {
        builder.addFieldInt32(1, bodySubgraphIndex, 0);
    }
    static endWhileOptions(builder) {
        const offset = builder.endObject();
        return offset;
    }
    static createWhileOptions(builder, condSubgraphIndex, bodySubgraphIndex) {
        while_options_WhileOptions.startWhileOptions(builder);
        while_options_WhileOptions.addCondSubgraphIndex(builder, condSubgraphIndex);
        while_options_WhileOptions.addBodySubgraphIndex(builder, bodySubgraphIndex);
        return while_options_WhileOptions.endWhileOptions(builder);
    }
}

;// CONCATENATED MODULE: ./src/schemas/tflite/tflite/if-options.ts
// GENERATED by tools/gen-tflite-schema.mjs (flatc version 2.0.8, Debian flatbuffers-compiler) from schemas/tflite_schema.fbs (official TFLite, Apache-2.0). Do not edit.
// automatically generated by the FlatBuffers compiler, do not modify
/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any, @typescript-eslint/no-non-null-assertion */

class if_options_IfOptions {
    bb = null;
    bb_pos = 0;
    __init(i, bb) {
        this.bb_pos = i;
        this.bb = bb;
        return this;
    }
    static getRootAsIfOptions(bb, obj) {
        return (obj || new if_options_IfOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    static getSizePrefixedRootAsIfOptions(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers/* SIZE_PREFIX_LENGTH */.kc);
        return (obj || new if_options_IfOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    thenSubgraphIndex() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
    }
    elseSubgraphIndex() {
        const offset = this.bb.__offset(this.bb_pos, 6);
        return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
    }
    static startIfOptions(builder) {
        builder.startObject(2);
    }
    static addThenSubgraphIndex(builder, thenSubgraphIndex) {
        builder.addFieldInt32(0, thenSubgraphIndex, 0);
    }
    static addElseSubgraphIndex(builder, elseSubgraphIndex) {
        builder.addFieldInt32(1, elseSubgraphIndex, 0);
    }
    static endIfOptions(builder) {
        const offset = builder.endObject();
        return offset;
    }
    static createIfOptions(builder, thenSubgraphIndex, elseSubgraphIndex) {
        if_options_IfOptions.startIfOptions(builder);
        if_options_IfOptions.addThenSubgraphIndex(builder, thenSubgraphIndex);
        if_options_IfOptions.addElseSubgraphIndex(builder, elseSubgraphIndex);
        return if_options_IfOptions.endIfOptions(builder);
    }
}

;// CONCATENATED MODULE: ./src/schemas/tflite/tflite/call-once-options.ts
// GENERATED by tools/gen-tflite-schema.mjs (flatc version 2.0.8, Debian flatbuffers-compiler) from schemas/tflite_schema.fbs (official TFLite, Apache-2.0). Do not edit.
// automatically generated by the FlatBuffers compiler, do not modify
/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any, @typescript-eslint/no-non-null-assertion */

class call_once_options_CallOnceOptions {
    bb = null;
    bb_pos = 0;
    __init(i, bb) {
        this.bb_pos = i;
        this.bb = bb;
        return this;
    }
    static getRootAsCallOnceOptions(bb, obj) {
        return (obj || new call_once_options_CallOnceOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    static getSizePrefixedRootAsCallOnceOptions(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers/* SIZE_PREFIX_LENGTH */.kc);
        return (obj || new call_once_options_CallOnceOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    initSubgraphIndex() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
    }
    static startCallOnceOptions(builder) {
        builder.startObject(1);
    }
    static addInitSubgraphIndex(builder, initSubgraphIndex) {
        builder.addFieldInt32(0, initSubgraphIndex, 0);
    }
    static endCallOnceOptions(builder) {
        const offset = builder.endObject();
        return offset;
    }
    static createCallOnceOptions(builder, initSubgraphIndex) {
        call_once_options_CallOnceOptions.startCallOnceOptions(builder);
        call_once_options_CallOnceOptions.addInitSubgraphIndex(builder, initSubgraphIndex);
        return call_once_options_CallOnceOptions.endCallOnceOptions(builder);
    }
}

;// CONCATENATED MODULE: ./src/frontends/tflite/options.ts

/** The operator's builtin options as `T` when the union holds that type. */
function options(op, type, make) {
    if (op.builtinOptionsType() !== type)
        return undefined;
    const o = op.builtinOptions(make());
    return (o ?? undefined);
}
function autoPad(p) {
    return p === Padding.VALID ? 'VALID' : 'SAME_UPPER';
}
function fusedActivation(a) {
    switch (a) {
        case ActivationFunctionType.RELU: return { kind: 'Relu' };
        case ActivationFunctionType.RELU6: return { kind: 'Relu6' };
        case ActivationFunctionType.RELU_N1_TO_1: return { kind: 'Clip', attrs: { min: -1, max: 1 } };
        case ActivationFunctionType.TANH: return { kind: 'Tanh' };
        case ActivationFunctionType.SIGN_BIT: return { kind: 'Sign' };
        default: return undefined;
    }
}
/** Strides/dilations in H, W order with defaults of 1 (TFLite writes 0 for "unset" in old files). */
function pair(h, w) {
    return [h || 1, w || 1];
}
/** Static dim `i` of a tensor (negative i counts from the end), else undefined. */
function dimOf(t, i) {
    const s = t?.shape;
    if (!s)
        return undefined;
    const d = s[i < 0 ? s.length + i : i];
    return typeof d === 'number' ? d : undefined;
}
/** TFLite paddings [[b0, e0], [b1, e1], ...] (flattened) -> ONNX pads [b0, b1, ..., e0, e1, ...]. */
function onnxPads(flat) {
    const r = Math.floor(flat.length / 2);
    const begins = [];
    const ends = [];
    for (let i = 0; i < r; i++) {
        begins.push(flat[2 * i] ?? 0);
        ends.push(flat[2 * i + 1] ?? 0);
    }
    return [...begins, ...ends];
}

;// CONCATENATED MODULE: ./src/schemas/tflite/tflite/svdfoptions.ts
// GENERATED by tools/gen-tflite-schema.mjs (flatc version 2.0.8, Debian flatbuffers-compiler) from schemas/tflite_schema.fbs (official TFLite, Apache-2.0). Do not edit.
// automatically generated by the FlatBuffers compiler, do not modify
/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any, @typescript-eslint/no-non-null-assertion */


class svdfoptions_SVDFOptions {
    bb = null;
    bb_pos = 0;
    __init(i, bb) {
        this.bb_pos = i;
        this.bb = bb;
        return this;
    }
    static getRootAsSVDFOptions(bb, obj) {
        return (obj || new svdfoptions_SVDFOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    static getSizePrefixedRootAsSVDFOptions(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers/* SIZE_PREFIX_LENGTH */.kc);
        return (obj || new svdfoptions_SVDFOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    rank() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
    }
    fusedActivationFunction() {
        const offset = this.bb.__offset(this.bb_pos, 6);
        return offset ? this.bb.readInt8(this.bb_pos + offset) : ActivationFunctionType.NONE;
    }
    asymmetricQuantizeInputs() {
        const offset = this.bb.__offset(this.bb_pos, 8);
        return offset ? !!this.bb.readInt8(this.bb_pos + offset) : false;
    }
    static startSVDFOptions(builder) {
        builder.startObject(3);
    }
    static addRank(builder, rank) {
        builder.addFieldInt32(0, rank, 0);
    }
    static addFusedActivationFunction(builder, fusedActivationFunction) {
        builder.addFieldInt8(1, fusedActivationFunction, ActivationFunctionType.NONE);
    }
    static addAsymmetricQuantizeInputs(builder, asymmetricQuantizeInputs) {
        builder.addFieldInt8(2, +asymmetricQuantizeInputs, +false);
    }
    static endSVDFOptions(builder) {
        const offset = builder.endObject();
        return offset;
    }
    static createSVDFOptions(builder, rank, fusedActivationFunction, asymmetricQuantizeInputs) {
        svdfoptions_SVDFOptions.startSVDFOptions(builder);
        svdfoptions_SVDFOptions.addRank(builder, rank);
        svdfoptions_SVDFOptions.addFusedActivationFunction(builder, fusedActivationFunction);
        svdfoptions_SVDFOptions.addAsymmetricQuantizeInputs(builder, asymmetricQuantizeInputs);
        return svdfoptions_SVDFOptions.endSVDFOptions(builder);
    }
}

;// CONCATENATED MODULE: ./src/schemas/tflite/tflite/unidirectional-sequence-lstmoptions.ts
// GENERATED by tools/gen-tflite-schema.mjs (flatc version 2.0.8, Debian flatbuffers-compiler) from schemas/tflite_schema.fbs (official TFLite, Apache-2.0). Do not edit.
// automatically generated by the FlatBuffers compiler, do not modify
/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any, @typescript-eslint/no-non-null-assertion */


class unidirectional_sequence_lstmoptions_UnidirectionalSequenceLSTMOptions {
    bb = null;
    bb_pos = 0;
    __init(i, bb) {
        this.bb_pos = i;
        this.bb = bb;
        return this;
    }
    static getRootAsUnidirectionalSequenceLSTMOptions(bb, obj) {
        return (obj || new unidirectional_sequence_lstmoptions_UnidirectionalSequenceLSTMOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    static getSizePrefixedRootAsUnidirectionalSequenceLSTMOptions(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers/* SIZE_PREFIX_LENGTH */.kc);
        return (obj || new unidirectional_sequence_lstmoptions_UnidirectionalSequenceLSTMOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    fusedActivationFunction() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.readInt8(this.bb_pos + offset) : ActivationFunctionType.NONE;
    }
    cellClip() {
        const offset = this.bb.__offset(this.bb_pos, 6);
        return offset ? this.bb.readFloat32(this.bb_pos + offset) : 0.0;
    }
    projClip() {
        const offset = this.bb.__offset(this.bb_pos, 8);
        return offset ? this.bb.readFloat32(this.bb_pos + offset) : 0.0;
    }
    timeMajor() {
        const offset = this.bb.__offset(this.bb_pos, 10);
        return offset ? !!this.bb.readInt8(this.bb_pos + offset) : false;
    }
    asymmetricQuantizeInputs() {
        const offset = this.bb.__offset(this.bb_pos, 12);
        return offset ? !!this.bb.readInt8(this.bb_pos + offset) : false;
    }
    diagonalRecurrentTensors() {
        const offset = this.bb.__offset(this.bb_pos, 14);
        return offset ? !!this.bb.readInt8(this.bb_pos + offset) : false;
    }
    static startUnidirectionalSequenceLSTMOptions(builder) {
        builder.startObject(6);
    }
    static addFusedActivationFunction(builder, fusedActivationFunction) {
        builder.addFieldInt8(0, fusedActivationFunction, ActivationFunctionType.NONE);
    }
    static addCellClip(builder, cellClip) {
        builder.addFieldFloat32(1, cellClip, 0.0);
    }
    static addProjClip(builder, projClip) {
        builder.addFieldFloat32(2, projClip, 0.0);
    }
    static addTimeMajor(builder, timeMajor) {
        builder.addFieldInt8(3, +timeMajor, +false);
    }
    static addAsymmetricQuantizeInputs(builder, asymmetricQuantizeInputs) {
        builder.addFieldInt8(4, +asymmetricQuantizeInputs, +false);
    }
    static addDiagonalRecurrentTensors(builder, diagonalRecurrentTensors) {
        builder.addFieldInt8(5, +diagonalRecurrentTensors, +false);
    }
    static endUnidirectionalSequenceLSTMOptions(builder) {
        const offset = builder.endObject();
        return offset;
    }
    static createUnidirectionalSequenceLSTMOptions(builder, fusedActivationFunction, cellClip, projClip, timeMajor, asymmetricQuantizeInputs, diagonalRecurrentTensors) {
        unidirectional_sequence_lstmoptions_UnidirectionalSequenceLSTMOptions.startUnidirectionalSequenceLSTMOptions(builder);
        unidirectional_sequence_lstmoptions_UnidirectionalSequenceLSTMOptions.addFusedActivationFunction(builder, fusedActivationFunction);
        unidirectional_sequence_lstmoptions_UnidirectionalSequenceLSTMOptions.addCellClip(builder, cellClip);
        unidirectional_sequence_lstmoptions_UnidirectionalSequenceLSTMOptions.addProjClip(builder, projClip);
        unidirectional_sequence_lstmoptions_UnidirectionalSequenceLSTMOptions.addTimeMajor(builder, timeMajor);
        unidirectional_sequence_lstmoptions_UnidirectionalSequenceLSTMOptions.addAsymmetricQuantizeInputs(builder, asymmetricQuantizeInputs);
        unidirectional_sequence_lstmoptions_UnidirectionalSequenceLSTMOptions.addDiagonalRecurrentTensors(builder, diagonalRecurrentTensors);
        return unidirectional_sequence_lstmoptions_UnidirectionalSequenceLSTMOptions.endUnidirectionalSequenceLSTMOptions(builder);
    }
}

;// CONCATENATED MODULE: ./src/schemas/tflite/tflite/sequence-rnnoptions.ts
// GENERATED by tools/gen-tflite-schema.mjs (flatc version 2.0.8, Debian flatbuffers-compiler) from schemas/tflite_schema.fbs (official TFLite, Apache-2.0). Do not edit.
// automatically generated by the FlatBuffers compiler, do not modify
/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any, @typescript-eslint/no-non-null-assertion */


class sequence_rnnoptions_SequenceRNNOptions {
    bb = null;
    bb_pos = 0;
    __init(i, bb) {
        this.bb_pos = i;
        this.bb = bb;
        return this;
    }
    static getRootAsSequenceRNNOptions(bb, obj) {
        return (obj || new sequence_rnnoptions_SequenceRNNOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    static getSizePrefixedRootAsSequenceRNNOptions(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers/* SIZE_PREFIX_LENGTH */.kc);
        return (obj || new sequence_rnnoptions_SequenceRNNOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    timeMajor() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? !!this.bb.readInt8(this.bb_pos + offset) : false;
    }
    fusedActivationFunction() {
        const offset = this.bb.__offset(this.bb_pos, 6);
        return offset ? this.bb.readInt8(this.bb_pos + offset) : ActivationFunctionType.NONE;
    }
    asymmetricQuantizeInputs() {
        const offset = this.bb.__offset(this.bb_pos, 8);
        return offset ? !!this.bb.readInt8(this.bb_pos + offset) : false;
    }
    static startSequenceRNNOptions(builder) {
        builder.startObject(3);
    }
    static addTimeMajor(builder, timeMajor) {
        builder.addFieldInt8(0, +timeMajor, +false);
    }
    static addFusedActivationFunction(builder, fusedActivationFunction) {
        builder.addFieldInt8(1, fusedActivationFunction, ActivationFunctionType.NONE);
    }
    static addAsymmetricQuantizeInputs(builder, asymmetricQuantizeInputs) {
        builder.addFieldInt8(2, +asymmetricQuantizeInputs, +false);
    }
    static endSequenceRNNOptions(builder) {
        const offset = builder.endObject();
        return offset;
    }
    static createSequenceRNNOptions(builder, timeMajor, fusedActivationFunction, asymmetricQuantizeInputs) {
        sequence_rnnoptions_SequenceRNNOptions.startSequenceRNNOptions(builder);
        sequence_rnnoptions_SequenceRNNOptions.addTimeMajor(builder, timeMajor);
        sequence_rnnoptions_SequenceRNNOptions.addFusedActivationFunction(builder, fusedActivationFunction);
        sequence_rnnoptions_SequenceRNNOptions.addAsymmetricQuantizeInputs(builder, asymmetricQuantizeInputs);
        return sequence_rnnoptions_SequenceRNNOptions.endSequenceRNNOptions(builder);
    }
}

;// CONCATENATED MODULE: ./src/schemas/tflite/tflite/strided-slice-options.ts
// GENERATED by tools/gen-tflite-schema.mjs (flatc version 2.0.8, Debian flatbuffers-compiler) from schemas/tflite_schema.fbs (official TFLite, Apache-2.0). Do not edit.
// automatically generated by the FlatBuffers compiler, do not modify
/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any, @typescript-eslint/no-non-null-assertion */

class strided_slice_options_StridedSliceOptions {
    bb = null;
    bb_pos = 0;
    __init(i, bb) {
        this.bb_pos = i;
        this.bb = bb;
        return this;
    }
    static getRootAsStridedSliceOptions(bb, obj) {
        return (obj || new strided_slice_options_StridedSliceOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    static getSizePrefixedRootAsStridedSliceOptions(bb, obj) {
        bb.setPosition(bb.position() + flatbuffers/* SIZE_PREFIX_LENGTH */.kc);
        return (obj || new strided_slice_options_StridedSliceOptions()).__init(bb.readInt32(bb.position()) + bb.position(), bb);
    }
    beginMask() {
        const offset = this.bb.__offset(this.bb_pos, 4);
        return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
    }
    endMask() {
        const offset = this.bb.__offset(this.bb_pos, 6);
        return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
    }
    ellipsisMask() {
        const offset = this.bb.__offset(this.bb_pos, 8);
        return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
    }
    newAxisMask() {
        const offset = this.bb.__offset(this.bb_pos, 10);
        return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
    }
    shrinkAxisMask() {
        const offset = this.bb.__offset(this.bb_pos, 12);
        return offset ? this.bb.readInt32(this.bb_pos + offset) : 0;
    }
    offset() {
        const offset = this.bb.__offset(this.bb_pos, 14);
        return offset ? !!this.bb.readInt8(this.bb_pos + offset) : false;
    }
    static startStridedSliceOptions(builder) {
        builder.startObject(6);
    }
    static addBeginMask(builder, beginMask) {
        builder.addFieldInt32(0, beginMask, 0);
    }
    static addEndMask(builder, endMask) {
        builder.addFieldInt32(1, endMask, 0);
    }
    static addEllipsisMask(builder, ellipsisMask) {
        builder.addFieldInt32(2, ellipsisMask, 0);
    }
    static addNewAxisMask(builder, newAxisMask) {
        builder.addFieldInt32(3, newAxisMask, 0);
    }
    static addShrinkAxisMask(builder, shrinkAxisMask) {
        builder.addFieldInt32(4, shrinkAxisMask, 0);
    }
    static addOffset(builder, offset) {
        builder.addFieldInt8(5, +offset, +false);
    }
    static endStridedSliceOptions(builder) {
        const offset = builder.endObject();
        return offset;
    }
    static createStridedSliceOptions(builder, beginMask, endMask, ellipsisMask, newAxisMask, shrinkAxisMask, offset) {
        strided_slice_options_StridedSliceOptions.startStridedSliceOptions(builder);
        strided_slice_options_StridedSliceOptions.addBeginMask(builder, beginMask);
        strided_slice_options_StridedSliceOptions.addEndMask(builder, endMask);
        strided_slice_options_StridedSliceOptions.addEllipsisMask(builder, ellipsisMask);
        strided_slice_options_StridedSliceOptions.addNewAxisMask(builder, newAxisMask);
        strided_slice_options_StridedSliceOptions.addShrinkAxisMask(builder, shrinkAxisMask);
        strided_slice_options_StridedSliceOptions.addOffset(builder, offset);
        return strided_slice_options_StridedSliceOptions.endStridedSliceOptions(builder);
    }
}

;// CONCATENATED MODULE: ./src/frontends/tflite/map-op-seq.ts
/** Mappers for TFLite's sequence and state operators (SVDF, LSTM, RNN) and STRIDED_SLICE. */



/** SVDF(input, weights_feature, weights_time, bias, activation_state (variable)). */
function svdfMapper(c) {
    const o = options(c.op, BuiltinOptions.SVDFOptions, () => new svdfoptions_SVDFOptions());
    return { op: 'SVDF', attrs: { rank: o?.rank() || 1 }, activation: fusedActivation(o?.fusedActivationFunction()) };
}
/**
 * UNIDIRECTIONAL_SEQUENCE_LSTM: 24 inputs (0 input; 1-4 input-to-{input,forget,cell,output}
 * weights [H, I]; 5-8 recurrent-to-* [H, Hout]; 9-11 peepholes; 12-15 gate biases; 16-17
 * projection; 18-19 output/cell state (variable); 20-23 layer-norm coefficients). -> LSTM with
 * `time_major` (TFLite layout: X and Y are [B, T, .] or [T, B, .], no direction axis).
 */
function lstmMapper(c) {
    const o = options(c.op, BuiltinOptions.UnidirectionalSequenceLSTMOptions, () => new unidirectional_sequence_lstmoptions_UnidirectionalSequenceLSTMOptions());
    const timeMajor = o?.timeMajor() ? 1 : 0;
    const attrs = { layout: timeMajor ? 0 : 1, time_major: timeMajor, direction: 'forward' };
    const h = dimOf(c.input(2), 0);
    if (h !== undefined)
        attrs['hidden_size'] = h;
    const proj = dimOf(c.input(16), 0);
    if (proj !== undefined)
        attrs['projection_size'] = proj;
    if (o && o.cellClip() > 0)
        attrs['clip'] = o.cellClip();
    const act = fusedActivation(o?.fusedActivationFunction());
    if (act)
        attrs['activations'] = ['Sigmoid', act.kind, act.kind];
    return { op: 'LSTM', attrs };
}
/** UNIDIRECTIONAL_SEQUENCE_RNN(input, weights [H, I], recurrent [H, H], bias, hidden_state). */
function rnnMapper(c) {
    const o = options(c.op, BuiltinOptions.SequenceRNNOptions, () => new sequence_rnnoptions_SequenceRNNOptions());
    const timeMajor = o?.timeMajor() ? 1 : 0;
    const attrs = { layout: timeMajor ? 0 : 1, time_major: timeMajor, direction: 'forward' };
    const h = dimOf(c.input(1), 0);
    if (h !== undefined)
        attrs['hidden_size'] = h;
    const act = fusedActivation(o?.fusedActivationFunction());
    if (act)
        attrs['activations'] = [act.kind];
    return { op: 'RNN', attrs };
}
/** STRIDED_SLICE(x, begin, end, strides) with TensorFlow's masks. */
function stridedSliceMapper(c) {
    const o = options(c.op, BuiltinOptions.StridedSliceOptions, () => new strided_slice_options_StridedSliceOptions());
    return {
        op: 'StridedSlice',
        attrs: {
            begin_mask: o?.beginMask() ?? 0,
            end_mask: o?.endMask() ?? 0,
            ellipsis_mask: o?.ellipsisMask() ?? 0,
            new_axis_mask: o?.newAxisMask() ?? 0,
            shrink_axis_mask: o?.shrinkAxisMask() ?? 0,
            offset: o?.offset() ? 1 : 0,
        },
    };
}

;// CONCATENATED MODULE: ./src/frontends/tflite/map-op.ts
/**
 * TFLite builtin operators -> IR op kinds and attributes (ONNX naming, layout NHWC). Each mapper
 * reads the operator's options and, where the IR wants another operand form (paddings order,
 * perm as an attribute, transpose-conv operand order), rewrites the inputs.
 */




const simple = (op) => () => ({ op, attrs: {} });
/** Binary elementwise ops with a fused activation in their options. */
function binary(op, type, make) {
    return (c) => ({ op, attrs: {}, activation: fusedActivation(options(c.op, type, make)?.fusedActivationFunction()) });
}
function conv2d(c) {
    const o = options(c.op, BuiltinOptions.Conv2DOptions, () => new conv2doptions_Conv2DOptions());
    const attrs = {
        layout: 'NHWC', weight_layout: 'OHWI', auto_pad: autoPad(o?.padding()),
        strides: pair(o?.strideH(), o?.strideW()), dilations: pair(o?.dilationHFactor(), o?.dilationWFactor()),
    };
    // Grouped CONV_2D (TF 2.9+): input channels are a multiple of the filter's.
    const cin = dimOf(c.input(0), -1);
    const wIn = dimOf(c.input(1), -1);
    if (cin !== undefined && wIn !== undefined && wIn > 0 && cin !== wIn && cin % wIn === 0)
        attrs['group'] = cin / wIn;
    return { op: 'Conv', attrs, activation: fusedActivation(o?.fusedActivationFunction()) };
}
function depthwise(c) {
    const o = options(c.op, BuiltinOptions.DepthwiseConv2DOptions, () => new depthwise_conv2doptions_DepthwiseConv2DOptions());
    const attrs = {
        layout: 'NHWC', weight_layout: 'IHWO', auto_pad: autoPad(o?.padding()),
        strides: pair(o?.strideH(), o?.strideW()), dilations: pair(o?.dilationHFactor(), o?.dilationWFactor()),
        depth_multiplier: o?.depthMultiplier() || 1,
    };
    const cin = dimOf(c.input(0), -1);
    if (cin !== undefined)
        attrs['group'] = cin;
    return { op: 'Conv', attrs, activation: fusedActivation(o?.fusedActivationFunction()) };
}
function conv3d(c) {
    const o = options(c.op, BuiltinOptions.Conv3DOptions, () => new conv3doptions_Conv3DOptions());
    return {
        op: 'Conv',
        attrs: {
            layout: 'NHWC', weight_layout: 'HWIO', auto_pad: autoPad(o?.padding()),
            strides: [o?.strideD() || 1, ...pair(o?.strideH(), o?.strideW())],
            dilations: [o?.dilationDFactor() || 1, ...pair(o?.dilationHFactor(), o?.dilationWFactor())],
        },
        activation: fusedActivation(o?.fusedActivationFunction()),
    };
}
/** TRANSPOSE_CONV(output_shape, weights [Cout, KH, KW, Cin], input[, bias]) -> ConvTranspose(x, w[, b]). */
function transposeConv(c) {
    const o = options(c.op, BuiltinOptions.TransposeConvOptions, () => new transpose_conv_options_TransposeConvOptions());
    const attrs = { layout: 'NHWC', weight_layout: 'OHWI', auto_pad: autoPad(o?.padding()), strides: pair(o?.strideH(), o?.strideW()) };
    const shape = c.values(0);
    if (shape && shape.length === 4)
        attrs['output_shape'] = shape.slice(1, 3);
    const inputs = [c.inputs[2] ?? '', c.inputs[1] ?? ''];
    if (c.inputs[3])
        inputs.push(c.inputs[3]);
    // the kernel still reads its output_shape operand: it stays alive until this op (memory/lifetimes.ts)
    if (c.inputs[0] && !shape)
        attrs['shape_reads'] = [c.inputs[0]];
    return { op: 'ConvTranspose', attrs, inputs, activation: fusedActivation(o?.fusedActivationFunction()) };
}
function pool(op) {
    return (c) => {
        const o = options(c.op, BuiltinOptions.Pool2DOptions, () => new pool2doptions_Pool2DOptions());
        return {
            op,
            attrs: { layout: 'NHWC', auto_pad: autoPad(o?.padding()), strides: pair(o?.strideH(), o?.strideW()), kernel_shape: pair(o?.filterHeight(), o?.filterWidth()) },
            activation: fusedActivation(o?.fusedActivationFunction()),
        };
    };
}
/** FULLY_CONNECTED: weights [out, in] = Gemm transB=1; keep_num_dims tells the output rank. */
function fullyConnected(c) {
    const o = options(c.op, BuiltinOptions.FullyConnectedOptions, () => new fully_connected_options_FullyConnectedOptions());
    return { op: 'Gemm', attrs: { transB: 1, keep_num_dims: o?.keepNumDims() ? 1 : 0 }, activation: fusedActivation(o?.fusedActivationFunction()) };
}
/** MEAN/SUM/...: TFLite tensors are channels-last (`layout` NHWC: the channel axis is the last). */
function reduce(op) {
    return (c) => ({ op, attrs: { keepdims: options(c.op, BuiltinOptions.ReducerOptions, () => new reducer_options_ReducerOptions())?.keepDims() ? 1 : 0, layout: 'NHWC' } });
}
/** PAD/PADV2: paddings [[b, e], ...] become ONNX-ordered `pads`; PADV2's input 2 is the value. Rank-4 tensors are NHWC. */
function pad(c) {
    const v = c.values(1);
    return { op: 'Pad', attrs: v ? { pads: onnxPads(v), layout: 'NHWC' } : { layout: 'NHWC' } };
}
/** MIRROR_PAD: ONNX Pad in 'reflect' mode (TFLite's SYMMETRIC is counted the same). */
function mirrorPad(c) {
    const p = pad(c);
    return { ...p, attrs: { ...p.attrs, mode: 'reflect' } };
}
function reshape(c) {
    const attrs = { allowzero: 1 };
    if (c.inputs[1])
        return { op: 'Reshape', attrs };
    const o = options(c.op, BuiltinOptions.ReshapeOptions, () => new reshape_options_ReshapeOptions());
    const dims = [];
    for (let i = 0; o && i < o.newShapeLength(); i++)
        dims.push(o.newShape(i) ?? 0);
    return { op: 'Reshape', attrs, inputs: [c.inputs[0] ?? '', c.constant('new_shape', 'int32', dims)] };
}
function squeeze(c) {
    const o = options(c.op, BuiltinOptions.SqueezeOptions, () => new squeeze_options_SqueezeOptions());
    const axes = [];
    for (let i = 0; o && i < o.squeezeDimsLength(); i++)
        axes.push(o.squeezeDims(i) ?? 0);
    return { op: 'Squeeze', attrs: axes.length > 0 ? { axes } : {}, inputs: [c.inputs[0] ?? ''] };
}
/** TRANSPOSE(x, perm): a constant perm becomes the attribute (no longer an input, not a weight: stedgeai counts none). */
function transpose(c) {
    const perm = c.values(1);
    return perm ? { op: 'Transpose', attrs: { perm, layout: 'NHWC' }, inputs: [c.inputs[0] ?? ''] } : { op: 'Transpose', attrs: { layout: 'NHWC' } };
}
/** FILL(dims, value) -> ConstantOfShape(dims) with the value tensor as its attribute. */
function fill(c) {
    const value = c.input(1);
    return { op: 'ConstantOfShape', attrs: value ? { value } : {}, inputs: [c.inputs[0] ?? ''] };
}
/** SPLIT(axis, x) -> Split(x) with axis and num_outputs attributes. */
function split(c) {
    const axis = c.values(0)?.[0] ?? 0;
    const n = options(c.op, BuiltinOptions.SplitOptions, () => new split_options_SplitOptions())?.numSplits() || c.outputs.length;
    return { op: 'Split', attrs: { axis, num_outputs: n }, inputs: [c.inputs[1] ?? ''] };
}
/** SPLIT_V(x, size_splits, axis). */
function splitV(c) {
    const sizes = c.values(1);
    const attrs = { axis: c.values(2)?.[0] ?? 0 };
    if (sizes && !sizes.includes(-1))
        attrs['split'] = sizes;
    return { op: 'Split', attrs, inputs: [c.inputs[0] ?? ''] };
}
/** SLICE(x, begin, size): size -1 means "to the end". */
function slice(c) {
    const begin = c.values(1);
    const size = c.values(2);
    if (!begin || !size)
        return { op: 'Slice', attrs: {}, inputs: [c.inputs[0] ?? ''] };
    const ends = size.map((s, i) => (s < 0 ? 2 ** 31 - 1 : (begin[i] ?? 0) + s));
    return { op: 'Slice', attrs: { starts: begin, ends }, inputs: [c.inputs[0] ?? ''] };
}
function resize(mode) {
    return (c) => {
        const size = c.values(1);
        return { op: 'Resize', attrs: { layout: 'NHWC', mode, ...(size ? { sizes: size } : {}) }, inputs: [c.inputs[0] ?? ''] };
    };
}
function withAxis(op, read) {
    return (c) => ({ op, attrs: { axis: read(c.op) ?? 0 } });
}
/** ARG_MAX/ARG_MIN(x, axis): the reduced dim is dropped. */
function argReduce(op) {
    return (c) => ({ op, attrs: { axis: c.values(1)?.[0] ?? 0, keepdims: 0 }, inputs: [c.inputs[0] ?? ''] });
}
function spaceDepth(op, type) {
    return (c) => {
        const o = type === BuiltinOptions.DepthToSpaceOptions ? options(c.op, type, () => new depth_to_space_options_DepthToSpaceOptions()) : options(c.op, type, () => new space_to_depth_options_SpaceToDepthOptions());
        return { op, attrs: { layout: 'NHWC', blocksize: o?.blockSize() || 1 } };
    };
}
function subgraphOp(op, keys) {
    return (c) => ({ op, attrs: {}, subgraphs: keys(c.op) ?? {} });
}
/** Builtins by code. Anything missing maps to 'Unknown' with a W_UNKNOWN_OP diagnostic. */
const BUILTINS = new Map([
    [BuiltinOperator.CONV_2D, conv2d], [BuiltinOperator.DEPTHWISE_CONV_2D, depthwise], [BuiltinOperator.CONV_3D, conv3d], [BuiltinOperator.TRANSPOSE_CONV, transposeConv],
    [BuiltinOperator.FULLY_CONNECTED, fullyConnected], [BuiltinOperator.BATCH_MATMUL, simple('MatMul')],
    [BuiltinOperator.AVERAGE_POOL_2D, pool('AveragePool')], [BuiltinOperator.MAX_POOL_2D, pool('MaxPool')], [BuiltinOperator.L2_POOL_2D, pool('LpPool')],
    [BuiltinOperator.ADD, binary('Add', BuiltinOptions.AddOptions, () => new add_options_AddOptions())], [BuiltinOperator.SUB, binary('Sub', BuiltinOptions.SubOptions, () => new sub_options_SubOptions())],
    [BuiltinOperator.MUL, binary('Mul', BuiltinOptions.MulOptions, () => new mul_options_MulOptions())], [BuiltinOperator.DIV, binary('Div', BuiltinOptions.DivOptions, () => new div_options_DivOptions())],
    [BuiltinOperator.MAXIMUM, simple('Max')], [BuiltinOperator.MINIMUM, simple('Min')], [BuiltinOperator.POW, simple('Pow')], [BuiltinOperator.SQUARED_DIFFERENCE, simple('SquaredDifference')],
    [BuiltinOperator.FLOOR_MOD, simple('Mod')], [BuiltinOperator.FLOOR_DIV, simple('Div')], [BuiltinOperator.ADD_N, simple('Sum')],
    [BuiltinOperator.LESS, simple('Less')], [BuiltinOperator.GREATER, simple('Greater')], [BuiltinOperator.LESS_EQUAL, simple('LessOrEqual')], [BuiltinOperator.GREATER_EQUAL, simple('GreaterOrEqual')],
    [BuiltinOperator.EQUAL, simple('Equal')], [BuiltinOperator.NOT_EQUAL, simple('Equal')], [BuiltinOperator.LOGICAL_AND, simple('And')], [BuiltinOperator.LOGICAL_OR, simple('Or')],
    [BuiltinOperator.LOGICAL_NOT, simple('Not')], [BuiltinOperator.SELECT, simple('Where')], [BuiltinOperator.SELECT_V2, simple('Where')],
    [BuiltinOperator.RELU, simple('Relu')], [BuiltinOperator.RELU6, simple('Relu6')], [BuiltinOperator.RELU_N1_TO_1, () => ({ op: 'Clip', attrs: { min: -1, max: 1 } })],
    [BuiltinOperator.RELU_0_TO_1, () => ({ op: 'Clip', attrs: { min: 0, max: 1 } })],
    [BuiltinOperator.LOGISTIC, simple('Sigmoid')], [BuiltinOperator.TANH, simple('Tanh')], [BuiltinOperator.HARD_SWISH, simple('HardSwish')], [BuiltinOperator.GELU, simple('Gelu')],
    [BuiltinOperator.ELU, simple('Elu')], [BuiltinOperator.PRELU, simple('PRelu')],
    [BuiltinOperator.LEAKY_RELU, (c) => ({ op: 'LeakyRelu', attrs: { alpha: options(c.op, BuiltinOptions.LeakyReluOptions, () => new leaky_relu_options_LeakyReluOptions())?.alpha() ?? 0.2 } })],
    [BuiltinOperator.EXP, simple('Exp')], [BuiltinOperator.LOG, simple('Log')], [BuiltinOperator.SQRT, simple('Sqrt')], [BuiltinOperator.RSQRT, simple('Rsqrt')], [BuiltinOperator.ABS, simple('Abs')],
    [BuiltinOperator.NEG, simple('Neg')], [BuiltinOperator.SIN, simple('Sin')], [BuiltinOperator.COS, simple('Cos')], [BuiltinOperator.SQUARE, simple('Square')], [BuiltinOperator.FLOOR, simple('Floor')],
    [BuiltinOperator.CEIL, simple('Ceil')], [BuiltinOperator.ROUND, simple('Round')], [BuiltinOperator.SIGN, simple('Sign')],
    [BuiltinOperator.SOFTMAX, (c) => ({ op: 'Softmax', attrs: { axis: -1, beta: options(c.op, BuiltinOptions.SoftmaxOptions, () => new softmax_options_SoftmaxOptions())?.beta() ?? 1 } })],
    [BuiltinOperator.LOG_SOFTMAX, () => ({ op: 'LogSoftmax', attrs: { axis: -1 } })],
    [BuiltinOperator.L2_NORMALIZATION, (c) => ({ op: 'L2Normalization', attrs: { axis: -1 }, activation: fusedActivation(options(c.op, BuiltinOptions.L2NormOptions, () => new l2norm_options_L2NormOptions())?.fusedActivationFunction()) })],
    [BuiltinOperator.LOCAL_RESPONSE_NORMALIZATION, (c) => ({ op: 'LRN', attrs: { layout: 'NHWC', size: 2 * (options(c.op, BuiltinOptions.LocalResponseNormalizationOptions, () => new local_response_normalization_options_LocalResponseNormalizationOptions())?.radius() ?? 0) + 1 } })],
    [BuiltinOperator.MEAN, reduce('ReduceMean')], [BuiltinOperator.SUM, reduce('ReduceSum')], [BuiltinOperator.REDUCE_MAX, reduce('ReduceMax')], [BuiltinOperator.REDUCE_MIN, reduce('ReduceMin')],
    [BuiltinOperator.REDUCE_PROD, reduce('ReduceProd')], [BuiltinOperator.ARG_MAX, argReduce('ArgMax')], [BuiltinOperator.ARG_MIN, argReduce('ArgMin')],
    [BuiltinOperator.QUANTIZE, (c) => ({ op: c.input(0)?.dtype.startsWith('float') ? 'QuantizeLinear' : 'Requantize', attrs: {} })],
    [BuiltinOperator.DEQUANTIZE, simple('DequantizeLinear')], [BuiltinOperator.CAST, simple('Cast')], [BuiltinOperator.SHAPE, simple('Shape')],
    [BuiltinOperator.RESHAPE, reshape], [BuiltinOperator.SQUEEZE, squeeze], [BuiltinOperator.EXPAND_DIMS, simple('Unsqueeze')], [BuiltinOperator.TRANSPOSE, transpose],
    [BuiltinOperator.CONCATENATION, (c) => {
            const o = options(c.op, BuiltinOptions.ConcatenationOptions, () => new concatenation_options_ConcatenationOptions());
            return { op: 'Concat', attrs: { axis: o?.axis() ?? 0 }, activation: fusedActivation(o?.fusedActivationFunction()) };
        }],
    [BuiltinOperator.PAD, pad], [BuiltinOperator.PADV2, pad], [BuiltinOperator.MIRROR_PAD, mirrorPad], [BuiltinOperator.SPLIT, split], [BuiltinOperator.SPLIT_V, splitV], [BuiltinOperator.SLICE, slice],
    [BuiltinOperator.STRIDED_SLICE, stridedSliceMapper],
    [BuiltinOperator.GATHER, (c) => {
            const o = options(c.op, BuiltinOptions.GatherOptions, () => new gather_options_GatherOptions());
            return { op: 'Gather', attrs: { axis: o?.axis() ?? 0, batch_dims: o?.batchDims() ?? 0 } };
        }],
    [BuiltinOperator.EMBEDDING_LOOKUP, (c) => ({ op: 'Gather', attrs: { axis: 0 }, inputs: [c.inputs[1] ?? '', c.inputs[0] ?? ''] })],
    [BuiltinOperator.GATHER_ND, simple('GatherND')], [BuiltinOperator.SCATTER_ND, simple('ScatterND')], [BuiltinOperator.TILE, simple('Tile')], [BuiltinOperator.BROADCAST_TO, simple('Expand')], [BuiltinOperator.FILL, fill],
    [BuiltinOperator.PACK, withAxis('Pack', (o) => options(o, BuiltinOptions.PackOptions, () => new pack_options_PackOptions())?.axis())],
    [BuiltinOperator.UNPACK, withAxis('Unpack', (o) => options(o, BuiltinOptions.UnpackOptions, () => new unpack_options_UnpackOptions())?.axis())],
    [BuiltinOperator.ONE_HOT, withAxis('OneHot', (o) => options(o, BuiltinOptions.OneHotOptions, () => new one_hot_options_OneHotOptions())?.axis() ?? -1)],
    [BuiltinOperator.RESIZE_BILINEAR, resize('linear')], [BuiltinOperator.RESIZE_NEAREST_NEIGHBOR, resize('nearest')],
    [BuiltinOperator.DEPTH_TO_SPACE, spaceDepth('DepthToSpace', BuiltinOptions.DepthToSpaceOptions)], [BuiltinOperator.SPACE_TO_DEPTH, spaceDepth('SpaceToDepth', BuiltinOptions.SpaceToDepthOptions)],
    [BuiltinOperator.BATCH_TO_SPACE_ND, simple('BatchToSpace')], [BuiltinOperator.SPACE_TO_BATCH_ND, simple('SpaceToBatch')],
    [BuiltinOperator.REVERSE_SEQUENCE, simple('ReverseSequence')], [BuiltinOperator.TOPK_V2, simple('TopK')], [BuiltinOperator.CUMSUM, simple('CumSum')], [BuiltinOperator.RANGE, simple('Range')],
    [BuiltinOperator.SVDF, svdfMapper], [BuiltinOperator.UNIDIRECTIONAL_SEQUENCE_LSTM, lstmMapper], [BuiltinOperator.UNIDIRECTIONAL_SEQUENCE_RNN, rnnMapper],
    [BuiltinOperator.VAR_HANDLE, simple('VarHandle')], [BuiltinOperator.READ_VARIABLE, simple('ReadVariable')], [BuiltinOperator.ASSIGN_VARIABLE, simple('AssignVariable')],
    [BuiltinOperator.WHILE, subgraphOp('While', (o) => {
            const w = options(o, BuiltinOptions.WhileOptions, () => new while_options_WhileOptions());
            return w ? { cond: w.condSubgraphIndex(), body: w.bodySubgraphIndex() } : undefined;
        })],
    [BuiltinOperator.IF, subgraphOp('If', (o) => {
            const w = options(o, BuiltinOptions.IfOptions, () => new if_options_IfOptions());
            return w ? { then_branch: w.thenSubgraphIndex(), else_branch: w.elseSubgraphIndex() } : undefined;
        })],
    [BuiltinOperator.CALL_ONCE, subgraphOp('Call', (o) => {
            const w = options(o, BuiltinOptions.CallOnceOptions, () => new call_once_options_CallOnceOptions());
            return w ? { init: w.initSubgraphIndex() } : undefined;
        })],
]);

;// CONCATENATED MODULE: ./src/frontends/tflite/custom.ts
/** Custom operators (and DELEGATE): kept as 'Custom' with their custom_code; Ethos-U gets its own note. */

/** Vela's custom operator: a whole compiled NPU subgraph. */
const ETHOS_U = 'ethos-u';
function customOp(ctx, c, code, name) {
    if (code === ETHOS_U) {
        const stream = c.inputs[0] ? ` (command stream: tensor '${c.inputs[0]}')` : '';
        ctx.diagnostics.push((0,diagnostic/* diag */.sm)('W_DOMAIN', `the model is already compiled for Arm Ethos-U by Vela: the work of the original operators runs on the NPU inside custom operator '${ETHOS_U}' ('${name}'), ` +
            `and their weights are in that operator's command stream and constant inputs${stream}; MACC and per-layer figures cannot be recovered from it. Analyze the model before Vela compilation.`, name));
        return { op: 'Custom', attrs: { custom_code: code } };
    }
    ctx.diagnostics.push((0,diagnostic/* diag */.sm)('W_DOMAIN', `custom operator '${code}' is not analyzed by the standard rules (0 MACC; output shapes as the file declares them)`, name));
    return { op: 'Custom', attrs: { custom_code: code } };
}

;// CONCATENATED MODULE: ./src/frontends/tflite/map-graph.ts
/**
 * TFLite SubGraph -> IR Graph. Only tensors that operators or the graph's inputs/outputs use are
 * mapped; node names are their first output tensor's name (METRICS.md "Names"), made unique;
 * WHILE/IF/CALL_ONCE subgraphs are mapped recursively into `node.subgraphs`.
 */








/** Small constants a rule may read (shape vectors, axes, paddings). */
const SMALL = 4096;
/** Subgraph instances mapped per model at most (each WHILE/IF maps its bodies once). */
const MAX_SUBGRAPHS = 1000;
function mapSubgraph(ctx, index, fallbackName) {
    const { bb, model } = ctx;
    const count = model.subgraphsLength();
    if (index < 0 || index >= count)
        throw bb.error('E_MALFORMED', `${bb.what} refers to subgraph ${index} but the model has ${count}`, 0);
    if (ctx.visiting.has(index))
        throw bb.error('E_MALFORMED', `subgraph ${index} calls itself (through WHILE/IF/CALL_ONCE)`, 0);
    if (++ctx.mapped > MAX_SUBGRAPHS)
        throw bb.error('E_LIMIT', `more than ${MAX_SUBGRAPHS} nested subgraph instances`, 0);
    ctx.visiting.add(index);
    bb.what = `subgraph ${index}`;
    const sg = model.subgraphs(index, new SubGraph());
    if (!sg)
        throw bb.error('E_MALFORMED', `subgraph ${index} is missing`, 0);
    const over = ctx.budget.take(`subgraph ${index}`, sg.operatorsLength(), sg.tensorsLength());
    if (over !== undefined)
        throw bb.error('E_LIMIT', over, sg.bb_pos);
    const g = { name: String(sg.name() ?? '') || fallbackName, tensors: new Map(), nodes: [], inputs: [], outputs: [] };
    const tensorCount = sg.tensorsLength();
    const taken = new ir_names/* UniqueNames */.U();
    // each tensor's name once mapped, by index (a list: a map of a 100k-operator model's 233k tensors was 11 MiB)
    const names = new Array(tensorCount);
    const tensorName = (i, what) => {
        if (!Number.isInteger(i) || i < 0 || i >= tensorCount)
            throw bb.error('E_MALFORMED', `${what} refers to tensor ${i} but subgraph ${index} has ${tensorCount}`, sg.bb_pos);
        let name = names[i];
        if (name === undefined) {
            bb.what = `tensor ${i} of subgraph ${index}`;
            const tt = sg.tensors(i, new Tensor());
            if (!tt)
                throw bb.error('E_MALFORMED', `tensor ${i} of subgraph ${index} is missing`, sg.bb_pos);
            name = taken.take(String(tt.name() ?? '') || `tensor_${i}`);
            names[i] = name;
            g.tensors.set(name, tensor_mapTensor(bb, model, tt, name));
        }
        return name;
    };
    for (let i = 0; i < sg.inputsLength(); i++)
        g.inputs.push(tensorName(sg.inputs(i) ?? -1, `input ${i} of subgraph ${index}`));
    for (let i = 0; i < sg.outputsLength(); i++)
        g.outputs.push(tensorName(sg.outputs(i) ?? -1, `output ${i} of subgraph ${index}`));
    const nodeNames = new ir_names/* UniqueNames */.U();
    const op = new Operator();
    // the subgraph's inputs and what its operators write, by tensor index (1): every other tensor read and
    // not constant is a work area (an index out of range marks nothing: tensorName refuses it)
    const produced = new Uint8Array(tensorCount);
    for (let i = 0; i < sg.inputsLength(); i++)
        produced[sg.inputs(i) ?? -1] = 1;
    for (let k = 0; k < sg.operatorsLength(); k++) {
        sg.operators(k, op);
        for (let i = 0; i < op.outputsLength(); i++)
            produced[op.outputs(i) ?? -1] = 1;
    }
    for (let k = 0; k < sg.operatorsLength(); k++) {
        bb.what = `operator ${k} of subgraph ${index}`;
        sg.operators(k, op);
        if (ctx.budget.add(0, 0, op.inputsLength() + op.outputsLength()))
            throw bb.error('E_LIMIT', ctx.budget.refusal(`operator ${k} of subgraph ${index}`), op.bb_pos);
        g.nodes.push(mapOperator(ctx, g, op, k, index, tensorName, nodeNames, produced));
    }
    ctx.visiting.delete(index);
    return g;
}
function mapOperator(ctx, g, op, k, sgIndex, tensorName, nodeNames, 
/** The subgraph's inputs and the tensors its operators write, 1 by tensor index (the others read, not constant, are work areas). */
produced) {
    const { bb } = ctx;
    const where = `operator ${k} of subgraph ${sgIndex}`;
    const codeIndex = op.opcodeIndex();
    const code = ctx.codes[codeIndex];
    if (!code)
        throw bb.error('E_MALFORMED', `${where} uses operator code ${codeIndex} but the model has ${ctx.codes.length}`, op.bb_pos);
    // (sized up front: a list grown by push from empty reserves 17 entries, 29 MiB for a 100k-operator model's)
    const inputs = new Array(op.inputsLength());
    const scratch = [];
    for (let i = 0; i < inputs.length; i++) {
        const ti = op.inputs(i) ?? -1;
        const n = ti === -1 ? '' : tensorName(ti, `input ${i} of ${where}`);
        inputs[i] = n;
        if (n !== '' && produced[ti] !== 1 && g.tensors.get(n)?.data === undefined)
            scratch.push(n);
    }
    const outputs = new Array(op.outputsLength());
    for (let i = 0; i < outputs.length; i++)
        outputs[i] = tensorName(op.outputs(i) ?? -1, `output ${i} of ${where}`);
    const sourceOp = code.builtin === BuiltinOperator.CUSTOM ? code.custom || 'CUSTOM' : (BuiltinOperator[code.builtin] ?? `BUILTIN_${code.builtin}`);
    const name = nodeNames.take(outputs.find((o) => o !== '') ?? `${sourceOp}_${k}`);
    const c = {
        op, inputs, outputs,
        tensor: (n) => g.tensors.get(n),
        input: (i) => (inputs[i] ? g.tensors.get(inputs[i]) : undefined),
        values: (i) => {
            const t = inputs[i] ? g.tensors.get(inputs[i]) : undefined;
            return t?.data === undefined || t.variable ? undefined : (0,tensor_data/* readValues */.N$)(t, SMALL);
        },
        constant: (suffix, dtype, values) => {
            const n = `${name}/${suffix}`;
            g.tensors.set(n, { name: n, dtype, shape: [values.length], data: { kind: 'values', values } });
            return n;
        },
    };
    let mapped;
    const builtin = BUILTINS.get(code.builtin);
    if (code.builtin === BuiltinOperator.CUSTOM || code.builtin === BuiltinOperator.DELEGATE) {
        mapped = customOp(ctx, c, sourceOp, name);
    }
    else if (builtin) {
        mapped = builtin(c);
    }
    else {
        mapped = { op: 'Unknown', attrs: {} };
        ctx.diagnostics.push((0,diagnostic/* diag */.sm)('W_UNKNOWN_OP', `TFLite operator ${sourceOp} (version ${code.version}) is not supported`, name));
    }
    const node = { name, op: mapped.op, sourceOp, inputs: mapped.inputs ?? inputs, outputs, attrs: mapped.attrs, index: k };
    if (mapped.op === 'Custom' && scratch.length > 0) {
        // Work areas a custom op reads but nothing writes (Vela's scratch/scratch_fast arena tensors):
        // listed as extra outputs so the memory plan reserves them while the op runs.
        node.inputs = node.inputs.filter((i) => !scratch.includes(i));
        node.outputs = [...outputs, ...scratch];
        node.attrs['scratch_tensors'] = scratch;
    }
    if (code.builtin === BuiltinOperator.CUSTOM)
        node.domain = 'custom';
    if (mapped.activation) {
        node.activation = mapped.activation.kind;
        if (mapped.activation.attrs)
            node.activationAttrs = mapped.activation.attrs;
    }
    if (mapped.subgraphs && Object.keys(mapped.subgraphs).length > 0) {
        node.subgraphs = {};
        for (const [key, idx] of Object.entries(mapped.subgraphs))
            node.subgraphs[key] = mapSubgraph(ctx, idx, `${name}.${key}`);
        ctx.diagnostics.push((0,diagnostic/* diag */.sm)('W_SUBGRAPH', `node '${name}' (${sourceOp}) runs subgraphs: ${Object.entries(mapped.subgraphs).map(([key, i]) => `${key} = subgraph ${i}`).join(', ')}`, name));
    }
    if ((0,integer/* readsQuantizedIntegers */.C)(g, node))
        node.integer = true;
    return node;
}
/** Every activation (non-constant, non-state) input holds quantized integers: an ss/sa layer. */

;// CONCATENATED MODULE: ./src/frontends/tflite/index.ts










/** The schema version this reader understands (schema.fbs "Version 3"). */
const TFLITE_SCHEMA_VERSION = 3;
const tfliteFrontend = {
    ...formats/* TFLITE_FORMAT */.D,
    probe: (_input, head) => (probeTflite(head) ? true : undefined),
    read: (input) => readTflite(input),
};
/** Reads a TFLite model lazily: weight bytes stay in the source as offsets. */
function readTflite(input) {
    try {
        return readTfliteWith(new PagedByteBuffer(input.source, input.path), input);
    }
    catch (e) {
        throw (0,diagnostic/* asFootprintError */.aD)(e, input.path);
    }
}
/** As readTflite, with a caller-made buffer (tests count the bytes it reads) and bounds (tests give smaller ones). */
function readTfliteWith(bb, input, budget = new GraphBudget()) {
    if (bb.size < 8)
        throw bb.error('E_TRUNCATED', `the file has ${bb.size} bytes; a TFLite flatbuffer needs at least 8 (root offset and "${TFLITE_IDENTIFIER}")`, 0);
    const ident = identifierOf(bb.span(0, 8, 'file header'));
    if (ident !== TFLITE_IDENTIFIER) {
        throw new diagnostic/* FootprintError */.E0('E_UNKNOWN_FORMAT', `TFLite: expected the file identifier "${TFLITE_IDENTIFIER}" at bytes 4..8, found ${JSON.stringify(ident)}`, { file: input.path, offset: 4 });
    }
    bb.what = 'the root table (Model)';
    const root = bb.readInt32(0);
    bb.check(root, 4, 'the root table (Model)');
    const model = Model.getRootAsModel(bb);
    const version = model.version();
    if (version !== TFLITE_SCHEMA_VERSION) {
        throw bb.error('E_MALFORMED', `schema version ${version}; this reader supports version ${TFLITE_SCHEMA_VERSION} (re-convert with a current TensorFlow)`, root);
    }
    const ctx = { bb, model, codes: readCodes(bb, model, budget), diagnostics: [], visiting: new Set(), mapped: 0, budget };
    const subgraphs = model.subgraphsLength();
    if (subgraphs === 0)
        throw bb.error('E_MALFORMED', 'the model has no subgraphs', root);
    const graph = mapSubgraph(ctx, 0, 'main');
    return { format: 'tflite', path: input.path, graph, meta: tflite_modelMeta(bb, model, ctx.codes.length), diagnostics: ctx.diagnostics };
}
function readCodes(bb, model, budget) {
    const codes = [];
    // one code per distinct operator: never more of them than nodes
    const over = budget.codes(model.operatorCodesLength());
    if (over !== undefined)
        throw bb.error('E_LIMIT', over, 0);
    const oc = new OperatorCode();
    for (let i = 0; i < model.operatorCodesLength(); i++) {
        bb.what = `operator code ${i}`;
        model.operatorCodes(i, oc);
        // builtin_code (int32) replaced deprecated_builtin_code (int8) at 127: the larger one is right.
        const builtin = Math.max(oc.builtinCode(), oc.deprecatedBuiltinCode());
        codes.push({ builtin, custom: String(oc.customCode() ?? ''), version: oc.version() });
    }
    return codes;
}
function tflite_modelMeta(bb, model, codes) {
    const meta = { schemaVersion: model.version(), subgraphs: model.subgraphsLength(), operatorCodes: codes };
    bb.what = 'the model description';
    const description = model.description();
    if (description)
        meta['description'] = String(description);
    const md = new Metadata();
    for (let i = 0; i < model.metadataLength(); i++) {
        bb.what = `metadata ${i}`;
        model.metadata(i, md);
        if (md.name() !== 'min_runtime_version')
            continue;
        const range = bufferRange(bb, model, md.buffer());
        if (!range)
            continue;
        const bytes = bb.span(range.offset, Math.min(range.length, 32), 'min_runtime_version metadata');
        const text = new TextDecoder().decode(bytes).replace(/\0.*$/s, '');
        if (text)
            meta['minRuntimeVersion'] = text;
    }
    return meta;
}

;// CONCATENATED MODULE: ./src/frontends/keras/builder.ts



class GraphBuilder {
    file;
    budget;
    graph;
    diagnostics = [];
    /** Node names, and the graph's tensor names (taken as they are set). */
    names;
    ranks = new Map();
    /** Constants by dataset path: a shared layer's later calls read the same tensors. */
    byPath = new Map();
    /** `budget`: the model's bounds on nodes and tensors (tests give smaller ones). */
    constructor(name, file, budget = new GraphBudget()) {
        this.file = file;
        this.budget = budget;
        const graph = { name, tensors: new Map(), nodes: [], inputs: [], outputs: [] };
        this.graph = graph;
        this.names = new ir_names/* UniqueNames */.U((n) => graph.tensors.has(n));
    }
    /** `base`, or `base_1`, `base_2`... when a node or tensor already has that name. */
    unique(base) {
        return this.names.take(base);
    }
    /** Counts what the layer `name` adds; past a bound, the model is refused. */
    count(name, nodes, tensors, edges = 0) {
        if (this.budget.add(nodes, tensors, edges))
            throw new diagnostic/* FootprintError */.E0('E_LIMIT', `Keras: ${this.budget.refusal(`layer '${name}'`)}`, { file: this.file, node: name });
    }
    rankOf(tensor) {
        return tensor === undefined ? undefined : this.ranks.get(tensor);
    }
    input(name, shape, dtype) {
        this.count(name, 0, 1);
        const n = this.unique(name);
        this.graph.tensors.set(n, shape === undefined ? { name: n, dtype } : { name: n, dtype, shape });
        this.graph.inputs.push(n);
        if (shape !== undefined)
            this.ranks.set(n, shape.length);
        return n;
    }
    /** A weight as a constant: shape and dtype from the dataset; values stay in the file. */
    constant(name, v, shape = v.shape) {
        const known = this.byPath.get(v.path);
        if (known !== undefined)
            return known;
        this.count(name, 0, 1);
        const n = this.unique(name);
        this.byPath.set(v.path, n);
        this.graph.tensors.set(n, { name: n, dtype: v.dtype, shape, data: { kind: 'computed', by: `hdf5 dataset ${v.path}` } });
        return n;
    }
    /** A small constant Keras does not store (BN gamma of 1 with scale=False). */
    implicitConstant(name, values) {
        this.count(name, 0, 1);
        const n = this.unique(name);
        this.graph.tensors.set(n, { name: n, dtype: 'float32', shape: [values.length], data: { kind: 'values', values } });
        return n;
    }
    node(spec) {
        const outputs = spec.outputs?.length ?? 1;
        this.count(spec.name, 1, outputs, spec.inputs.length + outputs);
        const name = this.unique(spec.name);
        const outs = (spec.outputs ?? [name]).map((o) => (o === '' ? '' : o === name ? o : this.unique(o)));
        for (const o of outs)
            if (o !== '')
                this.graph.tensors.set(o, { name: o, dtype: 'unknown' });
        const node = { name, op: spec.op, sourceOp: spec.sourceOp, inputs: spec.inputs, outputs: outs, attrs: spec.attrs ?? {} };
        this.graph.nodes.push(node);
        const first = outs[0];
        if (spec.rank !== undefined && first)
            this.ranks.set(first, spec.rank);
        return outs;
    }
    /** An 'Unknown' node that keeps the layer visible, with a W_UNKNOWN_OP naming class and layer. */
    unknown(name, className, inputs, why) {
        this.diagnostics.push((0,diagnostic/* diag */.sm)('W_UNKNOWN_OP', `Keras layer '${name}' (${className}): ${why}`, name));
        return this.node({ name, op: 'Unknown', sourceOp: className || 'Unknown', inputs, attrs: {} });
    }
    warn(code, message, node) {
        this.diagnostics.push((0,diagnostic/* diag */.sm)(code, message, node));
    }
}

;// CONCATENATED MODULE: ./src/frontends/keras/config.ts
/**
 * The Keras model config (JSON): layers, how they are called (inbound nodes) and the model's
 * inputs/outputs. Keras 2 (`model_config` in .h5) writes inbound nodes as lists
 * `[[layer, node, tensor, kwargs], ...]`; Keras 3 (`config.json` in .keras) as
 * `{args, kwargs}` with `__keras_tensor__` objects whose `keras_history` is `[layer, node, tensor]`.
 */

const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/**
 * JSON nesting accepted in a Keras config. A Sequential or Functional model nests about 6 levels
 * per model level; real configs stay under 60, and a 20,000-deep `Sequential` is a hostile file
 * (refused here, typed, before any recursive reader walks it).
 */
const MAX_JSON_DEPTH = 512;
/** Nesting depth of a parsed JSON value, measured without recursion. */
function jsonDepth(v) {
    let max = 0;
    const stack = [[v, 1]];
    while (stack.length > 0) {
        const [x, d] = stack.pop();
        if (typeof x !== 'object' || x === null)
            continue;
        if (d > max)
            max = d;
        if (max > MAX_JSON_DEPTH)
            return max;
        for (const c of Array.isArray(x) ? x : Object.values(x))
            if (typeof c === 'object' && c !== null)
                stack.push([c, d + 1]);
    }
    return max;
}
function parseJson(text, what, file) {
    let v;
    try {
        v = JSON.parse(text);
    }
    catch (e) {
        throw new diagnostic/* FootprintError */.E0('E_MALFORMED', `Keras: ${what} is not valid JSON (${e instanceof Error ? e.message : String(e)})`, { file });
    }
    if (!isObject(v))
        throw new diagnostic/* FootprintError */.E0('E_MALFORMED', `Keras: ${what} is not a JSON object`, { file });
    if (jsonDepth(v) > MAX_JSON_DEPTH)
        throw new diagnostic/* FootprintError */.E0('E_LIMIT', `Keras: ${what} nests more than ${MAX_JSON_DEPTH} levels deep (no real model does)`, { file });
    return v;
}
function refFromList(v) {
    if (!Array.isArray(v) || typeof v[0] !== 'string')
        return undefined;
    return { layer: v[0], node: typeof v[1] === 'number' ? v[1] : 0, tensor: typeof v[2] === 'number' ? v[2] : 0 };
}
/** keras_history references anywhere inside a Keras 3 call's args. */
function collectKeras3(v, out) {
    if (Array.isArray(v)) {
        for (const x of v)
            collectKeras3(x, out);
    }
    else if (isObject(v)) {
        const cfg = v['config'];
        if (v['class_name'] === '__keras_tensor__' && isObject(cfg)) {
            const r = refFromList(cfg['keras_history'] ?? null);
            if (r)
                out.push(r);
            return;
        }
        for (const x of Object.values(v))
            collectKeras3(x, out);
    }
}
/** inbound_nodes in either form -> one list of tensor refs per call. */
function parseInbound(v) {
    if (!Array.isArray(v))
        return [];
    return v.map((call) => {
        const refs = [];
        if (isObject(call)) {
            collectKeras3(call['args'] ?? null, refs);
        }
        else if (Array.isArray(call)) {
            // Keras 2: [[layer, node, tensor, kwargs], ...]; a single ref may also appear unwrapped.
            const single = refFromList(call);
            if (single && !Array.isArray(call[0]))
                refs.push(single);
            else
                for (const x of call) {
                    const r = refFromList(x);
                    if (r)
                        refs.push(r);
                }
        }
        return refs;
    });
}
/** input_layers / output_layers: `[[name, node, tensor], ...]` or Keras 3's single `[name, node, tensor]`. */
function parseIoRefs(v) {
    if (!Array.isArray(v))
        return [];
    const single = refFromList(v);
    if (single)
        return [single];
    return v.map(refFromList).filter((r) => r !== undefined);
}
function parseLayer(v, index, file) {
    if (!isObject(v))
        throw new diagnostic/* FootprintError */.E0('E_MALFORMED', `Keras: layer #${index} of the model config is not an object`, { file });
    const className = typeof v['class_name'] === 'string' ? v['class_name'] : '';
    const cfg = isObject(v['config']) ? v['config'] : undefined;
    const name = typeof v['name'] === 'string' ? v['name'] : typeof cfg?.['name'] === 'string' ? cfg['name'] : `${className || 'layer'}_${index}`;
    const layer = { className, name, config: cfg, calls: parseInbound(v['inbound_nodes']) };
    const mod = typeof v['registered_name'] === 'string' ? v['registered_name'] : typeof v['module'] === 'string' ? v['module'] : undefined;
    if (mod !== undefined)
        layer.module = mod;
    return layer;
}
/** Container classes whose config holds `layers` (nested models). */
function isContainer(l) {
    return Array.isArray(l.config?.['layers']) && ['Functional', 'Model', 'Sequential'].includes(l.className);
}
// Typed getters over a layer config.
const num = (c, k) => (typeof c?.[k] === 'number' ? c[k] : undefined);
const str = (c, k) => (typeof c?.[k] === 'string' ? c[k] : undefined);
const bool = (c, k, def) => {
    const v = c?.[k];
    return typeof v === 'boolean' ? v : typeof v === 'number' ? v !== 0 : def;
};
/** An int or a tuple of ints, as `n` entries. */
function ints(c, k, n) {
    const v = c?.[k];
    if (typeof v === 'number')
        return new Array(n).fill(v);
    if (Array.isArray(v) && v.every((x) => typeof x === 'number'))
        return v;
    return undefined;
}
/** Keras 3 writes the dtype as a DTypePolicy object; Keras 2 as a string. */
function dtypeName(c) {
    const d = c?.['dtype'];
    if (typeof d === 'string')
        return d;
    if (isObject(d) && isObject(d['config']))
        return str(d['config'], 'name');
    return undefined;
}

;// CONCATENATED MODULE: ./src/frontends/keras/layer-util.ts


/**
 * The layer's weights by role. Keras 2 names them (`kernel`, `moving_mean`); Keras 3 numbers
 * them in creation order, which `roles` lists (only the roles the config says exist).
 */
function pick(c, roles) {
    const m = new Map();
    if (c.weights.some((w) => roles.includes(w.name))) {
        for (const w of c.weights)
            if (roles.includes(w.name) && !m.has(w.name))
                m.set(w.name, w);
    }
    else {
        c.weights.forEach((w, i) => { const r = roles[i]; if (r !== undefined)
            m.set(r, w); });
    }
    return m;
}
function need(c, m, role) {
    const w = m.get(role);
    if (w === undefined) {
        const have = c.weights.map((x) => x.name).join(', ') || 'none';
        throw new diagnostic/* FootprintError */.E0('E_MALFORMED', `Keras: layer '${c.layer.name}' (${c.layer.className}) has no '${role}' weight in the file (found: ${have})`, { node: c.name });
    }
    return w;
}
/** The first input; layers other than merges take exactly one. */
function one(c) {
    const x = c.inputs[0];
    if (x === undefined)
        throw new diagnostic/* FootprintError */.E0('E_MALFORMED', `Keras: layer '${c.layer.name}' (${c.layer.className}) is called without an input`, { node: c.name });
    return x;
}
const ACTIVATIONS = {
    relu: 'Relu', relu6: 'Relu6', sigmoid: 'Sigmoid', tanh: 'Tanh', softmax: 'Softmax', log_softmax: 'LogSoftmax',
    hard_sigmoid: 'HardSigmoid', swish: 'Swish', silu: 'Swish', gelu: 'Gelu', elu: 'Elu', selu: 'Selu',
    softplus: 'Softplus', softsign: 'Softsign', exponential: 'Exp', leaky_relu: 'LeakyRelu', hard_swish: 'HardSwish',
    hard_silu: 'HardSwish', mish: 'Mish',
};
/** An `activation` argument: 'linear' (none), a known op, or undefined (unknown function). */
function activationOf(v) {
    const name = typeof v === 'string' ? v : isObject(v) ? (typeof v['config'] === 'string' ? v['config'] : str(v, 'class_name')) : undefined;
    if (name === undefined || name === 'linear' || name === null)
        return 'linear';
    const op = ACTIVATIONS[name.toLowerCase()];
    if (op === undefined)
        return undefined;
    const attrs = op === 'Softmax' || op === 'LogSoftmax' ? { axis: -1 } : op === 'LeakyRelu' ? { alpha: 0.2 } : {};
    return { op, attrs };
}
/** Appends the layer's `activation=` as `<layer>_nl` (the pipeline fuses Relu-like ones back). */
function withActivation(b, c, out, rank) {
    const a = activationOf(c.layer.config?.['activation']);
    if (a === 'linear')
        return [out];
    if (a === undefined) {
        return b.unknown(`${c.name}_nl`, `activation ${JSON.stringify(c.layer.config?.['activation'] ?? null)}`, [out], 'unsupported activation function');
    }
    return b.node({ name: `${c.name}_nl`, op: a.op, sourceOp: c.layer.className, inputs: [out], attrs: a.attrs, rank });
}
/** Keras `axis` (with batch) for channels: -1 / rank-1 means channels last. */
function channelsLast(c, rank) {
    const fmt = str(c.layer.config, 'data_format');
    if (fmt !== undefined)
        return fmt !== 'channels_first';
    const axisV = c.layer.config?.['axis'];
    const axis = Array.isArray(axisV) ? axisV[0] : axisV;
    if (typeof axis !== 'number')
        return true;
    return axis === -1 || (rank !== undefined && axis === rank - 1) || axis !== 1;
}
const layoutAttr = (c, rank) => ({ layout: channelsLast(c, rank) ? 'NHWC' : 'NCHW' });


// EXTERNAL MODULE: ./src/arrays.ts
var arrays = __webpack_require__(273);
;// CONCATENATED MODULE: ./src/frontends/keras/layers-larq.ts




/** Sign quantizers, by serialized name and by class name (lower case). */
const SIGN_QUANTIZERS = new Map([
    ['ste_sign', 'ste_sign'], ['stesign', 'ste_sign'],
    ['approx_sign', 'approx_sign'], ['approxsign', 'approx_sign'],
    ['swish_sign', 'swish_sign'], ['swishsign', 'swish_sign'],
    ['magnitude_aware_sign', 'magnitude_aware_sign'], ['magnitudeawaresign', 'magnitude_aware_sign'],
]);
/**
 * k-bit quantizers: Larq's DoReFa (`k_bit`, default 2) and the ST model zoo's `STCustomDoReFa`
 * (stm32ai-modelzoo common/quantization, the same with ST's rounding), as ST's 8-bit kernels run them.
 */
const KBIT_QUANTIZERS = new Map([
    ['dorefa_quantizer', 'dorefa'], ['dorefaquantizer', 'dorefa'], ['dorefa', 'dorefa'], ['stcustomdorefa', 'dorefa'],
]);
/** Larq quantizers no ST kernel takes. */
const OTHER_QUANTIZERS = new Map([
    ['ste_heaviside', 'ste_heaviside (values 0 / 1)'], ['steheaviside', 'ste_heaviside (values 0 / 1)'],
    ['ste_tern', 'ste_tern (values -1 / 0 / +1)'], ['stetern', 'ste_tern (values -1 / 0 / +1)'],
]);
const NO_QUANTIZER = new Set(['noop', 'noopquantizer', 'linear', 'none']);
const DOREFA_DEFAULT_BITS = 2;
/** The quantizer a config value names; undefined for none or for a value that is not a quantizer's (`strict` off). */
function parseQuantizer(v, what, node, strict = true) {
    if (v === undefined || v === null)
        return undefined;
    const raw = typeof v === 'string' ? v : isObject(v) ? str(v, 'class_name') : undefined;
    if (raw === undefined) {
        if (!strict)
            return undefined;
        throw new diagnostic/* FootprintError */.E0('E_MALFORMED', `Keras: ${what()} is ${JSON.stringify(v)}, expected a quantizer name or {"class_name": ...}`, { node });
    }
    const key = (raw.split('>').pop() ?? raw).toLowerCase();
    if (NO_QUANTIZER.has(key))
        return undefined;
    const sign = SIGN_QUANTIZERS.get(key);
    if (sign !== undefined)
        return { kind: 'sign', name: sign };
    const kbit = KBIT_QUANTIZERS.get(key);
    if (kbit !== undefined) {
        const cfg = isObject(v) && isObject(v['config']) ? v['config'] : undefined;
        const bits = num(cfg, 'k_bit') ?? DOREFA_DEFAULT_BITS;
        if (!Number.isInteger(bits) || bits < 1 || bits > 16) {
            throw new diagnostic/* FootprintError */.E0('E_NOT_IMPLEMENTED', `${what()}: ${raw} with k_bit=${bits}: ST Edge AI Core's kernels take 1 to 8 bits (16 for some), k_bit must be an integer in 1..16`, { node });
        }
        return { kind: 'kbit', name: kbit, bits };
    }
    if (!strict)
        return undefined;
    const other = OTHER_QUANTIZERS.get(key);
    throw new diagnostic/* FootprintError */.E0('E_NOT_IMPLEMENTED', `${what()}='${raw}'${other ? ` is ${other}` : ' is not a Larq quantizer we know'}; ST Edge AI Core's binary kernels take a sign quantizer (ste_sign, approx_sign or swish_sign; magnitude_aware_sign for weights), its integer kernels DoReFa (k_bit)`, { node });
}
function quantizerOf(c, field) {
    return parseQuantizer(c.layer.config?.[field], () => `${c.layer.className} '${c.layer.name}': ${field}`, c.name);
}
/** A quantizer node on `x` named `name`: a BipolarQuant for a sign, a Quant at k bits (QONNX's ops). */
function quantizerNode(b, name, sourceOp, x, q) {
    if (q.kind === 'sign') {
        const [y] = b.node({ name, op: 'BipolarQuant', sourceOp, inputs: [x], attrs: { larq_quantizer: q.name }, rank: b.rankOf(x) });
        return y;
    }
    const consts = [b.implicitConstant(`${name}/scale`, [1]), b.implicitConstant(`${name}/zero_point`, [0]), b.implicitConstant(`${name}/bitwidth`, [q.bits])];
    const [y] = b.node({ name, op: 'Quant', sourceOp, inputs: [x, ...consts], attrs: { larq_quantizer: q.name, signed: 1, narrow: 0 }, rank: b.rankOf(x) });
    return y;
}
/** The quantizer field that applies to a weighted node the base mapper made. */
function weightField(c, node) {
    if (c.layer.className.startsWith('QuantSeparable'))
        return node.name === c.name ? 'depthwise_quantizer' : 'pointwise_quantizer';
    if (c.layer.className.startsWith('QuantDepthwise'))
        return 'depthwise_quantizer';
    return 'kernel_quantizer';
}
const WEIGHTED = new Set(['Conv', 'Gemm', 'MatMul']);
/** A Larq layer: `base` maps the float layer; the quantizers wrap its input and weights. */
const larq = (base) => (b, c) => {
    const inputQ = quantizerOf(c, 'input_quantizer');
    const x = one(c);
    const xin = inputQ ? quantizerNode(b, `${c.name}_conv`, c.layer.className, x, inputQ) : x;
    const start = b.graph.nodes.length;
    const outs = base(b, { ...c, inputs: [xin, ...c.inputs.slice(1)] });
    const made = b.graph.nodes.slice(start);
    const padValue = num(c.layer.config, 'pad_values') ?? 0;
    const inserted = [];
    for (const node of made) {
        if (!WEIGHTED.has(node.op))
            continue;
        node.attrs['larq'] = true;
        if (node.op === 'Conv' && node.attrs['auto_pad'] !== 'VALID')
            node.attrs['pad_value'] = padValue;
        const field = weightField(c, node);
        const q = quantizerOf(c, field);
        const w = node.inputs[1];
        if (q === undefined || w === undefined || w === '')
            continue;
        const before = b.graph.nodes.length;
        node.inputs[1] = quantizerNode(b, `${node.name}_${field}`, c.layer.className, w, q);
        (0,arrays/* append */.BC)(inserted, b.graph.nodes.splice(before));
    }
    // the weight quantizers run before the layers that read them
    const after = b.graph.nodes.splice(start);
    (0,arrays/* append */.BC)((0,arrays/* append */.BC)(b.graph.nodes, inserted), after);
    return outs;
};

;// CONCATENATED MODULE: ./src/frontends/keras/layers-core.ts



/** Dense: Gemm on rank-2 input (BatchNorm folds into it); MatMul (+ `<layer>_bias` Add) above. */
const dense = (b, c) => {
    const x = one(c);
    const useBias = bool(c.layer.config, 'use_bias', true);
    const w = pick(c, useBias ? ['kernel', 'bias'] : ['kernel']);
    const kernel = b.constant(`${c.layer.name}/kernel`, need(c, w, 'kernel'));
    const bias = useBias ? b.constant(`${c.layer.name}/bias`, need(c, w, 'bias')) : undefined;
    const rank = b.rankOf(x);
    let out;
    if (rank === 2) {
        [out] = b.node({ name: c.name, op: 'Gemm', sourceOp: c.layer.className, inputs: bias ? [x, kernel, bias] : [x, kernel], rank });
    }
    else {
        [out] = b.node({ name: c.name, op: 'MatMul', sourceOp: c.layer.className, inputs: [x, kernel], rank });
        if (bias)
            [out] = b.node({ name: `${c.name}_bias`, op: 'Add', sourceOp: c.layer.className, inputs: [out, bias], rank });
    }
    return withActivation(b, c, out, rank);
};
const activation = (b, c) => {
    const x = one(c);
    const a = activationOf(c.layer.config?.['activation']);
    // a Larq / model-zoo quantizer used as an activation (Activation(STCustomDoReFa(k_bit=8)))
    const q = a === undefined ? parseQuantizer(c.layer.config?.['activation'], () => `Activation '${c.layer.name}'`, c.name, false) : undefined;
    if (q !== undefined)
        return [quantizerNode(b, c.name, c.layer.className, x, q)];
    if (a === undefined)
        return b.unknown(c.name, c.layer.className, [x], `unsupported activation ${JSON.stringify(c.layer.config?.['activation'] ?? null)}`);
    if (a === 'linear')
        return b.node({ name: c.name, op: 'Identity', sourceOp: c.layer.className, inputs: [x], rank: b.rankOf(x) });
    return b.node({ name: c.name, op: a.op, sourceOp: c.layer.className, inputs: [x], attrs: a.attrs, rank: b.rankOf(x) });
};
/** ReLU(max_value, negative_slope, threshold): Relu, Relu6, Clip or LeakyRelu. */
const relu = (b, c) => {
    const x = one(c);
    const cfg = c.layer.config;
    const max = num(cfg, 'max_value');
    const slope = num(cfg, 'negative_slope') ?? 0;
    let op = 'Relu';
    let attrs = {};
    if (slope !== 0)
        [op, attrs] = ['LeakyRelu', { alpha: slope }];
    else if (max === 6)
        op = 'Relu6';
    else if (max !== undefined)
        [op, attrs] = ['Clip', { min: 0, max }];
    return b.node({ name: c.name, op, sourceOp: c.layer.className, inputs: [x], attrs, rank: b.rankOf(x) });
};
const leakyRelu = (b, c) => {
    const x = one(c);
    const alpha = num(c.layer.config, 'negative_slope') ?? num(c.layer.config, 'alpha') ?? 0.3;
    return b.node({ name: c.name, op: 'LeakyRelu', sourceOp: c.layer.className, inputs: [x], attrs: { alpha }, rank: b.rankOf(x) });
};
const softmax = (b, c) => {
    const x = one(c);
    const axisV = c.layer.config?.['axis'];
    const axis = typeof axisV === 'number' ? axisV : Array.isArray(axisV) && typeof axisV[0] === 'number' ? axisV[0] : -1;
    return b.node({ name: c.name, op: 'Softmax', sourceOp: c.layer.className, inputs: [x], attrs: { axis }, rank: b.rankOf(x) });
};
const unary = (op) => (b, c) => {
    const x = one(c);
    return b.node({ name: c.name, op, sourceOp: c.layer.className, inputs: [x], attrs: {}, rank: b.rankOf(x) });
};
/**
 * BatchNormalization with scale=False / center=False: Keras stores no gamma / beta. They are
 * given as constants of ones / zeros ([C]) so the BN folds into the preceding Conv/Dense like
 * any other; a BN that does not fold then counts those C items (stedgeai stores a scale array
 * for it as well).
 */
const batchNorm = (b, c) => {
    const x = one(c);
    const scale = bool(c.layer.config, 'scale', true);
    const center = bool(c.layer.config, 'center', true);
    const roles = [...(scale ? ['gamma'] : []), ...(center ? ['beta'] : []), 'moving_mean', 'moving_variance'];
    const w = pick(c, roles);
    const mean = need(c, w, 'moving_mean');
    const channels = mean.shape[0] ?? 0;
    const t = (role, fill) => {
        const v = w.get(role);
        return v ? b.constant(`${c.layer.name}/${role}`, v) : b.implicitConstant(`${c.layer.name}/${role}`, new Array(channels).fill(fill));
    };
    const inputs = [x, t('gamma', 1), t('beta', 0), b.constant(`${c.layer.name}/moving_mean`, mean), b.constant(`${c.layer.name}/moving_variance`, need(c, w, 'moving_variance'))];
    const attrs = { ...layoutAttr(c, b.rankOf(x)), epsilon: num(c.layer.config, 'epsilon') ?? 0.001 };
    return b.node({ name: c.name, op: 'BatchNormalization', sourceOp: c.layer.className, inputs, attrs, rank: b.rankOf(x) });
};
const layerNorm = (b, c) => {
    const x = one(c);
    const scale = bool(c.layer.config, 'scale', true);
    const center = bool(c.layer.config, 'center', true);
    const w = pick(c, [...(scale ? ['gamma'] : []), ...(center ? ['beta'] : [])]);
    const inputs = [x, ...['gamma', 'beta'].map((r) => { const v = w.get(r); return v ? b.constant(`${c.layer.name}/${r}`, v) : ''; })];
    while (inputs[inputs.length - 1] === '')
        inputs.pop();
    const axisV = c.layer.config?.['axis'];
    const axis = typeof axisV === 'number' ? axisV : Array.isArray(axisV) && typeof axisV[0] === 'number' ? axisV[0] : -1;
    return b.node({ name: c.name, op: 'LayerNormalization', sourceOp: c.layer.className, inputs, attrs: { axis, epsilon: num(c.layer.config, 'epsilon') ?? 0.001 }, rank: b.rankOf(x) });
};
/** Dropout and the other training-only layers: a Dropout node the pipeline removes, keeping its name. */
const passThrough = (b, c) => {
    const x = one(c);
    return b.node({ name: c.name, op: 'Dropout', sourceOp: c.layer.className, inputs: [x], rank: b.rankOf(x) });
};
const flatten = (b, c) => b.node({ name: c.name, op: 'Flatten', sourceOp: c.layer.className, inputs: [one(c)], attrs: { axis: 1 }, rank: 2 });
/** Reshape(target_shape) without the batch dim: ONNX shape [0 (copy batch), ...target]. */
const layers_core_reshape = (b, c) => {
    const target = ints(c.layer.config, 'target_shape', 1) ?? [];
    return b.node({ name: c.name, op: 'Reshape', sourceOp: c.layer.className, inputs: [one(c)], attrs: { shape: [0, ...target] }, rank: target.length + 1 });
};
/** Permute(dims) counts axes from 1 (after the batch). */
const permute = (b, c) => {
    const dims = ints(c.layer.config, 'dims', 1) ?? [];
    return b.node({ name: c.name, op: 'Transpose', sourceOp: c.layer.className, inputs: [one(c)], attrs: { perm: [0, ...dims] }, rank: dims.length + 1 });
};
/** Add, Subtract, Multiply, Maximum, Minimum, Average: binary ops, or variadic Sum/Max/Min/Mean. */
const merge = (binary, variadic) => (b, c) => {
    const rank = b.rankOf(c.inputs[0]);
    if (c.inputs.length === 2 || variadic === undefined) {
        let acc = one(c);
        for (let i = 1; i < c.inputs.length; i++) {
            const last = i === c.inputs.length - 1;
            [acc] = b.node({ name: last ? c.name : `${c.name}_${i}`, op: binary, sourceOp: c.layer.className, inputs: [acc, c.inputs[i]], rank });
        }
        return [acc];
    }
    return b.node({ name: c.name, op: variadic, sourceOp: c.layer.className, inputs: c.inputs, rank });
};
const concatenate = (b, c) => {
    const axis = num(c.layer.config, 'axis') ?? -1;
    return b.node({ name: c.name, op: 'Concat', sourceOp: c.layer.className, inputs: c.inputs, attrs: { axis }, rank: b.rankOf(c.inputs[0]) });
};

;// CONCATENATED MODULE: ./src/frontends/keras/layers-spatial.ts


function layers_spatial_autoPad(c) {
    const p = str(c.layer.config, 'padding') ?? 'valid';
    if (p === 'same')
        return { auto_pad: 'SAME_UPPER' };
    if (p === 'causal') {
        // Conv1D causal: all the padding before the sequence.
        const k = ints(c.layer.config, 'kernel_size', 1)?.[0] ?? 1;
        const d = ints(c.layer.config, 'dilation_rate', 1)?.[0] ?? 1;
        return { pads: [(k - 1) * d, 0] };
    }
    return { auto_pad: 'VALID' };
}
function geometry(c, n, kernel) {
    return {
        ...layoutAttr(c),
        kernel_shape: kernel,
        strides: ints(c.layer.config, 'strides', n) ?? new Array(n).fill(1),
        dilations: ints(c.layer.config, 'dilation_rate', n) ?? new Array(n).fill(1),
        ...layers_spatial_autoPad(c),
    };
}
const kernelOf = (w, n) => w.shape.slice(0, n);
const biasOf = (b, c, w) => bool(c.layer.config, 'use_bias', true) ? [b.constant(`${c.layer.name}/bias`, need(c, w, 'bias'))] : [];
/** Conv1D/2D/3D (groups from the config). */
const conv = (n) => (b, c) => {
    const x = one(c);
    const w = pick(c, bool(c.layer.config, 'use_bias', true) ? ['kernel', 'bias'] : ['kernel']);
    const k = need(c, w, 'kernel');
    const attrs = { ...geometry(c, n, kernelOf(k, n)), weight_layout: 'HWIO', group: num(c.layer.config, 'groups') ?? 1 };
    const inputs = [x, b.constant(`${c.layer.name}/kernel`, k), ...biasOf(b, c, w)];
    const [out] = b.node({ name: c.name, op: 'Conv', sourceOp: c.layer.className, inputs, attrs, rank: n + 2 });
    return withActivation(b, c, out, n + 2);
};
/** The depthwise part of DepthwiseConv and SeparableConv: kernel viewed as [k..., 1, Cin*mult]. */
function layers_spatial_depthwise(b, c, n, k, bias) {
    const cin = k.shape[n] ?? 1;
    const mult = k.shape[n + 1] ?? 1;
    const kernel = kernelOf(k, n);
    const attrs = { ...geometry(c, n, kernel), weight_layout: 'HWIO', group: cin };
    const kt = b.constant(`${c.layer.name}/depthwise_kernel`, k, [...kernel, 1, cin * mult]);
    const [out] = b.node({ name: c.name, op: 'Conv', sourceOp: c.layer.className, inputs: [one(c), kt, ...bias], attrs, rank: n + 2 });
    return out;
}
const depthwiseConv = (n) => (b, c) => {
    const w = pick(c, bool(c.layer.config, 'use_bias', true) ? ['depthwise_kernel', 'bias'] : ['depthwise_kernel']);
    const out = layers_spatial_depthwise(b, c, n, need(c, w, 'depthwise_kernel'), biasOf(b, c, w));
    return withActivation(b, c, out, n + 2);
};
/** SeparableConv: `<layer>` (depthwise, no bias) then `<layer>_pointwise` (1x1, bias, activation). */
const separableConv = (n) => (b, c) => {
    const w = pick(c, ['depthwise_kernel', 'pointwise_kernel', ...(bool(c.layer.config, 'use_bias', true) ? ['bias'] : [])]);
    const dw = layers_spatial_depthwise(b, c, n, need(c, w, 'depthwise_kernel'), []);
    const pk = need(c, w, 'pointwise_kernel');
    const ones = new Array(n).fill(1);
    const attrs = { ...layoutAttr(c), kernel_shape: ones, strides: ones, dilations: ones, auto_pad: 'VALID', weight_layout: 'HWIO', group: 1 };
    const inputs = [dw, b.constant(`${c.layer.name}/pointwise_kernel`, pk), ...biasOf(b, c, w)];
    const [out] = b.node({ name: `${c.name}_pointwise`, op: 'Conv', sourceOp: c.layer.className, inputs, attrs, rank: n + 2 });
    return withActivation(b, c, out, n + 2);
};
/** Conv1D/2DTranspose: kernel [k..., Cout, Cin] ('HWOI'). */
const convTranspose = (n) => (b, c) => {
    const w = pick(c, bool(c.layer.config, 'use_bias', true) ? ['kernel', 'bias'] : ['kernel']);
    const k = need(c, w, 'kernel');
    const attrs = { ...geometry(c, n, kernelOf(k, n)), weight_layout: 'HWOI', group: 1 };
    const op = ints(c.layer.config, 'output_padding', n);
    if (op)
        attrs['output_padding'] = op;
    const inputs = [one(c), b.constant(`${c.layer.name}/kernel`, k), ...biasOf(b, c, w)];
    const [out] = b.node({ name: c.name, op: 'ConvTranspose', sourceOp: c.layer.className, inputs, attrs, rank: n + 2 });
    return withActivation(b, c, out, n + 2);
};
/** MaxPooling / AveragePooling 1D/2D/3D: strides default to the pool size. */
const layers_spatial_pool = (op, n) => (b, c) => {
    const size = ints(c.layer.config, 'pool_size', n) ?? new Array(n).fill(2);
    const strides = ints(c.layer.config, 'strides', n) ?? size;
    const attrs = { ...layoutAttr(c), kernel_shape: size, strides, ...layers_spatial_autoPad(c) };
    return b.node({ name: c.name, op, sourceOp: c.layer.className, inputs: [one(c)], attrs, rank: n + 2 });
};
/** Global pools; without keepdims Keras drops the spatial dims: a `<layer>_flatten` follows. */
const globalPool = (op, n) => (b, c) => {
    const [out] = b.node({ name: c.name, op, sourceOp: c.layer.className, inputs: [one(c)], attrs: layoutAttr(c), rank: n + 2 });
    if (bool(c.layer.config, 'keepdims', false))
        return [out];
    return b.node({ name: `${c.name}_flatten`, op: 'Flatten', sourceOp: c.layer.className, inputs: [out], attrs: { axis: 1 }, rank: 2 });
};
/** ZeroPadding1D/2D/3D: int, one (begin, end) per axis, or a symmetric amount per axis. */
const zeroPadding = (n) => (b, c) => {
    const v = c.layer.config?.['padding'];
    const pair = (e) => typeof e === 'number' ? [e, e] : Array.isArray(e) ? [Number(e[0] ?? 0), Number(e[1] ?? e[0] ?? 0)] : [1, 1];
    // ZeroPadding1D's padding is one (begin, end) pair; the others have one entry per axis.
    const per = n === 1 || !Array.isArray(v) ? new Array(n).fill(0).map(() => pair(v)) : v.map(pair);
    const last = layoutAttr(c)['layout'] === 'NHWC';
    const begins = last ? [0, ...per.map((p) => p[0]), 0] : [0, 0, ...per.map((p) => p[0])];
    const ends = last ? [0, ...per.map((p) => p[1]), 0] : [0, 0, ...per.map((p) => p[1])];
    return b.node({ name: c.name, op: 'Pad', sourceOp: c.layer.className, inputs: [one(c)], attrs: { pads: [...begins, ...ends], mode: 'constant' }, rank: n + 2 });
};

;// CONCATENATED MODULE: ./src/frontends/keras/layers-rnn.ts


const recurrent = (op) => (b, c) => {
    const x = one(c);
    const cfg = c.layer.config;
    const name = c.layer.name;
    const useBias = bool(cfg, 'use_bias', true);
    const w = pick(c, ['kernel', 'recurrent_kernel', ...(useBias ? ['bias'] : [])]);
    const inputs = [x, b.constant(`${name}/kernel`, need(c, w, 'kernel')), b.constant(`${name}/recurrent_kernel`, need(c, w, 'recurrent_kernel'))];
    if (useBias)
        inputs.push(b.constant(`${name}/bias`, need(c, w, 'bias')));
    const seq = bool(cfg, 'return_sequences', false);
    const state = bool(cfg, 'return_state', false);
    const outs = [seq ? `${c.name}/Y` : '', !seq || state ? `${c.name}/Y_h` : '', op === 'LSTM' && state ? `${c.name}/Y_c` : ''];
    while (outs[outs.length - 1] === '')
        outs.pop();
    const attrs = { layout: 1, direction: bool(cfg, 'go_backwards', false) ? 'reverse' : 'forward' };
    const units = num(cfg, 'units');
    if (units !== undefined)
        attrs['hidden_size'] = units;
    if (op === 'GRU' && bool(cfg, 'reset_after', false))
        attrs['linear_before_reset'] = 1;
    const [y, yh, yc] = b.node({ name: c.name, op, sourceOp: c.layer.className, inputs, attrs, outputs: outs });
    const reshape = (suffix, from, shape) => b.node({ name: `${c.name}${suffix}`, op: 'Reshape', sourceOp: c.layer.className, inputs: [from], attrs: { shape }, rank: shape.length })[0];
    const main = seq ? reshape('_reshape', y, [0, 0, -1]) : reshape('_reshape', yh, [0, -1]);
    if (!state)
        return [main];
    const h = seq ? reshape('_h_reshape', yh, [0, -1]) : main;
    return op === 'LSTM' ? [main, h, reshape('_c_reshape', yc, [0, -1])] : [main, h];
};

;// CONCATENATED MODULE: ./src/frontends/keras/layers.ts




const LAYERS = {
    Dense: dense,
    Conv1D: conv(1), Conv2D: conv(2), Conv3D: conv(3),
    DepthwiseConv1D: depthwiseConv(1), DepthwiseConv2D: depthwiseConv(2),
    SeparableConv1D: separableConv(1), SeparableConv2D: separableConv(2),
    Conv1DTranspose: convTranspose(1), Conv2DTranspose: convTranspose(2),
    BatchNormalization: batchNorm, LayerNormalization: layerNorm,
    Activation: activation, ReLU: relu, LeakyReLU: leakyRelu, Softmax: softmax, ELU: unary('Elu'),
    MaxPooling1D: layers_spatial_pool('MaxPool', 1), MaxPooling2D: layers_spatial_pool('MaxPool', 2), MaxPooling3D: layers_spatial_pool('MaxPool', 3),
    AveragePooling1D: layers_spatial_pool('AveragePool', 1), AveragePooling2D: layers_spatial_pool('AveragePool', 2), AveragePooling3D: layers_spatial_pool('AveragePool', 3),
    GlobalAveragePooling1D: globalPool('GlobalAveragePool', 1), GlobalAveragePooling2D: globalPool('GlobalAveragePool', 2),
    GlobalMaxPooling1D: globalPool('GlobalMaxPool', 1), GlobalMaxPooling2D: globalPool('GlobalMaxPool', 2),
    ZeroPadding1D: zeroPadding(1), ZeroPadding2D: zeroPadding(2), ZeroPadding3D: zeroPadding(3),
    Flatten: flatten, Reshape: layers_core_reshape, Permute: permute,
    Dropout: passThrough, SpatialDropout1D: passThrough, SpatialDropout2D: passThrough, GaussianNoise: passThrough,
    GaussianDropout: passThrough, AlphaDropout: passThrough, ActivityRegularization: passThrough,
    Add: merge('Add', 'Sum'), Subtract: merge('Sub', undefined), Multiply: merge('Mul', undefined),
    Maximum: merge('Max', 'Max'), Minimum: merge('Min', 'Min'), Average: merge('Add', 'Mean'),
    Concatenate: concatenate,
    LSTM: recurrent('LSTM'), GRU: recurrent('GRU'), SimpleRNN: recurrent('RNN'),
    // Larq (layers-larq.ts): the float layer with its quantizers
    QuantDense: larq(dense), QuantConv1D: larq(conv(1)), QuantConv2D: larq(conv(2)), QuantConv3D: larq(conv(3)),
    QuantDepthwiseConv2D: larq(depthwiseConv(2)), QuantSeparableConv1D: larq(separableConv(1)), QuantSeparableConv2D: larq(separableConv(2)),
};
/** Layers whose computation is Python code the file does not hold. */
const CODE_LAYERS = new Set(['Lambda', 'TFOpLambda', 'SlicingOpLambda']);
/** Maps one call of a layer; unknown and custom classes become 'Unknown' nodes with W_UNKNOWN_OP. */
function mapLayer(b, c) {
    const { className, name, config } = c.layer;
    const mapper = LAYERS[className];
    if (mapper !== undefined && config !== undefined)
        return mapper(b, c);
    return unknownLayer(b, { ...c, inputs: [...c.inputs, ...c.weights.map((w) => b.constant(`${name}/${w.name}`, w))] });
}
/** An unsupported layer: kept as 'Unknown' (0 MACC, unknown output shape); its weights still count. */
function unknownLayer(b, c) {
    const { className, config } = c.layer;
    if (CODE_LAYERS.has(className)) {
        const fn = typeof config?.['function'] === 'string' ? ` '${config['function']}'` : '';
        return b.unknown(c.name, className, c.inputs, `${className}${fn} runs Python code that is not analyzed`);
    }
    if (config === undefined) {
        return b.unknown(c.name, className, c.inputs, `custom layer class '${className}' saved without a config: its computation is code the file does not contain`);
    }
    const where = c.layer.module !== undefined && !c.layer.module.startsWith('keras') ? ` (from '${c.layer.module}')` : '';
    return b.unknown(c.name, className, c.inputs, `layer class '${className}'${where} is not supported (0 MACC, unknown output shape; its ${c.weights.length} weight arrays are counted)`);
}

// EXTERNAL MODULE: ./src/frontends/keras/hdf5.ts
var hdf5 = __webpack_require__(1631);
;// CONCATENATED MODULE: ./src/frontends/keras/weights.ts



function varOf(d, name) {
    return { name, path: d.path, shape: d.shape ?? [], dtype: (0,hdf5/* datasetDType */.xi)(d) };
}
/** `g.get(k)`, noting the path for errors. */
function child(g, k) {
    (0,hdf5.at)(`${g.path === '/' ? '' : g.path}/${k}`);
    return g.get(k);
}
function keysOf(g) {
    (0,hdf5.at)(g.path);
    return g.keys();
}
/** A group nested past MAX_GROUP_DEPTH (or a link cycle, which nests forever). */
function tooDeep(g, depth) {
    if (depth > hdf5/* MAX_GROUP_DEPTH */.FH) {
        throw new diagnostic/* FootprintError */.E0('E_LIMIT', `HDF5: groups nest more than ${hdf5/* MAX_GROUP_DEPTH */.FH} levels deep at ${g.path.slice(0, 200)} (a link cycle?)`);
    }
}
/** Datasets under a group, depth first (for groups without `weight_names`). */
function datasetsUnder(g, rel, out, depth = 0) {
    tooDeep(g, depth);
    for (const k of keysOf(g)) {
        const c = child(g, k);
        const path = rel ? `${rel}/${k}` : k;
        if ((0,hdf5/* isDataset */.TI)(c))
            out.push([path, c]);
        else if ((0,hdf5/* isGroup */.IZ)(c))
            datasetsUnder(c, path, out, depth + 1);
    }
}
/**
 * The layer a Keras 2 weight name belongs to: from the first start (the name's, then after each
 * `/`), the longest layer name the rest begins with, followed by a `/`. The candidates are the
 * rest's prefixes that end before a `/`, looked up in a set (a scan of every layer per weight made
 * a 20,000-layer model quadratic).
 */
function ownerOf(weightName, layers) {
    const slashes = [];
    for (let i = 0; i < weightName.length; i++)
        if (weightName[i] === '/')
            slashes.push(i);
    const starts = [0, ...slashes.map((j) => j + 1)];
    for (const s of starts) {
        // the longest prefix first: the last slash at or after the start
        for (let k = slashes.length - 1; k >= 0; k--) {
            const j = slashes[k];
            if (j < s)
                break;
            const candidate = weightName.slice(s, j);
            if (layers.has(candidate))
                return candidate;
        }
    }
    return undefined;
}
function keras2Weights(f, leafLayers) {
    const root = (child(f, 'model_weights') ?? f);
    const byLayer = new Map();
    const groups = (0,hdf5/* attrStrings */.GS)(root, 'layer_names') ?? keysOf(root);
    const layers = new Set(leafLayers);
    for (const gname of groups) {
        const g = child(root, gname);
        if (!(0,hdf5/* isGroup */.IZ)(g))
            continue;
        const names = (0,hdf5/* attrStrings */.GS)(g, 'weight_names');
        const entries = [];
        if (names === undefined)
            datasetsUnder(g, '', entries);
        else
            for (const n of names) {
                const d = child(g, n);
                if ((0,hdf5/* isDataset */.TI)(d))
                    entries.push([n, d]);
            }
        for (const [wname, d] of entries) {
            const owner = ownerOf(wname, layers) ?? gname;
            const short = (wname.split('/').pop() ?? wname).replace(/:\d+$/, '');
            (0,arrays/* pushTo */.Il)(byLayer, owner, varOf(d, short));
        }
    }
    return { forLayer: (name) => byLayer.get(name) ?? [] };
}
function keras3Vars(g, out, depth = 0) {
    tooDeep(g, depth);
    const vars = child(g, 'vars');
    if ((0,hdf5/* isGroup */.IZ)(vars)) {
        const keys = keysOf(vars).sort((a, b) => Number(a) - Number(b));
        for (const k of keys) {
            const d = child(vars, k);
            if ((0,hdf5/* isDataset */.TI)(d))
                out.push(varOf(d, String(out.length)));
        }
    }
    for (const k of keysOf(g).sort()) {
        if (k === 'vars' || k === 'layers')
            continue;
        const c = child(g, k);
        if ((0,hdf5/* isGroup */.IZ)(c))
            keras3Vars(c, out, depth + 1);
    }
}
function keras3Weights(f) {
    return {
        forLayer(_name, k3Path) {
            const g = child(f, k3Path);
            const out = [];
            if ((0,hdf5/* isGroup */.IZ)(g))
                keras3Vars(g, out);
            return out;
        },
    };
}
/** Keras's `to_snake_case`, which names a layer's group in a Keras 3 weights file. */
function snakeCase(className) {
    return className
        .replace(/\W+/g, '')
        .replace(/(.)([A-Z][a-z]+)/g, '$1_$2')
        .replace(/([a-z])([A-Z])/g, '$1_$2')
        .toLowerCase();
}
/** Keras 3 group names for a container's layers, in `model.layers` order (`conv1d`, `conv1d_1`...). */
function keras3Names(classNames) {
    const used = new Map();
    return classNames.map((c) => {
        const base = snakeCase(c);
        const n = used.get(base);
        used.set(base, n === undefined ? 0 : n + 1);
        return n === undefined ? base : `${base}_${n + 1}`;
    });
}

;// CONCATENATED MODULE: ./src/frontends/keras/build.ts





const DTYPES = {
    float32: 'float32', float16: 'float16', float64: 'float64', bfloat16: 'bfloat16', int8: 'int8', uint8: 'uint8',
    int16: 'int16', int32: 'int32', int64: 'int64', bool: 'bool',
};
function layersOf(cfg) {
    if (Array.isArray(cfg))
        return cfg; // Keras <= 2.2 Sequential: the config is the layer list
    if (isObject(cfg) && Array.isArray(cfg['layers']))
        return cfg['layers'];
    return [];
}
/** Names of all non-container layers, nested ones included (Keras 2 weight names use them). */
function leafLayerNames(cfg) {
    return layersOf(cfg).flatMap((v, i) => {
        const l = parseLayer(v, i, '');
        return isContainer(l) ? leafLayerNames(l.config) : [l.name];
    });
}
/** [None, 49, 10, 1] -> ['N', 49, 10, 1]: None batch is the symbol the pipeline sets to 1. */
function inputShape(cfg) {
    const v = cfg?.['batch_shape'] ?? cfg?.['batch_input_shape'];
    if (!Array.isArray(v))
        return undefined;
    return v.map((d, i) => (typeof d === 'number' ? d : i === 0 ? 'N' : '?'));
}
const inputDType = (cfg) => DTYPES[dtypeName(cfg) ?? 'float32'] ?? 'float32';
const key = (r) => `${r.layer}\u0000${r.node}\u0000${r.tensor}`;
/** Builds the top-level model; returns its output tensor names. */
function buildModel(ctx, model) {
    const cls = typeof model['class_name'] === 'string' ? model['class_name'] : '';
    const cfg = model['config'];
    if (cls === 'Sequential')
        return buildSequential(ctx, cfg, undefined, '', model);
    if (isObject(cfg) && Array.isArray(cfg['layers']))
        return buildFunctional(ctx, cfg, undefined, '');
    throw new diagnostic/* FootprintError */.E0('E_MALFORMED', `Keras: the model config is a '${cls || '?'}' without a layer list (only Sequential and Functional models are read)`, { file: ctx.file });
}
function callLayer(ctx, l, call, inputs, k3Path) {
    if (isContainer(l)) {
        return l.className === 'Sequential'
            ? buildSequential(ctx, l.config, inputs[0], `${k3Path}/`, undefined)
            : buildFunctional(ctx, l.config, inputs, `${k3Path}/`);
    }
    const name = call === 0 ? l.name : `${l.name}_call${call}`;
    return mapLayer(ctx.b, { layer: l, name, inputs, weights: ctx.weights.forLayer(l.name, k3Path) });
}
function buildSequential(ctx, cfg, bound, prefix, model) {
    const layers = layersOf(cfg).map((v, i) => parseLayer(v, i, ctx.file));
    const body = layers.filter((l) => l.className !== 'InputLayer');
    const inputLayer = layers.find((l) => l.className === 'InputLayer');
    let x = bound;
    if (x === undefined) {
        const first = inputLayer ?? body[0];
        const buildCfg = isObject(model?.['build_config']) ? model['build_config'] : undefined;
        const shape = inputShape(first?.config) ?? (isObject(cfg) ? inputShape({ batch_shape: cfg['build_input_shape'] ?? null }) : undefined) ?? inputShape({ batch_shape: buildCfg?.['input_shape'] ?? null });
        if (shape === undefined)
            ctx.b.warn('W_SHAPE', 'Keras: the Sequential model has no input shape (built without an Input); give it with --input-shape');
        x = ctx.b.input(inputLayer?.name ?? `${first?.name ?? 'model'}_input`, shape, inputDType(first?.config));
    }
    // Keras 3 names the groups of `model.layers`, which for a Sequential excludes the InputLayer.
    const names = keras3Names(body.map((l) => l.className));
    body.forEach((l, i) => {
        x = callLayer(ctx, l, 0, [x], `${prefix}layers/${names[i] ?? ''}`)[0];
        if (x === undefined)
            throw new diagnostic/* FootprintError */.E0('E_MALFORMED', `Keras: layer '${l.name}' of a Sequential model has no output`, { file: ctx.file, node: l.name });
    });
    return [x];
}
function buildFunctional(ctx, cfg, bound, prefix) {
    const layers = layersOf(cfg).map((v, i) => parseLayer(v, i, ctx.file));
    const names = keras3Names(layers.map((l) => l.className));
    const tensors = new Map();
    const inputRefs = parseIoRefs(cfg['input_layers']);
    for (const l of layers.filter((x) => x.className === 'InputLayer')) {
        const i = Math.max(0, inputRefs.findIndex((r) => r.layer === l.name));
        const t = bound ? (bound[i] ?? bound[0]) : ctx.b.input(l.name, inputShape(l.config), inputDType(l.config));
        if (t !== undefined)
            tensors.set(key({ layer: l.name, node: 0, tensor: 0 }), t);
    }
    const containers = new Set(layers.filter(isContainer).map((l) => l.name));
    // A nested Functional model's call j is node j + 1 (node 0 is its own construction), as is a
    // Keras 2 Sequential built on an Input; the other offset is tried when the file disagrees.
    const offset = (l) => {
        if (!isContainer(l))
            return 0;
        if (l.className !== 'Sequential')
            return 1;
        const first = layersOf(l.config)[0];
        return !ctx.keras3 && isObject(first) && first['class_name'] === 'InputLayer' ? 1 : 0;
    };
    // the keys that may hold a ref's tensor: its own, and for a nested model the neighbouring calls
    const keysOf = (r) => (containers.has(r.layer) ? [key(r), key({ ...r, node: r.node - 1 }), key({ ...r, node: r.node + 1 })] : [key(r)]);
    const resolve = (r) => {
        // (a plain layer's ref has one key: no list made for it)
        const own = tensors.get(key(r));
        if (own !== undefined || !containers.has(r.layer))
            return own;
        for (const k of keysOf(r)) {
            const t = tensors.get(k);
            if (t !== undefined)
                return t;
        }
        return undefined;
    };
    const calls = layers.flatMap((l, li) => (l.className === 'InputLayer' ? [] : l.calls.map((refs, call) => ({ l, li, refs, call }))));
    inRounds(calls, resolve, keysOf, (p) => {
        const outs = callLayer(ctx, p.l, p.call, p.refs.map((r) => resolve(r)), `${prefix}layers/${names[p.li] ?? ''}`);
        return outs.map((t, tensor) => {
            const k = key({ layer: p.l.name, node: p.call + offset(p.l), tensor });
            tensors.set(k, t);
            return k;
        });
    }, (p) => {
        const missing = p.refs.find((r) => resolve(r) === undefined);
        return new diagnostic/* FootprintError */.E0('E_MALFORMED', `Keras: layer '${p.l.name}' reads output ${missing?.tensor ?? 0} of call ${missing?.node ?? 0} of '${missing?.layer ?? '?'}', which no layer produces`, { file: ctx.file, node: p.l.name });
    });
    return parseIoRefs(cfg['output_layers']).map((r) => {
        const t = resolve(r);
        if (t === undefined)
            throw new diagnostic/* FootprintError */.E0('E_MALFORMED', `Keras: model output '${r.layer}' is not produced by any layer`, { file: ctx.file });
        return t;
    });
}
/**
 * Runs `calls` in dependency order (configs list layers topologically, shared layers may not be),
 * in rounds: each round runs, in list order, the calls whose refs all resolved when it began.
 * `run` runs one call and returns the keys it set; a call waits on the keys that may resolve each
 * of its missing refs (`keysOf`) and is counted down as they are set (a filter of every waiting
 * call per round made a 20,000-layer chain quadratic: 33 s). No call ready while some wait: the
 * first waiting one in list order is `stuck`.
 */
function inRounds(calls, resolve, keysOf, run, stuck) {
    const missing = new Int32Array(calls.length);
    const waiting = new Map();
    let round = [];
    calls.forEach((c, at) => {
        for (const r of c.refs) {
            if (resolve(r) !== undefined)
                continue;
            missing[at] = missing[at] + 1;
            const w = { at, r, seen: false };
            for (const k of keysOf(r))
                (0,arrays/* pushTo */.Il)(waiting, k, w);
        }
        if (missing[at] === 0)
            round.push(at);
    });
    let left = calls.length;
    while (left > 0) {
        // a call runs once its count reaches 0: with no round left, the waiting ones are those above 0
        if (round.length === 0)
            throw stuck(calls[missing.findIndex((m) => m > 0)]);
        const next = [];
        for (const at of round) {
            for (const k of run(calls[at])) {
                for (const w of waiting.get(k) ?? []) {
                    if (w.seen || resolve(w.r) === undefined)
                        continue;
                    w.seen = true;
                    missing[w.at] = missing[w.at] - 1;
                    if (missing[w.at] === 0)
                        next.push(w.at);
                }
            }
        }
        left -= round.length;
        // the calls that became ready run in the next round, in list order
        round = next.sort((a, b) => a - b);
    }
}

// EXTERNAL MODULE: ./node_modules/fflate/esm/index.mjs
var esm = __webpack_require__(1306);
;// CONCATENATED MODULE: ./src/frontends/keras/zip.ts
/**
 * A minimal zip reader for Keras 3 `.keras` archives: the central directory is read from the end
 * of the ByteSource, and only the entries asked for are read (stored, or deflate through fflate,
 * a pure-JS inflater: the core stays free of Node APIs). No zip64, no encryption: a .keras file
 * has three small entries.
 */


const EOCD_SIG = 0x06054b50;
const CEN_SIG = 0x02014b50;
const LOC_SIG = 0x04034b50;
const view = (b) => new DataView(b.buffer, b.byteOffset, b.byteLength);
/** Entries of the central directory. Throws E_MALFORMED/E_TRUNCATED naming the byte offset. */
function zipEntries(src, file) {
    const tailLen = Math.min(src.size, 22 + 0xffff);
    const tailStart = src.size - tailLen;
    const tail = src.read(tailStart, tailLen);
    const tv = view(tail);
    let eocd = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
        if (tv.getUint32(i, true) === EOCD_SIG) {
            eocd = i;
            break;
        }
    }
    if (eocd < 0)
        throw new diagnostic/* FootprintError */.E0('E_TRUNCATED', 'zip: no end-of-central-directory record (the archive is cut short or not a zip)', { file, offset: src.size });
    const count = tv.getUint16(eocd + 10, true);
    const cdSize = tv.getUint32(eocd + 12, true);
    const cdOffset = tv.getUint32(eocd + 16, true);
    if (count === 0xffff || cdOffset === 0xffffffff)
        throw new diagnostic/* FootprintError */.E0('E_LIMIT', 'zip: zip64 archives are not supported (a .keras model has a few small entries)', { file, offset: tailStart + eocd });
    if (cdOffset + cdSize > src.size)
        throw new diagnostic/* FootprintError */.E0('E_TRUNCATED', `zip: the central directory (${cdSize} bytes at ${cdOffset}) runs past the end of the file (${src.size} bytes)`, { file, offset: cdOffset });
    const cd = src.read(cdOffset, cdSize);
    const cv = view(cd);
    const entries = [];
    let p = 0;
    for (let k = 0; k < count; k++) {
        if (p + 46 > cd.length || cv.getUint32(p, true) !== CEN_SIG)
            throw new diagnostic/* FootprintError */.E0('E_MALFORMED', `zip: central directory entry ${k} is damaged`, { file, offset: cdOffset + p });
        const nameLen = cv.getUint16(p + 28, true);
        const extraLen = cv.getUint16(p + 30, true);
        const commentLen = cv.getUint16(p + 32, true);
        entries.push({
            name: new TextDecoder().decode(cd.subarray(p + 46, p + 46 + nameLen)),
            method: cv.getUint16(p + 10, true),
            compressedSize: cv.getUint32(p + 20, true),
            size: cv.getUint32(p + 24, true),
            localHeaderOffset: cv.getUint32(p + 42, true),
        });
        p += 46 + nameLen + extraLen + commentLen;
    }
    return entries;
}
/**
 * Deflate never compresses better than about 1032:1; a header declaring more is lying, and an
 * inflated stream that outgrows its declared size is stopped at the first byte over.
 */
const MAX_DEFLATE_RATIO = 1032;
/** Compressed bytes handed to the inflater at a time (the output is checked after each). */
const CHUNK = 64 * 1024;
class Overflow extends Error {
}
/** Inflates `raw`, stopping as soon as the output passes `limit` bytes. */
function inflateBounded(raw, limit) {
    const parts = [];
    let total = 0;
    let ended = false;
    const inf = new esm/* Inflate */.EL((chunk, final) => {
        total += chunk.length;
        if (total > limit)
            throw new Overflow();
        parts.push(chunk);
        if (final)
            ended = true;
    });
    for (let at = 0; at < raw.length && !ended; at += CHUNK)
        inf.push(raw.subarray(at, at + CHUNK), at + CHUNK >= raw.length);
    if (!ended)
        throw new Error('unexpected end of the deflate stream');
    const out = new Uint8Array(total);
    let o = 0;
    for (const p of parts) {
        out.set(p, o);
        o += p.length;
    }
    return out;
}
/**
 * The uncompressed bytes of one entry (stored or deflate), at most `maxBytes`: the declared size
 * is checked against `maxBytes` and the compression ratio first, then the inflated stream against
 * the declared size as it is produced (a zip bomb whose headers lie stops at the first byte over).
 */
function zipRead(src, e, file, maxBytes) {
    if (e.size > maxBytes)
        throw new diagnostic/* FootprintError */.E0('E_LIMIT', `zip: entry '${e.name}' is ${e.size} bytes, over the ${maxBytes}-byte limit`, { file, offset: e.localHeaderOffset });
    if (e.method === 8 && e.size > Math.max(1, e.compressedSize) * MAX_DEFLATE_RATIO) {
        throw new diagnostic/* FootprintError */.E0('E_LIMIT', `zip: entry '${e.name}' declares ${e.size} bytes from ${e.compressedSize} compressed, a ratio over ${MAX_DEFLATE_RATIO}:1 that deflate cannot reach`, { file, offset: e.localHeaderOffset });
    }
    if (e.localHeaderOffset + 30 > src.size)
        throw new diagnostic/* FootprintError */.E0('E_TRUNCATED', `zip: entry '${e.name}' starts past the end of the file`, { file, offset: e.localHeaderOffset });
    const lh = view(src.read(e.localHeaderOffset, 30));
    if (lh.getUint32(0, true) !== LOC_SIG)
        throw new diagnostic/* FootprintError */.E0('E_MALFORMED', `zip: no local header for entry '${e.name}'`, { file, offset: e.localHeaderOffset });
    const start = e.localHeaderOffset + 30 + lh.getUint16(26, true) + lh.getUint16(28, true);
    if (start + e.compressedSize > src.size)
        throw new diagnostic/* FootprintError */.E0('E_TRUNCATED', `zip: entry '${e.name}' (${e.compressedSize} bytes at ${start}) runs past the end of the file`, { file, offset: src.size });
    const raw = src.read(start, e.compressedSize);
    if (e.method === 0)
        return raw;
    if (e.method !== 8)
        throw new diagnostic/* FootprintError */.E0('E_MALFORMED', `zip: entry '${e.name}' uses compression method ${e.method} (only stored and deflate are read)`, { file, offset: e.localHeaderOffset });
    let out;
    try {
        out = inflateBounded(raw, e.size);
    }
    catch (err) {
        if (err instanceof Overflow) {
            throw new diagnostic/* FootprintError */.E0('E_LIMIT', `zip: entry '${e.name}' inflates to more than the ${e.size} bytes its header declares: stopped there (a zip bomb?)`, { file, offset: start });
        }
        throw new diagnostic/* FootprintError */.E0('E_MALFORMED', `zip: entry '${e.name}' does not inflate: ${err instanceof Error ? err.message : String(err)}`, { file, offset: start });
    }
    if (out.length !== e.size) {
        throw new diagnostic/* FootprintError */.E0('E_MALFORMED', `zip: entry '${e.name}' inflates to ${out.length} bytes, but its header declares ${e.size}`, { file, offset: start });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/frontends/keras/probe.ts


/** HDF5 superblock offset: 0, or 512, 1024, 2048... after a user block (HDF5 spec). */
function hdf5SignatureOffset(input, head) {
    if (isHdf5At(head))
        return 0;
    for (let off = 512; off + 8 <= input.source.size && off <= 1 << 20; off *= 2) {
        if (isHdf5At(input.source.read(off, 8)))
            return off;
    }
    return undefined;
}
function probeKeras(input, head) {
    try {
        if (hdf5SignatureOffset(input, head) !== undefined)
            return { container: 'hdf5' };
        if (!isZip(head))
            return undefined;
        if (input.path.toLowerCase().endsWith('.keras'))
            return { container: 'zip' };
        return zipEntries(input.source, input.path).some((e) => e.name === 'config.json') ? { container: 'zip' } : undefined;
    }
    catch {
        // Probes never throw: bytes that cannot be read as a zip directory are "not Keras".
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/frontends/keras/index.ts









const kerasFrontend = {
    ...formats/* KERAS_FORMAT */.Ni,
    probe: probeKeras,
    read: readKeras,
    load: (options) => (0,hdf5/* loadHdf5 */.Qt)(options),
};
/** Reads a Keras model (.h5 or .keras). Throws FootprintError naming the file. */
function readKeras(input, probe) {
    try {
        const found = probe ?? probeKeras(input, input.source.read(0, Math.min(64, input.source.size)));
        return found?.container === 'hdf5' ? readH5(input) : readKerasZip(input);
    }
    catch (e) {
        throw (0,diagnostic/* asFootprintError */.aD)(e, input.path);
    }
}
function allBytes(input) {
    const size = input.source.size;
    if (size > hdf5/* MAX_HDF5_BYTES */.vg) {
        throw new diagnostic/* FootprintError */.E0('E_LIMIT', `Keras .h5: ${size} bytes is over the ${hdf5/* MAX_HDF5_BYTES */.vg}-byte limit (HDF5 files are read into memory)`, { file: input.path });
    }
    return input.source.read(0, size);
}
function readH5(input) {
    const file = input.path;
    return (0,hdf5/* withHdf5 */.uK)(allBytes(input), file, (f) => {
        const text = (0,hdf5/* attrText */.vH)(f, 'model_config');
        if (text === undefined) {
            const weightsOnly = f.attrs['layer_names'] !== undefined || f.get('model_weights') !== null;
            const what = weightsOnly ? 'weights only (model.save_weights), no model config' : 'not a Keras model';
            throw new diagnostic/* FootprintError */.E0('E_MALFORMED', `HDF5 file without a 'model_config' attribute: ${what} (${(0,hdf5/* describeRoot */.Gy)(f)})`, { file });
        }
        const cfg = parseJson(text, "the 'model_config' attribute", file);
        const weights = keras2Weights(f, leafLayerNames(cfg['config'] ?? null));
        const meta = { container: 'hdf5' };
        const version = (0,hdf5/* attrText */.vH)(f, 'keras_version');
        const backend = (0,hdf5/* attrText */.vH)(f, 'backend');
        if (version !== undefined)
            meta['kerasVersion'] = version;
        if (backend !== undefined)
            meta['backend'] = backend;
        return build(input, cfg, weights, false, meta);
    });
}
/** A .keras archive's JSON entries (config, metadata) are text of a few KB to a few MB. */
const MAX_KERAS_JSON_BYTES = 16 * 1024 * 1024;
/** All entries read from one archive, inflated, together. */
const MAX_KERAS_INFLATED_BYTES = hdf5/* MAX_HDF5_BYTES */.vg + 2 * MAX_KERAS_JSON_BYTES;
function readKerasZip(input) {
    const file = input.path;
    let left = MAX_KERAS_INFLATED_BYTES;
    const read = (e, max) => {
        const bytes = zipRead(input.source, e, file, Math.min(max, left));
        left -= bytes.length;
        return bytes;
    };
    const entries = zipEntries(input.source, file);
    const entry = (name) => entries.find((e) => e.name === name);
    const cfgEntry = entry('config.json');
    if (cfgEntry === undefined) {
        throw new diagnostic/* FootprintError */.E0('E_MALFORMED', `Keras .keras: the zip has no config.json (entries: ${entries.map((e) => e.name).slice(0, 10).join(', ') || 'none'})`, { file });
    }
    const text = (e) => new TextDecoder().decode(read(e, MAX_KERAS_JSON_BYTES));
    const cfg = parseJson(text(cfgEntry), 'config.json', file);
    const meta = { container: 'keras-zip' };
    const metaEntry = entry('metadata.json');
    if (metaEntry) {
        const m = parseJson(text(metaEntry), 'metadata.json', file);
        const v = str(m, 'keras_version');
        if (v !== undefined)
            meta['kerasVersion'] = v;
    }
    const weightsEntry = entry('model.weights.h5');
    if (weightsEntry === undefined) {
        throw new diagnostic/* FootprintError */.E0('E_MALFORMED', `Keras .keras: the zip has no model.weights.h5 (entries: ${entries.map((e) => e.name).join(', ')})`, { file });
    }
    const bytes = read(weightsEntry, hdf5/* MAX_HDF5_BYTES */.vg);
    return (0,hdf5/* withHdf5 */.uK)(bytes, `${file}!model.weights.h5`, (f) => build(input, cfg, keras3Weights(f), true, meta));
}
function build(input, cfg, weights, keras3, meta) {
    const inner = cfg['config'];
    const name = (typeof inner === 'object' && inner !== null && !Array.isArray(inner) ? str(inner, 'name') : undefined) ?? 'keras_model';
    const b = new GraphBuilder(name, input.path);
    const outputs = buildModel({ b, weights, keras3, file: input.path }, cfg);
    b.graph.outputs = [...new Set(outputs)];
    const cls = str(cfg, 'class_name');
    if (cls !== undefined)
        meta['modelClass'] = cls;
    if (meta['kerasVersion'] !== undefined)
        meta['producer'] = `Keras ${meta['kerasVersion']}`;
    return { format: 'keras', path: input.path, graph: b.graph, meta, diagnostics: b.diagnostics };
}

;// CONCATENATED MODULE: ./src/frontends/registry.ts





/** The frontends in probe order (formats.ts FORMATS: the same order, checked by the tests). */
const FRONTENDS = [onnxFrontend, tfliteFrontend, kerasFrontend];
/** Bytes handed to probes. */
const HEAD_BYTES = 64;
function head(input) {
    try {
        return input.source.read(0, Math.min(HEAD_BYTES, input.source.size));
    }
    catch (e) {
        throw (0,diagnostic/* asFootprintError */.aD)(e, input.path);
    }
}
function probes(f, input, h) {
    try {
        return f.probe(input, h);
    }
    catch {
        // Probes must not throw (that is a bug in the probe); the file is then "not this format".
        return undefined;
    }
}
/**
 * The frontend for `input` and what its probe found: frontends claiming the file's extension are
 * asked first, then the rest (content wins over a wrong extension). undefined when none
 * recognizes the bytes.
 */
function detectFrontend(input) {
    const h = head(input);
    const lower = input.path.toLowerCase();
    const byExt = FRONTENDS.filter((f) => f.extensions.some((e) => lower.endsWith(e)));
    const others = FRONTENDS.filter((f) => !byExt.includes(f));
    for (const frontend of [...byExt, ...others]) {
        const probe = probes(frontend, input, h);
        if (probe !== undefined)
            return { frontend, probe };
    }
    return undefined;
}
/** Loads what every format needs asynchronously (once; later calls return at once). */
async function loadFormats(options = {}) {
    for (const f of FRONTENDS)
        await f.load?.(options);
}
/** Loads what the format of `input` needs asynchronously; nothing for the others. Never throws. */
async function loadFormatFor(input, options = {}) {
    let found;
    try {
        found = detectFrontend(input);
    }
    catch {
        return; // unreadable: readModel reports it
    }
    await found?.frontend.load?.(options);
}
/** Reads any supported model; E_UNKNOWN_FORMAT says what the bytes look like instead. */
function readModel(input) {
    if (input.source.size === 0) {
        throw new diagnostic/* FootprintError */.E0('E_TRUNCATED', 'the file is empty (0 bytes)', { file: input.path, offset: 0 });
    }
    const found = detectFrontend(input);
    if (!found) {
        throw new diagnostic/* FootprintError */.E0('E_UNKNOWN_FORMAT', `not a supported model format: ${describeBytes(head(input))}`, { file: input.path, offset: 0 });
    }
    try {
        return found.frontend.read(input, found.probe);
    }
    catch (e) {
        throw (0,diagnostic/* asFootprintError */.aD)(e, input.path);
    }
}
const hex = (b) => [...b].map((x) => x.toString(16).padStart(2, '0')).join(' ');
const CONTAINER_TEXT = {
    zip: 'a zip archive', hdf5: 'an HDF5 file', tflite: 'a TFLite flatbuffer', json: 'JSON text',
    html: 'HTML/XML text: a download error page?', gzip: 'a gzip archive',
};
/** A short description of what a file starts with, for E_UNKNOWN_FORMAT. */
function describeBytes(h) {
    const starts = `starts with bytes ${hex(h.subarray(0, 8))}`;
    const kind = sniff(h);
    if (kind === 'lfs-pointer')
        return 'looks like a Git LFS pointer (run `git lfs pull` to fetch the real file)';
    if (kind !== undefined)
        return `${starts} (${CONTAINER_TEXT[kind]})`;
    return `${starts}, which no supported format (ONNX protobuf) starts with`;
}


/***/ }),

/***/ 7885:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ readsQuantizedIntegers)
/* harmony export */ });
/* harmony import */ var _dtype_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7003);
/**
 * "This layer computes on integers": every activation it reads (non-constant input) is a quantized
 * integer tensor. Frontends and the QDQ pass set `Node.integer` from it once; the MACC rules (a
 * fused clamp is the requantization's saturation) and the target mapping read the property.
 */

function readsQuantizedIntegers(g, n) {
    // (a loop: every node of a graph is asked, and a float one answers at its first activation)
    let acts = 0;
    for (const i of n.inputs) {
        const t = i === '' ? undefined : g.tensors.get(i);
        if (t === undefined || t.data !== undefined)
            continue;
        if (t.quant === undefined || !(0,_dtype_js__WEBPACK_IMPORTED_MODULE_0__/* .isInteger */ .Fq)(t.dtype))
            return false;
        acts++;
    }
    return acts > 0;
}


/***/ }),

/***/ 6598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ bytesSource)
/* harmony export */ });
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


/***/ })

};
