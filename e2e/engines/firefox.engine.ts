import { launchFirefox } from './firefox-browser.ts';
import { defineTerminalSmoke } from './terminal-smoke.ts';

defineTerminalSmoke('Firefox ESR', launchFirefox);
