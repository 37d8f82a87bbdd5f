import { createMiddleware } from 'hono/factory';
import { nodeIncoming } from '../http/node-socket.ts';
import { ApiProblem } from '../http/problem.ts';

/**
 * 401 UNAUTHENTICATED for a request with two or more Authorization headers. Node keeps only the
 * first in `headers`, so a proxy or a cache that reads the last one would judge another
 * credential than the route does: the raw header list decides.
 */
export const singleAuthorization = createMiddleware(async (c, next) => {
  const raw = nodeIncoming(c)?.rawHeaders ?? [];
  let count = 0;
  for (let index = 0; index < raw.length; index += 2) {
    if (raw[index]?.toLowerCase() === 'authorization') count += 1;
  }
  if (count > 1) {
    throw new ApiProblem(
      'UNAUTHENTICATED',
      `The request has ${count} Authorization headers; send exactly one.`,
    );
  }
  await next();
});
