import { useState, type SubmitEvent } from 'react';
import { parseAmountInput } from '../../lib/i18n/parse-amount-input.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import { WalletProblemError } from '../../lib/wallet-client/errors.ts';
import { createWallet } from '../../lib/wallet-client/wallets-api.ts';
import type { SimWallet } from './demo-wallets.ts';
import { describeWalletError } from './describe-wallet-error.ts';

export function CreateWalletForm({
  onCreated,
  needsAdminToken = false,
}: {
  onCreated: (wallet: SimWallet) => void;
  /** Off the server's own machine, or outside demo mode, creating a wallet takes the admin token. */
  needsAdminToken?: boolean;
}) {
  const t = useT();
  const [name, setName] = useState('');
  const [adminToken, setAdminToken] = useState('');
  const [balanceText, setBalanceText] = useState('1000.00');
  const [error, setError] = useState<string | null>(null);

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const balance = parseAmountInput(balanceText);
    if (!balance.ok) return setError(balance.error);
    try {
      const token = needsAdminToken ? adminToken.trim() : '';
      const created = await createWallet(name.trim(), balance.amount, token);
      setError(null);
      setName('');
      onCreated({ walletId: created.walletId, token: created.token, name: name.trim() });
    } catch (caught) {
      setError(
        caught instanceof WalletProblemError
          ? describeWalletError(caught)
          : t('walletClient.unreachable'),
      );
    }
  }

  return (
    <form className="card" onSubmit={(event) => void submit(event)}>
      <h2>{t('wallet.newWallet')}</h2>
      <label>
        {t('wallet.name')}
        <input
          value={name}
          onChange={(event) => setName(event.target.value)}
          required
          maxLength={64}
        />
      </label>
      <label>
        {t('wallet.startingBalance')}
        <input
          value={balanceText}
          onChange={(event) => setBalanceText(event.target.value)}
          inputMode="decimal"
        />
      </label>
      {needsAdminToken && (
        <>
          <label>
            {t('walletPairing.adminToken')}
            <input
              type="password"
              value={adminToken}
              onChange={(event) => setAdminToken(event.target.value)}
              autoComplete="off"
              required
            />
          </label>
          <p className="sim-note">{t('walletPairing.adminTokenHint')}</p>
        </>
      )}
      {error && <p role="alert">{error}</p>}
      <button type="submit">{t('wallet.create')}</button>
    </form>
  );
}
