import type { Sql } from './sql/sql.ts';

export function settingsRepo(sql: Sql) {
  return {
    async get(key: string): Promise<string | undefined> {
      const row = await sql.get<{ value: string }>('SELECT value FROM settings WHERE key = ?', [
        key,
      ]);
      return row?.value;
    },
    async set(key: string, value: string): Promise<void> {
      await sql.run(
        'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
        [key, value],
      );
    },
  };
}
export type SettingsRepo = ReturnType<typeof settingsRepo>;
