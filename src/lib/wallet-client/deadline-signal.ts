/** The reason a deadline aborts with, so that a call can tell it from the caller's own abort. */
export const DEADLINE_REASON_NAME = 'TimeoutError';

export type Deadline = {
  signal: AbortSignal;
  /** True once the deadline itself, not the caller, stopped the call. */
  timedOut: () => boolean;
  /** Stops the timer and lets go of the caller's signal. */
  done: () => void;
};

/**
 * An AbortSignal that fires after `ms`, or as soon as `outer` does (keeping its reason). Made
 * with setTimeout rather than AbortSignal.timeout so that fake timers drive it in tests.
 */
export function startDeadline(ms: number, outer?: AbortSignal): Deadline {
  const controller = new AbortController();
  const timer = setTimeout(() => {
    controller.abort(new DOMException(`No answer within ${ms} ms`, DEADLINE_REASON_NAME));
  }, ms);
  const follow = () => controller.abort(outer?.reason);
  if (outer?.aborted) follow();
  else outer?.addEventListener('abort', follow, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => isDeadlineReason(controller.signal.reason),
    done: () => {
      clearTimeout(timer);
      outer?.removeEventListener('abort', follow);
    },
  };
}

export function isDeadlineReason(reason: unknown): boolean {
  return reason instanceof DOMException && reason.name === DEADLINE_REASON_NAME;
}
