import { useEffect, useState } from 'react';
import {
  requestPersistentStorage,
  storageEstimate,
  watchPersistence,
  type PersistenceResult,
  type StorageUse,
} from '../../lib/storage/persistence.ts';

/** `asking`: the browser has not answered yet, because it is asking the user (Firefox). */
export type StorageStatus = { persistence?: PersistenceResult | 'asking'; use?: StorageUse };

/** Whether the browser keeps the terminal's data, and how much it uses; read again on `refresh`. */
export function useStorageStatus(refresh: unknown): StorageStatus {
  const [status, setStatus] = useState<StorageStatus>({});
  useEffect(() => {
    let current = true;
    const stopWatching = watchPersistence(requestPersistentStorage, (persistence) => {
      setStatus((status) => ({ ...status, persistence }));
    });
    void storageEstimate().then((use) => {
      if (current) setStatus((status) => ({ ...status, use }));
    });
    return () => {
      current = false;
      stopWatching();
    };
  }, [refresh]);
  return status;
}
