import { once } from 'node:events';
import type { Server as HttpServer } from 'node:http';
import { connect, type AddressInfo, type Server, type Socket } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import type { Hono } from 'hono';
import { onTestFinished } from 'vitest';
import {
  createLimitedServer,
  DEFAULT_SERVER_LIMITS,
  type ServerLimits,
} from '../http/server-limits.ts';

/** Listens on 127.0.0.1 on a free port; closed, connections and all, when the test ends. */
export async function listenForTest(server: Server | HttpServer): Promise<number> {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  onTestFinished(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ('closeAllConnections' in server) server.closeAllConnections();
      }),
  );
  return (server.address() as AddressInfo).port;
}

/** The app behind a real node server, built as main.ts builds it. */
export async function serveForTest(
  app: Hono,
  limits: ServerLimits = DEFAULT_SERVER_LIMITS,
): Promise<number> {
  const listener = getRequestListener(app.fetch);
  return listenForTest(
    createLimitedServer(limits, (request, response) => {
      void listener(request, response);
    }),
  );
}

/** A raw TCP connection, open: `received` is all it gets, once the server closes it. */
export async function rawConnection(
  port: number,
): Promise<{ socket: Socket; received: Promise<string> }> {
  const socket = connect(port, '127.0.0.1');
  const chunks: Buffer[] = [];
  socket.on('data', (chunk: Buffer) => chunks.push(chunk));
  const received = once(socket, 'close').then(() => Buffer.concat(chunks).toString('latin1'));
  onTestFinished(() => {
    socket.destroy();
  });
  await once(socket, 'connect');
  return { socket, received };
}

/** Sends a raw request with `Connection: close` and returns the whole raw answer. */
export async function rawRequest(port: number, head: string, body = ''): Promise<string> {
  const { socket, received } = await rawConnection(port);
  socket.write(`${head}\r\nConnection: close\r\n\r\n${body}`);
  return received;
}
