/** @jest-environment ./test/helpers/browser-environment.js */
import { createXlsx, patchXlsx, readXlsx } from '../../src/adapters/xlsx';
import { fileProblemMessage } from '../../src/core/messages/file-messages';
import type { WorkbookGrid } from '../../src/core/workbook/cell-grid';
import { BrowserWorkbookPort, WorkbookOpenError } from '../../src/playground/browser-workbook-port';
import { buildSampleSheets, SAMPLE_FILE_NAME } from '../../src/sample/build-sample-workbook';
import { gradeWorkbook } from '../../src/use-cases/grade-workbook';
import { createWorkbookActions } from '../../src/use-cases/workbook-session';
import { RESTORE_SHEET_NAME } from '../../src/core/restore/restore-sheet';

const NOW = new Date('2025-06-30T01:00:00Z');
import { applyChanges, cellAt } from '../helpers/sheet-grid';

const INDICATORS = '成果指標';

/** Every cell (value, formula, number format) of every sheet by "Sheet!A1", for whole-workbook comparisons. */
function cellsOf(grid: WorkbookGrid): Map<string, string> {
  const cells = new Map<string, string>();
  for (const sheet of grid.sheets) {
    const rows = Math.max(sheet.values.length, sheet.formulas.length, sheet.numberFormats.length);
    for (let r = 0; r < rows; r++) {
      const width = Math.max(sheet.values[r]?.length ?? 0, sheet.formulas[r]?.length ?? 0, sheet.numberFormats[r]?.length ?? 0);
      for (let c = 0; c < width; c++) {
        const cell = [sheet.values[r]?.[c] ?? null, sheet.formulas[r]?.[c] ?? null, sheet.numberFormats[r]?.[c] ?? null];
        if (cell.some((x) => x !== null)) cells.set(`${sheet.name}!${r},${c}`, JSON.stringify(cell));
      }
    }
  }
  return cells;
}

