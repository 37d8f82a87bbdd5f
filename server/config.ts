import path from 'node:path';
import { parseAllowedOrigins } from './cors/allowed-origins.ts';
import { DEFAULT_FEES, parseFeeRates, type FeeSchedule } from './payments/fee-schedule.ts';
import { parseRateLimit, type RateLimitSettings } from './rate-limit/settings.ts';

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
};

export const DEFAULT_PORT = 8080;
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_DATA_DIR = '.data';

export type ConfigResult = { ok: true; config: ServerConfig } | { ok: false; errors: string[] };

const TRUE_WORDS = ['1', 'true', 'yes', 'on'];
const FALSE_WORDS = ['0', 'false', 'no', 'off'];

/** Reads the environment; an empty variable counts as unset. */
export function parseConfig(env: Record<string, string | undefined>, cwd: string): ConfigResult {
  const errors: string[] = [];
  const value = (name: string): string | undefined => {
    const text = env[name]?.trim();
    return text === '' ? undefined : text;
  };

  let port = DEFAULT_PORT;
  const portText = value('PORT');
  if (portText !== undefined) {
    port = /^\d{1,5}$/.test(portText) ? Number(portText) : NaN;
    if (!(port >= 0 && port <= 65535)) {
      errors.push(`PORT must be a whole number from 0 to 65535, got "${portText}".`);
    }
  }

  const host = value('HOST') ?? DEFAULT_HOST;
  if (!/^[A-Za-z0-9.:[\]-]+$/.test(host)) {
    errors.push(`HOST must be a host name or IP address, got "${host}".`);
  }

  const adminToken = value('ADMIN_TOKEN') ?? null;
  if (adminToken !== null && !/^[\x21-\x7e]{1,256}$/.test(adminToken)) {
    errors.push('ADMIN_TOKEN must be 1 to 256 printable ASCII characters without spaces.');
  }

  let demo = true;
  const demoText = value('DEMO')?.toLowerCase();
  if (demoText !== undefined) {
    if (TRUE_WORDS.includes(demoText)) demo = true;
    else if (FALSE_WORDS.includes(demoText)) demo = false;
    else errors.push(`DEMO must be 1 or 0 (or true/false, yes/no, on/off), got "${demoText}".`);
  }

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

  let allowFaults = false;
  const faultsText = value('ALLOW_FAULTS')?.toLowerCase();
  if (faultsText !== undefined) {
    if (TRUE_WORDS.includes(faultsText)) allowFaults = true;
    else if (!FALSE_WORDS.includes(faultsText)) {
      errors.push(
        `ALLOW_FAULTS must be 1 or 0 (or true/false, yes/no, on/off), got "${faultsText}".`,
      );
    }
  }

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
    },
  };
}
