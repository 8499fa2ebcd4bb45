import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { startPlaygroundServer } from '../../../scripts/serve-playground';
import type { WorkbookGrid } from '../../../src/core/workbook/cell-grid';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium';

declare global {
  interface Window {
    /** The playground's hook for tests: the workbook the page holds, and whether the pane is up. */
    __shinchoku?: { grid(): WorkbookGrid; ready: boolean };
  }
}

const ROOT = join(__dirname, '..', '..', '..');
export const SCREENSHOT_ROOT = join(ROOT, 'test-results', 'e2e-screenshots');

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** scripts/serve-playground.js serves dist/playground/ on 127.0.0.1; started here, in this process, on a free port. */
async function startServer(): Promise<{ url: string; stop(): Promise<void> }> {
  const running = await startPlaygroundServer(0);
  return { url: `${running.origin}/`, stop: () => running.close() };
}

export interface Playground {
  /** http://127.0.0.1:PORT/ */
  readonly url: string;
  readonly browser: Browser;
  /** A fresh context for the current test (no cache, no storage shared with another test). */
  readonly context: BrowserContext;
  readonly page: Page;
  /** Opens playground.html (with ?lang= / ?theme=) and waits for the sample and the pane. */
  open(params?: Record<string, string>): Promise<Page>;
  /** Writes test-results/e2e-screenshots/<test name>/NN-<step>.png. */
  shot(step: string, page?: Page): Promise<string>;
}

function slug(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .slice(0, 80)
    .replace(/^-+|-+$/g, '');
}

/**
 * The server and one chromium for the test file, a fresh context and page for each test, and the
 * screenshot folder named after the test. Screenshot paths are printed after each test.
 */
export function sharedPlayground(): Playground {
  let server: { url: string; stop(): Promise<void> } | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let shots: string[] = [];
  let pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  beforeEach(async () => {
    shots = [];
    pageErrors = [];
    context = await browser!.newContext({ viewport: { width: 1400, height: 900 }, locale: 'ja-JP', acceptDownloads: true });
    page = await context.newPage();
    // An uncaught error in the page fails the test, whatever the test looks at.
    page.on('pageerror', (error) => pageErrors.push(error.stack ?? error.message));
  });
  afterEach(async () => {
    await context?.close();
    if (shots.length > 0) console.log(`screenshots:\n${shots.map((s) => `  ${relative(ROOT, s)}`).join('\n')}`);
    expect(pageErrors).toEqual([]);
  });

  const get = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is only available inside a test`);
    return value;
  };

  return {
    get url() {
      return get(server, 'the server').url;
    },
    get browser() {
      return get(browser, 'the browser');
    },
    get context() {
      return get(context, 'the context');
    },
    get page() {
      return get(page, 'the page');
    },
    async open(params = {}) {
      const p = get(page, 'the page');
      const query = new URLSearchParams(params).toString();
      await p.goto(`${get(server, 'the server').url}playground.html${query ? `?${query}` : ''}`);
      await waitReady(p);
      // the screenshots show the page in its fonts
      await p.evaluate(() => document.fonts.ready.then(() => undefined));
      return p;
    },
    async shot(step, target) {
      const name = expect.getState().currentTestName ?? 'unnamed';
      const dir = join(SCREENSHOT_ROOT, slug(name));
      mkdirSync(dir, { recursive: true });
      const file = join(dir, `${String(shots.length + 1).padStart(2, '0')}-${slug(step)}.png`);
      await (target ?? get(page, 'the page')).screenshot({ path: file, fullPage: true });
      shots.push(file);
      return file;
    },
  };
}

export async function waitReady(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__shinchoku?.ready === true, undefined, { timeout: 60_000 });
}

/** The workbook the page holds, as the engine sees it. */
export function gridOf(page: Page): Promise<WorkbookGrid> {
  return page.evaluate(() => window.__shinchoku!.grid());
}

export function pane(page: Page): Locator {
  return page.locator('[data-testid="pane"]');
}

export function grid(page: Page): Locator {
  return page.locator('[data-testid="grid"]');
}

export function sheetTab(page: Page, sheet: string): Locator {
  return page.getByRole('tab', { name: sheet, exact: true });
}

/** The rendered cell of the active sheet. */
export function cell(page: Page, address: string): Locator {
  return grid(page).locator(`td[data-address="${address}"]`);
}

/**
 * Clicks one of the pane's actions and waits until it has finished: its result section is
 * shown and no action is busy (the buttons are aria-disabled while one runs).
 */
export async function runAction(page: Page, button: string, resultTestId: string): Promise<Locator> {
  const actions = pane(page).getByRole('group', { name: /^(操作|Actions)$/ });
  await actions.getByRole('button', { name: button, exact: true }).click();
  // The pointer off the button: its tooltip would cover the results (and hide them in screenshots).
  await page.mouse.move(0, 0);
  const result = pane(page).locator(`[data-testid="${resultTestId}"]`);
  await result.waitFor({ state: 'visible' });
  await page.waitForFunction(() => {
    const root = document.querySelector('[data-testid="pane"]');
    return !!root && root.querySelectorAll('button[aria-disabled="true"]').length === 0;
  });
  return result;
}

/** Opens a workbook through the page's file input and waits until the page holds it. */
export async function openWorkbook(page: Page, name: string, bytes: Uint8Array, loaded: (grid: WorkbookGrid) => boolean): Promise<void> {
  await page.locator('input[type=file][data-testid="open-file"]').setInputFiles({
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(bytes),
  });
  const deadline = Date.now() + 30_000;
  while (!loaded(await gridOf(page))) {
    if (Date.now() > deadline) throw new Error(`The page did not load ${name} within 30 s`);
    await page.waitForTimeout(100);
  }
  await waitReady(page);
}
