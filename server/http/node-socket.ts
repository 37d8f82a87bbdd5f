import type { Context } from 'hono';
import { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';

/** The request's socket on @hono/node-server (`c.env.incoming`); undefined anywhere else. */
export function nodeSocket(c: Context): Socket | undefined {
  const env: unknown = c.env;
  if (typeof env === 'object' && env !== null && 'incoming' in env) {
    if (env.incoming instanceof IncomingMessage) return env.incoming.socket;
  }
  return undefined;
}
