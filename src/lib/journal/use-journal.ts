import { useMemo } from 'react';
import { useJournalRows } from '../db/use-journal-rows.ts';
import { journalEntries, type JournalEntry } from './journal-entry.ts';

/** The whole journal, newest first, kept up to date; undefined while it is first read. */
export function useJournal(): JournalEntry[] | undefined {
  const rows = useJournalRows();
  return useMemo(() => rows && journalEntries(rows.sales, rows.refunds), [rows]);
}
