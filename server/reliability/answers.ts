/**
 * Reads a wallet answer the way a strict client would: a 2xx must carry a body valid against
 * its protocol schema, anything else must be an RFC 9457 problem with a code from the protocol
 * table whose HTTP status matches it. A 500 INTERNAL is never an acceptable answer.
 */
import { PaymentSchema } from '../../protocol/payments.ts';
import {
  PROBLEM_CONTENT_TYPE,
  ProblemSchema,
  type Problem,
  type ProblemCode,
} from '../../protocol/problem.ts';
import { RefundSchema } from '../../protocol/refunds.ts';
import { CustomerPaymentSchema } from '../../protocol/wallets.ts';
import type { Observed } from './wallet-model.ts';

/** Each problem code's HTTP status (wallet-protocol.md's table and docs/API.md). */
export const PROBLEM_HTTP_STATUS: Readonly<Record<Exclude<ProblemCode, 'INTERNAL'>, number>> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  BAD_SIGNATURE: 401,
  STALE_TIMESTAMP: 401,
  REPLAYED_NONCE: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  IN_PROGRESS: 409,
  IDEMPOTENCY_MISMATCH: 422,
  CANCEL_WINDOW_CLOSED: 422,
  NOT_PENDING: 422,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
  MISDIRECTED_REQUEST: 421,
  UNSUPPORTED_MEDIA_TYPE: 415,
  PAYLOAD_TOO_LARGE: 413,
  TOO_MANY_CODES: 429,
};

function isAcceptedCode(code: string): code is keyof typeof PROBLEM_HTTP_STATUS {
  return Object.hasOwn(PROBLEM_HTTP_STATUS, code);
}

/** Parses a problem answer; throws naming what is wrong with it. */
export function parseProblem(status: number, contentType: string | null, text: string): Problem {
  if (contentType !== PROBLEM_CONTENT_TYPE) {
    throw new Error(
      `HTTP ${status} is not a problem: Content-Type ${contentType ?? 'none'}, body ${text.slice(0, 300)}`,
    );
  }
  const problem = ProblemSchema.parse(JSON.parse(text));
  if (!isAcceptedCode(problem.code)) {
    throw new Error(`HTTP ${status} has a code outside the protocol table: ${text.slice(0, 300)}`);
  }
  if (PROBLEM_HTTP_STATUS[problem.code] !== status || problem.status !== status) {
    throw new Error(`HTTP ${status} does not match its problem: ${text.slice(0, 300)}`);
  }
  return problem;
}

export async function readProblemAnswer(response: Response): Promise<Problem> {
  return parseProblem(response.status, response.headers.get('Content-Type'), await response.text());
}

export type AnswerKind = 'payment' | 'refund' | 'customer';

/** Reads an answer of the given kind into the model's terms, or throws if it is malformed. */
export async function readAnswer(response: Response, kind: AnswerKind): Promise<Observed> {
  const http = response.status;
  const contentType = response.headers.get('Content-Type');
  const text = await response.text();
  if (http < 200 || http > 299) {
    return { http, kind: 'problem', problem: parseProblem(http, contentType, text) };
  }
  if (!contentType?.startsWith('application/json')) {
    throw new Error(`HTTP ${http} with Content-Type ${contentType ?? 'none'}`);
  }
  const json: unknown = JSON.parse(text);
  switch (kind) {
    case 'payment':
      return { http, kind, payment: PaymentSchema.parse(json) };
    case 'refund':
      return { http, kind, refund: RefundSchema.parse(json) };
    case 'customer':
      return { http, kind, customer: CustomerPaymentSchema.parse(json) };
  }
}
