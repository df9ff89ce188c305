import type { Browser, Locator, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSession, type ApiSession } from './support/api';
import { inPage, launchBrowser, login, menuEntries, PHONE } from './support/browser';
import { confirmPopconfirm } from './support/popconfirm';
import { startZhibu, type TestServer } from './support/server';

// 岗位量化评价 (我的岗位我尽责): the secretary of 制丝车间第一党支部 creates and opens a round with two
// staff links and sees them once; a member fills in the self sheet on a phone; a staff link opened
// without signing in submits once and then says it was used; the secretary closes and publishes; the
// member reads the published results in name order and comments.

let server: TestServer;
let browser: Browser;
let member: ApiSession;
let roundId = '';
let links: string[] = [];
const BRANCH = '制丝车间第一党支部';
const TITLE = `E2E 岗位量化评价 ${Date.now()}`;
const COMMENT = `评价过程公开，结果符合实际。${Date.now()}`;

beforeAll(async () => {
  server = await startZhibu();
  browser = await launchBrowser();
  member = await apiSession(server.baseUrl, 'member');
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const isPath = (r: Response, method: string, path: RegExp) =>
  r.request().method() === method && path.test(new URL(r.url()).pathname);

/** Waits for the API call a click causes, so later steps read what the server has stored. */
async function answered(
  page: Page,
  method: string,
  path: RegExp,
  act: () => Promise<void>,
): Promise<Response> {
  const [res] = await Promise.all([page.waitForResponse((r) => isPath(r, method, path)), act()]);
  return res;
}

/** Picks the branch in the dialog's tree select, again if a click landed during the animation. */
async function pickOrg(page: Page, name: string) {
  const dialog = page.getByRole('dialog');
  const box = dialog.getByRole('combobox', { name: '支部' });
  const chosen = dialog.getByTitle(new RegExp(`^${name}`));
  for (let attempt = 0; attempt < 4; attempt++) {
    await box.click();
    await box.fill(name);
    const option = page
      .locator('.ant-select-dropdown:visible .ant-select-tree-node-content-wrapper')
      .filter({ hasText: name })
      .first();
    await option.waitFor();
    await page.waitForTimeout(300);
    await option.click();
    try {
      await chosen.waitFor({ timeout: 3000 });
      return;
    } catch {
      await page.keyboard.press('Escape');
    }
  }
  await chosen.waitFor();
}

/** Types the same points into every score box of a sheet card. */
async function fillSheet(sheet: Locator, points: string): Promise<number> {
  const boxes = sheet.getByRole('spinbutton');
  await boxes.first().waitFor();
  const n = await boxes.count();
  for (let i = 0; i < n; i++) await boxes.nth(i).fill(points);
  await expect.poll(() => sheet.locator('.ant-card-extra').innerText()).toContain(`${n}/${n}`);
  return n;
}

const noSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

describe('岗位量化评价', () => {
  it('the secretary creates a round, opens it with two staff links and sees the links once', () =>
    inPage(browser, server.baseUrl, 'evaluation-open', async (page) => {
      await login(page, 'secretary');
      expect(await menuEntries(page)).toEqual(expect.arrayContaining(['我的评价', '岗位量化评价']));
      await page.goto('/evaluation/rounds');
      await page.getByTestId('evaluation-rounds').waitFor();
      await page.getByRole('button', { name: '新建评价' }).click();
      const dialog = page.getByRole('dialog');
      // The 4 × 24 template is chosen unless another one is.
      await expect.poll(() => dialog.getByRole('radio', { name: /我的岗位我尽责/ }).isChecked()).toBe(true);
      await pickOrg(page, BRANCH);
      await dialog.getByRole('spinbutton', { name: '互评抽样人数' }).fill('3');
      await dialog.getByRole('textbox', { name: '名称' }).fill(TITLE);
      const created = await answered(page, 'POST', /^\/api\/v1\/evaluation\/rounds$/, () =>
        dialog.getByRole('button', { name: /新\s*建/ }).click(),
      );
      expect(created.status()).toBe(201);
      roundId = ((await created.json()) as { id: string }).id;
      await page.waitForURL(`**/evaluation/rounds/${roundId}`);
      await page.getByRole('heading', { name: TITLE }).waitFor();
      await page.getByTestId('round-status').getByText('草稿').waitFor();

      // 开启评价 is the draft's tab: two links for the workshop's staff.
      await page.getByLabel('职工群众评价链接数').fill('2');
      const opened = await confirmPopconfirm(page, () => page.getByRole('button', { name: '开启评价' }).click(), 'POST', /^\/api\/v1\/evaluation\/rounds\/[0-9a-f-]{36}\/open$/);
      expect(opened.status()).toBe(200);
      await page.getByTestId('links-warning').getByText('只显示这一次').waitFor();
      const shown = page.getByTestId('staff-link');
      await expect.poll(() => shown.count()).toBe(2);
      expect(await shown.first().locator('svg').count()).toBeGreaterThan(0);
      links = (await page.getByTestId('staff-link-url').allInnerTexts()).map(
        (u) => new URL(u.trim()).pathname,
      );
      expect(links).toHaveLength(2);
      for (const l of links) expect(l).toMatch(/^\/rate\/[A-Za-z0-9_-]{43}$/);
      await page.getByTestId('round-status').getByText('评价中').waitFor();
      await page.getByRole('button', { name: '打印' }).waitFor();

      // 概况: every group's progress, staff counted as links issued.
      await page.getByRole('tab', { name: '概况' }).click();
      const progress = page.getByTestId('group-progress');
      await progress.getByTestId('progress-staff').getByText('职工群众评价').waitFor();
      await progress.getByTestId('progress-staff').getByText('0/2', { exact: true }).waitFor();
      await page.getByTestId('missing-metrics').waitFor();
      // The links live in this page only: back on the tab, they are still there until the page is left.
      await page.getByRole('tab', { name: '开启评价' }).click();
      await expect.poll(() => shown.count()).toBe(2);
    }));

  it('a member fills in the self sheet on a phone', () =>
    inPage(
      browser,
      server.baseUrl,
      'evaluation-member-sheet',
      async (page) => {
        await login(page, 'member');
        await page.goto('/evaluation/my');
        await page
          .getByTestId('my-round')
          .filter({ hasText: TITLE })
          .getByRole('link', { name: TITLE })
          .click();
        await page.waitForURL(`**/evaluation/my/${roundId}`);
        const self = page.getByTestId('sheet').first();
        await page.getByTestId('group-tab-self').waitFor();
        const n = await fillSheet(self, '3');
        expect(n).toBeGreaterThan(3);
        await page.getByRole('button', { name: '全部提交' }).click();
        // The peers' sheets are still empty: the member is told they count as abstentions.
        const confirm = page.locator('.ant-modal-confirm');
        await confirm
          .locator('.ant-modal-confirm-title')
          .getByText(/未打分的项视为弃权/)
          .waitFor();
        const res = await answered(
          page,
          'PUT',
          /^\/api\/v1\/evaluation\/rounds\/[0-9a-f-]{36}\/my-sheets$/,
          () => confirm.getByRole('button', { name: '全部提交' }).click(),
        );
        expect(res.status()).toBe(200);
        expect(await res.json()).toEqual({ submitted: 1 });
        await page.getByText('已提交 1 份评价表').waitFor();
        await self.getByText('已提交').waitFor();
        expect(await noSideways(page)).toBeLessThanOrEqual(PHONE.width);
      },
      PHONE,
    ));

  it('a staff link opened without signing in submits once, then says it was used', () =>
    inPage(
      browser,
      server.baseUrl,
      'evaluation-staff-link',
      async (page, context) => {
        const link = links[0]!;
        const other = await context.newPage();
        other.setDefaultTimeout(15_000);
        // The same link open twice: the second submission must be refused.
        await Promise.all([page.goto(link), other.goto(link)]);
        await page.getByTestId('staff-branch').getByText(BRANCH).waitFor();
        await other.getByTestId('staff-branch').getByText(BRANCH).waitFor();
        expect(page.url()).toContain(link);
        expect(await page.getByRole('navigation').count()).toBe(0);
        expect(await page.getByRole('button', { name: '开启评价' }).count()).toBe(0);

        const sheets = page.getByTestId('sheet');
        expect(await sheets.count()).toBeGreaterThan(10);
        await fillSheet(sheets.first(), '3.5');
        await page.getByRole('button', { name: '提交评价' }).click();
        const confirm = page.locator('.ant-modal-confirm');
        await confirm
          .locator('.ant-modal-confirm-title')
          .getByText(/未打分的项视为弃权/)
          .waitFor();
        const res = await answered(page, 'POST', /^\/api\/v1\/rate\//, () =>
          confirm.getByRole('button', { name: '提交评价' }).click(),
        );
        expect(res.status()).toBe(201);
        await page.getByTestId('staff-thanks').getByText('感谢您的评价').waitFor();
        expect(await noSideways(page)).toBeLessThanOrEqual(PHONE.width);

        // Submitting the same link from the other page: the server's words, and nothing counted twice.
        await fillSheet(other.getByTestId('sheet').first(), '1');
        await other.getByRole('button', { name: '提交评价' }).click();
        // As above: the dialog has opened (and finished moving in) before its button is pressed.
        const otherConfirm = other.locator('.ant-modal-confirm');
        await otherConfirm.locator('.ant-modal-confirm-title').getByText(/未打分的项视为弃权/).waitFor();
        const again = await answered(other, 'POST', /^\/api\/v1\/rate\//, () =>
          otherConfirm.getByRole('button', { name: '提交评价' }).click(),
        );
        expect(again.status()).toBe(409);
        await other
          .getByTestId('staff-link-problem')
          .getByText('该评价链接已使用，每个链接只能提交一次')
          .waitFor();

        // Opening it again says the same.
        await page.goto(link);
        await page
          .getByTestId('staff-link-problem')
          .getByText('该评价链接已使用，每个链接只能提交一次')
          .waitFor();
        expect(await page.getByTestId('sheet').count()).toBe(0);
        // A made-up link is unknown.
        await page.goto(`/rate/${'A'.repeat(43)}`);
        await page.getByTestId('staff-link-problem').getByText('评价链接无效').waitFor();
      },
      PHONE,
    ));

  it('the secretary enters a value, closes and publishes the round', () =>
    inPage(browser, server.baseUrl, 'evaluation-close-publish', async (page) => {
      const mine = await member.call<{ sheets: { group: string; rateeName: string }[] }>(
        'GET',
        `/evaluation/rounds/${roundId}/my-sheets`,
      );
      const memberName = mine.sheets.find((s) => s.group === 'self')!.rateeName;
      await login(page, 'secretary');
      await page.goto(`/evaluation/rounds/${roundId}?tab=entry`);
      const picker = page.getByTestId('entry-member');
      await picker.click();
      const option = page
        .locator('.ant-select-dropdown:visible .ant-select-item-option')
        .filter({ hasText: memberName })
        .first();
      await page.keyboard.type(memberName);
      await option.click();
      const form = page.getByTestId('entry-form');
      await form.getByLabel('A1 重点任务攻关').fill('4.5');
      const saved = await answered(
        page,
        'PUT',
        /^\/api\/v1\/evaluation\/rounds\/[0-9a-f-]{36}\/values$/,
        () => form.getByRole('button', { name: /保\s*存/ }).click(),
      );
      expect(saved.status()).toBe(200);

      // The staff group counts the link used in the browser.
      await page.getByRole('tab', { name: '概况' }).click();
      await page.getByTestId('progress-staff').getByText('1/2', { exact: true }).waitFor();

      const closed = await confirmPopconfirm(
        page,
        () => page.getByRole('button', { name: '截止评价' }).click(),
        'POST',
        /^\/api\/v1\/evaluation\/rounds\/[0-9a-f-]{36}\/close$/,
      );
      expect(closed.status()).toBe(200);
      expect(await closed.json()).toEqual({ revokedLinks: 1 });
      await page.getByTestId('round-status').getByText('已截止').waitFor();

      const published = await confirmPopconfirm(
        page,
        () => page.getByRole('button', { name: '公布结果' }).click(),
        'POST',
        /^\/api\/v1\/evaluation\/rounds\/[0-9a-f-]{36}\/publish$/,
      );
      expect(published.status()).toBe(200);
      await page.getByTestId('round-status').getByText('已公布').waitFor();

      // 结果: in name order, each grade marked as a suggestion; one member explained indicator by indicator.
      await page.getByRole('tab', { name: '结果' }).click();
      const table = page.getByTestId('results-table');
      await table.locator('tr.ant-table-row').first().waitFor();
      await page.getByText('名单按姓名排列，不作排名。').waitFor();
      expect(await table.getByTestId('suggestion').first().innerText()).toMatch(/^建议：/);
      await table.getByRole('button', { name: memberName, exact: true }).click();
      const drawer = page.locator('.ant-drawer');
      await drawer.getByTestId('indicator-table').getByText('A1 重点任务攻关').waitFor();
      await drawer.getByText('仅供民主评议参考').waitFor();
    }));

  it('the withdrawn link says so', () =>
    inPage(
      browser,
      server.baseUrl,
      'evaluation-staff-revoked',
      async (page) => {
        await page.goto(links[1]!);
        await page.getByTestId('staff-link-problem').getByText('该评价链接已被收回').waitFor();
      },
      PHONE,
    ));

  it('the member reads the published results and comments', () =>
    inPage(browser, server.baseUrl, 'evaluation-member-published', async (page) => {
      await login(page, 'member');
      expect(await menuEntries(page)).toContain('我的评价');
      expect(await menuEntries(page)).not.toContain('岗位量化评价');
      await page.goto(`/evaluation/my/${roundId}`);
      const table = page.getByTestId('published-table');
      await table.locator('tr.ant-table-row').first().waitFor();
      const names = (await table.locator('tr.ant-table-row td:first-child').allInnerTexts()).map((s) =>
        s.replace('预备党员', '').trim(),
      );
      expect(names.length).toBeGreaterThan(10);
      expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      await page.getByText('接受党员和职工群众监督').waitFor();
      await page.getByTestId('my-result').getByTestId('indicator-table').waitFor();

      const comments = page.getByTestId('comments');
      await comments.getByLabel('内容').fill(COMMENT);
      const res = await answered(
        page,
        'POST',
        /^\/api\/v1\/evaluation\/rounds\/[0-9a-f-]{36}\/comments$/,
        () => comments.getByRole('button', { name: /发\s*表/ }).click(),
      );
      expect(res.status()).toBe(201);
      await comments.getByTestId('comment').filter({ hasText: COMMENT }).waitFor();

      // Members do not run rounds.
      await page.goto('/evaluation/rounds');
      await page.getByText('无权访问').waitFor();
    }));

  it('the published result reaches the branch’s 民主评议 as a suggestion', () =>
    inPage(browser, server.baseUrl, 'evaluation-into-appraisal', async (page) => {
      const me = await member.call<{ user: { displayName: string } }>('GET', '/auth/me');
      const memberName = me.user.displayName;
      await login(page, 'secretary');
      await page.goto('/orglife/appraisals');
      await page.getByRole('button', { name: '开启民主评议' }).click();
      await page.getByText('民主评议已开启').waitFor();
      const row = page.getByTestId('grades-table').locator('tr.ant-table-row', { hasText: memberName });
      const inputs = row.getByTestId('appraisal-inputs');
      await inputs.getByText(/^岗位评价：/).waitFor();
      expect(await inputs.innerText()).toMatch(/建议\s*(优秀|合格|基本合格|不合格)/);
      await page.getByText('等次由支部评定').waitFor();
    }));
});
