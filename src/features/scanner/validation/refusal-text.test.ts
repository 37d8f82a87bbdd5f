import { describe, expect, it } from 'vitest';
import { routeScannedCode } from '../../../../protocol/scanned-code.ts';
import { refusalText } from './refusal-text.ts';

const REFUSED = ['', 'hello', '99123456789012345', 'SOP1.garbage', 'SOP1.e30.AAAA'];

describe('refusalText', () => {
  it.each(REFUSED)('says in English what protocol/ says for %j', (text) => {
    const route = routeScannedCode(text);
    if (route.ok) throw new Error(`${text} should be refused`);
    expect(refusalText(route)).toBe(route.message);
  });
});
