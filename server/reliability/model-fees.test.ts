import { describe, expect, it } from 'vitest';
import { contractFee, contractFeeReturned } from './model-fees.ts';

describe("the model's fees", () => {
  it('take 0.38 %, rounded half-up to the fen', () => {
    expect(contractFee(1_250)).toBe(5); // 4.75: the protocol's own example
    expect(contractFee(10_000)).toBe(38);
    expect(contractFee(131)).toBe(0); // 0.4978
    expect(contractFee(132)).toBe(1); // 0.5016
    expect(contractFee(1_250_000)).toBe(4_750);
    expect(contractFee(0)).toBe(0);
  });

  it('give back, over any split of a full refund, exactly the fee charged', () => {
    const parts = [333, 1, 4_000, 5_666];
    let before = 0;
    let returned = 0;
    for (const part of parts) {
      returned += contractFeeReturned(before, part);
      before += part;
    }
    expect(returned).toBe(contractFee(10_000));
  });
});
