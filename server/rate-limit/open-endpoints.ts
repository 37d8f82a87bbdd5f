import { API_BASE } from '../../protocol/paths.ts';

/**
 * The API calls anyone may make without a credential, and so the ones a per-address ceiling
 * guards: redeeming a pairing code (terminals, and wallets on a phone), the demo helpers, and
 * wallet creation without the admin token (demo mode). `adminCall` says whether the request
 * carries the admin token.
 */
export function isOpenEndpoint(method: string, path: string, adminCall: boolean): boolean {
  if (path === `${API_BASE}/demo` || path.startsWith(`${API_BASE}/demo/`)) return true;
  if (method !== 'POST') return false;
  if (path === `${API_BASE}/pairings` || path === `${API_BASE}/wallet-pairings`) return true;
  return path === `${API_BASE}/wallets` && !adminCall;
}
