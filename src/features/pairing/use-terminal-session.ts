import { useCallback, useEffect, useState } from 'react';
import { t } from '../../lib/i18n/translate.ts';
import { WalletUnreachableError } from '../../lib/wallet-client/errors.ts';
import {
  isWalletCrossOrigin,
  walletOriginShown,
} from '../../lib/wallet-client/wallet-origin-setting.ts';
import { ensurePaired, type TerminalSession } from './ensure-paired.ts';

export type SessionState =
  | { status: 'loading' }
  | { status: 'paired'; session: TerminalSession }
  | { status: 'unpaired' }
  | { status: 'error'; message: string };

async function resolveSession(): Promise<SessionState> {
  try {
    const session = await ensurePaired();
    return session ? { status: 'paired', session } : { status: 'unpaired' };
  } catch (error) {
    return { status: 'error', message: describeSessionError(error) };
  }
}

export function useTerminalSession() {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  useEffect(() => {
    let cancelled = false;
    void resolveSession().then((next) => {
      if (!cancelled) setState(next);
    });
    return () => {
      cancelled = true;
    };
  }, []);

  const retry = useCallback(async () => {
    setState({ status: 'loading' });
    setState(await resolveSession());
  }, []);

  const paired = useCallback((session: TerminalSession) => {
    setState({ status: 'paired', session });
  }, []);

  return { state, retry, paired };
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
