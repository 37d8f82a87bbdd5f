import { expect, test } from '@playwright/test';
import { APP_SCREENS, COLOR_SCHEMES, FAKE_CAMERA_USE } from './support/app-screens.ts';
import { describeViolations, scanWithAxe } from './support/axe-scan.ts';
import { backgroundLuminance } from './support/color-scheme.ts';
import { openTerminal } from './support/terminal-page.ts';

// The tablet at the counter, landscape: the terminal's main form factor.
test.use({ ...FAKE_CAMERA_USE, viewport: { width: 1024, height: 768 } });

for (const colorScheme of COLOR_SCHEMES) {
  test.describe(`${colorScheme} colour scheme`, () => {
    test.use({ colorScheme });

    for (const screen of APP_SCREENS) {
      test(`axe: ${screen.name} has no serious or critical violations`, async ({
        page,
        context,
        request,
      }) => {
        await screen.open({ page, context, request });
        const luminance = await backgroundLuminance(page);
        if (colorScheme === 'dark') expect(luminance, 'a dark background').toBeLessThan(0.05);
        else expect(luminance, 'a light background').toBeGreaterThan(0.8);

        const { blocking, other } = await scanWithAxe(page);
        if (other.length > 0) {
          console.log(
            `[a11y] ${screen.name}, ${colorScheme}: ${other.length} minor or moderate violation(s), for information:\n${describeViolations(other)}`,
          );
        }
        expect(
          describeViolations(blocking),
          `serious or critical axe violations on ${screen.name} (${colorScheme})`,
        ).toBe('');
      });
    }
  });
}

test('keyboard focus is visible: a ring of at least 2 px around the focused control', async ({
  page,
}) => {
  await openTerminal(page);
  await page.getByLabel('Amount').focus();
  await page.keyboard.press('Tab');
  const ring = await page.evaluate(() => {
    const focused = document.activeElement;
    if (!(focused instanceof HTMLElement) || focused === document.body) return null;
    const style = getComputedStyle(focused);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(ring, 'an element has focus after Tab').not.toBeNull();
  expect(ring?.style).not.toBe('none');
  expect(ring?.width ?? 0).toBeGreaterThanOrEqual(2);
});

test('prefers-reduced-motion turns the transitions off', async ({ page }) => {
  const moving = (durations: string[]) =>
    durations.filter((list) => list.split(',').some((duration) => duration.trim() !== '0s'));
  const buttonTransitions = () =>
    page
      .locator('button')
      .evaluateAll((buttons) => buttons.map((b) => getComputedStyle(b).transitionDuration));

  await openTerminal(page);
  expect(moving(await buttonTransitions()).length, 'buttons animate by default').toBeGreaterThan(0);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(moving(await buttonTransitions()), 'no transition left').toEqual([]);
});
