import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { base64UrlToBytes, bytesToBase64Url } from '../../protocol/base64url.ts';
import { writePrivateFile } from '../data-dir/private-files.ts';
import { CODE_HASH_KEY_BYTES } from './code-hasher.ts';

/** The file in DATA_DIR that holds the payment codes' HMAC key, as base64url text. */
export const CODE_HASH_KEY_FILE = 'code-hash.key';

export type CodeHashKey = { key: Uint8Array; source: 'CODE_HASH_KEY' | 'file' | 'generated' };

/** Reads base64url text as a 32-byte key; null when it is not one. */
export function parseCodeHashKey(text: string): Uint8Array | null {
  try {
    const bytes = base64UrlToBytes(text.trim());
    return bytes.length === CODE_HASH_KEY_BYTES ? bytes : null;
  } catch {
    return null;
  }
}

/**
 * The key under which the wallet hashes payment codes. It lives outside the database, so that a
 * dump of the database alone does not let anyone brute-force the digits a mask hides. From
 * CODE_HASH_KEY when set, else `<dataDir>/code-hash.key`, made (mode 0600) on the first start
 * and kept. A file that is there but unreadable stops the start: a new key would orphan every
 * stored hash.
 */
export function loadCodeHashKey(fromEnv: Uint8Array | null, dataDir: string): CodeHashKey {
  if (fromEnv !== null) return { key: fromEnv, source: 'CODE_HASH_KEY' };
  const file = path.join(dataDir, CODE_HASH_KEY_FILE);
  if (existsSync(file)) {
    const key = parseCodeHashKey(readFileSync(file, 'utf8'));
    if (key === null) {
      throw new Error(
        `${file} does not hold a ${String(CODE_HASH_KEY_BYTES)}-byte base64url key. Restore it from a backup; deleting it makes the wallet forget every stored code hash.`,
      );
    }
    return { key, source: 'file' };
  }
  const key = new Uint8Array(randomBytes(CODE_HASH_KEY_BYTES));
  writePrivateFile(file, `${bytesToBase64Url(key)}\n`);
  return { key, source: 'generated' };
}
