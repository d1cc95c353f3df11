import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import vitest from '@vitest/eslint-plugin';

export default tseslint.config(
  { ignores: ['build/**', 'dist/**', 'node_modules/**', 'src/schemas/**', 'coverage/**', '.stryker-tmp/**', 'reports/**', '.cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { languageOptions: { globals: { ...globals.node } } },
  {
    rules: {
      'no-empty': ['error', { allowEmptyCatch: false }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': 'off',
    },
  },
  {
    // A spread argument passes every element on the stack: past about 125k elements the call
    // throws "Maximum call stack size exceeded" (the text and Markdown reports of a 300k-node
    // model did). src/arrays.ts loops instead (append, maxOf, minOf).
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error',
        { selector: 'CallExpression > SpreadElement', message: 'A spread argument overflows the stack on a long list: use append/maxOf/minOf (src/arrays.ts) or pass the elements one by one.' },
        { selector: 'NewExpression > SpreadElement', message: 'A spread argument overflows the stack on a long list: pass the elements one by one.' },
        // a report's order must not depend on the machine's locale (LANG): src/ir/names.ts compareNames
        { selector: "CallExpression > MemberExpression.callee > Identifier.property[name='localeCompare']", message: "localeCompare orders by the machine's locale: use compareNames (src/ir/names.ts)." },
      ],
    },
  },
  {
    // Tests that keep themselves honest: every test asserts, nothing focused or skipped is
    // committed (conditional skips name their condition: describe.skipIf), no expect hidden
    // behind a condition.
    files: ['test/**/*.ts'],
    plugins: { vitest },
    rules: {
      'vitest/expect-expect': ['error', { assertFunctionNames: ['expect', 'expect*', 'assert*', 'check*'] }],
      'vitest/no-focused-tests': 'error',
      'vitest/no-disabled-tests': 'error',
      'vitest/no-conditional-expect': 'error',
      'vitest/valid-expect': ['error', { maxArgs: 2 }],
      'vitest/no-identical-title': 'error',
    },
  },
);
