import { resultCell } from '../../src/core/model';
import { RESTORE_SHEET_NAME } from '../../src/core/restore/restore-sheet';
import { gradeChanges, gradeWorkbook, gradeWorkbookChanges, RATE_FORMAT } from '../../src/use-cases/grade-workbook';
import type { CellChange } from '../../src/use-cases/plan-cell-writes';
import { buildSampleSheets } from '../../src/sample/build-sample-workbook';
import { seedProjects, seedResults2024 } from '../../src/sample/aomori-seed-data';
import { sheetOutputToGrid } from '../../src/core/workbook/sheet-output-to-grid';
import { qualifiedAddress } from '../../src/core/workbook/cell-address';
import type { WorkbookGrid } from '../../src/core/workbook/cell-grid';
import { applyChanges, cellAt, cloneWorkbook, setCell, sheetGrid, workbook } from '../helpers/sheet-grid';

const sample = (): WorkbookGrid => ({ sheets: buildSampleSheets().map(sheetOutputToGrid) });
const PROJECT_SHEET = '事業一覧';
const INDICATOR_SHEET = '成果指標';

/** The number a printed value starts with ("43,698千円" → 43698), independent of the engine's parser. */
const printed = (text: string) => Number(/[\d,]+/.exec(text)![0].replace(/,/g, ''));

/** A change's own fields and the address it shows (made when asked, so not among them). */
const withAddress = (c: CellChange) => ({ ...c, address: c.address });

