/** What the outbox reads from the world, so tests can run it on a fake clock. */
export type OutboxContext = {
  now: () => number;
  random: () => number;
  /** This page's id, written on the rows it is working on (see lease.ts). */
  owner: string;
};

export function browserOutboxContext(owner: string): OutboxContext {
  return { now: () => Date.now(), random: Math.random, owner };
}
