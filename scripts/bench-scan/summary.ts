import type { TrialReport } from '../../bench/scan/report.ts';

export type ScannerSummary = ReturnType<typeof summarise>;

export const GOAL = { saomaMedianMs: 150, saomaVsBestPeer: 0.5, saomaLongTasks: 0 };

/** Per-scanner figures: latency over decoded trials, long tasks over every trial. */
export function summarise(reports: readonly TrialReport[]) {
  const latencies = sorted(reports.map((r) => r.latencyMs));
  const count = (outcome: TrialReport['outcome']) =>
    reports.filter((r) => r.outcome === outcome).length;
  const sum = (of: (r: TrialReport) => number) => reports.reduce((total, r) => total + of(r), 0);
  return {
    trials: reports.length,
    decoded: count('decoded'),
    timeouts: count('timeout'),
    invalid: count('invalid'),
    errors: count('error'),
    latencyMs: {
      median: percentile(latencies, 0.5),
      p95: percentile(latencies, 0.95),
      min: latencies[0] ?? null,
      max: latencies.at(-1) ?? null,
    },
    longTasks: {
      count: sum((r) => r.longTasks.count),
      totalMs: sum((r) => r.longTasks.totalMs),
      maxMs: Math.max(0, ...reports.map((r) => r.longTasks.maxMs)),
      trialsWithAny: reports.filter((r) => r.longTasks.count > 0).length,
    },
    medianStartToFirstFrameMs: percentile(sorted(reports.map((r) => r.startToFirstFrameMs)), 0.5),
    videoSizes: [...new Set(reports.map((r) => r.frames.videoSize).filter(Boolean))],
    observerMsPerFrame:
      Math.round(
        (sum((r) => r.frames.observerMs) /
          Math.max(
            1,
            sum((r) => r.frames.framesSeen),
          )) *
          100,
      ) / 100,
    settings: reports.find((r) => r.outcome !== 'error')?.details ?? {},
    perTrial: reports.map(describeTrial),
  };
}

/** One line per trial, for the progress log and the report. */
export function describeTrial(report: TrialReport): string {
  const { longTasks, frames } = report;
  return [
    `preroll ${report.prerollMs} ms`,
    frames.firstFrame ? `first frame #${frames.firstFrame.index}` : 'no frame',
    report.latencyMs === null ? report.outcome : `${report.outcome} in ${report.latencyMs} ms`,
    `${longTasks.count} long tasks (${longTasks.totalMs} ms)`,
    report.error ?? '',
    frames.blankFrames > 0 ? `${frames.blankFrames} blank frames` : '',
    frames.unreadFrames > 0 ? `${frames.unreadFrames} unread frames (${frames.readError})` : '',
    report.wrongTexts.length > 0 ? `also read ${report.wrongTexts.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/** Null when Saoma or both peers have no decoded trial to compare. */
export function meetsGoal(results: Partial<Record<string, ScannerSummary>>): boolean | null {
  const saoma = results.saoma;
  const peerMedians = [results['zxing-browser'], results['html5-qrcode']]
    .map((peer) => peer?.latencyMs.median ?? null)
    .filter((ms) => ms !== null);
  const median = saoma?.latencyMs.median ?? null;
  if (!saoma || median === null || peerMedians.length === 0) return null;
  return (
    saoma.decoded === saoma.trials &&
    median <= GOAL.saomaMedianMs &&
    median <= GOAL.saomaVsBestPeer * Math.min(...peerMedians) &&
    saoma.longTasks.count === GOAL.saomaLongTasks
  );
}

function sorted(values: readonly (number | null)[]): number[] {
  return values.filter((value) => value !== null).sort((a, b) => a - b);
}

/** Nearest-rank percentile of sorted values. */
function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  return values[Math.min(values.length - 1, Math.ceil(p * values.length) - 1)] ?? null;
}
