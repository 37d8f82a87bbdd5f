import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPlainText, PLAIN_TEXT_MESSAGE, plainText } from './plain-text.ts';
import { z } from './zod.ts';

const FORBIDDEN: number[] = [
  ...Array.from({ length: 0x20 }, (_, i) => i),
  ...Array.from({ length: 0x21 }, (_, i) => 0x7f + i),
  0x061c,
  0x200e,
  0x200f,
  0x202a,
  0x202b,
  0x202c,
  0x202d,
  0x202e,
  0x2066,
  0x2067,
  0x2068,
  0x2069,
];

const ordinary = fc.string({ unit: 'grapheme', maxLength: 20 }).filter((text) => {
  for (const char of text) if (FORBIDDEN.includes(char.codePointAt(0) ?? 0)) return false;
  return true;
});

describe('plain text (names, subjects, reasons)', () => {
  it('refuses every control and bidi formatting character, wherever it stands', () => {
    fc.assert(
      fc.property(ordinary, ordinary, fc.constantFrom(...FORBIDDEN), (before, after, code) => {
        expect(isPlainText(`${before}${String.fromCodePoint(code)}${after}`)).toBe(false);
      }),
    );
  });

  it('takes any other text: Chinese, emoji, accents, spaces, the zero-width joiner', () => {
    fc.assert(
      fc.property(ordinary, (text) => {
        expect(isPlainText(text)).toBe(true);
      }),
    );
    for (const text of ['奶茶店 1 号', 'Café «Zoë»', '👩‍🍳 Till', 'a\u200db', '']) {
      expect(isPlainText(text), text).toBe(true);
    }
  });

  it('reports the field by its path, after the schema trimmed the text', () => {
    const schema = z.object({ name: plainText(z.string().trim().min(1)) });
    expect(schema.parse({ name: '  Till 1\n' })).toEqual({ name: 'Till 1' });
    const refused = schema.safeParse({ name: 'Till \u202e1' });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues).toEqual([
      expect.objectContaining({ path: ['name'], message: PLAIN_TEXT_MESSAGE }),
    ]);
  });
});
