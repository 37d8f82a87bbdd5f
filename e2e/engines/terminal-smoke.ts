/**
 * The engine smoke: the terminal's main paths in one browser engine (docs/BROWSERS.md). Each
 * engine file (webkit.engine.ts, firefox.engine.ts) calls defineTerminalSmoke with its launcher.
 * The cases of one describe share a browser and a server, in order: the service-worker case
 * stops the server, so it comes last.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EngineBrowser, LaunchEngine } from './engine-browser.ts';
import { startSmokeServer, type SmokeServer } from './smoke-server.ts';
import { createSmokeWallet } from './smoke-wallet.ts';
import {
  chargeByHand,
  openScreen,
  openTerminal,
  waitForHourlyChart,
  waitForJournalRow,
  waitForServiceWorker,
  waitForStatus,
  waitForText,
  waitForVisible,
} from './terminal-steps.ts';

/** The cashier must see "Outcome unknown … do not charge again" this soon after Pay (issue 16). */
const OUTCOME_UNKNOWN_MS = 10_000;
/** After SIGCONT: the replayer's backoff is capped at 60 s (src/lib/outbox/backoff.ts). */
const RESOLVED_MS = 75_000;
const DAY_LABEL = /^Bar chart of the amount paid in each hour of \w+, \w+ \d{1,2}, \d{4}$/;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The masked code History shows: the first 2 and the last 4 digits. */
function maskedCode(code: string): RegExp {
  return new RegExp(`code ${escape(code.slice(0, 2))}\\*+${escape(code.slice(-4))}$`);
}

function useServerAndBrowser(engine: string, launch: LaunchEngine, language: 'en-US' | 'C') {
  const state: { server?: SmokeServer; browser?: EngineBrowser } = {};
  beforeAll(async () => {
    const started = Date.now();
    state.server = await startSmokeServer(`${engine}-${language}`);
    state.browser = await launch({ language });
    console.log(
      `${state.browser.version} (${language}) and its wallet server up in ${Date.now() - started} ms`,
    );
  });
  afterAll(async () => {
    try {
      await state.browser?.close();
    } finally {
      await state.server?.close();
    }
  });
  return () => {
    if (!state.server || !state.browser) throw new Error('the browser or the server did not start');
    return { server: state.server, page: state.browser.page, origin: state.server.origin };
  };
}

export function defineTerminalSmoke(engine: string, launch: LaunchEngine): void {
  describe(`${engine}: the terminal`, () => {
    const current = useServerAndBrowser(engine, launch, 'en-US');

    it("pairs itself, sells by hand with a wallet's code (Paid), History lists the sale, Reports shows the day with its chart", async () => {
      const { page, origin } = current();
      const wallet = await createSmokeWallet(origin, `${engine} smoke`, 100_000);
      const code = await wallet.code('wechat');

      await openTerminal(page, origin);
      expect(await page.evaluate<string>('navigator.language')).toMatch(/^en-US$/i);
      await chargeByHand(page, '8.88', code);
      await waitForStatus(page, /^Paid ¥8\.88 with WeChat Pay/);
      expect(await wallet.balance()).toBe(100_000 - 888);

      await openScreen(page, 'History');
      const row = await waitForJournalRow(page, /^Sale ¥8\.88, WeChat Pay, Paid, /);
      expect(row).toMatch(maskedCode(code));

      await openScreen(page, 'Reports');
      expect(await waitForHourlyChart(page)).toMatch(DAY_LABEL);
      await waitForText(page, /^All providers ¥8\.88 /, { within: 'tr' });
    });

    it('a wallet that hangs (SIGSTOP): "Outcome unknown" within 10 s and the next online code is refused as offline; after SIGCONT the sale ends Paid, money moved once', async () => {
      const { page, origin, server } = current();
      const wallet = await createSmokeWallet(origin, `${engine} hung`, 100_000);
      const first = await wallet.code('alipay');
      const next = await wallet.code('alipay');
      await openTerminal(page, origin);
      // As on a tablet in use: the app, its lazy chunks included, comes from the precache.
      await waitForServiceWorker(page);

      server.freeze();
      try {
        const pressed = await chargeByHand(page, '3.00', first);
        await waitForStatus(
          page,
          /^Outcome unknown for \S+: .*Do not charge again\./,
          OUTCOME_UNKNOWN_MS - (Date.now() - pressed),
        );
        expect(Date.now() - pressed).toBeLessThan(OUTCOME_UNKNOWN_MS);
        // The browser still says online; the wallet's silence makes the terminal offline.
        await waitForText(page, /^Offline$/, { within: '.outbox-strip *' });

        await page.click({ button: 'New sale' });
        await chargeByHand(page, '4.00', next);
        await waitForText(page, /Offline: ask for an offline code or take cash\./, {
          within: '[role="alert"], [role="status"]',
        });
        await page.click({ button: 'Close scanner' });
      } finally {
        server.thaw();
      }

      await openScreen(page, 'History');
      await waitForJournalRow(page, /^Sale ¥3\.00, Alipay, Paid, /, RESOLVED_MS);
      expect(await wallet.balance()).toBe(100_000 - 300);
      expect(await wallet.successfulPayments()).toEqual([
        { amount: 300, tradeNo: expect.any(String) as string },
      ]);
    });

    it('reloaded with the wallet unreachable (its server stopped), the service worker serves the checkout', async () => {
      const { page, origin, server } = current();
      await openTerminal(page, origin);
      await waitForServiceWorker(page);

      await server.close();
      await page.reload();
      await waitForVisible(page, { label: 'Amount' });
      expect(await page.evaluate<boolean>('navigator.serviceWorker.controller !== null')).toBe(
        true,
      );
      // Nothing answers there any more: the page came from the worker's precache.
      expect(
        await page.evaluate<string>(`fetch('/api/v1/demo').then(() => 'answered', () => 'failed')`),
      ).toBe('failed');
    });
  });

  describe(`${engine} whose language is the POSIX "C"`, () => {
    const current = useServerAndBrowser(engine, launch, 'C');

    it('sells and opens Reports: the chart draws (no "RangeError: invalid language tag")', async () => {
      const { page, origin } = current();
      const wallet = await createSmokeWallet(origin, `${engine} posix`, 100_000);
      const code = await wallet.code('unionpay');

      await openTerminal(page, origin);
      expect(await page.evaluate<string>('navigator.language')).toBe('C');
      await chargeByHand(page, '12.34', code);
      await waitForStatus(page, /^Paid ¥12\.34 with UnionPay/);

      await openScreen(page, 'Reports');
      expect(await waitForHourlyChart(page)).toMatch(DAY_LABEL);
      await waitForText(page, /^All providers ¥12\.34 /, { within: 'tr' });
      // uPlot saw a stand-in only while it loaded.
      expect(await page.evaluate<string>('navigator.language')).toBe('C');
    });
  });
}
