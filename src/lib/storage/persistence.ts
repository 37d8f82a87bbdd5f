export type PersistenceResult = 'granted' | 'denied' | 'unsupported';
export type StorageUse = { usage: number; quota: number };

/** The part of `navigator.storage` used here; every method may be missing. */
export type StorageApi = Partial<Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>>;

function browserStorage(): StorageApi | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

/**
 * Asks the browser, once for the life of the page, to keep the terminal's data when space runs
 * low (eviction would lose unsent sales). Later calls answer the first call's result.
 */
export function persistenceRequester(
  storage: () => StorageApi | undefined,
): () => Promise<PersistenceResult> {
  let result: Promise<PersistenceResult> | undefined;
  return () => (result ??= requestOnce(storage()));
}

async function requestOnce(storage: StorageApi | undefined): Promise<PersistenceResult> {
  if (!storage?.persist || !storage.persisted) return 'unsupported';
  try {
    if (await storage.persisted()) return 'granted';
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'denied';
  }
}

export const requestPersistentStorage = persistenceRequester(browserStorage);

/**
 * How long an unanswered request may take before the terminal says the browser is asking the
 * user: Firefox shows a prompt and resolves `persist()` only once it is answered.
 */
export const PERSIST_PROMPT_AFTER_MS = 2_000;

/**
 * Reports `'asking'` if the request has not settled after `promptAfterMs`, then its result.
 * Returns a function that stops reporting.
 */
export function watchPersistence(
  request: () => Promise<PersistenceResult>,
  report: (state: PersistenceResult | 'asking') => void,
  promptAfterMs = PERSIST_PROMPT_AFTER_MS,
): () => void {
  let live = true;
  let settled = false;
  const timer = setTimeout(() => {
    if (live && !settled) report('asking');
  }, promptAfterMs);
  void request().then((result) => {
    settled = true;
    clearTimeout(timer);
    if (live) report(result);
  });
  return () => {
    live = false;
    clearTimeout(timer);
  };
}

/** How much the origin stores and may store, in bytes, where the browser tells. */
export async function storageEstimate(
  storage: StorageApi | undefined = browserStorage(),
): Promise<StorageUse | undefined> {
  if (!storage?.estimate) return undefined;
  try {
    const { usage, quota } = await storage.estimate();
    return usage === undefined || quota === undefined ? undefined : { usage, quota };
  } catch {
    return undefined;
  }
}
