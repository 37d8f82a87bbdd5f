import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { clientAddress, isLoopback } from './client-address.ts';
import { ApiProblem } from './problem.ts';

export const LOOPBACK_ONLY_DETAIL =
  "Only the server's own computer may do this by itself. On another device, scan the pairing QR code that `npm start` prints (or `npm run pair`).";

/** 403 FORBIDDEN unless the connection comes from the server's own machine (the socket's peer). */
export function refuseUnlessLoopback(c: Context): void {
  if (!isLoopback(clientAddress(c))) throw new ApiProblem('FORBIDDEN', LOOPBACK_ONLY_DETAIL);
}

/** Guards demo self-service (self-pairing, demo wallet tokens) to loopback connections. */
export const loopbackOnly = createMiddleware(async (c, next) => {
  refuseUnlessLoopback(c);
  await next();
});
