import { RESTORE_SHEET_NAME } from '../../../src/core/restore/restore-sheet';
import { createOfficeWorkbookPort } from '../../../src/adapters/office/office-workbook-port';
import { columnWidthPoints } from '../../../src/adapters/office/column-width';
import { SUMMARY_SHEET_NAME } from '../../../src/core/summary/summary-sheet';
import type { SheetOutput } from '../../../src/core/workbook/cell-grid';
import { sheetOutputToGrid } from '../../../src/core/workbook/sheet-output-to-grid';
import { gradeWorkbook } from '../../../src/use-cases/grade-workbook';
import { createWorkbookActions } from '../../../src/use-cases/workbook-session';
import { fakeToGrid, type FakeExcel } from '../../helpers/fake-excel';
import { generatedGrid, liveWorkbook, sampleGrid } from './office-test-workbooks';

const WRITE_KINDS = ['values'];
const FORMAT_KINDS = ['numberFormat', 'format', 'conditionalFormat', 'dataValidation', 'merge', 'columnWidth', 'freeze'];

/** The operations of one Excel.run, in the order Excel applied them. */
function operationsOfRun(fake: FakeExcel, run: number) {
  return fake.operations.filter((o) => o.run === run);
}

const NOW = new Date('2025-06-30T01:00:00Z');

function lastRun(fake: FakeExcel) {
  return fake.runs.length - 1;
}

