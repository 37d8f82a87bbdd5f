import puppeteer, { type ElementHandle } from 'puppeteer-core';
import type { EngineBrowser, EngineLanguage, EnginePage, Target } from './engine-browser.ts';
import { locateScript } from './in-page.ts';

/** Debian's firefox-esr (apt). */
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * Firefox ESR, headless, through WebDriver BiDi (puppeteer-core speaks BiDi to Firefox; no
 * geckodriver). Its language is the `intl.accept_languages` preference: `navigator.language`
 * is its first entry, "C" included.
 */
export async function launchFirefox(options: { language: EngineLanguage }): Promise<EngineBrowser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: { 'intl.accept_languages': options.language },
  });
  try {
    const [existing] = await browser.pages();
    const page = existing ?? (await browser.newPage());
    const locate = async (target: Target): Promise<ElementHandle> => {
      const handle = await page.evaluateHandle(locateScript(target));
      const element = handle.asElement();
      if (element === null) {
        await handle.dispose();
        throw new Error(`Firefox: no visible element for ${JSON.stringify(target)}`);
      }
      return element as ElementHandle;
    };
    const enginePage: EnginePage = {
      goto: async (url) => {
        await page.goto(url, { waitUntil: 'load' });
      },
      reload: async () => {
        await page.reload({ waitUntil: 'load' });
      },
      evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
      click: async (target) => {
        const element = await locate(target);
        await element.click();
        await element.dispose();
      },
      type: async (target, text) => {
        const element = await locate(target);
        await element.type(text);
        await element.dispose();
      },
    };
    return {
      version: `Firefox ${(await browser.version()).replace(/^firefox\//, '')}`,
      page: enginePage,
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
