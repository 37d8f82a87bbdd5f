import { shopTimeZone, wallClockAt } from '../calendar-day/calendar-day.ts';

/** Saves `csv` as a file named `fileName` through the browser's ordinary download. */
export function downloadCsv(fileName: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoked on a later task: some browsers start reading the blob only after click() returns.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

/**
 * A file name that sorts by time and says what it holds: "saoma-pending-20261121-080000.csv",
 * the time as the clock on the shop's wall shows it (the day is the shop's calendar day).
 */
export function csvFileName(what: string, at: Date, timeZone: string = shopTimeZone()): string {
  const clock = wallClockAt(at.getTime(), timeZone);
  const two = (value: number) => String(value).padStart(2, '0');
  const day = `${String(clock.year).padStart(4, '0')}${two(clock.month)}${two(clock.day)}`;
  return `saoma-${what}-${day}-${two(clock.hour)}${two(clock.minute)}${two(clock.second)}.csv`;
}
