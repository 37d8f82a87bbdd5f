import {
  FaultSettingsSchema,
  InjectedFaultCountsSchema,
  type FaultSettings,
  type InjectedFaultCounts,
} from '../../protocol/faults.ts';
import { apiPaths } from '../../protocol/paths.ts';
import { TerminalCredentialsSchema, type TerminalCredentials } from '../../protocol/terminals.ts';
import { WalletCreatedSchema, type WalletCreated } from '../../protocol/wallets.ts';
import { bearer, callJson } from './http-json.ts';

/** The wallet's admin side, with the admin token: faults, their counts, wallets, terminals. */
export function walletAdmin(origin: string, adminToken: string) {
  const auth = bearer(adminToken);
  return {
    setFaults: async (settings: FaultSettings): Promise<void> => {
      const body = await callJson('PUT', origin + apiPaths.adminFaults, {
        authorization: auth,
        body: settings,
        expect: 200,
      });
      FaultSettingsSchema.parse(body);
    },
    injectedFaults: async (): Promise<InjectedFaultCounts> =>
      InjectedFaultCountsSchema.parse(
        await callJson('GET', origin + apiPaths.adminFaultsInjected, {
          authorization: auth,
          expect: 200,
        }),
      ),
    createWallet: async (name: string, balance: number): Promise<WalletCreated> =>
      WalletCreatedSchema.parse(
        await callJson('POST', origin + apiPaths.wallets, {
          authorization: auth,
          body: { name, balance },
          expect: 201,
        }),
      ),
    createTerminal: async (merchantId: string, name: string): Promise<TerminalCredentials> =>
      TerminalCredentialsSchema.parse(
        await callJson('POST', origin + apiPaths.terminals, {
          authorization: auth,
          body: { merchantId, name },
          expect: 201,
        }),
      ),
  };
}

export type WalletAdmin = ReturnType<typeof walletAdmin>;
