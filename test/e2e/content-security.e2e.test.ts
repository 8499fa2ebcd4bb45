import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { startPlaygroundServer } from '../../scripts/serve-playground';
import { createXlsx } from '../../src/adapters/xlsx';
import { buildSampleSheets } from '../../src/sample/build-sample-workbook';
import { cell, openWorkbook, pane, runAction, usePlayground } from './helpers/playground';

import { contentSecurityPolicy, OFFICE_JS_HOST } from '../../scripts/content-security-policy';

declare global {
  interface Window {
    __violations?: string[];
    __pwned?: unknown;
  }
}

const pg = usePlayground();

/** Every CSP violation the page reports, every console complaint about the policy, every request it makes. */
async function watch(page: Page) {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations!.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const requests: string[] = [];
  const consoleCsp: string[] = [];
  const dialogs: string[] = [];
  page.on('request', (r: Request) => requests.push(r.url()));
  page.on('console', (m) => /Content[- ]Security[- ]Policy/i.test(m.text()) && consoleCsp.push(m.text()));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return { requests, consoleCsp, dialogs, violations: () => page.evaluate(() => window.__violations ?? []) };
}

const HOSTILE = ['<img src=x onerror="window.__pwned=1">', '<script>window.__pwned=2</script>', 'javascript:window.__pwned=3'];

describe('Content-Security-Policy and hostile text in the browser', () => {
  it('the playground runs every action under its policy: no violation, no request beyond its own files', async () => {
    const page = pg.page;
    const seen = await watch(page);
    const response = await page.goto(`${pg.url}playground.html`);
    expect(response?.headers()['content-security-policy']).toBe(contentSecurityPolicy('playground'));
    await page.waitForFunction(() => window.__shinchoku?.ready === true);
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).resolves.toBe(contentSecurityPolicy('playground'));
    await runAction(page, '検証', 'validation-results');
    await runAction(page, '評価', 'grade-results');
    await runAction(page, '集計', 'summary-results');
    await runAction(page, '元に戻す', 'restore-results');
    await pg.shot('all actions under the policy');
    expect(await seen.violations()).toEqual([]);
    expect(seen.consoleCsp).toEqual([]);
    const origin = new URL(pg.url).origin;
    expect(seen.requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    expect(seen.requests.length).toBeGreaterThan(3);

    // The watch works: an inline script is refused, reported, and never runs.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__pwned = "inline"';
      document.body.appendChild(script);
    });
    await page.waitForFunction(() => (window.__violations ?? []).length > 0);
    // once per copy of the policy: the header and the page's <meta>
    expect(await seen.violations()).toEqual(['script-src-elem inline', 'script-src-elem inline']);
    await expect(page.evaluate(() => window.__pwned)).resolves.toBeUndefined();
  });

  it('shows workbook text that looks like HTML or a script as text, and runs none of it', async () => {
    const page = pg.page;
    const seen = await watch(page);
    await pg.open();
    const sheets = buildSampleSheets();
    const projects = sheets[0];
    HOSTILE.forEach((text, i) => {
      const at = projects.cells.find((c) => c.row === 3 + i && c.col === 1)!;
      at.value = text;
    });
    await openWorkbook(page, 'hostile.xlsx', createXlsx(sheets), (grid) => grid.sheets[0]?.values[3]?.[1] === HOSTILE[0]);
    for (const [i, text] of HOSTILE.entries()) await expect(cell(page, `B${4 + i}`).textContent()).resolves.toBe(text);
    await runAction(page, '検証', 'validation-results');
    await runAction(page, '評価', 'grade-results');
    await runAction(page, '集計', 'summary-results');
    await pg.shot('hostile text shown as text');
    await expect(page.evaluate(() => window.__pwned)).resolves.toBeUndefined();
    await expect(page.locator('img[src="x"]').count()).resolves.toBe(0);
    await expect(pane(page).locator('script').count()).resolves.toBe(0);
    expect(seen.dialogs).toEqual([]);
    expect(await seen.violations()).toEqual([]);
  });

  it('the task pane page loads nothing but its own files and office.js (served here by a stand-in), under the Office policy', async () => {
    const server = await startPlaygroundServer(0, { root: join(__dirname, '..', '..', 'dist', 'addin'), page: 'taskpane.html', csp: 'office' });
    try {
      const page = pg.page;
      const seen = await watch(page);
      // No internet here: office.js is answered by a stand-in that reports a Japanese Excel on the web.
      let officeJs = 0;
      await page.route(`${OFFICE_JS_HOST}/**`, (route) => {
        officeJs++;
        return route.fulfill({
          contentType: 'text/javascript',
          body: `window.Office = { context: { displayLanguage: 'ja-JP', platform: 'OfficeOnline', requirements: { isSetSupported: function () { return true; } } },
            onReady: function (cb) { var info = { host: 'Excel', platform: 'OfficeOnline' }; setTimeout(function () { cb && cb(info); }); return Promise.resolve(info); } };`,
        });
      });
      const response = await page.goto(server.url);
      expect(response?.headers()['content-security-policy']).toBe(contentSecurityPolicy('office'));
      await page.getByRole('heading', { level: 1, name: '進捗評価' }).waitFor();
      await page.getByRole('button', { name: '元に戻す', exact: true }).waitFor();
      await pg.shot('task pane under the Office policy');
      expect(officeJs).toBe(1);
      expect(await seen.violations()).toEqual([]);
      expect(seen.consoleCsp).toEqual([]);
      const foreign = seen.requests.filter((url) => new URL(url).origin !== server.origin);
      expect(foreign).toEqual([`${OFFICE_JS_HOST}/lib/1/hosted/office.js`]);
    } finally {
      await server.close();
    }
  });
});
