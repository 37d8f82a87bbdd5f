import { describe, expect, it } from 'vitest';
import { withCaDownload } from './ca-download.ts';

const CA_DER = Buffer.from([0x30, 0x03, 0x02, 0x01, 0x05]);
const app = (request: Request) => new Response(`app: ${new URL(request.url).pathname}`);

describe('withCaDownload', () => {
  it('answers GET and HEAD /saoma-ca.crt with the CA in DER, and leaves the rest to the app', async () => {
    const fetch = withCaDownload(app, CA_DER);
    const get = await fetch(new Request('https://localhost:8443/saoma-ca.crt?v=1'));
    expect(get.headers.get('Content-Type')).toBe('application/x-x509-ca-cert');
    expect(Buffer.from(await get.arrayBuffer())).toEqual(CA_DER);
    const head = await fetch(
      new Request('https://localhost:8443/saoma-ca.crt', { method: 'HEAD' }),
    );
    expect(head.headers.get('Content-Length')).toBe(String(CA_DER.length));
    expect(await head.text()).toBe('');
    const other = await fetch(new Request('https://localhost:8443/wallet'));
    expect(await other.text()).toBe('app: /wallet');
    const post = await fetch(
      new Request('https://localhost:8443/saoma-ca.crt', { method: 'POST' }),
    );
    expect(await post.text()).toBe('app: /saoma-ca.crt');
  });
});
