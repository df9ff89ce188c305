import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from './server';

const REPO = path.resolve(import.meta.dirname, '../../../..');
const RESULTS = path.join(REPO, 'test-results');

/** Debian's chromium (never a downloaded browser); CJK fonts come from fonts-wqy-microhei. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}

export type Viewport = { width: number; height: number };
export const DESKTOP: Viewport = { width: 1366, height: 768 };
export const PHONE: Viewport = { width: 375, height: 812 };

/**
 * Runs one browser flow in a fresh context (own cookies, Chinese locale). If the flow throws, a
 * screenshot of the page is kept under <repo>/test-results/ before the error is passed on.
 */
export async function inPage(
  browser: Browser,
  baseUrl: string,
  name: string,
  flow: (page: Page, context: BrowserContext) => Promise<void>,
  viewport: Viewport = DESKTOP,
): Promise<void> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport,
    locale: 'zh-CN',
    acceptDownloads: true,
    isMobile: viewport.width < 768,
    hasTouch: viewport.width < 768,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  try {
    await flow(page, context);
  } catch (err) {
    mkdirSync(RESULTS, { recursive: true });
    const file = path.join(RESULTS, `${name.replace(/[^\w\u4e00-\u9fa5-]+/g, '_')}.png`);
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    throw err;
  } finally {
    await context.close();
  }
}

/** Signs in through the login form and waits until the app shell has replaced the login page. */
export async function login(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名或手机号').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** The entries of the side menu (the drawer on phones is not open). */
export async function menuEntries(page: Page): Promise<string[]> {
  const nav = page.getByRole('navigation');
  await nav.getByRole('menuitem').first().waitFor();
  return (await nav.getByRole('menuitem').allInnerTexts()).map((s) => s.trim()).filter(Boolean);
}
