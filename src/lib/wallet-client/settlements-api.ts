import { apiPaths } from '../../../protocol/paths.ts';
import { WALLET_DEADLINES_MS } from './deadlines.ts';
import { SettlementSchema, type Settlement } from '../../../protocol/settlements.ts';
import { signedRequest, type TerminalCredentials } from './signed-request.ts';

/** The merchant's settlement statement for one UTC day, `YYYY-MM-DD` (open while it lasts). */
export function fetchSettlement(
  credentials: TerminalCredentials,
  date: string,
): Promise<Settlement> {
  return signedRequest(
    credentials,
    { method: 'GET', path: apiPaths.settlement(date), deadlineMs: WALLET_DEADLINES_MS.settlement },
    SettlementSchema,
  );
}
