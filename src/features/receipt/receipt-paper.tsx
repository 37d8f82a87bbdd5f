import type { Ref } from 'react';
import type { ReceiptWords } from '../../lib/receipt/receipt-rows.ts';
import type { PaperWidth } from './paper-width.ts';

/** The receipt as it looks on the roll: the dialog shows it, and a copy of it is what prints. */
export function ReceiptPaper({
  words,
  width,
  ref,
}: {
  words: ReceiptWords;
  width: PaperWidth;
  ref?: Ref<HTMLDivElement>;
}) {
  return (
    <div ref={ref} className={`receipt-paper receipt-${String(width)}`}>
      {words.merchantName !== undefined && <p className="receipt-merchant">{words.merchantName}</p>}
      <p className="receipt-heading">{words.title}</p>
      {words.blocks.map((block, index) => (
        <dl
          key={`${block.kind}-${String(index)}`}
          className={`receipt-block receipt-${block.kind}`}
        >
          {block.rows.map((row) => (
            <div key={row.label} className="receipt-row">
              <dt>{row.label}</dt>
              <dd>{row.value}</dd>
            </div>
          ))}
        </dl>
      ))}
    </div>
  );
}
