// `npm run bench:bundle`: the gzipped size of the JS a first visit loads before any lazy chunk
// (the entry script of dist/index.html and its modulepreloads). Run after `vite build`.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = [
  ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
].map((match) => match[1]);

const files = initial.map((src) => {
  const bytes = readFileSync(join(dist, src));
  return { file: src, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
});
const total = files.reduce((sum, f) => sum + f.gzipBytes, 0);
console.log(
  JSON.stringify(
    {
      initialJsGzipBytes: total,
      initialJsGzipKB: +(total / 1024).toFixed(1),
      budgetKB: 200,
      files,
      builtAt: statSync(join(dist, 'index.html')).mtime,
    },
    null,
    2,
  ),
);
