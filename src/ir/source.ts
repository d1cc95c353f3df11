/**
 * Where a model's bytes come from. The core never opens files itself: the caller (CLI, action,
 * tests) passes a ByteSource, and reads happen only for the ranges a reader or a rule needs.
 */
export interface ByteSource {
  /** Name shown in errors (usually the path the user gave). */
  readonly name: string;
  /** Total size in bytes (may exceed 2 GiB: offsets are plain numbers, safe up to 2^53). */
  readonly size: number;
  /** Reads exactly `length` bytes at `offset`; callers bounds-check first. */
  read(offset: number, length: number): Uint8Array;
}

/** A model handed to the core: its bytes, and a way to open files beside it (ONNX external data). */
export interface ModelInput {
  /** Path as the user gave it; used for display, format probing by extension, and errors. */
  readonly path: string;
  readonly source: ByteSource;
  /**
   * Opens a file relative to the model's folder. The core validates `relativePath` first (no
   * absolute paths, nothing escaping the folder); returns undefined when the file does not exist.
   */
  openSibling?(relativePath: string): ByteSource | undefined;
  /** Releases what reading held (file descriptors of the model and its siblings); optional. */
  close?(): void;
}

/** A ByteSource over bytes already in memory (tests, generated examples, `git show` output). */
export function bytesSource(name: string, bytes: Uint8Array): ByteSource {
  return {
    name,
    size: bytes.length,
    read(offset: number, length: number): Uint8Array {
      return bytes.subarray(offset, offset + length);
    },
  };
}
