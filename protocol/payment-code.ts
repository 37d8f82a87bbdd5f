/**
 * Payment-code formats. The terminal routes a scanned text by its prefix and refuses anything
 * that is not a payment code before making any network call.
 */

export const PROVIDERS = ['alipay', 'wechat', 'unionpay'] as const;
export type Provider = (typeof PROVIDERS)[number];

const ONLINE_CODE_FORMATS: ReadonlyArray<{ provider: Provider; pattern: RegExp }> = [
  // 16 to 24 digits starting 25..30
  { provider: 'alipay', pattern: /^(?:2[5-9]|30)\d{14,22}$/ },
  // 18 digits starting 10..15
  { provider: 'wechat', pattern: /^1[0-5]\d{16}$/ },
  // 19 digits starting 62
  { provider: 'unionpay', pattern: /^62\d{17}$/ },
];

export type CodeRoute =
  | { ok: true; provider: Provider; code: string }
  | { ok: false; reason: 'EMPTY' | 'NOT_A_PAYMENT_CODE'; message: string };

export function routePaymentCode(scanned: string): CodeRoute {
  const code = scanned.trim();
  if (code === '') return { ok: false, reason: 'EMPTY', message: 'No code was entered.' };
  for (const { provider, pattern } of ONLINE_CODE_FORMATS) {
    if (pattern.test(code)) return { ok: true, provider, code };
  }
  return {
    ok: false,
    reason: 'NOT_A_PAYMENT_CODE',
    message:
      'Not a payment code. Ask the customer to open the pay screen of Alipay, WeChat Pay or UnionPay.',
  };
}

/** The prefix each provider's codes are issued with by the mock wallet, and their length. */
export const ISSUED_CODE_SHAPE: Readonly<Record<Provider, { prefixes: string[]; length: number }>> =
  {
    alipay: { prefixes: ['25', '26', '27', '28', '29', '30'], length: 18 },
    wechat: { prefixes: ['10', '11', '12', '13', '14', '15'], length: 18 },
    unionpay: { prefixes: ['62'], length: 19 },
  };

/** Masks a code for display once a transaction is final: first 2 and last 4 digits. */
export function maskPaymentCode(code: string): string {
  if (code.length <= 6) return '*'.repeat(code.length);
  return `${code.slice(0, 2)}${'*'.repeat(code.length - 6)}${code.slice(-4)}`;
}

export const ONLINE_CODE_TTL_MS = 60_000;
