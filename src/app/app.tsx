import { lazy, Suspense } from 'react';
import { UpdatePrompt } from '../features/app-update/update-prompt.tsx';
import { useT } from '../lib/i18n/use-t.ts';
import { TerminalApp } from './terminal-app.tsx';

const WalletSimulatorPage = lazy(() => import('./wallet-simulator-page.tsx'));

/** Two apps share the origin: the cashier terminal, and the customer's wallet at /wallet. */
export function App() {
  const t = useT();
  if (window.location.pathname.replace(/\/+$/, '') === '/wallet') {
    return (
      <>
        <Suspense fallback={<p className="loading">{t('app.loadingWalletSimulator')}</p>}>
          <WalletSimulatorPage />
        </Suspense>
        <UpdatePrompt outbox={null} />
      </>
    );
  }
  return <TerminalApp />;
}
