import { useCallback, useRef, useState } from 'react';
import { readJournalRows } from '../../lib/db/use-journal-rows.ts';
import { journalEntries } from '../../lib/journal/journal-entry.ts';
import { matchSettlement, type Reconciliation } from '../../lib/reconciliation/match-settlement.ts';
import type { TerminalCredentials } from '../../lib/wallet-client/signed-request.ts';
import { fetchSettlement } from '../../lib/wallet-client/settlements-api.ts';

export type ReconcileState =
  | { phase: 'idle' }
  | { phase: 'fetching'; date: string }
  | { phase: 'failed'; date: string; error: unknown }
  | { phase: 'done'; result: Reconciliation };

/** Fetches a day's statement and matches it with the journal; a newer run supersedes an older. */
export function useReconciliation(credentials: TerminalCredentials) {
  const [state, setState] = useState<ReconcileState>({ phase: 'idle' });
  const latest = useRef(0);

  const reconcile = useCallback(
    async (date: string) => {
      const run = (latest.current += 1);
      setState({ phase: 'fetching', date });
      try {
        const [statement, rows] = await Promise.all([
          fetchSettlement(credentials, date),
          readJournalRows(),
        ]);
        const result = matchSettlement(
          statement,
          journalEntries(rows.sales, rows.refunds),
          credentials.terminalId,
        );
        if (run === latest.current) setState({ phase: 'done', result });
      } catch (error) {
        if (run === latest.current) setState({ phase: 'failed', date, error });
      }
    },
    [credentials],
  );

  return { state, reconcile };
}
