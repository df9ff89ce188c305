import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inPage, launchBrowser, login } from './support/browser';
import { badIdNumberFor, fillTemplate, idNumberFor } from './support/roster-file';
import { startZhibu, type TestServer } from './support/server';

// The import wizard end to end against the API contract: template → upload → per-row report →
// upload again → confirm → progress → done.

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

async function upload(page: Page, file: Buffer, name: string) {
  await page.locator('input[type=file]').setInputFiles({
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: file,
  });
}

describe('people import wizard', () => {
  it('reports the bad row, then imports the corrected file', async () => {
    await inPage(browser, server.baseUrl, 'import-wizard', async (page) => {
      await login(page, 'admin');
      await page.goto('/people/import');
      await page.getByText('请使用系统提供的 Excel 模板').waitFor();

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: '下载导入模板' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
      const template = readFileSync(await download.path());

      const good = [
        { name: '导入测试甲', idNumber: idNumberFor(1) },
        { name: '导入测试乙', idNumber: idNumberFor(2) },
      ];
      const withBadRow = await fillTemplate(template, [
        ...good,
        { name: '导入测试丙', idNumber: badIdNumberFor(3) },
      ]);

      await page.getByRole('button', { name: '已有填好的文件，去上传' }).click();
      await upload(page, withBadRow, '人员名单-有错.xlsx');
      const report = page.getByTestId('import-report');
      await report.getByText('1 行数据有误').waitFor({ timeout: 60_000 });
      // The bad person is the third data row: Excel row 4. (The table fills in after the summary: wait
      // for the row that names the field rather than reading whatever row is there first.)
      const row = report.locator('.ant-table-tbody tr.ant-table-row', { hasText: '身份证号' }).first();
      await row.waitFor({ timeout: 30_000 });
      expect(await row.locator('td').first().innerText()).toBe('4');
      expect(await report.getByRole('button', { name: /确认导入/ }).count()).toBe(0);
      const [reportFile] = await Promise.all([
        page.waitForEvent('download'),
        report.getByRole('button', { name: '下载校验报告' }).click(),
      ]);
      expect(reportFile.suggestedFilename()).toMatch(/\.xlsx$/);

      await report.getByRole('button', { name: '重新上传' }).click();
      await upload(page, await fillTemplate(template, good), '人员名单.xlsx');
      await page.getByText('校验通过：2 行数据全部有效，可以导入。').waitFor({ timeout: 60_000 });
      await page.getByRole('button', { name: '确认导入 2 行' }).click();
      await page.getByText('导入完成').waitFor({ timeout: 60_000 });
      await page.getByText('已成功导入 2 人。').waitFor();

      await page.getByRole('button', { name: '查看人员名册' }).click();
      await page.waitForURL(/\/people$/);
      await page.getByLabel('姓名或完整身份证号').fill('导入测试');
      await page.getByLabel('姓名或完整身份证号').press('Enter');
      const rows = page.locator('.ant-table-tbody tr.ant-table-row');
      await expect
        .poll(async () => (await rows.locator('td:first-child').allInnerTexts()).sort())
        .toEqual(['导入测试乙', '导入测试甲'].sort());
    });
  });
});
