import type { Sql } from './sql/sql.ts';

export function noncesRepo(sql: Sql) {
  return {
    /** Records a nonce; false when it was already seen since `cutoff`. */
    async remember(
      terminalId: string,
      nonce: string,
      at: number,
      cutoff: number,
    ): Promise<boolean> {
      // A row older than the memory window is rewritten rather than counted as a replay.
      const changed = await sql.run(
        `INSERT INTO nonces (terminal_id, nonce, seen_at) VALUES (?, ?, ?)
         ON CONFLICT (terminal_id, nonce) DO UPDATE SET seen_at = excluded.seen_at
         WHERE nonces.seen_at < ?`,
        [terminalId, nonce, at, cutoff],
      );
      return changed === 1;
    },
    pruneBefore(cutoff: number): Promise<number> {
      return sql.run('DELETE FROM nonces WHERE seen_at < ?', [cutoff]);
    },
  };
}
export type NoncesRepo = ReturnType<typeof noncesRepo>;
