import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, findSystemChromium } from '../support/chromium.ts';
import { CAMPAIGN_ORIGIN, campaignSettings } from './campaign-settings.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const executablePath = findSystemChromium();

/**
 * The fault campaign (`npm run test:faults`): one long test that starts, kills and restarts its
 * own server, so there is no webServer here.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: `${ROOT}test-results/faults`,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // About 3 s a sale, the full 45 s waits, and the final drain, with room to spare.
  timeout: (15 * 60 + campaignSettings.sales * 4) * 1000,
  expect: { timeout: 30_000 },
  reporter: [['list'], ['json', { outputFile: `${ROOT}test-results/playwright-faults.json` }]],
  use: {
    baseURL: CAMPAIGN_ORIGIN,
    browserName: 'chromium',
    launchOptions: { args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) },
    // A trace of hundreds of sales is heavy on 2 cores; add `--trace on` when debugging.
    trace: 'off',
    screenshot: 'only-on-failure',
    actionTimeout: 30_000,
  },
});
