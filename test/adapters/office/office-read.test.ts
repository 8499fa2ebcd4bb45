import { createOfficeWorkbookPort } from '../../../src/adapters/office/office-workbook-port';
import type { CellRange, SheetGrid, WorkbookGrid } from '../../../src/core/workbook/cell-grid';
import { FakeExcel, installFakeExcel } from '../../helpers/fake-excel';
import { sheetGrid, workbook } from '../../helpers/sheet-grid';
import { liveWorkbook, sampleGrid } from './office-test-workbooks';
import { createWorkbookActions } from '../../../src/use-cases/workbook-session';
import { RESTORE_SHEET_NAME } from '../../../src/core/restore/restore-sheet';
import { errorText } from '../../../src/core/messages/error-text';

function cellsOf(sheet: SheetGrid) {
  const rows = Math.max(sheet.values.length, sheet.formulas.length);
  const out: { row: number; col: number; value: unknown; formula: unknown; format: unknown }[] = [];
  for (let r = 0; r < rows; r++) {
    const cols = Math.max(sheet.values[r]?.length ?? 0, sheet.formulas[r]?.length ?? 0);
    for (let c = 0; c < cols; c++) {
      // Excel holds no empty-string constant: a cell given "" is simply empty.
      const raw = sheet.values[r]?.[c] ?? null;
      const value = raw === '' ? null : raw;
      const formula = sheet.formulas[r]?.[c] ?? null;
      if (value === null && formula === null) continue;
      out.push({ row: r, col: c, value, formula, format: typeof value === 'number' ? (sheet.numberFormats[r]?.[c] ?? null) : null });
    }
  }
  return out;
}

const sortRanges = (ranges: CellRange[]) => [...ranges].sort((a, b) => a.top - b.top || a.left - b.left);

/** Same cells (values, formulas, the formats of numbers), merges and visibility. */
function expectSameWorkbook(actual: WorkbookGrid, expected: WorkbookGrid) {
  expect(actual.sheets.map((s) => s.name)).toEqual(expected.sheets.map((s) => s.name));
  actual.sheets.forEach((sheet, i) => {
    expect(cellsOf(sheet)).toEqual(cellsOf(expected.sheets[i]));
    expect(sortRanges(sheet.merges)).toEqual(sortRanges(expected.sheets[i].merges));
    expect(sheet.hidden ?? false).toBe(expected.sheets[i].hidden ?? false);
  });
}

