// `node scripts/bench-smoke.mjs <bench>`: one bench in its quick smoke mode, so that no bench can
// break unseen (`npm test` runs every one after the build). Tiny sizes and a second or two of
// work each; the figures mean nothing and no goal is judged. It passes when the bench exits 0 and
// its standard output is JSON. The app must be built (dist/) first.
import { spawnSync } from 'node:child_process';

/**
 * Each bench in its smoke mode: `--smoke` (scripts/bench-smoke/smoke-flag.ts) stands for its
 * tiny options. bench:bundle only reads dist/ and is quick as it is; it takes no options.
 */
const BENCHES = ['bundle', 'wallet', 'decode', 'scan', 'outbox', 'app', 'history'];
const commandOf = (bench) =>
  bench === 'bundle'
    ? ['node', 'scripts/bench-bundle.mjs']
    : ['npx', 'tsx', `scripts/bench-${bench}.ts`, '--smoke'];

const name = process.argv[2] ?? '';
if (!BENCHES.includes(name)) {
  console.error(`bench-smoke: name one of ${BENCHES.join(', ')}; got "${name}"`);
  process.exit(2);
}
const [program, ...args] = commandOf(name);
const run = spawnSync(program, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
if (run.status !== 0) {
  console.error(`bench:${name} (smoke) exited ${String(run.status ?? run.signal)}`);
  process.stdout.write(run.stdout ?? '');
  process.exit(1);
}
// bench:wallet prints one object per engine, one after the other: read each in turn.
const objects = [];
let rest = run.stdout.trim();
while (rest.length > 0) {
  const end = endOfFirstJson(rest);
  if (end === -1) {
    console.error(
      `bench:${name} (smoke) printed something that is not JSON:\n${rest.slice(0, 400)}`,
    );
    process.exit(1);
  }
  objects.push(JSON.parse(rest.slice(0, end)));
  rest = rest.slice(end).trim();
}
if (objects.length === 0) {
  console.error(`bench:${name} (smoke) printed no JSON`);
  process.exit(1);
}
console.log(
  `bench:${name} (smoke): ${objects.length} JSON object(s), keys ${Object.keys(objects[0]).slice(0, 6).join(', ')}`,
);

/** Where the first JSON value of `text` ends, or -1 when it is not one. */
function endOfFirstJson(text) {
  for (let end = text.indexOf('}') + 1; end > 0; end = text.indexOf('}', end) + 1) {
    try {
      JSON.parse(text.slice(0, end));
      return end;
    } catch {
      // Not yet the whole object.
    }
  }
  return -1;
}
