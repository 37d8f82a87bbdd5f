import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server as HttpServer,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';

/**
 * How long a client may take and how many may be connected, on every server the process listens
 * with (the API and the HTTP redirect). Node's own defaults let a client hold a connection open
 * for minutes by trickling its headers, with no cap on how many do so.
 */
export type ServerLimits = {
  /** The whole request head must arrive within this (HEADERS_TIMEOUT_MS). */
  headersTimeoutMs: number;
  /** The whole request, body included, must arrive within this (REQUEST_TIMEOUT_MS). */
  requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this (KEEP_ALIVE_TIMEOUT_MS). */
  keepAliveTimeoutMs: number;
  /** Connections beyond this many are closed at once (MAX_CONNECTIONS). */
  maxConnections: number;
};

/**
 * A till's requests are small and its answers come after one database commit: 10 s for the head
 * and 30 s for a whole request are generous on a slow Wi-Fi. 5 s of keep-alive covers a burst of
 * calls, and 256 connections are far more than a shop's devices open.
 */
export const DEFAULT_SERVER_LIMITS: ServerLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 256,
};

/** The settings, their variables and the largest value each takes. */
const SETTINGS = [
  ['headersTimeoutMs', 'HEADERS_TIMEOUT_MS', 600_000],
  ['requestTimeoutMs', 'REQUEST_TIMEOUT_MS', 3_600_000],
  ['keepAliveTimeoutMs', 'KEEP_ALIVE_TIMEOUT_MS', 600_000],
  ['maxConnections', 'MAX_CONNECTIONS', 1_000_000],
] as const;

export type ServerLimitsResult =
  { ok: true; limits: ServerLimits } | { ok: false; errors: string[] };

/** Reads HEADERS_TIMEOUT_MS, REQUEST_TIMEOUT_MS, KEEP_ALIVE_TIMEOUT_MS and MAX_CONNECTIONS. */
export function parseServerLimits(value: (name: string) => string | undefined): ServerLimitsResult {
  const errors: string[] = [];
  const limits: ServerLimits = { ...DEFAULT_SERVER_LIMITS };
  for (const [field, variable, max] of SETTINGS) {
    const text = value(variable);
    if (text === undefined) continue;
    const number = /^\d{1,7}$/.test(text) ? Number(text) : NaN;
    if (number >= 1 && number <= max) limits[field] = number;
    else errors.push(`${variable} must be a whole number from 1 to ${max}, got "${text}".`);
  }
  if (limits.headersTimeoutMs > limits.requestTimeoutMs) {
    errors.push(
      `HEADERS_TIMEOUT_MS (${limits.headersTimeoutMs}) may not exceed REQUEST_TIMEOUT_MS (${limits.requestTimeoutMs}): the head is part of the request.`,
    );
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, limits };
}

type Listener = (request: IncomingMessage, response: ServerResponse) => void;
type TlsKeyPair = { key: string; cert: string };

/**
 * Creates an HTTP server, or an HTTPS one with `tls`, with the limits applied: the one place
 * they are set. Node checks the header and request deadlines on a timer, which runs here at a
 * tenth of the shorter one. A request without Host is passed on, to be refused as 421 by the
 * Host allow-list (host-allow-list.ts) rather than with node's bare 400.
 */
export function createLimitedServer(limits: ServerLimits, listener: Listener): HttpServer;
export function createLimitedServer(
  limits: ServerLimits,
  listener: Listener,
  tls: TlsKeyPair | null,
): HttpServer | HttpsServer;
export function createLimitedServer(
  limits: ServerLimits,
  listener: Listener,
  tls: TlsKeyPair | null = null,
): HttpServer | HttpsServer {
  const options = {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    connectionsCheckingInterval: Math.max(
      10,
      Math.min(1_000, Math.floor(limits.headersTimeoutMs / 10)),
    ),
    requireHostHeader: false,
  };
  const server =
    tls === null
      ? createHttpServer(options, listener)
      : createHttpsServer({ ...options, ...tls }, listener);
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  server.maxConnections = limits.maxConnections;
  return server;
}
