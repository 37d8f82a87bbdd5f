export type Latency = { p50Ms: number; p95Ms: number; meanMs: number; maxMs: number };

/** Nearest-rank percentiles, the mean and the maximum, to 0.01 ms. */
export function latency(samples: readonly number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? 0;
  return {
    p50Ms: round(rank(0.5)),
    p95Ms: round(rank(0.95)),
    meanMs: round(mean(samples)),
    maxMs: round(sorted.at(-1) ?? 0),
  };
}

/** The mean of the first and of the last tenth of the samples: does the cost grow with the journal? */
export function trend(samples: readonly number[]): {
  firstTenthMeanMs: number;
  lastTenthMeanMs: number;
} {
  const tenth = Math.max(1, Math.floor(samples.length / 10));
  return {
    firstTenthMeanMs: round(mean(samples.slice(0, tenth))),
    lastTenthMeanMs: round(mean(samples.slice(-tenth))),
  };
}

function mean(samples: readonly number[]): number {
  return samples.length === 0 ? 0 : samples.reduce((sum, x) => sum + x, 0) / samples.length;
}

export function round(value: number, digits = 2): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
