/** Does a file's head look like a TFLite flatbuffer? Never throws. */

/** The file identifier TFLite writes at bytes 4..8 (schema.fbs `file_identifier "TFL3"`). */
export const TFLITE_IDENTIFIER = 'TFL3';

export function identifierOf(head: Uint8Array): string {
  if (head.length < 8) return '';
  return String.fromCharCode(...head.subarray(4, 8));
}

/** "TFL3" at bytes 4..8 (the extension is not needed: content decides). */
export function probeTflite(head: Uint8Array): boolean {
  return identifierOf(head) === TFLITE_IDENTIFIER;
}
