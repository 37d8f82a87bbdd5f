import {
  ISSUED_CODE_SHAPE,
  ONLINE_CODE_TTL_MS,
  type Provider,
} from '../../protocol/payment-code.ts';
import type { IssuedCode } from '../../protocol/wallets.ts';
import { codeMask, type CodeHasher } from '../code-hash/code-hasher.ts';
import { randomDigits, randomItem } from '../ids.ts';
import type { Repos } from '../store/store.ts';
import { MAX_OUTSTANDING_ONLINE_CODES, refuseOverCap } from './code-caps.ts';

const MAX_DRAWS = 5;

/**
 * Issues a fresh one-time online payment code in the provider's shape, valid for 60 s; refused
 * when the wallet holds its cap of unused ones (code-caps.ts). Only its keyed hash and mask are
 * stored: the text goes to the customer and nowhere else.
 */
export async function issuePaymentCode(
  repos: Repos,
  walletId: string,
  provider: Provider,
  at: number,
  hasher: CodeHasher,
  maxOutstanding: number = MAX_OUTSTANDING_ONLINE_CODES,
): Promise<IssuedCode> {
  await repos.wallets.lockForIssuing(walletId);
  const outstanding = await repos.wallets.outstandingCodes(walletId, at);
  refuseOverCap('online', outstanding, 1, maxOutstanding, at);
  const expiresAt = at + ONLINE_CODE_TTL_MS;
  // Codes are never reissued, not even expired ones, so a collision means drawing again.
  for (let draw = 0; draw < MAX_DRAWS; draw++) {
    const code = drawCode(provider);
    const record = {
      codeHash: hasher.hash(code),
      codeMask: codeMask(code),
      walletId,
      provider,
      issuedAt: at,
      expiresAt,
    };
    if (await repos.wallets.insertCode(record)) {
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
