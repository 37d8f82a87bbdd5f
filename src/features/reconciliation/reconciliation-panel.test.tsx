import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { bytesToBase64Url } from '../../../protocol/base64url.ts';
import type { Payment } from '../../../protocol/payments.ts';
import { importTerminalKey } from '../../../protocol/signing.ts';
import { saleRow } from '../../lib/db/test-support/sale-row.ts';
import { SaleWorker } from '../../lib/outbox/sale-worker.ts';
import { matchSettlement } from '../../lib/reconciliation/match-settlement.ts';
import {
  at,
  line,
  refund,
  sale,
  statement,
} from '../../lib/reconciliation/test-support/movements.ts';
import { PaymentComparison } from './payment-comparison.tsx';
import { ReconciliationPanel } from './reconciliation-panel.tsx';
import { ReconciliationResult } from './reconciliation-result.tsx';
import { ReconciliationStatus } from './reconciliation-status.tsx';

const TERMINAL = 't_this_till';

let worker: SaleWorker;

beforeAll(async () => {
  const key = await importTerminalKey(bytesToBase64Url(new Uint8Array(32)));
  worker = new SaleWorker(
    { terminalId: 't_1', key },
    { now: () => at('08:00'), random: () => 0.5, owner: 'test' },
  );
});

/** The visible text of some markup, tags dropped and spaces squeezed. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function rowsOf(html: string): string[] {
  return [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map(([, row = '']) =>
    [...row.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)]
      .map(([, cell]) => textOf(cell ?? ''))
      .join('|'),
  );
}

const balanced = matchSettlement(
  statement([line('PAYMENT', 'S1', 1_250, 5, at('08:00'))]),
  [sale('S1', 1_250, 5, at('08:00'))],
  TERMINAL,
);
const feeMismatch = matchSettlement(
  statement([
    line('PAYMENT', 'S1', 1_250, 99, at('08:00')),
    line('PAYMENT', 'S2', 700, 3, at('08:10')),
  ]),
  [sale('S1', 1_250, 5, at('08:00')), sale('S2', 700, 3, at('08:10'))],
  TERMINAL,
);

describe('ReconciliationPanel', () => {
  it('offers a date, today (UTC) at first, says the day is UTC, and a Reconcile button', () => {
    const html = renderToStaticMarkup(<ReconciliationPanel worker={worker} />);
    const today = new Date().toISOString().slice(0, 10);
    expect(html).toMatch(/^<section class="card reconciliation" aria-labelledby="[^"]+">/);
    expect(html).toContain('<h2');
    const input = /<input [^>]*>/.exec(html)?.[0];
    expect(input).toContain('type="date"');
    expect(input).toContain(`value="${today}"`);
    expect(input).toContain(`max="${today}"`);
    expect(textOf(html)).toContain('Statement date (UTC)');
    expect(textOf(html)).toContain('The wallet’s day runs from 00:00 to 24:00 UTC');
    expect(html).toContain('<button type="submit" class="primary">Reconcile</button>');
    expect(html.match(/role="status"/g)).toHaveLength(1);
  });
});

describe('ReconciliationStatus', () => {
  it('shows progress, then "Balanced", or the number of problems', () => {
    const status = (state: Parameters<typeof ReconciliationStatus>[0]['state']) =>
      renderToStaticMarkup(<ReconciliationStatus state={state} />);
    expect(status({ phase: 'idle' })).toBe(
      '<div role="status" class="reconciliation-status reconciliation-status-idle"></div>',
    );
    expect(textOf(status({ phase: 'fetching', date: '2026-11-21' }))).toBe(
      'Fetching the wallet’s statement for 2026-11-21 (UTC)…',
    );
    expect(textOf(status({ phase: 'done', result: balanced }))).toBe(
      'Balanced The 1 line of 2026-11-21 (UTC) matches the journal.',
    );
    expect(textOf(status({ phase: 'done', result: feeMismatch }))).toBe(
      'Not balanced: 1 problem on 2026-11-21 (UTC).',
    );
  });
});

describe('ReconciliationResult', () => {
  it('shows a balanced day: empty problem groups, the matched lines and equal totals', () => {
    const html = renderToStaticMarkup(<ReconciliationResult result={balanced} worker={worker} />);
    const headings = [...html.matchAll(/<h3[^>]*>(.*?)<\/h3>/g)].map(([, text]) => text);
    expect(headings).toEqual([
      'Missing on the terminal (0)',
      'Missing at the wallet (0)',
      'Amount or fee mismatches (0)',
      'Matched (1)',
    ]);
    expect(html).not.toContain('Export all problems');
    expect(rowsOf(html)).toEqual([
      '|Wallet|Terminal',
      'Gross|¥12.50|¥12.50',
      'Refunds|¥0.00|¥0.00',
      'Fees|¥0.05|¥0.05',
      'Net|¥12.45|¥12.45',
      'Payments|1|1',
      'Type|Trade or refund no|Amount|Fee',
      'Payment|S1|¥12.50|¥0.05',
    ]);
  });

  it('shows a mismatch with both sides, what differs, and its actions', () => {
    const html = renderToStaticMarkup(
      <ReconciliationResult result={feeMismatch} worker={worker} />,
    );
    expect(textOf(html)).toContain('Amount or fee mismatches (1)');
    expect(html).toContain('Export all problems');
    const problem =
      /<li class="reconciliation-problem reconciliation-problem-mismatched">(.*?)<\/li>/.exec(
        html,
      )?.[1];
    expect(textOf(problem ?? '')).toMatch(
      /^Payment S1 Differs: fee Out trade no S1 Provider Alipay/,
    );
    expect(rowsOf(problem ?? '').slice(0, 3)).toEqual([
      '|Wallet|Terminal',
      'Amount|¥12.50|¥12.50',
      'Fee|¥0.99|¥0.05',
    ]);
    expect(problem).toContain('<td class="reconciliation-money reconciliation-differs">¥0.99</td>');
    expect(problem).toMatch(
      /<button type="button" aria-describedby="[^"]+">Query payment<\/button>/,
    );
    expect(problem).toMatch(/<button type="button" aria-describedby="[^"]+">Export<\/button>/);
    expect(rowsOf(html).slice(1, 6)).toEqual([
      'Gross|¥19.50|¥19.50',
      'Refunds|¥0.00|¥0.00',
      'Fees|¥1.02|¥0.08',
      'Net|¥18.48|¥19.42',
      'Payments|2|2',
    ]);
  });

  it('shows a line missing on the terminal and a movement missing at the wallet, each one-sided', () => {
    const result = matchSettlement(
      statement([line('PAYMENT', 'W1', 400, 2, at('09:00'))]),
      [refund('S9', 'R9', 300, 1, at('10:00'))],
      TERMINAL,
    );
    const html = renderToStaticMarkup(<ReconciliationResult result={result} worker={worker} />);
    const items = [...html.matchAll(/<li class="reconciliation-problem [^"]+">(.*?)<\/li>/g)].map(
      ([, item]) => item ?? '',
    );
    expect(items.map((item) => textOf(item).split(' Out trade no')[0])).toEqual([
      'Payment W1',
      'Refund R9',
    ]);
    expect(rowsOf(items[0] ?? '')[1]).toBe('Amount|¥4.00|—');
    expect(textOf(items[0] ?? '')).toContain('Not in this terminal’s journal.');
    expect(rowsOf(items[1] ?? '')[1]).toBe('Amount|—|¥3.00');
    expect(textOf(items[1] ?? '')).toContain('Out refund no R9');
    expect(textOf(items[1] ?? '')).toContain('Not on the wallet’s statement.');
  });
});

describe('PaymentComparison', () => {
  const payment: Payment = {
    outTradeNo: 'S1',
    tradeNo: 'tr_1',
    provider: 'alipay',
    status: 'SUCCESS',
    amount: 1_250,
    currency: 'CNY',
    fee: 5,
    refundedAmount: 250,
    createdAt: '2026-11-21T08:00:00.000Z',
    paidAt: '2026-11-21T08:00:01.000Z',
  };

  it('puts the wallet’s view of the payment beside the terminal’s sale', () => {
    const row = saleRow('S1', 'paid', { amount: 1_250, fee: 5 });
    const html = renderToStaticMarkup(
      <PaymentComparison payment={payment} at={at('09:00')} sale={row} />,
    );
    expect(html).toMatch(/<caption>The wallet’s view of S1 at .+<\/caption>/);
    expect(rowsOf(html)).toEqual([
      '|Wallet|Terminal',
      'Status|Paid (SUCCESS)|Paid',
      'Amount|¥12.50|¥12.50',
      'Fee|¥0.05|¥0.05',
      'Refunded|¥2.50|¥0.00',
    ]);
    expect(html).toContain('<td class="reconciliation-differs">¥2.50</td>');
  });

  it('says so when the terminal has no such sale', () => {
    const html = renderToStaticMarkup(
      <PaymentComparison payment={payment} at={at('09:00')} sale={undefined} />,
    );
    expect(rowsOf(html)[1]).toBe('Status|Paid (SUCCESS)|—');
    expect(textOf(html)).toContain('Not in this terminal’s journal.');
    expect(html).not.toContain('reconciliation-differs');
  });
});
