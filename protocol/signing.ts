/**
 * Terminal request signing (wallet-protocol.md, "Signing"). Both the terminal and the mock wallet
 * use this module, so the canonical string can never drift between them. It relies on WebCrypto,
 * which Node 20 and browsers in a secure context provide; a page without it signs with hash
 * functions of its own (`SigningHashes`).
 */
import { base64UrlToBytes, bytesToBase64Url, bytesToHex } from './base64url.ts';
import { randomUuid } from './random-uuid.ts';

export const AUTH_SCHEME = 'Saoma-HMAC-SHA256';
export const MAX_CLOCK_SKEW_MS = 5 * 60_000;
export const NONCE_MEMORY_MS = 10 * 60_000;

const encoder = new TextEncoder();

/** WebCrypto's key type, spelled so that it resolves under both DOM and Node typings. */
export type SigningKey = Awaited<ReturnType<typeof crypto.subtle.importKey>>;

/**
 * SHA-256, and HMAC-SHA256 under the terminal's key, for a signer without WebCrypto: a page
 * opened over plain HTTP has no `crypto.subtle`, so the terminal brings its own (src/lib/crypto).
 * Their results must be byte for byte WebCrypto's.
 */
export type SigningHashes = {
  sha256: (bytes: Uint8Array<ArrayBuffer>) => Promise<Uint8Array>;
  hmacSha256: (message: Uint8Array<ArrayBuffer>) => Promise<Uint8Array>;
};

/** What a request is signed with: a WebCrypto HMAC key, or the signer's own hash functions. */
export type RequestSigningKey = SigningKey | SigningHashes;

export type SignatureParts = { terminalId: string; ts: number; nonce: string; sig: string };

export function canonicalRequest(
  method: string,
  pathWithQuery: string,
  ts: number,
  nonce: string,
  bodySha256Hex: string,
): string {
  return `${method.toUpperCase()}\n${pathWithQuery}\n${ts}\n${nonce}\n${bodySha256Hex}`;
}

/** SHA-256 with WebCrypto, as hex. */
export async function sha256Hex(body: string | Uint8Array): Promise<string> {
  const bytes = typeof body === 'string' ? encoder.encode(body) : body;
  const digest = await crypto.subtle.digest('SHA-256', new Uint8Array(bytes));
  return bytesToHex(new Uint8Array(digest));
}

function hashesOf(key: RequestSigningKey): SigningHashes {
  if ('hmacSha256' in key) return key;
  return {
    sha256: async (bytes) => new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)),
    hmacSha256: async (message) => new Uint8Array(await crypto.subtle.sign('HMAC', key, message)),
  };
}

/**
 * Imports a terminal secret (base64url of 32 random bytes) as an HMAC key. The terminal keeps the
 * result non-extractable so the secret cannot be read back out of IndexedDB.
 */
export async function importTerminalKey(secret: string, extractable = false): Promise<SigningKey> {
  return crypto.subtle.importKey(
    'raw',
    base64UrlToBytes(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    extractable,
    ['sign', 'verify'],
  );
}

export type RequestToSign = {
  method: string;
  pathWithQuery: string;
  body: string;
  ts: number;
  nonce: string;
};

export async function computeSignature(
  key: RequestSigningKey,
  request: RequestToSign,
): Promise<string> {
  const hashes = hashesOf(key);
  const message = canonicalRequest(
    request.method,
    request.pathWithQuery,
    request.ts,
    request.nonce,
    bytesToHex(await hashes.sha256(encoder.encode(request.body))),
  );
  return bytesToBase64Url(await hashes.hmacSha256(encoder.encode(message)));
}

export async function verifySignature(
  key: SigningKey,
  request: RequestToSign,
  sig: string,
): Promise<boolean> {
  let mac: Uint8Array<ArrayBuffer>;
  try {
    mac = base64UrlToBytes(sig);
  } catch {
    return false;
  }
  const message = canonicalRequest(
    request.method,
    request.pathWithQuery,
    request.ts,
    request.nonce,
    await sha256Hex(request.body),
  );
  // subtle.verify compares in constant time.
  return crypto.subtle.verify('HMAC', key, mac, encoder.encode(message));
}

export function formatAuthorization(parts: SignatureParts): string {
  return `${AUTH_SCHEME} terminal=${parts.terminalId},ts=${parts.ts},nonce=${parts.nonce},sig=${parts.sig}`;
}

export type ParsedAuthorization =
  { ok: true; parts: SignatureParts } | { ok: false; error: string };

export function parseAuthorization(header: string | undefined | null): ParsedAuthorization {
  if (!header) return { ok: false, error: 'Missing Authorization header' };
  const prefix = `${AUTH_SCHEME} `;
  if (!header.startsWith(prefix)) {
    return { ok: false, error: `Authorization scheme must be ${AUTH_SCHEME}` };
  }
  const fields = new Map<string, string>();
  for (const item of header.slice(prefix.length).split(',')) {
    const eq = item.indexOf('=');
    const name = item.slice(0, eq).trim();
    if (eq <= 0 || !/^[a-z]+$/.test(name)) {
      return { ok: false, error: `Malformed Authorization field "${item.trim().slice(0, 40)}"` };
    }
    // Two values for one field: which one counts would be up to each reader.
    if (fields.has(name)) return { ok: false, error: `Authorization repeats the field ${name}` };
    fields.set(name, item.slice(eq + 1).trim());
  }
  const terminalId = fields.get('terminal');
  const tsText = fields.get('ts');
  const nonce = fields.get('nonce');
  const sig = fields.get('sig');
  if (!terminalId || !tsText || !nonce || !sig) {
    return { ok: false, error: 'Authorization needs terminal, ts, nonce and sig' };
  }
  if (!/^\d{1,16}$/.test(tsText)) return { ok: false, error: 'ts must be unix milliseconds' };
  if (!/^[A-Za-z0-9-]{8,64}$/.test(nonce)) return { ok: false, error: 'nonce must be a uuid' };
  return { ok: true, parts: { terminalId, ts: Number(tsText), nonce, sig } };
}

/** Signs a request for the terminal: returns the Authorization header value. */
export async function signRequest(
  terminalId: string,
  key: RequestSigningKey,
  request: Omit<RequestToSign, 'ts' | 'nonce'> & { ts?: number; nonce?: string },
): Promise<string> {
  const ts = request.ts ?? Date.now();
  const nonce = request.nonce ?? randomUuid();
  const sig = await computeSignature(key, { ...request, ts, nonce });
  return formatAuthorization({ terminalId, ts, nonce, sig });
}