describe('reading a live workbook through Office.js', () => {
  it('reads the sample workbook exactly as the engine was given it, in four syncs', async () => {
    const grid = sampleGrid();
    const live = liveWorkbook(grid);
    try {
      const read = await createOfficeWorkbookPort().read({ everything: true });
      expectSameWorkbook(read, grid);
      expect(live.fake.syncCount).toBe(4);
    } finally {
      live.uninstall();
    }
  });

  it('offsets a used range that starts at C5, keeps formulas and their cached values apart, and reads number formats', async () => {
    const rows: (string | number | null)[][] = [];
    rows[4] = [null, null, '指標', '目標', '実績', '達成率'];
    rows[5] = [null, null, '来館者数', 100, 86, 0.86];
    rows[6] = [null, null, '-', 200, 250, 1.25];
    const grid = workbook(
      sheetGrid('指標', rows, {
        formulas: { F6: '=E6/D6', F7: '=E7/D7' },
        numberFormats: { F6: '0.0%', F7: '0.0%', D6: '#,##0' },
        merges: ['C8:D8'],
      }),
      { ...sheetGrid('空', []) },
      { ...sheetGrid('メモ', [['非表示']]), hidden: true },
    );
    grid.sheets[0].values[7] = [null, null, '注記'];
    const live = liveWorkbook(grid);
    try {
      const read = await createOfficeWorkbookPort().read({ everything: true });
      const sheet = read.sheets[0];
      expect(sheet.values[5]).toEqual([null, null, '来館者数', 100, 86, 0.86]);
      expect(sheet.values[4][2]).toBe('指標');
      expect(sheet.formulas[5][5]).toBe('=E6/D6');
      expect(sheet.formulas[5][3]).toBeNull();
      expect(sheet.numberFormats[5][5]).toBe('0.0%');
      expect(sheet.numberFormats[5][3]).toBe('#,##0');
      expect(sheet.numberFormats[5][4]).toBeNull();
      expect(sheet.merges).toEqual([{ top: 7, left: 2, bottom: 7, right: 3 }]);
      expect(read.sheets[1].values.flat().every((v) => v === null)).toBe(true);
      expect(read.sheets[2].hidden).toBe(true);
      expectSameWorkbook(read, grid);
    } finally {
      live.uninstall();
    }
  });

  it('reads text typed with an apostrophe ("\'=abc") as text, not as a formula, though `formulas` shows "=abc"', async () => {
    // Excel's `formulas` of such a cell is its text; its value is the same text. A real formula's value is its result.
    const live = liveWorkbook(workbook(sheetGrid('S', [['=abc', 2, '=b']], { formulas: { B1: '=1+1', C1: '="=b"' } })));
    try {
      const sheet = (await createOfficeWorkbookPort().read({ everything: true })).sheets[0];
      expect(sheet.values[0]).toEqual(['=abc', 2, '=b']);
      expect(sheet.formulas[0]).toEqual([null, '=1+1', '="=b"']);
    } finally {
      live.uninstall();
    }
  });

  it('finds every merge of a heavily merged sheet although Excel lists at most 512 per range', async () => {
    const rows = Array.from({ length: 3000 }, (_, r) => [r + 1, `事業${r}`, null, `指標${r}`, null]);
    const merges: string[] = [];
    for (let r = 1; r <= 3000; r++) merges.push(`B${r}:C${r}`, `D${r}:E${r}`);
    const grid = workbook(sheetGrid('結合', rows, { merges }));
    const live = liveWorkbook(grid);
    try {
      const read = await createOfficeWorkbookPort().read({ everything: true });
      expect(read.sheets[0].merges).toHaveLength(6000);
      expect(live.fake.syncs.every((s) => !s.error)).toBe(true);
    } finally {
      live.uninstall();
    }
  });

  it('sends a block again in halves when Excel still finds the response too large', async () => {
    const rows = Array.from({ length: 2000 }, (_, r) => [`${'長い指標名'.repeat(r < 64 ? 1 : 40)}${r}`]);
    const fake = FakeExcel.fromGrid(workbook(sheetGrid('長文', rows)), { payloadLimit: 400_000 });
    const uninstall = installFakeExcel(fake);
    try {
      // The sample (the first 64 rows) is short text; the rest is 40 times longer.
      const read = await createOfficeWorkbookPort({ budgetBytes: 300_000 }).read({ everything: true });
      expect(read.sheets[0].values[1999][0]).toBe(rows[1999][0]);
      expect(fake.syncs.some((s) => s.error === 'ResponsePayloadSizeLimitExceeded')).toBe(true);
      expect(fake.syncs.filter((s) => !s.error).every((s) => s.responseBytes <= 400_000)).toBe(true);
    } finally {
      uninstall();
    }
  });
});

