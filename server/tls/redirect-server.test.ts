import { once } from 'node:events';
import { request, type Server } from 'node:http';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createRedirectServer, httpsLocation } from './redirect-server.ts';

const CA_DER = Buffer.from([0x30, 0x82, 0x01, 0x0a, 0x02, 0x01]);

async function listening(caDer: Buffer | null): Promise<number> {
  const server: Server = createRedirectServer({
    httpsPort: 8443,
    fallbackHost: 'fd00::2',
    caDer,
    allowedHosts: ['127.0.0.1', '192.168.1.20', 'shop-pc.local', 'fd00::9', 'shop.example'],
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  onTestFinished(() => {
    server.close();
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('not listening on TCP');
  return address.port;
}

type Answer = {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
};

function send(
  port: number,
  options: { method?: string; path: string; host?: string | null },
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        setHost: options.host === undefined,
        headers: typeof options.host === 'string' ? { Host: options.host } : {},
      },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () =>
          resolve({
            status: incoming.statusCode ?? 0,
            headers: incoming.headers,
            body: Buffer.concat(chunks),
          }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end();
  });
}

describe('the HTTP_PORT listener', () => {
  it('sends every request to the same host, path and query over HTTPS with a 308', async () => {
    const port = await listening(CA_DER);
    const get = await send(port, { path: '/history?x=1', host: '192.168.1.20:8080' });
    expect(get.status).toBe(308);
    expect(get.headers.location).toBe('https://192.168.1.20:8443/history?x=1');
    const post = await send(port, {
      method: 'POST',
      path: '/api/v1/payments',
      host: 'shop-pc.local',
    });
    expect(post.status).toBe(308);
    expect(post.headers.location).toBe('https://shop-pc.local:8443/api/v1/payments');
  });

  it('brackets an IPv6 host, and refuses a request without a usable Host (421)', async () => {
    const port = await listening(CA_DER);
    expect((await send(port, { path: '/wallet', host: '[FD00::9]:8080' })).headers.location).toBe(
      'https://[fd00::9]:8443/wallet',
    );
    expect((await send(port, { path: '/', host: null })).status).toBe(421);
    expect((await send(port, { path: '/', host: 'evil.example/x' })).status).toBe(421);
  });

  it('serves the CA certificate in DER at /saoma-ca.crt, before anything is trusted', async () => {
    const port = await listening(CA_DER);
    const get = await send(port, { path: '/saoma-ca.crt', host: '192.168.1.20:8080' });
    expect(get.status).toBe(200);
    expect(get.headers['content-type']).toBe('application/x-x509-ca-cert');
    expect(get.body).toEqual(CA_DER);
    const head = await send(port, { method: 'HEAD', path: '/saoma-ca.crt' });
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(String(CA_DER.length));
    expect(head.body.length).toBe(0);
    expect((await send(port, { method: 'POST', path: '/saoma-ca.crt' })).status).toBe(308);
  });

  it('redirects /saoma-ca.crt too when there is no local CA (TLS_CERT)', async () => {
    const port = await listening(null);
    expect(
      (await send(port, { path: '/saoma-ca.crt', host: 'shop.example' })).headers.location,
    ).toBe('https://shop.example:8443/saoma-ca.crt');
  });
});

describe('httpsLocation', () => {
  it('leaves out the port 443', () => {
    expect(httpsLocation('shop.example', '/a?b=c', 443, 'localhost')).toBe(
      'https://shop.example/a?b=c',
    );
  });
});
