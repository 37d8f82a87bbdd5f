import type { Provider } from '../../protocol/payment-code.ts';

/** How each provider is named to cashiers and customers. */
export const PROVIDER_NAMES: Readonly<Record<Provider, string>> = {
  alipay: 'Alipay',
  wechat: 'WeChat Pay',
  unionpay: 'UnionPay',
};
