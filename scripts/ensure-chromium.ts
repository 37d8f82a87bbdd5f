import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findSystemChromium } from '../e2e/support/chromium.ts';

/** Fails early, with instructions, when no browser is available for the e2e tests. */
const system = findSystemChromium();
if (system) {
  console.log(`e2e browser: ${system}`);
} else if (existsSync(chromium.executablePath())) {
  console.log(`e2e browser: Playwright's Chromium at ${chromium.executablePath()}`);
} else {
  console.error(
    [
      'No Chromium found for the end-to-end tests. Install one of:',
      '  - Debian/Ubuntu: sudo apt-get install -y chromium   (or set CHROMIUM_PATH to a Chrome/Chromium binary)',
      "  - anywhere else: npx playwright install chromium    (Playwright's own browser)",
    ].join('\n'),
  );
  process.exit(1);
}
