/**
 * A protobuf wire-format scanner over a ByteSource. It never loads a whole file: it keeps one
 * small buffered window and reports each field's number, wire type and the byte range of its
 * value, so callers can keep weight bytes as offsets and decode only the small fields.
 */
import { bytesSource, type ByteSource } from '../../ir/source.js';
import { FootprintError } from '../../diagnostics/diagnostic.js';

export const WIRE_VARINT = 0;
export const WIRE_FIXED64 = 1;
export const WIRE_LEN = 2;
export const WIRE_FIXED32 = 5;

/** One field of a message: `tagOffset..end` is the whole field (tag included). */
export interface WireField {
  no: number;
  wire: number;
  tagOffset: number;
  /** Start of the value (after the tag and, for length-delimited fields, after the length). */
  offset: number;
  /** Length of the value in bytes. */
  length: number;
  end: number;
  /** Value of a varint field (exact up to 2^53). */
  varint: number;
}

/** A field to read into (fieldInto): a scan that keeps no field makes one per message, not one per field. */
export function newField(): WireField {
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
export const WHOLE_SOURCE_BYTES = MAX_WINDOW;

export class WireReader {
  private buf: Uint8Array = new Uint8Array(0);
  private start = 0;
  private window = MIN_WINDOW;
  /** Bytes requested from the source so far (for tests and benchmarks). */
  bytesRead = 0;

  /** What the model's tensors read their payloads from: `source`, or its bytes in memory when it is small. */
  readonly source: ByteSource;

  constructor(source: ByteSource, readonly file: string = source.name) {
    if (source.size > WHOLE_SOURCE_BYTES) {
      this.source = source;
      return;
    }
    this.buf = source.read(0, source.size);
    this.bytesRead = source.size;
    this.source = bytesSource(source.name, this.buf);
  }

  get size(): number {
    return this.source.size;
  }

  /** Byte at `pos`; the caller has checked `pos < size`. */
  private byteAt(pos: number): number {
    const i = pos - this.start;
    if (i >= 0 && i < this.buf.length) return this.buf[i] as number;
    this.fill(pos);
    return this.buf[pos - this.start] as number;
  }

  /**
   * Loads a window at `pos`. Windows grow while reads are sequential (dense node lists, or small
   * skips no longer than the window: the small initializers between them) and shrink back after a
   * longer jump (over weight bytes), so large skipped data is never read. (A source of at most
   * WHOLE_SOURCE_BYTES is never filled: it is held whole.)
   */
  private fill(pos: number): void {
    const end = this.start + this.buf.length;
    const sequential = this.buf.length > 0 && pos >= end && pos - end <= this.window;
    this.window = sequential ? Math.min(this.window * 2, MAX_WINDOW) : MIN_WINDOW;
    const len = Math.min(this.window, this.size - pos);
    this.buf = this.source.read(pos, len);
    this.bytesRead += len;
    this.start = pos;
  }

  /** A copy-free view when the range is buffered, otherwise one read of exactly that range. */
  bytes(offset: number, length: number): Uint8Array {
    const i = offset - this.start;
    if (i >= 0 && i + length <= this.buf.length) return this.buf.subarray(i, i + length);
    this.bytesRead += length;
    return this.source.read(offset, length);
  }

  error(code: 'E_TRUNCATED' | 'E_MALFORMED' | 'E_LIMIT', message: string, offset: number): FootprintError {
    return new FootprintError(code, `ONNX: ${message}`, { file: this.file, offset });
  }

  /** Where the last varint read ended (varint() returns only the value: no tuple per read). */
  private next = 0;

  /**
   * Reads a varint at `pos` that must end before `end`; its end is left in `this.next`. Errors name
   * it as field `no` of `message` (no = 0: the field's tag), its value or its length (`kind`): the
   * words are only put together when there is an error to report.
   */
  varint(pos: number, end: number, message: string, no = 0, kind: 'tag' | 'value' | 'length' = 'tag'): number {
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
  field(pos: number, end: number, message: string): WireField {
    return this.fieldInto(pos, end, message, newField());
  }

  /** As field(), into `f` (a scan that keeps no field reuses one object); returns `f`. */
  fieldInto(pos: number, end: number, message: string, f: WireField): WireField {
    const tag = this.varint(pos, end, message);
    const afterTag = this.next;
    const no = Math.floor(tag / 8);
    const wire = tag % 8;
    if (no === 0 || no > 536870911) throw this.error('E_MALFORMED', `invalid field number ${no} in ${message}`, pos);
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
      case WIRE_FIXED64: f.length = 8; break;
      case WIRE_FIXED32: f.length = 4; break;
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
  fields(start: number, end: number, message: string): WireField[] {
    const out: WireField[] = [];
    for (let pos = start; pos < end;) {
      const f = this.field(pos, end, message);
      out.push(f);
      pos = f.end;
    }
    return out;
  }
}

/** How errors name a varint: `Message field tag`, `Message.7`, `Message.7 length`. */
function what(message: string, no: number, kind: 'tag' | 'value' | 'length'): string {
  return kind === 'tag' ? `${message} field tag` : kind === 'value' ? `${message}.${no}` : `${message}.${no} length`;
}
/** A message's fields decoded in memory (everything but tensor payloads and doc strings): beyond this, refused. */
export const MAX_METADATA_BYTES = 256 * 1024 * 1024;

/** Concatenates fields (tag included) into one buffer for a generated decoder; more than MAX_METADATA_BYTES is refused. */
export function gather(r: WireReader, fields: readonly WireField[]): Uint8Array {
  const spans = new Spans();
  for (const f of fields) spans.add(f);
  return spans.gather(r);
}

/**
 * The byte spans of the fields a scan keeps (tag included), adjacent ones merged: the fields of a
 * message written in field order, less a few skipped ones, are one or two spans. One span is
 * handed to the decoder as it is (a view of the reader's buffer, or one read), without a copy.
 */
export class Spans {
  /** The first span ([start, end), -1 while there is none): most messages are one span. */
  private start = -1;
  private end = -1;
  /** start, end, start, end... of the spans after the first (made when a second one comes). */
  private more: number[] | undefined;

  add(f: WireField): void {
    const more = this.more;
    if (this.start < 0) {
      this.start = f.tagOffset;
      this.end = f.end;
    } else if (more === undefined) {
      if (this.end === f.tagOffset) this.end = f.end;
      else this.more = [f.tagOffset, f.end];
    } else {
      const n = more.length;
      if (more[n - 1] === f.tagOffset) more[n - 1] = f.end;
      else more.push(f.tagOffset, f.end);
    }
  }

  /** The spans' bytes, in order, for a generated decoder; more than MAX_METADATA_BYTES is refused. */
  gather(r: WireReader): Uint8Array {
    // one span (or none): no list to walk
    if (this.more === undefined) {
      const length = this.start < 0 ? 0 : this.end - this.start;
      if (length > MAX_METADATA_BYTES) throw r.error('E_LIMIT', `message metadata of ${length} bytes (at most ${MAX_METADATA_BYTES})`, this.start);
      return length === 0 ? new Uint8Array(0) : r.bytes(this.start, length);
    }
    const at = [this.start, this.end, ...this.more];
    let total = 0;
    for (let i = 0; i < at.length; i += 2) total += (at[i + 1] as number) - (at[i] as number);
    if (total > MAX_METADATA_BYTES) throw r.error('E_LIMIT', `message metadata of ${total} bytes (at most ${MAX_METADATA_BYTES})`, this.start);
    const out = new Uint8Array(total);
    let to = 0;
    for (let i = 0; i < at.length; i += 2) {
      const start = at[i] as number;
      const length = (at[i + 1] as number) - start;
      out.set(r.bytes(start, length), to);
      to += length;
    }
    return out;
  }
}

/** Runs a generated decoder, turning its exceptions into FootprintErrors at `offset`. */
export function decodeWith<T>(r: WireReader, what: string, offset: number, bytes: Uint8Array, decode: (b: Uint8Array) => T): T {
  try {
    return decode(bytes);
  } catch (e: unknown) {
    if (e instanceof FootprintError) throw e;
    const msg = e instanceof Error ? e.message : String(e);
    if (/depth|call stack/i.test(msg)) throw r.error('E_LIMIT', `${what} nests too deeply (${msg})`, offset);
    throw r.error('E_MALFORMED', `cannot decode ${what}: ${msg}`, offset);
  }
}
