import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createXlsx, patchXlsx, readXlsx } from '../../src/adapters/xlsx';
import { INDICATOR_SHEET, PROJECT_SHEET } from '../../src/core/layout/standard-workbook';
import { withRestorePoint } from '../../src/core/restore/record-restore-point';
import { keptRestorePoints, pointLength, readRestoreLog, RESTORE_SHEET_NAME } from '../../src/core/restore/restore-sheet';
import type { RestorePoint } from '../../src/core/model';
import { SUMMARY_SHEET_NAME } from '../../src/core/summary/summary-sheet';
import type { CellWrite } from '../../src/core/workbook/cell-grid';
import { buildSampleSheets } from '../../src/sample/build-sample-workbook';
import { gradeWorkbook } from '../../src/use-cases/grade-workbook';
import { UsageError } from '../../src/use-cases/resolve-year';
import { restoreWorkbook } from '../../src/use-cases/restore-workbook';
import { summariseWorkbook } from '../../src/use-cases/summarise-workbook';
import { loadWithExcelJs, makeTempDir } from '../adapters/xlsx/xlsx-test-helpers';
import { convertWithLibreOffice, soffice } from '../helpers/libreoffice';
import { workbookCells } from '../helpers/workbook-cells';

const NOW = new Date('2025-06-30T01:00:00Z');
const LATER = new Date('2025-07-01T02:00:00Z');

/** Saves the bytes and reads them back from disk, as reopening a saved workbook does. */
function saveAndReopen(dir: string, name: string, bytes: Uint8Array): Uint8Array {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return new Uint8Array(readFileSync(path));
}

/**
 * The sample workbook with what staff leave in the cells Grade writes: a grade typed by hand that
 * differs from the computed one, a rate computed by a formula with its own format, and a blank
 * grade cell formatted as text. Written with the adapter itself (formulas are cell writes with `formula`).
 */
function workbookWithTypedCells(): { bytes: Uint8Array; planted: CellWrite[] } {
  // a 達成率 column kept at the table's right edge (N), so the rate cells are there to plant in
  const rateHeader = { sheet: '成果指標', row: 2, col: 13, value: '2024年度達成率' };
  const bytes = patchXlsx(createXlsx(buildSampleSheets()), { writes: [rateHeader], sheets: [] });
  const probe = gradeWorkbook(readXlsx(bytes), { year: 2024, now: NOW });
  const grade = probe.changed.find((c) => c.kind === 'grade')!;
  const rate = probe.changed.find((c) => c.kind === 'rate' && c.row !== grade.row && typeof c.value === 'number')!;
  const blank = probe.changed.find((c) => c.kind === 'grade' && c.row !== grade.row && c.row !== rate.row)!;
  const planted: CellWrite[] = [
    { sheet: grade.sheet, row: grade.row, col: grade.col, value: grade.value === 'C' ? 'B' : 'C' },
    { sheet: rate.sheet, row: rate.row, col: rate.col, value: 0.5, formula: '=1/2', numberFormat: '0%' },
    { sheet: blank.sheet, row: blank.row, col: blank.col, value: null, numberFormat: '@' },
  ];
  return { bytes: patchXlsx(bytes, { writes: planted, sheets: [] }), planted };
}

