/**
 * Runs `work` and records how long it took as a User Timing measure named `name`, with `detail`
 * of the result (benchmarks read these from the page: `npm run bench:history`). Pass
 * `record: false` to run it unmeasured.
 */
export function measured<T>(
  name: string,
  work: () => T,
  detail: (result: T) => unknown,
  record = true,
): T {
  const start = performance.now();
  const result = work();
  if (record) performance.measure(name, { start, detail: detail(result) });
  return result;
}
