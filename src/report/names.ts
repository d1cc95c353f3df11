/** stedgeai's name for the activation fused into layer `shown` (`conv2d_1` -> `nl_1_nl`). */
export function fusedActivationName(shown: string): string {
  const id = /_(\d+)$/.exec(shown)?.[1];
  return id === undefined ? `${shown}_nl` : `nl_${id}_nl`;
}
