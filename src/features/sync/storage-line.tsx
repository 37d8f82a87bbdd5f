import { formatBytes } from './format-bytes.ts';
import type { StorageStatus } from './use-storage-status.ts';

const PERSISTENCE_TEXT = {
  granted: 'Storage: persistent',
  denied: 'Storage may be cleared by the browser when space runs low',
  unsupported: 'Storage: this browser cannot make storage persistent, so it may clear it',
} as const;

export function StorageLine({ status }: { status: StorageStatus }) {
  if (!status.persistence) return <p>Storage: checking…</p>;
  return (
    <p className={status.persistence === 'granted' ? undefined : 'warning'}>
      {PERSISTENCE_TEXT[status.persistence]}
      {status.use &&
        ` (using ${formatBytes(status.use.usage)} of ${formatBytes(status.use.quota)})`}
    </p>
  );
}
