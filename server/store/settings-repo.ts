import type { Db } from './database.ts';

export function settingsRepo(db: Db) {
  const select = db.prepare<[string], { value: string }>(
    'SELECT value FROM settings WHERE key = ?',
  );
  const upsert = db.prepare<[string, string]>(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  return {
    get(key: string): string | undefined {
      return select.get(key)?.value;
    },
    set(key: string, value: string): void {
      upsert.run(key, value);
    },
  };
}
export type SettingsRepo = ReturnType<typeof settingsRepo>;
