/**
 * A W3C WebDriver (classic) session over HTTP, for WebKitGTK's WebKitWebDriver: the handful of
 * commands the smoke uses (https://www.w3.org/TR/webdriver2/), with `fetch` and nothing else.
 */

/** How WebDriver marks an element reference in JSON. */
const ELEMENT_KEY = 'element-6066-11e4-a52e-4f735466cecf';

export type ElementReference = { [ELEMENT_KEY]: string };

type WireAnswer = { value: unknown };
type WireError = { error: string; message: string };

function isWireError(value: unknown): value is WireError {
  return typeof value === 'object' && value !== null && 'error' in value && 'message' in value;
}

export function isElementReference(value: unknown): value is ElementReference {
  return typeof value === 'object' && value !== null && ELEMENT_KEY in value;
}

async function command(
  method: 'GET' | 'POST' | 'DELETE',
  url: string,
  body?: unknown,
): Promise<unknown> {
  const response = await fetch(url, {
    method,
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
    ...(method === 'POST' ? { body: JSON.stringify(body ?? {}) } : {}),
  });
  const answer = (await response.json()) as WireAnswer;
  if (!response.ok || isWireError(answer.value)) {
    const detail = isWireError(answer.value)
      ? `${answer.value.error}: ${answer.value.message}`
      : JSON.stringify(answer);
    throw new Error(
      `WebDriver ${method} ${new URL(url).pathname} failed (${response.status}): ${detail}`,
    );
  }
  return answer.value;
}

export type WebDriverSession = {
  navigate: (url: string) => Promise<void>;
  refresh: () => Promise<void>;
  /** Runs a script body; `arguments` holds `args`. */
  executeSync: (body: string, args?: unknown[]) => Promise<unknown>;
  /** Runs a script body whose last argument is the callback that ends it. */
  executeAsync: (body: string, args?: unknown[]) => Promise<unknown>;
  click: (element: ElementReference) => Promise<void>;
  sendKeys: (element: ElementReference, text: string) => Promise<void>;
  delete: () => Promise<void>;
};

/** Opens a session on the driver at `driverUrl` (http://127.0.0.1:PORT). */
export async function newSession(
  driverUrl: string,
  capabilities: Record<string, unknown>,
  scriptTimeoutMs: number,
): Promise<{ session: WebDriverSession; capabilities: Record<string, unknown> }> {
  const created = (await command('POST', `${driverUrl}/session`, {
    capabilities: { alwaysMatch: capabilities },
  })) as { sessionId: string; capabilities: Record<string, unknown> };
  const base = `${driverUrl}/session/${created.sessionId}`;
  const elementId = (element: ElementReference) => element[ELEMENT_KEY];
  await command('POST', `${base}/timeouts`, { script: scriptTimeoutMs, pageLoad: 60_000 });
  return {
    capabilities: created.capabilities,
    session: {
      navigate: async (url) => {
        await command('POST', `${base}/url`, { url });
      },
      refresh: async () => {
        await command('POST', `${base}/refresh`);
      },
      executeSync: (body, args = []) =>
        command('POST', `${base}/execute/sync`, { script: body, args }),
      executeAsync: (body, args = []) =>
        command('POST', `${base}/execute/async`, { script: body, args }),
      click: async (element) => {
        await command('POST', `${base}/element/${elementId(element)}/click`);
      },
      sendKeys: async (element, text) => {
        await command('POST', `${base}/element/${elementId(element)}/value`, { text });
      },
      delete: async () => {
        await command('DELETE', base);
      },
    },
  };
}

/** Answers once the driver at `driverUrl` accepts connections and is ready for a session. */
export async function driverReady(driverUrl: string, deadline: number): Promise<void> {
  for (;;) {
    try {
      const status = (await command('GET', `${driverUrl}/status`)) as { ready?: boolean };
      if (status.ready === true) return;
    } catch (error) {
      // Not listening yet: the driver binds its port a moment after it starts.
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setImmediate(resolve));
      continue;
    }
    throw new Error(`WebKitWebDriver at ${driverUrl} is not ready for a session`);
  }
}
