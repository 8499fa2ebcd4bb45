import type { Page } from 'playwright-core';
import { readXlsx } from '../../src/adapters/xlsx';
import { validateWorkbook } from '../../src/use-cases/validate-workbook';
import { pane, runAction, sharedPlayground } from './helpers/playground';
import { sampleXlsx } from './helpers/workbooks';

const pg = sharedPlayground();

/** The pane's own background: the first element inside the pane with an opaque one (the App root). */
async function paneBackground(page: Page): Promise<{ color: string; luminance: number; theme: string | null }> {
  return page.evaluate(() => {
    const root = document.querySelector('[data-testid="pane"]');
    if (!root) throw new Error('no pane');
    const themed = root.querySelector('[data-theme]') ?? root;
    const parse = (c: string) =>
      /rgba?\(([^)]+)\)/
        .exec(c)?.[1]
        .split(',')
        .map((x) => parseFloat(x)) ?? [];
    let el: Element | null = themed;
    while (el) {
      const color = getComputedStyle(el).backgroundColor;
      const [r, g, b, a = 1] = parse(color);
      if (a > 0 && r !== undefined) {
        const lin = (v: number) => {
          const s = v / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        };
        return { color, luminance: 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b), theme: themed.getAttribute('data-theme') };
      }
      el = el.parentElement;
    }
    throw new Error('the pane has no background colour');
  });
}

async function buttonNames(page: Page): Promise<string[]> {
  const group = pane(page).getByRole('group', { name: /^(操作|Actions)$/ });
  return group.getByRole('button').evaluateAll((buttons) => buttons.map((b) => (b.textContent ?? '').trim()));
}

describe('Languages and themes', () => {
  it('speaks Japanese by default', async () => {
    const page = await pg.open();
    expect(await buttonNames(page)).toEqual(['検証', '評価', '集計', '推移', '実行前に戻す']);
    for (const name of ['検証', '評価', '集計', '推移', '実行前に戻す'])
      await expect(pane(page).getByRole('button', { name, exact: true }).count()).resolves.toBe(1);
    await expect(pane(page).getByRole('heading', { level: 1 }).textContent()).resolves.toBe('進捗評価');
    const results = await runAction(page, '検証', 'validation-results');
    await expect(results.getByRole('heading', { level: 2 }).textContent()).resolves.toBe('検証結果');
    await expect(pane(page).getAttribute('lang')).resolves.not.toBe('en');
    await pg.shot('japanese validated');
  });

  it('speaks English with ?lang=en', async () => {
    const page = await pg.open({ lang: 'en' });
    expect(await buttonNames(page)).toEqual(['Validate', 'Grade', 'Summary', 'Trend', 'Restore']);
    for (const name of ['Validate', 'Grade', 'Summary', 'Trend', 'Restore'])
      await expect(pane(page).getByRole('button', { name, exact: true }).count()).resolves.toBe(1);
    await expect(pane(page).getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Progress evaluation');
    await expect(pane(page).locator('[lang="en"]').count()).resolves.toBeGreaterThan(0);
    await pg.shot('english loaded');

    const validation = await runAction(page, 'Validate', 'validation-results');
    await expect(validation.getByRole('heading', { level: 2 }).textContent()).resolves.toBe('Validation');
    const { warnings } = validateWorkbook(readXlsx(sampleXlsx().bytes));
    await expect(validation.getByTestId('validation-counts').textContent()).resolves.toBe(`0 errors / ${warnings} warnings`);
    await expect(validation.getByRole('button', { name: /^Warning at 事業一覧!B22: / }).count()).resolves.toBe(1);
    await pg.shot('english validated');

    const grade = await runAction(page, 'Grade', 'grade-results');
    await expect(grade.getByRole('heading', { level: 2 }).textContent()).resolves.toBe('FY2024 grading');
    await expect(grade.getByRole('heading', { name: 'Graded indicators: 10' }).count()).resolves.toBe(1);
    await expect(grade.getByTestId('not-graded').textContent()).resolves.toBe(
      'Indicators marked "-": 49 (no actual yet 44 · no target for the year 3 · merged project 2)',
    );
    await pg.shot('english graded');

    const summary = await runAction(page, 'Summary', 'summary-results');
    await expect(summary.getByRole('heading', { level: 2 }).textContent()).resolves.toBe('FY2024 summary');
    await expect(summary.getByTestId('summary-headline').textContent()).resolves.toContain('Relatively on track (A+B)');
    await pg.shot('english summary');
  });

  it('is light by default and dark with ?theme=dark', async () => {
    const light = await pg.open();
    const lightBg = await paneBackground(light);
    expect(lightBg.theme).toBe('light');
    expect(lightBg.luminance).toBeGreaterThan(0.5);
    await runAction(light, '検証', 'validation-results');
    await pg.shot('light validated');

    const dark = await pg.open({ theme: 'dark' });
    const darkBg = await paneBackground(dark);
    expect(darkBg.theme).toBe('dark');
    expect(darkBg.luminance).toBeLessThan(0.1);
    // The text on it is light.
    const text = await dark.evaluate(() => getComputedStyle(document.querySelector('[data-testid="pane"] h1')!).color);
    const [r, g, b] = (/rgba?\(([^)]+)\)/
      .exec(text)?.[1]
      .split(',')
      .map((x) => parseFloat(x)) ?? []) as number[];
    expect((r + g + b) / 3).toBeGreaterThan(180);
    await runAction(dark, '検証', 'validation-results');
    await pg.shot('dark validated');

    const darkEn = await pg.open({ theme: 'dark', lang: 'en' });
    expect((await paneBackground(darkEn)).luminance).toBeLessThan(0.1);
    await runAction(darkEn, 'Grade', 'grade-results');
    await pg.shot('dark english graded');
  });
});

describe('A narrow pane (Excel on Mac opens it 270 px wide)', () => {
  it('fits 270 px without a horizontal scrollbar after 検証 and 評価, messages at the body size', async () => {
    const page = await pg.open();
    await page.evaluate(() => {
      const pane = document.querySelector('[data-testid="pane"]') as HTMLElement;
      pane.style.width = '270px';
    });
    const overflow = () =>
      page.evaluate(() => {
        const pane = document.querySelector('[data-testid="pane"]') as HTMLElement;
        return pane.scrollWidth - pane.clientWidth;
      });
    expect(await overflow()).toBeLessThanOrEqual(0);
    const results = await runAction(page, '検証', 'validation-results');
    expect(await overflow()).toBeLessThanOrEqual(0);
    const size = await results
      .getByRole('button', { name: /B22/ })
      .first()
      .evaluate((el) => getComputedStyle(el).fontSize);
    expect(size).toBe('14px');
    await runAction(page, '評価', 'grade-results');
    expect(await overflow()).toBeLessThanOrEqual(0);
    await pg.shot('270px graded');
  });
});
