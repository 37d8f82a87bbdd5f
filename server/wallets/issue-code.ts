import {
  ISSUED_CODE_SHAPE,
  ONLINE_CODE_TTL_MS,
  type Provider,
} from '../../protocol/payment-code.ts';
import type { IssuedCode } from '../../protocol/wallets.ts';
import { randomDigits, randomItem } from '../ids.ts';
import type { Repos } from '../store/store.ts';

const MAX_DRAWS = 5;

/** Issues a fresh one-time online payment code in the provider's shape, valid for 60 s. */
export async function issuePaymentCode(
  repos: Repos,
  walletId: string,
  provider: Provider,
  at: number,
): Promise<IssuedCode> {
  const expiresAt = at + ONLINE_CODE_TTL_MS;
  // Codes are never reissued, not even expired ones, so a collision means drawing again.
  for (let draw = 0; draw < MAX_DRAWS; draw++) {
    const code = drawCode(provider);
    if (await repos.wallets.insertCode({ code, walletId, provider, issuedAt: at, expiresAt })) {
      return { authCode: code, expiresAt: new Date(expiresAt).toISOString() };
    }
  }
  throw new Error(`Could not draw an unused ${provider} code`);
}

function drawCode(provider: Provider): string {
  const { prefixes, length } = ISSUED_CODE_SHAPE[provider];
  const prefix = randomItem(prefixes);
  return prefix + randomDigits(length - prefix.length);
}
