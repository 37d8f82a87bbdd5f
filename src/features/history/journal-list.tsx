import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { JournalEntry } from '../../lib/journal/journal-entry.ts';
import { JournalRow } from './journal-row.tsx';

/** Every row has this height (history.css agrees), so the visible slice is plain arithmetic. */
export const ROW_HEIGHT = 72;
/** Rows drawn above and below the viewport, so a fast flick or Tab never meets a blank. */
const OVERSCAN = 10;

/**
 * The journal, virtualised: only the rows in view (and a few either side) are in the DOM, so
 * 50,000 entries scroll as smoothly as 50. Screen readers get each row's place in the whole
 * list from aria-setsize and aria-posinset.
 */
export function JournalList({
  entries,
  label,
  resetKey,
  onOpen,
}: {
  entries: readonly JournalEntry[];
  label: string;
  /** A change of this (the filter) scrolls back to the top; new entries alone do not. */
  resetKey: unknown;
  onOpen: (outTradeNo: string) => void;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(800);

  useEffect(() => {
    const element = scroller.current;
    if (!element) return undefined;
    const observer = new ResizeObserver(() => setViewport(element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // A new filter starts at the top of its results (the scroll event then updates the slice).
  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
  }, [resetKey]);

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(entries.length, Math.ceil((scrollTop + viewport) / ROW_HEIGHT) + OVERSCAN);
  const visible = entries.slice(first, last);

  return (
    <div
      ref={scroller}
      className="journal-scroll"
      onScroll={(event) => {
        const top = event.currentTarget.scrollTop;
        // Rendered before this frame is painted: a scroll never shows a blank for a frame.
        flushSync(() => setScrollTop(top));
      }}
    >
      <ul
        className="journal-list"
        aria-label={label}
        style={{ height: entries.length * ROW_HEIGHT }}
      >
        {visible.map((entry, index) => (
          <li
            key={entry.id}
            aria-setsize={entries.length}
            aria-posinset={first + index + 1}
            style={{ transform: `translateY(${(first + index) * ROW_HEIGHT}px)` }}
          >
            <JournalRow entry={entry} onOpen={onOpen} />
          </li>
        ))}
      </ul>
    </div>
  );
}
