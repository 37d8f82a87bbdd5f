import {
  formatAmount,
  MAX_PAYMENT_AMOUNT,
  parseAmount,
  type ParsedAmount,
} from '../../../protocol/money.ts';
import { t } from './translate.ts';

const AMOUNT_SHAPE = /^\d{1,9}(?:\.\d{1,2})?$/;

/** Why protocol/money's parseAmount refused `text`, in the page's language. */
function refusalOf(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return t('amount.empty');
  if (!AMOUNT_SHAPE.test(trimmed)) return t('amount.format');
  if (/^[0.]+$/.test(trimmed)) return t('amount.tooSmall');
  return t('amount.tooLarge', { max: formatAmount(MAX_PAYMENT_AMOUNT) });
}

/** parseAmount for what a person typed: the same amounts, the refusal in the page's language. */
export function parseAmountInput(text: string): ParsedAmount {
  const parsed = parseAmount(text);
  return parsed.ok ? parsed : { ok: false, error: refusalOf(text) };
}
