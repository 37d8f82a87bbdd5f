import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, findSystemChromium } from '../support/chromium.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const executablePath = findSystemChromium();

/**
 * Benchmarks that drive the app in Chromium (`npm run bench:history`). They are run by their
 * scripts, never by `npm test`: each starts its own server and writes its figures to BENCH_OUT.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.bench.ts',
  outputDir: `${ROOT}test-results/bench`,
  workers: 1,
  retries: 0,
  timeout: 10 * 60_000,
  reporter: 'line',
  use: {
    browserName: 'chromium',
    viewport: { width: 1024, height: 768 },
    launchOptions: { args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) },
    trace: 'off',
  },
});
