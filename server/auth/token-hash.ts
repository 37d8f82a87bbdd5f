import { createHash } from 'node:crypto';

/**
 * How wallet tokens and the admin token are kept: the SHA-256 of the token, in hex. The tokens
 * are 256 random bits (server/ids.ts newSecret), so a plain hash is enough: there is nothing to
 * guess. ADMIN_TOKEN may be chosen by a person, but it lives in the environment, not the
 * database. The same function runs in SQL (sha256_hex in SQLite, sha256() in PostgreSQL) for the
 * migration that hashed the tokens stored before (server/store/migrations.ts).
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
