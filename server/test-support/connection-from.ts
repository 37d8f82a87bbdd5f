import { IncomingMessage } from 'node:http';
import { Socket } from 'node:net';

/** Where the harness's requests come from unless a test says otherwise: this machine. */
export const LOOPBACK_ADDRESS = '127.0.0.1';

/**
 * What @hono/node-server passes the app as its env: the request, on a socket whose peer is
 * `address`. Pass it as app.request's third argument.
 */
export function connectionFrom(address: string): { incoming: IncomingMessage } {
  const socket = new Socket();
  Object.defineProperty(socket, 'remoteAddress', { value: address });
  return { incoming: new IncomingMessage(socket) };
}
