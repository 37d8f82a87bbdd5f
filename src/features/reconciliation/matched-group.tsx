import { useId } from 'react';
import { formatMoney } from '../../lib/i18n/format-money.ts';
import { useLanguage, useT } from '../../lib/i18n/use-t.ts';
import type { Matched } from '../../lib/reconciliation/match-settlement.ts';

export function MatchedGroup({ matched }: { matched: readonly Matched[] }) {
  const t = useT();
  const language = useLanguage();
  const headingId = useId();
  return (
    <section className="reconciliation-group">
      <h3 id={headingId}>{t('reconciliation.groupMatched', { count: matched.length })}</h3>
      {matched.length === 0 ? (
        <p>{t('reconciliation.none')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby={headingId} tabIndex={0}>
          <table className="reconciliation-table">
            <thead>
              <tr>
                <th scope="col">{t('reconciliation.type')}</th>
                <th scope="col">{t('reconciliation.number')}</th>
                <th scope="col" className="amount">
                  {t('reconciliation.amount')}
                </th>
                <th scope="col" className="amount">
                  {t('reconciliation.fee')}
                </th>
              </tr>
            </thead>
            <tbody>
              {matched.map(({ line }, index) => (
                <tr key={`${line.type}:${line.outRefundNo ?? line.outTradeNo}#${index}`}>
                  <td>{t(`reconciliation.type.${line.type}`)}</td>
                  <td className="reconciliation-mono">{line.outRefundNo ?? line.outTradeNo}</td>
                  <td className="amount">{formatMoney(line.amount, { language })}</td>
                  <td className="amount">{formatMoney(line.fee, { language })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
