import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inPage, launchBrowser, login, PHONE } from './support/browser';
import { startZhibu, type TestServer } from './support/server';

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

const tableRows = (page: Page) => page.locator('.ant-table-tbody tr.ant-table-row');

/** Nothing sticks out sideways: the page itself never scrolls horizontally. */
async function expectNoHorizontalScroll(page: Page) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll).toBeLessThanOrEqual(client);
}

describe('people list', () => {
  it('filters by Party status and opens a person', () =>
    inPage(browser, server.baseUrl, 'people-filter-detail', async (page) => {
      await login(page, 'admin');
      await page.goto('/people');
      await tableRows(page).first().waitFor();
      await page.getByLabel('党籍状态').click();
      await page.locator('.ant-select-item-option').filter({ hasText: '预备党员' }).click();
      await page.keyboard.press('Escape');
      await page.waitForURL(/status=probationary/);
      await expect
        .poll(async () => [...new Set(await tableRows(page).locator('td:nth-child(4)').allInnerTexts())])
        .toEqual(['预备党员']);
      const first = tableRows(page).first().locator('td').first();
      const name = (await first.innerText()).trim();
      await first.getByRole('link').click();
      await page.waitForURL(/\/people\/[0-9a-f-]{36}$/);
      await page.getByRole('heading', { name: new RegExp(name) }).waitFor();
      await page.getByRole('tab', { name: '组织关系变动' }).click();
      await page.getByRole('tabpanel').getByText('预备党员').first().waitFor();
      // The committee administrator sees full ID numbers (person:read-sensitive).
      await page.getByRole('tab', { name: '基本信息' }).click();
      expect(await page.getByText('已脱敏').count()).toBe(0);
    }));
});

describe('editing a person', () => {
  it('admin changes a job title and the auditor sees the change in the audit log', async () => {
    const jobPost = '设备点检员（E2E）';
    await inPage(browser, server.baseUrl, 'person-edit', async (page) => {
      await login(page, 'admin');
      await page.goto('/people?q=%E4%B8%81');
      await tableRows(page).first().locator('a').first().click();
      await page.getByRole('button', { name: /编\s*辑/ }).click();
      await page.waitForURL(/\/edit$/);
      const input = page.getByLabel('岗位');
      await input.fill(jobPost);
      await page.getByRole('button', { name: /保\s*存/ }).click();
      await page.waitForURL(/\/people\/[0-9a-f-]{36}$/);
      await page.getByText(jobPost).first().waitFor();
      await page.getByRole('tab', { name: '变更记录' }).click();
      await page.getByRole('tabpanel').getByText('修改信息').first().waitFor();
      await page.getByRole('tabpanel').getByText(jobPost).first().waitFor();
    });
    await inPage(browser, server.baseUrl, 'audit-sees-edit', async (page) => {
      await login(page, 'auditor');
      const action = page.getByRole('combobox', { name: '操作', exact: true });
      await action.click();
      await action.fill('person.update');
      await page.locator('.ant-select-item-option').filter({ hasText: 'person.update' }).click();
      await page.waitForURL(/action=person\.update/);
      const row = tableRows(page).first();
      await row.getByText('修改人员').waitFor();
      await row.getByText('韩颖倩').waitFor();
      await row.getByRole('button', { name: /展开|Expand/ }).click();
      const diff = page.locator('.ant-table-expanded-row').first();
      await diff.getByText('岗位').waitFor();
      await diff.getByText(jobPost).waitFor();
    });
  });
});

describe('on a phone (375 px)', () => {
  it('shows the people list as cards and a readable person detail', () =>
    inPage(
      browser,
      server.baseUrl,
      'people-phone',
      async (page) => {
        await login(page, 'admin');
        await page.goto('/people');
        const cards = page.getByTestId('people-cards');
        await cards.getByText(/共 \d+ 人/).waitFor();
        await cards.locator('.ant-card').first().waitFor();
        await expectNoHorizontalScroll(page);
        // The side menu lives in a drawer behind the menu button.
        await page.getByRole('button', { name: '打开菜单' }).click();
        await page.locator('.ant-drawer').getByText('组织预警').waitFor();
        await page.keyboard.press('Escape');
        await cards.locator('.ant-card').first().click();
        await page.waitForURL(/\/people\/[0-9a-f-]{36}$/);
        await page.getByText('党籍信息').waitFor();
        await page.getByText('身份证号').first().waitFor();
        await expectNoHorizontalScroll(page);
      },
      PHONE,
    ));
});
