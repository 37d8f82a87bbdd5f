/** The roll widths a receipt prints on, in millimetres. */
export const PAPER_WIDTHS = [58, 80] as const;
export type PaperWidth = (typeof PAPER_WIDTHS)[number];

export const PAPER_WIDTH_KEY = 'saoma.receiptWidth';
const DEFAULT_WIDTH: PaperWidth = 58;

type WidthStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** A stored width, if it names one we print on; anything else gives the default, 58 mm. */
export function parsePaperWidth(stored: string | null): PaperWidth {
  return PAPER_WIDTHS.find((width) => String(width) === stored) ?? DEFAULT_WIDTH;
}

/** The width the cashier chose last on this device. */
export function rememberedPaperWidth(storage: WidthStorage | null = browserStorage()): PaperWidth {
  try {
    return parsePaperWidth(storage?.getItem(PAPER_WIDTH_KEY) ?? null);
  } catch {
    return DEFAULT_WIDTH; // storage blocked (private mode, policy)
  }
}

export function rememberPaperWidth(
  width: PaperWidth,
  storage: WidthStorage | null = browserStorage(),
): void {
  try {
    storage?.setItem(PAPER_WIDTH_KEY, String(width));
  } catch {
    // Not remembering the choice is acceptable: this receipt still prints at it.
  }
}

function browserStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
