import { DemoInfoSchema, type DemoInfo } from '../../../protocol/demo.ts';
import { apiPaths } from '../../../protocol/paths.ts';
import {
  PairingCodeSchema,
  TerminalCredentialsSchema,
  type PairingCode,
  type TerminalCredentials,
} from '../../../protocol/terminals.ts';
import { WalletTokensSchema, type WalletTokens } from '../../../protocol/wallet-pairing.ts';
import { requestJson } from './http.ts';

export function getDemoInfo(): Promise<DemoInfo> {
  return requestJson({ method: 'GET', path: apiPaths.demo }, DemoInfoSchema);
}

/** Fresh tokens of the demo wallets for this device (demo mode, the server's own machine). */
export function createDemoWalletTokens(): Promise<WalletTokens> {
  return requestJson(
    { method: 'POST', path: apiPaths.demoWalletTokens, body: {} },
    WalletTokensSchema,
  );
}

export function createDemoPairingCode(): Promise<PairingCode> {
  return requestJson({ method: 'POST', path: apiPaths.demoPairingCodes }, PairingCodeSchema);
}

export function pairTerminal(code: string, name: string): Promise<TerminalCredentials> {
  return requestJson(
    { method: 'POST', path: apiPaths.pairings, body: { code, name } },
    TerminalCredentialsSchema,
  );
}
