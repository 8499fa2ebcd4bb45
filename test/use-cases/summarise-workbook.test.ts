import { summariseWorkbook } from '../../src/use-cases/summarise-workbook';
import { buildYearSummary } from '../../src/core/summary/build-summary';
import { DEFAULT_POLICY } from '../../src/core/grading/default-policies';
import { GradingPolicySchema } from '../../src/core/model';
import { UsageError } from '../../src/use-cases/resolve-year';
import { buildSampleSheets } from '../../src/sample/build-sample-workbook';
import { seedProjects, seedResults2024 } from '../../src/sample/aomori-seed-data';
import { sheetOutputToGrid } from '../../src/core/workbook/sheet-output-to-grid';
import type { WorkbookGrid } from '../../src/core/workbook/cell-grid';
import { cellAt, setCell } from '../helpers/sheet-grid';

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

  it('summarises FY2024 with FY2023 as the previous year', () => {
    expect(summary.year).toBe(2024);
    expect(summary.previous?.year).toBe(2023);
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
    expect(summary.previous!.roles.map((r) => [r.no, r.projects, r.items])).toEqual([
      [1, 17, 16],
      [2, 1, 1],
      [3, 37, 38],
    ]);
    expect(summary.previous!.totals.items).toBe(55);
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
    const grid = sheetOutputToGrid(report.sheet);
    expect(cellAt(grid, 'A5')).toBe('1 圏域全体の経済成長のけん引 【17事業】');
    expect(cellAt(grid, 'A7')).toBe('3 圏域全体の生活関連機能サービスの向上 【39事業】');
    expect(cellAt(grid, 'A8')).toBe('計 【57事業】');
    expect(cellAt(grid, 'G8')).toBe(57);
  });

  it('prefers the computed grade, and counts an entered grade where the sheet has no numbers', () => {
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
