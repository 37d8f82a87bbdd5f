import type { CodeJudgement } from '../payments/code-judgement.ts';
import type { PresentedCode } from '../payments/presented-code.ts';
import type { Repos } from '../store/store.ts';
import { PAST_HORIZON_MESSAGE, pastForwardingHorizon } from './forwarding-horizon.ts';

type OfflinePresented = Extract<PresentedCode, { kind: 'offline' }>;

/**
 * An offline code, judged at the moment the terminal captured it: a valid wallet signature,
 * `iat <= capturedAt < exp`, an amount within the code's cap, and a nonce (cid) never honoured
 * before. Any of the first three failing is OFFLINE_CODE_INVALID; a spent cid is CODE_USED. A
 * code that passes the signature check is spent, whatever the outcome, like an online code.
 * A sale forwarded (at `at`) past the forwarding horizon is refused before any look-up: the
 * wallet may have forgotten the code by then, and must not honour it a second time.
 */
export async function judgeOfflineCode(
  repos: Repos,
  presented: OfflinePresented,
  tradeNo: string,
  amount: number,
  at: number,
): Promise<CodeJudgement> {
  const { payload, signatureValid, judgedAt } = presented;
  if (signatureValid && pastForwardingHorizon(payload.exp, at)) {
    return {
      ok: false,
      walletId: null,
      failure: 'OFFLINE_CODE_INVALID',
      message: PAST_HORIZON_MESSAGE,
    };
  }
  const issued = signatureValid ? await repos.offlineCodes.find(payload.cid) : undefined;
  if (issued?.walletId !== payload.wid) {
    return { ok: false, walletId: null, failure: 'OFFLINE_CODE_INVALID' };
  }
  const fresh = await repos.offlineCodes.markUsed(issued.cid, tradeNo, judgedAt);
  const walletId = issued.walletId;
  if (judgedAt < issued.issuedAt || judgedAt >= issued.expiresAt || amount > issued.cap) {
    return { ok: false, walletId, failure: 'OFFLINE_CODE_INVALID' };
  }
  if (!fresh) return { ok: false, walletId, failure: 'CODE_USED' };
  return { ok: true, walletId };
}