describe('gradeWorkbook on the sample workbook, FY2024', () => {
  const grid = sample();
  const before = cloneWorkbook(grid);
  const report = gradeWorkbook(grid, { year: 2024 });
  const { model } = report.validation;
  const table = model.indicatorTable!;
  const gradeCol = table.years.find((y) => y.year === 2024 && y.kind === 'grade')!.col;
  // the year's group is J:L (目標値, 実績値, 進捗評価); its 達成率 goes in right after it, before 備考
  const rateCol = gradeCol + 1;

  it('leaves the input grid untouched', () => {
    expect(grid).toEqual(before);
  });

  it('lists the cells its writes expect, unless asked not to (the command line), and plans the same writes either way', () => {
    const guarded = (expected = report.changes.expected) => [...(expected ?? [])].filter((e) => e.sheet !== RESTORE_SHEET_NAME);
    // each written rate, and the project number and name naming its row
    expect(guarded().length).toBeGreaterThanOrEqual(2 * report.changes.writes.length);
    expect(guarded()).toContainEqual(expect.objectContaining({ sheet: INDICATOR_SHEET, col: table.columns.name }));
    const unguarded = gradeWorkbook(sample(), { year: 2024, now: new Date(0), expectCells: false });
    expect(guarded(unguarded.changes.expected)).toEqual([]);
    const same = gradeWorkbook(sample(), { year: 2024, now: new Date(0) });
    expect({ ...unguarded.changes, expected: undefined }).toEqual({ ...same.changes, expected: undefined });
    expect(unguarded.changed).toEqual(same.changed);
  });

  it('writes each changed cell as the change itself: one object per cell, its address made when shown', () => {
    expect(report.changes.writes).toHaveLength(report.changed.length);
    report.changed.forEach((c, i) => expect(report.changes.writes[i]).toBe(c));
    expect(Object.keys(report.changed[0])).not.toContain('address');
    expect(report.changed[0].address).toBe(qualifiedAddress(INDICATOR_SHEET, report.changed[0].row, report.changed[0].col));
  });

  it('says once when the workbook is read and checked (the command line collects the garbage then)', () => {
    const steps: string[] = [];
    const graded = gradeWorkbook(sample(), { year: 2024, stepDone: () => steps.push('checked') });
    expect(steps).toEqual(['checked']);
    expect(graded.changes.writes).toEqual(report.changes.writes);
  });

  it('gives the command line the same cells and restore point without the model, and says when the model can go', () => {
    const steps: string[] = [];
    const at = new Date(0);
    const alone = gradeWorkbookChanges(sample(), { year: 2024, now: at, stepDone: () => steps.push('step') });
    expect(steps).toEqual(['step', 'step']);
    expect(alone).toEqual(gradeChanges(gradeWorkbook(sample(), { year: 2024, now: at })));
    expect(alone.changes.sheets.map((s) => s.name)).toEqual([RESTORE_SHEET_NAME]);
    expect(Object.keys(alone.validation)).not.toContain('model');
  });

  it('grades the year asked for, with no validation error', () => {
    expect(report.year).toBe(2024);
    expect(report.validation.errors).toBe(0);
    expect(report.graded).toHaveLength(59);
  });

  it.each(seedResults2024.map((r) => [r.projectNo, r.indicatorName, r.grade, r] as const))(
    'project %i %s: computes the printed grade %s and its rate',
    (projectNo, name, grade, r) => {
      const g = report.graded.find((x) => x.row.indicator.projectNo === projectNo && x.row.indicator.name === name)!;
      expect(g).toMatchObject({ label: grade, reason: 'graded' });
      const rate = printed(r.actual) / printed(r.target);
      expect(g.rate).toBeCloseTo(rate, 12);
      // the printed grade is already in the cell: only the rate is written
      const writes = report.changes.writes.filter((w) => w.row === g.row.row);
      expect(writes).toMatchObject([{ sheet: INDICATOR_SHEET, row: g.row.row, col: rateCol, value: g.rate, numberFormat: RATE_FORMAT }]);
    },
  );

  it('puts a 達成率 column into the 2024 group, under its widened 2024年度 heading, and moves 備考 one column right', () => {
    expect(report.changes.insertColumns).toEqual([
      { sheet: INDICATOR_SHEET, col: 12, count: 1, widen: [{ top: 1, left: 9, bottom: 1, right: 11 }], before: [null, '備考', null] },
    ]);
    const graded = applyChanges(grid, report.changes);
    const indicators = graded.sheets.find((s) => s.name === INDICATOR_SHEET)!;
    expect(indicators.values[1].slice(9, 14)).toEqual(['2024年度', null, null, null, '備考']);
    expect(indicators.values[2].slice(9, 13)).toEqual(['目標値', '実績値', '進捗評価', '達成率']);
    expect(indicators.merges).toContainEqual({ top: 1, left: 9, bottom: 1, right: 12 });
    // the restore point says which column the run put in, and its cells held nothing
    expect(report.changes.writes.filter((w) => w.col === 12)).toHaveLength(11);
  });

  it('writes 達成率 for exactly the 10 printed results, under a new 達成率 header', () => {
    const rateWrites = report.changed.filter((c) => c.kind === 'rate');
    expect(rateWrites).toHaveLength(10);
    expect(rateWrites.map((c) => c.address)).toContain('成果指標!M9'); // project 5, 売上額※
    expect(table.headerRow).toBe(2);
    expect(report.changed.filter((c) => c.kind === 'header').map(withAddress)).toEqual([
      {
        sheet: INDICATOR_SHEET,
        row: 2,
        col: rateCol,
        address: '成果指標!M3',
        kind: 'header',
        before: null,
        beforeFormula: null,
        value: '達成率',
      },
    ]);
  });

  it('writes "-" in the empty grade cells of the other 49 indicators, never a D', () => {
    const grades = report.changed.filter((c) => c.kind === 'grade');
    expect(grades).toHaveLength(49);
    expect(new Set(grades.map((c) => c.value))).toEqual(new Set(['-']));
    const reasons = report.graded.filter((g) => g.reason !== 'graded').map((g) => g.reason);
    expect(reasons.filter((r) => r === 'merged')).toHaveLength(2); // projects 2 and 3
    expect(new Set(reasons)).toEqual(new Set(['merged', 'no-actual', 'no-target']));
  });

  it('changes no cell outside the 2024 進捗評価 and 達成率 columns, the new header and the budget 計 cells', () => {
    const totalCol = model.projectTable!.columns.budgetTotal!;
    for (const w of report.changes.writes) {
      const allowed =
        (w.sheet === INDICATOR_SHEET && w.row >= table.firstDataRow && (w.col === gradeCol || w.col === rateCol)) ||
        (w.sheet === INDICATOR_SHEET && w.row === table.headerRow && w.col === rateCol) ||
        (w.sheet === PROJECT_SHEET && w.col === totalCol);
      expect({ at: qualifiedAddress(w.sheet, w.row, w.col), allowed }).toEqual({
        at: qualifiedAddress(w.sheet, w.row, w.col),
        allowed: true,
      });
    }
    expect(qualifiedAddress(INDICATOR_SHEET, 0, gradeCol)).toBe('成果指標!L1');
    // every write went into a blank cell: nothing typed was replaced
    for (const c of report.changed) expect(c.before).toBeNull();
    expect(report.changes.writes).toHaveLength(report.changed.length);
    expect(report.skipped).toEqual([]);
    // the only sheet written is the hidden restore record
    expect(report.changes.sheets.map((s) => [s.name, s.hidden])).toEqual([[RESTORE_SHEET_NAME, true]]);
  });

  it('is idempotent: grading the graded workbook again changes nothing and reads back the same grades', () => {
    const graded = applyChanges(grid, report.changes);
    const again = gradeWorkbook(graded, { year: 'R6' });
    expect(again.changes.writes).toEqual([]);
    expect(again.skipped).toEqual([]);
    expect(again.validation.errors).toBe(0);
    expect(again.graded.map((g) => g.label)).toEqual(report.graded.map((g) => g.label));
    const p5 = again.graded.find((g) => g.row.indicator.projectNo === 5)!;
    expect(
      resultCell(
        p5.row.indicator.results.find((r) => r.year === 2024)!,
        'rate',
      ),
    ).toEqual({ sheet: INDICATOR_SHEET, row: 8, col: rateCol });
  });

  it('picks FY2024 by itself: the latest year with actuals', () => {
    expect(gradeWorkbook(grid).year).toBe(2024);
  });
});

