import type { LongTaskReport } from './report.ts';

/** Main-thread tasks over 50 ms. Register before the scanner starts; buffered catches early ones. */
export function watchLongTasks() {
  const entries: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
  observer.observe({ type: 'longtask', buffered: true });
  return {
    /** Tasks that overlap [from, to]; call after the last task of interest has ended. */
    report(from: number, to: number): LongTaskReport {
      entries.push(...observer.takeRecords());
      observer.disconnect();
      const inWindow = entries.filter((e) => e.startTime + e.duration >= from && e.startTime <= to);
      return {
        count: inWindow.length,
        totalMs: Math.round(inWindow.reduce((sum, e) => sum + e.duration, 0)),
        maxMs: Math.round(Math.max(0, ...inWindow.map((e) => e.duration))),
      };
    },
  };
}
