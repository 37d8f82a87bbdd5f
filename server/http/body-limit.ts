import { bodyLimit } from 'hono/body-limit';
import { invalidField } from './problem.ts';

/** The largest request body the API reads; its biggest real body is well under 1 KB. */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * Refuses a body over MAX_BODY_BYTES with 400 VALIDATION_FAILED at `(body)`, before any route
 * reads it: by its Content-Length when it has one, otherwise as soon as the stream passes the
 * limit. Without it a route reads, hashes and parses whatever arrives, and a strict body with
 * a million unknown keys comes back as a problem listing every one of them.
 */
export const apiBodyLimit = bodyLimit({
  maxSize: MAX_BODY_BYTES,
  onError: () => invalidField('(body)', `is larger than ${MAX_BODY_BYTES / 1024} KB`).toResponse(),
});
