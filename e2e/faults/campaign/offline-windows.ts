import { PROVIDERS } from '../../../protocol/payment-code.ts';
import type { CampaignFeature, CampaignStep, RefusalReason } from './campaign-steps.ts';
import {
  FUNDED_WALLETS,
  OFFLINE_SALE_LIMIT,
  OFFLINE_WINDOW_SALES,
  type DrawAmount,
} from './plan-limits.ts';
import type { Random } from './seeded-random.ts';

/**
 * `count` offline sales in windows of at most OFFLINE_WINDOW_SALES. Each window goes offline,
 * sells with offline codes (one from the short wallet every other window, to be declined after
 * forwarding), tries two codes the terminal must refuse, and goes online again.
 */
export function offlineWindows(
  count: number,
  on: (feature: CampaignFeature) => boolean,
  random: Random,
  amount: DrawAmount,
): CampaignStep[][] {
  const windowCount = Math.ceil(count / OFFLINE_WINDOW_SALES);
  return Array.from({ length: windowCount }, (_, w) => {
    const size = Math.floor(count / windowCount) + (w < count % windowCount ? 1 : 0);
    const sales = Array.from({ length: size }, (_, i): CampaignStep => {
      const short = on('insufficient-funds') && w % 2 === 0 && i === 0;
      return {
        kind: 'sale',
        number: 0,
        tab: 'main',
        wallet: short
          ? { kind: 'short' }
          : { kind: 'funded', index: random.int(0, FUNDED_WALLETS - 1) },
        code: { kind: 'offline' },
        amount: short ? amount(200, 5_000) : amount(100, 12_000),
      };
    });
    const other: RefusalReason = w % 2 === 0 ? 'offline-over-limit' : 'offline-bad-signature';
    const refusals = (['online-code-offline', other] as const).map((reason): CampaignStep => ({
      kind: 'refusal',
      reason,
      tab: 'main',
      wallet: { kind: 'funded', index: random.int(0, FUNDED_WALLETS - 1) },
      provider: random.pick(PROVIDERS),
      amount:
        reason === 'offline-over-limit'
          ? amount(OFFLINE_SALE_LIMIT + 1, OFFLINE_SALE_LIMIT + 10_000)
          : amount(100, 12_000),
    }));
    return [
      { kind: 'go-offline' },
      ...random.shuffle([...sales, ...refusals]),
      { kind: 'go-online' },
    ];
  });
}