describe('writing grades through Office.js', () => {
  it('writes values first, then the 0.0% format, the grade colours and the grade drop-down, as one undo step', async () => {
    const live = liveWorkbook(sampleGrid());
    try {
      const result = await createWorkbookActions(createOfficeWorkbookPort()).grade({ year: 2024 });
      const writeRun = live.fake.runs.findIndex((r) => r.options?.mergeUndoGroup === true);
      expect(writeRun).toBeGreaterThan(0);
      // Reads are not undo groups; the one write run is.
      expect(live.fake.runs.filter((r) => r.options?.mergeUndoGroup).length).toBe(1);

      const ops = operationsOfRun(live.fake, writeRun);
      const lastValue = Math.max(...ops.map((o, i) => (WRITE_KINDS.includes(o.kind) ? i : -1)));
      const firstFormat = ops.findIndex((o) => FORMAT_KINDS.includes(o.kind));
      expect(lastValue).toBeGreaterThanOrEqual(0);
      expect(firstFormat).toBeGreaterThan(lastValue);

      const sheet = live.fake.sheet('成果指標');
      const rate = result.changed.find((c) => c.kind === 'rate' && c.value !== null)!;
      expect(sheet.format(rate.row, rate.col)).toBe('0.0%');
      const grade = result.changed.find((c) => c.kind === 'grade')!;
      const rules = sheet.conditionalFormats.filter((cf) => cf.range.left === grade.col);
      const top = `L${Math.min(...rules.map((cf) => cf.range.top)) + 1}`;
      expect(rules.map((cf) => [cf.type, cf.formula, cf.fill])).toEqual([
        ['Custom', `=AND(N("shinchoku:grade")=0,${top}="A")`, '#C6EFCE'],
        ['Custom', `=AND(N("shinchoku:grade")=0,${top}="B")`, '#DDEBF7'],
        ['Custom', `=AND(N("shinchoku:grade")=0,${top}="C")`, '#FFEB9C'],
        ['Custom', `=AND(N("shinchoku:grade")=0,${top}="D")`, '#FFC7CE'],
        ['Custom', `=AND(N("shinchoku:grade")=0,${top}="-")`, '#EDEDED'],
      ]);
      expect(sheet.validations.find((v) => v.range.left === grade.col)?.source).toBe('A,B,C,D,-');
      expect(live.fake.undoClearing).toEqual([]);
    } finally {
      live.uninstall();
    }
  });

  it('writes "-" as text, not as a formula', async () => {
    const live = liveWorkbook(sampleGrid());
    try {
      const result = await createWorkbookActions(createOfficeWorkbookPort()).grade({ year: 2024 });
      const dash = result.changed.find((c) => c.value === '-')!;
      const sheet = live.fake.sheet(dash.sheet);
      expect(sheet.value(dash.row, dash.col)).toBe('-');
      expect(sheet.formula(dash.row, dash.col)).toBeNull();
    } finally {
      live.uninstall();
    }
  });

  it("replaces its own colour rules on a second run and leaves the user's rules alone", async () => {
    const live = liveWorkbook(sampleGrid());
    try {
      const actions = createWorkbookActions(createOfficeWorkbookPort());
      const first = await actions.grade({ year: 2024 });
      const gradeCol = first.changed.find((c) => c.kind === 'grade')!.col;
      const sheet = live.fake.sheet('成果指標');
      sheet.conditionalFormats.push({
        id: 999,
        type: 'CellValue',
        range: { top: 3, left: 0, bottom: 200, right: 20 },
        fill: '#FFFF00',
        rule: { formula1: '="A"', operator: 'EqualTo' },
      });
      // Someone corrects an actual to 0; grading again with overwrite rewrites that row's grade to D.
      const graded = first.changed.find((c) => c.kind === 'rate' && c.value !== null && sheet.value(c.row, gradeCol) !== 'D')!;
      const actual = sheet.value(graded.row, gradeCol - 1);
      sheet.setRaw(graded.row, gradeCol - 1, typeof actual === 'number' ? 0 : String(actual).replace(/[\d,.]+/, '0'));
      const again = await actions.grade({ year: 2024, overwrite: true });
      expect(again.changed).toEqual(expect.arrayContaining([expect.objectContaining({ row: graded.row, col: gradeCol, value: 'D' })]));
      expect(sheet.value(graded.row, gradeCol)).toBe('D');
      const ours = sheet.conditionalFormats.filter((cf) => cf.range.left === gradeCol && cf.range.right === gradeCol);
      expect(ours).toHaveLength(5);
      expect(sheet.conditionalFormats.some((cf) => cf.id === 999)).toBe(true);
    } finally {
      live.uninstall();
    }
  });

  it('splits a large write into requests under the limit and gives the same workbook as one big request', async () => {
    const grid = generatedGrid(1_000);
    const big = liveWorkbook(grid);
    let expected;
    try {
      await createWorkbookActions(createOfficeWorkbookPort(), { now: () => NOW }).grade();
      expected = fakeToGrid(big.fake);
    } finally {
      big.uninstall();
    }
    const small = liveWorkbook(grid, { payloadLimit: 40_000 });
    try {
      await createWorkbookActions(createOfficeWorkbookPort({ budgetBytes: 30_000 }), { now: () => NOW }).grade();
      const writeRun = lastRun(small.fake);
      const writeSyncs = small.fake.syncs.filter((s) => s.run === writeRun);
      expect(writeSyncs.length).toBeGreaterThan(3);
      expect(Math.max(...small.fake.syncs.map((s) => s.requestBytes))).toBeLessThanOrEqual(40_000);
      expect(small.fake.syncs.every((s) => !s.error)).toBe(true);
      expect(fakeToGrid(small.fake)).toEqual(expected);
      // Still values before formats across all those syncs.
      const ops = operationsOfRun(small.fake, writeRun);
      const lastValue = Math.max(...ops.map((o, i) => (o.kind === 'values' ? i : -1)));
      expect(ops.findIndex((o) => FORMAT_KINDS.includes(o.kind))).toBeGreaterThan(lastValue);
    } finally {
      small.uninstall();
    }
  });

  it('asks for no undo group where ExcelApi 1.20 is missing; on desktop only hiding the new restore sheet clears the undo history, once', async () => {
    const live = liveWorkbook(sampleGrid(), { excelApi: '1.19', platform: 'PC' });
    try {
      const actions = createWorkbookActions(createOfficeWorkbookPort());
      await actions.grade({ year: 2024 });
      await actions.summarise({ year: 2024 });
      expect(live.fake.runs.every((r) => !r.options?.mergeUndoGroup && r.options?.delayForCellEdit)).toBe(true);
      // Reading merged areas clears it on Windows too (office-js #5918): see the read tests.
      expect(live.fake.undoClearing.filter((api) => api !== 'Range.getMergedAreasOrNullObject')).toEqual(['Worksheet.visibility']);
      expect(live.fake.sheet(RESTORE_SHEET_NAME).visibility).toBe('Hidden');
      expect(live.fake.operations.some((o) => o.kind === 'deleteSheet')).toBe(false);
    } finally {
      live.uninstall();
    }
  });
});

