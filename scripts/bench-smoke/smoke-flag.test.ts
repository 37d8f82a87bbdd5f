import { describe, expect, it } from 'vitest';
import { expandSmokeFlag } from './smoke-flag.ts';

describe('--smoke', () => {
  it("stands for the bench's own small options, in its place", () => {
    const argv = ['node', '/repo/scripts/bench-outbox.ts', '--smoke', '--keep'];
    expandSmokeFlag(argv);
    expect(argv).toEqual([
      'node',
      '/repo/scripts/bench-outbox.ts',
      '--enqueue',
      '10',
      '--replay',
      '10',
      '--keep',
    ]);
  });

  it('leaves a command line without it alone', () => {
    const argv = ['node', 'scripts/bench-wallet.ts', '--duration', '30'];
    expandSmokeFlag(argv);
    expect(argv).toEqual(['node', 'scripts/bench-wallet.ts', '--duration', '30']);
  });

  it('refuses a script that is not a bench with a smoke mode', () => {
    expect(() => expandSmokeFlag(['node', 'scripts/pair.ts', '--smoke'])).toThrow(
      '--smoke: "pair" is not a bench with a smoke mode',
    );
  });
});
