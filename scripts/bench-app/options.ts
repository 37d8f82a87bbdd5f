import { parseArgs } from 'node:util';
import type { Preset } from './run-lighthouse.ts';

export type BenchAppOptions = {
  preset: Preset;
  build: boolean;
  report: string | null;
  /** An app already being served (e.g. a deployment); then nothing is built or started. */
  url: string | null;
};

const USAGE =
  'Usage: npm run bench:app -- [--preset mobile|desktop] [--no-build] [--report <file.json>] [--url <url>]';

export function readOptions(argv = process.argv.slice(2)): BenchAppOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      preset: { type: 'string', default: 'mobile' },
      'no-build': { type: 'boolean', default: false },
      report: { type: 'string' },
      url: { type: 'string' },
    },
  });
  const preset = values.preset;
  if (preset !== 'mobile' && preset !== 'desktop') throw new Error(`${USAGE}\nUnknown preset.`);
  const url = values.url ?? null;
  if (url !== null && !URL.canParse(url)) throw new Error(`${USAGE}\nNot a URL: ${url}`);
  return { preset, build: !values['no-build'] && url === null, report: values.report ?? null, url };
}
