import { afterAll, beforeAll } from 'vitest';
import { defineTerminalSmoke } from './terminal-smoke.ts';
import { launchWebKit } from './webkit-browser.ts';
import { startXvfb, type Display } from './xvfb.ts';

// WebKitGTK has no headless mode: one virtual display for this file's browsers.
let display: Display | undefined;
beforeAll(async () => {
  display = await startXvfb();
});
afterAll(async () => {
  await display?.stop();
});

defineTerminalSmoke('WebKitGTK', ({ language }) => {
  if (!display) throw new Error('Xvfb did not start');
  return launchWebKit({ display: display.display, language });
});
