import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
  '.wasm': 'application/wasm',
};

export type StaticHost = { origin: string; close: () => Promise<void> };

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/**
 * A plain static file host, as a shop might rent one: no Saoma code and no headers of ours. It
 * does what such hosts commonly do: `/wallet` finds wallet.html, and any other unknown path gets
 * index.html (the single-page-app fallback).
 */
export async function startStaticHost(dir: string): Promise<StaticHost> {
  const root = path.resolve(dir);
  const server = createServer((request, response) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
      const wanted = path.join(root, path.normalize(pathname));
      const candidates = [wanted, `${wanted}.html`, path.join(wanted, 'index.html')];
      let file = path.join(root, 'index.html');
      for (const candidate of candidates) {
        if (candidate.startsWith(root) && (await isFile(candidate))) {
          file = candidate;
          break;
        }
      }
      response.writeHead(200, {
        'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
      });
      createReadStream(file).pipe(response);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string')
    throw new Error('The static host has no port.');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
