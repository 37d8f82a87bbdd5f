import { test as base, type Browser, type Page } from '@playwright/test';
import { writeFile } from 'node:fs/promises';
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
        const screenshot = testInfo.outputPath('camera-page.png');
        await page.screenshot({ path: screenshot });
        await testInfo.attach('camera-page.png', { path: screenshot, contentType: 'image/png' });
        log.push(`scanner state: ${await scannerState(page)}`);
        const report = testInfo.outputPath('camera-console.txt');
        await writeFile(report, log.join('\n'));
        await testInfo.attach('camera-console.txt', { path: report, contentType: 'text/plain' });
      }
      await browser.close();
    }
  },
});

/** What the page knows about its camera and scan loop, for a failure report. */
function scannerState(page: Page): Promise<string> {
  return page.evaluate(() => {
    const video = document.querySelector('video');
    const marks = performance
      .getEntriesByType('mark')
      .map((m) => `${m.name}@${Math.round(m.startTime)}`);
    return JSON.stringify({
      now: Math.round(performance.now()),
      marks,
      video: video && {
        readyState: video.readyState,
        paused: video.paused,
        currentTime: video.currentTime,
        size: `${video.videoWidth}x${video.videoHeight}`,
      },
    });
  });
}

export { expect } from '@playwright/test';
