export type BurstOptions = {
  /** The longest pause between two keys of one scan; people type far slower than a scanner. */
  maxGapMs: number;
  /** The fewest characters a scan has; shorter bursts are taken as typing. */
  minLength: number;
};

export const DEFAULT_BURST: BurstOptions = { maxGapMs: 30, minLength: 8 };

const TERMINATORS = new Set(['Enter', 'Tab']);
const MODIFIERS = new Set(['Shift', 'CapsLock']);

/**
 * Recognises a keyboard-wedge scanner ("scan gun"): it types a whole code as a burst of keys a
 * few milliseconds apart and ends it with Enter or Tab.
 */
export class BurstDetector {
  private buffer = '';
  private lastKeyAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly options: BurstOptions = DEFAULT_BURST) {}

  /** Feeds one key press; returns the scanned text when this key ends a burst. */
  press(key: string, time: number): string | null {
    if (MODIFIERS.has(key)) return null;
    const fast = time - this.lastKeyAt <= this.options.maxGapMs;
    if (TERMINATORS.has(key)) {
      const text = this.buffer;
      this.reset();
      return fast && text.length >= this.options.minLength ? text : null;
    }
    if (key.length !== 1) {
      this.reset();
      return null;
    }
    this.buffer = fast ? this.buffer + key : key;
    this.lastKeyAt = time;
    return null;
  }

  reset(): void {
    this.buffer = '';
    this.lastKeyAt = Number.NEGATIVE_INFINITY;
  }
}
