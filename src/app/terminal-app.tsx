import { PairingForm } from '../features/pairing/pairing-form.tsx';
import { useTerminalSession } from '../features/pairing/use-terminal-session.ts';
import { SettingsPage } from '../features/settings/settings-page.tsx';
import { OutboxStrip } from '../features/sync/outbox-strip.tsx';
import { SyncPage } from '../features/sync/sync-page.tsx';
import { CheckoutPage } from './checkout-page.tsx';
import { MainNav } from './main-nav.tsx';
import { useRoute } from './routes.ts';
import { useOutbox } from './use-outbox.ts';

export function TerminalApp() {
  const { state, retry, paired } = useTerminalSession();
  const route = useRoute();
  const outbox = useOutbox(state.status === 'paired' ? state.session : null);

  return (
    <div className="terminal">
      <header className="topbar">
        <span className="brand">Saoma 扫码</span>
        <MainNav current={route} />
        {outbox && <OutboxStrip outbox={outbox} />}
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
        {outbox && route === '/' && <CheckoutPage worker={outbox.worker} />}
        {outbox && route === '/sync' && <SyncPage outbox={outbox} />}
        {outbox && route === '/settings' && (
          <SettingsPage outbox={outbox} onUnpaired={() => void retry()} />
        )}
      </main>
    </div>
  );
}
