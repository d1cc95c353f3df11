/** stedgeai's name for the activation fused into layer `shown` (`conv2d_1` -> `nl_1_nl`). */
export function fusedActivationName(shown: string): string {
  const id = /_(\d+)$/.exec(shown)?.[1];
  return id === undefined ? `${shown}_nl` : `nl_${id}_nl`;
}

/** The file part of a path, '/' or '\\' separated. */
export function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** The file's name without its extension: stedgeai's model_name. */
export function fileStem(path: string): string {
  const file = fileName(path);
  const dot = file.lastIndexOf('.');
  return dot > 0 ? file.slice(0, dot) : file;
}
