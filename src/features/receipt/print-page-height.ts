import { useEffect, type RefObject } from 'react';

/** The custom property receipt.css sizes the receipt's page with. */
export const PAGE_HEIGHT_PROPERTY = '--receipt-page-height';
const CSS_PX_PER_MM = 96 / 25.4;
/** Paper fed past the last line, so that the tear bar does not cut into it. */
const FEED_MM = 10;

/**
 * How long a receipt's page is, in whole millimetres: as long as the receipt and a little more.
 * A roll has no page length, and CSS gives a page no "auto" height, so it is measured.
 */
export function pageHeightMm(receiptHeightPx: number): number | null {
  if (!Number.isFinite(receiptHeightPx) || receiptHeightPx <= 0) return null;
  return Math.ceil(receiptHeightPx / CSS_PX_PER_MM) + FEED_MM;
}

/** Sets the page length from the printed receipt just before the browser prints. */
export function usePrintPageHeight(receipt: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = document.documentElement;
    const measure = () => {
      const height = pageHeightMm(receipt.current?.getBoundingClientRect().height ?? 0);
      if (height === null) root.style.removeProperty(PAGE_HEIGHT_PROPERTY);
      else root.style.setProperty(PAGE_HEIGHT_PROPERTY, `${String(height)}mm`);
    };
    const forget = () => {
      root.style.removeProperty(PAGE_HEIGHT_PROPERTY);
    };
    window.addEventListener('beforeprint', measure);
    window.addEventListener('afterprint', forget);
    return () => {
      window.removeEventListener('beforeprint', measure);
      window.removeEventListener('afterprint', forget);
      forget();
    };
  }, [receipt]);
}
