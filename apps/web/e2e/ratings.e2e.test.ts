import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSession, createMeeting, roleOrgId } from './support/api';
import { inPage, launchBrowser, login, menuEntries, PHONE } from './support/browser';
import { confirmPopconfirm } from './support/popconfirm';
import { startZhibu, type TestServer } from './support/server';

// 考评定级: the committee sets up a scheme from a template, opens and evaluates a round and reads the
// branches' results; a secretary reads their own branch's result; members see none of it.

let server: TestServer;
let browser: Browser;
let branchRoundUrl = '';

const SCHEME = 'E2E 目标考核';
const BRANCH_SCHEME = 'E2E 支部任务清单';

/**
 * The round the secretary's flows read, set up through the API so that they do not depend on the
 * committee's flow (which builds its own round through the pages).
 */
async function evaluatedRound(baseUrl: string): Promise<string> {
  const admin = await apiSession(baseUrl, 'admin');
  // The committee administrator's role sits at the root of the tree.
  const scheme = await admin.call<{ id: string }>('POST', '/rating-schemes', {
    scopeOrgId: await roleOrgId(admin),
    templateKey: 'target-18',
    code: 'E2E-BRANCH',
    name: BRANCH_SCHEME,
  });
  await admin.call('POST', `/rating-schemes/${scheme.id}/versions/1/publish`);
  const now = new Date();
  const round = await admin.call<{ id: string }>('POST', '/rating-rounds', {
    schemeId: scheme.id,
    version: 1,
    year: now.getFullYear(),
    quarter: Math.floor(now.getMonth() / 3) + 1,
    title: `${BRANCH_SCHEME} 本季度`,
  });
  const { jobId } = await admin.call<{ jobId: string }>('POST', `/rating-rounds/${round.id}/evaluate`);
  for (let i = 0; i < 600; i++) {
    const job = await admin.call<{ state: string }>('GET', `/jobs/${jobId}`);
    if (job.state === 'succeeded') return `/ratings/rounds/${round.id}`;
    if (job.state === 'failed') throw new Error('evaluation failed');
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('evaluation did not finish');
}

beforeAll(async () => {
  server = await startZhibu();
  browser = await launchBrowser();
  branchRoundUrl = await evaluatedRound(server.baseUrl);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/**
 * Picks an organisation in the dialog's tree select: searched by name, then checked as chosen. On a
 * loaded machine a click can land while the drop-down is still animating in and be lost, so the pick
 * is tried again until the choice shows.
 */
async function pickOrg(page: Page, label: string, name: string) {
  const dialog = page.getByRole('dialog');
  const box = dialog.getByLabel(label);
  const chosen = dialog.getByTitle(new RegExp(`^${name}`));
  for (let attempt = 0; attempt < 4; attempt++) {
    await box.click();
    await box.fill(name);
    const option = page.locator('.ant-select-dropdown:visible .ant-select-tree-node-content-wrapper').filter({ hasText: name }).first();
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

/** The number a Statistic shows. */
async function statistic(page: Page, testId: string): Promise<number> {
  return Number(await page.getByTestId(testId).locator('.ant-statistic-content-value').innerText());
}

describe('ratings', () => {
  it('the committee creates a scheme, opens and evaluates a round, reads and exports the results', () =>
    inPage(browser, server.baseUrl, 'ratings-admin', async (page) => {
      await login(page, 'admin');
      expect(await menuEntries(page)).toEqual(expect.arrayContaining(['考评定级', '考评', '考核方案']));

      // 从模板创建: the quarterly target list, for the whole enterprise.
      await page.goto('/ratings/schemes');
      await page.getByRole('button', { name: '从模板创建' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByTestId('template-target-18').click();
      await pickOrg(page, '适用组织（含下级）', '中共示例卷烟厂委员会');
      await dialog.getByLabel('方案编码').fill('E2E-T18');
      await dialog.getByLabel('方案名称').fill(SCHEME);
      await dialog.getByRole('button', { name: /新\s*建/ }).click();
      await page.waitForURL(/\/ratings\/schemes\/[0-9a-f-]{36}$/);
      await page.getByRole('heading', { name: SCHEME }).waitFor();
      await page.getByTestId('catalogue-table').getByText('支部委员会会议').waitFor();

      // Version 1 is a draft: edited in place, the server's checks come back as a list.
      await page.getByRole('button', { name: '编辑草稿' }).click();
      const formula = page.getByLabel('总分公式');
      await formula.fill('base +');
      await page.getByRole('button', { name: '保存草稿' }).click();
      await page
        .getByTestId('draft-problems')
        .getByText(/公式第 \d+ 个字符/)
        .first()
        .waitFor();
      await formula.fill('base');
      await page.getByLabel('T1.01 满分').fill('7');
      await page.getByRole('button', { name: '保存草稿' }).click();
      await page.getByText('草稿已保存').waitFor();
      await page
        .getByTestId('catalogue-table')
        .getByRole('row', { name: /T1\.01 支部党员大会 自动计算 7/ })
        .waitFor();

      // Publish it, then open a round of the current quarter.
      await confirmPopconfirm(
        page,
        () => page.getByTestId('version-table').getByRole('button', { name: /发\s*布/ }).click(),
        'POST',
        /^\/api\/v1\/rating-schemes\/[0-9a-f-]{36}\/versions\/\d+\/publish$/,
      );
      // The version's status tag, not the toast (which may be gone before a slow machine looks).
      await page.getByTestId('version-table').getByText('已发布', { exact: true }).waitFor();
      await page.getByRole('button', { name: '发起考评' }).click();
      await dialog.getByLabel('季度').waitFor();
      await dialog.getByLabel('考评名称').fill(`${SCHEME} 本季度`);
      await dialog.getByRole('button', { name: '发起考评' }).click();
      await page.waitForURL(/\/ratings\/rounds\/[0-9a-f-]{36}$/);
      await page.getByRole('heading', { name: `${SCHEME} 本季度` }).waitFor();
      await page.getByTestId('round-progress').getByText('参评组织').waitFor();

      // 运行测评: a job; its progress is polled until it has finished.
      await page.getByRole('button', { name: '运行测评' }).click();
      await page.getByText('测评完成，结果已更新').waitFor({ timeout: 30_000 });
      await expect.poll(() => page.getByTestId('round-results').innerText()).toMatch(/20\s*\/\s*20/);

      // 结果一览: the 20 branches, the level distribution and the export with the same filters.
      await page.getByRole('tab', { name: '结果一览' }).click();
      await page.waitForURL(/\/league$/);
      const table = page.getByTestId('league-table');
      await table.getByText('共 20 条').waitFor();
      await expect.poll(() => table.locator('tr.ant-table-row').count()).toBe(20);
      const bars = page.getByTestId('distribution').getByTestId('distribution-row');
      expect(await bars.count()).toBeGreaterThanOrEqual(4);
      const counts = (await bars.allInnerTexts()).map((s) => Number(/(\d+) 个/.exec(s)?.[1] ?? 0));
      expect(counts.reduce((a, b) => a + b, 0)).toBe(20);
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: '导出 Excel' }).click(),
      ]);
      expect(file.suggestedFilename()).toMatch(/\.xlsx$/);

      // Every row leads to the branch's result.
      await table
        .locator('tr', { hasText: '制丝车间第一党支部' })
        .getByRole('link', { name: '结果' })
        .click();
      await page.getByRole('heading', { name: '考评结果：制丝车间第一党支部' }).waitFor();
    }));

  it("a secretary reads their branch's result, simulates a change and cannot see the league table", () =>
    inPage(browser, server.baseUrl, 'ratings-secretary', async (page) => {
      await login(page, 'secretary');
      const menu = await menuEntries(page);
      expect(menu).toContain('考评');
      expect(menu).not.toContain('考核方案');

      await page.goto('/ratings');
      await page.getByRole('link', { name: new RegExp(BRANCH_SCHEME) }).click();
      await page.waitForURL((u) => u.pathname === branchRoundUrl);
      const mine = page.getByTestId('my-orgs');
      await mine.getByText('制丝车间第一党支部').waitFor();
      expect(await page.getByRole('tab', { name: '结果一览' }).count()).toBe(0);
      expect(await page.getByTestId('league-table').count()).toBe(0);
      await mine.getByRole('link', { name: '结果' }).click();

      await page.getByRole('heading', { name: '考评结果：制丝车间第一党支部' }).waitFor();
      await page.getByText('预评结果，发布前可能变化').waitFor();
      await page.getByTestId('explanation').first().waitFor();
      expect(await page.getByTestId('explanation').first().innerText()).toMatch(/得 [\d.]+\/\d+ 分/);
      const gap = page.getByTestId('gap-card');
      await gap.getByText(/下一等级：/).waitFor();

      // 模拟测算 from the first suggestion: the total goes up, and nothing is saved.
      await gap
        .getByTestId('suggestion')
        .first()
        .getByRole('button', { name: /试\s*算/ })
        .click();
      const drawer = page.locator('.ant-drawer');
      await drawer.getByText('不会保存或改变任何数据').waitFor();
      await drawer.getByLabel('数值 1').fill('10');
      await drawer.getByRole('button', { name: /测\s*算/ }).click();
      await drawer.getByTestId('what-if-outcome').waitFor();
      expect(await statistic(page, 'what-if-after')).toBeGreaterThan(await statistic(page, 'what-if-before'));
      await drawer.getByTestId('what-if-changed').first().waitFor();

      // A 支委会 held after the evaluation: the draft result says its records changed and lists none for
      // that criterion, until the round is evaluated again.
      expect(await page.getByTestId('sources-changed').count()).toBe(0);
      const api = await apiSession(server.baseUrl, 'secretary');
      await createMeeting(api, {
        orgNodeId: await roleOrgId(api),
        title: 'E2E 测评后召开的支委会',
        types: ['committee_meeting'],
        heldOn: new Date().toISOString().slice(0, 10),
      });
      await page.reload();
      await page.getByRole('heading', { name: '考评结果：制丝车间第一党支部' }).waitFor();
      await page.getByTestId('sources-changed').first().waitFor();
      expect(await page.getByTestId('sources-changed').first().innerText()).toContain('重新测评后列出计入的记录');

      // The league table is for administrators only, whatever the URL.
      await page.goto(`${branchRoundUrl}/league`);
      await page.getByText('无权访问').waitFor();
    }));

  it('the self-assessment fits a phone', () =>
    inPage(
      browser,
      server.baseUrl,
      'ratings-phone',
      async (page) => {
        await login(page, 'secretary');
        await page.goto(branchRoundUrl);
        await page.getByTestId('my-orgs').getByRole('link', { name: '自评' }).click();
        await page.getByRole('heading', { name: '自评：制丝车间第一党支部' }).waitFor();
        await page.getByTestId('criterion-T1.01').waitFor();
        await page.getByRole('button', { name: '提交审核' }).waitFor();
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          PHONE.width,
        );
      },
      PHONE,
    ));

  it('members have no ratings', () =>
    inPage(browser, server.baseUrl, 'ratings-member', async (page) => {
      await login(page, 'member');
      const menu = await menuEntries(page);
      expect(menu).not.toContain('考评');
      expect(menu).not.toContain('考评定级');
      await page.goto('/ratings');
      await page.getByText('无权访问').waitFor();
    }));
});
