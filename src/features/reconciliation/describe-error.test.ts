import { describe, expect, it } from 'vitest';
import { translator } from '../../lib/i18n/translate.ts';
import { WalletProblemError, WalletUnreachableError } from '../../lib/wallet-client/errors.ts';
import { describeDateRefusal, describeError } from './describe-error.ts';

const t = translator('en');

describe('describeError', () => {
  it('tells offline apart from a wallet that answered badly or refused', () => {
    expect(describeError(new WalletUnreachableError('x', { noResponse: true }), t)).toBe(
      'No answer from the wallet: this terminal may be offline. Try again when it is back online.',
    );
    expect(describeError(new WalletUnreachableError('HTTP 503: try later.'), t)).toBe(
      'The wallet cannot answer now. HTTP 503: try later.',
    );
    const refusal = new WalletProblemError(401, 'BAD_SIGNATURE', 'The signature does not match.');
    expect(describeError(refusal, t)).toBe(
      'The wallet refused: The signature does not match. (BAD_SIGNATURE)',
    );
    expect(describeError(new Error('QuotaExceededError'), t)).toBe(
      'This terminal’s journal could not be read: QuotaExceededError',
    );
  });
});

describe('describeDateRefusal', () => {
  it('says what is wrong with the date, in Chinese too', () => {
    expect(describeDateRefusal('future', '2026-11-22', '2026-11-21', t)).toBe(
      '2026-11-22 has not begun yet (UTC), so it has no statement: pick 2026-11-21 or an earlier day.',
    );
    expect(describeDateRefusal('format', '21/11', '2026-11-21', t)).toBe(
      'Enter the date as YYYY-MM-DD, for example 2026-11-21.',
    );
    expect(describeDateRefusal('not-a-date', '2026-02-30', '2026-11-21', translator('zh-CN'))).toBe(
      '2026-02-30 不是日历上存在的日期。',
    );
    expect(describeDateRefusal('empty', '', '2026-11-21', t)).toBe('Enter a date as YYYY-MM-DD.');
  });
});
