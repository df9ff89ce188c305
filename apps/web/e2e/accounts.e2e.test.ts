import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { inPage, launchBrowser, login } from './support/browser';
import { startZhibu, type TestServer } from './support/server';

// 三员分立 in the UI: the system administrator creates the account, the security administrator gives
// it a role, and the new user must replace the initial password before anything else.

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

const INITIAL = 'Start#2026abc';
const CHANGED = 'Changed#2026xyz';

async function pickOption(page: Page, label: string, typed: string, option: string | RegExp) {
  const box = page.getByRole('dialog').getByLabel(label);
  await box.click();
  if (typed) await box.fill(typed);
  await page
    .locator('.ant-select-item-option, .ant-select-tree-node-content-wrapper')
    .filter({ hasText: option })
    .first()
    .click();
  // A click on the dialog title closes a drop-down that is still animating; the choice stays.
  await page.getByRole('dialog').locator('.ant-modal-title').click();
  await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
}

describe('account lifecycle', () => {
  it('sysadmin creates, secadmin grants a role, the user changes the initial password', async () => {
    await inPage(browser, server.baseUrl, 'account-create', async (page) => {
      await login(page, 'sysadmin');
      await page.getByRole('button', { name: '新建账号' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('用户名').fill('zhang.e2e');
      await dialog.getByLabel('姓名').fill('张测试');
      await pickOption(page, '关联人员', '任燕', /任燕/);
      await dialog.getByLabel('初始密码').fill(INITIAL);
      await dialog.getByRole('button', { name: /保\s*存/ }).click();
      await page.getByText('账号已创建').waitFor();
      const row = page.locator('tr', { has: page.getByRole('cell', { name: 'zhang.e2e', exact: true }) });
      await row.getByText('待改密码').waitFor();
      await row.getByText('未授权').waitFor();
    });

    await inPage(browser, server.baseUrl, 'account-grant', async (page) => {
      await login(page, 'secadmin');
      const row = page.locator('tr', { has: page.getByRole('cell', { name: 'zhang.e2e', exact: true }) });
      await row.getByRole('button', { name: '授权' }).click();
      await pickOption(page, '角色', '', '党员');
      await pickOption(page, '授权范围（组织）', '制丝车间第一', '制丝车间第一党支部（党支部）');
      await page
        .getByRole('dialog')
        .getByRole('button', { name: /授\s*权/ })
        .click();
      await page.getByText('角色已授予').waitFor();
      await row.getByText('党员（制丝车间第一党支部）').waitFor();
    });

    await inPage(browser, server.baseUrl, 'account-first-login', async (page) => {
      await login(page, 'zhang.e2e', INITIAL);
      await page.waitForURL(/\/change-password$/);
      await page.getByText('首次登录或密码被重置后须先修改密码').waitFor();
      await page.getByLabel('原密码').fill(INITIAL);
      await page.getByLabel('新密码', { exact: true }).fill(CHANGED);
      await page.getByLabel('确认新密码').fill(CHANGED);
      await page.getByRole('button', { name: /保\s*存/ }).click();
      // A member lands on their branch's meetings; their own record is in the menu.
      await page.waitForURL(/\/orglife\/meetings$/);
      await page.goto('/me');
      await page.getByText('任燕').first().waitFor();
    });
  });
});
