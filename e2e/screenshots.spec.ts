import { expect, test } from '@playwright/test';
import { join, resolve } from 'node:path';
import { APP_SCREENS, COLOR_SCHEMES, FAKE_CAMERA_USE } from './support/app-screens.ts';
import {
  describeSmallTargets,
  horizontalOverflow,
  MIN_TARGET_PX,
  smallTargets,
} from './support/layout-checks.ts';

/** Artifacts, not assertions: CI keeps this folder (the path is printed). */
const SCREENSHOT_DIR = resolve('test-results/screenshots');

const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'tablet-portrait', width: 768, height: 1024 },
  { name: 'tablet-landscape', width: 1024, height: 768 },
  { name: 'phone-landscape', width: 844, height: 390 },
] as const;

test.use(FAKE_CAMERA_USE);

test.beforeAll(() => {
  console.log(`Screenshots are saved in ${SCREENSHOT_DIR}`);
});

for (const viewport of VIEWPORTS) {
  for (const colorScheme of COLOR_SCHEMES) {
    test.describe(`${viewport.name} ${viewport.width}×${viewport.height}, ${colorScheme}`, () => {
      test.use({ viewport: { width: viewport.width, height: viewport.height }, colorScheme });

      for (const screen of APP_SCREENS) {
        test(`screenshot: ${screen.name}`, async ({ page, context, request }) => {
          await screen.open({ page, context, request });
          const file = join(SCREENSHOT_DIR, `${viewport.name}-${colorScheme}-${screen.name}.png`);
          await page.screenshot({
            path: file,
            fullPage: true,
            animations: 'disabled',
            caret: 'hide',
          });
          console.log(`  saved ${file}`);

          const overflow = await horizontalOverflow(page);
          expect(overflow, `${screen.name} scrolls sideways by ${overflow} px`).toBeLessThanOrEqual(
            0,
          );
          const small = await smallTargets(page);
          expect(
            describeSmallTargets(small),
            `targets under ${MIN_TARGET_PX}×${MIN_TARGET_PX} px on ${screen.name}`,
          ).toBe('');
        });
      }
    });
  }
}
