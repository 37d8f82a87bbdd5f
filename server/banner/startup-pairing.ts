import { defaultMerchant } from '../merchants/merchants.ts';
import type { Store } from '../store/store.ts';
import { issuePairingCode } from '../terminals/pairing.ts';
import { issueWalletPairingCode } from '../wallets/wallet-pairing.ts';
import type { ListenScope } from './listen-scope.ts';
import type { StartupPairing } from './network-lines.ts';

/**
 * In demo mode, on the shop's network, `npm start` prints a terminal and a demo wallet pairing
 * code in the URLs and QR codes it draws: one scan opens and pairs a tablet (or a phone's
 * simulator). Outside demo mode, or on loopback, it issues none (null).
 */
export async function issueStartupPairing(
  store: Store,
  options: { demo: boolean; scope: ListenScope },
  at: number,
): Promise<StartupPairing | null> {
  const { demo, scope } = options;
  if (!demo || scope.kind !== 'network' || scope.addresses.length === 0) return null;
  return store.transaction(async (r) => {
    const terminal = await issuePairingCode(r, (await defaultMerchant(r)).id, at);
    const wallet = await issueWalletPairingCode(r, { kind: 'demo' }, at);
    return { terminalCode: terminal.code, walletCode: wallet.code };
  });
}
