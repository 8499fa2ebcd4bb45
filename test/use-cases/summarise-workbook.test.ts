import { summariseWorkbook } from '../../src/use-cases/summarise-workbook';
import { gradeWorkbook } from '../../src/use-cases/grade-workbook';
import { buildYearSummary } from '../../src/core/summary/build-summary';
import { percentOf } from '../../src/core/summary/largest-remainder';
import { DEFAULT_POLICY } from '../../src/core/grading/default-policies';
import { GradingPolicySchema } from '../../src/core/model';
import { UsageError } from '../../src/use-cases/resolve-year';
import { buildSampleSheets } from '../../src/sample/build-sample-workbook';
import { seedProjects, seedResults2024 } from '../../src/sample/aomori-seed-data';
import { sheetOutputToGrid } from '../../src/core/workbook/sheet-output-to-grid';
import type { WorkbookGrid } from '../../src/core/workbook/cell-grid';
import { cellAt, setCell } from '../helpers/sheet-grid';
import { conferenceGradeWrites } from '../helpers/conference-grades';
import { cellAddress } from '../../src/core/workbook/cell-address';

const sample = (): WorkbookGrid => ({ sheets: buildSampleSheets().map(sheetOutputToGrid) });

/** The counts the seeds imply for a year, computed from the seed data alone. */
function expectedFromSeeds(year: number) {
  const active = seedProjects.filter((p) => (p.startYear ?? 2020) <= year);
  return [1, 2, 3].map((role) => {
    const projects = active.filter((p) => p.role === role);
    const counts = { A: 0, B: 0, C: 0, D: 0, '-': 0 } as Record<string, number>;
    for (const p of projects) {
      if (p.mergedInto !== null) continue; // a merged project counts as a project, its indicator is not an item
      for (const i of p.indicators) {
        const r = year === 2024 ? seedResults2024.find((x) => x.projectNo === p.no && x.indicatorName === i.name) : undefined;
        counts[r ? r.grade : '-'] += 1;
      }
    }
    return { no: role, projects: projects.length, counts, items: Object.values(counts).reduce((a, b) => a + b, 0) };
  });
}

