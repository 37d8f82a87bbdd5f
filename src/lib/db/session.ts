import { db, type TerminalSessionRow } from './database.ts';
import { guardStorage } from './storage-errors.ts';
import { readUnsentWork, type UnsentWorkCheck } from './unsent-work.ts';

export async function loadTerminalSession(): Promise<TerminalSessionRow | undefined> {
  return db.session.get('terminal');
}

export async function saveTerminalSession(row: Omit<TerminalSessionRow, 'id'>): Promise<void> {
  await db.session.put({ ...row, id: 'terminal' });
}

/**
 * Forgets the pairing (the terminal's key) unless `check` refuses what is still unsent: without
 * the key, pending sales could never be sent. Checked and deleted in one transaction.
 */
export function clearTerminalSession(check: UnsentWorkCheck): Promise<string | null> {
  return guardStorage(() =>
    db.transaction('rw', db.session, db.sales, db.refunds, async () => {
      const refusal = check(await readUnsentWork());
      if (refusal !== null) return refusal;
      await db.session.delete('terminal');
      return null;
    }),
  );
}
