import type { Db } from './database.ts';

export function noncesRepo(db: Db) {
  // A row older than the memory window is rewritten rather than counted as a replay.
  const remember = db.prepare<{ terminalId: string; nonce: string; at: number; cutoff: number }>(
    `INSERT INTO nonces (terminal_id, nonce, seen_at) VALUES (@terminalId, @nonce, @at)
     ON CONFLICT (terminal_id, nonce) DO UPDATE SET seen_at = excluded.seen_at
     WHERE nonces.seen_at < @cutoff`,
  );
  const prune = db.prepare<[number]>('DELETE FROM nonces WHERE seen_at < ?');

  return {
    /** Records a nonce; false when it was already seen since `cutoff`. */
    remember(terminalId: string, nonce: string, at: number, cutoff: number): boolean {
      return remember.run({ terminalId, nonce, at, cutoff }).changes === 1;
    },
    pruneBefore(cutoff: number): number {
      return prune.run(cutoff).changes;
    },
  };
}
export type NoncesRepo = ReturnType<typeof noncesRepo>;