describe('gradeWorkbook fills a blank budget 計 with the sum of its years', () => {
  it('writes 273,958 for project 5 when its 計 is blank', () => {
    const grid = sample();
    const p5 = seedProjects.find((p) => p.no === 5)!;
    expect(p5.budgetTotal).toBe('273,958');
    // project 5 is the 5th project row; data starts on row 4 (0-based 3); 計 is column R
    expect(cellAt(grid.sheets[0], 'R8')).toBe(273958);
    setCell(grid, PROJECT_SHEET, 'R8', null);
    const report = gradeWorkbook(grid, { year: 2024 });
    expect(report.changed.filter((c) => c.kind === 'budget-total').map(withAddress)).toEqual([
      {
        sheet: PROJECT_SHEET,
        row: 7,
        col: 17,
        address: '事業一覧!R8',
        kind: 'budget-total',
        before: null,
        beforeFormula: null,
        value: 273958,
      },
    ]);
  });

  it('leaves a 計 that disagrees to validation (BUDGET_TOTAL_MISMATCH) and does not rewrite it', () => {
    const grid = sample();
    setCell(grid, PROJECT_SHEET, 'R8', 273959);
    const report = gradeWorkbook(grid, { year: 2024 });
    expect(report.validation.issues.filter((i) => i.code === 'BUDGET_TOTAL_MISMATCH').map((i) => i.address)).toEqual(['事業一覧!R8']);
    expect(report.changes.writes.filter((w) => w.sheet === PROJECT_SHEET)).toEqual([]);
  });
});

