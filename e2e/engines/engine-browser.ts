/**
 * What the engine smoke needs from a browser, the same for WebKitGTK (classic WebDriver) and
 * Firefox ESR (WebDriver BiDi through puppeteer-core). Page code is sent as source text (see
 * in-page.ts), so each engine evaluates exactly the same script.
 */

/** An element found the way a person would find it: by its label or its visible name. */
export type Target = { label: string } | { button: string } | { link: string };

export type EnginePage = {
  /** Loads `url` and waits for its load event. */
  goto: (url: string) => Promise<void>;
  /** Reloads the page and waits for its load event. */
  reload: () => Promise<void>;
  /** Evaluates an expression in the page; a promise is awaited. The result must be JSON. */
  evaluate: <T>(expression: string) => Promise<T>;
  /** Clicks the element with the browser's own input (WebDriver's or BiDi's pointer actions). */
  click: (target: Target) => Promise<void>;
  /** Focuses the field, clears it and types `text` key by key. */
  type: (target: Target, text: string) => Promise<void>;
};

export type EngineBrowser = {
  /** "WebKitGTK 2.50.6", "Firefox 153.8.0esr". */
  version: string;
  page: EnginePage;
  close: () => Promise<void>;
};

/** The browser's language: its `navigator.language`. */
export type EngineLanguage = 'en-US' | 'C';

export type LaunchEngine = (options: { language: EngineLanguage }) => Promise<EngineBrowser>;
