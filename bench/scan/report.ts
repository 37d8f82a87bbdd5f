// What a trial page reports to scripts/bench-scan.ts. Times are performance.now() milliseconds.

/** One frame the page saw on the scanner's video element. */
export type SeenFrame = {
  index: number;
  codeVisible: boolean;
  /** When the page's frame callback ran. */
  callbackAt: number;
  presentedAt: number;
  capturedAt: number | null;
};

export type FrameClockReport = {
  videoSize: string;
  framesSeen: number;
  /** Frames without the marker (blank), and frames that could not be read, with the last why. */
  blankFrames: number;
  unreadFrames: number;
  readError: string | null;
  /** Main-thread time this observer itself spent reading markers. */
  observerMs: number;
  firstFrame: SeenFrame | null;
  /** The first frame seen with the code, and the code's first frame's time derived from it. */
  firstCodeFrame: SeenFrame | null;
  codeFrameAt: number | null;
  trace: SeenFrame[];
};

export type LongTaskReport = { count: number; totalMs: number; maxMs: number };

export type TrialReport = {
  scanner: string;
  /** `invalid`: no code frame to time from (already showing on the first frame, or unread). */
  outcome: 'decoded' | 'timeout' | 'invalid' | 'error';
  latencyMs: number | null;
  /** From calling the scanner's start to the first frame on its video element. */
  startToFirstFrameMs: number | null;
  /** How long the camera ran before the scanner started (spreads the code's phase). */
  prerollMs: number;
  wrongTexts: string[];
  longTasks: LongTaskReport;
  frames: FrameClockReport;
  error: string | null;
  details: Record<string, string | number | boolean>;
};

export function noFrames(): FrameClockReport {
  return {
    videoSize: '',
    framesSeen: 0,
    blankFrames: 0,
    unreadFrames: 0,
    readError: null,
    observerMs: 0,
    firstFrame: null,
    firstCodeFrame: null,
    codeFrameAt: null,
    trace: [],
  };
}

/** The report of a trial that could not run. */
export function failedTrial(scanner: string, error: string, prerollMs = 0): TrialReport {
  return {
    scanner,
    outcome: 'error',
    latencyMs: null,
    startToFirstFrameMs: null,
    prerollMs,
    wrongTexts: [],
    longTasks: { count: 0, totalMs: 0, maxMs: 0 },
    frames: noFrames(),
    error,
    details: {},
  };
}