describe('writing the summary sheet through Office.js', () => {
  it('adds 評価集計, then clears and reuses it on a second run, never deleting it', async () => {
    const live = liveWorkbook(sampleGrid());
    try {
      const actions = createWorkbookActions(createOfficeWorkbookPort());
      const first = await actions.summarise({ year: 2024 });
      const sheetsAfterFirst = live.fake.sheets.map((s) => s.name);
      expect(sheetsAfterFirst).toContain(SUMMARY_SHEET_NAME);
      expect(live.fake.activeSheet).toBe(SUMMARY_SHEET_NAME);
      const summary = live.fake.sheet(SUMMARY_SHEET_NAME);
      // Left over from someone's edits: it must not survive the second run.
      summary.setRaw(40, 9, 'メモ');
      summary.merges.push({ top: 45, left: 0, bottom: 45, right: 3 });

      await actions.summarise({ year: 2024, previous: 2023 });
      const run = lastRun(live.fake) - 1; // the write run; the last run activates the sheet
      const ops = operationsOfRun(live.fake, run);
      expect(ops.some((o) => o.kind === 'clear' && o.sheet === SUMMARY_SHEET_NAME)).toBe(true);
      expect(ops.some((o) => o.kind === 'addSheet')).toBe(false);
      expect(live.fake.operations.some((o) => o.kind === 'deleteSheet')).toBe(false);
      expect(live.fake.sheets.map((s) => s.name)).toEqual(sheetsAfterFirst);
      expect(live.fake.sheet(SUMMARY_SHEET_NAME)).toBe(summary);
      expect(summary.value(40, 9)).toBeNull();
      expect(summary.merges.some((m) => m.top === 45)).toBe(false);
      expect(first.sheetName).toBe(SUMMARY_SHEET_NAME);
    } finally {
      live.uninstall();
    }
  });

  it('writes the values, styles, merges, widths and frozen rows the engine laid out', async () => {
    const live = liveWorkbook(sampleGrid());
    try {
      const port = createOfficeWorkbookPort();
      const output: SheetOutput = {
        name: '出力',
        cells: [
          { row: 0, col: 0, value: '表題', style: { bold: true } },
          { row: 1, col: 0, value: '項目', style: { bold: true, fill: 'DDEBF7', border: true, horizontal: 'center' } },
          { row: 1, col: 1, value: null, style: { bold: true, fill: 'DDEBF7', border: true, horizontal: 'center' } },
          { row: 2, col: 0, value: 0.544, style: { numberFormat: '0.0%', border: true, vertical: 'top', wrap: true, fontColor: '808080' } },
          { row: 2, col: 1, value: '-', style: { border: true, horizontal: 'right' } },
        ],
        merges: [{ top: 1, left: 0, bottom: 1, right: 1 }],
        columnWidths: [52, 9],
        validations: [{ range: { top: 2, left: 1, bottom: 10, right: 1 }, list: ['○'] }],
        frozenRows: 2,
      };
      await port.write({ writes: [], sheets: [output] });
      const sheet = live.fake.sheet('出力');
      const grid = sheetOutputToGrid(output);
      const trim = (rows: unknown[][]) =>
        rows.map((row) => {
          const cells = row.map((v) => (v === '' ? null : v));
          while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
          return cells;
        });
      expect(trim(fakeToGrid(live.fake).sheets.find((s) => s.name === '出力')!.values)).toEqual(trim(grid.values));
      expect(sheet.style(0, 0)).toEqual({ bold: true });
      expect(sheet.style(1, 1)).toMatchObject({ bold: true, fill: '#DDEBF7', horizontal: 'Center' });
      expect(sheet.style(1, 0)?.borders).toEqual(
        expect.arrayContaining(['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical']),
      );
      expect(sheet.style(2, 0)).toMatchObject({ fontColor: '#808080', vertical: 'Top', wrap: true });
      expect(sheet.format(2, 0)).toBe('0.0%');
      expect(sheet.value(2, 1)).toBe('-');
      expect(sheet.merges).toEqual([{ top: 1, left: 0, bottom: 1, right: 1 }]);
      expect(sheet.columnWidths.get(0)).toBe(columnWidthPoints(52));
      expect(sheet.frozenRows).toBe(2);
      expect(sheet.validations).toEqual([{ range: { top: 2, left: 1, bottom: 10, right: 1 }, source: '○' }]);
    } finally {
      live.uninstall();
    }
  });

  it('hides a sheet asked to be hidden in the write on the web; on desktop in a run of its own after it, once', async () => {
    const output: SheetOutput = {
      name: '復元データ',
      cells: [{ row: 0, col: 0, value: 'x' }],
      merges: [],
      columnWidths: [],
      validations: [],
      hidden: true,
    };
    const web = liveWorkbook(sampleGrid(), { platform: 'OfficeOnline' });
    try {
      await createOfficeWorkbookPort().write({ writes: [], sheets: [output] });
      expect(web.fake.sheet('復元データ').visibility).toBe('Hidden');
    } finally {
      web.uninstall();
    }
    const desktop = liveWorkbook(sampleGrid(), { platform: 'PC', excelApi: '1.20' });
    try {
      const port = createOfficeWorkbookPort();
      await port.write({ writes: [], sheets: [output] });
      expect(desktop.fake.sheet('復元データ').visibility).toBe('Hidden');
      // The write itself stays one undo group; hiding came after it, in a run without one.
      expect(desktop.fake.runs.map((r) => r.options)).toEqual([
        { mergeUndoGroup: true, delayForCellEdit: true },
        { delayForCellEdit: true },
      ]);
      await port.write({ writes: [], sheets: [output] });
      expect(desktop.fake.undoClearing).toEqual(['Worksheet.visibility']);
    } finally {
      desktop.uninstall();
    }
  });
});

