/** The optional `failure` of a payment or refund on the wire, from its stored code and message. */
export function failureField<Code extends string>(record: {
  failureCode: Code | null;
  failureMessage: string | null;
}): { failure?: { code: Code; message: string } } {
  return record.failureCode === null
    ? {}
    : { failure: { code: record.failureCode, message: record.failureMessage ?? '' } };
}
