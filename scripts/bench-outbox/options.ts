import { parseArgs } from 'node:util';

export type BenchOptions = {
  enqueue: number;
  replay: number;
  timeoutSeconds: number;
  /** The server's RATE_LIMIT_PER_SECOND (0 turns it off); null keeps its default. */
  rateLimit: string | null;
};

export function readOptions(): BenchOptions {
  const { values } = parseArgs({
    options: {
      enqueue: { type: 'string', default: '500' },
      replay: { type: 'string', default: '1000' },
      'timeout-s': { type: 'string', default: '120' },
      'rate-limit': { type: 'string' },
    },
  });
  return {
    enqueue: positive('enqueue', values.enqueue),
    replay: positive('replay', values.replay),
    timeoutSeconds: positive('timeout-s', values['timeout-s']),
    rateLimit: values['rate-limit'] ?? null,
  };
}

function positive(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`--${name} must be a whole number of at least 1, got "${text}".`);
    process.exit(2);
  }
  return value;
}
