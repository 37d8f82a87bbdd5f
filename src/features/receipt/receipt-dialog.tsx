import { useId, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useSaleWithRefunds } from '../../lib/db/use-refunds-of-sale.ts';
import { useLanguage, useT } from '../../lib/i18n/use-t.ts';
import { receiptOf } from '../../lib/receipt/receipt.ts';
import { receiptRows } from '../../lib/receipt/receipt-rows.ts';
import { receiptText } from '../../lib/receipt/receipt-text.ts';
import { rememberedPaperWidth, rememberPaperWidth, type PaperWidth } from './paper-width.ts';
import { PaperWidthPicker } from './paper-width-picker.tsx';
import { usePrintPageHeight } from './print-page-height.ts';
import { ReceiptPaper } from './receipt-paper.tsx';
import { ShareNote } from './share-note.tsx';
import { useModalDialog } from './use-modal-dialog.ts';
import { useShareReceipt } from './use-share-receipt.ts';
import './receipt.css';

export type ReceiptDialogProps = {
  outTradeNo: string;
  onClose: () => void;
  /** The shop's name at the top of the receipt, where the caller knows it. */
  merchantName?: string;
};

/**
 * The receipt of one sale, kept up to date as its refunds and cancel go through, in a modal
 * dialog: print it on a 58 mm or 80 mm roll, or share it. Mount it to open it; it calls
 * `onClose` when it closes (Escape, Close), and focus goes back to the control that opened it.
 */
export function ReceiptDialog({ outTradeNo, onClose, merchantName }: ReceiptDialogProps) {
  const t = useT();
  const language = useLanguage();
  const titleId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const dialogRef = useModalDialog(onClose, headingRef);
  const printedRef = useRef<HTMLDivElement>(null);
  usePrintPageHeight(printedRef);
  const [width, setWidth] = useState<PaperWidth>(() => rememberedPaperWidth());
  const journal = useSaleWithRefunds(outTradeNo);
  const receipt = useMemo(
    () => (journal?.sale ? receiptOf(journal.sale, journal.refunds, merchantName) : null),
    [journal, merchantName],
  );
  const words = useMemo(
    () => (receipt ? receiptRows(receipt, t, language) : null),
    [receipt, t, language],
  );
  const text = useMemo(
    () => (receipt ? receiptText(receipt, t, { language }) : ''),
    [receipt, t, language],
  );
  const sharing = useShareReceipt(t('receipt.shareTitle', { outTradeNo }), text);

  const chooseWidth = (chosen: PaperWidth) => {
    setWidth(chosen);
    rememberPaperWidth(chosen);
  };

  return (
    <>
      <dialog ref={dialogRef} className="receipt-dialog" aria-labelledby={titleId}>
        <h2 id={titleId} ref={headingRef} tabIndex={-1}>
          {t('receipt.title')}
        </h2>
        {journal === undefined && <p className="loading">{t('common.loading')}</p>}
        {journal?.sale === null && <p role="alert">{t('receipt.noSale', { outTradeNo })}</p>}
        {words && (
          <>
            <ReceiptPaper words={words} width={width} />
            <PaperWidthPicker width={width} onChange={chooseWidth} />
          </>
        )}
        <div className="receipt-actions">
          {words && (
            <>
              <button type="button" className="primary" onClick={() => window.print()}>
                {t('receipt.print')}
              </button>
              <button type="button" onClick={() => void sharing.share()}>
                {t('receipt.share')}
              </button>
            </>
          )}
          <button type="button" onClick={() => dialogRef.current?.close()}>
            {t('receipt.close')}
          </button>
        </div>
        <ShareNote outcome={sharing.outcome} text={text} textRef={sharing.textRef} />
      </dialog>
      {words &&
        createPortal(
          // The printed copy: a child of <body> in normal flow, so that it alone prints, on its
          // named page (a modal dialog sits in the top layer, where named pages do not apply).
          <div className="receipt-print" aria-hidden="true">
            <ReceiptPaper ref={printedRef} words={words} width={width} />
          </div>,
          document.body,
        )}
    </>
  );
}
