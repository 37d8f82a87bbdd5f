import type { IncomingMessage, ServerResponse } from 'node:http';
import { isIP } from 'node:net';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { nodeIncoming } from './node-socket.ts';
import { ApiProblem } from './problem.ts';

/**
 * The Host allow-list against DNS rebinding: a page on another site whose name resolves to this
 * server sends its own name as Host, and is refused with 421 before anything runs. The list is
 * built once at start (main.ts) from everything the server is reached by.
 */
export const LOOPBACK_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '::1'];

/** Hosts that stand for "any address" when listened on: no specific name to add. */
const WILDCARD_BINDS = ['0.0.0.0', '::', '[::]'];

/**
 * A host name as compared: lower case, without a final dot, and an IPv6 address without brackets
 * in its shortest form (a certificate spells ::1 as 0:0:0:0:0:0:0:1).
 */
export function normaliseHostName(name: string): string {
  const lower = name.trim().toLowerCase();
  const unbracketed = lower.startsWith('[') && lower.endsWith(']') ? lower.slice(1, -1) : lower;
  if (isIP(unbracketed) === 6) return new URL(`http://[${unbracketed}]`).hostname.slice(1, -1);
  return unbracketed.endsWith('.') ? unbracketed.slice(0, -1) : unbracketed;
}

/**
 * The host part of a Host header (`name`, `name:port`, `[v6]`, `[v6]:port`), normalised; null
 * when the header is missing or is not a host at all.
 */
export function hostOfHeader(header: string | undefined): string | null {
  const text = header?.trim().toLowerCase() ?? '';
  const v6 = /^\[([0-9a-f:.]+)\](?::\d{1,5})?$/.exec(text);
  if (v6?.[1] !== undefined) return isIP(v6[1]) === 6 ? normaliseHostName(v6[1]) : null;
  const named = /^([a-z0-9._-]+)(?::\d{1,5})?$/.exec(text);
  return named?.[1] === undefined ? null : normaliseHostName(named[1]);
}

export type HostSources = {
  /** HOST, when it names one address rather than every interface. */
  bindHost: string;
  /** The LAN addresses the server reports (tls/lan-addresses.ts), read at start. */
  lanAddresses: readonly string[];
  /** The names in the TLS certificate (DNS and IP), and TLS_HOSTNAMES. */
  certificateNames: readonly string[];
  /** ALLOWED_HOSTS: names a reverse proxy forwards under. */
  allowedHosts: readonly string[];
};

/** The loopback names and every name in `sources`, normalised, without repeats. */
export function buildHostAllowList(sources: HostSources): string[] {
  const bind = WILDCARD_BINDS.includes(sources.bindHost) ? [] : [sources.bindHost];
  const names = [
    ...LOOPBACK_HOSTS,
    ...bind,
    ...sources.lanAddresses,
    ...sources.certificateNames,
    ...sources.allowedHosts,
  ];
  return [...new Set(names.map(normaliseHostName).filter((name) => name !== ''))];
}

/** True when the Host header names a host on the list; `*.name` entries match one label. */
export function isAllowedHost(header: string | undefined, allowed: readonly string[]): boolean {
  const host = hostOfHeader(header);
  if (host === null) return false;
  return allowed.some((entry) => {
    if (!entry.startsWith('*.')) return entry === host;
    const rest = host.slice(host.indexOf('.') + 1);
    return host.includes('.') && rest === entry.slice(2) && isIP(host) === 0;
  });
}

export function misdirectedProblem(header: string | undefined): ApiProblem {
  const what =
    header === undefined ? 'A request without a Host header' : `The host "${header.slice(0, 100)}"`;
  return new ApiProblem(
    'MISDIRECTED_REQUEST',
    `${what} is not served here. This server answers only its own names (localhost, its addresses, its certificate's names and TLS_HOSTNAMES); add a reverse proxy's name to ALLOWED_HOSTS.`,
  );
}

/** The Host header as received: the node request's own when there is one (it may differ from the URL). */
function receivedHost(c: Context): string | undefined {
  // A node request without Host never gets here: guardHost answers it before the app.
  return nodeIncoming(c)?.headers.host ?? c.req.header('Host') ?? new URL(c.req.url).host;
}

/** The app's check: every route, static files included. Loopback names only when no list is given. */
export function hostAllowList(allowed: readonly string[] = LOOPBACK_HOSTS) {
  return createMiddleware(async (c, next) => {
    const header = receivedHost(c);
    const urlHost = new URL(c.req.url).host;
    if (!isAllowedHost(header, allowed) || !isAllowedHost(urlHost, allowed)) {
      throw misdirectedProblem(header);
    }
    await next();
  });
}

type Listener = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>;

/**
 * The same check in front of a whole node listener: it also covers what runs before the app (the
 * CA download, a request without Host, which the app never sees) and the HTTP redirect server.
 */
export function guardHost(
  allowed: readonly string[],
  listener: Listener,
): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    if (isAllowedHost(request.headers.host, allowed)) {
      void listener(request, response);
      return;
    }
    void writeAnswer(misdirectedProblem(request.headers.host).toResponse(), response);
  };
}

async function writeAnswer(answer: Response, response: ServerResponse): Promise<void> {
  const body = Buffer.from(await answer.arrayBuffer());
  response.writeHead(answer.status, {
    ...Object.fromEntries(answer.headers),
    'Content-Length': String(body.length),
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  });
  response.end(body);
}
