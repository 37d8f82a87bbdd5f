import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../test-support/temp-dir.ts';
import { MEMORY_DB, openDatabase } from './database.ts';
import { MIGRATIONS } from './migrations.ts';

describe('openDatabase', () => {
  it('opens a file in WAL mode with full sync and foreign keys, at the latest schema', () => {
    const db = openDatabase(path.join(tempDir('db'), 'wallet.db'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    db.close();
  });

  it('migrates once: reopening an up-to-date file changes nothing', () => {
    const file = path.join(tempDir('db'), 'wallet.db');
    openDatabase(file).close();
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    db.close();
  });

  it('refuses a database from a newer server', () => {
    const file = path.join(tempDir('db'), 'wallet.db');
    const newer = new Database(file);
    newer.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    newer.close();
    expect(() => openDatabase(file)).toThrow(/newer/);
  });

  it('keeps money consistent: a balance cannot go negative', () => {
    const db = openDatabase(MEMORY_DB);
    expect(() =>
      db.exec(
        "INSERT INTO wallets (id, name, token, balance, created_at) VALUES ('w_1', 'x', 't', -1, 0)",
      ),
    ).toThrow(/CHECK/);
  });
});
