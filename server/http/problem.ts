import type { ContentfulStatusCode } from 'hono/utils/http-status';
import {
  PROBLEM_CONTENT_TYPE,
  type FieldError,
  type Problem,
  type ProblemCode,
} from '../../protocol/problem.ts';

const PROBLEMS: Record<ProblemCode, { status: ContentfulStatusCode; title: string }> = {
  VALIDATION_FAILED: { status: 400, title: 'The request is invalid' },
  UNAUTHENTICATED: { status: 401, title: 'Authentication is required' },
  BAD_SIGNATURE: { status: 401, title: 'The request signature is wrong' },
  STALE_TIMESTAMP: { status: 401, title: 'The request timestamp is too far from the server clock' },
  REPLAYED_NONCE: { status: 401, title: 'The request nonce was already used' },
  FORBIDDEN: { status: 403, title: 'This credential may not do that' },
  NOT_FOUND: { status: 404, title: 'Not found' },
  IN_PROGRESS: { status: 409, title: 'The same request is being executed' },
  IDEMPOTENCY_MISMATCH: {
    status: 422,
    title: 'The idempotency key was already used with other parameters',
  },
  CANCEL_WINDOW_CLOSED: {
    status: 422,
    title: 'The payment is too old to cancel; refund it instead',
  },
  NOT_PENDING: { status: 422, title: 'The payment no longer awaits the customer' },
  RATE_LIMITED: { status: 429, title: 'Too many requests' },
  UNAVAILABLE: { status: 503, title: 'The service is unavailable' },
  INTERNAL: { status: 500, title: 'Internal error' },
  MISDIRECTED_REQUEST: { status: 421, title: 'This server does not serve that host' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, title: 'The request body must be application/json' },
  PAYLOAD_TOO_LARGE: { status: 413, title: 'The request body is too large' },
  TOO_MANY_CODES: { status: 429, title: 'The wallet holds too many unused codes' },
};

export function problemType(code: ProblemCode): string {
  return `urn:saoma:problem:${code}`;
}

/** An error answer. Throw it from a handler or middleware; the app's error handler sends it. */
export class ApiProblem extends Error {
  readonly code: ProblemCode;
  readonly errors: FieldError[] | undefined;
  readonly headers: Record<string, string>;

  constructor(
    code: ProblemCode,
    detail: string,
    options: { errors?: FieldError[]; headers?: Record<string, string> } = {},
  ) {
    super(detail);
    this.name = 'ApiProblem';
    this.code = code;
    this.errors = options.errors;
    this.headers = options.headers ?? {};
  }

  toResponse(): Response {
    const { status, title } = PROBLEMS[this.code];
    const body: Problem = {
      type: problemType(this.code),
      title,
      status,
      code: this.code,
      detail: this.message,
      ...(this.errors ? { errors: this.errors } : {}),
    };
    return new Response(JSON.stringify(body), {
      status,
      headers: { ...this.headers, 'Content-Type': PROBLEM_CONTENT_TYPE },
    });
  }
}

/** A 400 VALIDATION_FAILED naming each bad field. */
/** A problem lists this many bad fields at most, so garbage cannot make a huge answer. */
export const MAX_FIELD_ERRORS = 20;

export function validationProblem(all: FieldError[]): ApiProblem {
  const errors = all.slice(0, MAX_FIELD_ERRORS);
  const more = all.length - errors.length;
  const detail =
    errors.map((error) => `${error.path}: ${error.message}`).join('; ') +
    (more > 0 ? `; and ${String(more)} more` : '');
  return new ApiProblem('VALIDATION_FAILED', detail, { errors });
}

export function invalidField(path: string, message: string): ApiProblem {
  return validationProblem([{ path, message }]);
}
