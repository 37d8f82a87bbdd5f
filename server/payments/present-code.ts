import { OFFLINE_CODE_PREFIX } from '../../protocol/offline-code.ts';
import { routePaymentCode } from '../../protocol/payment-code.ts';
import { MAX_CLOCK_SKEW_MS } from '../../protocol/signing.ts';
import type { PayRequest } from '../../protocol/payments.ts';
import type { Deps } from '../deps.ts';
import { invalidField } from '../http/problem.ts';
import { readOfflineCode } from '../offline/read-offline-code.ts';
import type { PresentedCode } from './presented-code.ts';

/**
 * Reads the pay call's code before the transaction. Text that is no payment code at all is an
 * invalid request (400), not a decline: a wallet never sees it. A forwarded offline sale must
 * say when it was captured, and not in the future.
 */
export async function presentCode(deps: Deps, body: PayRequest): Promise<PresentedCode> {
  const now = deps.now();
  const capturedAt = body.capturedAt === undefined ? null : Date.parse(body.capturedAt);
  if (capturedAt !== null && capturedAt > now + MAX_CLOCK_SKEW_MS) {
    throw invalidField('capturedAt', 'is in the future; check the terminal clock');
  }
  if (body.authCode.startsWith(OFFLINE_CODE_PREFIX)) {
    if (body.offline === true && capturedAt === null) {
      throw invalidField('capturedAt', 'is required when forwarding an offline sale');
    }
    return readOfflineCode(deps, body.authCode, body.offline === true ? (capturedAt ?? now) : now);
  }
  if (body.offline === true) {
    throw invalidField('offline', 'only SOP1 offline codes can be forwarded as offline sales');
  }
  const route = routePaymentCode(body.authCode);
  if (!route.ok) throw invalidField('authCode', route.message);
  return { kind: 'online', code: route.code, provider: route.provider };
}
