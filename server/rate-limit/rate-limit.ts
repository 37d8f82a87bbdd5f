import { createMiddleware } from 'hono/factory';
import type { SignedTerminal } from '../auth/terminal-signature.ts';
import type { Deps } from '../deps.ts';
import { clientAddress } from '../http/client-address.ts';
import { ApiProblem } from '../http/problem.ts';
import type { Wallet } from '../store/wallets-repo.ts';
import { addressKey, claimedCredential, terminalKey } from './credential.ts';
import { createTokenBuckets, type TokenBuckets } from './token-buckets.ts';

/** What the auth middlewares leave behind once they have verified the caller. */
type VerifiedEnv = { Variables: { terminal?: SignedTerminal; wallet?: Wallet } };

/**
 * 429 RATE_LIMITED per credential (deps.config.rateLimit; off when absent). The admin token is
 * checked and charged at once. A claimed terminal or wallet is checked before the route runs
 * but charged only after it has verified the credential: nobody can drain a terminal's bucket
 * without its secret, and a 429 never spends a nonce. Calls without a valid credential, failed
 * ones included, draw on their client address's bucket.
 */
export function rateLimit(deps: Deps) {
  const settings = deps.config.rateLimit;
  if (!settings) return createMiddleware((_c, next) => next());
  const buckets = createTokenBuckets(settings);
  const { now, config } = deps;

  return createMiddleware<VerifiedEnv>(async (c, next) => {
    const at = now();
    const address = addressKey(clientAddress(c) ?? '?');
    const claimed = claimedCredential(c.req.header('Authorization'), config.adminTokenHash);
    if (claimed.kind === 'admin' || claimed.kind === 'none') {
      const key = claimed.kind === 'admin' ? claimed.key : address;
      refuseWhenEmpty(buckets, key, at);
      buckets.take(key, at);
      await next();
      return;
    }
    refuseWhenEmpty(buckets, claimed.key, at);
    refuseWhenEmpty(buckets, address, at);
    try {
      await next();
    } finally {
      const terminal = c.get('terminal');
      const verified =
        claimed.kind === 'terminal'
          ? terminal !== undefined && terminalKey(terminal.terminalId) === claimed.key
          : c.get('wallet') !== undefined;
      buckets.take(verified ? claimed.key : address, now());
    }
  });
}

function refuseWhenEmpty(buckets: TokenBuckets, key: string, at: number): void {
  const waitMs = buckets.waitMs(key, at);
  if (waitMs === 0) return;
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  throw new ApiProblem(
    'RATE_LIMITED',
    `Too many requests from this ${whose(key)}; retry in ${seconds} s.`,
    { headers: { 'Retry-After': String(seconds) } },
  );
}

function whose(key: string): string {
  if (key.startsWith('t:')) return 'terminal';
  if (key.startsWith('w:')) return 'wallet token';
  if (key.startsWith('ip:')) return 'client address';
  return 'admin token';
}
