/**
 * Equivalent mutants (issue 19): a surviving mutant that no test can kill, because the mutated
 * code behaves the same, is explained where it lives, with StrykerJS's own comment:
 *   // Stryker disable next-line <Mutator>[,<Mutator>]: equivalent, <why the behaviour is the same>
 * Stryker then reports it as Ignored with that reason. This keeps the comments honest: one line
 * each (never a whole file or `all`), real mutator names, and a reason that says why.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// StrykerJS 9's mutators (https://stryker-mutator.io/docs/mutation-testing-elements/supported-mutators/)
const MUTATORS = new Set([
  'ArithmeticOperator', 'ArrayDeclaration', 'ArrowFunction', 'AssignmentOperator', 'BlockStatement', 'BooleanLiteral',
  'ConditionalExpression', 'EqualityOperator', 'LogicalOperator', 'MethodExpression', 'ObjectLiteral', 'OptionalChaining',
  'Regex', 'StringLiteral', 'UnaryOperator', 'UpdateOperator',
]);
const FORM = /^\s*\/\/ Stryker disable next-line ([A-Za-z,]+): equivalent, (.+)$/;

/** Why a comment line is not an accepted equivalence note, or undefined when it is one. */
function malformed(line: string): string | undefined {
  const m = FORM.exec(line);
  if (!m) return 'not `// Stryker disable next-line <Mutators>: equivalent, <why>`';
  const unknown = (m[1] ?? '').split(',').filter((x) => !MUTATORS.has(x));
  if (unknown.length > 0) return `unknown mutator ${unknown.join(', ')}`;
  return (m[2] ?? '').trim().length < 30 ? 'the reason is too short to say why' : undefined;
}

const files = (readdirSync('src', { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => join('src', f));
const comments = files.flatMap((file) => readFileSync(file, 'utf8').split('\n').flatMap((line, i) => (/Stryker (disable|restore)/.test(line) ? [{ where: `${file}:${i + 1}`, line }] : [])));

describe('Stryker disable comments', () => {
  it('each is one line, names real mutators, and says why the mutant is equivalent', () => {
    expect(comments.length).toBeGreaterThan(0);
    expect(comments.flatMap(({ where, line }) => {
      const why = malformed(line);
      return why === undefined ? [] : [`${where}: ${why}`];
    })).toEqual([]);
  });

  it('recognises a malformed one', () => {
    const reason = 'the loop below finds nothing either';
    expect([
      '// Stryker disable all',
      `// Stryker disable next-line all: equivalent, ${reason}`,
      `// Stryker disable next-line Conditional: equivalent, ${reason}`,
      '// Stryker disable next-line ConditionalExpression: equivalent, short',
      `// Stryker disable next-line ConditionalExpression: ${reason}`,
      `// Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, ${reason}`,
    ].map(malformed)).toEqual([
      'not `// Stryker disable next-line <Mutators>: equivalent, <why>`',
      'unknown mutator all',
      'unknown mutator Conditional',
      'the reason is too short to say why',
      'not `// Stryker disable next-line <Mutators>: equivalent, <why>`',
      undefined,
    ]);
  });
});
