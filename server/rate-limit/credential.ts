import { AUTH_SCHEME, parseAuthorization } from '../../protocol/signing.ts';
import { bearerToken, sameHash } from '../auth/bearer.ts';
import { hashToken } from '../auth/token-hash.ts';

/**
 * Whose bucket a request draws on, judged from its Authorization header alone. Only the admin
 * token can be checked here (it is in memory); a terminal or wallet is only *claimed* until its
 * route has verified it.
 */
export type Credential =
  | { kind: 'admin'; key: string }
  | { kind: 'terminal'; key: string; terminalId: string }
  | { kind: 'wallet'; key: string }
  | { kind: 'none' };

export function claimedCredential(header: string | undefined, adminTokenHash: string): Credential {
  if (header === undefined) return { kind: 'none' };
  if (header.startsWith(`${AUTH_SCHEME} `)) {
    const parsed = parseAuthorization(header);
    if (!parsed.ok) return { kind: 'none' };
    const { terminalId } = parsed.parts;
    return { kind: 'terminal', key: terminalKey(terminalId), terminalId };
  }
  const token = bearerToken(header);
  if (token === undefined) return { kind: 'none' };
  const tokenHash = hashToken(token);
  if (sameHash(tokenHash, adminTokenHash)) return { kind: 'admin', key: 'admin' };
  return { kind: 'wallet', key: `w:${tokenHash}` };
}

export function terminalKey(terminalId: string): string {
  return `t:${terminalId}`;
}

export function addressKey(address: string): string {
  return `ip:${address}`;
}
