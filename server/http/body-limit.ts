import { bodyLimit } from 'hono/body-limit';
import { ApiProblem } from './problem.ts';

/** The largest request body the API reads; its biggest real body is well under 1 KB. */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * Refuses a body over MAX_BODY_BYTES with 413 PAYLOAD_TOO_LARGE, before any route reads it: by
 * its Content-Length when it has one, otherwise as soon as the stream passes the limit. Without
 * it a route reads, hashes and parses whatever arrives, and a strict body with a million unknown
 * keys comes back as a problem listing every one of them.
 *
 * The rest of the body is never read, so the connection cannot carry another request: the answer
 * says `Connection: close`, and node closes the socket once it is written. A keep-alive client
 * then opens a fresh connection for its next request instead of writing into a dead one.
 */
export const apiBodyLimit = bodyLimit({
  maxSize: MAX_BODY_BYTES,
  onError: () =>
    new ApiProblem(
      'PAYLOAD_TOO_LARGE',
      `The request body is larger than ${MAX_BODY_BYTES / 1024} KB, the most this API reads.`,
      { headers: { Connection: 'close' } },
    ).toResponse(),
});
