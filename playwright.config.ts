import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findSystemChromium } from './e2e/support/chromium.ts';
import { ADMIN_TOKEN } from './e2e/support/wallet-api.ts';

const PORT = Number(process.env.E2E_PORT ?? 18080);
// Overridable so that two runs on one machine keep apart (see README, "Tests").
const DATA_DIR = process.env.E2E_DATA_DIR ?? 'e2e/.tmp/wallet-data';
const RESULTS = process.env.E2E_RESULTS ?? 'test-results';
const executablePath = findSystemChromium();

export default defineConfig({
  testDir: 'e2e',
  testIgnore: ['faults/**', 'bench/**'],
  outputDir: `${RESULTS}/e2e`,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: `${RESULTS}/playwright.json` }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    browserName: 'chromium',
    launchOptions: { args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) },
    trace: 'retain-on-failure',
  },
  webServer: {
    // A fresh wallet database for every run.
    command: `node scripts/clean-dir.mjs ${DATA_DIR} && tsx server/main.ts`,
    url: `http://localhost:${PORT}/api/v1/demo`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'pipe',
    env: {
      PORT: String(PORT),
      DATA_DIR,
      ADMIN_TOKEN,
      // insecure-context.spec.ts opens this server as http://saoma.test (mapped to 127.0.0.1).
      ALLOWED_HOSTS: 'saoma.test',
      // Every spec pairs its terminals from this one address, many within a minute.
      OPEN_RATE_LIMIT_PER_MINUTE: '100000',
    },
  },
});
