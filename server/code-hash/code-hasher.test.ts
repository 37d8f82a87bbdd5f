import { statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../test-support/temp-dir.ts';
import { CODE_HASH_KEY_FILE, loadCodeHashKey, parseCodeHashKey } from './code-hash-key.ts';
import { codeHasher, codeMask, unkeyedHash } from './code-hasher.ts';

const CODE = '281234567890123456';
const key = (fill: number) => new Uint8Array(32).fill(fill);

describe('codeHasher', () => {
  it('hashes under the key: the same code matches, another code or another key does not', () => {
    const hasher = codeHasher(key(1));
    const hash = hasher.hash(CODE);
    expect(hash).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(hash).toBe(hasher.hash(CODE));
    expect(hash).not.toBe(codeHasher(key(2)).hash(CODE));
    expect(hasher.matches(hash, CODE)).toBe(true);
    expect(hasher.matches(hash, '281234567890123457')).toBe(false);
    expect(codeHasher(key(2)).matches(hash, CODE)).toBe(false);
    expect(hash).not.toContain(unkeyedHash(CODE).slice(0, 16));
  });

  it('still recognises a bare SHA-256 stored before codes were keyed', () => {
    const hasher = codeHasher(key(1));
    expect(hasher.matches(unkeyedHash(CODE), CODE)).toBe(true);
    expect(hasher.matches(unkeyedHash(CODE), '281234567890123457')).toBe(false);
  });

  it('refuses a key that is not 32 bytes', () => {
    expect(() => codeHasher(new Uint8Array(16))).toThrow(/32 bytes/);
  });

  it('masks all but the first 2 and last 4 digits', () => {
    expect(codeMask(CODE)).toBe('28************3456');
  });
});

describe('loadCodeHashKey', () => {
  it('makes DATA_DIR/code-hash.key (0600) on the first start and keeps it after', () => {
    const dir = tempDir('code-key');
    const first = loadCodeHashKey(null, dir);
    expect(first.source).toBe('generated');
    expect(statSync(path.join(dir, CODE_HASH_KEY_FILE)).mode & 0o777).toBe(0o600);
    const second = loadCodeHashKey(null, dir);
    expect(second.source).toBe('file');
    expect(second.key).toEqual(first.key);
  });

  it('takes CODE_HASH_KEY over the file, and touches no file then', () => {
    const dir = path.join(tempDir('code-key'), 'absent');
    expect(loadCodeHashKey(key(3), dir)).toEqual({ key: key(3), source: 'CODE_HASH_KEY' });
    expect(() => statSync(dir)).toThrow();
  });

  it('refuses to replace a damaged key file', () => {
    const dir = tempDir('code-key');
    writeFileSync(path.join(dir, CODE_HASH_KEY_FILE), 'not a key');
    expect(() => loadCodeHashKey(null, dir)).toThrow(/Restore it from a backup/);
  });

  it('reads 32 bytes of base64url and nothing else', () => {
    expect(parseCodeHashKey(Buffer.from(key(4)).toString('base64url'))).toEqual(key(4));
    expect(parseCodeHashKey(Buffer.from(key(4).slice(1)).toString('base64url'))).toBeNull();
    expect(parseCodeHashKey('+/==')).toBeNull();
  });
});
