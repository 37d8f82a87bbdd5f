import { Suspense, useEffect, useRef, useState } from 'react';
import { UpdatePrompt } from '../features/app-update/update-prompt.tsx';
import { PairingForm } from '../features/pairing/pairing-form.tsx';
import { PairingNotice } from '../features/pairing/pairing-notice.tsx';
import { useTerminalSession } from '../features/pairing/use-terminal-session.ts';
import { SettingsPage } from '../features/settings/settings-page.tsx';
import { OutboxStrip } from '../features/sync/outbox-strip.tsx';
import { SyncPage } from '../features/sync/sync-page.tsx';
import { WalletServerForm } from '../features/wallet-server/wallet-server-form.tsx';
import { useFocusOnChange } from '../lib/a11y/use-focus-on-change.ts';
import { useT } from '../lib/i18n/use-t.ts';
import { CheckoutPage } from './checkout-page.tsx';
import { HistoryPage, preloadScreens, ReceiptDialog, ReportsScreen } from './lazy-screens.ts';
import { MainNav } from './main-nav.tsx';
import { PairingCamera } from './pairing-camera.tsx';
import { ROUTES, setScreenQuery, useRoute, useScreenQuery } from './routes.ts';
import { unpairForWalletChange } from './unpair-for-wallet-change.ts';
import { useDocumentLanguage } from './use-document-language.ts';
import { useOutbox } from './use-outbox.ts';

export function TerminalApp() {
  const t = useT();
  const { state, retry, paired, dismissNotice } = useTerminalSession();
  const route = useRoute();
  const screenQuery = useScreenQuery();
  const outbox = useOutbox(state.status === 'paired' ? state.session : null);
  const screen = ROUTES.find((candidate) => candidate.path === route)?.name ?? 'nav.checkout';
  useDocumentLanguage(t('app.documentTitle', { screen: t(screen) }));
  const mainRef = useRef<HTMLElement>(null);
  const [receiptFor, setReceiptFor] = useState<string | null>(null);
  // A new screen (a route, or pairing giving way to the checkout) starts at its heading.
  const shownScreen = outbox ? route : state.status === 'unpaired' ? 'pairing' : null;
  useFocusOnChange(
    shownScreen,
    () => mainRef.current?.querySelector<HTMLElement>('h1'),
    () => mainRef.current,
  );
  useEffect(() => (outbox ? preloadScreens() : undefined), [outbox]);

  return (
    <div className="terminal">
      <header className="topbar">
        <span className="brand">Saoma 扫码</span>
        <MainNav current={route} />
        {outbox && <OutboxStrip outbox={outbox} />}
        <span className="terminal-id">
          {state.status === 'paired'
            ? t('app.terminalId', { id: state.session.terminalId })
            : t('app.notPaired')}
        </span>
      </header>
      <main ref={mainRef} tabIndex={-1}>
        {state.status === 'loading' && <p className="loading">{t('app.connecting')}</p>}
        {state.status === 'error' && (
          <div className="card" role="alert">
            <p>{state.message}</p>
            <button type="button" onClick={() => void retry()}>
              {t('app.tryAgain')}
            </button>
          </div>
        )}
        {state.status === 'unpaired' && (
          <PairingForm
            onPaired={paired}
            camera={(onRead) => <PairingCamera onRead={onRead} />}
            problem={state.problem}
            byCode={state.byCode}
            initialCode={state.code}
          />
        )}
        {state.status === 'paired' && state.notice !== null && (
          <PairingNotice text={state.notice} onDismiss={dismissNotice} />
        )}
        {(state.status === 'error' || state.status === 'unpaired') && (
          <WalletServerForm onSaved={() => void retry()} />
        )}
        {outbox && route === '/' && (
          <CheckoutPage worker={outbox.worker} onShowReceipt={setReceiptFor} />
        )}
        <Suspense fallback={<p className="loading">{t('common.loading')}</p>}>
          {outbox && route === '/history' && (
            <HistoryPage
              worker={outbox.worker}
              query={screenQuery}
              onQuery={setScreenQuery}
              onShowReceipt={setReceiptFor}
            />
          )}
          {outbox && route === '/reports' && <ReportsScreen worker={outbox.worker} />}
        </Suspense>
        {outbox && route === '/sync' && <SyncPage outbox={outbox} />}
        {outbox && route === '/settings' && (
          <SettingsPage outbox={outbox} onUnpaired={() => void retry()}>
            <WalletServerForm unpair={unpairForWalletChange} onSaved={() => void retry()} />
          </SettingsPage>
        )}
      </main>
      {receiptFor !== null && (
        <Suspense fallback={null}>
          <ReceiptDialog outTradeNo={receiptFor} onClose={() => setReceiptFor(null)} />
        </Suspense>
      )}
      <UpdatePrompt outbox={outbox} />
    </div>
  );
}
