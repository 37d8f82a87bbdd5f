import { timingSafeEqual } from 'node:crypto';
import type { Deps } from '../deps.ts';
import { hashToken } from './token-hash.ts';

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
  const tokenHash = hashToken(token);
  if (sameHash(tokenHash, deps.config.adminTokenHash)) return { kind: 'admin' };
  const wallet = await deps.store.transaction((r) => r.wallets.findByTokenHash(tokenHash));
  return wallet ? { kind: 'wallet', walletId: wallet.id } : null;
}

/**
 * Compares two token hashes (hex SHA-256) in constant time. Hashing first already makes the
 * compared bytes unknowable to whoever chose the token; the constant time is belt and braces.
 */
export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}

export const BEARER_CHALLENGE = { 'WWW-Authenticate': 'Bearer' };
