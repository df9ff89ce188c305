import { CREDENTIAL_COLUMNS, type CredentialColumnKey } from '@zhibu/shared';
import ExcelJS from 'exceljs';
import type { Browser, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSession, roleOrgId } from './support/api';
import { inPage, launchBrowser, login, menuEntries } from './support/browser';
import { startZhibu, type TestServer } from './support/server';

// 人才画像: the committee copies the built-in portraits at the root (through the API), scores a member
// of ZS-01 against one and reads the match with its radar, imports credentials (a bad row is named,
// nothing is written until it is fixed), and puts the member into the reserve pool. A member sees only
// their own talent profile in the menu.

let server: TestServer;
let browser: Browser;
let person: { id: string; name: string; idNumber: string };
let portrait: { id: string; title: string };
const stamp = Date.now().toString(36);
const CERT = `计量检定员证 E2E${stamp}`;
const TITLE = `工程师 E2E${stamp}`;

beforeAll(async () => {
  server = await startZhibu();
  browser = await launchBrowser();
  const admin = await apiSession(server.baseUrl, 'admin');
  const root = await roleOrgId(admin);
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

  it('puts the member into the reserve pool and lists the entry', () =>
    inPage(browser, server.baseUrl, 'talent-reserve', async (page) => {
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
    }));

  it('a member has no talent management menu, only their own profile with the radar', () =>
    inPage(browser, server.baseUrl, 'talent-member', async (page) => {
      await login(page, 'member');
      const entries = await menuEntries(page);
      expect(entries).toContain('我的人才档案');
      for (const e of ['岗位画像', '人才梯队', '后备人才库', '证书导入']) expect(entries).not.toContain(e);
      await page.goto('/talent/me');
      await page.getByTestId('talent-radar').waitFor();
      await page.getByTestId('match-score').getByText('80.00').waitFor();
    }));
});
