import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSession, createMeeting, roleOrgId, type ApiSession } from './support/api';
import { inPage, launchBrowser, login, PHONE } from './support/browser';
import { startZhibu, type TestServer } from './support/server';

// Recording organisational life: the secretary of 制丝车间第一党支部 on a phone, QR sign-in by a member.

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

/** A date that is not in the future on the server (its time zone is ahead of or equal to UTC). */
const todayUtc = () => new Date().toISOString().slice(0, 10);

const section = (page: Page, n: number) => page.getByTestId(`record-section-${n}`);

/** Nothing sticks out sideways: the page itself never scrolls horizontally. */
async function expectNoHorizontalScroll(page: Page) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll).toBeLessThanOrEqual(client);
}

async function photo(): Promise<Buffer> {
  return sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 200, g: 16, b: 46 } } })
    .jpeg()
    .toBuffer();
}

describe('recording a meeting on a phone (375 px)', () => {
  it('creates a 主题党日 hosting a 党员大会, holds it today, marks attendance, adds a photo and minutes, records it', () =>
    inPage(
      browser,
      server.baseUrl,
      'meeting-record-phone',
      async (page) => {
        const title = 'E2E 十一月主题党日暨党员大会';
        await login(page, 'secretary');
        await page.goto('/orglife/meetings');
        await page.getByRole('button', { name: '新建会议' }).click();
        await page.waitForURL(/\/orglife\/meetings\/new$/);
        await page.getByRole('checkbox', { name: '主题党日' }).check();
        await page.getByRole('checkbox', { name: '支部党员大会' }).check();
        await page.getByLabel('会议名称').fill(title);
        await page.getByRole('button', { name: /保\s*存/ }).click();
        await page.waitForURL(/\/orglife\/meetings\/[0-9a-f-]{36}$/);
        await page.getByRole('heading', { name: new RegExp(title) }).waitFor();
        await expectNoHorizontalScroll(page);

        await page.getByRole('button', { name: '开始记录' }).click();
        await page.waitForURL(/\/record$/);
        // 1. The sitting: held today (the date picker's default).
        await section(page, 1).getByRole('button', { name: '确认召开' }).click();
        // 2. Attendance: everyone present, then two absent on sick leave.
        const attendance = section(page, 2);
        await attendance.getByRole('button', { name: '全部出席' }).click();
        const rows = attendance.getByTestId('attendance-row');
        expect(await rows.count()).toBeGreaterThan(10);
        for (const i of [0, 1]) {
          await rows.nth(i).getByText('缺席', { exact: true }).click();
          await rows.nth(i).getByText('病假', { exact: true }).click();
        }
        await attendance.getByRole('button', { name: '保存出席情况' }).click();
        await page.getByText('出席情况已保存').waitFor();
        await attendance.getByTestId('attendance-summary').getByText('缺席 2（病假 2）').waitFor();
        // 5. A photo from the phone's camera.
        await page.getByTestId('photo-camera-input').setInputFiles({
          name: 'meeting.jpg',
          mimeType: 'image/jpeg',
          buffer: await photo(),
        });
        await section(page, 5).getByRole('img', { name: 'meeting.jpg' }).waitFor();
        // 3. Minutes.
        await page.getByLabel('会议记录（发言和讨论情况）').fill('学习党章；讨论本季度支部工作。');
        await section(page, 3).getByRole('button', { name: '保存会议记录' }).click();
        await page.getByText('会议记录已保存').waitFor();
        await expectNoHorizontalScroll(page);
        // 6. Submit: the meeting is recorded and, with most members present, valid.
        await section(page, 6).getByRole('button', { name: '提交记录' }).click();
        await page.waitForURL(/\/orglife\/meetings\/[0-9a-f-]{36}$/);
        await page.getByTestId('validity').getByText('会议有效').waitFor();
        await page
          .getByRole('heading', { name: new RegExp(title) })
          .getByText('已记录')
          .waitFor();
        await page.getByTestId('attachments').getByRole('img', { name: 'meeting.jpg' }).waitFor();
        await expectNoHorizontalScroll(page);
      },
      PHONE,
    ));

  it('names the quorum rule when too few members attend a 党员大会', async () => {
    const id = await createMeeting(secretary, {
      orgNodeId: branchId,
      title: 'E2E 人数不足的党员大会',
      types: ['general_meeting'],
      heldOn: todayUtc(),
    });
    await inPage(
      browser,
      server.baseUrl,
      'meeting-quorum-phone',
      async (page) => {
        await login(page, 'secretary');
        await page.goto(`/orglife/meetings/${id}/record`);
        const rows = section(page, 2).getByTestId('attendance-row');
        await rows.first().waitFor();
        for (const i of [0, 1, 2]) await rows.nth(i).getByText('出席', { exact: true }).click();
        await section(page, 2).getByRole('button', { name: '保存出席情况' }).click();
        await page.getByText('出席情况已保存').waitFor();
        await page
          .getByTestId('validity')
          .getByText(/党员大会到会人数不足.*实到3名/)
          .waitFor();
      },
      PHONE,
    );
  });
});

