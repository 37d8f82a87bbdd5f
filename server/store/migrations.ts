/**
 * Schema migrations, applied in order and tracked in SQLite's `user_version`. Never edit a
 * shipped migration: append a new one.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  ) STRICT;

  CREATE TABLE merchants (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
    created_at INTEGER NOT NULL
  ) STRICT;
  CREATE UNIQUE INDEX merchants_one_default ON merchants (is_default) WHERE is_default = 1;

  CREATE TABLE terminals (
    id TEXT PRIMARY KEY,
    merchant_id TEXT NOT NULL REFERENCES merchants (id),
    name TEXT NOT NULL,
    secret TEXT NOT NULL,
    created_at INTEGER NOT NULL
  ) STRICT;

  CREATE TABLE pairing_codes (
    code TEXT PRIMARY KEY,
    merchant_id TEXT NOT NULL REFERENCES merchants (id),
    expires_at INTEGER NOT NULL,
    used_at INTEGER,
    terminal_id TEXT REFERENCES terminals (id),
    created_at INTEGER NOT NULL
  ) STRICT;

  CREATE TABLE wallets (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    token TEXT NOT NULL UNIQUE,
    balance INTEGER NOT NULL CHECK (balance >= 0),
    is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
    created_at INTEGER NOT NULL
  ) STRICT;

  CREATE TABLE payment_codes (
    code TEXT PRIMARY KEY,
    wallet_id TEXT NOT NULL REFERENCES wallets (id),
    provider TEXT NOT NULL CHECK (provider IN ('alipay', 'wechat', 'unionpay')),
    issued_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at INTEGER
  ) STRICT;

  CREATE TABLE payments (
    trade_no TEXT PRIMARY KEY,
    merchant_id TEXT NOT NULL REFERENCES merchants (id),
    out_trade_no TEXT NOT NULL,
    terminal_id TEXT NOT NULL REFERENCES terminals (id),
    wallet_id TEXT REFERENCES wallets (id),
    provider TEXT NOT NULL CHECK (provider IN ('alipay', 'wechat', 'unionpay')),
    status TEXT NOT NULL CHECK (status IN ('SUCCESS', 'USERPAYING', 'FAILED', 'CLOSED')),
    amount INTEGER NOT NULL CHECK (amount > 0),
    currency TEXT NOT NULL CHECK (currency IN ('CNY')),
    fee INTEGER NOT NULL CHECK (fee >= 0),
    refunded_amount INTEGER NOT NULL DEFAULT 0,
    auth_code_hash TEXT NOT NULL,
    subject TEXT,
    created_at INTEGER NOT NULL,
    paid_at INTEGER,
    failure_code TEXT,
    failure_message TEXT,
    UNIQUE (out_trade_no, merchant_id)
  ) STRICT;
  CREATE INDEX payments_by_wallet ON payments (wallet_id, created_at);

  CREATE TABLE nonces (
    terminal_id TEXT NOT NULL REFERENCES terminals (id),
    nonce TEXT NOT NULL,
    seen_at INTEGER NOT NULL,
    PRIMARY KEY (terminal_id, nonce)
  ) STRICT, WITHOUT ROWID;
  CREATE INDEX nonces_by_seen_at ON nonces (seen_at);
  `,
];
