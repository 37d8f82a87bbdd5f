import { expect } from 'vitest';
import { scoreBlackbox } from '../../../../scripts/bench-decode/blackbox-score.ts';
import { javaTarget } from '../../../../scripts/bench-decode/java-must-pass.ts';

/**
 * Decodes a blackbox folder at each rotation and expects at least `reached[i]` hits (what the
 * strategy read when it was chosen) and Java ZXing's must-pass count, with no more false results
 * than Java's allowance.
 */
export function expectBlackboxReads(
  folder: string,
  rotations: readonly number[],
  reached: readonly number[],
): void {
  const scores = scoreBlackbox(folder, [...rotations]);
  rotations.forEach((rotation, i) => {
    const score = scores.get(rotation);
    const java = javaTarget(folder, rotation);
    const label = `${folder} at ${rotation}°`;
    expect
      .soft(score?.hits, label)
      .toBeGreaterThanOrEqual(Math.max(reached[i] ?? 0, java?.mustPass ?? 0));
    expect.soft(score?.falsePositives, label).toBeLessThanOrEqual(java?.allowedFalse ?? 0);
  });
}
