import { parseOfflineCode } from '../../protocol/offline-code.ts';
import type { SaleIntent } from '../../src/lib/outbox/new-sale.ts';
import type { BenchCode } from './bench-api.ts';

/** The sale a cashier would make with this offline code: what the checkout builds once it accepts it. */
export function offlineIntent(code: BenchCode): SaleIntent & { offlineCodeId: string } {
  const parsed = parseOfflineCode(code.text);
  if (!parsed.ok) throw new Error(`The wallet issued a code that ${parsed.message}`);
  return {
    amount: code.amount,
    code: code.text,
    provider: parsed.payload.provider,
    mode: 'offline',
    offlineCodeId: parsed.payload.cid,
  };
}
