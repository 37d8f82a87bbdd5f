import { randomBytes } from 'node:crypto';
import { bytesToBase64Url } from '../../protocol/base64url.ts';
import {
  encodeOfflineCode,
  offlineCodeSigner,
  type IssueOfflineCodesRequest,
  type OfflineCodePayload,
  type OfflineCodesIssued,
} from '../../protocol/offline-code.ts';
import type { Deps } from '../deps.ts';
import { invalidField } from '../http/problem.ts';
import type { Wallet } from '../store/wallets-repo.ts';
import { MAX_OUTSTANDING_OFFLINE_CODES, refuseOverCap } from '../wallets/code-caps.ts';
import { keyRing } from './key-ring.ts';

/**
 * How long after issuance an offline code may be captured: a customer fetches a batch while
 * online and can pay with it through a day without a network.
 */
export const OFFLINE_CODE_TTL_MS = 24 * 60 * 60_000;

/**
 * Signs `count` fresh codes for the wallet and stores them in one transaction, unless the wallet
 * would then hold more than its cap of unused ones (wallets/code-caps.ts). The cap may not
 * exceed the wallet's payment limit; it reserves no balance, so a forwarded sale can still fail
 * with INSUFFICIENT_FUNDS.
 */
export async function issueOfflineCodes(
  deps: Deps,
  wallet: Wallet,
  request: IssueOfflineCodesRequest,
): Promise<OfflineCodesIssued> {
  if (request.cap > wallet.paymentLimit) {
    throw invalidField('cap', `must be at most the wallet's payment limit, ${wallet.paymentLimit}`);
  }
  const { signing } = await keyRing(deps);
  const sign = offlineCodeSigner(signing.key);
  const iat = deps.now();
  const signed = await Promise.all(
    Array.from({ length: request.count }, async () => {
      const payload: OfflineCodePayload = {
        kid: signing.kid,
        cid: bytesToBase64Url(randomBytes(16)),
        wid: wallet.id,
        provider: request.provider,
        iat,
        exp: iat + OFFLINE_CODE_TTL_MS,
        cap: request.cap,
      };
      return { payload, text: await encodeOfflineCode(payload, sign) };
    }),
  );
  await deps.store.transaction(async (r) => {
    await r.wallets.lockForIssuing(wallet.id);
    const outstanding = await r.offlineCodes.outstanding(wallet.id, iat);
    const max = deps.config.codeCaps?.offline ?? MAX_OUTSTANDING_OFFLINE_CODES;
    refuseOverCap('offline', outstanding, signed.length, max, iat);
    for (const { payload } of signed) {
      await r.offlineCodes.insert({
        cid: payload.cid,
        walletId: payload.wid,
        provider: payload.provider,
        kid: payload.kid,
        cap: payload.cap,
        issuedAt: payload.iat,
        expiresAt: payload.exp,
      });
    }
  });
  return {
    codes: signed.map(({ payload, text }) => ({
      text,
      cid: payload.cid,
      exp: new Date(payload.exp).toISOString(),
      cap: payload.cap,
    })),
  };
}
