import { afterEach, describe, expect, it, vi } from 'vitest';
import { csvFileName, downloadCsv } from './download.ts';

type FakeLink = {
  href: string;
  download: string;
  hidden: boolean;
  click: () => void;
  remove: () => void;
};

describe('downloadCsv', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('clicks a temporary download link to a CSV blob, then removes it and frees the blob', async () => {
    vi.useFakeTimers();
    const events: string[] = [];
    let blob: Blob | undefined;
    const link: FakeLink = {
      href: '',
      download: '',
      hidden: false,
      click: () => events.push(`click ${link.download} ${link.href}`),
      remove: () => events.push('remove'),
    };
    vi.stubGlobal('document', {
      createElement: (tag: string) => {
        expect(tag).toBe('a');
        return link;
      },
      body: { append: () => events.push('append') },
    });
    vi.stubGlobal('URL', {
      createObjectURL: (made: Blob) => {
        blob = made;
        return 'blob:csv';
      },
      revokeObjectURL: (url: string) => events.push(`revoke ${url}`),
    });

    downloadCsv('pending.csv', '\uFEFFa,b\r\n');

    expect(events).toEqual(['append', 'click pending.csv blob:csv', 'remove']);
    vi.runAllTimers();
    expect(events.at(-1)).toBe('revoke blob:csv');
    expect(link.hidden).toBe(true);
    expect(blob?.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array((await blob?.arrayBuffer()) ?? new ArrayBuffer(0));
    expect([...bytes]).toEqual([0xef, 0xbb, 0xbf, 0x61, 0x2c, 0x62, 0x0d, 0x0a]);
  });
});

describe('csvFileName', () => {
  it('names the file after what it holds and when, in UTC', () => {
    expect(csvFileName('pending', new Date('2026-11-21T08:09:10.123Z'), 'UTC')).toBe(
      'saoma-pending-20261121-080910.csv',
    );
  });

  it('stamps the shop’s wall clock and calendar day (Asia/Shanghai, Europe/Berlin in summer)', () => {
    const lateUtc = new Date('2026-11-20T16:30:05.000Z');
    expect(csvFileName('journal', lateUtc, 'Asia/Shanghai')).toBe(
      'saoma-journal-20261121-003005.csv',
    );
    expect(csvFileName('journal', new Date('2026-07-01T22:15:00Z'), 'Europe/Berlin')).toBe(
      'saoma-journal-20260702-001500.csv',
    );
  });
});
