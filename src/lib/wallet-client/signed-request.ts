import { signRequest, type RequestSigningKey } from '../../../protocol/signing.ts';
import { walletClock } from './clock-offset.ts';
import { startDeadline } from './deadline-signal.ts';
import { WALLET_DEADLINES_MS } from './deadlines.ts';
import { WalletProblemError } from './errors.ts';
import { encodeBody, requestJson, type JsonRequest, type Parser } from './http.ts';

export type TerminalCredentials = { terminalId: string; key: RequestSigningKey };

/**
 * Sends a request signed with the terminal's HMAC key (wallet-protocol.md, "Signing"), with the
 * wallet's time as `ts` (clock-offset.ts). A STALE_TIMESTAMP refusal means the wallet did nothing
 * and the offset was wrong: the offset is learned again from that refusal and the request sent
 * once more with a new nonce, within the same deadline.
 */
export async function signedRequest<T>(
  credentials: TerminalCredentials,
  request: JsonRequest,
  parser: Parser<T>,
): Promise<T> {
  const deadlineMs = request.deadlineMs ?? WALLET_DEADLINES_MS.other;
  const deadline = startDeadline(deadlineMs, request.signal);
  const body = encodeBody(request.body);
  const send = async () => {
    const authorization = await signRequest(credentials.terminalId, credentials.key, {
      method: request.method,
      pathWithQuery: request.path,
      body,
      ts: walletClock.now(),
    });
    return requestJson(
      {
        ...request,
        headers: { ...request.headers, Authorization: authorization },
        deadlineMs,
        signal: deadline.signal,
      },
      parser,
      body,
    );
  };
  try {
    try {
      return await send();
    } catch (error) {
      if (!(error instanceof WalletProblemError && error.code === 'STALE_TIMESTAMP')) throw error;
      walletClock.relearn();
      return await send();
    }
  } finally {
    deadline.done();
  }
}
