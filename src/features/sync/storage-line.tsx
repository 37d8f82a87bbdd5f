import { useT } from '../../lib/i18n/use-t.ts';
import { formatBytes } from './format-bytes.ts';
import type { StorageStatus } from './use-storage-status.ts';

export function StorageLine({ status }: { status: StorageStatus }) {
  const t = useT();
  if (!status.persistence) return <p>{t('storage.checking')}</p>;
  if (status.persistence === 'asking') return <p className="warning">{t('reach.storageAsking')}</p>;
  const persistence = t(`storage.${status.persistence}`);
  return (
    <p className={status.persistence === 'granted' ? undefined : 'warning'}>
      {status.use
        ? t('storage.withUse', {
            persistence,
            usage: formatBytes(status.use.usage),
            quota: formatBytes(status.use.quota),
          })
        : persistence}
    </p>
  );
}
