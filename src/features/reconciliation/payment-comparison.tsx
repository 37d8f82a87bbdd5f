import type { Payment } from '../../../protocol/payments.ts';
import type { SaleRow } from '../../lib/db/database.ts';
import { formatTime } from '../../lib/i18n/format-date.ts';
import { formatMoney } from '../../lib/i18n/format-money.ts';
import { useLanguage, useT } from '../../lib/i18n/use-t.ts';
import { WalletTerminalTable } from './wallet-terminal-table.tsx';

/** The wallet's payment as it answered at `at`, beside the terminal's sale (absent if none). */
export function PaymentComparison({
  payment,
  at,
  sale,
}: {
  payment: Payment;
  at: number;
  sale: SaleRow | undefined;
}) {
  const t = useT();
  const language = useLanguage();
  const money = (amount: number | undefined) =>
    amount === undefined ? '—' : formatMoney(amount, { language });
  const rows = [
    {
      label: t('reconciliation.status'),
      wallet: t(`reconciliation.walletStatus.${payment.status}`),
      terminal: sale ? t(`state.${sale.state}`) : '—',
      // The two sides name states in their own words: only money is compared.
      compare: false,
    },
    {
      label: t('reconciliation.amount'),
      wallet: money(payment.amount),
      terminal: money(sale?.amount),
      compare: true,
    },
    {
      label: t('reconciliation.fee'),
      wallet: money(payment.fee),
      terminal: money(sale?.fee),
      compare: true,
    },
    {
      label: t('reconciliation.refunded'),
      wallet: money(payment.refundedAmount),
      terminal: sale ? money(sale.refundedAmount ?? 0) : '—',
      compare: true,
    },
  ];
  return (
    <>
      <WalletTerminalTable
        caption={t('reconciliation.walletView', {
          outTradeNo: payment.outTradeNo,
          time: formatTime(at, language),
        })}
        rows={rows.map((row) => ({
          label: row.label,
          wallet: row.wallet,
          terminal: row.terminal,
          differs: row.compare && sale !== undefined && row.wallet !== row.terminal,
        }))}
      />
      {!sale && <p className="reconciliation-note">{t('reconciliation.notInJournal')}</p>}
    </>
  );
}
