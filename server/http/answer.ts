import type { Context } from 'hono';
import type { Deps } from '../deps.ts';
import { nodeSocket } from './node-socket.ts';

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
  // Off @hono/node-server (in-process tests) there is no socket, and nothing drops.
  if (deps.faults.dropResponse()) nodeSocket(c)?.destroy();
  return c.json(body, status);
}
