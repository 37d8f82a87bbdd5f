import { chromium, expect, test, type APIRequestContext } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type * as Pngjs from 'pngjs';
import { CHROMIUM_ARGS, findSystemChromium } from './support/chromium.ts';
import { waitForServiceWorker } from './support/service-worker.ts';

// A CommonJS package whose named exports Node's ESM loader cannot see (see qr-matrix.ts).
const require = createRequire(import.meta.url);
const { PNG } = require('pngjs') as typeof Pngjs;

type Icon = { src: string; sizes: string; type: string; purpose?: string };

const APPS = [
  {
    page: '/',
    manifest: '/manifest.webmanifest',
    fields: {
      id: '/',
      name: 'Saoma 扫码 Terminal',
      short_name: 'Saoma',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      orientation: 'any',
      theme_color: '#c8102e',
      background_color: '#c8102e',
      shortcuts: [
        expect.objectContaining({ name: 'Checkout', url: '/' }),
        expect.objectContaining({ name: 'History', url: '/history' }),
      ],
    },
  },
  {
    page: '/wallet',
    manifest: '/wallet.webmanifest',
    fields: {
      id: '/wallet',
      name: 'Saoma Wallet Simulator',
      short_name: 'Saoma Wallet',
      start_url: '/wallet',
      scope: '/wallet',
      display: 'standalone',
      orientation: 'any',
      theme_color: '#c8102e',
    },
  },
];

async function checkIcon(request: APIRequestContext, icon: Icon): Promise<void> {
  const response = await request.get(icon.src);
  expect(response.status(), icon.src).toBe(200);
  expect(response.headers()['content-type']).toBe(icon.type);
  const png = PNG.sync.read(await response.body());
  expect(`${png.width}x${png.height}`, icon.src).toBe(icon.sizes);
}

for (const app of APPS) {
  test(`${app.page} links ${app.manifest}, which is complete and whose icons have their sizes`, async ({
    request,
  }) => {
    const html = await (await request.get(app.page)).text();
    expect(html).toContain(`<link rel="manifest" href="${app.manifest}" />`);

    const response = await request.get(app.manifest);
    expect(response.headers()['content-type']).toBe('application/manifest+json');
    const manifest = (await response.json()) as Record<string, unknown> & { icons: Icon[] };
    expect(manifest).toMatchObject(app.fields);

    const purposes = manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose ?? 'any'}`);
    expect(purposes).toEqual(
      expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
    );
    for (const icon of manifest.icons) await checkIcon(request, icon);
  });
}

test('Chromium finds both apps installable', async ({ baseURL }) => {
  // Chromium never offers to install from an incognito profile, which is what a Playwright
  // context is; a persistent profile is a normal one.
  const profile = mkdtempSync(path.join(tmpdir(), 'saoma-install-'));
  const executablePath = findSystemChromium();
  const context = await chromium.launchPersistentContext(profile, {
    baseURL,
    args: CHROMIUM_ARGS,
    ...(executablePath ? { executablePath } : {}),
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    for (const app of APPS) {
      await page.goto(app.page);
      await waitForServiceWorker(page);
      const manifest = await cdp.send('Page.getAppManifest');
      expect(new URL(manifest.url).pathname).toBe(app.manifest);
      expect(manifest.errors).toEqual([]);
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      expect(installabilityErrors, `${app.page} installability`).toEqual([]);
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
