import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inPage, launchBrowser, login, menuEntries } from './support/browser';
import { startZhibu, type TestServer } from './support/server';

// What each demo role sees. Menus come from permissions, and the server scopes the data.

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

describe('login page', () => {
  it('is Chinese and lists the demo accounts', () =>
    inPage(browser, server.baseUrl, 'login-page', async (page) => {
      await page.goto('/');
      await expect.poll(() => page.url()).toContain('/login');
      await expect.poll(() => page.locator('h1').innerText()).toBe('支部');
      await page.getByRole('heading', { name: '登录' }).waitFor();
      const demo = page.getByTestId('demo-accounts');
      await demo.getByText('演示账号').waitFor();
      for (const u of ['admin', 'secretary', 'member', 'other', 'sysadmin', 'secadmin', 'auditor']) {
        await demo.getByRole('button', { name: new RegExp(`(^|\\s)${u}\\s`) }).waitFor();
      }
      await demo.getByText('党委管理员（示例卷烟厂党委）').waitFor();
      // Clicking an account fills the form.
      await demo.getByRole('button', { name: /(^|\s)auditor\s/ }).click();
      expect(await page.getByLabel('用户名或手机号').inputValue()).toBe('auditor');
      expect(await page.getByLabel('密码').inputValue()).toBe('Zhibu@2026');
    }));

  it('switches to English, and server messages follow the UI language', () =>
    inPage(browser, server.baseUrl, 'login-english', async (page) => {
      await page.goto('/login');
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
      await page.getByLabel('Username or mobile').fill('nobody');
      await page.getByLabel('Password').fill('not-the-password');
      await page.getByRole('button', { name: 'Sign in' }).click();
      // The message comes from the server, which reads the zhibu_lang cookie the switch sets.
      await page.getByRole('alert').filter({ hasText: 'Wrong username or password' }).waitFor();
      await page.getByRole('button', { name: '中文' }).click();
      await page.getByRole('heading', { name: '登录' }).waitFor();
    }));
});

describe('each role sees what it may', () => {
  it('admin: organisation and people menus, the whole tree', () =>
    inPage(browser, server.baseUrl, 'role-admin', async (page) => {
      await login(page, 'admin');
      const menu = await menuEntries(page);
      expect(menu).toEqual(
        expect.arrayContaining(['组织架构', '组织预警', '人员名册', '批量导入', '我的档案']),
      );
      expect(menu).not.toContain('审计日志');
      expect(menu).not.toContain('账号管理');
      await page.goto('/orgs');
      for (const name of ['厂党委', '卷包车间党总支', '卷包第一支部']) {
        await page.getByRole('tree').getByText(name, { exact: true }).waitFor();
      }
      // The tree is virtualised: reach nodes further down through its search.
      await page.getByPlaceholder('搜索组织名称或编码').fill('制丝');
      for (const name of ['制丝车间党总支', '制丝第一支部', '制丝第四支部']) {
        await page.getByRole('tree').getByText(name, { exact: true }).waitFor();
      }
      await page.getByRole('button', { name: '新建下级' }).waitFor();
    }));

  it("secretary: only their own branch's people", () =>
    inPage(browser, server.baseUrl, 'role-secretary', async (page) => {
      await login(page, 'secretary');
      await page.goto('/people?pageSize=100');
      const rows = page.locator('.ant-table-tbody tr.ant-table-row');
      await rows.first().waitFor();
      const orgs = await rows.locator('td:nth-child(5)').allInnerTexts();
      expect(orgs.length).toBeGreaterThan(10);
      for (const o of orgs) expect(o).toContain('制丝车间第一党支部');
      await page.goto('/orgs');
      await page.getByRole('tree').getByText('制丝第一支部', { exact: true }).waitFor();
      expect(await page.getByRole('tree').getByText('卷包第一支部').count()).toBe(0);
    }));

  it("member: their branch's meetings and their own profile, no people list", () =>
    inPage(browser, server.baseUrl, 'role-member', async (page) => {
      await login(page, 'member');
      expect(await menuEntries(page)).toEqual(['组织生活', '会议活动', '民主评议', '我的积分', '我的评价', '我的人才档案', '我的档案']);
      await expect.poll(() => page.url()).toContain('/orglife/meetings');
      await page.goto('/me');
      await page.getByText('党籍信息').waitFor();
      await page.getByText('制丝车间第一党支部').first().waitFor();
      await page.goto('/people');
      await page.getByText('无权访问').waitFor();
    }));

  it('sysadmin: accounts, no people', () =>
    inPage(browser, server.baseUrl, 'role-sysadmin', async (page) => {
      await login(page, 'sysadmin');
      expect(await menuEntries(page)).toEqual(['账号管理']);
      await page.getByRole('button', { name: '新建账号' }).waitFor();
      await page.getByRole('cell', { name: 'secretary', exact: true }).waitFor();
      await page.goto('/people');
      await page.getByText('无权访问').waitFor();
    }));

  it('secadmin: role assignment', () =>
    inPage(browser, server.baseUrl, 'role-secadmin', async (page) => {
      await login(page, 'secadmin');
      expect(await menuEntries(page)).toEqual(['角色授权']);
      const row = page.locator('tr', { has: page.getByRole('cell', { name: 'other', exact: true }) });
      await row.getByText('支部书记/支委（卷包车间第一党支部）').waitFor();
      await row.getByRole('button', { name: '授权' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText('为“other”授予角色').waitFor();
      await dialog.getByLabel('授权范围（组织）').waitFor();
      await dialog.getByRole('button', { name: /取\s*消/ }).click();
      await page.goto('/orgs');
      await page.getByText('无权访问').waitFor();
    }));

  it('auditor: the audit log only', () =>
    inPage(browser, server.baseUrl, 'role-auditor', async (page) => {
      await login(page, 'auditor');
      expect(await menuEntries(page)).toEqual(['审计日志']);
      await page.getByRole('button', { name: '校验日志完整性' }).click();
      await page.getByTestId('verify-result').waitFor();
      expect(await page.getByTestId('verify-result').innerText()).toMatch(/已校验 \d+ 条记录|第 \d+ 条记录/);
      await page.goto('/people');
      await page.getByText('无权访问').waitFor();
    }));
});

describe('account lock', () => {
  it('five wrong passwords show the lock message', () =>
    inPage(browser, server.baseUrl, 'account-lock', async (page) => {
      await page.goto('/login');
      await page.getByLabel('用户名或手机号').fill('other');
      for (let i = 1; i <= 5; i++) {
        await page.getByLabel('密码').fill(`Wrong-${i}-password`);
        await page.getByRole('button', { name: /登\s*录/ }).click();
        const alert = page.getByRole('alert').filter({ hasText: i < 5 ? '用户名或密码错误' : '账号已锁定' });
        await alert.waitFor();
      }
      await page.getByRole('alert').filter({ hasText: '连续输错密码次数过多，账号已锁定' }).waitFor();
      // Even the right password is refused while the lock lasts.
      await page.getByLabel('密码').fill('Zhibu@2026');
      await page.getByRole('button', { name: /登\s*录/ }).click();
      await page.getByRole('alert').filter({ hasText: '账号已锁定' }).waitFor();
      expect(page.url()).toContain('/login');
    }));
});
