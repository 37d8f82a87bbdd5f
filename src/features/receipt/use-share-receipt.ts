import { useEffect, useRef, useState } from 'react';
import { shareReceipt, type ShareOutcome } from './share-receipt.ts';

/**
 * Share: the share sheet, else the clipboard, else the text shown (in the <pre> the ref points
 * at) and selected for copying by hand.
 */
export function useShareReceipt(title: string, text: string) {
  const [outcome, setOutcome] = useState<ShareOutcome | null>(null);
  const textRef = useRef<HTMLPreElement>(null);

  useEffect(() => {
    const pre = textRef.current;
    if (outcome !== 'manual' || !pre) return;
    pre.focus();
    selectContents(pre);
  }, [outcome, text]);

  const share = async () => {
    // Cleared first, so that the same outcome twice is announced twice.
    setOutcome(null);
    setOutcome(await shareReceipt(navigator, { title, text }));
  };

  return { outcome, share, textRef };
}

function selectContents(element: HTMLElement): void {
  const selection = window.getSelection();
  if (!selection) return;
  const range = document.createRange();
  range.selectNodeContents(element);
  selection.removeAllRanges();
  selection.addRange(range);
}
