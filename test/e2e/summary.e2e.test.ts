import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readXlsx } from '../../src/adapters/xlsx';
import { cellAddress } from '../../src/core/workbook/cell-address';
import type { WorkbookGrid } from '../../src/core/workbook/cell-grid';
import { runCli } from '../helpers/run-cli';
import { cell, gridOf, runAction, sheetTab, sharedPlayground } from './helpers/playground';
import { sampleXlsx, valueMap, workDir } from './helpers/workbooks';

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

    // The pane's headline says the same: 比較的順調（A+B） 10項目 17.5%.
    await expect(results.getByTestId('summary-headline').textContent()).resolves.toContain(
      `${json.favorable.count}項目 ${json.favorable.percent.toFixed(1)}%`,
    );
    await pg.shot('summary checked');
  });
});
