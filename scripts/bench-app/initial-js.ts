import { readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export type SizedFile = { file: string; bytes: number; gzipBytes: number };

export type InitialAssets = {
  js: SizedFile[];
  jsGzipBytes: number;
  css: SizedFile[];
  cssGzipBytes: number;
};

const HTML_SCRIPTS = /<script[^>]+type="module"[^>]+src="([^"]+)"/g;
const HTML_PRELOADS = /<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g;
const HTML_STYLES = /<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g;
/** `import"./a.js"`, `import{x}from"./a.js"`, `export*from"./a.js"`; not `import("./a.js")`. */
const STATIC_IMPORTS = /\b(?:import|export)\s*(?:[\w$*{},\s]+?\s*from\s*)?["']([^"']+\.js)["']/g;

function size(dist: string, file: string): SizedFile {
  const bytes = readFileSync(join(dist, file));
  return { file, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
}

const sum = (files: readonly SizedFile[]) => files.reduce((total, f) => total + f.gzipBytes, 0);

/**
 * What a first visit loads before any lazy chunk: the entry scripts of dist/index.html, the
 * modules it preloads, and every module they import statically (a chunk reached only through
 * `import()` is lazy and not counted). Sizes are gzip level 9, as `bench:bundle` measures them.
 */
export function measureInitialAssets(dist: string): InitialAssets {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const fromHtml = (pattern: RegExp) =>
    [...html.matchAll(pattern)].flatMap((match) => (match[1] ? [match[1].replace(/^\//, '')] : []));

  const seen = new Set<string>();
  const queue = [...fromHtml(HTML_SCRIPTS), ...fromHtml(HTML_PRELOADS)];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    for (const match of code.matchAll(STATIC_IMPORTS)) {
      const spec = match[1];
      if (spec?.startsWith('.')) queue.push(posix.normalize(posix.join(dirname(file), spec)));
    }
  }
  const js = [...seen].map((file) => size(dist, file));
  const css = fromHtml(HTML_STYLES).map((file) => size(dist, file));
  return { js, jsGzipBytes: sum(js), css, cssGzipBytes: sum(css) };
}