describe('restore: grade, save, reopen, restore gives the original workbook cell for cell', () => {
  const dir = makeTempDir();
  const { bytes: original, planted } = workbookWithTypedCells();
  const graded = gradeWorkbook(readXlsx(original), { year: 2024, overwrite: true, now: NOW });
  const gradedBytes = saveAndReopen(dir, 'graded.xlsx', patchXlsx(original, graded.changes));
  const restore = restoreWorkbook(readXlsx(gradedBytes));
  const restoredBytes = saveAndReopen(dir, 'restored.xlsx', patchXlsx(gradedBytes, restore.changes!));

  it('grade really replaced the typed grade and the formula (so there is something to restore)', () => {
    const addresses = graded.changed.map((c) => `${c.sheet}!${c.row},${c.col}`);
    for (const p of planted.slice(0, 2)) expect(addresses).toContain(`${p.sheet}!${p.row},${p.col}`);
    expect(workbookCells(readXlsx(gradedBytes))).not.toEqual(workbookCells(readXlsx(original)));
  });

  it('keeps every overwritten cell in the hidden restore sheet of the saved file', () => {
    const grid = readXlsx(gradedBytes);
    expect(grid.sheets.find((s) => s.name === RESTORE_SHEET_NAME)?.hidden).toBe(true);
    const log = readRestoreLog(grid);
    expect(log.damaged).toBeNull();
    expect(log.points).toHaveLength(1);
    expect(log.points[0].cells).toHaveLength(graded.changes.writes.length);
    const formulaCell = log.points[0].cells.find((c) => c.row === planted[1].row && c.col === planted[1].col)!;
    expect(formulaCell).toMatchObject({ value: 0.5, formula: '=1/2', numberFormat: '0%' });
  });

  it('restores values, formulas and number formats exactly, and removes the restore sheet it created', () => {
    expect(restore.conflicts).toEqual([]);
    expect(restore.point).toMatchObject({ command: 'grade', year: 2024, at: NOW.toISOString() });
    expect(workbookCells(readXlsx(restoredBytes))).toEqual(workbookCells(readXlsx(original)));
  });

  it('gives a file another reader sees the formula in again', async () => {
    const wb = await loadWithExcelJs(restoredBytes);
    const p = planted[1];
    const cell = wb
      .getWorksheet(INDICATOR_SHEET)!
      .getRow(p.row + 1)
      .getCell(p.col + 1);
    expect(cell.formula).toBe('1/2');
    expect(cell.numFmt).toBe('0%');
    expect(wb.worksheets.map((w) => w.name)).toEqual([PROJECT_SHEET, INDICATOR_SHEET]);
  });

  (soffice ? it : it.skip)('opens in LibreOffice, the restored formula cell showing 50% in its restored format', () => {
    const p = planted[1];
    const rows = convertWithLibreOffice(restoredBytes, 2).split('\n');
    expect(rows[p.row].split(',')).toContain('50%');
  });
});

describe('restore: runs are undone newest first', () => {
  const original = createXlsx(buildSampleSheets());
  const graded = patchXlsx(original, gradeWorkbook(readXlsx(original), { year: 2024, now: NOW }).changes);
  const summarised = patchXlsx(graded, summariseWorkbook(readXlsx(graded), { year: 2024, now: LATER }).changes!);
  const resummarised = patchXlsx(summarised, summariseWorkbook(readXlsx(summarised), { year: 2024, previous: 2023, now: LATER }).changes!);

  const undo = (bytes: Uint8Array) => {
    const report = restoreWorkbook(readXlsx(bytes));
    return { report, bytes: patchXlsx(bytes, report.changes!) };
  };

  it('a second summary is undone to the first summary sheet, values and number formats', () => {
    const { report, bytes } = undo(resummarised);
    expect(report).toMatchObject({ cells: 0, sheets: 1, remaining: 2, conflicts: [] });
    const sheetOf = (b: Uint8Array) => readXlsx(b).sheets.find((s) => s.name === SUMMARY_SHEET_NAME)!;
    expect(workbookCells({ sheets: [sheetOf(bytes)] })).toEqual(workbookCells({ sheets: [sheetOf(summarised)] }));
  });

  it('then the first summary (the sheet it created goes), then the grades: back to the original', () => {
    let bytes = undo(resummarised).bytes;
    bytes = undo(bytes).bytes;
    expect(readXlsx(bytes).sheets.map((s) => s.name)).toEqual([PROJECT_SHEET, INDICATOR_SHEET, RESTORE_SHEET_NAME]);
    expect(workbookCells(readXlsx(bytes))).toEqual(workbookCells(readXlsx(graded)));
    bytes = undo(bytes).bytes;
    expect(workbookCells(readXlsx(bytes))).toEqual(workbookCells(readXlsx(original)));
    expect(() => restoreWorkbook(readXlsx(bytes))).toThrow(UsageError);
    try {
      restoreWorkbook(readXlsx(bytes));
    } catch (e) {
      expect((e as UsageError).text.ja).toBe('元に戻せる操作はありません（このブックに進捗の書き込み記録がありません）。');
    }
  });
});

