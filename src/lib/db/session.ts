import { db, type TerminalSessionRow } from './database.ts';

export async function loadTerminalSession(): Promise<TerminalSessionRow | undefined> {
  return db.session.get('terminal');
}

export async function saveTerminalSession(row: Omit<TerminalSessionRow, 'id'>): Promise<void> {
  await db.session.put({ ...row, id: 'terminal' });
}
