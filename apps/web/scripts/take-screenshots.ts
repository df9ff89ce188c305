// Screenshots for the documentation: the organisation tree and the roster at 1366×768 with the demo
// enterprise. Needs a web build (npm run build -w @zhibu/web). Run: npx tsx apps/web/scripts/take-screenshots.ts
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DESKTOP, inPage, launchBrowser, login } from '../e2e/support/browser';
import { startZhibu } from '../e2e/support/server';

const OUT = path.resolve(import.meta.dirname, '../../../docs/images');

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
    console.log(`Saved org-tree.png and people.png in ${OUT}`);
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
