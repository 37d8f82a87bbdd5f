import { ProblemSchema } from '../../../protocol/problem.ts';
import { t } from '../i18n/translate.ts';
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
  let response: Response;
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
    });
  } catch (error) {
    throw new WalletUnreachableError(t('walletClient.unreachable'), {
      cause: error,
      noResponse: true,
    });
  }
  const data = await readJson(response);
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

async function readJson(response: Response): Promise<unknown> {
  try {
    return (await response.json()) as unknown;
  } catch {
    return undefined;
  }
}
