import type { Browser, Page, Response } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSession, roleOrgId } from './support/api';
import { inPage, launchBrowser, login, menuEntries, PHONE } from './support/browser';
import { startZhibu, type TestServer } from './support/server';

// 党员积分: the committee puts the 先锋指数 rule set in force (through the API); a member claims an
// item with a photo on a phone, the secretary returns it with a reason, the member appeals, the
// committee upholds the appeal and the member's total goes up. Members see no review or overview.

let server: TestServer;
let browser: Browser;
const year = new Date().getFullYear();
// Unique per run, so that the flows find their own claim even against a reused server.
const NOTE = `E2E 兑现承诺 ${Date.now()}`;
const REJECT_REASON = '佐证材料不能说明承诺已兑现';
const APPEAL_REASON = '已补充带教记录，请复核';
const DECISION_REASON = '带教记录属实';
let totalBefore = 0;

beforeAll(async () => {
  server = await startZhibu();
  browser = await launchBrowser();
  const admin = await apiSession(server.baseUrl, 'admin');
  // The committee administrator's role sits at the root of the tree.
  const created = await admin.call<{ id: string }>('POST', '/points/rule-sets', {
    scopeOrgId: await roleOrgId(admin),
    year,
    templateKey: 'pioneer-index',
  });
  await admin.call('POST', `/points/rule-sets/${created.id}/publish`);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function evidencePhoto(): Promise<Buffer> {
  return sharp({ create: { width: 320, height: 240, channels: 3, background: { r: 200, g: 16, b: 46 } } })
    .png()
    .toBuffer();
}

/** Waits for the API call a click causes, so later steps read what the server has stored. */
async function answered(
  page: Page,
  method: string,
  path: RegExp,
  act: () => Promise<void>,
): Promise<Response> {
  const [res] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === method && path.test(new URL(r.url()).pathname)),
    act(),
  ]);
  return res;
}

/** The number the balance card shows as 总分. */
async function total(page: Page): Promise<number> {
  const text = await page.getByTestId('points-total').locator('.ant-statistic-content-value').innerText();
  return Number(text.replace('−', '-'));
}

/** The member's claim of this run in the entries list. */
const ourEntry = (page: Page) => page.getByTestId('point-entry').filter({ hasText: NOTE });

/**
 * Picks an option of a form's Select. A tap that lands while the drop-down is still animating in can
 * be lost on a loaded machine, so the pick is tried again until the choice shows in the box.
 */
async function pickOption(page: Page, label: string, text: string) {
  const box = page.getByLabel(label);
  const item = page.locator('.ant-form-item').filter({ has: box });
  const chosen = item.locator('.ant-select-content, .ant-select-selection-item').filter({ hasText: text });
  for (let attempt = 0; attempt < 4; attempt++) {
    await box.click();
    const option = page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: text })
      .first();
    await option.waitFor();
    await page.waitForTimeout(300);
    await option.click();
    try {
      await chosen.first().waitFor({ timeout: 3000 });
      return;
    } catch {
      await page.keyboard.press('Escape');
    }
  }
  await chosen.first().waitFor();
}

async function openMine(page: Page) {
  await page.goto('/points/me');
  await page.getByTestId('balance-card').waitFor();
}

