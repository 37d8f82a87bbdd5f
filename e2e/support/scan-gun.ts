import type { Page } from '@playwright/test';

/**
 * Types `text` and Enter the way a keyboard-wedge scanner does: a few milliseconds per key. The
 * key events carry explicit timestamps, so the page sees the same gaps however busy the test
 * machine is.
 */
export async function scanWithGun(page: Page, text: string, gapMs = 8): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const start = Date.now() / 1000;
  const keys = Array.from(text).map((char) => ({ key: char, text: char, code: codeOf(char) }));
  keys.push({ key: 'Enter', text: '\r', code: 'Enter' });
  try {
    for (const [i, { key, text: typed, code }] of keys.entries()) {
      const timestamp = start + (i * gapMs) / 1000;
      const common = { key, code, timestamp, windowsVirtualKeyCode: virtualKey(key) };
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', text: typed, ...common });
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...common });
    }
  } finally {
    await cdp.detach();
  }
}

function codeOf(char: string): string {
  return /\d/.test(char) ? `Digit${char}` : `Key${char.toUpperCase()}`;
}

function virtualKey(key: string): number {
  return key === 'Enter' ? 13 : key.toUpperCase().charCodeAt(0);
}
