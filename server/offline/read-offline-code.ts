import { base64UrlToBytes } from '../../protocol/base64url.ts';
import { OfflineCodePayloadSchema, OFFLINE_CODE_PREFIX } from '../../protocol/offline-code.ts';
import type { Deps } from '../deps.ts';
import { invalidField } from '../http/problem.ts';
import type { PresentedCode } from '../payments/presented-code.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads an `SOP1.` code. Text that is not a well-formed offline code is an invalid request; a
 * well-formed one goes on to be judged, with its signature's validity.
 * TODO(offline keys): verify the signature against the wallet's keys; until they exist no
 * signature is valid, so every offline code is refused as OFFLINE_CODE_INVALID.
 */
export function readOfflineCode(
  _deps: Deps,
  text: string,
  judgedAt: number,
): Promise<PresentedCode> {
  const parts = text.slice(OFFLINE_CODE_PREFIX.length).split('.');
  const [payloadText, signatureText] = parts;
  if (parts.length !== 2 || !payloadText || !signatureText) {
    return Promise.reject(invalidField('authCode', 'is not a well-formed SOP1 offline code'));
  }
  let json: unknown;
  try {
    json = JSON.parse(utf8.decode(base64UrlToBytes(payloadText)));
  } catch {
    return Promise.reject(invalidField('authCode', 'is not a well-formed SOP1 offline code'));
  }
  const payload = OfflineCodePayloadSchema.safeParse(json);
  if (!payload.success) {
    return Promise.reject(invalidField('authCode', 'holds an offline payload of the wrong shape'));
  }
  return Promise.resolve({
    kind: 'offline',
    payload: payload.data,
    signatureValid: false,
    judgedAt,
  });
}
