import { launch } from 'chrome-launcher';
import lighthouse, { desktopConfig, type Config, type Result } from 'lighthouse';
import { CHROMIUM_ARGS } from '../../e2e/support/chromium.ts';

export type Preset = 'mobile' | 'desktop';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;

/**
 * One Lighthouse navigation of `url` in a fresh headless Chromium profile. `mobile` is
 * Lighthouse's default (a mid-range phone, simulated slow 4G and a 4× slower CPU); `desktop` is
 * its desktop preset (a fast connection, no CPU slowdown), closer to a shop's tablet on Wi-Fi.
 */
export async function runLighthouse(
  url: string,
  chromePath: string | undefined,
  preset: Preset,
): Promise<Result> {
  const chrome = await launch({
    ...(chromePath ? { chromePath } : {}),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    logLevel: 'silent',
  });
  try {
    const config: Config | undefined = preset === 'desktop' ? desktopConfig : undefined;
    const result = await lighthouse(
      url,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      },
      config,
    );
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    return result.lhr;
  } finally {
    chrome.kill();
  }
}