describe('summariseWorkbook on the sample workbook', () => {
  const report = summariseWorkbook(sample(), { year: '令和6年度', previous: 'R5' });
  const { summary } = report;

  it('summarises FY2024, and says it compares with nothing: the sample has no FY2023 actual or grade', () => {
    expect(summary.year).toBe(2024);
    expect(summary.previous).toBeUndefined();
    expect(summary.previousWithoutResults).toBe(2023);
    expect(report.sheet!.cells.map((c) => c.value)).toContain(
      '令和5年度（2023年度）は実績値・進捗評価が入力されていないため、比較していません。',
    );
  });

  it('gives the reason of every "-": the 47 FY2024 items with no actual yet or no target, none of the legend\'s', () => {
    expect(summary.totals.counts['-']).toBe(47);
    expect(summary.totals.dashReasons).toEqual({ merged: 0, pending: 0, biennial: 0, noActual: 44, noTarget: 3, other: 0 });
    for (const role of summary.roles) expect(Object.values(role.dashReasons).reduce((a, b) => a + b, 0)).toBe(role.counts['-']);
    expect(report.sheet!.cells.map((c) => c.value)).toContain('「-」47項目の内訳: 実績値未入力 44、年度の目標値なし 3');
  });

  it('counts 17 / 1 / 39 projects and 16 / 1 / 40 items per role in FY2024, as conference-2025 prints', () => {
    expect(summary.roles.map((r) => [r.no, r.projects, r.items])).toEqual([
      [1, 17, 16],
      [2, 1, 1],
      [3, 39, 40],
    ]);
    expect(summary.totals.projects).toBe(57);
    expect(summary.totals.items).toBe(57);
  });

  it('counts 17 / 1 / 37 projects and 16 / 1 / 38 items per role in FY2023, as conference-2025 prints', () => {
    const fy2023 = buildYearSummary(report.validation.model, 2023, DEFAULT_POLICY);
    expect(fy2023.roles.map((r) => [r.no, r.projects, r.items])).toEqual([
      [1, 17, 16],
      [2, 1, 1],
      [3, 37, 38],
    ]);
    expect(fy2023.totals.items).toBe(55);
  });

  it('counts the 10 printed FY2024 grades by role and the rest as "-"', () => {
    expect(summary.roles.map(({ no, projects, counts, items }) => ({ no, projects, counts, items }))).toEqual(expectedFromSeeds(2024));
    expect(summary.roles.map((r) => r.counts)).toEqual([
      { A: 1, B: 1, C: 0, D: 0, '-': 14 },
      { A: 0, B: 0, C: 0, D: 0, '-': 1 },
      { A: 5, B: 3, C: 0, D: 0, '-': 32 },
    ]);
    expect(summary.totals.counts).toEqual({ A: 6, B: 4, C: 0, D: 0, '-': 47 });
    expect(summary.totals.percents).toEqual({ A: 10.5, B: 7, C: 0, D: 0, '-': 82.5 });
    expect(summary.favorable).toEqual({ count: 10, percent: 17.5 });
  });

  it('builds the 評価集計 sheet with the role rows', () => {
    const grid = sheetOutputToGrid(report.sheet!);
    expect(cellAt(grid, 'A5')).toBe('1 圏域全体の経済成長のけん引 【17事業】');
    expect(cellAt(grid, 'A7')).toBe('3 圏域全体の生活関連機能サービスの向上 【39事業】');
    expect(cellAt(grid, 'A8')).toBe('計 【57事業】');
    expect(cellAt(grid, 'G8')).toBe(57);
  });

  it('counts the grade the sheet shows: a typed grade that differs from the rule counts as typed, and is named', () => {
    const grid = sample();
    setCell(grid, '成果指標', 'L9', 'A'); // project 5 computes B (86.5%), as Grade would keep it
    const typed = summariseWorkbook(grid, { year: 2024 });
    const counts = typed.summary.totals.counts;
    expect([counts.A, counts.B]).toEqual([7, 3]);
    expect(typed.summary.typedGrades).toEqual([{ address: '成果指標!L9', projectNo: 5, indicator: '売上額※', typed: 'A', computed: 'B' }]);
    const sheetText = typed.sheet!.cells.map((c) => c.value);
    expect(sheetText).toContain('入力済みの進捗評価のとおり集計した項目（計算結果と異なる）: 1項目');
    expect(sheetText).toContain('成果指標!L9 事業5「売上額※」: A（計算結果 B）');
    // and the sheet's count agrees with the 進捗評価 column it summarises after Grade keeps the typed A
    const graded = gradeWorkbook(grid, { year: 2024 });
    expect(graded.skipped.map((s) => [s.address, s.before, s.value])).toEqual([['成果指標!L9', 'A', 'B']]);
  });

  it('stops over validation errors in the year: no sheet, the errors listed, unless a draft is asked for', () => {
    const grid = sample();
    setCell(grid, '成果指標', 'K9', '１２三'); // project 5's FY2024 actual
    setCell(grid, '成果指標', 'L9', null); // and no typed grade beside it
    const stopped = summariseWorkbook(grid, { year: 2024 });
    expect(stopped.sheet).toBeNull();
    expect(stopped.changes).toBeNull();
    expect(stopped.yearErrors.map((i) => [i.code, i.address])).toEqual([['NUMBER_INVALID', '成果指標!K9']]);
    const draft = summariseWorkbook(grid, { year: 2024, draft: true });
    expect(draft.sheet!.cells[0].value).toBe('【暫定・検証エラー1件】令和6年度（2024年度）進捗評価の集計');
    expect(draft.summary.totals.dashReasons.other).toBe(1);
    // an error in another year's results does not stop this year's summary, unless that year is its comparison
    const other = sample();
    setCell(other, '成果指標', 'H9', '１２三'); // project 5's FY2023 actual
    setCell(other, '成果指標', 'H4', '1回'); // so that FY2023 has a result to compare with
    expect(summariseWorkbook(other, { year: 2024 }).sheet).not.toBeNull();
    const compared = summariseWorkbook(other, { year: 2024, previous: 2023 });
    expect(compared.summary.previous?.year).toBe(2023);
    expect(compared.yearErrors.map((i) => [i.address, i.year])).toEqual([['成果指標!H9', 2023]]);
    expect(compared.sheet).toBeNull();
    // Grade over the same error grades the rest and says which it left
    const graded = gradeWorkbook(grid, { year: 2024 });
    expect(graded.yearErrors.map((i) => i.address)).toEqual(['成果指標!K9']);
    expect(graded.changed.some((c) => c.address === '成果指標!L9' || c.address === '成果指標!M9')).toBe(false);
  });

  it('counts an entered grade where the sheet has no numbers (past years kept as grades)', () => {
    const grid = sample();
    // project 1's FY2023 column holds only a grade, as sheets keep past years
    setCell(grid, '成果指標', 'I4', 'A');
    const fy2023 = summariseWorkbook(grid, { year: 2023 }).summary;
    expect(fy2023.roles[0].counts).toEqual({ A: 1, B: 0, C: 0, D: 0, '-': 15 });
  });
});

describe('the merged projects 2 and 3 (NO.4に統合)', () => {
  const validation = summariseWorkbook(sample(), { year: 2024 }).validation;

  it('are 統合 into project 4 in the model', () => {
    const merged = validation.model.projects.filter((p) => p.project.status === '統合').map((p) => [p.project.no, p.project.mergedInto]);
    expect(merged).toEqual([
      [2, 4],
      [3, 4],
    ]);
  });

  it('count as projects but their indicators are not items by default', () => {
    const s = buildYearSummary(validation.model, 2024, DEFAULT_POLICY);
    expect([s.roles[0].projects, s.roles[0].items]).toEqual([17, 16]);
  });

  it('are "-" items under a policy that keeps merged indicators (data, not code)', () => {
    const keep = GradingPolicySchema.parse({ ...DEFAULT_POLICY, mergedItems: 'not-graded' });
    const s = buildYearSummary(validation.model, 2024, keep);
    expect([s.roles[0].projects, s.roles[0].items, s.roles[0].counts['-']]).toEqual([17, 18, 16]);
  });
});

