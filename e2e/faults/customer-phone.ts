import { OfflineCodesIssuedSchema } from '../../protocol/offline-code.ts';
import type { Provider } from '../../protocol/payment-code.ts';
import { apiPaths } from '../../protocol/paths.ts';
import {
  IssuedCodeSchema,
  PendingListSchema,
  WalletViewSchema,
  type WalletCreated,
} from '../../protocol/wallets.ts';
import { bearer, callJson } from './http-json.ts';

/** What a customer's wallet app does, through the wallet's public API with the wallet token. */
export function customerPhone(origin: string, wallet: WalletCreated) {
  const authorization = bearer(wallet.token);
  const { walletId } = wallet;
  return {
    walletId,
    onlineCode: async (provider: Provider): Promise<string> =>
      IssuedCodeSchema.parse(
        await callJson('POST', origin + apiPaths.walletCodes(walletId), {
          authorization,
          body: { provider },
          expect: 201,
        }),
      ).authCode,
    offlineCode: async (cap: number): Promise<string> => {
      const issued = OfflineCodesIssuedSchema.parse(
        await callJson('POST', origin + apiPaths.walletOfflineCodes(walletId), {
          authorization,
          body: { count: 1, cap },
          expect: 201,
        }),
      );
      const first = issued.codes[0];
      if (!first) throw new Error('The wallet issued no offline code');
      return first.text;
    },
    /** The trade number of the payment of `amount` waiting for this customer, if there is one. */
    pendingTradeNo: async (amount: number): Promise<string | undefined> => {
      const list = PendingListSchema.parse(
        await callJson('GET', origin + apiPaths.walletPending(walletId), {
          authorization,
          expect: 200,
        }),
      );
      return list.pending.find((payment) => payment.amount === amount)?.tradeNo;
    },
    decide: async (tradeNo: string, decision: 'confirm' | 'reject'): Promise<void> => {
      await callJson('POST', origin + apiPaths.walletPendingDecision(walletId, tradeNo, decision), {
        authorization,
        expect: 200,
      });
    },
    balance: async (): Promise<number> =>
      WalletViewSchema.parse(
        await callJson('GET', origin + apiPaths.wallet(walletId), { authorization, expect: 200 }),
      ).balance,
  };
}

export type CustomerPhone = ReturnType<typeof customerPhone>;
