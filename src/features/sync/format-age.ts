const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** How long something has waited, to the two largest units: "45 s", "3 min 20 s", "2 h 5 min". */
export function formatAge(ms: number): string {
  const age = Math.max(0, ms);
  if (age < MINUTE) return `${Math.floor(age / SECOND)} s`;
  if (age < HOUR) return `${Math.floor(age / MINUTE)} min ${Math.floor((age % MINUTE) / SECOND)} s`;
  if (age < DAY) return `${Math.floor(age / HOUR)} h ${Math.floor((age % HOUR) / MINUTE)} min`;
  return `${Math.floor(age / DAY)} d ${Math.floor((age % DAY) / HOUR)} h`;
}
