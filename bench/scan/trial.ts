import { watchFrames } from './frame-clock.ts';
import { watchLongTasks } from './long-tasks.ts';
import { failedTrial, noFrames, type FrameClockReport, type TrialReport } from './report.ts';

/** What a scanner page gives the harness: the video it renders to, and the texts it decodes. */
export type ScannerHooks = {
  onVideo: (video: HTMLVideoElement) => void;
  onText: (text: string) => void;
  /** Records a setting the scanner ended up with, for the report. */
  note: (key: string, value: string | number | boolean) => void;
};
export type StartScanner = (hooks: ScannerHooks) => Promise<() => Promise<void> | void>;

declare global {
  interface Window {
    /** Exposed by scripts/bench-scan.ts. */
    benchReport?: (report: TrialReport) => Promise<void>;
  }
}

const params = new URLSearchParams(location.search);
const EXPECTED = params.get('code') ?? '';
const CODE_FROM = Number(params.get('codeFrom'));
const TIMEOUT_MS = Number(params.get('timeoutMs'));
const PREROLL_MS = Number(params.get('prerollMs'));
/** Long-task entries arrive after their task ends, and the clock needs a frame with the code. */
const SETTLE_MS = 300;

/**
 * Runs one trial on this page: start the scanner, wait for the expected code or the timeout
 * (counted from the start), stop the scanner and report to the bench script.
 */
export async function runTrial(
  scanner: string,
  start: StartScanner,
  details: TrialReport['details'] = {},
): Promise<void> {
  let report: TrialReport;
  try {
    report = await measure(scanner, start, { ...details });
  } catch (thrown) {
    report = failedTrial(scanner, message(thrown), PREROLL_MS);
  }
  await window.benchReport?.(report);
}

async function measure(
  scanner: string,
  start: StartScanner,
  details: TrialReport['details'],
): Promise<TrialReport> {
  const longTasks = watchLongTasks();
  const clocks: ReturnType<typeof watchFrames>[] = [];
  const wrongTexts: string[] = [];
  let resolveDecoded: (at: number) => void = () => undefined;
  const decoded = new Promise<number>((resolve) => (resolveDecoded = resolve));
  const hooks: ScannerHooks = {
    onVideo: (video) => {
      if (clocks.length === 0) clocks.push(watchFrames(video, CODE_FROM));
    },
    onText: (text) => {
      const at = performance.now();
      if (text === EXPECTED) resolveDecoded(at);
      else if (wrongTexts.length < 5) wrongTexts.push(text);
    },
    note: (key, value) => (details[key] = value),
  };

  const preroll = await startCamera(PREROLL_MS);
  const startedAt = performance.now();
  const timedOut = delay(TIMEOUT_MS).then(() => null);
  let stop: Awaited<ReturnType<StartScanner>> | null = null;
  let error: string | null = null;
  let decodedAt: number | null = null;
  try {
    stop = await Promise.race([start(hooks), timedOut]);
    if (stop === null) error = `The scanner did not start within ${TIMEOUT_MS} ms`;
    else decodedAt = await Promise.race([decoded, timedOut]);
  } catch (thrown) {
    error = message(thrown);
  }
  const endedAt = performance.now();
  await delay(SETTLE_MS);
  const clock = clocks[0];
  clock?.stop();
  try {
    await stop?.();
  } catch (thrown) {
    details.stopError = message(thrown);
  }

  for (const track of preroll.getTracks()) track.stop();
  const frames = (await clock?.report()) ?? noFrames();
  const result = outcome(error, frames, decodedAt);
  return {
    scanner,
    outcome: result,
    latencyMs:
      result === 'decoded' && decodedAt !== null && frames.codeFrameAt !== null
        ? round(decodedAt - frames.codeFrameAt)
        : null,
    startToFirstFrameMs: frames.firstFrame
      ? round(frames.firstFrame.presentedAt - startedAt)
      : null,
    prerollMs: PREROLL_MS,
    wrongTexts,
    longTasks: longTasks.report(startedAt, endedAt),
    frames: params.has('trace') ? frames : { ...frames, trace: [] },
    error,
    details,
  };
}

/**
 * Opens the fake camera `ms` before the scanner does. The scanner's capture joins the running
 * one, so the code appears at a different point of the scanner's own decode cycle in each trial.
 */
async function startCamera(ms: number): Promise<MediaStream> {
  const stream = await navigator.mediaDevices.getUserMedia({ video: true });
  await delay(ms);
  return stream;
}

function outcome(
  error: string | null,
  frames: FrameClockReport,
  decodedAt: number | null,
): TrialReport['outcome'] {
  if (error !== null) return 'error';
  // The code was on screen before the scanner showed any frame: there is no start to time from.
  if (frames.firstFrame?.codeVisible === true) return 'invalid';
  if (decodedAt === null) return 'timeout';
  // Decoded, but the page never read a frame with the code, so there is nothing to time from.
  return frames.codeFrameAt === null ? 'invalid' : 'decoded';
}

function message(thrown: unknown): string {
  return thrown instanceof Error ? thrown.message : String(thrown);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
