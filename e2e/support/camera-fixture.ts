import { test as base, type Browser, type Page } from '@playwright/test';
import { launchWithCamera } from './camera-browser.ts';
import type { LumaImage } from './y4m.ts';

type CameraFixtures = {
  /** Opens a page in a Chromium whose fake camera shows `image`. */
  pageWithCamera: (name: string, image: LumaImage) => Promise<Page>;
};

/**
 * Each camera page needs its own browser (the video file is a launch flag). The fixture closes
 * them after the test and, when the test failed, attaches a screenshot and the console log.
 */
export const test = base.extend<CameraFixtures>({
  pageWithCamera: async ({ baseURL }, use, testInfo) => {
    const opened: { browser: Browser; page: Page; log: string[] }[] = [];
    await use(async (name, image) => {
      const { browser, page } = await launchWithCamera(name, image, baseURL ?? '');
      const log: string[] = [];
      page.on('console', (message) => log.push(`${message.type()}: ${message.text()}`));
      page.on('pageerror', (error) => log.push(`pageerror: ${error.message}`));
      opened.push({ browser, page, log });
      return page;
    });
    for (const { browser, page, log } of opened) {
      if (testInfo.status !== testInfo.expectedStatus) {
        await testInfo.attach('camera-page.png', {
          body: await page.screenshot(),
          contentType: 'image/png',
        });
        await testInfo.attach('camera-console.txt', {
          body: log.join('\n'),
          contentType: 'text/plain',
        });
      }
      await browser.close();
    }
  },
});

export { expect } from '@playwright/test';
