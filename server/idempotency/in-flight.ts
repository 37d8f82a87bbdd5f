import { ApiProblem } from '../http/problem.ts';

/**
 * The idempotency keys being executed right now in this process. A second request with a key
 * that is still running gets 409 IN_PROGRESS (IETF Idempotency-Key draft) instead of waiting
 * or running twice. Across processes, the database's unique keys are the backstop.
 */
export function createInFlight() {
  const running = new Set<string>();
  return {
    async run<T>(key: string, fn: () => Promise<T>): Promise<T> {
      if (running.has(key)) {
        throw new ApiProblem(
          'IN_PROGRESS',
          'The same request is still being executed; retry it in a moment to get its result.',
          { headers: { 'Retry-After': '1' } },
        );
      }
      running.add(key);
      try {
        return await fn();
      } finally {
        running.delete(key);
      }
    },
  };
}
export type InFlight = ReturnType<typeof createInFlight>;
