import { createHash, timingSafeEqual } from 'node:crypto';
import type { Deps } from '../deps.ts';

export type Principal = { kind: 'admin' } | { kind: 'wallet'; walletId: string };

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/** The token of an `Authorization: Bearer …` header; undefined for anything else. */
export function bearerToken(header: string | undefined): string | undefined {
  return header ? BEARER.exec(header)?.[1] : undefined;
}

/** Who a `Bearer` credential belongs to: the admin, a wallet, or nobody (null). */
export async function resolveBearer(
  header: string | undefined,
  deps: Deps,
): Promise<Principal | null> {
  const token = bearerToken(header);
  if (token === undefined) return null;
  if (sameSecret(token, deps.config.adminToken)) return { kind: 'admin' };
  const wallet = await deps.store.transaction((r) => r.wallets.findByToken(token));
  return wallet ? { kind: 'wallet', walletId: wallet.id } : null;
}

/** Compares secrets in constant time, whatever their lengths. */
export function sameSecret(a: string, b: string): boolean {
  return timingSafeEqual(digest(a), digest(b));
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

export const BEARER_CHALLENGE = { 'WWW-Authenticate': 'Bearer' };
