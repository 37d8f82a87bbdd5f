import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findSystemChromium } from './e2e/support/chromium.ts';
import { ADMIN_TOKEN } from './e2e/support/wallet-api.ts';

const PORT = Number(process.env.E2E_PORT ?? 18080);
const executablePath = findSystemChromium();

export default defineConfig({
  testDir: 'e2e',
  testIgnore: ['faults/**'],
  outputDir: 'test-results/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    browserName: 'chromium',
    launchOptions: { args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) },
    trace: 'retain-on-failure',
  },
  webServer: {
    // A fresh wallet database for every run.
    command: 'node scripts/clean-dir.mjs e2e/.tmp/wallet-data && tsx server/main.ts',
    url: `http://localhost:${PORT}/api/v1/demo`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'pipe',
    env: {
      PORT: String(PORT),
      DATA_DIR: 'e2e/.tmp/wallet-data',
      ADMIN_TOKEN,
    },
  },
});
