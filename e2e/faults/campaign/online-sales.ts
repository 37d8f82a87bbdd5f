import { PROVIDERS } from '../../../protocol/payment-code.ts';
import { CONFIRMATION_THRESHOLD } from '../../../protocol/payments.ts';
import type { CampaignFeature, CustomerAction, SaleStep, WalletSlot } from './campaign-steps.ts';
import { FUNDED_WALLETS, SHARE, type DrawAmount } from './plan-limits.ts';
import type { Random } from './seeded-random.ts';

export type OnlineSale = Omit<SaleStep, 'number'>;

type Kind = CustomerAction | 'short' | 'small';

/**
 * The online sales in a shuffled order: small ones, ones above the USERPAYING line with what the
 * customer does, and ones from the short wallet that must end INSUFFICIENT_FUNDS. Only one or
 * two customers ignore the terminal for the full 45 s; the others who ignore it are left to the
 * background replayer after a reload.
 */
export function onlineSales(
  count: number,
  sales: number,
  on: (feature: CampaignFeature) => boolean,
  random: Random,
  amount: DrawAmount,
): OnlineSale[] {
  const above = on('userpaying') ? Math.round(sales * SHARE.aboveLine) : 0;
  const ignoring = on('userpaying') && on('userpaying-ignore');
  const ignoreAndWait = ignoring ? Math.min(above, sales >= 500 ? 2 : 1) : 0;
  const ignoreAndReload = ignoring ? Math.round(above * 0.25) : 0;
  const reject = Math.round(above * 0.3);
  const confirm = Math.max(0, above - ignoreAndWait - ignoreAndReload - reject);
  const short = on('insufficient-funds') ? Math.max(1, Math.round(sales * SHARE.short)) : 0;
  const special: Kind[] = [
    ...repeat<Kind>('ignore-and-wait', ignoreAndWait),
    ...repeat<Kind>('ignore-and-reload', ignoreAndReload),
    ...repeat<Kind>('reject', reject),
    ...repeat<Kind>('confirm', confirm),
    ...repeat<Kind>('short', short),
  ];
  const kinds = [...special, ...repeat<Kind>('small', count - special.length)].slice(0, count);
  return random.shuffle(kinds).map((kind) => onlineSale(kind, random, amount));
}

function onlineSale(kind: Kind, random: Random, amount: DrawAmount): OnlineSale {
  const code = { kind: 'online' as const, provider: random.pick(PROVIDERS) };
  const funded: WalletSlot = { kind: 'funded', index: random.int(0, FUNDED_WALLETS - 1) };
  const sale = { kind: 'sale' as const, tab: 'main' as const, code };
  switch (kind) {
    case 'small':
      return { ...sale, wallet: funded, amount: amount(100, 99_999) };
    case 'short':
      return { ...sale, wallet: { kind: 'short' }, amount: amount(200, 5_000) };
    default: {
      const big = amount(CONFIRMATION_THRESHOLD + 1, 3 * CONFIRMATION_THRESHOLD);
      return { ...sale, wallet: funded, amount: big, customer: kind };
    }
  }
}

/** Reloads and the server kill land on plain small sales, never inside an offline window. */
export function markReloadsAndKill(
  online: OnlineSale[],
  sales: number,
  on: (feature: CampaignFeature) => boolean,
  random: Random,
): void {
  const plain = online.filter(
    (sale) => sale.customer === undefined && sale.wallet.kind === 'funded',
  );
  if (on('server-kill')) {
    const middle = online.slice(Math.floor(online.length / 2)).find((sale) => plain.includes(sale));
    if (middle) middle.killServerAfterPay = true;
  }
  if (!on('reloads')) return;
  const candidates = random.shuffle(plain.filter((sale) => sale.killServerAfterPay === undefined));
  for (const sale of candidates.slice(0, Math.round(sales * SHARE.reloads))) {
    sale.reloadAfterPay = true;
  }
}

function repeat<T>(item: T, times: number): T[] {
  return Array.from({ length: Math.max(0, times) }, () => item);
}
