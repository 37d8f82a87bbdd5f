import { describe, expect, it } from 'vitest';
import { BurstDetector } from './burst-detector.ts';

function type(detector: BurstDetector, keys: string[], gapMs: number, start = 1_000) {
  return keys.map((key, i) => detector.press(key, start + i * gapMs));
}

const CODE = '134567890123456789';

describe('BurstDetector', () => {
  it('takes a fast burst ending in Enter as a scan', () => {
    const results = type(new BurstDetector(), [...Array.from(CODE), 'Enter'], 8);
    expect(results.at(-1)).toBe(CODE);
    expect(results.slice(0, -1).every((result) => result === null)).toBe(true);
  });

  it('takes Tab as the end of a scan too', () => {
    expect(type(new BurstDetector(), [...Array.from(CODE), 'Tab'], 8).at(-1)).toBe(CODE);
  });

  it('leaves ordinary typing alone', () => {
    expect(type(new BurstDetector(), [...Array.from(CODE), 'Enter'], 120).at(-1)).toBeNull();
  });

  it('drops keys typed before a burst started', () => {
    const detector = new BurstDetector();
    detector.press('9', 0);
    detector.press('9', 200);
    expect(type(detector, [...Array.from(CODE), 'Enter'], 10, 1_000).at(-1)).toBe(CODE);
  });

  it('ignores a burst too short to be a code', () => {
    expect(type(new BurstDetector(), [...Array.from('1234'), 'Enter'], 5).at(-1)).toBeNull();
  });

  it('needs the terminator to follow the burst closely', () => {
    const detector = new BurstDetector();
    type(detector, Array.from(CODE), 5, 0);
    expect(detector.press('Enter', 5 * CODE.length + 500)).toBeNull();
  });

  it('breaks a burst on a non-character key and ignores Shift', () => {
    const detector = new BurstDetector();
    expect(
      type(
        detector,
        [...Array.from('13456'), 'ArrowLeft', ...Array.from('7890123'), 'Enter'],
        5,
      ).at(-1),
    ).toBeNull();
    const shifted = type(
      new BurstDetector(),
      ['Shift', ...Array.from('ABCD'), 'Shift', ...Array.from('1234'), 'Enter'],
      5,
    );
    expect(shifted.at(-1)).toBe('ABCD1234');
  });

  it('reads two scans in a row', () => {
    const detector = new BurstDetector();
    expect(type(detector, [...Array.from(CODE), 'Enter'], 5, 0).at(-1)).toBe(CODE);
    expect(type(detector, [...Array.from('284567890123456789'), 'Enter'], 5, 2_000).at(-1)).toBe(
      '284567890123456789',
    );
  });
});
