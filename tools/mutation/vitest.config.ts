/**
 * The vitest configuration of a per-module mutation run (tools/mutate-module.mjs): the project's
 * own settings, with the test files the run names in MUTATION_TESTS (comma-separated globs).
 */
import { defineConfig } from 'vitest/config';

const tests = process.env['MUTATION_TESTS'];
if (!tests) throw new Error('tools/mutation/vitest.config.ts: MUTATION_TESTS is not set (run it through `npm run mutate:module -- <module>`)');

export default defineConfig({
  test: {
    include: tests.split(','),
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
