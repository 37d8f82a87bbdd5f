import { routeScannedCode, type ScannedCode } from '../../../../protocol/scanned-code.ts';
import type { BarcodeFormatName } from '../../../lib/barcode/decode-frame.ts';
import { t } from '../../../lib/i18n/translate.ts';
import type { ReadSource } from '../worker/worker-messages.ts';
import { hasValidEan13CheckDigit } from './check-digit.ts';
import { refusalText } from './refusal-text.ts';

export type FrameRead = { text: string; format: BarcodeFormatName; source: ReadSource };

export type ScanVerdict =
  | { kind: 'accepted'; scanned: ScannedCode; format: BarcodeFormatName }
  | { kind: 'refused'; text: string; message: string }
  /** Nothing to act on: no code, a read waiting for its confirming frame, or a repeat. */
  | { kind: 'ignored' };

/** A code not read for this long has left the camera's view; showing it again counts anew. */
export const OUT_OF_VIEW_MS = 1_000;

/**
 * Turns the stream of per-frame reads into scans. A read is accepted only when the text is a
 * payment code, and only when its decoder verified it (ZXing checks the QR error correction, the
 * Code 128 checksum and the EAN-13 check digit) or the same text came in two consecutive frames.
 * A code that stays in view is reported once.
 */
export class ScanFilter {
  private previous: string | null = null;
  private lastVerdictText: string | null = null;
  private lastSeenAt = Number.NEGATIVE_INFINITY;

  offer(read: FrameRead | null, now: number): ScanVerdict {
    const confirmed = this.confirm(read, now);
    return confirmed ? judge(confirmed) : { kind: 'ignored' };
  }

  /**
   * The same checks without judging the text: a verified read seen anew, or null. For scanners
   * that want other codes than payment codes (the pairing screen's QR).
   */
  confirm(read: FrameRead | null, now: number): FrameRead | null {
    const previous = this.previous;
    this.previous = read?.text ?? null;
    if (!read) return null;
    if (read.text === this.lastVerdictText && now - this.lastSeenAt < OUT_OF_VIEW_MS) {
      this.lastSeenAt = now;
      return null;
    }
    if (read.format === 'ean_13' && !hasValidEan13CheckDigit(read.text)) return null;
    if (!isSelfChecked(read) && previous !== read.text) return null;
    this.lastVerdictText = read.text;
    this.lastSeenAt = now;
    return read;
  }
}

function isSelfChecked(read: FrameRead): boolean {
  // Native detectors do not say whether they verified a symbol; EAN-13 is re-checked above.
  return read.source === 'zxing' || read.format === 'ean_13';
}

function judge(read: FrameRead): ScanVerdict {
  if (read.format === 'ean_13')
    return { kind: 'refused', text: read.text, message: t('scan.productBarcode') };
  const route = routeScannedCode(read.text);
  if (!route.ok) return { kind: 'refused', text: read.text, message: refusalText(route) };
  return { kind: 'accepted', scanned: route, format: read.format };
}
