/**
 * A flatbuffers ByteBuffer over a ByteSource: the generated accessors read through a small page
 * cache, so opening a model reads only the pages that hold metadata (never the weight bytes, never
 * the whole file). Every read is bounds-checked against the file and fails with a FootprintError
 * naming the file, what was being read and the byte offset.
 */
import * as flatbuffers from 'flatbuffers';
import type { ByteSource } from '../../ir/source.js';
import { FootprintError } from '../../diagnostics/diagnostic.js';

const PAGE_SIZE = 4096;
/** Pages kept before the cache is dropped (4 MiB): metadata of even large models fits. */
const MAX_PAGES = 1024;
/** Strings longer than this are refused (names and custom codes are short). */
const MAX_STRING = 1 << 20;

export class PagedByteBuffer extends flatbuffers.ByteBuffer {
  private readonly pages = new Map<number, Uint8Array>();
  private lastIndex = -1;
  private last: Uint8Array = new Uint8Array(0);
  private readonly decoder = new TextDecoder('utf-8', { fatal: false });
  /** What the reader is reading now, for error messages ("tensor 3 of subgraph 0"). */
  what = 'the model header';
  /** Bytes fetched from the source (tests check that weights are not read). */
  bytesRead = 0;

  constructor(readonly source: ByteSource, readonly file: string = source.name) {
    super(new Uint8Array(0));
  }

  get size(): number {
    return this.source.size;
  }

  override capacity(): number {
    return this.source.size;
  }

  /** The generated `*Array()` accessors view the whole file: never used by the reader. */
  override bytes(): Uint8Array {
    throw new FootprintError('E_INTERNAL', 'TFLite: whole-buffer access on a lazily read model', { file: this.file });
  }

  error(code: 'E_TRUNCATED' | 'E_MALFORMED' | 'E_LIMIT', message: string, offset: number): FootprintError {
    return new FootprintError(code, `TFLite: ${message}`, { file: this.file, offset });
  }

  /** Throws unless `[offset, offset + length)` lies inside the file. */
  check(offset: number, length: number, what: string = this.what): void {
    if (!Number.isSafeInteger(offset) || offset < 0) {
      throw this.error('E_MALFORMED', `${what}: offset ${offset} is outside the file`, Math.max(0, Number.isFinite(offset) ? offset : 0));
    }
    if (!Number.isSafeInteger(length) || length < 0 || offset + length > this.size) {
      throw this.error('E_TRUNCATED', `${what}: expected ${length} bytes at byte ${offset} but the file has ${this.size} bytes (truncated or corrupt offset)`, offset);
    }
  }

  private page(index: number): Uint8Array {
    // the page read last, first: the accessors read a table's fields one after the other
    // (a map lookup per read was a tenth of reading a 100k-operator model)
    if (index === this.lastIndex) return this.last;
    const hit = this.pages.get(index) ?? this.fetch(index);
    this.lastIndex = index;
    this.last = hit;
    return hit;
  }

  private fetch(index: number): Uint8Array {
    if (this.pages.size >= MAX_PAGES) this.pages.clear();
    const start = index * PAGE_SIZE;
    const len = Math.min(PAGE_SIZE, this.size - start);
    const p = this.source.read(start, len);
    this.bytesRead += len;
    this.pages.set(index, p);
    return p;
  }

  override readUint8(offset: number): number {
    this.check(offset, 1);
    return this.byteAt(offset);
  }

  override readUint16(offset: number): number {
    this.check(offset, 2);
    return this.byteAt(offset) | (this.byteAt(offset + 1) << 8);
  }

  override readInt32(offset: number): number {
    this.check(offset, 4);
    const p = this.page(Math.floor(offset / PAGE_SIZE));
    const i = offset % PAGE_SIZE;
    if (i + 4 <= p.length) return (p[i] as number) | ((p[i + 1] as number) << 8) | ((p[i + 2] as number) << 16) | ((p[i + 3] as number) << 24);
    return this.byteAt(offset) | (this.byteAt(offset + 1) << 8) | (this.byteAt(offset + 2) << 16) | (this.byteAt(offset + 3) << 24);
  }

  private byteAt(offset: number): number {
    return this.page(Math.floor(offset / PAGE_SIZE))[offset % PAGE_SIZE] as number;
  }

  /** `length` bytes at `offset` (bounds-checked; a view when they sit in one page). */
  span(offset: number, length: number, what: string = this.what): Uint8Array {
    this.check(offset, length, what);
    const first = Math.floor(offset / PAGE_SIZE);
    if (first === Math.floor((offset + length - 1) / PAGE_SIZE) && length > 0) {
      const i = offset % PAGE_SIZE;
      return this.page(first).subarray(i, i + length);
    }
    this.bytesRead += length;
    return this.source.read(offset, length);
  }

  override __string(offset: number, encoding?: flatbuffers.Encoding): string | Uint8Array {
    const at = offset + this.readInt32(offset);
    const length = this.readInt32(at);
    if (length < 0 || length > MAX_STRING) throw this.error('E_MALFORMED', `${this.what}: string of ${length} bytes at byte ${at}`, at);
    const bytes = this.span(at + 4, length);
    return encoding === flatbuffers.Encoding.UTF8_BYTES ? bytes : this.decoder.decode(bytes);
  }

  /** Vector lengths are checked against the file so that no loop runs past its end. */
  override __vector_len(offset: number): number {
    const at = offset + this.readInt32(offset);
    const length = this.readInt32(at);
    if (length < 0 || at + 4 + length > this.size) {
      throw this.error(length < 0 ? 'E_MALFORMED' : 'E_TRUNCATED', `${this.what}: vector of ${length} elements at byte ${at} does not fit in the file (${this.size} bytes)`, at);
    }
    return length;
  }

  /** Start and element count of a vector field of the table at `table` (vtable slot `slot`). */
  vector(table: number, slot: number, elementSize: number, what: string): { start: number; length: number } | undefined {
    const o = this.__offset(table, slot);
    if (!o) return undefined;
    const length = this.__vector_len(table + o);
    const start = this.__vector(table + o);
    this.check(start, length * elementSize, what);
    return { start, length };
  }
}
