import { reiwaYear } from '../core/values/parse-fiscal-year';
import { DEFAULT_POLICY } from '../core/grading/default-policies';
import { allLabels } from '../core/summary/build-summary';
import { standardWorkbook, type CellInput, type StandardIndicatorRow, type StandardProjectRow } from '../core/layout/standard-workbook';
import type { SheetOutput } from '../core/workbook/cell-grid';
import { seedProjects, seedResults2024 } from './aomori-seed-data';
import type { FiscalYear } from './seed-types';

const BUDGET_YEARS: FiscalYear[] = [2020, 2021, 2022, 2023, 2024];
export const SAMPLE_RESULT_YEARS = [2023, 2024];
/** What the sample workbook is called when written (shinchoku demo) or offered (the playground). */
export const SAMPLE_FILE_NAME = 'aomori-sample.xlsx';

/** Budgets are numbers in Excel once typed ("21,833" becomes 21833); dashes and blanks stay as typed. */
function budgetCell(text: string): CellInput {
  if (text === '') return null;
  return /^[\d,]+$/.test(text) ? Number(text.replace(/,/g, '')) : text;
}

/** The unit staff put in the 単位 column: the one the final target is written in. */
function unitOf(target: string, baseline: string): string | null {
  for (const text of [target, baseline]) {
    const m = /^[\d,.\s]+([^\d\s(（/]+?)(?:以上)?(?:\s|\/|\(|（|$)/u.exec(text.normalize('NFKC'));
    if (m) return m[1];
  }
  return null;
}

/**
 * The Aomori area as its staff would keep it in FY2024: the 57 projects with their hierarchy,
 * participation and budgets, the indicators of the 2022 vision, and the FY2024 results printed in
 * the FY2025 conference material (the rest blank, as they are until staff fill them in). Other
 * result years (the whole vision period) give the same register with more, blank, year columns.
 */
export function buildSampleSheets(resultYears: number[] = SAMPLE_RESULT_YEARS): SheetOutput[] {
  const projects: StandardProjectRow[] = seedProjects.map((p) => ({
    no: p.no,
    role: p.roleHeading,
    policyArea: p.policyHeading,
    field: p.fieldHeading ?? '',
    name: p.name,
    category: p.mergedInto ?? p.category,
    startYear: p.startYear === null ? null : reiwaYear(p.startYear),
    endYear: p.mergedYear === undefined ? null : reiwaYear(p.mergedYear),
    participation: p.participation,
    budget: BUDGET_YEARS.map((y) => budgetCell(p.budget[y])),
    total: budgetCell(p.budgetTotal),
  }));
  const indicators: StandardIndicatorRow[] = seedProjects.flatMap((p) =>
    p.indicators.map((ind) => {
      const result = seedResults2024.find((r) => r.projectNo === p.no && r.indicatorName === ind.name);
      return {
        no: p.no,
        projectName: p.name,
        name: ind.name,
        unit: unitOf(ind.target, ind.baseline),
        baseline: ind.baseline,
        finalTarget: ind.target,
        results: resultYears.map((year) =>
          year === 2024 && result
            ? { target: result.target, actual: result.actual, grade: result.grade }
            : { target: null, actual: null, grade: null },
        ),
        note: null,
      };
    }),
  );
  return standardWorkbook({
    title: '青森圏域連携中枢都市圏',
    budgetYears: BUDGET_YEARS,
    resultYears,
    finalYear: 2024,
    gradeLabels: allLabels(DEFAULT_POLICY),
    projects,
    indicators,
  });
}
