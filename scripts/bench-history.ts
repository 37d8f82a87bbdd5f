// `npm run bench:history`: History with a 50,000-sale journal in the system Chromium, against the
// built app served as `npm start` serves it. The measuring is e2e/bench/history.bench.ts (it
// drives the page, so it is compiled with the DOM library); this script builds, runs it with
// Playwright, and prints its figures as one JSON object on stdout (progress on stderr).
// Options: --sales <n> (50000), --no-build.
import './bench-smoke/smoke-flag.ts';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const salesAt = args.indexOf('--sales');
const sales = salesAt >= 0 ? Number(args[salesAt + 1]) : 50_000;
if (!Number.isInteger(sales) || sales < 1 || sales > 500_000) {
  console.error('bench:history: --sales must be a whole number from 1 to 500000');
  process.exit(2);
}

if (!args.includes('--no-build')) {
  console.error('[bench:history] building: npx vite build');
  execFileSync('npx', ['vite', 'build'], { stdio: ['ignore', 2, 2] });
}
const outDir = mkdtempSync(join(tmpdir(), 'saoma-bench-history-out-'));
const out = join(outDir, 'figures.json');
try {
  execFileSync('npx', ['playwright', 'test', '--config', 'e2e/bench/playwright.config.ts'], {
    stdio: ['ignore', 2, 2],
    env: { ...process.env, BENCH_OUT: out, BENCH_SALES: String(sales) },
  });
  console.log(readFileSync(out, 'utf8'));
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
