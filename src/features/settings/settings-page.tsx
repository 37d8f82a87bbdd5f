import { useOfflineLimits } from '../../lib/db/use-offline-limits.ts';
import type { Outbox } from '../../lib/outbox/start-outbox.ts';
import { OfflineLimitsForm } from './offline-limits-form.tsx';
import { TerminalDataActions } from './terminal-data-actions.tsx';
import './settings.css';

export function SettingsPage({ outbox, onUnpaired }: { outbox: Outbox; onUnpaired: () => void }) {
  const limits = useOfflineLimits();
  return (
    <div className="settings">
      <h1>Settings</h1>
      {limits ? <OfflineLimitsForm saved={limits} /> : <p className="loading">Loading…</p>}
      <TerminalDataActions outbox={outbox} onUnpaired={onUnpaired} />
    </div>
  );
}
