import type { SettlementTotals } from '../../../protocol/settlements.ts';
import type { PlainMessageKey } from '../../lib/i18n/catalogue-types.ts';
import { formatMoney } from '../../lib/i18n/format-money.ts';
import { useLanguage, useT } from '../../lib/i18n/use-t.ts';
import type { Reconciliation } from '../../lib/reconciliation/match-settlement.ts';

const ROWS: readonly { field: keyof SettlementTotals; label: PlainMessageKey }[] = [
  { field: 'gross', label: 'reconciliation.gross' },
  { field: 'refunds', label: 'reconciliation.refunds' },
  { field: 'fees', label: 'reconciliation.fees' },
  { field: 'net', label: 'reconciliation.net' },
  { field: 'count', label: 'reconciliation.count' },
];

/** The statement's totals beside the journal's for the same day; a difference stands out. */
export function TotalsTable({ result }: { result: Reconciliation }) {
  const t = useT();
  const language = useLanguage();
  const { wallet, terminal } = result.totals;
  const show = (field: keyof SettlementTotals, value: number) =>
    field === 'count' ? String(value) : formatMoney(value, { language });
  return (
    <div className="table-scroll">
      <table className="reconciliation-table reconciliation-totals">
        <caption>{t('reconciliation.totals', { date: result.date })}</caption>
        <thead>
          <tr>
            <td />
            <th scope="col" className="amount">
              {t('reconciliation.wallet')}
            </th>
            <th scope="col" className="amount">
              {t('reconciliation.terminal')}
            </th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map(({ field, label }) => {
            const differs = wallet[field] !== terminal[field];
            const className = `amount${differs ? ' reconciliation-differs' : ''}`;
            return (
              <tr key={field}>
                <th scope="row">{t(label)}</th>
                <td className={className}>{show(field, wallet[field])}</td>
                <td className={className}>{show(field, terminal[field])}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
