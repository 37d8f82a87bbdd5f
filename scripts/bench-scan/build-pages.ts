import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { build } from 'vite';
import { BENCH_MODE } from '../../vite.config.ts';

export const SCANNERS = ['saoma', 'zxing-browser', 'html5-qrcode'] as const;
export type ScannerName = (typeof SCANNERS)[number];

const ROOT = resolve('bench/scan');
const SAOMA_ENTRY = resolve('src/features/scanner/engine/scan-session.ts');

export function saomaAvailable(): boolean {
  return existsSync(SAOMA_ENTRY);
}

/**
 * Builds one page per scanner with the app's own Vite config, so that Saoma's module and its
 * worker bundle as they do in the app; only the root, the entries and the output differ. When
 * Saoma's page does not build (its code is mid-change), the peers' pages are built without it.
 */
export async function buildPages(
  scanners: readonly ScannerName[],
  outDir: string,
): Promise<{ built: ScannerName[]; saomaError: string | null }> {
  try {
    await buildOnce(scanners, outDir);
    return { built: [...scanners], saomaError: null };
  } catch (error) {
    const peers = scanners.filter((name) => name !== 'saoma');
    if (peers.length === scanners.length || peers.length === 0) throw error;
    await buildOnce(peers, outDir);
    return { built: peers, saomaError: firstLines(error) };
  }
}

/** A build error without colours, stack or code frame: its message's first lines. */
function firstLines(error: unknown): string {
  const text = stripVTControlCharacters(error instanceof Error ? error.message : String(error));
  return text
    .split('\n')
    .filter((line) => /\S/.test(line) && !/^\s*at |[│╭╰]/.test(line))
    .slice(0, 4)
    .join(' ');
}

async function buildOnce(scanners: readonly ScannerName[], outDir: string): Promise<void> {
  await build({
    configFile: resolve('vite.config.ts'),
    mode: BENCH_MODE,
    root: ROOT,
    publicDir: resolve('public'),
    logLevel: 'error',
    build: {
      outDir,
      emptyOutDir: true,
      rolldownOptions: {
        input: Object.fromEntries(scanners.map((name) => [name, resolve(ROOT, `${name}.html`)])),
      },
    },
  });
}
