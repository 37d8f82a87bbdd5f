/**
 * What a cashier does on the terminal, for any engine: the same steps as
 * e2e/support/terminal-page.ts, over EnginePage. Every wait is on a condition in the page.
 */
import type { EnginePage, Target } from './engine-browser.ts';
import { waitScript } from './in-page.ts';

/** How long a step may take before the smoke fails (a slow CI machine, two browsers). */
export const STEP_MS = 20_000;

export function waitForVisible(page: EnginePage, target: Target, timeoutMs = STEP_MS) {
  return page.evaluate<boolean>(
    waitScript(
      (locate, wanted: Target) => locate(wanted) !== null,
      [target],
      `${JSON.stringify(target)} to be visible`,
      timeoutMs,
    ),
  );
}

/** Waits until some text on the page matches `pattern`; yields that element's text. */
export function waitForText(
  page: EnginePage,
  pattern: RegExp,
  options: { within?: string; timeoutMs?: number } = {},
): Promise<string> {
  return page.evaluate<string>(
    waitScript(
      (_, source: string, flags: string, selector: string) => {
        const wanted = new RegExp(source, flags);
        for (const element of document.querySelectorAll(selector)) {
          const text = (element as HTMLElement).innerText.replace(/\s+/g, ' ').trim();
          if (wanted.test(text)) return text;
        }
        return null;
      },
      [pattern.source, pattern.flags, options.within ?? 'body'],
      `text matching ${String(pattern)} in ${options.within ?? 'body'}`,
      options.timeoutMs ?? STEP_MS,
    ),
  );
}

/** The checkout's outcome line ("Paid ¥8.88 with WeChat Pay") matching `pattern`. */
export function waitForStatus(page: EnginePage, pattern: RegExp, timeoutMs = STEP_MS) {
  return waitForText(page, pattern, { within: '[role="status"]', timeoutMs });
}

/** Opens the terminal and waits until it has paired itself with the demo wallet. */
export async function openTerminal(page: EnginePage, origin: string): Promise<void> {
  await page.goto(`${origin}/`);
  await waitForVisible(page, { label: 'Amount' });
}

/**
 * Types an amount, presses Charge, and types the code by hand instead of scanning it. Yields
 * the moment Pay was pressed (Date.now()).
 */
export async function chargeByHand(page: EnginePage, amount: string, code: string) {
  await page.type({ label: 'Amount' }, amount);
  await page.click({ button: 'Charge' });
  await waitForVisible(page, { button: 'Enter code manually' });
  await waitForCameraOutcome(page);
  await page.click({ button: 'Enter code manually' });
  await waitForVisible(page, { label: 'Payment code' });
  await page.type({ label: 'Payment code' }, code);
  const pressed = Date.now();
  await page.click({ button: 'Pay' });
  return pressed;
}

/**
 * Waits until the scanner's camera has started or failed. These browsers have no camera: the
 * failure notice appears above the buttons, and a click aimed before it came lands on it.
 */
function waitForCameraOutcome(page: EnginePage) {
  return page.evaluate<boolean>(
    waitScript(
      () => {
        const scanner = document.querySelector('.scanner');
        if (!scanner) return false;
        const notes = [...scanner.querySelectorAll('.camera-note')];
        return !notes.some((note) => note.textContent === 'Starting the camera…');
      },
      [],
      'the camera to start or fail',
      STEP_MS,
    ),
  );
}

/** Opens a screen from the navigation bar, as the cashier taps it. */
export async function openScreen(page: EnginePage, name: 'History' | 'Reports' | 'Checkout') {
  await page.click({ link: name });
  await waitForText(page, new RegExp(`^${name}$`), { within: 'h1' });
}

/** The sale's row in History's journal: its accessible name, "Sale ¥8.88, WeChat Pay, Paid, …". */
export function waitForJournalRow(page: EnginePage, pattern: RegExp, timeoutMs = STEP_MS) {
  return page.evaluate<string>(
    waitScript(
      (_, source: string, flags: string) => {
        const wanted = new RegExp(source, flags);
        for (const row of document.querySelectorAll('button[aria-label]')) {
          const name = row.getAttribute('aria-label') ?? '';
          if (wanted.test(name)) return name;
        }
        return null;
      },
      [pattern.source, pattern.flags],
      `a History row named ${String(pattern)}`,
      timeoutMs,
    ),
  );
}

/**
 * Waits for Reports' hourly chart, drawn: uPlot's canvas inside the chart's figure. Fails at
 * once when the chart chunk could not load (the RangeError of a language Intl refuses).
 */
export function waitForHourlyChart(page: EnginePage, timeoutMs = STEP_MS) {
  return page.evaluate<string>(
    waitScript(
      () => {
        if (
          (document.body as HTMLElement | null)?.innerText.includes('chart could not be loaded')
        ) {
          throw new Error('Reports says: "The chart could not be loaded."');
        }
        const chart = document.querySelector(
          '[role="img"][aria-label^="Bar chart of the amount paid in each hour of "]',
        );
        return chart?.querySelector('canvas') ? chart.getAttribute('aria-label') : null;
      },
      [],
      "Reports' hourly chart",
      timeoutMs,
    ),
  );
}

/**
 * Waits until a service worker controls the page: it is active (the app is precached) and has
 * claimed the page.
 */
export function waitForServiceWorker(page: EnginePage) {
  return page.evaluate<boolean>(`navigator.serviceWorker.ready.then(() =>
    navigator.serviceWorker.controller !== null ||
    new Promise((resolve) =>
      navigator.serviceWorker.addEventListener('controllerchange', () => resolve(true), { once: true }),
    ),
  )`);
}
