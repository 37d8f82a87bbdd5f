import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

export type ContentEncoding = 'br' | 'gzip';

const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json|wasm)|image\/svg\+xml)/;
/** Below this a compressed body saves less than its headers cost. */
const MIN_BYTES = 1024;
/** The built app is a few MB at most; one entry per file and encoding, replaced when it changes. */
const cache = new Map<string, { version: string; body: Promise<Uint8Array<ArrayBuffer>> }>();
const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

export function isCompressible(contentType: string, size: number): boolean {
  return size >= MIN_BYTES && COMPRESSIBLE.test(contentType);
}

/**
 * The encoding to answer with, from the request's Accept-Encoding: brotli before gzip, and
 * nothing for `identity`, a q=0 refusal or a missing header.
 */
export function chooseEncoding(acceptEncoding: string | undefined): ContentEncoding | null {
  if (!acceptEncoding) return null;
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    if (name !== '') accepted.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const weightOf = (name: ContentEncoding) => accepted.get(name) ?? accepted.get('*') ?? 0;
  if (weightOf('br') > 0) return 'br';
  if (weightOf('gzip') > 0) return 'gzip';
  return null;
}

/**
 * The file's bytes compressed once per version (size and mtime) and then served from memory.
 * Compression runs off the event loop so the wallet's API is not held up by a large chunk.
 */
export function compressedBody(
  file: string,
  version: string,
  encoding: ContentEncoding,
  bytes: Uint8Array,
): Promise<Uint8Array<ArrayBuffer>> {
  const key = `${encoding}:${file}`;
  const hit = cache.get(key);
  if (hit && hit.version === version) return hit.body;
  const body = compress(encoding, bytes);
  cache.set(key, { version, body });
  body.catch(() => cache.delete(key));
  return body;
}

async function compress(
  encoding: ContentEncoding,
  bytes: Uint8Array,
): Promise<Uint8Array<ArrayBuffer>> {
  const out =
    encoding === 'br'
      ? await brotli(bytes, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 11,
            [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
          },
        })
      : await gzipAsync(bytes, { level: 9 });
  return Uint8Array.from(out);
}
