import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readXlsx } from '../../src/adapters/xlsx';
import { RESTORE_SHEET_NAME } from '../../src/core/restore/restore-sheet';
import { qualifiedAddress } from '../../src/core/workbook/cell-address';
import { gradeWorkbook, RATE_FORMAT } from '../../src/use-cases/grade-workbook';
import { seedProjects, seedResults2024 } from '../../src/sample/aomori-seed-data';
import { runCli } from '../helpers/run-cli';
import { applyChanges } from '../helpers/sheet-grid';
import { cell, gridOf, pane, runAction, sheetTab, sharedPlayground } from './helpers/playground';
import { cellMap, changedAddresses, indicatorRow, sampleXlsx, valueMap, workDir } from './helpers/workbooks';

const pg = sharedPlayground();

describe('Grade in the playground', () => {
  it('writes the grade and 達成率 cells the engine computes, and no other cell', async () => {
    const page = await pg.open();
    const before = await gridOf(page);
    // What the engine, in Node, writes for the same workbook.
    const expected = gradeWorkbook(before);
    const expectedAddresses = expected.changes.writes.map((w) => qualifiedAddress(w.sheet, w.row, w.col)).sort();
    expect(expectedAddresses.length).toBeGreaterThan(0);
    await sheetTab(page, '成果指標').click();
    await pg.shot('before grading');

    const results = await runAction(page, '評価', 'grade-results');
    await expect(results.textContent()).resolves.toContain(
      `更新 ${expected.changed.length}セル / 上書きしなかったセル ${expected.skipped.length}`,
    );
    await pg.shot('graded');

    const after = await gridOf(page);
    // The whole workbook compared: exactly the planned cells changed; the one sheet added is the hidden restore record.
    expect(after.sheets.map((s) => [s.name, !!s.hidden])).toEqual([
      ...before.sheets.map((s) => [s.name, false]),
      [RESTORE_SHEET_NAME, true],
    ]);
    const dataSheets = (g: typeof after) => ({ sheets: g.sheets.filter((s) => s.name !== RESTORE_SHEET_NAME) });
    // 達成率 went in as column M, inside the 2024 group: 備考 moved to N, as Excel's Insert moves it
    expect(expected.changes.insertColumns?.map((i) => [i.sheet, i.col])).toEqual([['成果指標', 12]]);
    const moved = applyChanges(before, { writes: [], insertColumns: expected.changes.insertColumns });
    expect(changedAddresses(moved, dataSheets(after))).toEqual(expectedAddresses);
    const cells = cellMap(after);
    for (const w of expected.changes.writes) {
      const state = cells.get(qualifiedAddress(w.sheet, w.row, w.col));
      expect(state?.value ?? null).toBe(w.value);
      expect(state?.formula ?? null).toBeNull();
      if (w.numberFormat !== undefined) expect(state?.numberFormat).toBe(w.numberFormat);
    }
    // Among them, the FY2024 grades printed in the conference material and their rates.
    for (const result of seedResults2024) {
      const row = indicatorRow(result.projectNo, result.indicatorName);
      expect(cells.get(`成果指標!L${row}`)?.value).toBe(result.grade);
      expect(cells.get(`成果指標!M${row}`)?.numberFormat).toBe(RATE_FORMAT);
    }
    // A project without a result yet is "-", never D, and the grid shows what the engine wrote.
    const firstRow = indicatorRow(1, seedProjects[0].indicators[0].name);
    expect(cells.get(`成果指標!L${firstRow}`)?.value).toBe('-');
    await expect(cell(page, `L${firstRow}`).textContent()).resolves.toBe('-');
    await expect(cell(page, 'M3').textContent()).resolves.toBe('達成率');
    const rated = indicatorRow(5, '売上額※');
    await expect(cell(page, `M${rated}`).textContent()).resolves.toBe('86.5%');

    // The command line changes the same cells of the same workbook.
    const sample = sampleXlsx();
    const out = join(workDir, 'cli-graded.xlsx');
    expect(runCli(['grade', sample.path, '-o', out]).code).toBe(0);
    expect(changedAddresses(readXlsx(sample.bytes), readXlsx(new Uint8Array(readFileSync(out))), ['value'])).toEqual(
      changedAddresses(before, after, ['value']),
    );

    // A changed cell listed in the pane takes you to it.
    const listed = pane(page).getByTestId('changed-cells').getByRole('button').first();
    await listed.click();
    await page.locator('[data-testid="grid"] td[data-selected="true"]').waitFor({ state: 'visible' });
    await pg.shot('changed cell selected');
  });

  it('downloads the graded workbook as an .xlsx that reads back with the grades', async () => {
    const page = await pg.open();
    await runAction(page, '評価', 'grade-results');
    const graded = await gridOf(page);
    await pg.shot('graded');

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="download"]').click()]);
    expect(download.suggestedFilename()).toBe('aomori-sample.graded.xlsx');
    const file = join(workDir, `downloaded-${download.suggestedFilename()}`);
    await download.saveAs(file);
    const read = readXlsx(new Uint8Array(readFileSync(file)));
    await pg.shot('downloaded');

    // Every value the page shows, and nothing else, is in the file.
    expect(valueMap(read)).toEqual(valueMap(graded));
    const cells = cellMap(read);
    for (const result of seedResults2024) {
      const row = indicatorRow(result.projectNo, result.indicatorName);
      expect(cells.get(`成果指標!L${row}`)?.value).toBe(result.grade);
      expect(typeof cells.get(`成果指標!M${row}`)?.value).toBe('number');
      expect(cells.get(`成果指標!M${row}`)?.numberFormat).toBe(RATE_FORMAT);
    }
    expect(cells.get(`成果指標!M${indicatorRow(5, '売上額※')}`)?.value).toBeCloseTo(43698 / 50500, 12);

    // The same values as the command line's `grade` of the same workbook.
    const sample = sampleXlsx();
    const out = join(workDir, 'cli-graded-for-download.xlsx');
    expect(runCli(['grade', sample.path, '-o', out]).code).toBe(0);
    // Equal but for the time each run stamped on its restore point.
    const unstamped = (values: ReturnType<typeof valueMap>) => {
      const stamp = `${RESTORE_SHEET_NAME}!A2`;
      expect(String(values[stamp])).toMatch(/^\{"id":"\d{4}-\d\d-\d\dT[\d:.]+Z#1","at":/);
      return { ...values, [stamp]: 'stamped' };
    };
    expect(unstamped(valueMap(read))).toEqual(unstamped(valueMap(readXlsx(new Uint8Array(readFileSync(out))))));
  });
});
