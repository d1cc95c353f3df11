/** Does a file's head look like an ONNX ModelProto? Never throws. */

/** ModelProto field number -> wire type. */
const MODEL_FIELDS: ReadonlyMap<number, number> = new Map([
  [1, 0], [2, 2], [3, 2], [4, 2], [5, 0], [6, 2], [7, 2], [8, 2], [14, 2], [20, 2], [25, 2], [26, 2],
]);

function varint(b: Uint8Array, pos: number): [number, number] | undefined {
  let v = 0;
  let mul = 1;
  for (let i = 0; i < 10 && pos + i < b.length; i++) {
    const x = b[pos + i] as number;
    v += (x & 0x7f) * mul;
    mul *= 128;
    if ((x & 0x80) === 0) return [v, pos + i + 1];
  }
  return undefined;
}

/**
 * Walks the fields that fit in `head`: each must be a ModelProto field with its wire type. With
 * the .onnx extension one plausible field is enough; otherwise the file must start with
 * ir_version (tag 0x08, a small value) followed by another plausible field.
 */
export function probeOnnx(path: string, head: Uint8Array): boolean {
  const byExtension = path.toLowerCase().endsWith('.onnx');
  if (head.length === 0) return byExtension;
  let pos = 0;
  let fields = 0;
  while (pos < head.length) {
    const tag = varint(head, pos);
    if (!tag) break;
    const no = Math.floor(tag[0] / 8);
    const wire = tag[0] % 8;
    if (MODEL_FIELDS.get(no) !== wire) return false;
    if (fields === 0 && !byExtension && (no !== 1 || (head[tag[1]] ?? 0) === 0 || (head[tag[1]] ?? 99) > 20)) return false;
    fields++;
    const value = varint(head, tag[1]);
    if (!value) break;
    pos = wire === 2 ? value[1] + value[0] : value[1];
  }
  return byExtension ? fields >= 1 || head.length < 4 : fields >= 2 || (fields === 1 && pos >= head.length);
}
