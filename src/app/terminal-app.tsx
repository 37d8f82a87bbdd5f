import { PairingForm } from '../features/pairing/pairing-form.tsx';
import { useTerminalSession } from '../features/pairing/use-terminal-session.ts';
import { CheckoutPage } from './checkout-page.tsx';

export function TerminalApp() {
  const { state, retry, paired } = useTerminalSession();

  return (
    <div className="terminal">
      <header className="topbar">
        <span className="brand">Saoma 扫码</span>
        <nav aria-label="Main">
          <a href="/" aria-current="page">
            Checkout
          </a>
        </nav>
        <span className="terminal-id">
          {state.status === 'paired' ? `Terminal ${state.session.terminalId}` : 'Not paired'}
        </span>
      </header>
      <main>
        {state.status === 'loading' && <p className="loading">Connecting to the wallet…</p>}
        {state.status === 'error' && (
          <div className="card" role="alert">
            <p>{state.message}</p>
            <button type="button" onClick={() => void retry()}>
              Try again
            </button>
          </div>
        )}
        {state.status === 'unpaired' && <PairingForm onPaired={paired} />}
        {state.status === 'paired' && <CheckoutPage credentials={state.session} />}
      </main>
    </div>
  );
}
