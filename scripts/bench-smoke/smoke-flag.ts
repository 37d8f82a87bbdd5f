import { basename } from 'node:path';

/**
 * Each bench's own options, made small: tiny sizes and a second or two of work, figures that
 * mean nothing and no goal judged. Keyed by the bench's script name (scripts/bench-NAME.ts).
 */
const SMOKE_OPTIONS: Record<string, readonly string[]> = {
  wallet: ['--duration', '1', '--connections', '4', '--codes', '2000', '--engine', 'sqlite'],
  decode: ['testdata/zxing-blackbox/qrcode-1', '--rotations', '0'],
  scan: ['--trials', '1', '--scanners', 'saoma'],
  outbox: ['--enqueue', '10', '--replay', '10'],
  app: ['--runs', '1', '--no-build'],
  history: ['--sales', '200', '--no-build'],
};

/**
 * `--smoke` on a bench's command line (`npm run bench:wallet -- --smoke`) stands for that bench's
 * smoke options. Imported first by each bench, so the options are in place before it reads them.
 */
export function expandSmokeFlag(argv: string[]): void {
  const at = argv.indexOf('--smoke');
  if (at === -1) return;
  const name = basename(argv[1] ?? '')
    .replace(/^bench-/, '')
    .replace(/\.[cm]?[jt]s$/, '');
  const options = SMOKE_OPTIONS[name];
  if (!options) throw new Error(`--smoke: "${name}" is not a bench with a smoke mode`);
  argv.splice(at, 1, ...options);
}

expandSmokeFlag(process.argv);
