/** A bad action input or config file: the message names the input (or the config key) and what is accepted. */
export class ActionInputError extends Error {
  readonly input: string;

  constructor(input: string, message: string) {
    super(`input '${input}': ${message}`);
    this.name = 'ActionInputError';
    this.input = input;
  }
}
