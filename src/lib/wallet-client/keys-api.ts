import { JwkSetSchema, type JwkSet } from '../../../protocol/offline-code.ts';
import { apiPaths } from '../../../protocol/paths.ts';
import { WALLET_DEADLINES_MS } from './deadlines.ts';
import { requestJson } from './http.ts';

/** The wallet's public offline-code verification keys; `GET /keys` needs no credentials. */
export function fetchWalletKeys(): Promise<JwkSet> {
  return requestJson(
    { method: 'GET', path: apiPaths.keys, deadlineMs: WALLET_DEADLINES_MS.keys },
    JwkSetSchema,
  );
}
