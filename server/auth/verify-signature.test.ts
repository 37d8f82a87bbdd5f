import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesToBase64Url } from '../../protocol/base64url.ts';
import {
  computeSignature,
  importTerminalKey,
  verifySignature,
  type RequestToSign,
} from '../../protocol/signing.ts';
import { verifySignatureNow } from './verify-signature.ts';

const requestArb: fc.Arbitrary<RequestToSign> = fc.record({
  method: fc.constantFrom('GET', 'POST', 'PUT'),
  pathWithQuery: fc.string({ unit: 'binary', maxLength: 80 }).map((text) => `/api/v1/${text}`),
  body: fc.string({ unit: 'binary', maxLength: 300 }),
  ts: fc.nat({ max: 2 ** 45 }),
  nonce: fc.uuid(),
});
const secretArb = fc.uint8Array({ minLength: 32, maxLength: 32 });

describe('verifySignatureNow', () => {
  it('accepts what protocol/signing.ts signs', async () => {
    await fc.assert(
      fc.asyncProperty(secretArb, requestArb, async (secret, request) => {
        const key = await importTerminalKey(bytesToBase64Url(secret));
        const sig = await computeSignature(key, request);
        expect(verifySignatureNow(secret, request, sig)).toBe(true);
      }),
    );
  });

  it('agrees with protocol/signing.ts on altered requests and arbitrary signatures', async () => {
    await fc.assert(
      fc.asyncProperty(
        secretArb,
        requestArb,
        requestArb,
        fc.oneof(fc.string(), fc.base64String()),
        async (secret, signed, sent, forged) => {
          const key = await importTerminalKey(bytesToBase64Url(secret));
          const sig = await computeSignature(key, signed);
          for (const [request, candidate] of [
            [sent, sig],
            [signed, forged],
            [signed, sig.slice(1)],
          ] as const) {
            expect(verifySignatureNow(secret, request, candidate)).toBe(
              await verifySignature(key, request, candidate),
            );
          }
        },
      ),
    );
  });
});
