import { db } from './database.ts';
import { guardStorage } from './storage-errors.ts';
import { readUnsentWork, type UnsentWorkCheck } from './unsent-work.ts';

/**
 * Deletes every row of every table (the pairing, the journal, the outbox, the keys, the
 * settings) unless `check` refuses what is still unsent. The check runs in the same transaction
 * as the delete, so a sale written meanwhile by another tab cannot be wiped unseen.
 */
export function clearLocalData(check: UnsentWorkCheck): Promise<string | null> {
  return guardStorage(() =>
    db.transaction('rw', db.tables, async () => {
      const refusal = check(await readUnsentWork());
      if (refusal !== null) return refusal;
      await Promise.all(db.tables.map((table) => table.clear()));
      return null;
    }),
  );
}
