import { unsentWorkRefusal } from '../features/settings/unsent-work-refusal.ts';
import { clearTerminalSession } from '../lib/db/session.ts';

/**
 * Unpairs before the terminal moves to another wallet server: its credentials and unsent sales
 * belong to the old one. Refused, with the reason, while work is unsent and not exported.
 */
export function unpairForWalletChange(): Promise<string | null> {
  return clearTerminalSession((unsent) => unsentWorkRefusal(unsent, 'as-now'));
}
