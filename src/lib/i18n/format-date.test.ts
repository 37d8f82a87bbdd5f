import { describe, expect, it } from 'vitest';
import { formatDateTime, formatTime } from './format-date.ts';

const AT = new Date(2026, 10, 21, 8, 5, 9);

describe('formatDateTime and formatTime', () => {
  it('use Intl.DateTimeFormat in the language', () => {
    const dateTime = { dateStyle: 'medium', timeStyle: 'medium' } as const;
    expect(formatDateTime(AT, 'en')).toBe(new Intl.DateTimeFormat('en', dateTime).format(AT));
    expect(formatDateTime(AT, 'en')).toMatch(/^Nov 21, 2026, 8:05:09\sAM$/);
    expect(formatDateTime(AT.getTime(), 'zh-CN')).toBe('2026年11月21日 08:05:09');
    expect(formatDateTime(AT.toISOString(), 'zh-CN')).toBe('2026年11月21日 08:05:09');
    expect(formatTime(AT, 'en')).toMatch(/^8:05:09\sAM$/);
    expect(formatTime(AT, 'zh-CN')).toBe('08:05:09');
  });

  it('shows an unreadable moment as nothing', () => {
    expect(formatDateTime('not a date', 'en')).toBe('');
  });
});
