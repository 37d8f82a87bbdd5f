import { parseArgs } from 'node:util';
import type { Preset } from './run-lighthouse.ts';

export type BenchAppOptions = {
  preset: Preset;
  build: boolean;
  report: string | null;
  /** An app already being served (e.g. a deployment); then nothing is built or started. */
  url: string | null;
  /** Lighthouse runs; the figures are those of the median run (Lighthouse's own choice). */
  runs: number;
};

const USAGE =
  'Usage: npm run bench:app -- [--preset mobile|desktop] [--runs 1-9] [--no-build] [--report <file.json>] [--url <url>]';

export function readOptions(argv = process.argv.slice(2)): BenchAppOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      preset: { type: 'string', default: 'mobile' },
      'no-build': { type: 'boolean', default: false },
      report: { type: 'string' },
      url: { type: 'string' },
      runs: { type: 'string', default: '3' },
    },
  });
  const preset = values.preset;
  if (preset !== 'mobile' && preset !== 'desktop') throw new Error(`${USAGE}\nUnknown preset.`);
  const url = values.url ?? null;
  if (url !== null && !URL.canParse(url)) throw new Error(`${USAGE}\nNot a URL: ${url}`);
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1 || runs > 9) {
    throw new Error(`${USAGE}\n--runs must be a whole number from 1 to 9.`);
  }
  return {
    preset,
    build: !values['no-build'] && url === null,
    report: values.report ?? null,
    url,
    runs,
  };
}
