import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'protocol/**/*.test.ts',
      'src/**/*.test.{ts,tsx}',
      'server/**/*.test.ts',
      'e2e/faults/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
    environment: 'node',
    // Vitest's 5 s default is a hang detector, not a budget. Several tests do real work: they decode
    // ZXing's blackbox folders, lint probe files with type information, spawn servers and make RSA
    // keys. They take 1-4 s here and timed out at 5 s on a 2-core machine under load. A timeout is
    // still there to stop a hung test; tests with their own longer budgets keep theirs.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
