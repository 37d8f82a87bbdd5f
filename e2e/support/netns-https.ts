import type { Netns } from './netns.ts';

export type TabletRequest = {
  method: 'GET' | 'POST';
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
};

export type TabletAnswer = { status: number; json: unknown; text: string };

/**
 * Node inside the namespace: one HTTPS request that trusts only the server's CA (so the
 * certificate is checked for the address for real), answering the status and the body.
 */
const SCRIPT = `
const https = require('node:https');
const [request, ca] = [JSON.parse(process.argv[1]), process.argv[2]];
const body = request.body === undefined ? undefined : JSON.stringify(request.body);
const headers = { Accept: 'application/json', ...request.headers };
if (body !== undefined) headers['Content-Type'] = 'application/json';
const sent = https.request(request.url, { method: request.method, headers, ca }, (answer) => {
  let text = '';
  answer.setEncoding('utf8');
  answer.on('data', (chunk) => (text += chunk));
  answer.on('end', () => console.log(JSON.stringify({ status: answer.statusCode, text })));
});
sent.on('error', (error) => { console.error(error.message); process.exit(2); });
sent.end(body);
`;

export async function tabletRequest(
  ns: Netns,
  caPem: string,
  request: TabletRequest,
): Promise<TabletAnswer> {
  const { stdout } = await ns.exec(process.execPath, [
    '-e',
    SCRIPT,
    JSON.stringify(request),
    caPem,
  ]);
  const { status, text } = JSON.parse(stdout) as { status: number; text: string };
  let json: unknown = null;
  try {
    json = JSON.parse(text) as unknown;
  } catch {
    // not JSON: the text says what it is
  }
  return { status, json, text };
}
