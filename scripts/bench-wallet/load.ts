import autocannon, { type Instance, type Request, type Result } from 'autocannon';
import { apiPaths } from '../../protocol/paths.ts';
import type { SignedPay } from './setup.ts';

export type LoadOptions = { base: string; connections: number; durationS: number };

export type LoadResult = {
  requestsPerSecond: number;
  paidPerSecond: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  p999Ms: number;
  maxMs: number;
  /** Connection errors and timeouts: requests that got no answer at all. */
  errors: number;
  timeouts: number;
  non2xx: number;
  /** Answers that were not a 200 with a SUCCESS payment. */
  notPaid: number;
  paid: number;
  sent: number;
  durationS: number;
  connections: number;
  /** The pre-signed pays ran low before the duration was up, so the run stopped early. */
  ranOut: boolean;
  /** A few answers that were not SUCCESS, to see why. */
  samples: string[];
};

const MAX_SAMPLES = 5;

/**
 * Sends the pre-signed pays, each exactly once, on `connections` keep-alive connections for
 * `durationS` seconds, and checks that every answer is a 200 with a SUCCESS payment.
 */
export async function runLoad(pays: SignedPay[], options: LoadOptions): Promise<LoadResult> {
  let next = 0;
  let paid = 0;
  let notPaid = 0;
  let ranOut = false;
  const samples: string[] = [];
  let instance: Instance | undefined;

  function setupRequest(request: Request): Request {
    const pay = pays[next];
    next += 1;
    // Each connection builds its next request ahead; stop while every one still has a pay.
    if (!ranOut && pays.length - next < options.connections * 2) {
      ranOut = true;
      setImmediate(() => instance?.stop());
    }
    if (pay === undefined) throw new Error('The pre-signed pays ran out.');
    return {
      ...request,
      headers: { authorization: pay.authorization, 'content-type': 'application/json' },
      body: pay.body,
    };
  }

  function onResponse(status: number, body: string): void {
    if (status === 200 && isSuccess(body)) {
      paid += 1;
      return;
    }
    notPaid += 1;
    if (samples.length < MAX_SAMPLES) samples.push(`${status} ${body.slice(0, 300)}`);
  }

  const result = await new Promise<Result>((resolve, reject) => {
    instance = autocannon(
      {
        url: options.base,
        connections: options.connections,
        pipelining: 1,
        duration: options.durationS,
        requests: [{ method: 'POST', path: apiPaths.payments, setupRequest, onResponse }],
      },
      (error: Error | null, done: Result) => (error ? reject(error) : resolve(done)),
    );
  });

  return {
    requestsPerSecond: round(result.requests.average),
    paidPerSecond: round(paid / result.duration),
    p50Ms: result.latency.p50,
    p90Ms: result.latency.p90,
    p99Ms: result.latency.p99,
    p999Ms: result.latency.p99_9,
    maxMs: result.latency.max,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    notPaid,
    paid,
    sent: result.requests.sent,
    durationS: round(result.duration),
    connections: options.connections,
    ranOut,
    samples,
  };
}

function isSuccess(body: string): boolean {
  try {
    const payment: unknown = JSON.parse(body);
    return typeof payment === 'object' && payment !== null && 'status' in payment
      ? payment.status === 'SUCCESS'
      : false;
  } catch {
    return false;
  }
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