describe('gradeWorkbook never overwrites what someone entered', () => {
  // project 5 (売上額※ 43,698千円 of 50,500千円 = 86.5%, B) is on row 9; project 21 (110名 of 100名, A) on row 25
  const P5_GRADE = 'L9';
  const P21_GRADE = 'L25';
  const P21_RATE = 'N25';

  it('a hand-entered different grade is listed in skipped, not written, and flagged GRADE_DIFFERS', () => {
    const grid = sample();
    expect(cellAt(grid.sheets[1], P5_GRADE)).toBe('B');
    setCell(grid, INDICATOR_SHEET, P5_GRADE, 'A');
    const report = gradeWorkbook(grid, { year: 2024 });
    expect(report.skipped.map(withAddress)).toEqual([
      {
        sheet: INDICATOR_SHEET,
        row: 8,
        col: 11,
        address: '成果指標!L9',
        kind: 'grade',
        before: 'A',
        beforeFormula: null,
        value: 'B',
        reason: 'entered',
      },
    ]);
    expect(report.changes.writes.some((w) => w.sheet === INDICATOR_SHEET && w.row === 8 && w.col === 11)).toBe(false);
    const differs = report.validation.issues.filter((i) => i.code === 'GRADE_DIFFERS');
    expect(differs.map((i) => [i.address, i.severity])).toEqual([['成果指標!L9', 'warning']]);
    expect(differs[0].message.ja).toBe('入力済みの進捗評価「A」は、計算結果「B」（達成率 86.5%）と異なります。');
  });

  it('a grade entered as "B_概ね順調" or a full-width "Ｂ" is the same grade and is left alone', () => {
    for (const entered of ['B_概ね順調', 'Ｂ', 'b']) {
      const grid = sample();
      setCell(grid, INDICATOR_SHEET, P5_GRADE, entered);
      const report = gradeWorkbook(grid, { year: 2024 });
      expect(report.skipped).toEqual([]);
      expect(report.changes.writes.some((w) => w.row === 8 && w.col === 11)).toBe(false);
    }
  });

  it('a formula in the grade or rate column is listed in skipped with its formula, not written', () => {
    const grid = sample();
    // a 達成率 column kept at the table's right edge, after 備考
    setCell(grid, INDICATOR_SHEET, 'N3', '2024年度達成率');
    setCell(grid, INDICATOR_SHEET, P21_GRADE, 'B', '=IF(K25/J25>=1.2,"A","B")');
    setCell(grid, INDICATOR_SHEET, P21_RATE, 1, '=ROUND(K25/J25,0)');
    const report = gradeWorkbook(grid, { year: 2024 });
    expect(report.skipped.map((s) => [s.address, s.kind, s.reason, s.before, s.beforeFormula, s.value])).toEqual([
      ['成果指標!L25', 'grade', 'formula', 'B', '=IF(K25/J25>=1.2,"A","B")', 'A'],
      ['成果指標!N25', 'rate', 'formula', 1, '=ROUND(K25/J25,0)', 1.1],
    ]);
    expect(report.changes.writes.some((w) => w.row === 24 && (w.col === 11 || w.col === 13))).toBe(false);
  });

  it('a formula that already computes the same grade is left as it is, neither written nor skipped', () => {
    const grid = sample();
    setCell(grid, INDICATOR_SHEET, P21_GRADE, 'A', '=IF(K25>=J25,"A","B")');
    const report = gradeWorkbook(grid, { year: 2024 });
    expect(report.skipped).toEqual([]);
    expect(report.changes.writes.some((w) => w.row === 24 && w.col === 11)).toBe(false);
  });

  it('with overwrite: true, replaces the entered grade and the formulas, and says what was there', () => {
    const grid = sample();
    setCell(grid, INDICATOR_SHEET, P5_GRADE, 'A');
    setCell(grid, INDICATOR_SHEET, P21_GRADE, 'B', '=IF(K25/J25>=1.2,"A","B")');
    const report = gradeWorkbook(grid, { year: 2024, overwrite: true });
    expect(report.skipped).toEqual([]);
    const replaced = report.changed.filter((c) => c.before !== null);
    expect(replaced.map((c) => [c.address, c.before, c.beforeFormula, c.value])).toEqual([
      ['成果指標!L9', 'A', null, 'B'],
      ['成果指標!L25', 'B', '=IF(K25/J25>=1.2,"A","B")', 'A'],
    ]);
    expect(report.changes.writes).toEqual(
      expect.arrayContaining([expect.objectContaining({ sheet: INDICATOR_SHEET, row: 8, col: 11, value: 'B', numberFormat: undefined })]),
    );
  });

  it('does not write a grade for an input error: the unit mismatch stays for a person to fix', () => {
    const grid = sample();
    setCell(grid, INDICATOR_SHEET, 'K25', '110件'); // project 21's actual, against a target of 100名
    const report = gradeWorkbook(grid, { year: 2024 });
    expect(report.validation.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.address])).toEqual([
      ['UNIT_MISMATCH', '成果指標!K25'],
    ]);
    expect(report.changes.writes.some((w) => w.row === 24)).toBe(false);
  });
});

