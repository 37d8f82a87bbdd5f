import type { Repos } from '../store/store.ts';
import type { CodeJudgement } from './code-judgement.ts';

/**
 * An online code: known, fresh and unused. It is dead after this, whatever the outcome, so a
 * second presentation (even of a code that failed) is CODE_USED. The code is looked up by its
 * keyed hash; a code pruned after its expiry (server/pruning/) is unknown again: CODE_INVALID.
 */
export async function judgeOnlineCode(
  repos: Repos,
  codeHash: string,
  at: number,
): Promise<CodeJudgement> {
  const issued = await repos.wallets.findCode(codeHash);
  if (!issued) return { ok: false, walletId: null, failure: 'CODE_INVALID' };
  const fresh = await repos.wallets.markCodeUsed(codeHash, at);
  if (at >= issued.expiresAt)
    return { ok: false, walletId: issued.walletId, failure: 'CODE_EXPIRED' };
  if (!fresh) return { ok: false, walletId: issued.walletId, failure: 'CODE_USED' };
  return { ok: true, walletId: issued.walletId };
}
