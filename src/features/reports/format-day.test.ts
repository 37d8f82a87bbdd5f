import { describe, expect, it } from 'vitest';
import { formatDay } from './format-day.ts';

describe('formatDay', () => {
  it('writes the day in words in either language, whatever the time zone', () => {
    expect(formatDay('2026-11-21', 'en')).toBe('Saturday, November 21, 2026');
    expect(formatDay('2026-11-21', 'zh-CN')).toBe('2026年11月21日星期六');
  });

  it('leaves text that is not a day as it is', () => {
    expect(formatDay('someday', 'en')).toBe('someday');
  });
});
