import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSession, createMeeting, recordMeeting, roleOrgId, type ApiSession } from './support/api';
import { inPage, launchBrowser, login, PHONE } from './support/browser';
import { confirmPopconfirm } from './support/popconfirm';
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
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: '导出 Excel' }).click(),
      ]);
      expect(file.suggestedFilename()).toBe(`三会一课落实情况-${year}.xlsx`);

      // The drawer names what February lacks and leads to the branch's calendar.
      await february.click();
      const drawer = page.locator('.ant-drawer');
      await drawer.getByText(`主题党日（${year}-02：应开展1次，已开展0次）`).waitFor();
      await drawer.getByRole('button', { name: '查看全年日历' }).click();
      await page.waitForURL(/\/orglife\/compliance\/[0-9a-f-]{36}\?year=/);
      await page.getByTestId('month-3').getByRole('link', { name: 'E2E 三月主题党日暨支委会' }).click();
      await page.waitForURL(/\/orglife\/meetings\/[0-9a-f-]{36}$/);
      const heading = page.getByRole('heading', { name: /E2E 三月主题党日暨支委会/ });
      await heading.waitFor();

      // The committee reviews the record: approves it, then sends it back with a reason.
      await confirmPopconfirm(
        page,
        () => page.getByRole('button', { name: '审核通过' }).click(),
        'POST',
        /^\/api\/v1\/meetings\/[0-9a-f-]{36}\/transition$/,
      );
      await heading.getByText('已审核').waitFor();
      await page.getByRole('button', { name: '退回补充' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('退回原因').fill('请补充会议照片和主持人');
      await dialog.getByRole('button', { name: '退回补充' }).click();
      await heading.getByText('退回补充').waitFor();
      await page.getByText('请补充会议照片和主持人').waitFor();
    });
  });
});

describe('民主评议', () => {
  it('a member evaluates; the committee is refused more than a third as 优秀, with the rule in words', async () => {
    await inPage(browser, server.baseUrl, 'appraisal-open', async (page) => {
      await login(page, 'secretary');
      await page.goto('/orglife/appraisals');
      await page.getByRole('button', { name: '开启民主评议' }).click();
      await page.getByText('民主评议已开启').waitFor();
      await page.getByTestId('grades-table').locator('tr.ant-table-row').first().waitFor();
    });

    await inPage(
      browser,
      server.baseUrl,
      'appraisal-member',
      async (page) => {
        await login(page, 'member');
        await page.goto('/orglife/appraisals');
        await page.getByText('合格', { exact: true }).click();
        await page.getByLabel('自评小结').fill('对照党员标准，按时参加组织生活，完成岗位任务。');
        await page.getByRole('button', { name: '全部评为“合格”' }).click();
        await page.getByRole('button', { name: '提交评议' }).click();
        await page.getByText('评议已提交').waitFor();
      },
      PHONE,
    );

    await inPage(browser, server.baseUrl, 'appraisal-cap', async (page) => {
      await login(page, 'secretary');
      await page.goto('/orglife/appraisals');
      const table = page.getByTestId('grades-table');
      const rows = table.locator('tr.ant-table-row');
      await rows.first().waitFor();
      // The member's ballots arrived as counts only.
      await table.getByText('合格 1').first().waitFor();
      const cap = Math.floor((await rows.count()) / 3);
      for (let i = 0; i <= cap; i++) await rows.nth(i).locator('input[type=checkbox]').check();
      await page.getByLabel('批量评定等次').click();
      await page.locator('.ant-select-item-option').filter({ hasText: '优秀' }).click();
      await page.getByRole('button', { name: `应用到所选 ${cap + 1} 人` }).click();
      await page
        .getByTestId('excellent-count')
        .getByText(`已评“优秀” ${cap + 1} 名 / 最多 ${cap} 名`)
        .waitFor();
      await page.getByRole('button', { name: '保存评定' }).click();
      await page
        .getByTestId('grades-error')
        .getByText(
          `“优秀”一般不超过党员人数的三分之一：本次${await rows.count()}名党员，最多${cap}名，当前评了${cap + 1}名`,
        )
        .waitFor();
    });
  });
});

describe("the branch's year", () => {
  it('plan, talks, absence warnings, ledger and print view', async () => {
    const year = new Date().getUTCFullYear();
    const coverage = await secretary.call<{ missingMembers: { name: string }[] }>(
      'GET',
      `/talks/coverage?orgId=${branchId}&year=${year}`,
    );
    const partner = coverage.missingMembers[0]!.name;
    await inPage(browser, server.baseUrl, 'branch-year', async (page) => {
      await login(page, 'secretary');

      // 年度计划: drafted from the rules, then an item added and removed by hand.
      await page.goto('/orglife/plans');
      await page.getByRole('button', { name: '按规则生成' }).click();
      await page.getByText(/已按规则生成\d+项计划/).waitFor();
      await page.getByTestId('plan-month-1').getByTestId('plan-item').first().waitFor();
      await page.getByRole('button', { name: '在12月新增事项' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('组织生活类型').click();
      await page.locator('.ant-select-item-option').filter({ hasText: '专题学习' }).click();
      await dialog.getByLabel('事项名称').fill('E2E 年终专题学习');
      await dialog.getByRole('button', { name: /保\s*存/ }).click();
      const added = page
        .getByTestId('plan-month-12')
        .getByTestId('plan-item')
        .filter({ hasText: 'E2E 年终专题学习' });
      await added.getByText('待开展').or(added.getByText('逾期未开展')).waitFor();
      await confirmPopconfirm(
        page,
        () => added.getByRole('button', { name: '删除' }).click(),
        'DELETE',
        /^\/api\/v1\/plans\/items\/[0-9a-f-]{36}$/,
      );
      await added.waitFor({ state: 'detached' });

      // 谈心谈话: a member nobody had talked with is covered once the talk is logged.
      await page.goto('/orglife/talks');
      await page.getByTestId('talks-missing').getByText(partner, { exact: true }).waitFor();
      await page.getByRole('button', { name: '记录谈心谈话' }).click();
      await dialog.getByLabel('谈话对象').fill(partner);
      await page.locator('.ant-select-item-option').filter({ hasText: partner }).first().click();
      await dialog.getByLabel('谈话主题').fill('岗位变动后的思想交流');
      await dialog.getByRole('button', { name: /保\s*存/ }).click();
      await page.getByText('谈话已记录').waitFor();
      await expect
        .poll(() => page.getByTestId('talks-missing').getByText(partner, { exact: true }).count())
        .toBe(0);
      await page.getByRole('tab', { name: /谈话记录/ }).click();
      await page.getByTestId('talk-log').getByText('岗位变动后的思想交流').waitFor();

      // 台账导出: the job runs, then the files download.
      await page.goto('/orglife/ledger');
      await page.getByRole('button', { name: '生成台账' }).click();
      await page.getByText('台账已生成').waitFor({ timeout: 60_000 });
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: '下载汇总表（Excel）' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.xlsx$/);

      await page.goto(`/print/meetings?orgId=${branchId}&year=${year}`);
      await page.getByRole('heading', { name: `制丝车间第一党支部 ${year}年度组织生活记录` }).waitFor();
    });

    await inPage(browser, server.baseUrl, 'absence-warnings', async (page) => {
      await login(page, 'admin');
      await page.goto('/orglife/absence');
      await page.getByTestId('absence-table').getByText('严重：5个月以上').first().waitFor();
    });
  });
});
