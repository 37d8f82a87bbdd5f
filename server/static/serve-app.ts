import { existsSync, type Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Context } from 'hono';
import { chooseEncoding, compressedBody, isCompressible } from './compressed-body.ts';

/** The built PWA, found from this file rather than the working directory. */
export const DIST_DIR = fileURLToPath(new URL('../../dist', import.meta.url));

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob: mediastream:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

const ASSETS_PREFIX = '/assets/';
const IMMUTABLE = 'public, max-age=31536000, immutable';
const NOT_BUILT = 'The Saoma web app is not built. Run `npm run build`, then restart the server.';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
};

export function hasBuiltApp(root: string): boolean {
  return existsSync(path.join(root, 'index.html'));
}

/**
 * Serves the PWA: existing files as they are, hashed /assets/ forever, everything else
 * revalidated (sw.js included, so that an update is seen at once). A path with an HTML page of
 * its own gets it (/wallet → wallet.html, the simulator's page with its own manifest); any
 * other path gets index.html so client-side routes (/history, /settings) load.
 */
export function serveApp(root: string) {
  const base = path.resolve(root);
  const index = path.join(base, 'index.html');

  return async (c: Context) => {
    const pathname = new URL(c.req.url).pathname;
    const file = resolveInside(base, pathname);
    // Source maps are never served, even when a build left one in dist/ (docs/API.md).
    if (file === null || isSourceMap(file)) return c.text('Not found', 404);
    const found = await statFile(file);
    if (found) return send(c, file, found, pathname.startsWith(ASSETS_PREFIX));
    // A missing hashed asset is a stale page asking for an old build: HTML would not help it.
    if (pathname.startsWith(ASSETS_PREFIX)) return c.text('Not found', 404);
    const page = await ownPage(base, pathname);
    if (page) return send(c, page.file, page.stats, false);
    const indexStats = await statFile(index);
    if (!indexStats) return c.text(NOT_BUILT, 404);
    return send(c, index, indexStats, false);
  };
}

function isSourceMap(file: string): boolean {
  return path.extname(file).toLowerCase() === '.map';
}

/** `name.html` for `/name` or `/name/`, when the build has such a page. */
async function ownPage(base: string, pathname: string) {
  const name = pathname.replace(/\/+$/, '');
  if (name === '' || name.endsWith('.html')) return null;
  const file = resolveInside(base, `${name}.html`);
  const stats = file === null ? null : await statFile(file);
  return file !== null && stats ? { file, stats } : null;
}

/** The file a URL path names under `base`, or null when it would leave `base`. */
function resolveInside(base: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const resolved = path.resolve(base, `.${path.posix.normalize(`/${decoded}`)}`);
  return resolved === base || resolved.startsWith(base + path.sep) ? resolved : null;
}

async function statFile(file: string): Promise<Stats | null> {
  try {
    const stats = await stat(file);
    return stats.isFile() ? stats : null;
  } catch {
    return null;
  }
}

async function send(c: Context, file: string, stats: Stats, immutable: boolean) {
  const contentType = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  const version = `${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}`;
  const compressible = isCompressible(contentType, stats.size);
  const encoding = compressible ? chooseEncoding(c.req.header('Accept-Encoding')) : null;
  const etag = `W/"${version}${encoding ? `-${encoding}` : ''}"`;
  const headers: Record<string, string> = {
    'Content-Type': contentType,
    'Cache-Control': immutable ? IMMUTABLE : 'no-cache',
    ETag: etag,
  };
  if (compressible) headers['Vary'] = 'Accept-Encoding';
  if (encoding) headers['Content-Encoding'] = encoding;
  if (contentType.startsWith('text/html')) {
    headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY;
  }
  if (c.req.header('If-None-Match') === etag) return c.body(null, 304, headers);
  const bytes = new Uint8Array(await readFile(file));
  const body = encoding ? await compressedBody(file, version, encoding, bytes) : bytes;
  return c.body(body, 200, headers);
}
