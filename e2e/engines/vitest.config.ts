import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const RESULTS = process.env.E2E_RESULTS ?? 'test-results';

/**
 * The engine smoke (docs/BROWSERS.md): the terminal in WebKitGTK and in Firefox ESR, one engine
 * file after the other. `npm run test:engines` builds dist/ first; `npm test` runs it after the
 * Chromium suite and counts each case from the JSON report.
 */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['e2e/engines/**/*.engine.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    retry: 0,
    reporters: ['default', 'json'],
    outputFile: { json: `${RESULTS}/vitest-engines.json` },
  },
});
