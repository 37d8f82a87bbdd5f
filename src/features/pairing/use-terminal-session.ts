import { useCallback, useEffect, useState } from 'react';
import { t } from '../../lib/i18n/translate.ts';
import { forgetPairCode, onPairLink, startPairCode } from '../../lib/page/pair-fragment.ts';
import { WalletUnreachableError } from '../../lib/wallet-client/errors.ts';
import {
  isWalletCrossOrigin,
  walletOriginShown,
} from '../../lib/wallet-client/wallet-origin-setting.ts';
import type { TerminalSession } from './ensure-paired.ts';
import { startSession, type SessionStart } from './start-session.ts';

export type SessionState =
  { status: 'loading' } | SessionStart | { status: 'error'; message: string };

async function resolveSession(linkCode: string | null): Promise<SessionState> {
  try {
    return await startSession(linkCode);
  } catch (error) {
    return { status: 'error', message: describeSessionError(error) };
  }
}

/**
 * The page's first start, once even where effects run twice (React's StrictMode in
 * development): a pairing link's code is good for one pairing only.
 */
let firstStart: Promise<SessionState> | null = null;

function startOnce(): Promise<SessionState> {
  firstStart ??= resolveSession(startPairCode()).finally(forgetPairCode);
  return firstStart;
}

export function useTerminalSession() {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  useEffect(() => {
    let cancelled = false;
    void startOnce().then((next) => {
      if (!cancelled) setState(next);
    });
    // A pairing link opened in this page later: pairs an unpaired terminal, or is ignored.
    const unsubscribe = onPairLink(() => {
      const code = startPairCode();
      forgetPairCode();
      void resolveSession(code).then((next) => {
        if (!cancelled) setState(next);
      });
    });
    return () => {
      cancelled = true;
      unsubscribe();
    };
  }, []);

  const retry = useCallback(async () => {
    setState({ status: 'loading' });
    setState(await resolveSession(null));
  }, []);

  const paired = useCallback((session: TerminalSession) => {
    setState({ status: 'paired', session, notice: null });
  }, []);

  const dismissNotice = useCallback(() => {
    setState((current) => (current.status === 'paired' ? { ...current, notice: null } : current));
  }, []);

  return { state, retry, paired, dismissNotice };
}

function describeSessionError(error: unknown): string {
  if (error instanceof Error && error.name === 'MissingAPIError') {
    return t('session.noIndexedDb');
  }
  // A browser tells a page nothing about a CORS refusal: it looks like no answer at all.
  if (error instanceof WalletUnreachableError && error.noResponse && isWalletCrossOrigin()) {
    return t('walletServer.unreachable', {
      wallet: walletOriginShown(),
      page: globalThis.location.origin,
    });
  }
  return error instanceof Error ? error.message : t('session.couldNotStart');
}
