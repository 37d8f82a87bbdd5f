import { mean, percentile, round } from './stats.ts';

export type ScoreSummary = {
  images: number;
  hits: number;
  misses: number;
  falsePositives: number;
  meanMs: number;
  p95Ms: number;
};

/**
 * Tallies results against expected texts: a hit is an exact match, a false positive any other
 * text (a misread, or a code in an image without one). Times are per decoded frame.
 */
export class Score {
  images = 0;
  hits = 0;
  falsePositives = 0;
  private noCodeImages = 0;
  private readonly times: number[] = [];
  private readonly noCodeTimes: number[] = [];

  add(expected: string | null, text: string | null, frameMs: number | readonly number[]): void {
    const times = typeof frameMs === 'number' ? [frameMs] : frameMs;
    this.images++;
    this.times.push(...times);
    if (expected === null) {
      this.noCodeImages++;
      this.noCodeTimes.push(...times);
    }
    if (text === null) return;
    if (text === expected) this.hits++;
    else this.falsePositives++;
  }

  summary(): ScoreSummary {
    return {
      images: this.images,
      hits: this.hits,
      misses: this.images - this.noCodeImages - this.hits,
      falsePositives: this.falsePositives,
      meanMs: round(mean(this.times)),
      p95Ms: round(percentile(this.times, 95)),
    };
  }

  /** Mean ms of a frame without any code: what scanning costs while nothing is shown. */
  noCodeMeanMs(): number | undefined {
    return this.noCodeTimes.length > 0 ? round(mean(this.noCodeTimes)) : undefined;
  }
}
