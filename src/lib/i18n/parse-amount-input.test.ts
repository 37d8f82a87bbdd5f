import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../../protocol/money.ts';
import { parseAmountInput } from './parse-amount-input.ts';

const INPUTS = ['', '  ', '12.345', 'abc', '1,000', '0', '0.00', '.5', '1000000.01', '999999999'];

describe('parseAmountInput', () => {
  it('accepts what parseAmount accepts', () => {
    expect(parseAmountInput(' 12.5 ')).toEqual(parseAmount(' 12.5 '));
  });

  it.each(INPUTS)('refuses %j with the words of protocol/money in English', (text) => {
    expect(parseAmountInput(text)).toEqual(parseAmount(text));
  });
});
