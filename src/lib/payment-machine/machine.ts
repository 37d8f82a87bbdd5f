/**
 * A finite-state machine given as a transition table: for each state, the events it accepts and
 * the state each one leads to. Anything not in the table is an illegal transition and is refused.
 */
export type TransitionTable<S extends string, E extends string> = Readonly<
  Record<S, Readonly<Partial<Record<E, S>>>>
>;

export type Transition<S extends string> =
  { ok: true; from: S; to: S } | { ok: false; from: S; message: string };

export function transitionIn<S extends string, E extends string>(
  table: TransitionTable<S, E>,
  from: S,
  event: E,
): Transition<S> {
  const to = table[from][event];
  if (to === undefined) {
    return { ok: false, from, message: `"${event}" is not allowed in state "${from}"` };
  }
  return { ok: true, from, to };
}
