import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { contentSecurityPolicy, OFFICE_JS_HOST, type PageKind } from '../../scripts/content-security-policy';
import { startPlaygroundServer } from '../../scripts/serve-playground';
import { createXlsx } from '../../src/adapters/xlsx';
import { buildSampleSheets } from '../../src/sample/build-sample-workbook';
import { cell, openWorkbook, pane, runAction, sharedPlayground } from './helpers/playground';

const ROOT = join(__dirname, '..', '..');
const OFFICE_JS = `${OFFICE_JS_HOST}/lib/1/hosted/office.js`;

declare global {
  interface Window {
    __violations?: string[];
    __pwned?: unknown;
  }
}

const pg = sharedPlayground();

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

/** The built pages and the policy each must carry. */
const BUILT_PAGES: [string, PageKind][] = [
  ['dist/addin/taskpane.html', 'office'],
  ['dist/addin/commands.html', 'office'],
  ['dist/addin/notification.html', 'office'],
  ['dist/addin/help.html', 'help'],
  ['dist/playground/playground.html', 'playground'],
];

/** No internet here: office.js is answered by a stand-in that reports a Japanese Excel on the web. */
async function standInOfficeJs(page: Page) {
  const counted = { loads: 0 };
  await page.route(`${OFFICE_JS_HOST}/**`, (route) => {
    counted.loads++;
    return route.fulfill({
      contentType: 'text/javascript',
      body: `window.Office = { context: { displayLanguage: 'ja-JP', platform: 'OfficeOnline', requirements: { isSetSupported: function () { return true; } } },
        onReady: function (cb) { var info = { host: 'Excel', platform: 'OfficeOnline' }; setTimeout(function () { cb && cb(info); }); return Promise.resolve(info); } };`,
    });
  });
  return counted;
}

/** Answers office.js's requests to its CDN with the npm copy (@microsoft/office-js); anything else leaving the machine is refused and listed. */
async function serveOfficeJsLocally(page: Page, ownOrigin: string) {
  const served: string[] = [];
  const refused: string[] = [];
  const dist = join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');
  await page.route(
    (url) => url.origin !== ownOrigin,
    (route) => {
      const url = new URL(route.request().url());
      const file =
        url.origin === OFFICE_JS_HOST && url.pathname.startsWith('/lib/1/hosted/')
          ? join(dist, url.pathname.slice('/lib/1/hosted/'.length))
          : undefined;
      if (file && existsSync(file)) {
        served.push(url.pathname);
        return route.fulfill({ contentType: 'text/javascript', body: readFileSync(file) });
      }
      refused.push(url.href);
      return route.abort();
    },
  );
  return { served, refused };
}

