import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inPage, launchBrowser, login } from './support/browser';
import { startZhibu, type TestServer } from './support/server';

// Reminders reach the notification centre, and a type switched off is no longer created.

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startZhibu();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

// A day the server's own runs (today, hourly) never reach: reminders for it are created only below.
const YEAR = new Date().getUTCFullYear() + 1;
const DAY = `${YEAR}-12-26`;

describe('reminders in the notification centre', () => {
  it('shows reminders, and a switched-off type is not created', async () => {
    if (!server.remind) return; // needs the in-process server (not ZHIBU_E2E_BASE_URL)
    await inPage(browser, server.baseUrl, 'reminders-opt-out', async (page) => {
      await login(page, 'secretary');
      // The run 5 s after start already left reminders (overdue meetings, terms) for the secretary.
      await server.remind!(new Date().toISOString().slice(0, 10));
      await page.reload();
      const bell = page.getByTestId('notification-bell');
      await expect
        .poll(async () => (await bell.getAttribute('aria-label')) ?? '')
        .toMatch(/通知（[1-9]\d* 条未读）/);
      await bell.click();
      await page.getByRole('button', { name: '查看全部通知' }).click();
      await page.waitForURL(/\/notifications$/);
      await page.getByTestId('notice-list').getByTestId('notice').first().waitFor();

      // Switch off "due within 7 days" in the centre; keep "overdue".
      await page.getByRole('tab', { name: '提醒设置' }).click();
      await page.getByRole('switch', { name: '组织生活7天内到期 站内通知' }).click();
      await page.getByRole('button', { name: '保存设置' }).click();
      await page.getByText('提醒设置已保存').waitFor();

      // 26 December: December's meetings are due within 7 days, November's are overdue.
      expect(await server.remind!(DAY)).toBeGreaterThan(0);
      await page.getByRole('tab', { name: '通知' }).click();
      await page.reload();
      const list = page.getByTestId('notice-list');
      await list.getByText(`${YEAR}-11主题党日未开展`).first().waitFor();
      expect(await list.getByText(`将于${YEAR}-12-31前到期`).count()).toBe(0);

      // Opening a notice marks it read and follows its link.
      const unreadBefore = await bell.getAttribute('aria-label');
      const notice = list
        .getByTestId('notice')
        .filter({ hasText: `${YEAR}-11主题党日未开展` })
        .first();
      await notice.getByRole('button', { name: '查看' }).click();
      await page.waitForURL(/\/orglife\/compliance\//);
      await expect.poll(() => bell.getAttribute('aria-label')).not.toBe(unreadBefore);
    });

    // Another secretary, who kept the type on, got the same run's "due" reminders.
    await inPage(browser, server.baseUrl, 'reminders-kept-on', async (page) => {
      await login(page, 'other');
      await page.goto('/notifications');
      await page.getByTestId('notice-list').getByText(`将于${YEAR}-12-31前到期`).first().waitFor();
    });
  });
});
