import type { PaymentFailureCode } from '../../protocol/payments.ts';

/** Whether a presented code may pay, and from which wallet. */
export type CodeJudgement =
  | { ok: true; walletId: string; offlineCap?: number }
  | {
      ok: false;
      walletId: string | null;
      failure: PaymentFailureCode;
      /** A more specific `failure.message` than the code's usual one. */
      message?: string;
    };
