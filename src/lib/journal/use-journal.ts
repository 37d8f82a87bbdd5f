import { useMemo } from 'react';
import { useJournalRows } from '../db/use-journal-rows.ts';
import { measured } from '../perf/measured.ts';
import { journalEntries, type JournalEntry } from './journal-entry.ts';

export type Journal = {
  entries: JournalEntry[];
  /** False while only the newest sales are read: a filter then sees only those. */
  complete: boolean;
};

/**
 * The journal, newest first, kept up to date: the newest sales at once, then all of it.
 * Undefined until the first rows are read.
 */
export function useJournalPreview(): Journal | undefined {
  const read = useJournalRows();
  return useMemo(() => {
    if (!read) return undefined;
    const entries = measured(
      'saoma:journal-build',
      () => journalEntries(read.rows.sales, read.rows.refunds),
      (built) => built.length,
      read.complete,
    );
    return { entries, complete: read.complete };
  }, [read]);
}

/** The whole journal, newest first, kept up to date; undefined until all of it is read. */
export function useJournal(): JournalEntry[] | undefined {
  const journal = useJournalPreview();
  return journal?.complete ? journal.entries : undefined;
}
