import { z } from './zod.ts';
import { base64UrlToBytes, bytesToBase64Url } from './base64url.ts';
import { isLowS, toLowS } from './ecdsa-low-s.ts';
import { AmountSchema, IsoTimeSchema, ProviderSchema } from './payments.ts';

/** Offline codes are `SOP1.<base64url(payload JSON)>.<base64url(P1363 signature)>`. */
export const OFFLINE_CODE_PREFIX = 'SOP1.';
export const MAX_OFFLINE_CODES_PER_REQUEST = 50;

/** The wallet signs with ECDSA P-256 / SHA-256 (JOSE `ES256`); WebCrypto signs in P1363 form. */
export const OFFLINE_KEY_ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const OFFLINE_SIGNATURE_ALGORITHM = { name: 'ECDSA', hash: 'SHA-256' } as const;

/**
 * What an offline code says, signed by the wallet with ECDSA P-256. `iat` and `exp` are unix
 * milliseconds; the code is valid for captures with `iat <= capturedAt < exp`, for at most
 * `cap` minor units.
 */
export const OfflineCodePayloadSchema = z.object({
  kid: z.string().min(1).max(64),
  cid: z.string().min(1).max(64),
  wid: z.string().min(1).max(64),
  provider: ProviderSchema,
  iat: z.int().nonnegative(),
  exp: z.int().nonnegative(),
  cap: AmountSchema,
});
export type OfflineCodePayload = z.infer<typeof OfflineCodePayloadSchema>;

const Base64UrlSchema = z.string().regex(/^[A-Za-z0-9_-]+$/, 'must be base64url text');

/** A public verification key as `GET /keys` publishes it (RFC 7517); never a private part. */
export const OfflineVerificationJwkSchema = z.object({
  kty: z.literal('EC'),
  crv: z.literal('P-256'),
  x: Base64UrlSchema,
  y: Base64UrlSchema,
  kid: z.string().min(1).max(64),
  alg: z.literal('ES256'),
  use: z.literal('sig'),
});
export type OfflineVerificationJwk = z.infer<typeof OfflineVerificationJwkSchema>;

export const JwkSetSchema = z.object({ keys: z.array(OfflineVerificationJwkSchema) });
export type JwkSet = z.infer<typeof JwkSetSchema>;

export const IssueOfflineCodesRequestSchema = z.strictObject({
  count: z
    .int('must be an integer')
    .min(1, 'must be at least 1')
    .max(MAX_OFFLINE_CODES_PER_REQUEST, `must be at most ${MAX_OFFLINE_CODES_PER_REQUEST}`),
  cap: AmountSchema,
  provider: ProviderSchema.default('alipay'),
});
export type IssueOfflineCodesRequest = z.infer<typeof IssueOfflineCodesRequestSchema>;

export const IssuedOfflineCodeSchema = z.object({
  text: z.string(),
  cid: z.string(),
  exp: IsoTimeSchema,
  cap: z.int(),
});
export type IssuedOfflineCode = z.infer<typeof IssuedOfflineCodeSchema>;

export const OfflineCodesIssuedSchema = z.object({ codes: z.array(IssuedOfflineCodeSchema) });
export type OfflineCodesIssued = z.infer<typeof OfflineCodesIssuedSchema>;

/** WebCrypto's key type, spelled so that it resolves under both DOM and Node typings. */
export type OfflineCodeKey = Awaited<ReturnType<typeof crypto.subtle.importKey>>;

/** Signs the bytes of the base64url payload text; the answer is a P1363 signature. */
export type SignOfflinePayload = (signed: Uint8Array<ArrayBuffer>) => Promise<ArrayBuffer>;

export type OfflineCode = {
  ok: true;
  payload: OfflineCodePayload;
  /** The base64url payload text as it appears in the code: its bytes are what was signed. */
  signedText: string;
  signature: Uint8Array<ArrayBuffer>;
};
export type ParsedOfflineCode = OfflineCode | { ok: false; message: string };

const encoder = new TextEncoder();
const utf8 = new TextDecoder('utf-8', { fatal: true });
const MALFORMED = { ok: false, message: 'is not a well-formed SOP1 offline code' } as const;

