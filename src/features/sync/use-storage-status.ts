import { useEffect, useState } from 'react';
import {
  requestPersistentStorage,
  storageEstimate,
  type PersistenceResult,
  type StorageUse,
} from '../../lib/storage/persistence.ts';

export type StorageStatus = { persistence?: PersistenceResult; use?: StorageUse };

/** Whether the browser keeps the terminal's data, and how much it uses; read again on `refresh`. */
export function useStorageStatus(refresh: unknown): StorageStatus {
  const [status, setStatus] = useState<StorageStatus>({});
  useEffect(() => {
    let current = true;
    void Promise.all([requestPersistentStorage(), storageEstimate()]).then(([persistence, use]) => {
      if (current) setStatus({ persistence, use });
    });
    return () => {
      current = false;
    };
  }, [refresh]);
  return status;
}
