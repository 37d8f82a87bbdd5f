import path from 'node:path';
import { parseCodeHashKey } from './code-hash/code-hash-key.ts';
import { parseAllowedOrigins } from './cors/allowed-origins.ts';
import { parseAllowedHosts } from './http/allowed-hosts.ts';
import {
  DEFAULT_SERVER_LIMITS,
  parseServerLimits,
  type ServerLimits,
} from './http/server-limits.ts';
import { DEFAULT_FEES, parseFeeRates, type FeeSchedule } from './payments/fee-schedule.ts';
import { parseOpenRateLimit, type OpenRateLimitSettings } from './rate-limit/open-settings.ts';
import { parseRateLimit, type RateLimitSettings } from './rate-limit/settings.ts';
import {
  DEFAULT_HTTPS_PORT,
  parseHttpsSettings,
  parsePort,
  type HttpsSettings,
} from './tls/https-settings.ts';
import { DEFAULT_CODE_CAPS, parseCodeCaps, type CodeCaps } from './wallets/code-caps.ts';

/** The server's settings, from the environment (see docs/API.md, "Running the server"). */
export type ServerConfig = {
  port: number;
  host: string;
  /** Absolute; the database lives in `<dataDir>/wallet.db`. */
  dataDir: string;
  /** From STATIC_DIR, absolute: the built PWA to serve; null means the repository's dist/. */
  staticDir: string | null;
  /** From ADMIN_TOKEN; null means "use the stored one, or generate it". */
  adminToken: string | null;
  demo: boolean;
  /** From DATABASE_URL: PostgreSQL instead of the embedded SQLite database. */
  databaseUrl: string | null;
  fees: FeeSchedule;
  /** From ALLOW_FAULTS: serve the test-only /admin/faults and PATCH /admin/ledger (off by default). */
  allowFaults: boolean;
  /** From RATE_LIMIT_PER_SECOND and RATE_LIMIT_BURST; null when turned off. */
  rateLimit: RateLimitSettings | null;
  /** From ALLOWED_ORIGINS: the origins of separately hosted apps that may call the API. */
  allowedOrigins: string[];
  /** From HTTPS (or --https), TLS_CERT, TLS_KEY, TLS_HOSTNAMES and HTTP_PORT; null: plain HTTP. */
  https: HttpsSettings | null;
  /** From ALLOWED_HOSTS: Host names served besides the server's own (a reverse proxy's). */
  allowedHosts: string[];
  /** From OPEN_RATE_LIMIT_PER_MINUTE and OPEN_RATE_LIMIT_BURST; null when turned off. */
  openRateLimit: OpenRateLimitSettings | null;
  /** From HEADERS_TIMEOUT_MS, REQUEST_TIMEOUT_MS, KEEP_ALIVE_TIMEOUT_MS and MAX_CONNECTIONS. */
  serverLimits: ServerLimits;
  /** From MAX_UNUSED_ONLINE_CODES and MAX_UNUSED_OFFLINE_CODES. */
  codeCaps: CodeCaps;
  /** From CODE_HASH_KEY (base64url, 32 bytes); null means `<dataDir>/code-hash.key`. */
  codeHashKey: Uint8Array | null;
};

export const DEFAULT_PORT = 8080;
export const DEFAULT_HOST = '127.0.0.1';
/** With HTTPS the point is a tablet on the shop's network: listen on every interface. */
export const DEFAULT_HTTPS_HOST = '0.0.0.0';
export const DEFAULT_DATA_DIR = '.data';
export const DB_FILE = 'wallet.db';

export type ConfigResult = { ok: true; config: ServerConfig } | { ok: false; errors: string[] };

const TRUE_WORDS = ['1', 'true', 'yes', 'on'];
const FALSE_WORDS = ['0', 'false', 'no', 'off'];

/** The command-line flags of `npm start -- <flags>`. */
const FLAGS = ['--https'];

/**
 * Reads the environment and the command line (`argv` without node and the script); an empty
 * variable counts as unset.
 */
