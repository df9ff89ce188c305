// Screenshots for the documentation, with the demo enterprise: the organisation tree and the roster
// (1366×768), the meeting record page on a phone (375 px) and the compliance matrix (1366×768).
// Needs a web build (npm run build -w @zhibu/web). Run: npx tsx apps/web/scripts/take-screenshots.ts
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { apiSession, createMeeting, recordMeeting, roleOrgId, type ApiSession } from '../e2e/support/api';
import { DESKTOP, inPage, launchBrowser, login, PHONE } from '../e2e/support/browser';
import { startZhibu } from '../e2e/support/server';

const OUT = path.resolve(import.meta.dirname, '../../../docs/images');

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A branch that kept its organisational life this year until last month: a 主题党日 with a 支委会
 * every month, and each quarter's 党员大会 and 党课. The matrix then shows green next to red.
 */
async function recordYearSoFar(s: ApiSession, orgNodeId: string): Promise<void> {
  const now = new Date();
  const year = now.getUTCFullYear();
  for (let month = 1; month < now.getUTCMonth() + 1; month++) {
    const quarterEnd = month % 3 === 0;
    const id = await createMeeting(s, {
      orgNodeId,
      title: `${month}月主题党日`,
      types: ['theme_day', 'committee_meeting', ...(quarterEnd ? ['general_meeting', 'party_lesson'] : [])],
      heldOn: `${year}-${pad(month)}-06`,
    });
    if (quarterEnd) {
      const m = await s.call<{ version: number }>('GET', `/meetings/${id}`);
      await s.call('PATCH', `/meetings/${id}`, { version: m.version, lecturerPersonId: s.personId });
    }
    await recordMeeting(s, id);
  }
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const server = await startZhibu();
  const browser = await launchBrowser();
  try {
    await inPage(
      browser,
      server.baseUrl,
      'docs-screenshots',
      async (page) => {
        await login(page, 'admin');
        await page.goto('/orgs');
        // A branch with a committee shows the detail panel at its most informative.
        await page.getByRole('tree').getByText('卷包第一支部', { exact: true }).click();
        await page.getByText('卷包车间第一党支部').first().waitFor();
        await page.getByRole('tab', { name: '届次与委员' }).click();
        await page.getByText('书记', { exact: true }).waitFor();
        // Clicking may have scrolled the window to reach the node: show the page from the top.
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.waitForTimeout(500);
        await page.screenshot({ path: path.join(OUT, 'org-tree.png') });

        await page.goto('/people');
        await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
        await page.waitForTimeout(500);
        await page.screenshot({ path: path.join(OUT, 'people.png') });
      },
      DESKTOP,
    );

    const secretary = await apiSession(server.baseUrl, 'secretary');
    const branchId = await roleOrgId(secretary);
    await recordYearSoFar(secretary, branchId);

    // Recording today's meeting on the phone: attendance marked, two on sick leave, a photo taken.
    const today = new Date().toISOString().slice(0, 10);
    const meetingId = await createMeeting(secretary, {
      orgNodeId: branchId,
      title: '主题党日暨支部党员大会',
      types: ['theme_day', 'general_meeting'],
      heldOn: today,
    });
    await inPage(
      browser,
      server.baseUrl,
      'docs-meeting-mobile',
      async (page) => {
        await login(page, 'secretary');
        await page.goto(`/orglife/meetings/${meetingId}/record`);
        const attendance = page.getByTestId('record-section-2');
        await attendance.getByRole('button', { name: '全部出席' }).click();
        const rows = attendance.getByTestId('attendance-row');
        for (const i of [1, 2]) {
          await rows.nth(i).getByText('缺席', { exact: true }).click();
          await rows.nth(i).getByText('病假', { exact: true }).click();
        }
        await attendance.getByRole('button', { name: '保存出席情况' }).click();
        await page.getByText('出席情况已保存').waitFor();
        const photo = await sharp({
          create: { width: 800, height: 600, channels: 3, background: { r: 200, g: 16, b: 46 } },
        })
          .jpeg()
          .toBuffer();
        await page
          .getByTestId('photo-camera-input')
          .setInputFiles({ name: '会场.jpg', mimeType: 'image/jpeg', buffer: photo });
        await page.getByTestId('record-section-5').getByRole('img', { name: '会场.jpg' }).waitFor();
        // Let the success messages fade, then show the title, the validity and the attendance.
        await page.waitForTimeout(3500);
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.waitForTimeout(300);
        await page.screenshot({ path: path.join(OUT, 'meeting-mobile.png') });
      },
      PHONE,
    );

    await inPage(
      browser,
      server.baseUrl,
      'docs-compliance',
      async (page) => {
        await login(page, 'admin');
        await page.goto('/orglife/compliance');
        await page.getByTestId('compliance-matrix').locator('tr.ant-table-row').first().waitFor();
        await page.waitForTimeout(500);
        await page.screenshot({ path: path.join(OUT, 'compliance.png') });
      },
      DESKTOP,
    );
    console.log(`Saved org-tree.png, people.png, meeting-mobile.png and compliance.png in ${OUT}`);
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
