import { formatDateTime } from '../../lib/i18n/format-date.ts';
import { formatMoney } from '../../lib/i18n/format-money.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import type { JournalEntry } from '../../lib/journal/journal-entry.ts';

/** One line of the journal: what, how much, with which wallet, how it stands, when. */
export function JournalRow({
  entry,
  onOpen,
}: {
  entry: JournalEntry;
  onOpen: (outTradeNo: string) => void;
}) {
  const t = useT();
  const sign = entry.kind === 'sale' ? '' : '−';
  const amount = `${sign}${formatMoney(entry.amount)}`;
  const time = formatDateTime(entry.createdAt);
  const kind = t(`kind.${entry.kind}`);
  const status = t(`status.${entry.status}`);
  const provider = t(`provider.${entry.provider}`);
  return (
    <button
      type="button"
      className={`journal-row journal-${entry.kind} journal-status-${entry.status}`}
      data-entry={entry.id}
      onClick={() => onOpen(entry.outTradeNo)}
      aria-label={t('history.row', {
        kind,
        amount,
        provider,
        status,
        time,
        code: entry.maskedCode,
      })}
    >
      <span className="journal-main">
        <span className="journal-kind">{kind}</span>
        <span className="journal-amount">{amount}</span>
        <span className="journal-badge">{status}</span>
      </span>
      <span className="journal-sub">
        <span>{provider}</span>
        <span>{time}</span>
        <span className="journal-code">{entry.maskedCode}</span>
        <span className="journal-no">{entry.outRefundNo ?? entry.outTradeNo}</span>
      </span>
    </button>
  );
}
