/** `base`, or `base_1`, `base_2`... : the first name not in `taken` (which then holds it). */
export function uniqueName(taken: Set<string>, base: string): string {
  let name = base;
  for (let k = 1; taken.has(name); k++) name = `${base}_${k}`;
  taken.add(name);
  return name;
}
