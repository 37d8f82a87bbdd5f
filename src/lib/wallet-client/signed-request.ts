import { signRequest, type RequestSigningKey } from '../../../protocol/signing.ts';
import { encodeBody, requestJson, type JsonRequest, type Parser } from './http.ts';

export type TerminalCredentials = { terminalId: string; key: RequestSigningKey };

/** Sends a request signed with the terminal's HMAC key (wallet-protocol.md, "Signing"). */
export async function signedRequest<T>(
  credentials: TerminalCredentials,
  request: JsonRequest,
  parser: Parser<T>,
): Promise<T> {
  const body = encodeBody(request.body);
  const authorization = await signRequest(credentials.terminalId, credentials.key, {
    method: request.method,
    pathWithQuery: request.path,
    body,
  });
  return requestJson(
    { ...request, headers: { ...request.headers, Authorization: authorization } },
    parser,
    body,
  );
}
