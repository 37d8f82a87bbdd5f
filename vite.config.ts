import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin, type UserConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { parseWalletOrigin } from './protocol/wallet-origin.ts';

const walletPort = Number(process.env.PORT ?? 8080);
/**
 * A label baked into sw.js. Only the update e2e sets it, to make two builds of the same source
 * differ; a real release differs anyway, through the revisions in its precache manifest.
 */
const swBuildTag = process.env.SAOMA_SW_BUILD_TAG ?? '';

const TERMINAL_MANIFEST = '<link rel="manifest" href="/manifest.webmanifest" />';
const WALLET_MANIFEST = '<link rel="manifest" href="/wallet.webmanifest" />';

/**
 * The wallet simulator installs as its own app, so /wallet needs its own manifest link: the
 * build emits wallet.html, a copy of index.html that links wallet.webmanifest. The server and the
 * service worker answer /wallet with it.
 */
function walletHtml(): Plugin {
  return {
    name: 'saoma:wallet-html',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (index?.type !== 'asset' || typeof index.source !== 'string') {
        this.error('index.html is missing from the bundle');
      }
      if (!index.source.includes(TERMINAL_MANIFEST)) {
        this.error(`index.html must contain ${TERMINAL_MANIFEST}`);
      }
      this.emitFile({
        type: 'asset',
        fileName: 'wallet.html',
        source: index.source
          .replace(TERMINAL_MANIFEST, WALLET_MANIFEST)
          .replace(/<title>[^<]*<\/title>/, '<title>Saoma wallet simulator</title>'),
      });
    },
  };
}

/** VITE_WALLET_URL (environment or .env files): refused at build time rather than in the shop. */
function checkWalletUrl(mode: string): void {
  const text = loadEnv(mode, process.cwd(), 'VITE_').VITE_WALLET_URL ?? '';
  const parsed = parseWalletOrigin(text, null);
  if (!parsed.ok) {
    throw new Error(
      `VITE_WALLET_URL must be the wallet server's origin, such as https://192.168.1.20:8443 (scheme, host and port; no path), or empty for the origin the app is served from. Got "${text}" (${parsed.problem}).`,
    );
  }
}

/** The app's service worker, src/sw.ts, with the precache manifest Workbox injects. */
function appServiceWorker() {
  return VitePWA({
    strategies: 'injectManifest',
    srcDir: 'src',
    filename: 'sw.ts',
    registerType: 'prompt',
    // src/lib/pwa registers the worker with workbox-window, in production builds only.
    injectRegister: false,
    // Both manifests are static files in public/; index.html and wallet.html link them.
    manifest: false,
    injectManifest: {
      // A classic script: every browser with service workers runs it, and Workbox is inlined.
      rollupFormat: 'iife',
      // Everything the app can load, lazy chunks and the decode worker included, so that it
      // starts and scans fully offline after one visit. Source maps stay out.
      globPatterns: ['**/*.{html,js,css,png,svg,webmanifest}'],
      // No sw.js.map either: production serves no source maps (docs/API.md).
      sourcemap: false,
    },
    devOptions: { enabled: false },
  });
}

/**
 * The mode the benches build their own pages in (bench/outbox, bench/scan, with their own
 * index.html): the app's config without the service worker and the wallet's HTML copy, which
 * those pages neither have nor need.
 */
export const BENCH_MODE = 'bench';

const appConfig = (mode: string) =>
  ({
    plugins: [react(), ...(mode === BENCH_MODE ? [] : [walletHtml(), appServiceWorker()])],
    define: { __SAOMA_SW_BUILD_TAG__: JSON.stringify(swBuildTag) },
    build: {
      target: 'es2022',
      // Source maps would publish the whole source to anyone on the shop's network.
      sourcemap: false,
    },
    worker: { format: 'es' },
    server: {
      // `vite` in dev mode talks to a mock wallet started with `npm run dev:server`.
      proxy: { '/api': `http://localhost:${walletPort}` },
    },
  }) satisfies UserConfig;

export default defineConfig(({ mode }) => {
  checkWalletUrl(mode);
  return appConfig(mode);
});
