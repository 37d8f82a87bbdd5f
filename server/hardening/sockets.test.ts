import { Agent, request as httpRequest } from 'node:http';
import type { Socket } from 'node:net';
import { beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { apiPaths } from '../../protocol/paths.ts';
import { MAX_BODY_BYTES } from '../http/body-limit.ts';
import { DEFAULT_SERVER_LIMITS } from '../http/server-limits.ts';
import {
  ADMIN_TOKEN_FOR_TESTS,
  createHarness,
  type Harness,
  type TestTerminal,
} from '../test-support/harness.ts';
import { rawConnection, rawRequest, serveForTest } from '../test-support/served.ts';

let h: Harness;
let terminal: TestTerminal;

beforeEach(async () => {
  h = await createHarness();
  terminal = await h.createTerminal();
});

describe('duplicate Authorization headers, over a real socket', () => {
  it('answers 401 to two Authorization headers, whichever comes first', async () => {
    const port = await serveForTest(h.app);
    const init = await h.signedInit(terminal, 'GET', apiPaths.settlement('2026-11-21'));
    const signed = new Headers(init.headers).get('Authorization') ?? '';
    const path = apiPaths.settlement('2026-11-21');
    const alone = await rawRequest(
      port,
      `GET ${path} HTTP/1.1\r\nHost: localhost\r\nAuthorization: ${signed}`,
    );
    expect(alone).toMatch(/^HTTP\/1\.1 200 /);
    const pairs = [
      [signed, `Bearer ${ADMIN_TOKEN_FOR_TESTS}`],
      [`Bearer ${ADMIN_TOKEN_FOR_TESTS}`, signed],
      [`Bearer ${ADMIN_TOKEN_FOR_TESTS}`, `Bearer ${ADMIN_TOKEN_FOR_TESTS}`],
    ];
    for (const [first, second] of pairs) {
      const answer = await rawRequest(
        port,
        `GET ${apiPaths.terminals} HTTP/1.1\r\nHost: localhost\r\nAuthorization: ${first}\r\nauthorization: ${second}`,
      );
      expect(answer).toMatch(/^HTTP\/1\.1 401 /);
      expect(answer).toContain('"code":"UNAUTHENTICATED"');
      expect(answer).toContain('2 Authorization headers');
    }
  });
});

/** One request on a keep-alive agent: its status, body, and the socket it went over. */
function send(
  agent: Agent,
  port: number,
  body: string,
): Promise<{ status: number; text: string; socket: Socket; connection: string | undefined }> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      {
        agent,
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: apiPaths.pairings,
        headers: { 'Content-Type': 'application/json', Host: 'localhost' },
      },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () => {
          resolve({
            status: incoming.statusCode ?? 0,
            text: Buffer.concat(chunks).toString(),
            socket: incoming.socket,
            connection: incoming.headers.connection,
          });
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

describe('oversized bodies, over a real keep-alive connection', () => {
  it('answers 413 with Connection: close, and the next request goes out on a fresh connection', async () => {
    const port = await serveForTest(h.app);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    onTestFinished(() => {
      agent.destroy();
    });
    const small = '{"code":"nope","name":"Till"}';
    const first = await send(agent, port, small);
    expect(first.status).not.toBe(413);
    const big = await send(agent, port, ' '.repeat(2 * 1024 * 1024));
    expect(big.status).toBe(413);
    expect(big.connection).toBe('close');
    expect(JSON.parse(big.text)).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', status: 413 });
    expect(big.text).toContain(`${MAX_BODY_BYTES / 1024} KB`);
    // The server closed that socket after the answer; the agent opens a new one.
    const next = await send(agent, port, small);
    expect(next.status).toBe(first.status);
    expect(next.socket).not.toBe(big.socket);
  });

  it('answers a body streamed without Content-Length with 413 and closes too', async () => {
    const port = await serveForTest(h.app);
    const { socket, received: answer } = await rawConnection(port);
    socket.write(
      `POST ${apiPaths.pairings} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`,
    );
    const chunk = ' '.repeat(16 * 1024);
    for (let index = 0; index < 8; index += 1) {
      socket.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
    }
    const text = await answer;
    expect(text).toMatch(/^HTTP\/1\.1 413 /);
    expect(text.toLowerCase()).toContain('connection: close');
  });
});

describe('server timeouts and the connection cap', () => {
  it('disconnects a client that sends half its headers and stops, after headersTimeout', async () => {
    const limits = { ...DEFAULT_SERVER_LIMITS, headersTimeoutMs: 200, requestTimeoutMs: 400 };
    const port = await serveForTest(h.app, limits);
    const { socket, received: answer } = await rawConnection(port);
    const started = performance.now();
    socket.write(`GET ${apiPaths.demo} HTTP/1.1\r\nHost: localhost\r\nX-Half: `);
    const text = await answer;
    const waited = performance.now() - started;
    expect(text).toMatch(/^HTTP\/1\.1 408 /);
    expect(waited).toBeGreaterThanOrEqual(190);
    expect(waited).toBeLessThan(DEFAULT_SERVER_LIMITS.headersTimeoutMs);
  });

  it('closes an idle keep-alive connection after keepAliveTimeout', async () => {
    const limits = { ...DEFAULT_SERVER_LIMITS, keepAliveTimeoutMs: 100 };
    const port = await serveForTest(h.app, limits);
    const { socket, received } = await rawConnection(port);
    const started = performance.now();
    socket.write(`GET ${apiPaths.demo} HTTP/1.1\r\nHost: localhost\r\n\r\n`);
    // The server, not the client, ends it: with node's default of 5 s the test would time out.
    expect(await received).toMatch(/^HTTP\/1\.1 200 /);
    expect(performance.now() - started).toBeLessThan(DEFAULT_SERVER_LIMITS.keepAliveTimeoutMs);
  });

  it('refuses the connection beyond maxConnections, and serves the ones it holds', async () => {
    const port = await serveForTest(h.app, { ...DEFAULT_SERVER_LIMITS, maxConnections: 2 });
    const first = await rawConnection(port);
    await rawConnection(port);
    const extra = await rawConnection(port);
    // Node accepts the TCP connection and closes it at once, before reading anything.
    expect(await extra.received).toBe('');
    first.socket.write(
      `GET ${apiPaths.demo} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`,
    );
    expect(await first.received).toMatch(/^HTTP\/1\.1 200 /);
  });
});