describe('QR sign-in (optional)', () => {
  it('marks a member present who scans the code; another meeting is recorded by hand', async () => {
    const member = await apiSession(server.baseUrl, 'member');
    const qrMeeting = await createMeeting(secretary, {
      orgNodeId: branchId,
      title: 'E2E 扫码签到的主题党日',
      types: ['theme_day'],
      heldOn: todayUtc(),
    });
    let url = '';
    await inPage(browser, server.baseUrl, 'sign-in-organiser', async (page) => {
      await login(page, 'secretary');
      await page.goto(`/orglife/meetings/${qrMeeting}`);
      await page.getByRole('button', { name: '扫码签到' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByTestId('sign-in-qr').waitFor();
      await dialog.getByText(/有效期至/).waitFor();
      url = (await dialog.getByTestId('sign-in-url').innerText()).trim();
      expect(url).toMatch(/\/sign-in\//);

      // The member, on their phone, is sent to the login page and back, then confirms.
      await inPage(
        browser,
        server.baseUrl,
        'sign-in-member',
        async (phone) => {
          await phone.goto(url);
          await phone.waitForURL(/\/login\?next=/);
          await phone.getByLabel('用户名或手机号').fill('member');
          await phone.getByLabel('密码').fill('Zhibu@2026');
          await phone.getByRole('button', { name: /登\s*录/ }).click();
          await phone.waitForURL(/\/sign-in\//);
          await phone.getByText('E2E 扫码签到的主题党日').waitFor();
          await phone.getByRole('button', { name: '确认签到' }).click();
          await phone.getByText('签到成功').waitFor();
        },
        PHONE,
      );

      // The organiser's panel picks the sign-in up by itself.
      await dialog.getByText('已扫码签到 1 人').waitFor({ timeout: 20_000 });
      await dialog.getByText(member.displayName).waitFor();
      await dialog
        .locator('.ant-modal-footer')
        .getByRole('button', { name: /关\s*闭/ })
        .click();
      const row = page.getByTestId('attendance-table').locator('tr', { hasText: member.displayName });
      await row.getByText('扫码签到').waitFor();
    });

    // Sign-in is optional: this meeting is recorded entirely by hand.
    const manual = await createMeeting(secretary, {
      orgNodeId: branchId,
      title: 'E2E 手工登记的支部党员大会',
      types: ['general_meeting'],
      heldOn: todayUtc(),
    });
    await inPage(browser, server.baseUrl, 'record-by-hand', async (page) => {
      await login(page, 'secretary');
      await page.goto(`/orglife/meetings/${manual}/record`);
      await section(page, 2).getByRole('button', { name: '全部出席' }).click();
      await section(page, 2).getByRole('button', { name: '保存出席情况' }).click();
      await page.getByText('出席情况已保存').waitFor();
      await page.getByLabel('会议记录（发言和讨论情况）').fill('传达上级会议精神。');
      await section(page, 3).getByRole('button', { name: '保存会议记录' }).click();
      await page.getByText('会议记录已保存').waitFor();
      await section(page, 6).getByRole('button', { name: '提交记录' }).click();
      await page.waitForURL(/\/orglife\/meetings\/[0-9a-f-]{36}$/);
      await page.getByTestId('validity').getByText('会议有效').waitFor();
      const table = page.getByTestId('attendance-table');
      await table.getByText('手工登记').first().waitFor();
      expect(await table.getByText('扫码签到').count()).toBe(0);
    });
  });
});

describe('组织生活会', () => {
  it('keeps a rectification list of problems and measures', async () => {
    const id = await createMeeting(secretary, {
      orgNodeId: branchId,
      title: 'E2E 年度组织生活会',
      types: ['life_meeting'],
      heldOn: todayUtc(),
    });
    await inPage(browser, server.baseUrl, 'rectification-list', async (page) => {
      await login(page, 'secretary');
      await page.goto(`/orglife/meetings/${id}`);
      await page.getByText('暂无整改事项').waitFor();
      await page.getByRole('button', { name: '编辑整改清单' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: '添加整改事项' }).click();
      await dialog.getByLabel('查摆问题').fill('理论学习不够系统');
      await dialog.getByLabel('整改措施').fill('每月开展一次专题学习');
      await dialog.getByRole('button', { name: /保\s*存/ }).click();
      await page.getByText('每月开展一次专题学习').waitFor();
      await page.getByText('整改中').waitFor();
    });
  });
});
