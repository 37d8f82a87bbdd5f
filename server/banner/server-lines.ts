import path from 'node:path';
import { formatAmount } from '../../protocol/money.ts';
import type { Bootstrapped } from '../bootstrap.ts';
import { DB_FILE, type ServerConfig } from '../config.ts';

/** The banner's lines about the data, the admin token, demo mode and the other settings. */
export function serverLines(config: ServerConfig, boot: Bootstrapped): string[] {
  return [
    `  Data:        ${describeDatabase(config)}`,
    `  Admin token: ${describeAdminToken(boot)}`,
    `  Demo mode:   ${config.demo ? 'on (DEMO=0 turns it off)' : 'off'}`,
    `  Rate limit:  ${describeRateLimit(config)}`,
    ...(config.allowedOrigins.length === 0
      ? []
      : [`  CORS:        ${config.allowedOrigins.join(', ')} (ALLOWED_ORIGINS)`]),
    ...(config.staticDir === null ? [] : [`  App files:   ${config.staticDir} (STATIC_DIR)`]),
    ...(config.allowFaults
      ? [
          '  Faults:      injectable (ALLOW_FAULTS=1): /api/v1/admin/faults, PATCH /api/v1/admin/ledger',
        ]
      : []),
    ...boot.demoWallets.map(
      (wallet) =>
        `  Demo wallet: ${wallet.name.padEnd(9)} ${wallet.id}  balance ${formatAmount(wallet.balance)}`,
    ),
  ];
}

function describeDatabase(config: ServerConfig): string {
  if (config.databaseUrl === null) return `${path.join(config.dataDir, DB_FILE)} (SQLite)`;
  const url = new URL(config.databaseUrl);
  return `PostgreSQL at ${url.host}${url.pathname} (from DATABASE_URL)`;
}

function describeRateLimit({ rateLimit }: ServerConfig): string {
  if (rateLimit === null) return 'off (RATE_LIMIT_PER_SECOND=0)';
  return `${rateLimit.perSecond}/s per credential, bursts of ${rateLimit.burst}`;
}

/** The token itself only at the start that generated it: only its hash is stored. */
function describeAdminToken(boot: Bootstrapped): string {
  if (boot.generatedAdminToken !== null) {
    return `${boot.generatedAdminToken} (generated now and stored as a hash: note it, it is shown only this once; set ADMIN_TOKEN to choose one)`;
  }
  switch (boot.adminTokenSource) {
    case 'env':
      return 'set from ADMIN_TOKEN';
    case 'stored':
    case 'generated':
      return 'set (generated at the first start, stored as a hash); to replace it, start with ADMIN_TOKEN=<new token>';
  }
}