describe('BrowserWorkbookPort', () => {
  it('opens the sample workbook by default, first sheet in front, nothing selected', () => {
    const port = BrowserWorkbookPort.sample();
    const snapshot = port.getSnapshot();
    expect(port.fileName).toBe(SAMPLE_FILE_NAME);
    expect(snapshot.fileName).toBe('aomori-sample.xlsx');
    expect(snapshot.grid.sheets.map((s) => s.name)).toEqual(['事業一覧', INDICATORS]);
    expect(snapshot.activeSheet).toBe('事業一覧');
    expect(snapshot.selection).toBeNull();
    expect(snapshot.revision).toBe(0);
    // the grid is what the .xlsx adapter reads from the file the command line writes
    expect(snapshot.grid).toEqual(readXlsx(createXlsx(buildSampleSheets())));
    expect(readXlsx(port.toBytes())).toEqual(snapshot.grid);
  });

  it('grades through createWorkbookActions; the downloaded bytes read back with the grades, as the command line writes them', async () => {
    const port = BrowserWorkbookPort.sample();
    const before = port.getSnapshot();
    const originalBytes = port.toBytes();
    const notified = jest.fn();
    port.subscribe(notified);

    const result = await createWorkbookActions(port, { now: () => NOW }).grade();

    expect(result.year).toBe(2024);
    expect(result.changed).toHaveLength(60);
    expect(notified).toHaveBeenCalledTimes(1);
    const after = port.getSnapshot();
    expect(after).not.toBe(before);
    expect(after.revision).toBe(1);
    expect(after.activeSheet).toBe(before.activeSheet);

    // the file offered for download
    const graded = readXlsx(port.toBytes());
    expect(graded).toEqual(after.grid);
    const indicators = graded.sheets.find((s) => s.name === INDICATORS)!;
    expect(cellAt(indicators, 'M3')).toBe('達成率');
    expect(cellAt(indicators, 'M9')).toBeCloseTo(43698 / 50500, 12);
    expect(indicators.numberFormats[8][12]).toBe('0.0%');
    expect(cellAt(indicators, 'L4')).toBe('-');

    // exactly the command line's result: the same changes patched into the same file
    const cli = readXlsx(patchXlsx(originalBytes, gradeWorkbook(readXlsx(originalBytes), { now: NOW }).changes));
    expect(graded).toEqual(cli);

    // and no other cell changed: 備考 and what is right of it moved one column, into N
    const was = cellsOf(
      applyChanges(before.grid, { writes: [], insertColumns: result.changed.length ? [{ sheet: INDICATORS, col: 12, count: 1 }] : [] }),
    );
    const now = cellsOf(graded);
    const changedKeys = new Set(result.changed.map((c) => `${c.sheet}!${c.row},${c.col}`));
    for (const key of new Set([...was.keys(), ...now.keys()])) {
      // besides the changed cells, only the hidden restore record is new
      if (!changedKeys.has(key) && !key.startsWith(`${RESTORE_SHEET_NAME}!`))
        expect({ key, cell: now.get(key) }).toEqual({ key, cell: was.get(key) });
    }
    for (const key of changedKeys) expect(now.get(key)).not.toEqual(was.get(key));
  });

  it('builds the summary sheet as a new sheet and brings it to the front', async () => {
    const port = BrowserWorkbookPort.sample();
    const actions = createWorkbookActions(port);
    await actions.grade();
    const result = await actions.summarise({ previous: 2023 });
    const snapshot = port.getSnapshot();
    expect(result.sheetName).toBe('評価集計');
    expect(snapshot.grid.sheets.map((s) => s.name)).toEqual(['事業一覧', INDICATORS, RESTORE_SHEET_NAME, '評価集計']);
    expect(snapshot.activeSheet).toBe('評価集計');
    expect(readXlsx(port.toBytes()).sheets.map((s) => s.name)).toEqual(['事業一覧', INDICATORS, RESTORE_SHEET_NAME, '評価集計']);
    // a second summary reuses the sheet
    await actions.summarise({ previous: 2023 });
    expect(port.getSnapshot().grid.sheets.map((s) => s.name)).toEqual(['事業一覧', INDICATORS, RESTORE_SHEET_NAME, '評価集計']);
  });

  it('validating reads and changes nothing', async () => {
    const port = BrowserWorkbookPort.sample();
    const bytes = port.toBytes();
    const notified = jest.fn();
    port.subscribe(notified);
    const result = await createWorkbookActions(port).validate();
    expect(result.errors).toBe(0);
    // the three heading counts of the 2022 vision, and the 47 FY2024 items without results yet
    expect(result.warnings).toBe(3 + 47);
    expect(notified).not.toHaveBeenCalled();
    expect(port.toBytes()).toEqual(bytes);
  });

  it('selects a cell (a clicked issue): its sheet comes to the front; an unknown sheet is refused', async () => {
    const port = BrowserWorkbookPort.sample();
    const notified = jest.fn();
    const unsubscribe = port.subscribe(notified);
    await createWorkbookActions(port).select(INDICATORS, 8, 13);
    expect(port.getSnapshot().activeSheet).toBe(INDICATORS);
    expect(port.getSnapshot().selection).toEqual({ sheet: INDICATORS, row: 8, col: 13 });
    await port.activate('事業一覧');
    expect(port.getSnapshot().activeSheet).toBe('事業一覧');
    // the selection stays with its sheet, as in Excel
    expect(port.getSnapshot().selection).toEqual({ sheet: INDICATORS, row: 8, col: 13 });
    expect(notified).toHaveBeenCalledTimes(2);
    await expect(port.select('ない', 0, 0)).rejects.toThrow('ない');
    await expect(port.activate('ない')).rejects.toThrow('ない');
    expect(() => port.selectCell(INDICATORS, -1, 0)).toThrow(RangeError);
    unsubscribe();
    port.showSheet(INDICATORS);
    expect(notified).toHaveBeenCalledTimes(2);
  });

  it('refuses a file that is not .xlsx with the command line’s sentence', () => {
    const open = () => new BrowserWorkbookPort(new TextEncoder().encode('番号,指標名\n1,転入者数\n'), 'notes.csv');
    expect(open).toThrow(WorkbookOpenError);
    try {
      open();
    } catch (e) {
      const error = e as WorkbookOpenError;
      expect(error.problem).toBe('not-xlsx');
      expect(error.text.ja).toBe('notes.csv は Excel ブック（.xlsx）ではありません。');
      expect(error.text.en).toBe('notes.csv is not an Excel workbook (.xlsx).');
      expect(error.text).toEqual(fileProblemMessage('not-xlsx', 'notes.csv'));
    }
  });

  it('refuses a damaged workbook and one whose sheets are all empty', () => {
    const sample = createXlsx(buildSampleSheets());
    const damaged = () => new BrowserWorkbookPort(sample.slice(0, sample.length - 200), 'cut.xlsx');
    expect(damaged).toThrow(
      expect.objectContaining({
        problem: 'corrupt',
        text: expect.objectContaining({ ja: 'cut.xlsx は壊れているか、途中までしか保存されていません。' }),
      }),
    );
    const empty = createXlsx([{ name: 'Sheet1', cells: [], merges: [], columnWidths: [], validations: [] }]);
    expect(() => new BrowserWorkbookPort(empty, 'empty.xlsx')).toThrow(
      expect.objectContaining({ problem: 'empty', text: expect.objectContaining({ ja: 'empty.xlsx のシートはすべて空です。' }) }),
    );
  });

  it('opens any other workbook, keeping its name for the download', async () => {
    const bytes = createXlsx([
      { name: 'メモ', cells: [{ row: 0, col: 0, value: 'メモ' }], merges: [], columnWidths: [], validations: [] },
      {
        name: '成果指標',
        cells: [{ row: 1, col: 1, value: 12.5, style: { numberFormat: '0.0' } }],
        merges: [],
        columnWidths: [],
        validations: [],
      },
    ]);
    const port = new BrowserWorkbookPort(bytes, '青森圏域 R6.xlsx');
    expect(port.fileName).toBe('青森圏域 R6.xlsx');
    expect(port.getSnapshot().grid.sheets.map((s) => s.name)).toEqual(['メモ', '成果指標']);
    // the bytes are the port's own copy
    bytes.fill(0);
    expect(readXlsx(port.toBytes()).sheets).toHaveLength(2);
    const result = await createWorkbookActions(port).validate();
    expect(result.errors).toBeGreaterThan(0);
  });
});
