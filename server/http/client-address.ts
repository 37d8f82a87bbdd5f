import type { Context } from 'hono';
import { BlockList, isIP } from 'node:net';
import { nodeSocket } from './node-socket.ts';

/**
 * The peer's address, from the socket on @hono/node-server; null without one (app.request in
 * tests). Never a header: X-Forwarded-For, Forwarded and Host are the client's to forge.
 */
export function clientAddress(c: Context): string | null {
  return nodeSocket(c)?.remoteAddress ?? null;
}

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');
// An IPv4 loopback peer on a dual-stack (`::`) socket.
LOOPBACK.addSubnet('::ffff:127.0.0.0', 104, 'ipv6');

/** Whether an address is this machine's own: 127.0.0.0/8, ::1 or ::ffff:127.0.0.0/104. */
export function isLoopback(address: string | null | undefined): boolean {
  if (address === null || address === undefined) return false;
  const family = isIP(address);
  if (family === 0) return false;
  return LOOPBACK.check(address, family === 4 ? 'ipv4' : 'ipv6');
}