export function formatOfflineCode(signedText: string, signature: Uint8Array): string {
  return `${OFFLINE_CODE_PREFIX}${signedText}.${bytesToBase64Url(signature)}`;
}

export async function encodeOfflineCode(
  payload: OfflineCodePayload,
  sign: SignOfflinePayload,
): Promise<string> {
  const signedText = bytesToBase64Url(encoder.encode(JSON.stringify(payload)));
  const signature = await sign(encoder.encode(signedText));
  return formatOfflineCode(signedText, new Uint8Array(signature));
}

/** Signs with WebCrypto, and always hands back the low-S form (ecdsa-low-s.ts). */
export function offlineCodeSigner(privateKey: OfflineCodeKey): SignOfflinePayload {
  return async (signed) => {
    const signature = await crypto.subtle.sign(OFFLINE_SIGNATURE_ALGORITHM, privateKey, signed);
    return toLowS(new Uint8Array(signature)).buffer;
  };
}

/** Reads the text of an offline code without checking its signature. */
export function parseOfflineCode(text: string): ParsedOfflineCode {
  if (!text.startsWith(OFFLINE_CODE_PREFIX)) return MALFORMED;
  const parts = text.slice(OFFLINE_CODE_PREFIX.length).split('.');
  const [signedText, signatureText] = parts;
  if (parts.length !== 2 || !signedText || !signatureText) return MALFORMED;
  let json: unknown;
  let signature: Uint8Array<ArrayBuffer>;
  try {
    json = JSON.parse(utf8.decode(base64UrlToBytes(signedText)));
    signature = base64UrlToBytes(signatureText);
  } catch {
    return MALFORMED;
  }
  const payload = OfflineCodePayloadSchema.safeParse(json);
  if (!payload.success) {
    return { ok: false, message: 'holds an offline payload of the wrong shape' };
  }
  return { ok: true, payload: payload.data, signedText, signature };
}

export function importOfflineVerificationKey(jwk: OfflineVerificationJwk): Promise<OfflineCodeKey> {
  // Only the key itself: WebCrypto would refuse some optional members it checks strictly.
  const { kty, crv, x, y } = jwk;
  return crypto.subtle.importKey('jwk', { kty, crv, x, y }, OFFLINE_KEY_ALGORITHM, false, [
    'verify',
  ]);
}

/**
 * Checks the signature with a key the caller picked by the code's `kid`. A high-S signature is
 * refused: WebCrypto would accept it, and then one code would have two valid texts.
 */
export async function verifyOfflineSignature(
  code: OfflineCode,
  key: OfflineCodeKey,
): Promise<boolean> {
  if (!isLowS(code.signature)) return false;
  try {
    return await crypto.subtle.verify(
      OFFLINE_SIGNATURE_ALGORITHM,
      key,
      code.signature,
      encoder.encode(code.signedText),
    );
  } catch {
    return false;
  }
}

/**
 * Checks a P1363 signature (r‖s) over the signed bytes, SHA-256 prehashed, with one public key;
 * a high-S signature must be refused.
 * WebCrypto's by default; a page without WebCrypto (outside a secure context) brings its own.
 */
export type OfflineSignatureCheck = (
  jwk: OfflineVerificationJwk,
  signature: Uint8Array<ArrayBuffer>,
  signed: Uint8Array<ArrayBuffer>,
) => Promise<boolean>;

/** WebCrypto's check, which accepts a high S by itself: refused here first (ecdsa-low-s.ts). */
export const webCryptoOfflineCheck: OfflineSignatureCheck = async (jwk, signature, signed) =>
  isLowS(signature) &&
  crypto.subtle.verify(
    OFFLINE_SIGNATURE_ALGORITHM,
    await importOfflineVerificationKey(jwk),
    signature,
    signed,
  );

/** True when the key the code names is in the set and its signature is good. */
export async function verifyOfflineCode(
  code: OfflineCode,
  jwks: JwkSet,
  check: OfflineSignatureCheck = webCryptoOfflineCheck,
): Promise<boolean> {
  const jwk = jwks.keys.find((candidate) => candidate.kid === code.payload.kid);
  if (!jwk) return false;
  try {
    return await check(jwk, code.signature, encoder.encode(code.signedText));
  } catch {
    return false;
  }
}
