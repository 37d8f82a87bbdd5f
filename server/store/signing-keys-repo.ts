import type { Sql } from './sql/sql.ts';

/** A wallet signing key for offline codes. The JWKs are stored as JSON text. */
export type SigningKeyRecord = {
  kid: string;
  privateJwk: string;
  publicJwk: string;
  createdAt: number;
};

const KEY_COLUMNS =
  'kid, private_jwk AS "privateJwk", public_jwk AS "publicJwk", created_at AS "createdAt"';

export function signingKeysRepo(sql: Sql) {
  return {
    async insert(record: SigningKeyRecord): Promise<void> {
      await sql.run(
        'INSERT INTO signing_keys (kid, private_jwk, public_jwk, created_at) VALUES (?, ?, ?, ?)',
        [record.kid, record.privateJwk, record.publicJwk, record.createdAt],
      );
    },
    /** Every key, newest first. */
    list(): Promise<SigningKeyRecord[]> {
      return sql.all<SigningKeyRecord>(
        `SELECT ${KEY_COLUMNS} FROM signing_keys ORDER BY created_at DESC, kid`,
      );
    },
  };
}
export type SigningKeysRepo = ReturnType<typeof signingKeysRepo>;
