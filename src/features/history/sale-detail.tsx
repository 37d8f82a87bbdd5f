import { useId, useState, type Ref } from 'react';
import { subtractMinor } from '../../../protocol/money.ts';
import { useNow } from '../../lib/clock/use-now.ts';
import type { RefundRow, SaleRow } from '../../lib/db/database.ts';
import { useSaleWithRefunds } from '../../lib/db/use-refunds-of-sale.ts';
import { formatDateTime } from '../../lib/i18n/format-date.ts';
import { formatMoney } from '../../lib/i18n/format-money.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import { refundableOf } from '../../lib/outbox/request-refund.ts';
import type { SaleWorker } from '../../lib/outbox/sale-worker.ts';
import { maskPaymentCode } from '../../../protocol/payment-code.ts';
import { CancelSaleControl } from './cancel-sale-control.tsx';
import { RefundForm } from './refund-form.tsx';
import { StateTimeline } from './state-timeline.tsx';

/** One sale in full: its facts, every state it went through, its refunds, and what can be done. */
export function SaleDetail({
  outTradeNo,
  worker,
  headingRef,
  onBack,
  onShowReceipt,
}: {
  outTradeNo: string;
  worker: SaleWorker;
  headingRef: Ref<HTMLHeadingElement>;
  onBack: () => void;
  onShowReceipt?: ((outTradeNo: string) => void) | undefined;
}) {
  const t = useT();
  const found = useSaleWithRefunds(outTradeNo);
  const now = useNow(30_000);
  const [message, setMessage] = useState('');

  return (
    <section className="sale-detail" aria-labelledby={`detail-${outTradeNo}`}>
      <div className="history-head">
        <h2 id={`detail-${outTradeNo}`} ref={headingRef} tabIndex={-1}>
          {t('history.detail', { outTradeNo })}
        </h2>
        <button type="button" onClick={onBack}>
          {t('history.back')}
        </button>
      </div>
      {!found && <p className="loading">{t('history.loading')}</p>}
      {found && !found.sale && <p role="alert">{t('refund.noSale', { outTradeNo })}</p>}
      {found?.sale && (
        <SaleFacts
          sale={found.sale}
          refunds={found.refunds}
          now={now}
          worker={worker}
          onMessage={setMessage}
          onShowReceipt={onShowReceipt}
        />
      )}
      <p role="status" className="detail-message">
        {message}
      </p>
    </section>
  );
}

function SaleFacts({
  sale,
  refunds,
  now,
  worker,
  onMessage,
  onShowReceipt,
}: {
  sale: SaleRow;
  refunds: RefundRow[];
  now: number;
  worker: SaleWorker;
  onMessage: (message: string) => void;
  onShowReceipt?: ((outTradeNo: string) => void) | undefined;
}) {
  const t = useT();
  const timelineId = useId();
  const refundable = refundableOf(sale, refunds);
  const refunded = subtractMinor(sale.amount, refundable);
  const canRefund = (sale.state === 'paid' || sale.state === 'forwarded') && refundable > 0;
  const facts: [string, string][] = [
    [t('history.amount'), formatMoney(sale.amount)],
    [t('history.fee'), formatMoney(sale.fee ?? 0)],
    [t('history.refunded'), formatMoney(refunded)],
    [t('history.provider.label'), t(`provider.${sale.provider}`)],
    [t('history.code'), maskPaymentCode(sale.authCode)],
    [t('history.mode'), t(`history.mode.${sale.mode}`)],
    [t('history.status'), t(`state.${sale.state}`)],
    [t('history.outTradeNo'), sale.outTradeNo],
    [t('history.tradeNo'), sale.tradeNo ?? '—'],
    [t('history.created'), formatDateTime(sale.createdAt)],
    [t('history.paidAt'), sale.paidAt ? formatDateTime(sale.paidAt) : '—'],
  ];
  if (sale.failure)
    facts.push([t('history.failure'), `${sale.failure.message} (${sale.failure.code})`]);

  return (
    <>
      <dl className="card detail-facts">
        {facts.map(([name, value]) => (
          <div key={name}>
            <dt>{name}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <div className="detail-actions">
        {onShowReceipt && (
          <button type="button" onClick={() => onShowReceipt(sale.outTradeNo)}>
            {t('history.receipt')}
          </button>
        )}
      </div>
      {canRefund && (
        <RefundForm
          outTradeNo={sale.outTradeNo}
          refundable={refundable}
          worker={worker}
          onMessage={onMessage}
        />
      )}
      <CancelSaleControl
        sale={sale}
        refunds={refunds}
        remaining={refundable}
        now={now}
        worker={worker}
        onMessage={onMessage}
      />
      <section className="card" aria-labelledby={`${timelineId}-refunds`}>
        <h3 id={`${timelineId}-refunds`}>{t('history.refunds')}</h3>
        {refunds.length === 0 ? (
          <p>{t('history.noRefunds')}</p>
        ) : (
          <ul className="refund-lines">
            {refunds.map((refund) => (
              <li key={refund.outRefundNo}>
                {t('history.refundLine', {
                  outRefundNo: refund.outRefundNo,
                  amount: formatMoney(refund.amount),
                  state: t(`refundState.${refund.state}`),
                })}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby={timelineId}>
        <h3 id={timelineId}>{t('history.timeline')}</h3>
        <StateTimeline sale={sale} refunds={refunds} />
      </section>
    </>
  );
}
