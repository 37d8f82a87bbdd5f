import { DEFAULT_FEE_RATE_PPM } from '../../protocol/money.ts';
import { PROVIDERS, type Provider } from '../../protocol/payment-code.ts';

/** Each provider's fee rate, in parts per million of the amount (3800 = 0.38 %). */
export type FeeSchedule = Readonly<Record<Provider, number>>;

export const DEFAULT_FEES: FeeSchedule = {
  alipay: DEFAULT_FEE_RATE_PPM,
  wechat: DEFAULT_FEE_RATE_PPM,
  unionpay: DEFAULT_FEE_RATE_PPM,
};

const MAX_PERCENT = 10;

/**
 * Reads `FEE_RATES`, e.g. `alipay=0.38,wechat=0.6`: percentages with at most four decimals,
 * from 0 to 10. Providers it does not name keep the default 0.38 %.
 */
export function parseFeeRates(
  text: string,
): { ok: true; fees: FeeSchedule } | { ok: false; error: string } {
  const fees: Record<Provider, number> = { ...DEFAULT_FEES };
  for (const part of text.split(',')) {
    const match = /^\s*([a-z]+)\s*=\s*(\d{1,2}(?:\.\d{1,4})?)\s*$/.exec(part);
    const provider = PROVIDERS.find((known) => known === match?.[1]);
    if (!match?.[2] || provider === undefined) {
      return {
        ok: false,
        error: `FEE_RATES must look like "alipay=0.38,wechat=0.6" (providers: ${PROVIDERS.join(', ')}), got "${text}".`,
      };
    }
    const [whole = '0', fraction = ''] = match[2].split('.');
    const ppm = Number(whole) * 10_000 + Number(fraction.padEnd(4, '0'));
    if (ppm > MAX_PERCENT * 10_000) {
      return {
        ok: false,
        error: `FEE_RATES: ${provider} must be at most ${String(MAX_PERCENT)} %.`,
      };
    }
    fees[provider] = ppm;
  }
  return { ok: true, fees };
}
