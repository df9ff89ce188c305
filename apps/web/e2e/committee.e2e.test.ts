import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSession, createMeeting, recordMeeting, roleOrgId, type ApiSession } from './support/api';
import { inPage, launchBrowser, login } from './support/browser';
import { startZhibu, type TestServer } from './support/server';

// What the Party committee sees of its branches' organisational life.

let server: TestServer;
let browser: Browser;
let secretary: ApiSession;
let branchId: string;

beforeAll(async () => {
  server = await startZhibu();
  browser = await launchBrowser();
  secretary = await apiSession(server.baseUrl, 'secretary');
  branchId = await roleOrgId(secretary);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('compliance matrix', () => {
  it("shows a branch's missing month after some meetings are recorded", async () => {
    // Last year is wholly past: every month is judged. The branch held March's 主题党日 with its 支委会.
    const year = new Date().getUTCFullYear() - 1;
    const id = await createMeeting(secretary, {
      orgNodeId: branchId,
      title: 'E2E 三月主题党日暨支委会',
      types: ['theme_day', 'committee_meeting'],
      heldOn: `${year}-03-06`,
    });
    await recordMeeting(secretary, id);

    await inPage(browser, server.baseUrl, 'compliance-matrix', async (page) => {
      await login(page, 'admin');
      await page.goto(`/orglife/compliance?year=${year}`);
      const row = page.getByTestId('compliance-matrix').locator('tr', { hasText: '制丝车间第一党支部' });
      const march = row.getByRole('button', { name: / 3月：/ });
      const february = row.getByRole('button', { name: / 2月：/ });
      await march.waitFor();
      expect(await march.getAttribute('aria-label')).not.toContain('主题党日');
      expect(await february.getAttribute('aria-label')).toContain('主题党日');
      expect(await february.getAttribute('data-status')).toBe('red');

      // The drawer names what February lacks and leads to the branch's calendar.
      await february.click();
      const drawer = page.locator('.ant-drawer');
      await drawer.getByText(`主题党日（${year}-02：应开展1次，已开展0次）`).waitFor();
      await drawer.getByRole('button', { name: '查看全年日历' }).click();
      await page.waitForURL(/\/orglife\/compliance\/[0-9a-f-]{36}\?year=/);
      await page.getByTestId('month-3').getByRole('link', { name: 'E2E 三月主题党日暨支委会' }).click();
      await page.waitForURL(/\/orglife\/meetings\/[0-9a-f-]{36}$/);
      await page.getByRole('heading', { name: /E2E 三月主题党日暨支委会/ }).waitFor();
    });
  });
});
