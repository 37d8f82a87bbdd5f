import { newId } from '../ids.ts';
import type { Merchant } from '../store/merchants-repo.ts';
import type { Repos } from '../store/store.ts';

/** The merchant that terminals belong to unless told otherwise; made at first start. */
export async function ensureDefaultMerchant(
  repos: Repos,
  name: string,
  at: number,
): Promise<Merchant> {
  const existing = await repos.merchants.findDefault();
  if (existing) return existing;
  const merchant = { id: newId('m'), name };
  await repos.merchants.insertMerchant(merchant, true, at);
  return merchant;
}

export async function defaultMerchant(repos: Repos): Promise<Merchant> {
  const merchant = await repos.merchants.findDefault();
  if (!merchant) throw new Error('The store has no default merchant; bootstrap() was not run');
  return merchant;
}

/** The merchant a request names, or the default one when it names none. */
export async function findMerchant(
  repos: Repos,
  merchantId: string | undefined,
): Promise<Merchant | undefined> {
  return merchantId === undefined
    ? defaultMerchant(repos)
    : repos.merchants.findMerchant(merchantId);
}
