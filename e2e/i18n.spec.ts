import { expect, test, type Page } from '@playwright/test';
import { createWallet, issueCode } from './support/wallet-api.ts';

type Lang = 'en' | 'zh-CN';

/** Each screen, and a text in each language that shows it has loaded all it shows. */
const SCREENS: readonly {
  path: string;
  ready: (page: Page, lang: Lang) => Promise<void>;
  title: Record<Lang, string>;
}[] = [
  {
    path: '/',
    ready: async (page, lang) => {
      await expect(page.getByLabel(lang === 'en' ? 'Amount' : '金额')).toBeVisible();
      const charge = lang === 'en' ? 'Charge' : '收款';
      await expect(page.getByRole('button', { name: charge, exact: true })).toBeVisible();
    },
    title: { en: 'Checkout · Saoma', 'zh-CN': '收银 · Saoma 扫码' },
  },
  {
    path: '/sync',
    ready: async (page, lang) => {
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        lang === 'en' ? 'Sync' : '同步',
      );
      await expect(page.getByText(lang === 'en' ? /not sent yet$/ : /笔尚未发送$/)).toBeVisible();
      const checking = lang === 'en' ? 'Storage: checking…' : '存储：检查中…';
      await expect(page.getByText(checking)).toHaveCount(0);
    },
    title: { en: 'Sync · Saoma', 'zh-CN': '同步 · Saoma 扫码' },
  },
  {
    path: '/settings',
    ready: async (page, lang) => {
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        lang === 'en' ? 'Settings' : '设置',
      );
      const save = lang === 'en' ? 'Save limits' : '保存限额';
      await expect(page.getByRole('button', { name: save })).toBeVisible();
    },
    title: { en: 'Settings · Saoma', 'zh-CN': '设置 · Saoma 扫码' },
  },
  {
    path: '/history',
    ready: async (page, lang) => {
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        lang === 'en' ? 'History' : '历史',
      );
      const apply = lang === 'en' ? 'Apply filters' : '应用筛选';
      await expect(page.getByRole('button', { name: apply })).toBeVisible();
    },
    title: { en: 'History · Saoma', 'zh-CN': '历史 · Saoma 扫码' },
  },
  {
    path: '/reports',
    ready: async (page, lang) => {
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        lang === 'en' ? 'Reports' : '报表',
      );
      const reconcile = lang === 'en' ? 'Reconcile' : '对账';
      await expect(page.getByRole('button', { name: reconcile, exact: true })).toBeVisible();
    },
    title: { en: 'Reports · Saoma', 'zh-CN': '报表 · Saoma 扫码' },
  },
  {
    path: '/wallet',
    ready: async (page, lang) => {
      const balance = page.getByLabel(lang === 'en' ? 'Balance' : '余额', { exact: true });
      await expect(balance).toHaveText(/^¥\d+\.\d\d$/);
      const qr = lang === 'en' ? 'Payment QR code' : '付款二维码';
      await expect(page.getByRole('img', { name: qr })).toBeVisible();
    },
    title: { en: 'Saoma wallet simulator', 'zh-CN': 'Saoma 钱包模拟器' },
  },
];

/**
 * A missing message shows as ⟦key⟧ and a missing parameter as ⟦name⟧; an unfilled {name} would
 * show as it is. Looks at the text (hidden parts too), the attributes people hear, and the title.
 */
async function expectNoMissingKeys(page: Page): Promise<void> {
  const problems = await page.evaluate(() => {
    const bad = (text: string | null) => text !== null && /⟦|\{\w+\}/.test(text);
    const found: string[] = [];
    if (bad(document.title)) found.push(`title: ${document.title}`);
    const text = document.body.textContent;
    if (bad(text)) found.push(`text: ${text}`);
    for (const element of document.body.querySelectorAll('*')) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = element.getAttribute(name);
        if (bad(value)) found.push(`${element.tagName} ${name}: ${value ?? ''}`);
      }
    }
    return found;
  });
  expect(problems).toEqual([]);
}

for (const lang of ['zh-CN', 'en'] as const) {
  for (const screen of SCREENS) {
    test(`${screen.path} with ?lang=${lang} has no missing message`, async ({ page }) => {
      await page.goto(`${screen.path}?lang=${lang}`);
      await screen.ready(page, lang);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page).toHaveTitle(screen.title[lang]);
      await expectNoMissingKeys(page);
    });
  }
}

test('zh-CN: the whole sale speaks Chinese, from the keypad to the outcome', async ({
  page,
  request,
}) => {
  const wallet = await createWallet(request, 'i18n shopper', 10_000);
  const { authCode } = await issueCode(request, wallet.walletId, wallet.token, 'alipay');

  await page.goto('/?lang=zh-CN');
  await expect(page.getByRole('link', { name: '收银', exact: true })).toBeVisible();
  await page.getByLabel('金额').fill('12.50');
  await page.getByRole('button', { name: '收款', exact: true }).click();
  await expect(page.getByRole('region', { name: '扫码器' })).toBeVisible();
  await expect(page.getByText('正在收款 ¥12.50：请扫描顾客的付款码')).toBeVisible();
  await page.getByRole('button', { name: '手动输入付款码' }).click();
  await page.getByLabel('付款码').fill('hello');
  await page.getByRole('button', { name: '付款', exact: true }).click();
  // The camera's problem (none in this browser) and the refusal are both said in Chinese.
  await expect(page.getByRole('alert').filter({ hasText: '摄像头' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: '这不是付款码' })).toBeVisible();
  await expectNoMissingKeys(page);

  await page.getByLabel('付款码').fill(authCode);
  await page.getByRole('button', { name: '付款', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('已收款 ¥12.50（支付宝）');
  await expect(page.getByRole('button', { name: '新交易' })).toBeVisible();
  await expectNoMissingKeys(page);
});

test('Settings switches the language at once, remembers it, and ?lang= still overrides', async ({
  page,
}) => {
  await page.goto('/settings');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.evaluate(() => Object.assign(window, { notReloaded: true }));

  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: '简体中文' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('设置');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page).toHaveTitle('设置 · Saoma 扫码');
  expect(await page.evaluate(() => 'notReloaded' in window)).toBe(true);
  await expect(page.getByRole('combobox', { name: '语言' })).toHaveValue('zh-CN');
  await expectNoMissingKeys(page);

  await page.getByRole('link', { name: '同步', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('同步');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('同步');

  await page.goto('/?lang=en');
  await expect(page.getByRole('button', { name: 'Charge', exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.goto('/');
  await expect(page.getByRole('button', { name: '收款', exact: true })).toBeVisible();

  // Choosing while ?lang= is in the address replaces it, so the choice is what stays.
  await page.goto('/settings?lang=zh-CN');
  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  expect(new URL(page.url()).searchParams.has('lang')).toBe(false);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
});

test.describe('a browser set to Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('gets Chinese by default, and English with ?lang=en', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('button', { name: '收款', exact: true })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await page.goto('/?lang=en');
    await expect(page.getByRole('button', { name: 'Charge', exact: true })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});
