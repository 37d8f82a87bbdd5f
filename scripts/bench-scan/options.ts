import { parseArgs } from 'node:util';
import { SCANNERS, saomaAvailable, type ScannerName } from './build-pages.ts';

export type BenchOptions = {
  trials: number;
  timeoutMs: number;
  scanners: ScannerName[];
  skipped: Partial<Record<ScannerName, string>>;
  trace: boolean;
};

export function readOptions(): BenchOptions {
  const { values } = parseArgs({
    options: {
      trials: { type: 'string', default: '10' },
      'timeout-ms': { type: 'string', default: '10000' },
      scanners: { type: 'string', default: SCANNERS.join(',') },
      trace: { type: 'boolean', default: false },
    },
  });
  const requested = values.scanners.split(',').map((name) => name.trim());
  const unknown = requested.filter((name) => !SCANNERS.some((known) => known === name));
  if (unknown.length > 0) fail(`Unknown scanners: ${unknown.join(', ')}.`);
  const skipped: BenchOptions['skipped'] = {};
  if (requested.includes('saoma') && !saomaAvailable()) {
    skipped.saoma = 'src/features/scanner/engine/scan-session.ts does not exist yet';
  }
  const scanners = SCANNERS.filter((name) => requested.includes(name) && !skipped[name]);
  if (scanners.length === 0) fail('No scanner to run.');
  return {
    trials: positive('trials', values.trials),
    timeoutMs: positive('timeout-ms', values['timeout-ms']),
    scanners,
    skipped,
    trace: values.trace,
  };
}

function positive(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) fail(`--${name} must be a whole number ≥ 1.`);
  return value;
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}
