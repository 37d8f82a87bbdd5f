import {
  BitArray,
  Code128Reader,
  type DecodeHintType,
  EAN13Reader,
  NotFoundException,
  type OneDReader,
  type Result,
} from '@zxing/library';
import { findCode128Start } from './code128-start.ts';
import { isNoCodeError } from './zxing-errors.ts';

export type RowFormat = 'code_128' | 'ean_13';

export type RowHit = { text: string; format: RowFormat };

/** Binarises row `index` into `row` (reusing it when it can); throws NotFound on no contrast. */
export type RowSource = (index: number, row: BitArray) => BitArray;

const code128 = new Code128Reader();
const ean13 = new EAN13Reader();
const noHints = new Map<DecodeHintType, unknown>();

/**
 * Rows from the middle outwards, `step` apart, at most `count` of them: the order of Java
 * ZXing's OneDReader.doDecode.
 */
export function middleOutRows(height: number, step: number, count: number): number[] {
  const middle = height >> 1;
  const rows: number[] = [];
  for (let i = 0; i < count; i++) {
    const offset = step * ((i + 1) >> 1);
    const row = i % 2 === 0 ? middle + offset : middle - offset;
    if (row < 0 || row >= height) break;
    rows.push(row);
  }
  return rows;
}

/** Reads 1D codes along the given rows, each read forwards and then reversed. */
export function readRows(
  source: RowSource,
  indices: readonly number[],
  formats: readonly RowFormat[],
): RowHit | null {
  if (formats.length === 0) return null;
  let row = new BitArray(1);
  for (const y of indices) {
    try {
      row = source(y, row);
    } catch (error) {
      // Too little contrast on this row.
      if (error instanceof NotFoundException) continue;
      throw error;
    }
    for (const reversed of [false, true]) {
      if (reversed) row.reverse();
      for (const format of formats) {
        const text = format === 'code_128' ? readCode128(y, row) : readEan13(y, row);
        if (text !== null) return { text, format };
      }
    }
  }
  return null;
}

function readCode128(y: number, row: BitArray): string | null {
  const start = findCode128Start(row);
  return start === null ? null : attempt(code128, y, clearBefore(row, start));
}

function readEan13(y: number, row: BitArray): string | null {
  return attempt(ean13, y, row);
}

function attempt(reader: OneDReader, y: number, row: BitArray): string | null {
  let result: Result;
  try {
    result = reader.decodeRow(y, row, noHints);
  } catch (error) {
    if (isNoCodeError(error)) return null;
    throw error;
  }
  return result.getText();
}

function clearBefore(row: BitArray, end: number): BitArray {
  const copy = row.clone();
  const bits = copy.getBitArray();
  const whole = end >> 5;
  bits.fill(0, 0, whole);
  const partial = end & 31;
  if (partial !== 0) bits[whole] = (bits[whole] ?? 0) & (-1 << partial);
  return copy;
}
