// `npm run bench:wallet`: durable pay calls per second against a real server process, on
// SQLite, and on PostgreSQL too with DATABASE_URL or `--postgres <url>`. Prints one JSON object
// per engine on stdout; progress goes to stderr. Options: --duration <s> (10),
// --connections <n> (64), --codes <n> (pre-issued codes; duration × 5,000 by default),
// --engine sqlite|postgres|all (all), --cpu-prof <dir> (V8 CPU profile of the server).
// `paid` counts 200 answers with a SUCCESS payment (`notPaid` all others); `settled` is how many
// lines today's statement gained, which must equal `sent`, in-flight pays at the stop included.
import './bench-smoke/smoke-flag.ts';
import { parseArgs } from 'node:util';
import { runLoad } from './bench-wallet/load.ts';
import { startServer } from './bench-wallet/server-process.ts';
import { settledCount, settledCountWhenQuiet } from './bench-wallet/settled.ts';
import { createTerminal, createWallets, issueCodes, signPays } from './bench-wallet/setup.ts';

const GOAL = { paysPerSecond: 2_000, p99Ms: 50 };
const CODES_PER_SECOND = 5_000;
/** Codes live 60 s: issuing them, signing the pays and the run must all fit in that. */
const CODE_LIFE_BUDGET_MS = 50_000;
const MAX_ISSUE_MS = 30_000;

const { values } = parseArgs({
  options: {
    postgres: { type: 'string' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '64' },
    codes: { type: 'string' },
    'cpu-prof': { type: 'string' },
    engine: { type: 'string', default: 'all' },
  },
});
const durationS = positive('duration', values.duration);
if (durationS > 40) fail('--duration is at most 40 s: the payment codes live only 60 s.');
const connections = positive('connections', values.connections);
if (!['sqlite', 'postgres', 'all'].includes(values.engine)) {
  fail(`--engine must be sqlite, postgres or all, got "${values.engine}".`);
}
const codes =
  values.codes === undefined ? durationS * CODES_PER_SECOND : positive('codes', values.codes);
const postgresUrl = values.postgres ?? process.env.DATABASE_URL ?? null;

function positive(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) {
    fail(`--${name} must be a whole number of at least 1, got "${text}".`);
  }
  return value;
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

function log(message: string): void {
  console.error(`[bench:wallet] ${message}`);
}

async function bench(engine: 'sqlite' | 'postgres', databaseUrl: string | null) {
  const server = await startServer({ databaseUrl, cpuProfileDir: values['cpu-prof'] ?? null });
  try {
    log(
      `${engine}: server at ${server.base}; creating a terminal, wallets and up to ${codes} codes`,
    );
    const setupStarted = performance.now();
    const terminal = await createTerminal(server);
    const wallets = await createWallets(server);
    const issueMs = Math.min(MAX_ISSUE_MS, CODE_LIFE_BUDGET_MS - durationS * 1000);
    const authCodes = await issueCodes(server, wallets, codes, issueMs);
    const pays = await signPays(terminal, authCodes, crypto.randomUUID().slice(0, 8));
    const setupS = (performance.now() - setupStarted) / 1000;
    const settledBefore = await settledCount(server, terminal);

    log(
      `${engine}: setup took ${setupS.toFixed(1)} s; paying for ${durationS} s on ${connections} connections`,
    );
    const load = await runLoad(pays, { base: server.base, connections, durationS });
    const settled = (await settledCountWhenQuiet(server, terminal)) - settledBefore;
    return {
      engine,
      ...load,
      settled,
      setupS: Math.round(setupS * 10) / 10,
      codesIssued: authCodes.length,
      goal: GOAL,
      meetsGoal:
        load.paidPerSecond >= GOAL.paysPerSecond &&
        load.p99Ms < GOAL.p99Ms &&
        load.notPaid === 0 &&
        load.errors === 0 &&
        settled === load.sent,
    };
  } finally {
    await server.stop();
  }
}

const engines: ['sqlite' | 'postgres', string | null][] = [];
if (values.engine !== 'postgres') engines.push(['sqlite', null]);
if (values.engine !== 'sqlite' && postgresUrl !== null) engines.push(['postgres', postgresUrl]);
if (engines.length === 0) fail('--engine postgres needs DATABASE_URL or --postgres <url>.');
for (const [engine, url] of engines) {
  console.log(JSON.stringify(await bench(engine, url), null, 2));
}
