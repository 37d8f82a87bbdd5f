import type { ReactNode } from 'react';
import { useT } from '../../lib/i18n/use-t.ts';

export type SideBySideRow = {
  label: string;
  wallet: string;
  terminal: string;
  /** Marks both cells: the sides disagree here. */
  differs?: boolean;
  /** Money is right-aligned in tabular figures. */
  money?: boolean;
};

/** The wallet's values beside the terminal's, one row per fact. */
export function WalletTerminalTable({
  rows,
  caption,
}: {
  rows: readonly SideBySideRow[];
  caption?: ReactNode;
}) {
  const t = useT();
  return (
    <div className="table-scroll">
      <table className="reconciliation-table">
        {caption !== undefined && <caption>{caption}</caption>}
        <thead>
          <tr>
            <td />
            <th scope="col">{t('reconciliation.wallet')}</th>
            <th scope="col">{t('reconciliation.terminal')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const className =
              [row.money ? 'reconciliation-money' : '', row.differs ? 'reconciliation-differs' : '']
                .filter(Boolean)
                .join(' ') || undefined;
            return (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td className={className}>{row.wallet}</td>
                <td className={className}>{row.terminal}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
