import { useEffect, useState } from 'react';
import { startOutbox, type Outbox } from '../lib/outbox/start-outbox.ts';
import type { TerminalCredentials } from '../lib/wallet-client/signed-request.ts';

/** This page's outbox, running for as long as the terminal is paired. */
export function useOutbox(credentials: TerminalCredentials | null): Outbox | null {
  const [outbox, setOutbox] = useState<Outbox | null>(null);
  useEffect(() => {
    if (!credentials) return undefined;
    const started = startOutbox(credentials);
    queueMicrotask(() => setOutbox(started));
    return () => {
      started.stop();
      setOutbox(null);
    };
  }, [credentials]);
  return outbox;
}
