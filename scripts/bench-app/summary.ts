import type { Result } from 'lighthouse';
import { CATEGORIES } from './run-lighthouse.ts';
import type { InitialAssets } from './initial-js.ts';

export const GOALS = {
  performance: 95,
  accessibility: 100,
  bestPractices: 100,
  initialJsGzipKB: 200,
} as const;

type Audit = Result['audits'][string];

export type FailedAudit = {
  category: string;
  id: string;
  title: string;
  score: number | null;
  weight: number;
  displayValue?: string;
};

const score100 = (lhr: Result, id: string) => {
  const score = lhr.categories[id]?.score;
  return score === null || score === undefined ? null : Math.round(score * 100);
};

const numeric = (audit: Audit | undefined) =>
  audit?.numericValue === undefined ? null : Math.round(audit.numericValue);

/** Audits that cost points: weighted ones below a full score, in every measured category. */
export function failedAudits(lhr: Result): FailedAudit[] {
  return CATEGORIES.flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? []).flatMap((ref) => {
      const audit = lhr.audits[ref.id];
      if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) return [];
      return [
        {
          category,
          id: ref.id,
          title: audit.title,
          score: audit.score,
          weight: ref.weight,
          ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
        },
      ];
    }),
  );
}

/**
 * Unweighted performance diagnostics and insights that did not pass (score below 0.9): what to
 * look at next, though they cost no points by themselves.
 */
export function diagnostics(lhr: Result): Array<Omit<FailedAudit, 'category' | 'weight'>> {
  return (lhr.categories.performance?.auditRefs ?? []).flatMap((ref) => {
    const audit = lhr.audits[ref.id];
    const scored =
      audit?.scoreDisplayMode === 'metricSavings' || audit?.scoreDisplayMode === 'binary';
    if (!audit || ref.weight > 0 || !scored || audit.score === null || audit.score >= 0.9) {
      return [];
    }
    return [
      {
        id: ref.id,
        title: audit.title,
        score: audit.score,
        ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
      },
    ];
  });
}

export function summarise(lhr: Result, assets: InitialAssets, preset: string) {
  const performance = score100(lhr, 'performance');
  const accessibility = score100(lhr, 'accessibility');
  const bestPractices = score100(lhr, 'best-practices');
  const initialJsGzipKB = Math.round((assets.jsGzipBytes / 1024) * 10) / 10;
  return {
    url: lhr.finalDisplayedUrl,
    lighthouse: lhr.lighthouseVersion,
    preset,
    formFactor: lhr.configSettings.formFactor,
    throttling: lhr.configSettings.throttlingMethod,
    scores: { performance, accessibility, bestPractices },
    metrics: {
      lcpMs: numeric(lhr.audits['largest-contentful-paint']),
      tbtMs: numeric(lhr.audits['total-blocking-time']),
      fcpMs: numeric(lhr.audits['first-contentful-paint']),
      cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? null,
      speedIndexMs: numeric(lhr.audits['speed-index']),
    },
    initialJs: {
      gzipBytes: assets.jsGzipBytes,
      gzipKB: initialJsGzipKB,
      files: assets.js,
    },
    initialCss: { gzipBytes: assets.cssGzipBytes, files: assets.css },
    goals: {
      ...GOALS,
      met: {
        performance: performance !== null && performance >= GOALS.performance,
        accessibility: accessibility !== null && accessibility >= GOALS.accessibility,
        bestPractices: bestPractices !== null && bestPractices >= GOALS.bestPractices,
        initialJs: initialJsGzipKB <= GOALS.initialJsGzipKB,
      },
    },
    failedAudits: failedAudits(lhr),
    diagnostics: diagnostics(lhr),
  };
}