describe('Content-Security-Policy and hostile text in the browser', () => {
  it.each(BUILT_PAGES)('%s carries its policy first in <head> and no inline script', async (file, kind) => {
    const html = readFileSync(join(ROOT, file), 'utf8');
    // DOMParser runs nothing: the page as the browser reads it, not as a regular expression does
    const parsed = await pg.page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'text/html');
      const [charset, first] = [...doc.head.children];
      return {
        charset: charset?.getAttribute('charset'),
        first: first && [first.tagName, first.getAttribute('http-equiv'), first.getAttribute('content')],
        policies: doc.querySelectorAll('meta[http-equiv="Content-Security-Policy" i]').length,
        scripts: [...doc.scripts].map((script) => ({ src: script.getAttribute('src'), code: script.text.trim() })),
        handlers: [...doc.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name)),
      };
    }, html);
    expect(parsed.charset).toBe('UTF-8');
    expect(parsed.first).toEqual(['META', 'Content-Security-Policy', contentSecurityPolicy(kind)]);
    expect(parsed.policies).toBe(1);
    expect(parsed.handlers).toEqual([]);
    expect(parsed.scripts.filter((script) => script.code !== '')).toEqual([]);
    // office.js first on the Office pages, then only the page's own bundles (relative, hashed names)
    const sources = parsed.scripts.map((script) => script.src ?? '');
    const own = sources.filter((src) => /^[\w-]+\.[0-9a-f]{8}\.js$/.test(src));
    expect(sources).toEqual([...(kind === 'office' ? [OFFICE_JS] : []), ...own]);
    expect(own.length > 0).toBe(kind !== 'help');
  });

  it('the playground runs every action under its policy: no violation, no request beyond its own files', async () => {
    const page = pg.page;
    const seen = await watch(page);
    const response = await page.goto(`${pg.url}playground.html`);
    expect(response?.headers()['content-security-policy']).toBe(contentSecurityPolicy('playground'));
    await page.waitForFunction(() => window.__shinchoku?.ready === true);
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).resolves.toBe(
      contentSecurityPolicy('playground'),
    );
    await runAction(page, '検証', 'validation-results');
    await runAction(page, '評価', 'grade-results');
    await runAction(page, '集計', 'summary-results');
    await runAction(page, '実行前に戻す', 'restore-results');
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
    // 役割 (column B) reaches the 評価集計 sheet; 参加欄 (column I) is quoted by a validation warning in the pane.
    HOSTILE.forEach((text, i) => {
      for (const col of [1, 8]) projects.cells.find((c) => c.row === 3 + i && c.col === col)!.value = text;
    });
    // each 役割 cell drawn on its own: the grid draws a merged area as one cell, as Excel does
    projects.merges = projects.merges.filter((m) => m.left !== 1);
    await openWorkbook(page, 'hostile.xlsx', createXlsx(sheets), (grid) => grid.sheets[0]?.values[3]?.[1] === HOSTILE[0]);
    for (const [i, text] of HOSTILE.entries()) {
      await expect(cell(page, `B${4 + i}`).textContent()).resolves.toBe(text);
      await expect(cell(page, `I${4 + i}`).textContent()).resolves.toBe(text);
    }
    const issues = await runAction(page, '検証', 'validation-results');
    for (const text of HOSTILE) await expect(issues.getByText(text, { exact: false }).count()).resolves.toBeGreaterThan(0);
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
    const server = await startPlaygroundServer(0, { root: join(ROOT, 'dist', 'addin'), page: 'taskpane.html', csp: 'office' });
    try {
      const page = pg.page;
      const seen = await watch(page);
      const officeJs = await standInOfficeJs(page);
      const response = await page.goto(server.url);
      expect(response?.headers()['content-security-policy']).toBe(contentSecurityPolicy('office'));
      await page.getByRole('heading', { level: 1, name: '進捗評価' }).waitFor();
      await page.getByRole('button', { name: '実行前に戻す', exact: true }).waitFor();
      await pg.shot('task pane under the Office policy');
      expect(officeJs.loads).toBe(1);
      expect(await seen.violations()).toEqual([]);
      expect(seen.consoleCsp).toEqual([]);
      const foreign = seen.requests.filter((url) => new URL(url).origin !== server.origin);
      expect(foreign).toEqual([OFFICE_JS]);
    } finally {
      await server.close();
    }
  });

  it('the ribbon’s notification dialog shows the text in its URL as text, under the Office policy', async () => {
    const server = await startPlaygroundServer(0, { root: join(ROOT, 'dist', 'addin'), page: 'notification.html', csp: 'office' });
    try {
      const page = pg.page;
      const seen = await watch(page);
      await standInOfficeJs(page);
      const query = new URLSearchParams({ title: HOSTILE[0], text: HOSTILE.join('\n'), close: HOSTILE[1], tone: 'error', lang: 'ja' });
      await page.goto(`${server.url}?${query}`);
      await page.locator('#close').waitFor();
      await expect(page.locator('#title').textContent()).resolves.toBe(HOSTILE[0]);
      await expect(page.locator('#text p').allTextContents()).resolves.toEqual(HOSTILE);
      await expect(page.locator('#close').textContent()).resolves.toBe(HOSTILE[1]);
      await pg.shot('notification with hostile text');
      await expect(page.evaluate(() => window.__pwned)).resolves.toBeUndefined();
      await expect(page.locator('img, body script').count()).resolves.toBe(0);
      expect(seen.dialogs).toEqual([]);
      expect(await seen.violations()).toEqual([]);
      expect(seen.requests.filter((url) => new URL(url).origin !== server.origin)).toEqual([OFFICE_JS]);
    } finally {
      await server.close();
    }
  });

  it('the real office.js (the npm copy, outside Office) loads under the Office policy; the policy refuses its telemetry frame', async () => {
    const server = await startPlaygroundServer(0, { root: join(ROOT, 'dist', 'addin'), page: 'taskpane.html', csp: 'office' });
    try {
      const page = pg.page;
      const seen = await watch(page);
      const office = await serveOfficeJsLocally(page, server.origin);
      await page.goto(server.url);
      // outside Office, office.js reports no host and the pane comes up in English
      await page.getByRole('heading', { level: 1, name: 'Progress evaluation' }).waitFor();
      // office.js frames its telemetry proxy a few seconds after loading: refused by frame-src (reported
      // once per copy of the policy, header and <meta>), never fetched
      await page.waitForFunction(() => (window.__violations ?? []).length >= 2, undefined, { timeout: 30_000 });
      expect(await seen.violations()).toEqual(Array(2).fill('frame-src https://telemetryservice.firstpartyapps.oaspapps.com'));
      expect(office.refused).toEqual([]);
      expect(office.served).toEqual(['/lib/1/hosted/office.js', '/lib/1/hosted/o15apptofilemappingtable.js']);
      expect(seen.requests.filter((url) => new URL(url).origin !== server.origin)).toEqual(
        office.served.map((path) => `${OFFICE_JS_HOST}${path}`),
      );
    } finally {
      await server.close();
    }
  });
});
