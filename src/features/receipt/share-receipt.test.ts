import { describe, expect, it } from 'vitest';
import { shareReceipt, type ShareTarget } from './share-receipt.ts';

const DATA = { title: 'Receipt SO1', text: 'Amount ¥10.00\nCode 28************3456\n' };

function recorder() {
  const shared: ShareData[] = [];
  const copied: string[] = [];
  return {
    shared,
    copied,
    share: (data: ShareData) => {
      shared.push(data);
      return Promise.resolve();
    },
    clipboard: {
      writeText: (text: string) => {
        copied.push(text);
        return Promise.resolve();
      },
    },
  };
}

const rejecting = (name: string) => () => Promise.reject(new DOMException('no', name));

describe('shareReceipt', () => {
  it('uses the share sheet with the title and text where there is one', async () => {
    const target = recorder();
    expect(await shareReceipt({ ...target, canShare: () => true }, DATA)).toBe('shared');
    expect(target.shared).toEqual([DATA]);
    expect(target.copied).toEqual([]);
  });

  it('shares when canShare is missing (older browsers with share only)', async () => {
    const target = recorder();
    expect(await shareReceipt(target, DATA)).toBe('shared');
  });

  it('treats a cancelled share sheet as no error, and copies nothing', async () => {
    const target = recorder();
    expect(await shareReceipt({ ...target, share: rejecting('AbortError') }, DATA)).toBe(
      'cancelled',
    );
    expect(target.copied).toEqual([]);
  });

  it('copies the text when there is no share sheet', async () => {
    const target = recorder();
    expect(await shareReceipt({ clipboard: target.clipboard }, DATA)).toBe('copied');
    expect(target.copied).toEqual([DATA.text]);
  });

  it('copies when the browser says it cannot share the text', async () => {
    const target = recorder();
    expect(await shareReceipt({ ...target, canShare: () => false }, DATA)).toBe('copied');
    expect(target.shared).toEqual([]);
  });

  it('copies when sharing fails for another reason than a cancel', async () => {
    const target = recorder();
    const outcome = await shareReceipt({ ...target, share: rejecting('NotAllowedError') }, DATA);
    expect(outcome).toBe('copied');
    expect(target.copied).toEqual([DATA.text]);
  });

  it('asks for copying by hand when neither works', async () => {
    const broken: ShareTarget = {
      share: rejecting('NotAllowedError'),
      clipboard: { writeText: rejecting('NotAllowedError') },
    };
    expect(await shareReceipt(broken, DATA)).toBe('manual');
    expect(await shareReceipt({}, DATA)).toBe('manual');
  });
});
