/** One JSON call to the wallet from the campaign itself (Node's fetch, not the page). */
export async function callJson(
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  options: { authorization?: string; body?: unknown; expect: number },
): Promise<unknown> {
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  const response = await fetch(url, {
    method,
    headers: {
      ...(options.authorization ? { Authorization: options.authorization } : {}),
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body }),
  });
  const text = await response.text();
  if (response.status !== options.expect) {
    throw new Error(`${method} ${url} answered ${response.status}, not ${options.expect}: ${text}`);
  }
  if (text === '') return undefined;
  const parsed: unknown = JSON.parse(text);
  return parsed;
}

export const bearer = (token: string) => `Bearer ${token}`;
