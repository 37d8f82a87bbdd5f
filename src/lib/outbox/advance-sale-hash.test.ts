import { describe, expect, it } from 'vitest';
import { saleRow } from '../db/test-support/sale-row.ts';
import { advanceSale } from './advance-sale.ts';
import type { OutboxContext } from './outbox-clock.ts';

const context: OutboxContext = { now: () => 0, random: () => 0.5, owner: 'test' };
const BARE = 'a'.repeat(64);
const KEYED = `h1.${'b'.repeat(43)}`;

describe('advanceSale: the hash beside a masked code', () => {
  it('keeps a keyed hash and drops a bare SHA-256 once the sale is final', () => {
    for (const [hash, kept] of [
      [KEYED, KEYED],
      [BARE, ''],
    ] as const) {
      const row = saleRow('T1', 'unknown', { authCodeHash: hash });
      const paid = advanceSale(row, 'paid', {}, context, false);
      expect(paid.ok && paid.row.authCode).toBe('28************3456');
      expect(paid.ok && paid.row.authCodeHash).toBe(kept);
    }
  });
});
