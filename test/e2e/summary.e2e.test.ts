import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readXlsx } from '../../src/adapters/xlsx';
import { cellAddress } from '../../src/core/workbook/cell-address';
import type { WorkbookGrid } from '../../src/core/workbook/cell-grid';
import { runCli } from '../helpers/run-cli';
import { validateWorkbook } from '../../src/use-cases/validate-workbook';
import { cell, grid, gridOf, openWorkbook, pane, runAction, sheetTab, sharedPlayground } from './helpers/playground';
import { plantedXlsx, sampleXlsx, valueMap, workDir } from './helpers/workbooks';

const pg = sharedPlayground();
const SUMMARY = '評価集計';

function sheetValues(grid: WorkbookGrid, name: string) {
  const sheet = grid.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}; the workbook has ${grid.sheets.map((s) => s.name).join(', ')}`);
  return valueMap({ sheets: [sheet] });
}

describe('Summary in the playground', () => {
  it('adds the 評価集計 tab with the numbers the command line gives for the same workbook', async () => {
    const page = await pg.open();
    await expect(sheetTab(page, SUMMARY).count()).resolves.toBe(0);
    await pg.shot('before summary');

    const results = await runAction(page, '集計', 'summary-results');
    const tab = sheetTab(page, SUMMARY);
    await tab.waitFor({ state: 'visible' });
    await expect(tab.getAttribute('aria-selected')).resolves.toBe('true');
    await pg.shot('summary tab');

    // The pane compares with the year before by default (前年度（自動）): the sample has FY2023 columns.
    const sample = sampleXlsx();
    const out = join(workDir, 'cli-summary.xlsx');
    const cli = runCli(['summary', sample.path, '--previous', '2023', '--json', '-o', out]);
    expect(cli.code).toBe(0);
    const json = JSON.parse(cli.stdout) as {
      year: number;
      totals: { counts: Record<string, number>; items: number; projects: number };
      favorable: { count: number; percent: number };
    };

    // The whole sheet, cell for cell, is the command line's 評価集計.
    const grid = await gridOf(page);
    expect(sheetValues(grid, SUMMARY)).toEqual(sheetValues(readXlsx(new Uint8Array(readFileSync(out))), SUMMARY));

    // And the 計 row as the grid shows it: 計 【57事業】 then A, B, C, D, - and the items.
    const sheet = grid.sheets.find((s) => s.name === SUMMARY)!;
    const totalRow = sheet.values.findIndex((r) => typeof r[0] === 'string' && r[0].startsWith('計'));
    expect(totalRow).toBeGreaterThan(0);
    const shown: string[] = [];
    for (let c = 0; c <= 6; c++) shown.push(((await cell(page, cellAddress(totalRow, c)).textContent()) ?? '').trim());
    const labels = ['A', 'B', 'C', 'D', '-'];
    expect(shown).toEqual([
      `計 【${json.totals.projects}事業】`,
      ...labels.map((l) => String(json.totals.counts[l])),
      String(json.totals.items),
    ]);
    expect(shown).toEqual(['計 【57事業】', '6', '4', '0', '0', '47', '57']);

    // Drawn as it prints: the column widths, the header fill, bold 計 row, borders and merged 評価値 the file holds.
    const look = (address: string) =>
      cell(page, address).evaluate((td: HTMLTableCellElement) => {
        const css = getComputedStyle(td);
        const head = td.closest('table')!.querySelectorAll('thead th')[td.cellIndex] as HTMLElement | undefined;
        return {
          bold: Number(css.fontWeight) >= 700,
          fill: css.backgroundColor,
          border: css.borderBottomStyle,
          span: td.colSpan,
          width: head?.offsetWidth,
        };
      });
    const header = await look(cellAddress(totalRow - 5, 1));
    expect(header).toMatchObject({ bold: true, fill: 'rgb(221, 235, 247)', border: 'solid', span: 6 });
    const total = await look(cellAddress(totalRow, 0));
    expect(total.bold).toBe(true);
    // column A is as wide as the sheet says (52 characters of the default font), B as a grade column
    const widths = await page
      .locator('[data-testid="grid"] thead th')
      .evaluateAll((ths) => ths.slice(1, 3).map((th) => (th as HTMLElement).offsetWidth));
    expect(widths[0]).toBeGreaterThan(2.5 * widths[1]);

    // The pane's headline says the same: 比較的順調（A+B） 10項目 17.5%.
    await expect(results.getByTestId('summary-headline').textContent()).resolves.toContain(
      `${json.favorable.count}項目 ${json.favorable.percent.toFixed(1)}%`,
    );
    await pg.shot('summary checked');
  });

  it('adds 進捗評価の推移 and 事業別評価 from the pane, with the figures the command line gives', async () => {
    const page = await pg.open();
    const trend = await runAction(page, '推移', 'trend-results');
    await sheetTab(page, '進捗評価の推移').waitFor({ state: 'visible' });
    // the sample holds FY2024 results only: FY2023 is named as left out, never 0 %
    await expect(trend.getByTestId('trend-notes').textContent()).resolves.toBe(
      '令和5年度（2023年度）は実績値・進捗評価が入力されていないため、載せていません。',
    );
    await expect(cell(page, 'A4').textContent()).resolves.toBe('令和6年度（2024年度）');
    await expect(cell(page, 'J4').textContent()).resolves.toBe('17.5%');
    await pg.shot('trend sheet');
    const cli = runCli(['trend', sampleXlsx().path, '--json', '-o', join(workDir, 'cli-trend.xlsx')]);
    const json = JSON.parse(cli.stdout) as { years: { year: number; favorable: { count: number; percent: number } }[] };
    expect(json.years.map((y) => [y.year, y.favorable.count, y.favorable.percent])).toEqual([[2024, 10, 17.5]]);

    const summary = await runAction(page, '集計', 'summary-results');
    await summary.getByRole('button', { name: '事業別評価シートを作成' }).click();
    await sheetTab(page, '事業別評価').waitFor({ state: 'visible' });
    await sheetTab(page, '事業別評価').click();
    await expect(grid(page).getByText('5 首都圏ビジネス交流拠点運営事業').count()).resolves.toBe(1);
    await pg.shot('per-project sheet');
  });

  it('writes no sheet over validation errors, and a draft titled 暫定 only after it is confirmed', async () => {
    const planted = plantedXlsx();
    const page = await pg.open();
    await openWorkbook(page, 'planted.xlsx', planted.bytes, (g) => g.sheets.find((s) => s.name === '成果指標')?.values[3]?.[0] === 99);
    const before = await gridOf(page);

    const results = await runAction(page, '集計', 'summary-results');
    await expect(results.textContent()).resolves.toContain('集計シートを作成していません');
    await expect(results.getByTestId('summary-headline').count()).resolves.toBe(0);
    await expect(sheetTab(page, SUMMARY).count()).resolves.toBe(0);
    expect(await gridOf(page)).toEqual(before);
    await pg.shot('summary stopped by errors');

    await results.getByRole('button', { name: '暫定版として集計' }).click();
    const question = results.getByRole('alertdialog', { name: '暫定版の集計シートを作成しますか？' });
    await question.getByRole('button', { name: '暫定版を作成' }).click();
    await sheetTab(page, SUMMARY).waitFor({ state: 'visible' });
    const errors = validateWorkbook(readXlsx(planted.bytes)).issues.filter((i) => i.severity === 'error').length;
    await expect(cell(page, 'A1').textContent()).resolves.toBe(`【暫定・検証エラー${errors}件】令和6年度（2024年度）進捗評価の集計`);
    await expect(pane(page).getByTestId('summary-results').textContent()).resolves.toContain(
      `暫定版: 検証エラー ${errors}件を含むデータから集計しました`,
    );
    await pg.shot('draft summary');
  });
});
