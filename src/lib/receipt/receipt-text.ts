import type { Translate } from '../i18n/catalogue-types.ts';
import { currentLanguage } from '../i18n/language-store.ts';
import type { Language } from '../i18n/languages.ts';
import { centreInWidth, displayWidth, padStartToWidth, wrapToWidth } from './display-width.ts';
import type { Receipt } from './receipt.ts';
import { receiptRows, type ReceiptRow } from './receipt-rows.ts';

/** Characters per line of a 58 mm roll printer's standard font (12 × 24 dots on 384 dots). */
export const RECEIPT_COLUMNS = 32;

export type ReceiptTextOptions = { language?: Language; width?: number };

/**
 * The receipt as plain text for sharing and copying: no line wider than `width` columns (CJK
 * characters count two), labels on the left and values on the right, blocks set off by rules.
 */
export function receiptText(
  receipt: Receipt,
  t: Translate,
  { language = currentLanguage(), width = RECEIPT_COLUMNS }: ReceiptTextOptions = {},
): string {
  const words = receiptRows(receipt, t, language);
  const lines: string[] = [];
  if (words.merchantName !== undefined) {
    for (const line of wrapToWidth(words.merchantName, width))
      lines.push(centreInWidth(line, width));
  }
  lines.push(centreInWidth(words.title, width));
  for (const block of words.blocks) {
    lines.push((block.kind === 'net' ? '=' : '-').repeat(width));
    for (const row of block.rows) lines.push(...rowLines(row, width));
  }
  return `${lines.join('\n')}\n`;
}

/** One line with the value right-aligned when both fit; otherwise the label, then the value. */
function rowLines({ label, value }: ReceiptRow, width: number): string[] {
  const room = width - displayWidth(label) - 1;
  if (displayWidth(value) <= room) return [label + padStartToWidth(value, room + 1)];
  return [
    ...wrapToWidth(label, width),
    ...wrapToWidth(value, width).map((line) => padStartToWidth(line, width)),
  ];
}
