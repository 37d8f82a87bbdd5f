import { parseOfflineCode, verifyOfflineSignature } from '../../protocol/offline-code.ts';
import type { Deps } from '../deps.ts';
import { invalidField } from '../http/problem.ts';
import type { PresentedCode } from '../payments/presented-code.ts';
import { verificationKey } from './key-ring.ts';

/**
 * Reads an `SOP1.` code. Text that is not a well-formed offline code is an invalid request; a
 * well-formed one goes on to be judged, with its signature's validity. A `kid` the wallet never
 * made counts as a bad signature.
 */
export async function readOfflineCode(
  deps: Deps,
  text: string,
  judgedAt: number,
): Promise<PresentedCode> {
  const code = parseOfflineCode(text);
  if (!code.ok) throw invalidField('authCode', code.message);
  const key = await verificationKey(deps, code.payload.kid);
  const signatureValid = key !== undefined && (await verifyOfflineSignature(code, key));
  return { kind: 'offline', payload: code.payload, signatureValid, judgedAt };
}
