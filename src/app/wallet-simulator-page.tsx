import { WalletServerForm } from '../features/wallet-server/wallet-server-form.tsx';
import { WalletSimulator } from '../features/wallet-sim/wallet-simulator.tsx';
import { useT } from '../lib/i18n/use-t.ts';
import { useDocumentLanguage } from './use-document-language.ts';

export default function WalletSimulatorPage() {
  const t = useT();
  useDocumentLanguage(t('wallet.documentTitle'));
  return (
    <WalletSimulator>
      {/* The simulator reads its wallets when it starts: a new server means starting over. */}
      <WalletServerForm onSaved={() => globalThis.location.reload()} />
    </WalletSimulator>
  );
}
