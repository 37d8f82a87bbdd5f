/** What the browser offers for getting a receipt out of the page (a subset of Navigator). */
export type ShareTarget = {
  share?: (data: ShareData) => Promise<void>;
  canShare?: (data: ShareData) => boolean;
  clipboard?: { writeText: (text: string) => Promise<void> };
};

/**
 * - shared: the share sheet took it;
 * - cancelled: the cashier closed the share sheet (not an error);
 * - copied: no share sheet (or it failed), so the text went to the clipboard;
 * - manual: neither worked; the page should select the text for copying by hand.
 */
export type ShareOutcome = 'shared' | 'cancelled' | 'copied' | 'manual';

/** Web Share where the browser has it and accepts the text, else the clipboard. */
export async function shareReceipt(
  target: ShareTarget,
  data: { title: string; text: string },
): Promise<ShareOutcome> {
  if (typeof target.share === 'function' && target.canShare?.({ text: data.text }) !== false) {
    try {
      await target.share(data);
      return 'shared';
    } catch (error) {
      if (error instanceof Error && error.name === 'AbortError') return 'cancelled';
      // NotAllowedError and the like: the share sheet is not available now; copy instead.
    }
  }
  try {
    if (!target.clipboard) return 'manual';
    await target.clipboard.writeText(data.text);
    return 'copied';
  } catch {
    return 'manual';
  }
}
