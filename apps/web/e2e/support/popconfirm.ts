import type { Page, Response } from 'playwright-core';

/**
 * Opens a Popconfirm with `open` (the click on the action's button), confirms it and returns the response
 * to the request it sends. A click that lands while the popup's zoom-in animation is still running can
 * be lost, and the popup may even close without sending anything: then it is opened and confirmed
 * again, until the request has gone out — never after, so nothing is sent twice.
 */
export async function confirmPopconfirm(page: Page, open: () => Promise<void>, method: string, path: RegExp): Promise<Response> {
  const matches = (url: string) => path.test(new URL(url).pathname);
  const ok = page.locator('.ant-popconfirm:visible').getByRole('button', { name: /确\s*定/ });
  let sent = false;
  const response = page.waitForResponse((r) => r.request().method() === method && matches(r.url()));
  const request = page.waitForRequest((r) => r.method() === method && matches(r.url()));
  void request.then(() => (sent = true));
  for (let attempt = 0; attempt < 6 && !sent; attempt++) {
    if ((await ok.count()) === 0) await open();
    await ok.click({ timeout: 3_000 }).catch(() => undefined);
    await Promise.race([request, page.waitForTimeout(1_000)]);
  }
  return response;
}