describe('showing cells', () => {
  it('activates the sheet and selects the cell of a clicked issue', async () => {
    const live = liveWorkbook(sampleGrid());
    try {
      const port = createOfficeWorkbookPort();
      await port.select('成果指標', 11, 5);
      expect(live.fake.activeSheet).toBe('成果指標');
      expect(live.fake.selection).toEqual({ sheet: '成果指標', row: 11, col: 5 });
      await port.activate('事業一覧');
      expect(live.fake.activeSheet).toBe('事業一覧');
    } finally {
      live.uninstall();
    }
  });
});

describe('the grade changes the engine hands the adapter', () => {
  it('name the grade cells and the policy labels, for colours and the drop-down', () => {
    const report = gradeWorkbook(sampleGrid(), { year: 2024 });
    expect(report.changes.grades).toHaveLength(1);
    const g = report.changes.grades![0];
    expect(g.labels).toEqual(['A', 'B', 'C', 'D', '-']);
    for (const w of report.changes.writes.filter((x) => x.col === g.range.left && x.sheet === g.sheet)) {
      expect(w.row).toBeGreaterThanOrEqual(g.range.top);
      expect(w.row).toBeLessThanOrEqual(g.range.bottom);
    }
  });
});

describe('grade colours and drop-downs on the graded rows only', () => {
  /** The sample with a role heading row inserted before the indicators of project 3 (row 10). */
  function withHeadingRow() {
    const grid = sampleGrid();
    const sheet = grid.sheets.find((s) => s.name === '成果指標')!;
    const at = sheet.values.findIndex((row) => row[0] === 3);
    for (const rows of [sheet.values, sheet.formulas, sheet.numberFormats] as unknown[][][]) rows.splice(at, 0, []);
    sheet.values[at] = ['役割2　圏域全体の生活関連機能サービスの向上'];
    sheet.merges = sheet.merges.map((m) => (m.top >= at ? { ...m, top: m.top + 1, bottom: m.bottom + 1 } : m));
    return { grid, heading: at };
  }

  it('leaves a heading row between indicators without colours or a drop-down', async () => {
    const { grid, heading } = withHeadingRow();
    const live = liveWorkbook(grid);
    try {
      const result = await createWorkbookActions(createOfficeWorkbookPort()).grade({ year: 2024 });
      const gradeCol = result.changed.find((c) => c.kind === 'grade')!.col;
      const sheet = live.fake.sheet('成果指標');
      const covers = (r: { top: number; bottom: number }) => r.top <= heading && heading <= r.bottom;
      const rules = sheet.conditionalFormats.filter((cf) => cf.range.left === gradeCol);
      expect(rules).toHaveLength(10);
      expect(rules.some((cf) => covers(cf.range))).toBe(false);
      const lists = sheet.validations.filter((v) => v.range.left === gradeCol);
      expect(lists).toHaveLength(2);
      expect(lists.some((v) => covers(v.range))).toBe(false);
      expect(sheet.value(heading, gradeCol)).toBeNull();
    } finally {
      live.uninstall();
    }
  });

  it('replaces its own rules from an earlier run however Excel stored them, and the unmarked rules of earlier versions', async () => {
    const live = liveWorkbook(sampleGrid());
    try {
      const actions = createWorkbookActions(createOfficeWorkbookPort());
      const first = await actions.grade({ year: 2024 });
      const gradeCol = first.changed.find((c) => c.kind === 'grade')!.col;
      const sheet = live.fake.sheet('成果指標');
      const range = sheet.conditionalFormats[0].range;
      // An earlier version's rule, its fill in small letters as another host wrote it, and a user's rule on the same cells.
      sheet.conditionalFormats.push(
        { id: 900, type: 'CellValue', range, fill: '#c6efce', rule: { formula1: '="A"', operator: 'EqualTo' } },
        { id: 901, type: 'Custom', range, fill: '#FF0000', formula: `=L${range.top + 1}="D"` },
      );
      // Excel kept ours in its own form (lower-case function names in the file here; read back in capitals).
      for (const cf of sheet.conditionalFormats) if (cf.formula?.includes('shinchoku')) cf.formula = cf.formula.replace('AND(N(', 'and(n(');
      // Two more runs that write (a grade cleared each time), each replacing the rules of the one before.
      for (let i = 0; i < 2; i++) {
        sheet.setRaw(range.top, gradeCol, null);
        expect((await actions.grade({ year: 2024 })).changed.length).toBeGreaterThan(0);
      }
      const onGrades = sheet.conditionalFormats.filter((cf) => cf.range.left === gradeCol);
      expect(onGrades.filter((cf) => cf.formula?.includes('"shinchoku:grade"'))).toHaveLength(5);
      expect(onGrades.map((cf) => cf.id)).toContain(901);
      expect(onGrades.map((cf) => cf.id)).not.toContain(900);
      expect(onGrades).toHaveLength(6);
    } finally {
      live.uninstall();
    }
  });
});
