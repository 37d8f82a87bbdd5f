import type { Context } from 'hono';
import { IncomingMessage } from 'node:http';
import type { Deps } from '../deps.ts';

/**
 * Sends the JSON answer of a call that has committed. With `dropResponseRate` injected, the
 * connection may be destroyed instead: the work is done, the caller never hears of it.
 */
export function answerCommitted(
  c: Context,
  deps: Deps,
  body: unknown,
  status: 200 | 201,
): Response {
  if (deps.faults.dropResponse()) dropConnection(c);
  return c.json(body, status);
}

/** On @hono/node-server the request's socket is in `c.env.incoming`; elsewhere nothing drops. */
function dropConnection(c: Context): void {
  const env: unknown = c.env;
  if (typeof env === 'object' && env !== null && 'incoming' in env) {
    if (env.incoming instanceof IncomingMessage) env.incoming.socket.destroy();
  }
}
