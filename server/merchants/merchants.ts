import { newId } from '../ids.ts';
import type { Merchant } from '../store/merchants-repo.ts';
import type { Store } from '../store/store.ts';

/** The merchant that terminals belong to unless told otherwise; made at first start. */
export function ensureDefaultMerchant(store: Store, name: string, at: number): Merchant {
  const existing = store.merchants.findDefault();
  if (existing) return existing;
  const merchant = { id: newId('m'), name };
  store.merchants.insertMerchant(merchant, true, at);
  return merchant;
}

export function defaultMerchant(store: Store): Merchant {
  const merchant = store.merchants.findDefault();
  if (!merchant) throw new Error('The store has no default merchant; bootstrap() was not run');
  return merchant;
}

/** The merchant a request names, or the default one when it names none. */
export function findMerchant(store: Store, merchantId: string | undefined): Merchant | undefined {
  return merchantId === undefined
    ? defaultMerchant(store)
    : store.merchants.findMerchant(merchantId);
}
