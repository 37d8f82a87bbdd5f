import { describe, expect, it } from 'vitest';
import type { IssuedOfflineCode } from '../../../protocol/offline-code.ts';
import {
  parseOfflineBatch,
  serializeOfflineBatch,
  usableCodes,
  withoutCode,
} from './offline-code-batch.ts';

const now = Date.UTC(2026, 10, 21, 8);
const code = (cid: string, expMs: number): IssuedOfflineCode => ({
  text: `SOP1.${cid}.sig`,
  cid,
  exp: new Date(expMs).toISOString(),
  cap: 20_000,
});

describe('the offline code batch on the phone', () => {
  it('survives a round trip through storage', () => {
    const batch = [code('a', now + 1000), code('b', now + 2000)];
    expect(parseOfflineBatch(serializeOfflineBatch(batch))).toEqual(batch);
  });

  it('treats missing, corrupt or wrongly shaped storage as no codes', () => {
    expect(parseOfflineBatch(null)).toEqual([]);
    expect(parseOfflineBatch('{not json')).toEqual([]);
    expect(parseOfflineBatch('{"codes":[{"text":1}]}')).toEqual([]);
  });

  it('drops codes at or past their expiry and keeps the order of the rest', () => {
    const batch = [code('old', now - 1), code('edge', now), code('b', now + 1), code('c', now + 5)];
    expect(usableCodes(batch, now).map((c) => c.cid)).toEqual(['b', 'c']);
  });

  it('moves on by dropping the code just shown', () => {
    const batch = [code('a', now + 1000), code('b', now + 1000)];
    expect(withoutCode(batch, 'a').map((c) => c.cid)).toEqual(['b']);
  });
});
