import type { Provider } from '../../protocol/payment-code.ts';
import { currentLanguage } from './i18n/language-store.ts';
import type { Language } from './i18n/languages.ts';
import { translate } from './i18n/translate.ts';

/** How a provider is named to cashiers and customers: "Alipay", "支付宝". */
export function providerName(provider: Provider, language: Language = currentLanguage()): string {
  return translate(language, `provider.${provider}`);
}
