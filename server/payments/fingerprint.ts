type Comparable = string | number | boolean | null;

/**
 * The fields whose values differ between a stored request and its retry. An idempotency key
 * sent again with any of them changed is a different request (IDEMPOTENCY_MISMATCH).
 */
export function differingFields<Field extends string>(
  stored: Record<Field, Comparable>,
  retried: Record<Field, Comparable>,
  fields: readonly Field[],
): Field[] {
  return fields.filter((field) => stored[field] !== retried[field]);
}
