import { t } from '../i18n/translate.ts';

/** The browser refused to store more: the disk or the origin's quota is full. */
export class StorageFullError extends Error {
  constructor(options?: ErrorOptions) {
    super(t('storageError.full'), options);
    this.name = 'StorageFullError';
  }
}

/** There is no working IndexedDB (a private window, or storage blocked by a setting). */
export class StorageUnavailableError extends Error {
  constructor(options?: ErrorOptions) {
    super(t('storageError.unavailable'), options);
    this.name = 'StorageUnavailableError';
  }
}

/**
 * A quota error, as IndexedDB raises it or as Dexie wraps it: an AbortError whose inner error
 * is the QuotaExceededError.
 */
export function isQuotaError(error: unknown): boolean {
  let current = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    if (current.name === 'QuotaExceededError') return true;
    current = 'inner' in current ? current.inner : current.cause;
  }
  return false;
}

function isMissingStorage(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error.name === 'MissingAPIError' ||
      error.name === 'InvalidStateError' ||
      error.name === 'OpenFailedError')
  );
}

/** Runs a storage write and turns the browser's storage failures into clear errors. */
export async function guardStorage<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError({ cause: error });
    if (isMissingStorage(error)) throw new StorageUnavailableError({ cause: error });
    throw error;
  }
}
