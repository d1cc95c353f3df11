/**
 * The commands answered before the rest of the CLI is loaded (the entry imports only this and the
 * version): `--help` wins over `--version`, anywhere on the line.
 */
export function quickCommand(argv: readonly string[]): 'help' | 'version' | undefined {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') return 'help';
  if (argv.includes('--version') || argv.includes('-V')) return 'version';
  return undefined;
}
