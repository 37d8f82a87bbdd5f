import type { Engine, SqlDatabase } from './sql/sql.ts';

/** One text for both engines, or one for each where they differ (a table copy in SQLite). */
type Migration = string | { sqlite: string; postgres: string };

/**
 * Wallet pairing codes (server/wallets/wallet-pairing.ts): a null wallet_id is a demo code, for
 * all the demo wallets. Apart from terminal pairing codes, so that neither kind redeems as the
 * other.
 */
const WALLET_PAIRING_CODES = `
  CREATE TABLE wallet_pairing_codes (
    code TEXT PRIMARY KEY,
    wallet_id TEXT REFERENCES wallets (id),
    expires_at {int} NOT NULL,
    used_at {int},
    created_at {int} NOT NULL
  ){strict};
  CREATE INDEX wallet_pairing_codes_by_expiry ON wallet_pairing_codes (expires_at);
`;

/**
 * Schema migrations, applied in order and recorded in `schema_migrations`. Never edit a shipped
 * migration: append a new one. One text serves both engines; `{int}` is a 64-bit integer
 * (SQLite INTEGER, PostgreSQL BIGINT), `{serial}` an auto-numbered primary key, and `{strict}`
 * makes SQLite check column types.
 */
const MIGRATIONS: readonly Migration[] = [
  `
  CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  ){strict};

  CREATE TABLE merchants (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    is_default {int} NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
    created_at {int} NOT NULL
  ){strict};
  CREATE UNIQUE INDEX merchants_one_default ON merchants (is_default) WHERE is_default = 1;

  CREATE TABLE terminals (
    id TEXT PRIMARY KEY,
    merchant_id TEXT NOT NULL REFERENCES merchants (id),
    name TEXT NOT NULL,
    secret TEXT NOT NULL,
    created_at {int} NOT NULL
  ){strict};

  CREATE TABLE pairing_codes (
    code TEXT PRIMARY KEY,
    merchant_id TEXT NOT NULL REFERENCES merchants (id),
    expires_at {int} NOT NULL,
    used_at {int},
    terminal_id TEXT REFERENCES terminals (id),
    created_at {int} NOT NULL
  ){strict};

  CREATE TABLE wallets (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    token TEXT NOT NULL UNIQUE,
    balance {int} NOT NULL CHECK (balance >= 0),
    payment_limit {int} NOT NULL CHECK (payment_limit > 0),
    demo_position {int} UNIQUE,
    created_at {int} NOT NULL
  ){strict};

  CREATE TABLE payment_codes (
    code TEXT PRIMARY KEY,
    wallet_id TEXT NOT NULL REFERENCES wallets (id),
    provider TEXT NOT NULL CHECK (provider IN ('alipay', 'wechat', 'unionpay')),
    issued_at {int} NOT NULL,
    expires_at {int} NOT NULL,
    used_at {int}
  ){strict};

  CREATE TABLE signing_keys (
    kid TEXT PRIMARY KEY,
    private_jwk TEXT NOT NULL,
    public_jwk TEXT NOT NULL,
    created_at {int} NOT NULL
  ){strict};

  CREATE TABLE offline_codes (
    cid TEXT PRIMARY KEY,
    wallet_id TEXT NOT NULL REFERENCES wallets (id),
    provider TEXT NOT NULL CHECK (provider IN ('alipay', 'wechat', 'unionpay')),
    kid TEXT NOT NULL REFERENCES signing_keys (kid),
    cap {int} NOT NULL CHECK (cap > 0),
    issued_at {int} NOT NULL,
    expires_at {int} NOT NULL,
    used_at {int},
    trade_no TEXT
  ){strict};
  CREATE INDEX offline_codes_by_wallet ON offline_codes (wallet_id, issued_at);

  CREATE TABLE payments (
    trade_no TEXT PRIMARY KEY,
    merchant_id TEXT NOT NULL REFERENCES merchants (id),
    out_trade_no TEXT NOT NULL,
    terminal_id TEXT NOT NULL REFERENCES terminals (id),
    wallet_id TEXT REFERENCES wallets (id),
    provider TEXT NOT NULL CHECK (provider IN ('alipay', 'wechat', 'unionpay')),
    status TEXT NOT NULL CHECK (status IN ('SUCCESS', 'USERPAYING', 'FAILED', 'CLOSED')),
    amount {int} NOT NULL CHECK (amount > 0),
    currency TEXT NOT NULL CHECK (currency IN ('CNY')),
    fee {int} NOT NULL CHECK (fee >= 0),
    fee_ppm {int} NOT NULL CHECK (fee_ppm >= 0),
    refunded_amount {int} NOT NULL DEFAULT 0 CHECK (refunded_amount >= 0 AND refunded_amount <= amount),
    refunded_fee {int} NOT NULL DEFAULT 0 CHECK (refunded_fee >= 0 AND refunded_fee <= fee),
    auth_code_hash TEXT NOT NULL,
    subject TEXT,
    offline {int} NOT NULL DEFAULT 0 CHECK (offline IN (0, 1)),
    captured_at {int},
    created_at {int} NOT NULL,
    paid_at {int},
    closed_at {int},
    failure_code TEXT,
    failure_message TEXT,
    UNIQUE (merchant_id, out_trade_no)
  ){strict};
  CREATE INDEX payments_by_wallet ON payments (wallet_id, created_at);
  CREATE INDEX payments_by_out_trade_no ON payments (out_trade_no);
  CREATE INDEX payments_awaiting ON payments (status, created_at);

  CREATE TABLE refunds (
    merchant_id TEXT NOT NULL REFERENCES merchants (id),
    out_refund_no TEXT NOT NULL,
    trade_no TEXT NOT NULL REFERENCES payments (trade_no),
    out_trade_no TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('SUCCESS', 'FAILED')),
    amount {int} NOT NULL CHECK (amount > 0),
    fee {int} NOT NULL CHECK (fee >= 0),
    reason TEXT,
    created_at {int} NOT NULL,
    failure_code TEXT,
    failure_message TEXT,
    PRIMARY KEY (merchant_id, out_refund_no)
  ){strict};
  CREATE INDEX refunds_by_trade_no ON refunds (trade_no);

  CREATE TABLE ledger (
    seq {serial},
    id TEXT NOT NULL UNIQUE,
    merchant_id TEXT NOT NULL REFERENCES merchants (id),
    type TEXT NOT NULL CHECK (type IN ('PAYMENT', 'REFUND', 'CANCEL')),
    trade_no TEXT NOT NULL REFERENCES payments (trade_no),
    out_trade_no TEXT NOT NULL,
    out_refund_no TEXT,
    provider TEXT NOT NULL CHECK (provider IN ('alipay', 'wechat', 'unionpay')),
    amount {int} NOT NULL CHECK (amount > 0),
    fee {int} NOT NULL CHECK (fee >= 0),
    at {int} NOT NULL
  ){strict};
  CREATE INDEX ledger_by_day ON ledger (merchant_id, at);

  CREATE TABLE nonces (
    terminal_id TEXT NOT NULL REFERENCES terminals (id),
    nonce TEXT NOT NULL,
    seen_at {int} NOT NULL,
    PRIMARY KEY (terminal_id, nonce)
  ){strict};
  CREATE INDEX nonces_by_seen_at ON nonces (seen_at);
  `,
  `
  -- i16-at-rest: payment codes kept as a keyed hash and a mask, never in full; the old table
  -- is emptied into the new one, hashed, by the server at start (server/code-hash/), then dropped.
  ALTER TABLE payment_codes RENAME TO payment_codes_unhashed;
  CREATE TABLE payment_codes (
    code_hash TEXT NOT NULL,
    code_mask TEXT NOT NULL,
    wallet_id TEXT NOT NULL REFERENCES wallets (id),
    provider TEXT NOT NULL CHECK (provider IN ('alipay', 'wechat', 'unionpay')),
    issued_at {int} NOT NULL,
    expires_at {int} NOT NULL,
    used_at {int},
    CONSTRAINT payment_codes_by_hash PRIMARY KEY (code_hash)
  ){strict};
  CREATE INDEX payment_codes_by_expiry ON payment_codes (expires_at);
  CREATE INDEX offline_codes_by_expiry ON offline_codes (expires_at);
  CREATE INDEX pairing_codes_by_expiry ON pairing_codes (expires_at);
  -- i16-hardening: count a wallet's outstanding payment codes (its cap) without a full scan.
  CREATE INDEX payment_codes_by_wallet ON payment_codes (wallet_id, expires_at);
  `,
  {
    // A table copy: SQLite cannot drop a UNIQUE column. Foreign keys are off while it runs.
    sqlite: `
  -- i16-pair-server: wallet tokens and the admin token kept as SHA-256 hashes; wallet pairing codes
  CREATE TABLE wallet_tokens (
    token_hash TEXT PRIMARY KEY,
    wallet_id TEXT NOT NULL REFERENCES wallets (id),
    created_at INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX wallet_tokens_by_wallet ON wallet_tokens (wallet_id);
  INSERT INTO wallet_tokens (token_hash, wallet_id, created_at)
    SELECT sha256_hex(token), id, created_at FROM wallets;
  CREATE TABLE wallets_without_token (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    balance INTEGER NOT NULL CHECK (balance >= 0),
    payment_limit INTEGER NOT NULL CHECK (payment_limit > 0),
    demo_position INTEGER UNIQUE,
    created_at INTEGER NOT NULL
  ) STRICT;
  INSERT INTO wallets_without_token (id, name, balance, payment_limit, demo_position, created_at)
    SELECT id, name, balance, payment_limit, demo_position, created_at FROM wallets;
  DROP TABLE wallets;
  ALTER TABLE wallets_without_token RENAME TO wallets;
  UPDATE settings SET key = 'admin_token_sha256', value = sha256_hex(value) WHERE key = 'admin_token';
  ${WALLET_PAIRING_CODES}
  `,
    postgres: `
  -- i16-pair-server: wallet tokens and the admin token kept as SHA-256 hashes; wallet pairing codes
  CREATE TABLE wallet_tokens (
    token_hash TEXT PRIMARY KEY,
    wallet_id TEXT NOT NULL REFERENCES wallets (id),
    created_at BIGINT NOT NULL
  );
  CREATE INDEX wallet_tokens_by_wallet ON wallet_tokens (wallet_id);
  INSERT INTO wallet_tokens (token_hash, wallet_id, created_at)
    SELECT encode(sha256(convert_to(token, 'UTF8')), 'hex'), id, created_at FROM wallets;
  ALTER TABLE wallets DROP COLUMN token;
  UPDATE settings SET key = 'admin_token_sha256', value = encode(sha256(convert_to(value, 'UTF8')), 'hex')
    WHERE key = 'admin_token';
  ${WALLET_PAIRING_CODES}
  `,
  },
];

