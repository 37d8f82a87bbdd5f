import { chromium, type Browser, type Page } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { CHROMIUM_ARGS, fakeCameraArgs, findSystemChromium } from './chromium.ts';
import { writeY4m, type LumaImage } from './y4m.ts';

const VIDEO_DIR = resolve('e2e/.tmp/videos');

/**
 * Launches Chromium whose fake camera shows `image`. The video file is written at test time, from
 * a code the wallet issued during the test, so each test needs its own browser. `extraArgs` are
 * further Chromium flags for this browser alone.
 */
export async function launchWithCamera(
  name: string,
  image: LumaImage,
  baseURL: string,
  extraArgs: readonly string[] = [],
): Promise<{ browser: Browser; page: Page }> {
  await mkdir(VIDEO_DIR, { recursive: true });
  const videoPath = join(VIDEO_DIR, `${name}.y4m`);
  await writeY4m(videoPath, image);
  const executablePath = findSystemChromium();
  const browser = await chromium.launch({
    args: [...CHROMIUM_ARGS, ...fakeCameraArgs(videoPath), ...extraArgs],
    ...(executablePath ? { executablePath } : {}),
  });
  const context = await browser.newContext({ baseURL, permissions: ['camera'] });
  const page = await context.newPage();
  return { browser, page };
}

/**
 * Launches Chromium with a fake camera whose permission the user refuses: the permission prompt
 * is answered "block" by the browser itself.
 */
export async function launchWithCameraDenied(
  baseURL: string,
): Promise<{ browser: Browser; page: Page }> {
  const executablePath = findSystemChromium();
  const browser = await chromium.launch({
    args: [...CHROMIUM_ARGS, '--use-fake-device-for-media-stream', '--deny-permission-prompts'],
    ...(executablePath ? { executablePath } : {}),
  });
  const context = await browser.newContext({ baseURL });
  return { browser, page: await context.newPage() };
}