describe('the year of a summary', () => {
  it.each([2024, '2024', '2024年度', 'R6', '令和6年度', 'FY2024'])('accepts %j', (year) => {
    expect(summariseWorkbook(sample(), { year }).summary.year).toBe(2024);
  });

  it('defaults to the latest year with actuals', () => {
    expect(summariseWorkbook(sample()).summary.year).toBe(2024);
  });

  it('rejects a year it cannot read, with a message in both languages', () => {
    expect(() => summariseWorkbook(sample(), { year: '来年' })).toThrow(UsageError);
    try {
      summariseWorkbook(sample(), { year: '来年' });
    } catch (e) {
      expect((e as UsageError).text.ja).toBe('年度「来年」を読めません。2024、2024年度、R6、令和6年度のいずれかで指定してください。');
    }
  });
});

describe('a merger takes effect from its year (projects 2 and 3, merged into 4 in FY2021)', () => {
  // The register over the whole first vision period: a result column group for each of FY2020–FY2024.
  const period = (): WorkbookGrid => ({ sheets: buildSampleSheets([2020, 2021, 2022, 2023, 2024]).map(sheetOutputToGrid) });
  const { model } = summariseWorkbook(period(), { year: 2024 }).validation;
  const year = (y: number) => buildYearSummary(model, y, DEFAULT_POLICY).totals;

  it('reads the merger year from the 終了年度 column of a merged project, which still counts after it', () => {
    const merged = model.projects
      .filter((p) => p.project.status === '統合')
      .map((p) => [p.project.no, p.project.mergedYear, p.project.endYear]);
    expect(merged).toEqual([
      [2, 2021, null],
      [3, 2021, null],
    ]);
  });

  it('counts the projects the conference material prints for each year: 44 → 48 → 52 → 55 → 57', () => {
    expect([2020, 2021, 2022, 2023, 2024].map((y) => year(y).projects)).toEqual([44, 48, 52, 55, 57]);
  });

  it('grades 2 and 3 in FY2020, so FY2020 has 45 items: 比較的順調 48.9 % is 22 of them', () => {
    expect(year(2020).items).toBe(45);
    expect(percentOf(22, year(2020).items)).toBe(48.9);
    // from FY2021 they are counted and give no item: 55 items in FY2023 and 57 in FY2024, as printed
    expect([year(2023).items, year(2024).items]).toEqual([55, 57]);
  });

  it('takes 「令和3年度統合」 in 事業区分 and a 統合年度 column as the same year, and warns where no year is given', () => {
    const grid = sample();
    const { values } = grid.sheets[0];
    const header = values.findIndex((r) => r.includes('事業区分'));
    const [category, ended] = ['事業区分', '終了年度'].map((h) => values[header].indexOf(h));
    const row2 = values.findIndex((r) => r[0] === 2);
    expect(values[row2][ended]).toBe('令和3年度');
    values[row2][ended] = null;
    values[row2][category] = '令和3年度統合（NO.4に統合）';
    const read = summariseWorkbook(grid, { year: 2024 }).validation;
    expect(read.model.projects.find((p) => p.project.no === 2)?.project).toMatchObject({ status: '統合', mergedInto: 4, mergedYear: 2021 });
    values[row2][category] = 'NO.4に統合';
    const unknown = summariseWorkbook(grid, { year: 2024 }).validation;
    const warning = unknown.issues.find((i) => i.code === 'MERGED_YEAR_MISSING');
    expect(warning).toMatchObject({ severity: 'warning', sheet: '事業一覧' });
    expect(warning?.message.ja).toContain('事業番号 2 は統合事業ですが、統合した年度がありません');
  });
});

describe('評価集計 compares with the year before in a table as well as a sentence', () => {
  it('gives FY2023 and FY2024 as the material prints them (42 items 76.4 % → 45 items 78.9 %: +3, +2.5 points)', () => {
    const grid = sample();
    for (const w of conferenceGradeWrites(grid)) setCell(grid, w.sheet, cellAddress(w.row, w.col), w.value);
    const sheet = summariseWorkbook(grid, { year: 2024, previous: 2023 }).sheet!;
    const rows = new Map<number, (string | number | boolean | null)[]>();
    for (const c of sheet.cells) (rows.get(c.row) ?? rows.set(c.row, []).get(c.row)!)[c.col] = c.value;
    const lines = [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, r]) => r);
    const at = lines.findIndex((r) => r[0] === '比較的順調（A+B）');
    expect(lines.slice(at, at + 4)).toEqual([
      ['比較的順調（A+B）', '項目数', '割合'],
      ['令和5年度（2023年度）', 42, 0.764],
      ['令和6年度（2024年度）', 45, 0.789],
      ['増減', 3, 2.5],
    ]);
    // the share row under the counts is labelled
    expect(lines.find((r) => r[0] === '割合')?.slice(1, 6)).toEqual([0.544, 0.245, 0.088, 0.035, 0.088]);
  });
});