export const SCHEMA_VERSION = MIGRATIONS.length;

function render(migration: Migration, engine: Engine): string {
  const template = typeof migration === 'string' ? migration : migration[engine];
  return template
    .replaceAll('{int}', engine === 'sqlite' ? 'INTEGER' : 'BIGINT')
    .replaceAll(
      '{serial}',
      engine === 'sqlite'
        ? 'INTEGER PRIMARY KEY'
        : 'BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY',
    )
    .replaceAll('{strict}', engine === 'sqlite' ? ' STRICT' : '');
}

/**
 * Brings the schema up to date (or, for tests of an upgrade, up to `target`); refuses a database
 * written by a newer server.
 */
export async function migrate(db: SqlDatabase, target = MIGRATIONS.length): Promise<void> {
  await db.exec(
    render(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version {int} PRIMARY KEY, applied_at {int} NOT NULL){strict}',
      db.engine,
    ),
  );
  const row = await db.transaction((sql) =>
    sql.get<{ version: number | null }>('SELECT max(version) AS "version" FROM schema_migrations'),
  );
  const current = row?.version ?? 0;
  if (current === 0 && (await hasLegacyTables(db))) {
    throw new Error(
      'The database was made by an early development build of Saoma and cannot be upgraded; move its data directory aside and start again',
    );
  }
  if (current > MIGRATIONS.length) {
    throw new Error(
      `The database has schema version ${String(current)}, newer than this server knows (${String(MIGRATIONS.length)})`,
    );
  }
  // SQLite's table copies (its documented way to alter a table) need foreign keys off: dropping
  // the old table would otherwise count every reference to it as broken. Checked afterwards.
  const sqlite = db.engine === 'sqlite';
  if (sqlite && current < target) await db.exec('PRAGMA foreign_keys = OFF');
  for (const [index, template] of MIGRATIONS.entries()) {
    const version = index + 1;
    if (version <= current || version > target) continue;
    await db.exec(
      `BEGIN;\n${render(template, db.engine)}\nINSERT INTO schema_migrations (version, applied_at) VALUES (${String(version)}, ${String(Date.now())});\nCOMMIT;`,
    );
  }
  if (sqlite && current < target) {
    await db.exec('PRAGMA foreign_keys = ON');
    const broken = await db.transaction((sql) => sql.all('PRAGMA foreign_key_check'));
    if (broken.length > 0) throw new Error('A migration left rows with broken foreign keys');
  }
}

async function hasLegacyTables(db: SqlDatabase): Promise<boolean> {
  const found = await db.transaction((sql) =>
    db.engine === 'sqlite'
      ? sql.get("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'merchants'")
      : sql.get(
          "SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'merchants'",
        ),
  );
  return found !== undefined;
}
