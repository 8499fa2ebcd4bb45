import * as grading from '../../src/core/grading/grade-result';
import { gradesOneByOne, gradeYear } from '../../src/core/grading/grade-year';
import { DEFAULT_POLICY } from '../../src/core/grading/default-policies';
import { buildSampleSheets } from '../../src/sample/build-sample-workbook';
import { sheetOutputToGrid } from '../../src/core/workbook/sheet-output-to-grid';
import { gradeWorkbook } from '../../src/use-cases/grade-workbook';
import { summariseWorkbook } from '../../src/use-cases/summarise-workbook';
import { trendWorkbook } from '../../src/use-cases/trend-workbook';
import { validateWorkbook } from '../../src/use-cases/validate-workbook';
import type { WorkbookGrid } from '../../src/core/workbook/cell-grid';
import { cellAddress } from '../../src/core/workbook/cell-address';
import { conferenceGradeWrites } from '../helpers/conference-grades';
import { sampleGrid } from '../helpers/memory-workbook-port';
import { setCell } from '../helpers/sheet-grid';

const sample = (): WorkbookGrid => ({ sheets: buildSampleSheets().map(sheetOutputToGrid) });

/** The sample with both years' grades typed as the conference material counts them: FY2023 has results too. */
function bothYears(): WorkbookGrid {
  const grid = sampleGrid();
  for (const w of conferenceGradeWrites(grid)) setCell(grid, w.sheet, cellAddress(w.row, w.col), w.value);
  return grid;
}

/** Every indicator is graded once per year by validation: what each command asks for after that is kept, the rest is not. */
describe('grades kept with the model after validation', () => {
  const grades = jest.spyOn(grading, 'gradeResult');
  beforeEach(() => grades.mockClear());
  afterAll(() => grades.mockRestore());

  it('Grade keeps the year it grades, and no other: another year asked for later is graded again', () => {
    const report = gradeWorkbook(sample(), { year: 2024 });
    const { model } = report.validation;
    const indicators = model.indicators.length;
    expect(model.years.length).toBeGreaterThan(1);
    expect(grades).toHaveBeenCalledTimes(model.years.length * indicators);
    grades.mockClear();
    expect(gradeYear(model, 2024, DEFAULT_POLICY)).toBe(report.graded);
    expect(grades).not.toHaveBeenCalled();
    gradeYear(model, 2023, DEFAULT_POLICY);
    expect(grades).toHaveBeenCalledTimes(indicators);
  });

  it('a year not kept is graded one indicator at a time, to the grades a kept year gets; a kept year is given as kept', () => {
    // 2023 validated and kept; 2024, the year with numbers, looked at and not kept
    const { model } = validateWorkbook(sample(), DEFAULT_POLICY, 2023);
    grades.mockClear();
    const oneByOne = gradesOneByOne(model, 2024, DEFAULT_POLICY);
    expect(oneByOne.next().done).toBe(false);
    // the generator grades as it is read, not all at once
    expect(grades).toHaveBeenCalledTimes(1);
    const seen = [...gradesOneByOne(model, 2024, DEFAULT_POLICY)];
    // each is the rule's grade of its indicator, asked for directly
    const byRule = model.indicators.map((row, i) =>
      grading.gradeResult(
        { indicator: row.indicator, year: 2024, merged: seen[i].merged, finalTargetYear: row.finalTargetYear },
        DEFAULT_POLICY,
      ),
    );
    expect(seen.map((g) => [g.row, g.label, g.rate, g.reason])).toEqual(
      byRule.map((o, i) => [model.indicators[i], o.label, o.rate, o.reason]),
    );
    expect(new Set(seen.map((g) => g.label))).toEqual(new Set(['A', 'B', '-']));
    expect(seen.filter((g) => g.merged).length).toBeGreaterThan(0);
    const kept = gradeYear(model, 2023, DEFAULT_POLICY);
    grades.mockClear();
    expect([...gradesOneByOne(model, 2023, DEFAULT_POLICY)].every((g, i) => g === kept[i])).toBe(true);
    expect(grades).not.toHaveBeenCalled();
  });

  it('Summary keeps every year: the year it compares is not graded twice', () => {
    const grid = bothYears();
    grades.mockClear();
    const report = summariseWorkbook(grid, { year: 2024, previous: 2023 });
    const { model } = report.validation;
    expect(report.summary.previous?.year).toBe(2023);
    expect(grades).toHaveBeenCalledTimes(model.years.length * model.indicators.length);
  });

  it('Trend keeps every year: each is graded once', () => {
    const grid = bothYears();
    // the report keeps no model: the indicators and years are counted from one read before
    const { model } = validateWorkbook(grid);
    grades.mockClear();
    const report = trendWorkbook(grid);
    expect(report.trend.years.map((y) => y.year)).toEqual([2023, 2024]);
    expect(grades).toHaveBeenCalledTimes(model.years.length * model.indicators.length);
  });
});
