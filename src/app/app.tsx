import { lazy, Suspense } from 'react';
import { TerminalApp } from './terminal-app.tsx';

const WalletSimulatorPage = lazy(() => import('./wallet-simulator-page.tsx'));

/** Two apps share the origin: the cashier terminal, and the customer's wallet at /wallet. */
export function App() {
  if (window.location.pathname.replace(/\/+$/, '') === '/wallet') {
    return (
      <Suspense fallback={<p className="loading">Loading the wallet simulator…</p>}>
        <WalletSimulatorPage />
      </Suspense>
    );
  }
  return <TerminalApp />;
}
