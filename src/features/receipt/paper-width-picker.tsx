import { useId } from 'react';
import { useT } from '../../lib/i18n/use-t.ts';
import { PAPER_WIDTHS, type PaperWidth } from './paper-width.ts';

export function PaperWidthPicker({
  width,
  onChange,
}: {
  width: PaperWidth;
  onChange: (width: PaperWidth) => void;
}) {
  const t = useT();
  const name = useId();
  return (
    <fieldset className="receipt-width">
      <legend>{t('receipt.paperWidth')}</legend>
      {PAPER_WIDTHS.map((option) => (
        <label key={option}>
          <input
            type="radio"
            name={name}
            value={option}
            checked={width === option}
            onChange={() => {
              onChange(option);
            }}
          />
          {t(option === 58 ? 'receipt.width58' : 'receipt.width80')}
        </label>
      ))}
    </fieldset>
  );
}
