/** Does a file's head look like a TFLite flatbuffer? Never throws. */

import { ascii, isTflite } from '../sniff.js';

export { TFLITE_IDENTIFIER } from '../sniff.js';

export function identifierOf(head: Uint8Array): string {
  if (head.length < 8) return '';
  return ascii(head.subarray(4, 8));
}

/** "TFL3" at bytes 4..8 (the extension is not needed: content decides). */
export function probeTflite(head: Uint8Array): boolean {
  return isTflite(head);
}
