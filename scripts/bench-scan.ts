// `npm run bench:scan`: time from a payment code's first camera frame to the decoded result, for
// Saoma's scanner and two peers, in real Chromium with a fake camera (docs/SCANNER.md). Prints
// one JSON object on stdout; progress goes to stderr. Options: --trials <n> (10 per scanner),
// --timeout-ms <ms> (10000; a trial without a result by then is a miss), --scanners <list>
// (saoma,zxing-browser,html5-qrcode), --trace (each trial's frame timings on stderr).
import './bench-smoke/smoke-flag.ts';
import { chromium, type Browser } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { VIDEO } from '../bench/scan/marker.ts';
import type { TrialReport } from '../bench/scan/report.ts';
import { CHROMIUM_ARGS, fakeCameraArgs, findSystemChromium } from '../e2e/support/chromium.ts';
import { buildPages, type ScannerName } from './bench-scan/build-pages.ts';
import { readOptions } from './bench-scan/options.ts';
import { runTrial } from './bench-scan/run-trial.ts';
import { serveStatic } from './bench-scan/static-server.ts';
import {
  GOAL,
  describeTrial,
  meetsGoal,
  summarise,
  type ScannerSummary,
} from './bench-scan/summary.ts';
import { formatTrace } from './bench-scan/trace.ts';
import { writeBenchVideo } from './bench-scan/video.ts';

/** A WeChat Pay code (18 digits starting 13). */
const CODE = '134567890123456789';
/**
 * The camera shows no code for 2 s, then the code for 2 s, and loops. Trial n (of N) starts its
 * scanner (n + ½)/N × PHASE_SPREAD_MS after the camera, so the code appears 1 to 2 s after the
 * scanner starts, at evenly spread points of its decode cycle (the peers' is 500 ms plus a
 * decode, under 1 s).
 */
const LEAD_FRAMES = 2 * VIDEO.fps;
const CODE_FRAMES = 2 * VIDEO.fps;
const PHASE_SPREAD_MS = 1000;
const CACHE = resolve('node_modules/.cache/bench-scan');
const PEER_DEFAULTS = {
  'zxing-browser':
    'new BrowserMultiFormatReader() + decodeFromVideoDevice(undefined, video): every format, no hints, 500 ms between attempts, on the main thread',
  'html5-qrcode':
    "new Html5Qrcode(id).start({ facingMode: 'environment' }, undefined): fps 2, the whole viewfinder, an inverted retry on each miss, BarcodeDetector first when the browser has it, on the main thread",
};

const options = readOptions();
const log = (message: string) => console.error(`[bench:scan] ${message}`);

await mkdir(CACHE, { recursive: true });
const videoPath = join(CACHE, 'camera.y4m');
log(`writing ${LEAD_FRAMES + CODE_FRAMES} frames of ${VIDEO.width}×${VIDEO.height}: ${videoPath}`);
await writeBenchVideo({
  path: videoPath,
  code: CODE,
  leadFrames: LEAD_FRAMES,
  codeFrames: CODE_FRAMES,
});
log(`building pages for ${options.scanners.join(', ')}`);
const pagesDir = join(CACHE, 'pages');
const { built, saomaError } = await buildPages(options.scanners, pagesDir);
const skipped = { ...options.skipped };
if (saomaError !== null) {
  skipped.saoma = `its page did not build: ${saomaError}`;
  log(`skipping saoma, ${skipped.saoma}`);
}
const server = await serveStatic(pagesDir);
const reports = new Map<ScannerName, TrialReport[]>(built.map((name) => [name, []]));
let browser: Browser | null = null;
try {
  const executablePath = findSystemChromium();
  browser = await chromium.launch({
    args: [...CHROMIUM_ARGS, ...fakeCameraArgs(videoPath)],
    ...(executablePath ? { executablePath } : {}),
  });
  const query = new URLSearchParams({
    code: CODE,
    codeFrom: String(LEAD_FRAMES),
    timeoutMs: String(options.timeoutMs),
    ...(options.trace ? { trace: '1' } : {}),
  });
  for (let round = 0; round < options.trials; round++) {
    // Rotate the order so that no scanner always runs right after the same one.
    const shift = round % built.length;
    const order = [...built.slice(shift), ...built.slice(0, shift)];
    const prerollMs = Math.round(((round + 0.5) / options.trials) * PHASE_SPREAD_MS);
    query.set('prerollMs', String(prerollMs));
    for (const scanner of order) {
      const url = `${server.origin}/${scanner}.html?${query.toString()}`;
      const report = await runTrial(browser, scanner, url, options.timeoutMs, log);
      reports.get(scanner)?.push(report);
      log(`${scanner} ${round + 1}/${options.trials}: ${describeTrial(report)}`);
      if (options.trace) {
        log(`frames, ms from the code's first frame:\n${formatTrace(report.frames)}`);
      }
    }
  }
} finally {
  await browser?.close();
  server.close();
}

const results: Partial<Record<ScannerName, ScannerSummary>> = {};
for (const [name, list] of reports) results[name] = summarise(list);
const result = {
  video: { ...VIDEO, code: CODE, codeFromFrame: LEAD_FRAMES, frames: LEAD_FRAMES + CODE_FRAMES },
  trialsPerScanner: options.trials,
  timeoutMs: options.timeoutMs,
  peerDefaults: PEER_DEFAULTS,
  skipped,
  scanners: results,
  goal: GOAL,
  meetsGoal: meetsGoal(results),
};
console.log(JSON.stringify(result, null, 2));