export function parseConfig(
  env: Record<string, string | undefined>,
  cwd: string,
  argv: readonly string[] = [],
): ConfigResult {
  const errors: string[] = [];
  const value = (name: string): string | undefined => {
    const text = env[name]?.trim();
    return text === '' ? undefined : text;
  };
  const onOff = (name: string): boolean | undefined => {
    const text = value(name)?.toLowerCase();
    if (text === undefined) return undefined;
    if (TRUE_WORDS.includes(text)) return true;
    if (FALSE_WORDS.includes(text)) return false;
    errors.push(`${name} must be 1 or 0 (or true/false, yes/no, on/off), got "${text}".`);
    return undefined;
  };

  for (const arg of argv) {
    if (!FLAGS.includes(arg)) {
      errors.push(
        `Unknown argument "${arg}"; the only flag is --https (npm start -- --https). Everything else is set by environment variables (README, "Configuration").`,
      );
    }
  }
  const tls = parseHttpsSettings({
    httpsVariable: onOff('HTTPS'),
    httpsFlag: argv.includes('--https'),
    tlsCert: value('TLS_CERT'),
    tlsKey: value('TLS_KEY'),
    tlsHostnames: value('TLS_HOSTNAMES'),
    httpPort: value('HTTP_PORT'),
    cwd,
  });
  if (!tls.ok) errors.push(...tls.errors);
  const https = tls.ok ? tls.https : null;

  let port = https === null ? DEFAULT_PORT : DEFAULT_HTTPS_PORT;
  const portText = value('PORT');
  if (portText !== undefined) {
    const parsed = parsePort('PORT', portText);
    if (parsed.ok) port = parsed.port;
    else errors.push(parsed.error);
  }
  if (
    https !== null &&
    https.httpPort !== null &&
    https.httpPort !== 0 &&
    https.httpPort === port
  ) {
    errors.push(
      `HTTP_PORT (the redirect to HTTPS) and PORT (HTTPS) are both ${port}; give them different ports, or HTTP_PORT=off.`,
    );
  }

  const host = value('HOST') ?? (https === null ? DEFAULT_HOST : DEFAULT_HTTPS_HOST);
  if (!/^[A-Za-z0-9.:[\]-]+$/.test(host)) {
    errors.push(`HOST must be a host name or IP address, got "${host}".`);
  }

  const adminToken = value('ADMIN_TOKEN') ?? null;
  if (adminToken !== null && !/^[\x21-\x7e]{1,256}$/.test(adminToken)) {
    errors.push('ADMIN_TOKEN must be 1 to 256 printable ASCII characters without spaces.');
  }

  const demo = onOff('DEMO') ?? true;

  const dataDir = path.resolve(cwd, value('DATA_DIR') ?? DEFAULT_DATA_DIR);
  const staticText = value('STATIC_DIR');
  const staticDir = staticText === undefined ? null : path.resolve(cwd, staticText);

  const databaseUrl = value('DATABASE_URL') ?? null;
  if (databaseUrl !== null && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    errors.push('DATABASE_URL must be a postgres:// or postgresql:// URL.');
  }

  let fees = DEFAULT_FEES;
  const feeText = value('FEE_RATES');
  if (feeText !== undefined) {
    const parsed = parseFeeRates(feeText);
    if (parsed.ok) fees = parsed.fees;
    else errors.push(parsed.error);
  }

  const allowFaults = onOff('ALLOW_FAULTS') ?? false;

  const limit = parseRateLimit(value('RATE_LIMIT_PER_SECOND'), value('RATE_LIMIT_BURST'));
  if (!limit.ok) errors.push(...limit.errors);
  const rateLimit = limit.ok ? limit.rateLimit : null;

  let allowedOrigins: string[] = [];
  const originsText = value('ALLOWED_ORIGINS');
  if (originsText !== undefined) {
    const parsed = parseAllowedOrigins(originsText);
    if (parsed.ok) allowedOrigins = parsed.origins;
    else errors.push(parsed.error);
  }

  let allowedHosts: string[] = [];
  const hostsText = value('ALLOWED_HOSTS');
  if (hostsText !== undefined) {
    const parsed = parseAllowedHosts(hostsText);
    if (parsed.ok) allowedHosts = parsed.hosts;
    else errors.push(parsed.error);
  }

  const open = parseOpenRateLimit(
    value('OPEN_RATE_LIMIT_PER_MINUTE'),
    value('OPEN_RATE_LIMIT_BURST'),
  );
  if (!open.ok) errors.push(...open.errors);
  const openRateLimit = open.ok ? open.openRateLimit : null;

  const limits = parseServerLimits(value);
  if (!limits.ok) errors.push(...limits.errors);
  const serverLimits = limits.ok ? limits.limits : DEFAULT_SERVER_LIMITS;

  const caps = parseCodeCaps(value('MAX_UNUSED_ONLINE_CODES'), value('MAX_UNUSED_OFFLINE_CODES'));
  if (!caps.ok) errors.push(...caps.errors);
  const codeCaps = caps.ok ? caps.codeCaps : DEFAULT_CODE_CAPS;

  const codeHashText = value('CODE_HASH_KEY');
  const codeHashKey = codeHashText === undefined ? null : parseCodeHashKey(codeHashText);
  if (codeHashText !== undefined && codeHashKey === null) {
    errors.push(
      'CODE_HASH_KEY must be 32 bytes as base64url (43 characters), e.g. from: node -e "console.log(crypto.randomBytes(32).toString(\'base64url\'))".',
    );
  }

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    config: {
      port,
      host,
      dataDir,
      staticDir,
      adminToken,
      demo,
      databaseUrl,
      fees,
      allowFaults,
      rateLimit,
      allowedOrigins,
      https,
      allowedHosts,
      openRateLimit,
      serverLimits,
      codeCaps,
      codeHashKey,
    },
  };
}
