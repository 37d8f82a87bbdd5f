import { chmodSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../test-support/temp-dir.ts';
import { DataDirError } from './data-dir-error.ts';
import { describeFix, makeDataDirPrivate } from './private-data-dir.ts';
import { touchPrivateFile, writePrivateFile } from './private-files.ts';

const modeOf = (file: string) => statSync(file).mode & 0o777;

let umask: number;
beforeEach(() => {
  // The loosest umask, so that nothing here is private by accident.
  umask = process.umask(0);
});
afterEach(() => {
  process.umask(umask);
});

describe('makeDataDirPrivate', () => {
  it('creates a missing DATA_DIR 0700, parents included, and reports nothing to fix', () => {
    const dir = path.join(tempDir('data-dir'), 'a', 'data');
    expect(makeDataDirPrivate(dir)).toEqual([]);
    expect(modeOf(dir)).toBe(0o700);
  });

  it('takes group and other bits off the directory and everything in it, and says what it changed', () => {
    const dir = tempDir('data-dir');
    chmodSync(dir, 0o755);
    mkdirSync(path.join(dir, 'tls'), { mode: 0o755 });
    for (const name of ['wallet.db', 'wallet.db-wal', 'wallet.db-shm', 'tls/saoma-ca.crt']) {
      writeFileSync(path.join(dir, name), 'x', { mode: 0o644 });
    }
    writeFileSync(path.join(dir, 'code-hash.key'), 'x', { mode: 0o600 });

    const fixes = makeDataDirPrivate(dir);
    expect(fixes.map(describeFix)).toEqual([
      `${dir} was 0755, now 0700`,
      `${dir}/tls was 0755, now 0700`,
      `${dir}/tls/saoma-ca.crt was 0644, now 0600`,
      `${dir}/wallet.db was 0644, now 0600`,
      `${dir}/wallet.db-shm was 0644, now 0600`,
      `${dir}/wallet.db-wal was 0644, now 0600`,
    ]);
    for (const name of ['', 'tls']) expect(modeOf(path.join(dir, name))).toBe(0o700);
    for (const name of ['wallet.db', 'wallet.db-wal', 'wallet.db-shm', 'tls/saoma-ca.crt']) {
      expect(modeOf(path.join(dir, name))).toBe(0o600);
    }
    expect(makeDataDirPrivate(dir)).toEqual([]);
  });

  it('refuses a DATA_DIR that belongs to another user, and changes nothing', () => {
    const dir = tempDir('data-dir');
    chmodSync(dir, 0o755);
    const otherUser = { uid: statSync(dir).uid + 1 };
    expect(() => makeDataDirPrivate(dir, otherUser)).toThrow(DataDirError);
    expect(() => makeDataDirPrivate(dir, otherUser)).toThrow(/belongs to another user/);
    expect(modeOf(dir)).toBe(0o755);
  });

  it('refuses a DATA_DIR that is a file', () => {
    const file = path.join(tempDir('data-dir'), 'file');
    writeFileSync(file, '');
    expect(() => makeDataDirPrivate(file)).toThrow(DataDirError);
  });
});

describe('writePrivateFile and touchPrivateFile', () => {
  it('write 0600 files whatever the umask, and keep what touch finds', () => {
    const dir = tempDir('data-dir');
    const file = path.join(dir, 'listening.json');
    writePrivateFile(file, '{}');
    expect(modeOf(file)).toBe(0o600);
    writeFileSync(`${file}.${String(process.pid)}.tmp`, 'left over', { mode: 0o666 });
    writePrivateFile(file, '{"port":1}');
    expect(modeOf(file)).toBe(0o600);

    const db = path.join(dir, 'wallet.db');
    touchPrivateFile(db);
    expect(modeOf(db)).toBe(0o600);
    writeFileSync(db, 'data');
    touchPrivateFile(db);
    expect(statSync(db).size).toBe(4);
  });
});
