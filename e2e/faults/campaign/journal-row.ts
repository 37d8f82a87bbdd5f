import { z } from '../../../protocol/zod.ts';

/** The terminal's sale states (src/lib/payment-machine), as its journal stores them. */
export const SALE_STATES = [
  'created',
  'sending',
  'userpaying',
  'unknown',
  'cancelling',
  'paid',
  'declined',
  'cancelled',
  'accepted-offline',
  'forwarding',
  'forwarded',
  'declined-after-forwarding',
] as const;
export type SaleState = (typeof SALE_STATES)[number];

export const FINAL_SALE_STATES = [
  'paid',
  'declined',
  'cancelled',
  'forwarded',
  'declined-after-forwarding',
] as const satisfies readonly SaleState[];

/** States whose sale the wallet has collected and that the customer keeps paying for. */
export const MONEY_KEPT_STATES: readonly SaleState[] = ['paid', 'forwarded'];

/**
 * One row of the terminal's journal (IndexedDB `saoma`, store `sales`), read by the campaign
 * through the raw IndexedDB API. Only the fields the campaign checks; the rest are ignored.
 */
export const JournalRowSchema = z.object({
  outTradeNo: z.string(),
  amount: z.int(),
  state: z.enum(SALE_STATES),
  pending: z.union([z.literal(0), z.literal(1)]),
  mode: z.enum(['online', 'offline']),
  authCodeHash: z.string(),
  tradeNo: z.string().optional(),
  fee: z.int().optional(),
  refundedAmount: z.int().optional(),
  failure: z.object({ code: z.string(), message: z.string() }).optional(),
  history: z
    .array(z.object({ state: z.string(), at: z.string(), note: z.string().optional() }))
    .optional(),
});
export type JournalRow = z.infer<typeof JournalRowSchema>;

export const JournalSchema = z.array(JournalRowSchema);

export function isFinal(row: JournalRow): boolean {
  return row.pending === 0 && FINAL_SALE_STATES.some((state) => state === row.state);
}

/** A problem about `row`, followed by how the row got where it is, when the journal says. */
export function withHistory(problem: string, row: JournalRow): string {
  const steps = (row.history ?? []).map((change) =>
    change.note === undefined ? change.state : `${change.state} (${change.note})`,
  );
  const failure = row.failure ? ` [${row.failure.code}: ${row.failure.message}]` : '';
  return steps.length === 0 && failure === ''
    ? problem
    : `${problem}; history: ${steps.join(' → ')}${failure}`;
}
