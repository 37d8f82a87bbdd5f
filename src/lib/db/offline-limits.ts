import {
  DEFAULT_OFFLINE_LIMITS,
  validateOfflineLimits,
  type OfflineLimits,
} from '../offline-acceptance/offline-limits.ts';
import { db } from './database.ts';

/** The saved limits, or the defaults when none were saved (or the saved row no longer passes). */
export async function loadOfflineLimits(): Promise<OfflineLimits> {
  const row = await db.settings.get('offline-limits');
  const checked = validateOfflineLimits(row);
  return checked.ok ? checked.limits : { ...DEFAULT_OFFLINE_LIMITS };
}

export async function saveOfflineLimits(limits: OfflineLimits): Promise<void> {
  const checked = validateOfflineLimits(limits);
  if (!checked.ok) {
    throw new RangeError(checked.errors.map((error) => error.message).join(' '));
  }
  await db.settings.put({ id: 'offline-limits', ...checked.limits });
}
