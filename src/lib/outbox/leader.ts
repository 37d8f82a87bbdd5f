/**
 * Runs `work` in exactly one tab of the origin at a time (Web Locks): the others queue, and the
 * next one takes over when the leader's tab closes or crashes. Without Web Locks (an old
 * browser) the page leads alone.
 */
export function runAsLeader(
  name: string,
  work: (signal: AbortSignal) => Promise<void>,
  signal: AbortSignal,
): Promise<void> {
  if (typeof navigator === 'undefined' || !('locks' in navigator)) return work(signal);
  return navigator.locks
    .request(name, { signal }, () => work(signal))
    .then(() => undefined)
    .catch((error: unknown) => {
      // Aborting while still queued rejects the request; that is a normal stop.
      if (!(error instanceof DOMException && error.name === 'AbortError')) throw error;
    });
}
