import { t } from '../../lib/i18n/translate.ts';
import { WalletProblemError, WalletUnreachableError } from '../../lib/wallet-client/errors.ts';
import { pairByDemo, pairWithCode, storedSession, type TerminalSession } from './ensure-paired.ts';

export type SessionStart =
  | { status: 'paired'; session: TerminalSession; notice: string | null }
  | {
      status: 'unpaired';
      /** Why the pairing link's code did not pair this terminal, to show above the form. */
      problem: string | null;
      /** A device on the LAN (demo self-pairing refused it): it pairs by a code it is shown. */
      byCode: boolean;
      /** The form starts with this code: the link's, when the wallet could not be reached. */
      code: string;
    };

/** The wallet's words for a refused code: the field error (`code: was already used`) first. */
export function problemReason(error: WalletProblemError): string {
  return error.errors[0]?.message ?? error.detail;
}

/**
 * How the terminal starts. A stored session wins: a pairing link's code (`linkCode`) is then
 * ignored, and the cashier is told so. Otherwise the link's code pairs it, and a refusal (used,
 * expired, unknown) shows the wallet's reason with the pairing screen. Without a code, demo
 * self-pairing is tried: on the computer itself it pairs; anywhere else, the pairing screen.
 */
export async function startSession(linkCode: string | null): Promise<SessionStart> {
  const stored = await storedSession();
  if (stored) {
    return {
      status: 'paired',
      session: stored,
      notice: linkCode === null ? null : t('pairingQr.alreadyPaired'),
    };
  }
  if (linkCode !== null) return pairWithLinkCode(linkCode);
  const demo = await pairByDemo();
  if (typeof demo !== 'string') return { status: 'paired', session: demo, notice: null };
  return { status: 'unpaired', problem: null, byCode: demo === 'remote', code: '' };
}

async function pairWithLinkCode(code: string): Promise<SessionStart> {
  try {
    return { status: 'paired', session: await pairWithCode(code), notice: null };
  } catch (error) {
    if (error instanceof WalletProblemError) {
      const reason = problemReason(error);
      return {
        status: 'unpaired',
        problem: t('pairingQr.linkRefused', { reason }),
        byCode: true,
        code: '',
      };
    }
    // The code may still be good: it waits in the form for the wallet to answer.
    if (error instanceof WalletUnreachableError) {
      return { status: 'unpaired', problem: t('pairing.unreachable'), byCode: true, code };
    }
    throw error;
  }
}
