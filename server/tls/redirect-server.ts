import type { Server } from 'node:http';
import { isIP } from 'node:net';
import { guardHost, LOOPBACK_HOSTS } from '../http/host-allow-list.ts';
import {
  createLimitedServer,
  DEFAULT_SERVER_LIMITS,
  type ServerLimits,
} from '../http/server-limits.ts';
import { caDownloadHeaders, isCaDownload } from './ca-download.ts';

export type RedirectOptions = {
  httpsPort: number;
  /** Where to send a request without a usable Host header: a LAN address, or localhost. */
  fallbackHost: string;
  /** The local CA to serve at /saoma-ca.crt; null with TLS_CERT. */
  caDer: Buffer | null;
  /** The Host names served, as for the API (host-allow-list.ts); loopback only by default. */
  allowedHosts?: readonly string[];
  limits?: ServerLimits;
};

/**
 * The plain-HTTP listener of HTTP_PORT: every request is sent to the same host and path over
 * HTTPS (308 keeps the method and body), except the CA download. A Host that is not this
 * server's, or none, gets 421 like on the API (DNS rebinding).
 */
export function createRedirectServer(options: RedirectOptions): Server {
  const allowed = options.allowedHosts ?? LOOPBACK_HOSTS;
  const limits = options.limits ?? DEFAULT_SERVER_LIMITS;
  return createLimitedServer(
    limits,
    guardHost(allowed, (request, response) => {
      const target = requestTarget(request.url ?? '/');
      if (options.caDer !== null && isCaDownload(request.method ?? '', target.pathname)) {
        response.writeHead(200, caDownloadHeaders(options.caDer));
        response.end(request.method === 'HEAD' ? undefined : options.caDer);
        return;
      }
      const location = httpsLocation(
        request.headers.host,
        target.pathAndQuery,
        options.httpsPort,
        options.fallbackHost,
      );
      response.writeHead(308, { Location: location, 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(`Saoma is served over HTTPS: ${location}\n`);
    }),
  );
}

/** `https://<host of the request, without its port>:<httpsPort><path and query>`. */
export function httpsLocation(
  hostHeader: string | undefined,
  pathAndQuery: string,
  httpsPort: number,
  fallbackHost: string,
): string {
  const host = hostOf(hostHeader) ?? bracketed(fallbackHost);
  const port = httpsPort === 443 ? '' : `:${httpsPort}`;
  return `https://${host}${port}${pathAndQuery}`;
}

/** The host of a Host header (`name`, `name:port`, `[v6]`, `[v6]:port`), or null if unusable. */
function hostOf(header: string | undefined): string | null {
  const text = header?.trim().toLowerCase() ?? '';
  const v6 = /^\[([0-9a-f:.]+)\](?::\d{1,5})?$/.exec(text);
  if (v6?.[1] !== undefined) return isIP(v6[1]) === 6 ? `[${v6[1]}]` : null;
  const named = /^([a-z0-9.-]+)(?::\d{1,5})?$/.exec(text);
  return named?.[1] ?? null;
}

function bracketed(host: string): string {
  return isIP(host) === 6 ? `[${host}]` : host;
}

/** The path and query of a request line's target, also in its absolute form. */
function requestTarget(url: string): { pathname: string; pathAndQuery: string } {
  let parsed: URL;
  try {
    parsed = new URL(url, 'http://placeholder');
  } catch {
    return { pathname: '/', pathAndQuery: '/' };
  }
  return { pathname: parsed.pathname, pathAndQuery: `${parsed.pathname}${parsed.search}` };
}
