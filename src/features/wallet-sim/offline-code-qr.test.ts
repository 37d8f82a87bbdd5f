import { describe, expect, it } from 'vitest';
import {
  OFFLINE_KEY_ALGORITHM,
  encodeOfflineCode,
  offlineCodeSigner,
  type OfflineCodePayload,
} from '../../../protocol/offline-code.ts';
import { decodeFrame } from '../../lib/barcode/decode-frame.ts';
import { encodeQr } from '../../lib/barcode/qr-matrix.ts';
import { qrImage } from '../../lib/barcode/test-support/synthetic-codes.ts';

async function signedCode(payload: OfflineCodePayload): Promise<string> {
  const keys = await crypto.subtle.generateKey(OFFLINE_KEY_ALGORITHM, false, ['sign', 'verify']);
  return encodeOfflineCode(payload, offlineCodeSigner(keys.privateKey));
}

const iat = Date.UTC(2026, 10, 21, 8);
const TYPICAL: OfflineCodePayload = {
  kid: 'x'.repeat(43),
  cid: 'c'.repeat(22),
  wid: 'w_AbCdEfGhIjKlMnOpQrSt',
  provider: 'wechat',
  iat,
  exp: iat + 86_400_000,
  cap: 20_000,
};
// Every field as long as the protocol allows.
const LONGEST: OfflineCodePayload = {
  ...TYPICAL,
  kid: 'k'.repeat(64),
  cid: 'c'.repeat(64),
  wid: `w_${'W'.repeat(40)}`,
  provider: 'unionpay',
  cap: 100_000_000,
};

describe('offline codes as QR codes', () => {
  it.each([
    ['a typical code', TYPICAL],
    ['the longest code', LONGEST],
  ])('%s encodes in byte mode and reads back exactly', async (_name, payload) => {
    const text = await signedCode(payload);
    expect(text.startsWith('SOP1.')).toBe(true);
    expect(text.length).toBeGreaterThan(200);
    const matrix = encodeQr(text);
    // Version 10 or more (57+ modules): the size the simulator's larger offline QR is for.
    expect(matrix.size).toBeGreaterThanOrEqual(57);
    expect(decodeFrame(qrImage(text, { module: 3 }), { formats: ['qr_code'] })?.text).toBe(text);
  });
});
