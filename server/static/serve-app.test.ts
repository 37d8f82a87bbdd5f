import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { beforeEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../protocol/paths.ts';
import { createHarness, readProblem, type Harness } from '../test-support/harness.ts';
import { tempDir } from '../test-support/temp-dir.ts';
import { CONTENT_SECURITY_POLICY } from './serve-app.ts';

const INDEX = '<!doctype html><title>Saoma</title>';

let h: Harness;
let root: string;

beforeEach(async () => {
  const dir = tempDir('static');
  root = path.join(dir, 'dist');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), INDEX);
  writeFileSync(path.join(root, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  writeFileSync(path.join(root, 'assets', 'index-3f2a1b.js'), 'console.log("app");');
  writeFileSync(path.join(dir, 'secret.txt'), 'outside the root');
  h = await createHarness({ staticRoot: root });
});

async function get(url: string, headers: Record<string, string> = {}) {
  return h.app.request(url, { headers });
}

describe('serving the built PWA', () => {
  it('serves index.html at / with the strict CSP, no-cache and the security headers', async () => {
    const response = await get('/');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(INDEX);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(response.headers.get('Cache-Control')).toBe('no-cache');
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(response.headers.get('Referrer-Policy')).toBe('no-referrer');
  });

  it.each(['/wallet', '/history', '/settings/pairing', '/index.html'])(
    'answers the client route %s with index.html',
    async (url) => {
      const response = await get(url);
      expect(response.status).toBe(200);
      expect(await response.text()).toBe(INDEX);
      expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    },
  );

  it('answers a path with its own page (/wallet → wallet.html), and other paths with index.html', async () => {
    const walletPage = '<!doctype html><title>Saoma wallet simulator</title>';
    writeFileSync(path.join(root, 'wallet.html'), walletPage);
    for (const url of ['/wallet', '/wallet/', '/wallet.html']) {
      const response = await get(url);
      expect(response.status).toBe(200);
      expect(await response.text()).toBe(walletPage);
      expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('Cache-Control')).toBe('no-cache');
    }
    expect(await (await get('/history')).text()).toBe(INDEX);
    expect(await (await get('/wallet/history')).text()).toBe(INDEX);
    expect(await (await get('/..%2fsecret')).text()).not.toContain('outside the root');
  });

  it('serves the web app manifests as such', async () => {
    writeFileSync(path.join(root, 'manifest.webmanifest'), '{"name":"Saoma"}');
    const response = await get('/manifest.webmanifest');
    expect(response.headers.get('Content-Type')).toBe('application/manifest+json');
    expect(response.headers.get('Cache-Control')).toBe('no-cache');
  });

  it('serves hashed assets as immutable, and other files revalidated', async () => {
    const asset = await get('/assets/index-3f2a1b.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(asset.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('Content-Security-Policy')).toBeNull();

    const worker = await get('/sw.js');
    expect(worker.headers.get('Cache-Control')).toBe('no-cache');
  });

  it('answers 404, not HTML, for a missing hashed asset', async () => {
    const response = await get('/assets/index-old.js');
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('<title>');
  });

  it('answers 404 for any source map, even one a build left in dist/', async () => {
    writeFileSync(path.join(root, 'assets', 'index-3f2a1b.js.map'), '{"version":3}');
    writeFileSync(path.join(root, 'sw.js.map'), '{"version":3}');
    for (const url of ['/assets/index-3f2a1b.js.map', '/sw.js.map', '/SW.JS.MAP', '/missing.map']) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain('version');
    }
    expect((await get('/assets/index-3f2a1b.js')).status).toBe(200);
  });

  it('answers 304 to a matching If-None-Match', async () => {
    const first = await get('/sw.js');
    const etag = first.headers.get('ETag');
    expect(etag).toBeTruthy();
    const again = await get('/sw.js', { 'If-None-Match': etag ?? '' });
    expect(again.status).toBe(304);
  });

  describe('compression', () => {
    const big = `console.log(${JSON.stringify('收款 payment '.repeat(400))});`;
    beforeEach(() => writeFileSync(path.join(root, 'assets', 'big-9c8d7e.js'), big));

    it.each([
      ['br', 'gzip, deflate, br', brotliDecompressSync],
      ['gzip', 'gzip, deflate', gunzipSync],
      ['gzip', 'br;q=0, gzip;q=0.5', gunzipSync],
    ] as const)(
      'answers %s to Accept-Encoding "%s" with the same bytes',
      async (encoding, accept, decode) => {
        const response = await get('/assets/big-9c8d7e.js', { 'Accept-Encoding': accept });
        expect(response.status).toBe(200);
        expect(response.headers.get('Content-Encoding')).toBe(encoding);
        expect(response.headers.get('Vary')).toBe('Accept-Encoding');
        const body = Buffer.from(await response.arrayBuffer());
        expect(body.byteLength).toBeLessThan(big.length / 4);
        expect(decode(body).toString('utf8')).toBe(big);
      },
    );

    it.each([undefined, 'identity', 'br;q=0, gzip;q=0', 'deflate'])(
      'answers plain bytes to Accept-Encoding %s',
      async (accept) => {
        const headers: Record<string, string> =
          accept === undefined ? {} : { 'Accept-Encoding': accept };
        const response = await get('/assets/big-9c8d7e.js', headers);
        expect(response.headers.get('Content-Encoding')).toBeNull();
        expect(await response.text()).toBe(big);
      },
    );

    it('keeps one ETag per encoding, so a cache never gets the wrong bytes on a 304', async () => {
      const br = await get('/assets/big-9c8d7e.js', { 'Accept-Encoding': 'br' });
      const plain = await get('/assets/big-9c8d7e.js');
      expect(br.headers.get('ETag')).not.toBe(plain.headers.get('ETag'));
      const revalidated = await get('/assets/big-9c8d7e.js', {
        'Accept-Encoding': 'br',
        'If-None-Match': br.headers.get('ETag') ?? '',
      });
      expect(revalidated.status).toBe(304);
      const otherEncoding = await get('/assets/big-9c8d7e.js', {
        'Accept-Encoding': 'gzip',
        'If-None-Match': br.headers.get('ETag') ?? '',
      });
      expect(otherEncoding.status).toBe(200);
    });

    it('serves the new bytes after the file changes', async () => {
      await get('/assets/big-9c8d7e.js', { 'Accept-Encoding': 'br' });
      const changed = `${big}\n// v2 ${'x'.repeat(50)}`;
      writeFileSync(path.join(root, 'assets', 'big-9c8d7e.js'), changed);
      const response = await get('/assets/big-9c8d7e.js', { 'Accept-Encoding': 'br' });
      expect(brotliDecompressSync(Buffer.from(await response.arrayBuffer())).toString()).toBe(
        changed,
      );
    });

    it('leaves small files and images alone', async () => {
      const small = await get('/assets/index-3f2a1b.js', { 'Accept-Encoding': 'br' });
      expect(small.headers.get('Content-Encoding')).toBeNull();
      writeFileSync(path.join(root, 'photo.png'), Buffer.alloc(4096, 1));
      const image = await get('/photo.png', { 'Accept-Encoding': 'br' });
      expect(image.headers.get('Content-Encoding')).toBeNull();
      expect(image.headers.get('Vary')).toBeNull();
    });
  });

  it.each([
    '/../secret.txt',
    '/..%2fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/%2e%2e/secret.txt',
  ])('never serves a file outside the root for %s', async (url) => {
    const response = await get(url);
    expect(await response.text()).not.toContain('outside the root');
  });

  it('does not answer /api/* with the app', async () => {
    const response = await get('/api/v1/nothing-here');
    expect(response.status).toBe(404);
    expect((await readProblem(response)).code).toBe('NOT_FOUND');
  });

  it('still serves the API, and says so, when the app is not built', async () => {
    const bare = await createHarness({ staticRoot: path.join(root, 'missing') });
    const page = await bare.app.request('/wallet');
    expect(page.status).toBe(404);
    expect(await page.text()).toMatch(/npm run build/);
    expect((await bare.request('GET', apiPaths.demo)).status).toBe(200);
  });
});
