import { describe, expect, it } from 'vitest';
import { formatBytes } from './format-bytes.ts';

describe('formatBytes', () => {
  it('scales to a readable unit', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(812_345)).toBe('812 KB');
    expect(formatBytes(1_400_000_000)).toBe('1.4 GB');
  });
});
