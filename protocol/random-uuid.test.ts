import { describe, expect, it } from 'vitest';
import { randomUuid } from './random-uuid.ts';

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('randomUuid', () => {
  it('uses crypto.randomUUID where the page has it', () => {
    expect(randomUuid()).toMatch(V4);
    const source = { randomUUID: () => 'from-random-uuid', getRandomValues: () => undefined };
    expect(randomUuid(source)).toBe('from-random-uuid');
  });

  it('makes a version 4 UUID from getRandomValues outside a secure context', () => {
    const fill = (value: number) => ({
      getRandomValues: (array: Uint8Array) => array.fill(value),
    });
    expect(randomUuid(fill(0))).toBe('00000000-0000-4000-8000-000000000000');
    expect(randomUuid(fill(0xff))).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    const seen = new Set<string>();
    const source = { getRandomValues: (array: Uint8Array) => crypto.getRandomValues(array) };
    for (let i = 0; i < 200; i++) seen.add(randomUuid(source));
    expect(seen.size).toBe(200);
    for (const uuid of seen) expect(uuid).toMatch(V4);
  });
});
