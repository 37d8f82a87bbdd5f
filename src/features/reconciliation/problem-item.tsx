import { useId } from 'react';
import { formatDateTime } from '../../lib/i18n/format-date.ts';
import { formatMoney } from '../../lib/i18n/format-money.ts';
import { useLanguage, useT } from '../../lib/i18n/use-t.ts';
import type { SaleWorker } from '../../lib/outbox/sale-worker.ts';
import { problemSubject, type Problem } from '../../lib/reconciliation/reconciliation-problems.ts';
import { exportProblems } from './export-problems.ts';
import { PaymentQuery } from './payment-query.tsx';
import { WalletTerminalTable } from './wallet-terminal-table.tsx';
import { usePaymentQuery } from './use-payment-query.ts';

/** One line or movement without its pair, or a pair that differs, with what can be done about it. */
export function ProblemItem({
  problem,
  date,
  worker,
}: {
  problem: Problem;
  date: string;
  worker: SaleWorker;
}) {
  const t = useT();
  const language = useLanguage();
  const titleId = useId();
  const subject = problemSubject(problem);
  const payment = usePaymentQuery(subject.outTradeNo, worker);
  const line = problem.kind === 'missingAtWallet' ? undefined : problem.line;
  const entry = problem.kind === 'missingOnTerminal' ? undefined : problem.entry;
  const differs = (field: 'amount' | 'fee') =>
    problem.kind === 'mismatched' && problem.fields.includes(field);
  const money = (amount: number | undefined) =>
    amount === undefined ? '—' : formatMoney(amount, { language });

  return (
    <li className={`reconciliation-problem reconciliation-problem-${problem.kind}`}>
      <h4 id={titleId}>
        {t('reconciliation.rowTitle', {
          type: t(`reconciliation.type.${subject.type}`),
          number: subject.outRefundNo ?? subject.outTradeNo,
        })}
      </h4>
      {problem.kind === 'mismatched' && (
        <p className="reconciliation-differs">
          {t('reconciliation.differs', {
            fields: joinFields(
              problem.fields.map((field) => t(`reconciliation.field.${field}`)),
              t,
            ),
          })}
        </p>
      )}
      <dl className="reconciliation-facts">
        <dt>{t('reconciliation.outTradeNo')}</dt>
        <dd className="reconciliation-mono">{subject.outTradeNo}</dd>
        {subject.outRefundNo !== undefined && (
          <>
            <dt>{t('reconciliation.outRefundNo')}</dt>
            <dd className="reconciliation-mono">{subject.outRefundNo}</dd>
          </>
        )}
        <dt>{t('reconciliation.provider')}</dt>
        <dd>{t(`provider.${subject.provider}`)}</dd>
      </dl>
      <WalletTerminalTable
        rows={[
          {
            label: t('reconciliation.amount'),
            wallet: money(line?.amount),
            terminal: money(entry?.amount),
            differs: differs('amount'),
            money: true,
          },
          {
            label: t('reconciliation.fee'),
            wallet: money(line?.fee),
            terminal: money(entry?.fee),
            differs: differs('fee'),
            money: true,
          },
          {
            label: t('reconciliation.time'),
            wallet: line ? formatDateTime(line.at, language) : '—',
            terminal: entry ? formatDateTime(entry.movedAt, language) : '—',
          },
        ]}
      />
      {!line && <p className="reconciliation-note">{t('reconciliation.notOnStatement')}</p>}
      {!entry && <p className="reconciliation-note">{t('reconciliation.notInJournal')}</p>}
      <div className="reconciliation-actions">
        <button type="button" aria-describedby={titleId} onClick={() => void payment.query()}>
          {t('reconciliation.query')}
        </button>
        <button
          type="button"
          aria-describedby={titleId}
          onClick={() => exportProblems(date, [problem])}
        >
          {t('reconciliation.export')}
        </button>
      </div>
      {payment.state.phase !== 'idle' && (
        <PaymentQuery outTradeNo={subject.outTradeNo} state={payment.state} />
      )}
    </li>
  );
}

function joinFields(fields: string[], t: ReturnType<typeof useT>): string {
  const [first, second] = fields;
  if (first === undefined) return '';
  return second === undefined ? first : t('reconciliation.fieldsJoin', { first, second });
}
