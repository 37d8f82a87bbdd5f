// `npm run bench:app`: Lighthouse on the built terminal, served as `npm start` serves it (a fresh
// data directory, demo mode, a free port), in the system Chromium. Prints one JSON object on
// stdout: the performance, accessibility and best-practices scores, LCP and TBT, the initial JS
// gzipped, the goals, and the audits that cost points, of the median of --runs runs (3), with
// each run's scores. Progress goes to stderr. Options:
// --preset mobile|desktop (mobile: Lighthouse's default), --no-build (use dist/ as it is),
// --report <file> (also write Lighthouse's full JSON report there), --url <url> (measure an app
// already served there instead; the initial JS is still measured from dist/).
import './bench-smoke/smoke-flag.ts';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findSystemChromium } from '../e2e/support/chromium.ts';
import { startServer } from '../server/reliability/server-process.ts';
import { measureInitialAssets } from './bench-app/initial-js.ts';
import { readOptions } from './bench-app/options.ts';
import { runLighthouse } from './bench-app/run-lighthouse.ts';
import type { Result } from 'lighthouse';
import { summarise } from './bench-app/summary.ts';

const log = (message: string) => console.error(`[bench:app] ${message}`);
const options = readOptions();

if (options.build) {
  log('building: npx vite build');
  // Vite's output goes to stderr, with the progress: stdout carries only the JSON.
  execFileSync('npx', ['vite', 'build'], { stdio: ['ignore', 2, 2] });
}
const assets = measureInitialAssets(resolve('dist'));

const chromePath = process.env.CHROME_PATH ?? findSystemChromium();
if (chromePath) process.env.CHROME_PATH = chromePath;
log(`Chromium: ${chromePath ?? 'chrome-launcher looks for one'}`);

async function measure(url: string): Promise<void> {
  // Scores move by several points from run to run on a busy machine: report the median run.
  const runs: Result[] = [];
  for (let run = 1; run <= options.runs; run += 1) {
    log(`Lighthouse (${options.preset}) on ${url}, run ${run} of ${options.runs}`);
    runs.push(await runLighthouse(url, chromePath, options.preset));
  }
  const lhr = medianRun(runs);
  if (options.report) {
    writeFileSync(options.report, JSON.stringify(lhr, null, 2));
    log(`full report of the median run: ${resolve(options.report)}`);
  }
  const summary = summarise(lhr, assets, options.preset);
  const perRun = runs.map((run) => summarise(run, assets, options.preset));
  console.log(
    JSON.stringify(
      {
        ...summary,
        runs: perRun.map((run) => ({
          performance: run.scores.performance,
          bestPractices: run.scores.bestPractices,
          lcpMs: run.metrics.lcpMs,
          tbtMs: run.metrics.tbtMs,
        })),
      },
      null,
      2,
    ),
  );
}

if (options.url !== null) {
  await measure(options.url);
} else {
  const dataDir = mkdtempSync(join(tmpdir(), 'saoma-bench-app-'));
  const server = await startServer({
    PORT: '0',
    DATA_DIR: dataDir,
    DEMO: '1',
    OPEN_RATE_LIMIT_PER_MINUTE: '100000',
  });
  try {
    await measure(`${server.origin}/`);
  } finally {
    await server.stop('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The run whose performance score is the median one (the middle run when sorted by it). */
function medianRun(runs: readonly Result[]): Result {
  const sorted = [...runs].sort(
    (a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0),
  );
  const median = sorted[Math.floor(sorted.length / 2)];
  if (!median) throw new Error('Lighthouse made no run');
  return median;
}
