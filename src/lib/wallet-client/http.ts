import { ProblemSchema } from '../../../protocol/problem.ts';
import { t } from '../i18n/translate.ts';
import { walletClock } from './clock-offset.ts';
import { startDeadline, type Deadline } from './deadline-signal.ts';
import { WALLET_DEADLINES_MS } from './deadlines.ts';
import { WalletProblemError, WalletUnreachableError } from './errors.ts';
import { parseRetryAfter } from './retry-after.ts';
import { walletApiUrl } from './wallet-origin-setting.ts';

export type Parser<T> = {
  safeParse(data: unknown): { success: true; data: T } | { success: false };
};

export type JsonRequest = {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** How long to wait for the answer (deadlines.ts); a call never waits longer. */
  deadlineMs?: number;
  /** The caller's own way to stop waiting (the cashier's Cancel). */
  signal?: AbortSignal;
};

export function encodeBody(body: unknown): string {
  return body === undefined ? '' : JSON.stringify(body);
}

/** Sends a JSON request to the wallet and validates the answer against a protocol schema. */
export async function requestJson<T>(
  request: JsonRequest,
  parser: Parser<T>,
  bodyText = encodeBody(request.body),
): Promise<T> {
  const deadline = startDeadline(request.deadlineMs ?? WALLET_DEADLINES_MS.other, request.signal);
  try {
    return await answerOf(request, parser, bodyText, deadline);
  } finally {
    deadline.done();
  }
}

async function answerOf<T>(
  request: JsonRequest,
  parser: Parser<T>,
  bodyText: string,
  deadline: Deadline,
): Promise<T> {
  let response: Response;
  const sentAt = Date.now();
  try {
    response = await fetch(walletApiUrl(request.path), {
      method: request.method,
      headers: {
        Accept: 'application/json',
        ...(bodyText === '' ? {} : { 'Content-Type': 'application/json' }),
        ...request.headers,
      },
      body: bodyText === '' ? undefined : bodyText,
      cache: 'no-store',
      signal: deadline.signal,
    });
  } catch (error) {
    throw noAnswer(deadline, error);
  }
  walletClock.observe(response.headers.get('Date'), sentAt, Date.now());
  const data = await readJson(response);
  // The deadline ran out, or the caller stopped waiting, while the body was still coming.
  if (deadline.signal.aborted) throw noAnswer(deadline, deadline.signal.reason);
  if (response.ok) {
    const parsed = parser.safeParse(data);
    if (parsed.success) return parsed.data;
    throw new WalletUnreachableError(
      t('walletClient.unexpectedAnswer', { status: response.status }),
    );
  }
  // 409 IN_PROGRESS and 429 RATE_LIMITED are not answers: the same request must be sent again.
  if (response.status >= 500 || response.status === 409 || response.status === 429) {
    throw new WalletUnreachableError(t('walletClient.tryLater', { status: response.status }), {
      retryAfterMs: parseRetryAfter(response.headers.get('Retry-After'), Date.now()),
    });
  }
  const problem = ProblemSchema.safeParse(data);
  if (!problem.success) {
    throw new WalletUnreachableError(t('walletClient.unavailable', { status: response.status }));
  }
  const { status, code, detail, errors } = problem.data;
  // The wallet has seen this very request before: the browser re-sent it after a connection
  // broke, and the first copy may have been carried out. That is no answer at all.
  if (code === 'REPLAYED_NONCE') {
    throw new WalletUnreachableError(t('walletClient.replayed'));
  }
  throw new WalletProblemError(status, code, detail, errors);
}

/** Nothing usable came back: the network, a dropped connection, or the wait ended first. */
function noAnswer(deadline: Deadline, cause: unknown): WalletUnreachableError {
  const message = !deadline.signal.aborted
    ? t('walletClient.unreachable')
    : deadline.timedOut()
      ? t('reach.noAnswerInTime')
      : t('reach.stoppedWaiting');
  return new WalletUnreachableError(message, {
    cause,
    noResponse: true,
    abandoned: deadline.signal.aborted && !deadline.timedOut(),
  });
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return (await response.json()) as unknown;
  } catch {
    return undefined;
  }
}
