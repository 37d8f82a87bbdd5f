import { z } from './zod.ts';

/** The longest latency that can be injected: a minute is already far past any terminal timeout. */
export const MAX_FAULT_LATENCY_MS = 60_000;

const RateSchema = z
  .number('must be a number from 0 to 1')
  .min(0, 'must be at least 0')
  .max(1, 'must be at most 1');

/** The faults in force, as `GET` and `PUT /admin/faults` answer them. */
export const FaultSettingsSchema = z.strictObject({
  latencyMs: z
    .int('must be a whole number of milliseconds')
    .min(0, 'must be at least 0')
    .max(MAX_FAULT_LATENCY_MS, `must be at most ${MAX_FAULT_LATENCY_MS}`),
  failRate: RateSchema,
  dropResponseRate: RateSchema,
  userPayingRate: RateSchema,
});
export type FaultSettings = z.infer<typeof FaultSettingsSchema>;

export const NO_FAULT_SETTINGS: FaultSettings = {
  latencyMs: 0,
  failRate: 0,
  dropResponseRate: 0,
  userPayingRate: 0,
};

/**
 * `PUT /admin/faults` replaces all the settings, as PUT does: an omitted field is 0 (off), so
 * `{}` clears every fault and no fault lingers from an earlier call.
 */
export const PutFaultsRequestSchema = FaultSettingsSchema.partial();
export type PutFaultsRequest = z.infer<typeof PutFaultsRequestSchema>;

/**
 * How many times each fault struck since the server started (`GET /admin/faults/injected`):
 * requests delayed, terminal calls answered 503, committed answers dropped, and payments made
 * to wait for the customer only because of `userPayingRate`. A restart sets them back to 0.
 */
export const InjectedFaultCountsSchema = z.strictObject({
  latency: z.int().nonnegative(),
  fail: z.int().nonnegative(),
  drop: z.int().nonnegative(),
  userPaying: z.int().nonnegative(),
});
export type InjectedFaultCounts = z.infer<typeof InjectedFaultCountsSchema>;
