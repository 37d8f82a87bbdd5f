// `npm test`: every check and every test runner, then one line of totals over all of them.
// Static checks (typecheck, lint, format) count as one test each; vitest and Playwright report
// their own counts through their JSON reporters. Preparation steps (browser check, build) count
// only when they fail.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const steps = [
  { name: 'typecheck', command: 'npx tsc -b' },
  { name: 'lint', command: 'npx eslint . --max-warnings 0' },
  { name: 'format', command: 'npx prettier --check .' },
  {
    name: 'unit and integration (vitest)',
    command: 'npx vitest run',
    // The first pass is on SQLite, whatever the environment says; PostgreSQL gets its own.
    env: { TEST_DATABASE_URL: '' },
    report: 'test-results/vitest.json',
    read: readVitest,
  },
  postgresStep(),
  { name: 'e2e browser check', command: 'npx tsx scripts/ensure-chromium.ts', preparation: true },
  { name: 'build', command: 'npx vite build', preparation: true },
  // Every bench once in its smoke mode (scripts/bench-smoke.mjs), each a test: none breaks unseen.
  ...['bundle', 'wallet', 'decode', 'scan', 'outbox', 'app', 'history'].map((bench) => ({
    name: `bench:${bench} (smoke)`,
    command: `node scripts/bench-smoke.mjs ${bench}`,
  })),
  {
    name: 'e2e (Playwright)',
    command: 'npx playwright test',
    report: 'test-results/playwright.json',
    read: readPlaywright,
  },
  {
    // The terminal in WebKitGTK (WebDriver, under Xvfb) and Firefox ESR (WebDriver BiDi).
    name: 'e2e engines: WebKitGTK and Firefox ESR (vitest)',
    command: 'npx vitest run -c e2e/engines/vitest.config.ts',
    report: 'test-results/vitest-engines.json',
    read: readVitest,
  },
  {
    // N sales under injected faults (FAULT_SALES, 200 by default; 1,000 by hand).
    name: 'fault campaign (Playwright)',
    command: 'npx playwright test -c e2e/faults/playwright.config.ts',
    report: 'test-results/playwright-faults.json',
    read: readPlaywright,
  },
];

/**
 * The wallet server's own tests again, on PostgreSQL, when TEST_DATABASE_URL names a database
 * (`.ci/run` starts one). Without it there is nothing to run against, and the summary says so.
 */
function postgresStep() {
  const url = process.env.TEST_DATABASE_URL?.trim();
  if (!url) {
    return {
      name: 'wallet server on PostgreSQL',
      command:
        'echo "Not run: set TEST_DATABASE_URL to a PostgreSQL database (bash .ci/start-postgres prints one) to run the server tests on PostgreSQL too."',
      preparation: true,
    };
  }
  return {
    name: 'wallet server on PostgreSQL (vitest)',
    command: 'npx vitest run server --outputFile.json=test-results/vitest-postgres.json',
    report: 'test-results/vitest-postgres.json',
    read: readVitest,
  };
}

let passed = 0;
let failed = 0;
rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });

for (const step of steps) {
  console.log(`\n=== ${step.name}: ${step.command}`);
  const started = Date.now();
  const result = spawnSync(step.command, {
    shell: true,
    stdio: 'inherit',
    env: { ...process.env, ...step.env },
  });
  const ok = result.status === 0;
  console.log(
    `=== ${step.name}: ${ok ? 'ok' : `FAILED (exit ${result.status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  if (step.read) {
    const counts = step.read(step.report);
    passed += counts.passed;
    failed += counts.failed;
    // A runner that crashed before reporting still counts as a failure.
    if (!ok && counts.failed === 0) failed += 1;
  } else if (ok) {
    if (!step.preparation) passed += 1;
  } else {
    failed += 1;
  }
}

const summary = `${passed} passed, ${failed} failed`;
writeFileSync('test-results/summary.txt', `${summary}\n`);
console.log(`\n${summary}`);
process.exit(failed === 0 ? 0 : 1);

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

function readVitest(path) {
  const report = readJson(path);
  if (!report) return { passed: 0, failed: 0 };
  return { passed: report.numPassedTests ?? 0, failed: report.numFailedTests ?? 0 };
}

function readPlaywright(path) {
  const report = readJson(path);
  if (!report?.stats) return { passed: 0, failed: 0 };
  const { expected = 0, unexpected = 0, flaky = 0 } = report.stats;
  // A flaky test passed only on retry: that is a failure here.
  return { passed: expected, failed: unexpected + flaky };
}
