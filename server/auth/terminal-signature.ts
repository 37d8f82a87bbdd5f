import { createMiddleware } from 'hono/factory';
import { base64UrlToBytes } from '../../protocol/base64url.ts';
import {
  AUTH_SCHEME,
  MAX_CLOCK_SKEW_MS,
  NONCE_MEMORY_MS,
  parseAuthorization,
} from '../../protocol/signing.ts';
import type { Deps } from '../deps.ts';
import { ApiProblem, invalidField } from '../http/problem.ts';
import type { Terminal } from '../store/merchants-repo.ts';
import { verifySignatureNow } from './verify-signature.ts';

export type SignedTerminal = { terminalId: string; merchantId: string };

/** What a signed route gets: the caller, and the exact body text that was signed. */
export type SignedEnv = { Variables: { terminal: SignedTerminal; rawBody: string } };

const CHALLENGE = { 'WWW-Authenticate': AUTH_SCHEME };
const PRUNE_EVERY_MS = 60_000;
type RejectionCode = 'UNAUTHENTICATED' | 'STALE_TIMESTAMP' | 'BAD_SIGNATURE' | 'REPLAYED_NONCE';
// Strict and BOM-preserving, so the text is exactly the bytes that were hashed by the signer.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Verifies `Authorization: Saoma-HMAC-SHA256 ...` (wallet-protocol.md, "Signing"). The nonce is
 * recorded only after the signature checks out, so a forged request cannot burn a real nonce.
 */
export function requireTerminalSignature(deps: Deps) {
  const { store, now } = deps;
  // Terminals are never changed or removed, so a terminal found once can be kept.
  const known = new Map<string, { terminal: Terminal; key: Uint8Array }>();
  let nextPruneAt = 0;

  async function findTerminal(terminalId: string) {
    const cached = known.get(terminalId);
    if (cached) return cached;
    const terminal = await store.transaction((r) => r.merchants.findTerminal(terminalId));
    if (!terminal) return undefined;
    const entry = { terminal, key: base64UrlToBytes(terminal.secret) };
    known.set(terminalId, entry);
    return entry;
  }

  function rememberNonce(terminalId: string, nonce: string): Promise<boolean> {
    const at = now();
    const prune = at >= nextPruneAt;
    if (prune) nextPruneAt = at + PRUNE_EVERY_MS;
    return store.transaction(async (r) => {
      if (prune) await r.nonces.pruneBefore(at - NONCE_MEMORY_MS);
      return r.nonces.remember(terminalId, nonce, at, at - NONCE_MEMORY_MS);
    });
  }

  return createMiddleware<SignedEnv>(async (c, next) => {
    const parsed = parseAuthorization(c.req.header('Authorization'));
    if (!parsed.ok) throw rejection('UNAUTHENTICATED', parsed.error);
    const { terminalId, ts, nonce, sig } = parsed.parts;

    const found = await findTerminal(terminalId);
    if (!found) throw rejection('UNAUTHENTICATED', 'Unknown terminal. Pair the terminal again.');
    if (Math.abs(ts - now()) > MAX_CLOCK_SKEW_MS) {
      throw rejection(
        'STALE_TIMESTAMP',
        `ts is more than ${MAX_CLOCK_SKEW_MS / 60_000} minutes away from the server clock; check the device clock.`,
      );
    }

    let body: string;
    try {
      body = utf8.decode(await c.req.arrayBuffer());
    } catch {
      throw invalidField('(body)', 'must be UTF-8 text');
    }
    const url = new URL(c.req.url);
    const request = {
      method: c.req.method,
      pathWithQuery: url.pathname + url.search,
      body,
      ts,
      nonce,
    };
    const { terminal, key } = found;
    if (!verifySignatureNow(key, request, sig)) {
      throw rejection('BAD_SIGNATURE', 'The signature does not match the request.');
    }
    if (!(await rememberNonce(terminal.id, nonce))) {
      throw rejection('REPLAYED_NONCE', 'This nonce was already used; sign each request anew.');
    }

    c.set('terminal', { terminalId: terminal.id, merchantId: terminal.merchantId });
    c.set('rawBody', body);
    await next();
  });
}

function rejection(code: RejectionCode, detail: string): ApiProblem {
  return new ApiProblem(code, detail, { headers: CHALLENGE });
}
