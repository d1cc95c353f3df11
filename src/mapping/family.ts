/**
 * The pool family a buffer belongs to, by its kind: weight segments ('weights') go to the pools that
 * hold weights, every other kind (activation, input, output, scratch, persistent) to those that
 * hold activations. A leaf module: the diff layer reads it without loading the mapping.
 */
export type PoolFamily = 'activations' | 'weights';

export function familyOf(kind: string): PoolFamily {
  return kind === 'weights' ? 'weights' : 'activations';
}

/** A buffer of that family, in the singular: 'weight segment' or 'activation buffer'. */
export function familyUnit(family: PoolFamily): string {
  return family === 'weights' ? 'weight segment' : 'activation buffer';
}
