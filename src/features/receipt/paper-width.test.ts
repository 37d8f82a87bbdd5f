import { describe, expect, it } from 'vitest';
import {
  PAPER_WIDTH_KEY,
  parsePaperWidth,
  rememberedPaperWidth,
  rememberPaperWidth,
} from './paper-width.ts';

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

const blocked = {
  getItem: (): string | null => {
    throw new DOMException('blocked', 'SecurityError');
  },
  setItem: (): void => {
    throw new DOMException('blocked', 'SecurityError');
  },
};

describe('the paper width', () => {
  it('reads the two widths we print on, and nothing else', () => {
    expect(parsePaperWidth('58')).toBe(58);
    expect(parsePaperWidth('80')).toBe(80);
    for (const stored of [null, '', '57', '80mm', ' 80', '8e1', 'NaN', '{"w":80}']) {
      expect(parsePaperWidth(stored), String(stored)).toBe(58);
    }
  });

  it('is remembered under saoma.receiptWidth and read back', () => {
    const storage = memoryStorage();
    expect(rememberedPaperWidth(storage)).toBe(58);
    rememberPaperWidth(80, storage);
    expect(storage.items.get(PAPER_WIDTH_KEY)).toBe('80');
    expect(rememberedPaperWidth(storage)).toBe(80);
  });

  it('falls back to 58 mm when the stored value was tampered with', () => {
    expect(rememberedPaperWidth(memoryStorage({ [PAPER_WIDTH_KEY]: '1000' }))).toBe(58);
  });

  it('works without storage, or with storage that throws', () => {
    expect(rememberedPaperWidth(null)).toBe(58);
    expect(rememberedPaperWidth(blocked)).toBe(58);
    expect(() => {
      rememberPaperWidth(80, blocked);
    }).not.toThrow();
  });
});
