import { ChecksumException, FormatException, NotFoundException } from '@zxing/library';

/** The three ways a ZXing reader says "no code here"; anything else is a bug to surface. */
export function isNoCodeError(error: unknown): boolean {
  return (
    error instanceof NotFoundException ||
    error instanceof ChecksumException ||
    error instanceof FormatException
  );
}