describe('members’ points', () => {
  it('a member claims 践行承诺事项 with a photo on a phone and sees it waiting for review', () =>
    inPage(
      browser,
      server.baseUrl,
      'points-member-claim',
      async (page) => {
        await login(page, 'member');
        await openMine(page);
        totalBefore = await total(page);
        await page.getByTestId('balance-lines').waitFor();

        await page.getByRole('button', { name: '申报积分' }).click();
        const drawer = page.locator('.ant-drawer');
        await drawer.getByText('提交申报').waitFor();
        await pickOption(page, '积分事项', '践行承诺事项');
        // The item says what it gives and that evidence is required.
        await drawer.getByTestId('claim-item-facts').getByText('须上传佐证材料').waitFor();
        // Without evidence the form refuses before anything is sent.
        await drawer.getByRole('button', { name: '提交申报' }).click();
        await drawer.getByText('该事项须上传佐证材料').waitFor();
        await drawer.getByTestId('claim-files-input').setInputFiles({
          name: '带教记录.png',
          mimeType: 'image/png',
          buffer: await evidencePhoto(),
        });
        await drawer.getByTestId('claim-file').getByText('带教记录.png').waitFor();
        await drawer.getByLabel('说明').fill(NOTE);
        const res = await answered(page, 'POST', /^\/api\/v1\/points\/claims$/, () =>
          drawer.getByRole('button', { name: '提交申报' }).click(),
        );
        expect(res.status()).toBe(201);
        await page.getByText('已提交，等待支部审核').waitFor();

        const entry = ourEntry(page);
        await entry.getByTestId('entry-status').getByText('待审核').waitFor();
        await entry.getByText('申报', { exact: true }).waitFor();
        await entry.getByTestId('entry-evidence').getByText('带教记录.png').waitFor();
        // A claim waiting for review does not count yet.
        expect(await total(page)).toBe(totalBefore);
        await page
          .getByTestId('balance-lines')
          .getByText(/待审核/)
          .waitFor();
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          PHONE.width,
        );
      },
      PHONE,
    ));

  it('the secretary returns the claim with a reason', () =>
    inPage(browser, server.baseUrl, 'points-secretary-review', async (page) => {
      await login(page, 'secretary');
      expect(await menuEntries(page)).toEqual(expect.arrayContaining(['积分审核']));
      await page.goto('/points/review');
      const claim = page.getByTestId('queued-claim').filter({ hasText: NOTE });
      await claim.getByText('践行承诺事项').waitFor();
      await claim.getByTestId('entry-evidence').getByText('带教记录.png').waitFor();
      await claim.getByRole('button', { name: /退\s*回/ }).click();
      const dialog = page.getByRole('dialog');
      // A reason is required.
      await dialog.getByRole('button', { name: /退\s*回/ }).click();
      await dialog.getByText('请填写退回理由').waitFor();
      await dialog.getByLabel('退回理由').fill(REJECT_REASON);
      const res = await answered(page, 'POST', /^\/api\/v1\/points\/entries\/[0-9a-f-]{36}\/review$/, () =>
        dialog.getByRole('button', { name: /退\s*回/ }).click(),
      );
      expect(res.status()).toBe(204);
      await expect.poll(() => claim.count()).toBe(0);

      // The members' tab is a roster in name order with the member's points a click away.
      await page.getByRole('tab', { name: '党员积分' }).click();
      await page.getByTestId('balance-table').locator('tr.ant-table-row').first().waitFor();
      await page.getByText('名单按姓名排列，不作排名。').waitFor();
    }));

  it('the member reads the reason and appeals', () =>
    inPage(
      browser,
      server.baseUrl,
      'points-member-appeal',
      async (page) => {
        await login(page, 'member');
        await openMine(page);
        const entry = ourEntry(page);
        await entry.getByTestId('entry-status').getByText('未通过').waitFor();
        await entry.getByTestId('entry-review-reason').getByText(REJECT_REASON, { exact: false }).waitFor();
        await entry.getByRole('button', { name: /申\s*诉/ }).click();
        const dialog = page.getByRole('dialog');
        await dialog.getByLabel('申诉理由').fill(APPEAL_REASON);
        const res = await answered(page, 'POST', /^\/api\/v1\/points\/entries\/[0-9a-f-]{36}\/appeal$/, () =>
          dialog.getByRole('button', { name: '提交申诉' }).click(),
        );
        expect(res.status()).toBe(201);
        await entry.getByText('申诉处理中').waitFor();
        expect(await entry.getByRole('button', { name: /申\s*诉/ }).count()).toBe(0);
        await page.getByTestId('appeal-list').getByText(APPEAL_REASON, { exact: false }).waitFor();
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          PHONE.width,
        );
      },
      PHONE,
    ));

  it('the committee upholds the appeal', () =>
    inPage(browser, server.baseUrl, 'points-admin-decide', async (page) => {
      await login(page, 'admin');
      expect(await menuEntries(page)).toEqual(expect.arrayContaining(['申诉裁决', '积分规则', '积分概况']));
      await page.goto('/points/appeals');
      const appeal = page.getByTestId('open-appeal').filter({ hasText: APPEAL_REASON });
      await appeal.getByText(REJECT_REASON, { exact: false }).waitFor();
      await appeal.getByRole('button', { name: '申诉成立' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('裁决理由').fill(DECISION_REASON);
      const res = await answered(page, 'POST', /^\/api\/v1\/points\/appeals\/[0-9a-f-]{36}\/decision$/, () =>
        dialog.getByRole('button', { name: '申诉成立' }).click(),
      );
      expect(res.status()).toBe(204);
      await expect.poll(() => appeal.count()).toBe(0);
    }));

  it('the member sees the entry approved and the total changed', () =>
    inPage(
      browser,
      server.baseUrl,
      'points-member-result',
      async (page) => {
        await login(page, 'member');
        await openMine(page);
        const entry = ourEntry(page);
        await entry.getByTestId('entry-status').getByText('已通过').waitFor();
        await entry.getByTestId('entry-counted').getByText('计入 +2 分').waitFor();
        expect(await total(page)).toBe(totalBefore + 2);
        const decided = page
          .getByTestId('appeal-list')
          .getByTestId('appeal')
          .filter({ hasText: APPEAL_REASON });
        await decided.getByText('申诉成立').waitFor();
        await decided.getByTestId('appeal-decision').getByText(DECISION_REASON, { exact: false }).waitFor();
      },
      PHONE,
    ));

  it('members have no review or overview', () =>
    inPage(browser, server.baseUrl, 'points-member-menu', async (page) => {
      await login(page, 'member');
      const menu = await menuEntries(page);
      expect(menu).toContain('我的积分');
      expect(menu).not.toContain('积分审核');
      expect(menu).not.toContain('积分概况');
      await page.goto('/points/review');
      await page.getByText('无权访问').waitFor();
      await page.goto('/points/overview');
      await page.getByText('无权访问').waitFor();
    }));

  it('ordering by points is off until the committee turns it on, and then for the branch only', async () => {
    const admin = await apiSession(server.baseUrl, 'admin');
    const last = year - 1;
    const draft = await admin.call<{ id: string }>('POST', '/points/rule-sets', {
      scopeOrgId: await roleOrgId(admin),
      year: last,
      templateKey: 'base-sixty',
    });
    await inPage(browser, server.baseUrl, 'points-ranking-on', async (page) => {
      await login(page, 'secretary');
      await page.goto(`/points/review?tab=members&year=${last}`);
      await page.getByText('名单按姓名排列，不作排名。').waitFor();
      expect(await page.getByTestId('balance-order').count()).toBe(0);
    });
    await inPage(browser, server.baseUrl, 'points-ranking-switch', async (page) => {
      await login(page, 'admin');
      await page.goto(`/points/rule-sets/${draft.id}`);
      await page.getByText('关闭（默认）：名单只按姓名排列').waitFor();
      const saved = await answered(page, 'PUT', new RegExp(`^/api/v1/points/rule-sets/${draft.id}$`), () =>
        page.getByTestId('ranking-switch').click(),
      );
      expect(saved.status()).toBe(204);
      await page.getByText('开启：支部管理员可按积分排序，党员看不到').waitFor();
    });
    await admin.call('POST', `/points/rule-sets/${draft.id}/publish`);
    await inPage(browser, server.baseUrl, 'points-ranking-ordered', async (page) => {
      await login(page, 'secretary');
      await page.goto(`/points/review?tab=members&year=${last}`);
      await page.getByTestId('balance-order').getByText('按积分').click();
      await page.getByText(/^按积分从高到低排列/).waitFor();
    });
  });
});
