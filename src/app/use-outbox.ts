import { useEffect, useState } from 'react';
import { startOutbox, type Outbox } from '../lib/outbox/start-outbox.ts';
import { requestPersistentStorage } from '../lib/storage/persistence.ts';
import type { TerminalCredentials } from '../lib/wallet-client/signed-request.ts';

/** This page's outbox, running for as long as the terminal is paired. */
export function useOutbox(credentials: TerminalCredentials | null): Outbox | null {
  const [outbox, setOutbox] = useState<Outbox | null>(null);
  useEffect(() => {
    if (!credentials) return undefined;
    // Pending work lives only in this origin's storage: ask the browser not to evict it.
    void requestPersistentStorage();
    const started = startOutbox(credentials);
    queueMicrotask(() => setOutbox(started));
    return () => {
      started.stop();
      setOutbox(null);
    };
  }, [credentials]);
  return outbox;
}