describe('restore never discards work done after the run', () => {
  const original = createXlsx(buildSampleSheets());
  const report = gradeWorkbook(readXlsx(original), { year: 2024, now: NOW });
  const graded = readXlsx(patchXlsx(original, report.changes));
  const edited = report.changed.find((c) => c.kind === 'grade')!;
  const sheet = graded.sheets.find((s) => s.name === edited.sheet)!;
  sheet.values[edited.row][edited.col] = 'A（協議済み）';

  it('lists a cell changed since Grade and writes nothing without overwrite', () => {
    const r = restoreWorkbook(graded);
    expect(r.changes).toBeNull();
    expect(r.conflicts).toEqual([
      {
        kind: 'cell',
        sheet: edited.sheet,
        address: edited.address,
        row: edited.row,
        col: edited.col,
        written: edited.value,
        now: 'A（協議済み）',
        numberFormat: null,
      },
    ]);
  });

  it('restores over it when told to', () => {
    const r = restoreWorkbook(graded, { overwrite: true });
    expect(r.changes!.writes.find((w) => w.row === edited.row && w.col === edited.col)).toMatchObject({
      value: null,
      numberFormat: 'General',
    });
  });

  it('a summary sheet edited after it was built is a conflict too', () => {
    const bytes = patchXlsx(original, summariseWorkbook(readXlsx(original), { year: 2024, now: NOW }).changes!);
    const grid = readXlsx(bytes);
    grid.sheets.find((s) => s.name === SUMMARY_SHEET_NAME)!.values[30] = ['協議会で配布済み'];
    expect(restoreWorkbook(grid).conflicts).toEqual([{ kind: 'sheet-changed', sheet: SUMMARY_SHEET_NAME, address: SUMMARY_SHEET_NAME }]);
    expect(restoreWorkbook(readXlsx(bytes)).conflicts).toEqual([]);
  });

  it('names a sheet renamed since Grade once, and restores nothing', () => {
    const renamed = readXlsx(patchXlsx(original, report.changes));
    renamed.sheets.find((s) => s.name === edited.sheet)!.name = '成果指標（旧）';
    const r = restoreWorkbook(renamed);
    expect(r.changes).toBeNull();
    expect(r.conflicts).toEqual([{ kind: 'sheet-gone', sheet: edited.sheet, address: edited.sheet }]);
  });

  it('refuses a damaged restore record, naming its cell', () => {
    const grid = readXlsx(patchXlsx(original, report.changes));
    grid.sheets.find((s) => s.name === RESTORE_SHEET_NAME)!.values[2][0] = '{"broken"';
    expect(() => restoreWorkbook(grid)).toThrow(/進捗_元に戻す!A3/);
  });

  it.each([
    ['a cell record whose cells are not cells', '["c","成果指標",[[1,2]]]'],
    ['a sheet record without its sheet', '["s",{}]'],
    ['a record of no kind', '["x","成果指標",[]]'],
  ])('refuses %s, naming its cell', (_, record) => {
    const grid = readXlsx(patchXlsx(original, report.changes));
    const log = grid.sheets.find((s) => s.name === RESTORE_SHEET_NAME)!;
    expect(readRestoreLog(grid).damaged).toBeNull();
    log.values[2] = [record];
    expect(readRestoreLog(grid).damaged).toEqual({ sheet: RESTORE_SHEET_NAME, row: 2, col: 0 });
    expect(() => restoreWorkbook(grid)).toThrow(/進捗_元に戻す!A3/);
  });
});

