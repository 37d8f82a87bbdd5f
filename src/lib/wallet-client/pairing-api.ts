import { DemoInfoSchema, type DemoInfo } from '../../../protocol/demo.ts';
import { apiPaths } from '../../../protocol/paths.ts';
import {
  PairingCodeSchema,
  TerminalCredentialsSchema,
  type PairingCode,
  type TerminalCredentials,
} from '../../../protocol/terminals.ts';
import { requestJson } from './http.ts';

export function getDemoInfo(): Promise<DemoInfo> {
  return requestJson({ method: 'GET', path: apiPaths.demo }, DemoInfoSchema);
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