describe('gradeWorkbook on the long layout (a row per indicator per year)', () => {
  const seed = (no: number) => seedProjects.find((p) => p.no === no)!;
  const grid = workbook(
    sheetGrid('事業', [
      ['番号', '役割', '事業名'],
      [5, '1 圏域全体の経済成長のけん引', seed(5).name],
      [56, '3 圏域全体の生活関連機能サービスの向上', seed(56).name],
    ]),
    sheetGrid('指標', [
      ['番号', '指標名', '年度', '目標値', '実績値', '進捗評価'],
      [5, '売上額※', '令和5年度', '50,500千円', null, null],
      [5, '売上額※', '令和6年度', '50,500千円', '43,698千円', null],
      [56, seed(56).indicators[0].name, 'R6', '21種目', '18種目', null],
    ]),
  );
  const report = gradeWorkbook(grid, { year: '2024年度' });

  it("writes each grade on the year's own row, and a 達成率 column without a year in its header", () => {
    expect(report.changed.map((c) => [c.address, c.value])).toEqual([
      ['指標!G1', '達成率'],
      ['指標!F3', 'B'],
      ['指標!G3', 43698 / 50500],
      ['指標!F4', 'B'],
      ['指標!G4', 18 / 21],
    ]);
  });

  it('leaves the FY2023 row alone', () => {
    expect(report.changes.writes.some((w) => w.row === 1)).toBe(false);
  });

  it("groups each indicator's grade and rate on its year's row, the added header apart", () => {
    const { indicators, other } = report.byIndicator;
    expect(indicators.map((g) => [g.projectNo, g.projectName, g.indicator, g.label, g.graded, g.changed.map((c) => c.address)])).toEqual([
      [5, seed(5).name, '売上額※', 'B', true, ['指標!F3', '指標!G3']],
      [56, seed(56).name, seed(56).indicators[0].name, 'B', true, ['指標!F4', '指標!G4']],
    ]);
    expect(other.changed.map((c) => c.address)).toEqual(['指標!G1']);
  });
});

describe('gradeWorkbook reads a 達成率 column staff keep by hand', () => {
  const seed = (no: number) => seedProjects.find((p) => p.no === no)!;
  const projects = sheetGrid(
    '事業',
    [
      ['番号', '役割', '事業名', '事業区分'],
      [2, '1 圏域全体の経済成長のけん引', seed(2).name, 'NO.4に統合'],
      [4, null, seed(4).name, '継続'],
      [5, null, seed(5).name, '継続'],
      [11, null, seed(11).name, '継続'],
    ],
    { merges: ['B2:B5'] },
  );
  const indicators = (rates: Array<string | number | null>) =>
    sheetGrid('指標', [
      ['番号', '指標', '2024目標値', '2024実績値', '進捗評価', '達成率'],
      [2, '創業件数※', 'NO.4に統合', '—', '-', rates[0]],
      [4, '創業件数', '32件', '集計中', '-', rates[1]],
      [5, '売上額※', '50,500千円', '43,698千円', 'B', rates[2]],
      [11, '講習会等の開催回数', '1回以上/年度', '2回', 'A', rates[3]],
    ]);

  it('a dash where there is no rate, and rates typed as printed, are left alone and not reported', () => {
    for (const rates of [
      ['—', '-', '86.5%', '200%'],
      ['－', '―', 0.865, 2],
      [null, null, '87%', '200.0%'],
    ]) {
      const report = gradeWorkbook(workbook(projects, indicators(rates)), { year: 2024 });
      expect(report.skipped).toEqual([]);
      expect(report.changes.writes).toEqual([]);
    }
  });

  it('puts the graded indicators first, then the "-" ones with their reason, each in sheet order', () => {
    const grid = workbook(projects, indicators([null, null, null, null]));
    setCell(grid, '指標', 'E2', null);
    setCell(grid, '指標', 'E3', null);
    const report = gradeWorkbook(grid, { year: 2024 });
    const { indicators: groups } = report.byIndicator;
    expect(groups.map((g) => [g.projectNo, g.label, g.graded, g.reasonText.ja])).toEqual([
      [5, 'B', true, ''],
      [11, 'A', true, ''],
      [2, '-', false, '統合事業'],
      [4, '-', false, '集計中'],
    ]);
    expect(groups.flatMap((g) => g.changed)).toHaveLength(report.changed.length);
  });

  it('a typed rate that differs at its own precision is listed in skipped', () => {
    const report = gradeWorkbook(workbook(projects, indicators([null, null, '86.4%', 1])), { year: 2024 });
    expect(report.skipped.map((s) => [s.address, s.before, s.value, s.reason])).toEqual([
      ['指標!F4', '86.4%', 43698 / 50500, 'entered'],
      ['指標!F5', 1, 2, 'entered'],
    ]);
  });
});
