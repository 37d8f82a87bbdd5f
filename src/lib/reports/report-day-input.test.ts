import { describe, expect, it } from 'vitest';
import { parseReportDay } from './report-day-input.ts';

const TODAY = '2026-11-21';

describe('parseReportDay', () => {
  it('takes today and any earlier real day', () => {
    expect(parseReportDay('2026-11-21', TODAY)).toEqual({ ok: true, day: '2026-11-21' });
    expect(parseReportDay(' 2024-02-29 ', TODAY)).toEqual({ ok: true, day: '2024-02-29' });
  });

  it('says what is wrong with a day it refuses', () => {
    expect(parseReportDay('', TODAY)).toEqual({ ok: false, error: 'Enter a day.' });
    expect(parseReportDay('21/11/2026', TODAY)).toEqual({
      ok: false,
      error: 'Enter the day as YYYY-MM-DD, e.g. 2026-11-21.',
    });
    expect(parseReportDay('2026-02-30', TODAY)).toEqual({
      ok: false,
      error: 'There is no day 2026-02-30 in the calendar.',
    });
    expect(parseReportDay('2026-11-22', TODAY)).toEqual({
      ok: false,
      error: '2026-11-22 has not begun yet: pick today or an earlier day.',
    });
  });
});
