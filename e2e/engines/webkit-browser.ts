import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { EngineBrowser, EngineLanguage, EnginePage, Target } from './engine-browser.ts';
import { freePort } from './free-port.ts';
import { asyncScript, locateScript } from './in-page.ts';
import { driverReady, isElementReference, newSession } from './webdriver-session.ts';

/** Debian's webkit2gtk-driver and the MiniBrowser of libwebkit2gtk-4.1-0 (apt). */
const DRIVER = process.env.WEBKIT_WEBDRIVER ?? 'WebKitWebDriver';
const MULTIARCH = process.arch === 'arm64' ? 'aarch64-linux-gnu' : 'x86_64-linux-gnu';
const MINIBROWSER =
  process.env.WEBKIT_MINIBROWSER ?? `/usr/lib/${MULTIARCH}/webkit2gtk-4.1/MiniBrowser`;
const SCRIPT_TIMEOUT_MS = 120_000;

/**
 * WebKitGTK's MiniBrowser through WebKitWebDriver, on the X display `display`. The browser's
 * language comes from the POSIX locale of its environment, which it inherits from the driver:
 * LC_ALL=en_US.UTF-8 makes `navigator.language` "en-US", and LC_ALL=C.UTF-8 (Debian's default
 * locale, the one the bug was found under) makes it "C". A bare "C" or "POSIX" WebKit itself
 * turns into "en-US".
 */
export async function launchWebKit(options: {
  display: string;
  language: EngineLanguage;
}): Promise<EngineBrowser> {
  const port = await freePort();
  const home = mkdtempSync(path.join(tmpdir(), 'saoma-webkit-'));
  const locale = options.language === 'C' ? 'C.UTF-8' : 'en_US.UTF-8';
  // The locale is ours alone: no LANGUAGE or LC_* of the caller's may override it.
  const environment = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => name !== 'LANGUAGE' && !name.startsWith('LC_')),
  );
  const driver = spawn(DRIVER, [`--port=${port}`, '--host=local'], {
    env: {
      ...environment,
      DISPLAY: options.display,
      HOME: home,
      XDG_CACHE_HOME: path.join(home, 'cache'),
      XDG_DATA_HOME: path.join(home, 'data'),
      LANG: locale,
      LC_ALL: locale,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  driver.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<void>((resolve) => driver.once('exit', () => resolve()));
  const spawnFailed = new Promise<never>((_, reject) =>
    driver.once('error', (error) =>
      reject(
        new Error(`${DRIVER} could not start (apt install webkit2gtk-driver): ${error.message}`),
      ),
    ),
  );
  const driverUrl = `http://127.0.0.1:${port}`;
  const stopDriver = async () => {
    if (driver.exitCode === null && driver.signalCode === null) driver.kill('SIGTERM');
    await exited;
    // The browser's web and GPU processes may still be closing their cache files.
    rmSync(home, { recursive: true, force: true, maxRetries: 10 });
  };
  try {
    await Promise.race([driverReady(driverUrl, Date.now() + 15_000), spawnFailed]);
    const { session, capabilities } = await newSession(
      driverUrl,
      {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      },
      SCRIPT_TIMEOUT_MS,
    );
    const locate = async (target: Target) => {
      const element = await session.executeSync(`return ${locateScript(target)};`);
      if (!isElementReference(element)) {
        throw new Error(`WebKit: no visible element for ${JSON.stringify(target)}`);
      }
      return element;
    };
    const page: EnginePage = {
      goto: (url) => session.navigate(url),
      reload: () => session.refresh(),
      evaluate: async <T>(expression: string) => {
        const answer = (await session.executeAsync(asyncScript(expression))) as
          { value: T } | { error: string };
        if ('error' in answer) throw new Error(`WebKit: ${answer.error}`);
        return answer.value;
      },
      click: async (target) => session.click(await locate(target)),
      type: async (target, text) => session.sendKeys(await locate(target), text),
    };
    return {
      version: `WebKitGTK ${String(capabilities.browserVersion)}`,
      page,
      close: async () => {
        try {
          await session.delete();
        } finally {
          await stopDriver();
        }
      },
    };
  } catch (error) {
    await stopDriver();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${stderr}`);
  }
}
