import { expect, test, type APIRequestContext, type Download, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { formatAmount } from '../protocol/money.ts';
import type { Provider } from '../protocol/payment-code.ts';
import { horizontalOverflow, smallTargets } from './support/layout-checks.ts';
import { cellsOf, lineKey, statementReader, totalsOf, yuan } from './support/settlement.ts';
import { totalsRowCells } from './support/reports-page.ts';
import { chargeByHand, openTerminal } from './support/terminal-page.ts';
import { createWallet, issueCode } from './support/wallet-api.ts';

const BOM = '\uFEFF';
const PROVIDER_NAMES: Readonly<Record<Provider, string>> = {
  alipay: 'Alipay',
  wechat: 'WeChat Pay',
  unionpay: 'UnionPay',
};

async function sell(page: Page, request: APIRequestContext, amount: string, provider: Provider) {
  const wallet = await createWallet(request, `Reports ${provider} ${amount}`, 1_000_000);
  const { authCode } = await issueCode(request, wallet.walletId, wallet.token, provider);
  await chargeByHand(page, amount, authCode);
  await expect(page.getByRole('status')).toContainText(
    `Paid ¥${amount} with ${PROVIDER_NAMES[provider]}`,
  );
  await page.getByRole('button', { name: 'New sale' }).click();
}

async function openReports(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Reports', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Totals by provider', level: 2 })).toBeVisible();
}

async function textOf(download: Download): Promise<string> {
  return readFile(await download.path(), 'utf8');
}

test.describe('in UTC, where the local day is the wallet’s day', () => {
  test.use({ timezoneId: 'UTC' });

  test('the report’s totals equal the wallet’s settlement, with a chart and a CSV', async ({
    page,
    request,
  }) => {
    const statement = await statementReader(request);
    const today = new Date().toISOString().slice(0, 10);
    const before = new Set((await statement(today)).lines.map(lineKey));

    await openTerminal(page);
    await sell(page, request, '12.50', 'alipay');
    await sell(page, request, '8.88', 'wechat');
    await sell(page, request, '100.01', 'alipay');

    // Other specs' sales share the merchant's statement: only this terminal's lines count here.
    const settlement = await statement(today);
    const ours = settlement.lines.filter((line) => !before.has(lineKey(line)));
    expect(ours).toHaveLength(3);

    await openReports(page);
    await expect(page.getByLabel('Day', { exact: true })).toHaveValue(today);
    const rowOf = (name: string) => totalsRowCells(page, name);
    for (const provider of ['alipay', 'wechat'] as const) {
      const lines = ours.filter((line) => line.provider === provider);
      await expect(rowOf(PROVIDER_NAMES[provider])).toHaveText(cellsOf(totalsOf(lines)));
    }
    await expect(rowOf('UnionPay')).toHaveCount(0);
    const overall = totalsOf(ours);
    expect(overall.gross).toBe(12_139);
    await expect(rowOf('All providers')).toHaveText(cellsOf(overall));
    // ¥121.39 / 3 = ¥40.463…, to the fen.
    await expect(
      page.getByText('Average ticket', { exact: true }).locator('xpath=following-sibling::dd[1]'),
    ).toHaveText('¥40.46');
    await expect(
      page.getByText('Not yet settled', { exact: true }).locator('xpath=following-sibling::dd[1]'),
    ).toContainText('¥0.00 in 0 offline sales');

    const chart = page.getByRole('img', { name: /^Bar chart of the amount paid in each hour of / });
    await expect(chart.locator('canvas')).toBeVisible();
    await page.getByText('The hours as a table').click();
    const hours = page.getByRole('region', { name: 'Sales by hour (scrolls sideways)' });
    await expect(hours.getByRole('row')).toHaveCount(25);
    const byHour = new Map<string, number>();
    for (const line of ours) {
      const hour = `${line.at.slice(11, 13)}:00`;
      byHour.set(hour, (byHour.get(hour) ?? 0) + line.amount);
    }
    for (const [hour, gross] of byHour) {
      await expect(
        hours
          .getByRole('row')
          .filter({ has: page.getByRole('rowheader', { name: hour, exact: true }) })
          .getByRole('cell')
          .last(),
      ).toHaveText(yuan(gross));
    }

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`saoma-journal-${today}.csv`);
    const csv = await textOf(download);
    expect(
      csv.startsWith(`${BOM}Kind,Status,State,Created at,Money moved at,Provider,Amount,Fee,`),
    ).toBe(true);
    const rows = csv.slice(BOM.length).split('\r\n');
    expect(rows).toHaveLength(1 + 3 + 1);
    for (const line of ours) {
      expect(csv).toContain(
        `,${PROVIDER_NAMES[line.provider]},${formatAmount(line.amount)},${formatAmount(line.fee)},${line.outTradeNo},`,
      );
    }
    await expect(
      page.getByText(`Exported 3 journal entries to saoma-journal-${today}.csv.`),
    ).toBeVisible();

    // A day the field refuses says why and leaves the report as it was.
    await page.getByLabel('Day', { exact: true }).fill('2999-01-01');
    await expect(
      page.getByText('2999-01-01 has not begun yet: pick today or an earlier day.'),
    ).toBeVisible();
    await expect(page.getByLabel('Day', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expect(rowOf('All providers')).toHaveText(cellsOf(overall));

    // The day before has none of these sales; the step forward stops at today.
    await page.getByRole('button', { name: 'Previous day' }).click();
    await expect(page.getByText('No money moved on this day.')).toBeVisible();
    await expect(rowOf('All providers')).toHaveText(cellsOf(totalsOf([])));
    await page.getByRole('button', { name: 'Next day' }).click();
    await expect(page.getByLabel('Day', { exact: true })).toHaveValue(today);
    await expect(rowOf('All providers')).toHaveText(cellsOf(overall));
    await expect(page.getByRole('button', { name: 'Next day' })).toBeDisabled();
  });
});

test.describe('in Asia/Shanghai, on a phone', () => {
  test.use({ timezoneId: 'Asia/Shanghai', viewport: { width: 390, height: 844 } });

  test('the report is for the local day and fits the screen', async ({ page, request }) => {
    await openTerminal(page);
    await sell(page, request, '6.66', 'unionpay');
    await openReports(page);

    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
      new Date(),
    );
    await expect(page.getByLabel('Day', { exact: true })).toHaveValue(today);
    const label = new Intl.DateTimeFormat('en', { dateStyle: 'full', timeZone: 'UTC' }).format(
      Date.parse(`${today}T00:00:00Z`),
    );
    await expect(page.getByText(`${label} (Asia/Shanghai)`)).toBeVisible();
    await expect(page.locator('.reports-error')).toHaveCount(0);
    await expect(page.getByText('⟦')).toHaveCount(0);
    const totals = page.getByRole('region', { name: 'Totals by provider (scrolls sideways)' });
    await expect(
      totals.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'UnionPay' }) }),
    ).toContainText('¥6.66');
    await expect(
      page.getByRole('img', { name: /^Bar chart of the amount paid/ }).locator('canvas'),
    ).toBeVisible();

    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await smallTargets(page)).toEqual([]);
  });
});
