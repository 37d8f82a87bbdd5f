import type { z } from './zod.ts';

/**
 * What no stored name or note may hold: C0 and C1 control characters, DEL, and the bidirectional
 * formatting characters (embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069, the
 * marks U+200E, U+200F and U+061C). A receipt, a statement or a log line shows these texts to
 * people, and such characters could hide or reorder what they read ("Trojan Source").
 */
const FORBIDDEN_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x001f],
  [0x007f, 0x009f],
  [0x061c, 0x061c],
  [0x200e, 0x200f],
  [0x202a, 0x202e],
  [0x2066, 0x2069],
];

export const PLAIN_TEXT_MESSAGE =
  'must not contain control characters or bidirectional formatting characters';

export function isPlainText(text: string): boolean {
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (FORBIDDEN_RANGES.some(([low, high]) => code >= low && code <= high)) return false;
  }
  return true;
}

/**
 * Makes a string schema a free-text field: the text (after any trim) is refused, at the field's
 * path, when it is not plain. Every stored name, subject and reason goes through it.
 */
export function plainText<Schema extends z.ZodString>(schema: Schema): Schema {
  return schema.refine(isPlainText, PLAIN_TEXT_MESSAGE);
}
