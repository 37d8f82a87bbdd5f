import { resolve } from 'node:path';
import { build } from 'vite';
import { BENCH_MODE } from '../../vite.config.ts';

/** Where the page's files are served from, on the wallet's own origin (see open-bench-page.ts). */
export const PAGE_BASE = '/__bench-outbox/';

/** Builds bench/outbox with the app's own Vite config; only the root, base and output differ. */
export async function buildPage(outDir: string): Promise<void> {
  await build({
    configFile: resolve('vite.config.ts'),
    mode: BENCH_MODE,
    root: resolve('bench/outbox'),
    base: PAGE_BASE,
    publicDir: false,
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
  });
}
