import { CREDENTIAL_COLUMNS, type CredentialColumnKey } from '@zhibu/shared';
import ExcelJS from 'exceljs';
import type { Browser, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSession, roleOrgId, type ApiSession } from './support/api';
import { inPage, launchBrowser, login, menuEntries, PHONE } from './support/browser';
import { DEMO_PASSWORD, startZhibu, type TestServer } from './support/server';

// 人才画像: the committee copies the built-in portraits at the root (through the API), scores a member
// of ZS-01 against one and reads the match with its radar, imports credentials (a bad row is named,
// nothing is written until it is fixed), and puts the member into the reserve pool; opens the pool entry
// with its reviews (on a phone), adds a required certificate to a portrait, and goes from a person's
// record to their talent profile. A member sees only their own talent profile in the menu.

let server: TestServer;
let browser: Browser;
let person: { id: string; name: string; idNumber: string };
let portrait: { id: string; title: string };
let root: string;
const stamp = Date.now().toString(36);
const CERT = `计量检定员证 E2E${stamp}`;
const TITLE = `工程师 E2E${stamp}`;
const REQUIRED = `烟草质量检验员 E2E${stamp}`;

beforeAll(async () => {
  server = await startZhibu();
  browser = await launchBrowser();
  const admin = await apiSession(server.baseUrl, 'admin');
  root = await roleOrgId(admin);
  await admin.call('POST', '/talent/portraits/copy', { scopeOrgId: root });
  const member = await apiSession(server.baseUrl, 'member');
  // The member's own view carries their ID number in full.
  const mine = await member.call<{ person: { id: string; name: string; idNumber: string } }>(
    'GET',
    '/talent/me/credentials',
  );
  person = mine.person;
  const list = await admin.call<{ items: { id: string; code: string; title: string }[] }>(
    'GET',
    `/talent/portraits?orgId=${root}`,
  );
  portrait = list.items.find((p) => p.code === 'qi-physical')!;
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

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

type Line = Partial<Record<CredentialColumnKey, string>>;

async function credentialFile(lines: Line[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('证书资格');
  ws.addRow(CREDENTIAL_COLUMNS.map((c) => (c.required ? `${c.header}*` : c.header)));
  for (const line of lines) ws.addRow(CREDENTIAL_COLUMNS.map((c) => line[c.key] ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** The day as the browser's date pickers default to it (the same machine), never after the server's. */
const localDay = () => new Date().toLocaleDateString('sv-SE');

/** The member's active pool entries (the demo may have put them into the pool already). */
async function poolEntriesOf(admin: ApiSession): Promise<string[]> {
  const pool = await admin.call<{ items: { id: string; person: { id: string } }[] }>(
    'GET',
    `/talent/reserve?orgId=${root}&q=${encodeURIComponent(person.name)}`,
  );
  return pool.items.filter((i) => i.person.id === person.id).map((i) => i.id);
}

describe('talent profiles', () => {
  it('the committee scores a member against a portrait and sees the radar and the match score', () =>
    inPage(browser, server.baseUrl, 'talent-score', async (page) => {
      await login(page, 'admin');
      await page.goto(`/talent/people/${person.id}?portrait=${portrait.id}`);
      await page.getByRole('heading', { name: `${person.name}的人才档案` }).waitFor();
      await page.getByTestId('talent-match').waitFor();

      await page.getByRole('button', { name: '录入评分' }).click();
      const modal = page.locator('.ant-modal').filter({ hasText: '录入评分' });
      const boxes = modal.getByRole('spinbutton');
      await boxes.first().waitFor();
      const n = await boxes.count();
      expect(n).toBeGreaterThanOrEqual(7);
      for (let i = 0; i < n; i++) await boxes.nth(i).fill('80');
      const res = await answered(page, 'POST', /\/talent\/people\/[^/]+\/scores$/, () =>
        modal.getByRole('button', { name: /保\s*存/ }).click(),
      );
      expect(res.status()).toBe(201);
      // Every indicator at 80: whatever the weights, the match is 80.
      await page.getByTestId('match-score').getByText('80.00').waitFor();
      await page.getByTestId('talent-radar').waitFor();
      await expect(page.getByTestId('talent-radar').locator('polygon').count()).resolves.toBeGreaterThan(1);
      await page
        .getByTestId('match-explanation')
        .getByText(/政治素质 80 分/)
        .first()
        .waitFor();
    }));

  it('imports credentials: a bad row is named and nothing written, the fixed file is committed', () =>
    inPage(browser, server.baseUrl, 'talent-import', async (page) => {
      await login(page, 'admin');
      await page.goto('/talent/import');
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: '下载导入模板' }).click();
      expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
      await page.getByRole('button', { name: '已有填好的文件，去上传' }).click();

      const cert: Line = {
        personName: person.name,
        idNumber: person.idNumber,
        kind: '证书',
        name: CERT,
        obtainedOn: '2022-03-01',
      };
      // A title without its level: row 3 of the sheet.
      const title: Line = {
        personName: person.name,
        idNumber: person.idNumber,
        kind: '职称',
        name: TITLE,
        obtainedOn: '2020-07-01',
      };
      const input = page.locator('input[type=file]');
      let res = await answered(page, 'POST', /\/talent\/credential-imports$/, async () =>
        input.setInputFiles({
          name: '证书.xlsx',
          mimeType: XLSX,
          buffer: await credentialFile([cert, title]),
        }),
      );
      expect(res.status()).toBe(200);
      const report = page.getByTestId('credential-report');
      await report.getByText('1 行有问题（1 行无误）').waitFor();
      const row = report.getByTestId('credential-report-row').filter({ hasText: '第 3 行' });
      await row.getByText('职称须填写等级').waitFor();
      expect(await report.getByRole('button', { name: /确认导入/ }).count()).toBe(0);

      await report.getByRole('button', { name: '重新上传' }).click();
      res = await answered(page, 'POST', /\/talent\/credential-imports$/, async () =>
        input.setInputFiles({
          name: '证书.xlsx',
          mimeType: XLSX,
          buffer: await credentialFile([cert, { ...title, level: '中级' }]),
        }),
      );
      expect(res.status()).toBe(200);
      await report.getByText('校验通过').waitFor();
      res = await answered(page, 'POST', /\/talent\/credential-imports$/, () =>
        report.getByRole('button', { name: /确认导入 2 行/ }).click(),
      );
      expect(res.status()).toBe(201);
      await page.getByText('已为 1 人导入 2 项证书资格。').waitFor();

      await page.goto(`/talent/people/${person.id}`);
      const credentials = page.getByTestId('person-credentials');
      await credentials.getByTestId('talent-credential').filter({ hasText: CERT }).waitFor();
      await credentials.getByTestId('highest-title').getByText(TITLE).waitFor();
    }));

  it('puts the member into the reserve pool and lists the entry', async () => {
    // The demo keeps the member in the pool against their own post: the branch takes them out first.
    const admin = await apiSession(server.baseUrl, 'admin');
    for (const id of await poolEntriesOf(admin)) {
      await admin.call('POST', `/talent/reserve/${id}/reviews`, {
        reviewedOn: localDay(),
        outcome: 'remove',
        reason: '改按质量检验岗位培养',
      });
    }
    await inPage(browser, server.baseUrl, 'talent-reserve', async (page) => {
      await login(page, 'admin');
      await page.goto(`/talent/people/${person.id}?portrait=${portrait.id}`);
      const card = page.getByTestId('person-reserve');
      await card.getByText('未在后备人才库中').waitFor();
      await card.getByRole('button', { name: '纳入后备人才库' }).click();
      const modal = page.locator('.ant-modal').filter({ hasText: '纳入后备人才库' });
      await modal.getByLabel('培养方向').fill('工艺质量');
      const res = await answered(page, 'POST', /\/talent\/reserve$/, () =>
        modal.getByRole('button', { name: /保\s*存/ }).click(),
      );
      expect(res.status()).toBe(201);
      await card.getByText('工艺质量').waitFor();
      await card.getByText(portrait.title).waitFor();

      await page.goto('/talent/reserve');
      const entry = page.getByTestId('reserve-entry').filter({ hasText: person.name });
      await entry.getByText(portrait.title).waitFor();
      await entry.getByRole('button', { name: /复\s*核/ }).waitFor();
    });
  });

  it('opens a pool entry from the list and reads who reviewed it, when and why; reviews it there (phone)', async () => {
    // A review recorded earlier (through the API), so the history is not empty when the page opens.
    const admin = await apiSession(server.baseUrl, 'admin');
    const [entryId] = await poolEntriesOf(admin);
    const today = localDay();
    await admin.call('POST', `/talent/reserve/${entryId}/reviews`, {
      reviewedOn: today,
      outcome: 'keep',
      reason: '年度复核，继续培养 E2E',
    });

    await inPage(
      browser,
      server.baseUrl,
      'talent-reserve-entry',
      async (page) => {
        await login(page, 'admin');
        await page.goto('/talent/reserve');
        const row = page.getByTestId('reserve-entry').filter({ hasText: person.name });
        await row.getByRole('link', { name: '详情' }).click();
        await page.waitForURL(new RegExp(`/talent/reserve/${entryId}$`));
        await page.getByRole('heading', { name: `后备人才：${person.name}` }).waitFor();
        const facts = page.getByTestId('reserve-entry-facts');
        await facts.getByText(portrait.title).waitFor();
        await facts.getByText('工艺质量').waitFor();
        await page.getByTestId('reserve-criteria').getByText('岗位画像匹配度不低于 75 分').waitFor();

        const history = page.getByTestId('reserve-history');
        const first = history.getByTestId('reserve-review').filter({ hasText: '年度复核，继续培养 E2E' });
        await first.getByText(today).first().waitFor();
        await first.getByText(admin.displayName).waitFor();
        await first.getByText('继续保留').waitFor();

        await page.getByRole('button', { name: /^复\s*核$/ }).click();
        const modal = page.locator('.ant-modal').filter({ hasText: `复核：${person.name}` });
        await modal.getByLabel('理由').fill('支部委员会复核 E2E');
        const res = await answered(page, 'POST', /\/talent\/reserve\/[^/]+\/reviews$/, () =>
          modal.getByRole('button', { name: /保\s*存/ }).click(),
        );
        expect(res.status()).toBe(201);
        // Newest first.
        await history.getByTestId('reserve-review').first().getByText('支部委员会复核 E2E').waitFor();
        await expect(history.getByTestId('reserve-review').count()).resolves.toBe(2);
        expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
      },
      PHONE,
    );
  });

  it('adds a required certificate to a portrait: the API’s objection in Chinese, then saved and kept', () =>
    inPage(browser, server.baseUrl, 'talent-portrait-certificate', async (page) => {
      await login(page, 'admin');
      await page.goto(`/talent/portraits/${portrait.id}`);
      await page.getByRole('heading', { name: portrait.title }).waitFor();
      await page.getByRole('button', { name: /编\s*辑/ }).click();
      await page.getByRole('button', { name: '添加证书要求' }).click();
      const added = page.getByTestId('certificate-requirement').last();
      // The portrait already asks for 实验室内审员: the API refuses the same certificate twice.
      await added.getByLabel('证书名称').fill('实验室内审员');
      let res = await answered(page, 'PUT', /\/talent\/portraits\/[^/]+$/, () =>
        page.getByRole('button', { name: /保\s*存/ }).click(),
      );
      expect(res.status()).toBe(400);
      await page
        .getByTestId('portrait-issues')
        .getByText('证书要求：证书名称重复，同一证书只能要求一次')
        .waitFor();

      await added.getByLabel('证书名称').fill(REQUIRED);
      await added.getByLabel('最低等级').click();
      await page
        .locator('.ant-select-item-option')
        .filter({ hasText: /^高级工$/ })
        .click();
      res = await answered(page, 'PUT', /\/talent\/portraits\/[^/]+$/, () =>
        page.getByRole('button', { name: /保\s*存/ }).click(),
      );
      expect(res.status()).toBe(200);

      await page.reload();
      const row = page.getByTestId('portrait-certificates').locator('tr').filter({ hasText: REQUIRED });
      await row.getByText('高级工').waitFor();
      // Not mandatory: no 必备 tag on it.
      await expect(row.getByText('必备').count()).resolves.toBe(0);
    }));

  it('a person’s record leads to their talent profile, for those who may open it only', async () => {
    await inPage(browser, server.baseUrl, 'talent-person-link', async (page) => {
      await login(page, 'admin');
      await page.goto(`/people/${person.id}`);
      await page.getByTestId('person-talent-link').click();
      await page.waitForURL(new RegExp(`/talent/people/${person.id}$`));
      await page.getByRole('heading', { name: `${person.name}的人才档案` }).waitFor();
    });

    // An inspector reads people across the tree but no talent data: no link to a page that would refuse.
    const username = `insp${stamp}`;
    const sys = await apiSession(server.baseUrl, 'sysadmin');
    const { id } = await sys.call<{ id: string }>('POST', '/accounts', {
      username,
      displayName: '督查 E2E',
      initialPassword: DEMO_PASSWORD,
    });
    const sec = await apiSession(server.baseUrl, 'secadmin');
    const orgs = await sec.call<{ items: { id: string; parentId: string | null }[] }>(
      'GET',
      '/accounts/org-options',
    );
    await sec.call('POST', `/accounts/${id}/roles`, {
      role: 'inspector',
      orgNodeId: orgs.items.find((o) => o.parentId === null)!.id,
    });
    const inspector = await apiSession(server.baseUrl, username);
    const password = `Insp#${stamp}2026`;
    await inspector.call('POST', '/auth/password', { currentPassword: DEMO_PASSWORD, newPassword: password });
    await inPage(browser, server.baseUrl, 'talent-person-no-link', async (page) => {
      await login(page, username, password);
      await page.goto(`/people/${person.id}`);
      await page.getByRole('heading', { name: person.name }).waitFor();
      await page.getByRole('tab', { name: '基本信息' }).waitFor();
      await expect(page.getByTestId('person-talent-link').count()).resolves.toBe(0);
    });
  });

  it('a member has no talent management menu, only their own profile with the radar', () =>
    inPage(browser, server.baseUrl, 'talent-member', async (page) => {
      await login(page, 'member');
      const entries = await menuEntries(page);
      expect(entries).toContain('我的人才档案');
      for (const e of ['岗位画像', '人才梯队', '后备人才库', '证书导入']) expect(entries).not.toContain(e);
      await page.goto('/talent/me');
      // The demo has scored the member against their own post too: choose the portrait scored above.
      await page.getByLabel('岗位画像').click();
      await page.locator('.ant-select-item-option').filter({ hasText: portrait.title }).click();
      await page.getByTestId('talent-radar').waitFor();
      await page.getByTestId('match-score').getByText('80.00').waitFor();
    }));
});
