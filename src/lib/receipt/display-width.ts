/**
 * Code points that take two columns on a fixed-width display or a receipt printer: the East
 * Asian Wide and Fullwidth ranges (CJK ideographs and punctuation, kana, hangul, fullwidth forms).
 */
const WIDE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x20000, 0x3fffd],
];

function charWidth(char: string): 1 | 2 {
  const code = char.codePointAt(0) ?? 0;
  return WIDE_RANGES.some(([from, to]) => code >= from && code <= to) ? 2 : 1;
}

/** How many columns a text takes: 2 for each wide (CJK) character, 1 for any other. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

/**
 * Breaks a text into lines of at most `width` columns: at spaces where it can, and inside a word
 * (or between CJK characters, which need no spaces) where a word alone is too wide.
 */
export function wrapToWidth(text: string, width: number): string[] {
  if (!Number.isInteger(width) || width < 2) {
    throw new RangeError(`A line must be at least 2 columns wide, got ${String(width)}`);
  }
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((part) => part !== '')) {
    const joined = line === '' ? word : `${line} ${word}`;
    if (displayWidth(joined) <= width) {
      line = joined;
      continue;
    }
    if (line !== '') lines.push(line);
    line = '';
    for (const piece of splitWord(word, width)) {
      if (line !== '') lines.push(line);
      line = piece;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

function splitWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (displayWidth(piece) + charWidth(char) > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  pieces.push(piece);
  return pieces;
}

/** Spaces that take a text to `width` columns on its left (right-aligned). */
export function padStartToWidth(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}

/** A text centred in `width` columns, without trailing spaces. */
export function centreInWidth(text: string, width: number): string {
  return ' '.repeat(Math.max(0, Math.floor((width - displayWidth(text)) / 2))) + text;
}
