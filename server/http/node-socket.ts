import type { Context } from 'hono';
import { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';

/** The request's socket on @hono/node-server (`c.env.incoming`); undefined anywhere else. */
export function nodeSocket(c: Context): Socket | undefined {
  return nodeIncoming(c)?.socket;
}

/** The node request itself on @hono/node-server (raw headers and all); undefined anywhere else. */
export function nodeIncoming(c: Context): IncomingMessage | undefined {
  const env: unknown = c.env;
  if (typeof env === 'object' && env !== null && 'incoming' in env) {
    if (env.incoming instanceof IncomingMessage) return env.incoming;
  }
  return undefined;
}