describe('the fake is strict', () => {
  it('throws when a property is read before load() and sync()', async () => {
    const fake = FakeExcel.fromGrid(workbook(sheetGrid('s', [[1]])));
    await expect(
      fake.run(async (context: Excel.RequestContext) => {
        const range = context.workbook.worksheets.getItem('s').getRangeByIndexes(0, 0, 1, 1);
        range.load('values');
        return range.values;
      }),
    ).rejects.toMatchObject({ code: 'PropertyNotLoaded' });
  });

  it('refuses a request over 5 MB as Excel on the web does', async () => {
    const fake = FakeExcel.fromGrid(workbook(sheetGrid('s', [[1]])));
    const big = Array.from({ length: 300_000 }, () => ['長い値長い値']);
    await expect(
      fake.run(async (context: Excel.RequestContext) => {
        context.workbook.worksheets.getItem('s').getRangeByIndexes(0, 0, big.length, 1).values = big;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
  });
});

describe('reading only what the command needs', () => {
  /** The sample with a long notes sheet beside it, and a restore record from an earlier grade. */
  async function sampleWithNotes() {
    const grid = sampleGrid();
    grid.sheets.push(
      sheetGrid(
        'メモ',
        Array.from({ length: 3000 }, (_, r) => [`打合せメモ ${r}`, '担当', r]),
      ),
    );
    const live = liveWorkbook(grid, { platform: 'PC' });
    await createWorkbookActions(createOfficeWorkbookPort()).grade({ year: 2023 });
    live.fake.mergedAreaReads.length = 0;
    return live;
  }

  it('Validate reads the tables’ sheets in full, and neither the notes nor the restore record', async () => {
    const live = await sampleWithNotes();
    try {
      const read = await createOfficeWorkbookPort().read({});
      const cells = (name: string) =>
        read.sheets
          .find((s) => s.name === name)!
          .values.flat()
          .filter((v) => v !== null).length;
      expect(read.sheets.map((s) => s.name)).toEqual(['事業一覧', '成果指標', 'メモ', RESTORE_SHEET_NAME]);
      expect(cells('成果指標')).toBeGreaterThan(400);
      expect(cells('事業一覧')).toBeGreaterThan(100);
      expect([cells('メモ'), cells(RESTORE_SHEET_NAME)]).toEqual([0, 0]);
      // Merged areas (which clear Ctrl+Z on Windows, office-js #5918) only where the tables are.
      expect([...new Set(live.fake.mergedAreaReads)].sort()).toEqual(['事業一覧', '成果指標']);
      expect((await createWorkbookActions(createOfficeWorkbookPort()).validate()).errors).toBe(0);
    } finally {
      live.uninstall();
    }
  });

  it('Grade reads the restore record too (without its merged areas); Restore reads every sheet', async () => {
    const live = await sampleWithNotes();
    try {
      const grade = await createOfficeWorkbookPort().read({ restoreRecord: true });
      expect(grade.sheets.find((s) => s.name === RESTORE_SHEET_NAME)!.values[0][1]).toContain('shinchoku');
      expect(grade.sheets.find((s) => s.name === 'メモ')!.values).toEqual([]);
      expect(live.fake.mergedAreaReads).not.toContain(RESTORE_SHEET_NAME);
      const all = await createOfficeWorkbookPort().read({ everything: true });
      expect(all.sheets.find((s) => s.name === 'メモ')!.values[2999]).toEqual(['打合せメモ 2999', '担当', 2999]);
    } finally {
      live.uninstall();
    }
  });

  it('reads every sheet when none shows a table, so the engine can say what is missing', async () => {
    const live = liveWorkbook(workbook(sheetGrid('Sheet1', [['メモ']]), sheetGrid('Sheet2', [['予算', 100]])));
    try {
      const read = await createOfficeWorkbookPort().read({});
      expect(read.sheets.map((s) => s.values[0])).toEqual([['メモ'], ['予算', 100]]);
    } finally {
      live.uninstall();
    }
  });

  it('stops after the probe, with the add-in’s cell limit in a sentence, when the sheets to read are too large', async () => {
    const grid = sampleGrid();
    const indicators = grid.sheets.find((s) => s.name === '成果指標')!;
    // One stray value far down and to the right: 120,000 rows × 50 columns to read.
    indicators.values[119_999] = [];
    indicators.values[119_999][49] = 'x';
    const live = liveWorkbook(grid);
    try {
      const error = await createOfficeWorkbookPort()
        .read({})
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      // 成果指標's 6,000,000 cells and 事業一覧's.
      expect(errorText(error).ja).toMatch(
        /^読み込むセルが多すぎます（6,00\d,\d{3} セル、上限 5,000,000 セル）。表のないシートや使っていない行・列を削除してから実行してください。$/,
      );
      expect(live.fake.syncCount).toBe(2);
    } finally {
      live.uninstall();
    }
  });

  it('probes many sheets in requests under the budget', async () => {
    const sheets = Array.from({ length: 40 }, (_, i) =>
      sheetGrid(
        `S${i}`,
        Array.from({ length: 64 }, (_, r) => Array.from({ length: 60 }, (_, c) => `${r}-${c}-テキスト`)),
      ),
    );
    const fake = FakeExcel.fromGrid(workbook(...sheets), { payloadLimit: 1_000_000 });
    const uninstall = installFakeExcel(fake);
    try {
      await createOfficeWorkbookPort({ budgetBytes: 800_000 }).read({});
      expect(fake.syncs.every((s) => !s.error && s.responseBytes <= 1_000_000)).toBe(true);
      // 40 samples of about 100 KB each: several requests, each well filled.
      expect(fake.syncs.length).toBeGreaterThan(3);
    } finally {
      uninstall();
    }
  });
});