describe('summary never clears a sheet it did not build', () => {
  const bytes = createXlsx(buildSampleSheets());

  it('writes 評価集計 (2) beside a hand-made 評価集計, and reuses it the next time', () => {
    const withHandMade = patchXlsx(bytes, {
      writes: [],
      sheets: [
        {
          name: SUMMARY_SHEET_NAME,
          cells: [{ row: 0, col: 0, value: '担当者が作った集計表' }],
          merges: [],
          columnWidths: [],
          validations: [],
        },
      ],
    });
    const first = summariseWorkbook(readXlsx(withHandMade), { year: 2024, now: NOW });
    expect(first.sheet!.name).toBe('評価集計 (2)');
    const once = patchXlsx(withHandMade, first.changes!);
    const second = summariseWorkbook(readXlsx(once), { year: 2024, now: LATER });
    expect(second.sheet!.name).toBe('評価集計 (2)');
    const twice = readXlsx(patchXlsx(once, second.changes!));
    expect(twice.sheets.find((s) => s.name === SUMMARY_SHEET_NAME)!.values).toEqual([['担当者が作った集計表']]);
    expect(twice.sheets.map((s) => s.name)).toEqual([
      PROJECT_SHEET,
      INDICATOR_SHEET,
      SUMMARY_SHEET_NAME,
      '評価集計 (2)',
      RESTORE_SHEET_NAME,
    ]);
  });

  it('reuses its own 評価集計, recognised by the line it ends with', () => {
    const once = patchXlsx(bytes, summariseWorkbook(readXlsx(bytes), { year: 2024, now: NOW }).changes!);
    const sheet = readXlsx(once).sheets.find((s) => s.name === SUMMARY_SHEET_NAME)!;
    expect(
      sheet.values
        .map((r) => r[0])
        .filter(Boolean)
        .pop(),
    ).toMatch(/^このシートは進捗評価ツールが作成しました。/);
    expect(summariseWorkbook(readXlsx(once), { year: 2024, now: LATER }).sheet!.name).toBe(SUMMARY_SHEET_NAME);
  });
});

describe("the restore record stays far from Excel's limits", () => {
  it('packs saved cells 200 to a row, and a record longer than a cell continues in the next columns', () => {
    const writes = Array.from({ length: 1_001 }, (_, i) => ({
      sheet: INDICATOR_SHEET,
      row: 100 + i,
      col: 30,
      value: 'x'.repeat(i === 0 ? 40_000 : 1),
    }));
    const grid = readXlsx(createXlsx(buildSampleSheets()));
    const changes = withRestorePoint(grid, { writes, sheets: [] }, { command: 'grade', year: 2024, at: NOW });
    const sheet = changes.sheets.find((s) => s.name === RESTORE_SHEET_NAME)!;
    const rows = new Set(sheet.cells.map((c) => c.row));
    // the note, the run's header and ceil(1,001 / 200) = 6 rows of cells
    expect(rows.size).toBe(1 + 1 + 6);
    expect(Math.max(...sheet.cells.map((c) => String(c.value).length))).toBeLessThanOrEqual(30_001);
    const back = readRestoreLog(readXlsx(patchXlsx(createXlsx(buildSampleSheets()), changes)));
    expect(back.damaged).toBeNull();
    expect(back.points[0].cells.map((c) => [c.row, (c.written as string).length])).toEqual(writes.map((w) => [w.row, w.value.length]));
  });
});

describe('which runs the restore record keeps', () => {
  const run = (n: number, text = 'x'): RestorePoint => ({
    id: `r${n}`,
    at: NOW.toISOString(),
    command: 'grade',
    year: 2024,
    createdLog: n === 0,
    cells: [{ sheet: 'S', row: 0, col: 0, value: null, formula: null, numberFormat: null, written: text }],
    sheets: [],
  });

  it('the newest 10 runs, oldest first', () => {
    expect(
      keptRestorePoints(
        Array.from({ length: 12 }, (_, n) => run(n)),
        pointLength,
      ).map((p) => p.id),
    ).toEqual(['r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8', 'r9', 'r10', 'r11']);
  });

  it('fewer when older runs would pass 20 million characters, but always the newest', () => {
    const big = (n: number) => run(n, 'x'.repeat(8_000_000));
    expect(keptRestorePoints([big(0), big(1), big(2), run(3)], pointLength).map((p) => p.id)).toEqual(['r1', 'r2', 'r3']);
    expect(keptRestorePoints([run(0), run(1, 'x'.repeat(25_000_000))], pointLength).map((p) => p.id)).toEqual(['r1']);
  });
});
