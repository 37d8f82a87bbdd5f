import { pairingCodeFromFragment } from '../../../protocol/pairing-link.ts';

/**
 * A pairing link carries its one-time code in the fragment (`/#pair=CODE`, `/wallet#pair=CODE`),
 * so that it stays out of server logs and `Referer`. The page takes the code once, at start,
 * and removes the fragment at once so that it is neither kept in history nor shared onwards.
 */
let taken: string | null = null;

const listeners = new Set<() => void>();

/** Keeps the fragment's code and replaces the history entry with the URL without it. */
function take(location: Location): boolean {
  if (location.hash === '') return false;
  const code = pairingCodeFromFragment(location.hash);
  if (code === null) return false;
  taken = code;
  globalThis.history.replaceState(
    globalThis.history.state,
    '',
    location.pathname + location.search,
  );
  return true;
}

/**
 * Call first thing, before anything else reads the location: keeps the fragment's code for
 * startPairCode() and replaces the entry in history with the same URL without its fragment. A
 * pairing link opened later in the same page (only the fragment changes, so the page does not
 * load again) is taken the same way and announced to onPairLink's listeners.
 */
export function takePairFragment(location: Location = globalThis.location): void {
  take(location);
  globalThis.addEventListener('hashchange', () => {
    if (take(location)) for (const listener of listeners) listener();
  });
}

/** Calls `listener` when a pairing link is opened in the running page; answers unsubscribe. */
export function onPairLink(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The code the page was opened with, until forgetPairCode() is called. */
export function startPairCode(): string | null {
  return taken;
}

/** The code was used (or refused): a later start, or a retry, must not send it again. */
export function forgetPairCode(): void {
  taken = null;
}
