import { standardWorkbook, type StandardIndicatorRow, type StandardProjectRow } from '../src/core/layout/standard-workbook';
import type { OutputCell, SheetOutput } from '../src/core/workbook/cell-grid';

const ROLES = ['1 圏域全体の経済成長のけん引', '2 高次の都市機能の集積・強化', '3 圏域全体の生活関連機能サービスの向上'];
const UNITS = ['人', '件', '回', '千円', '団体'];
const RESULT_YEARS = [2023, 2024];

/** A deterministic pseudo-random sequence, so every run grades the same workbook. */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/**
 * A cooperation area blown up to `indicatorRows` indicators (two per project), written the way
 * staff write values: units, separators, 以上 targets, dashes, 集計中.
 */
export function generateRows(indicatorRows: number): { projects: StandardProjectRow[]; indicators: StandardIndicatorRow[] } {
  const rand = lcg(20241);
  const projectCount = Math.ceil(indicatorRows / 2);
  const projects: StandardProjectRow[] = [];
  const indicators: StandardIndicatorRow[] = [];
  for (let no = 1; no <= projectCount; no++) {
    const budget = [0, 1, 2, 3, 4].map(() => Math.round(rand() * 50_000));
    projects.push({
      no,
      role: ROLES[no % 3],
      policyArea: `(${(no % 4) + 1}) 施策${(no % 4) + 1}`,
      field: '',
      name: `連携事業${no}`,
      category: '継続',
      startYear: null,
      endYear: null,
      participation: [true, rand() > 0.2, true, rand() > 0.5],
      budget,
      total: budget.reduce((a, b) => a + b, 0),
    });
    for (let k = 0; k < 2 && indicators.length < indicatorRows; k++) {
      const unit = UNITS[(no + k) % UNITS.length];
      const target = 10 + Math.round(rand() * 1_000);
      const actual = Math.round(target * (0.3 + rand()));
      const r = rand();
      const actualText = r < 0.05 ? '集計中' : r < 0.08 ? '—' : `${actual.toLocaleString('en-US')}${unit}`;
      indicators.push({
        no,
        projectName: `連携事業${no}`,
        name: `指標${k + 1}`,
        unit,
        baseline: `${Math.round(target * 0.6)}${unit} (2019年度実績)`,
        finalTarget: r > 0.9 ? `${target}${unit}以上/年度` : `${target}${unit}`,
        results: [
          { target: `${target}${unit}`, actual: `${actual}${unit}`, grade: null },
          { target: `${target.toLocaleString('en-US')}${unit}`, actual: actualText, grade: null },
        ],
        note: null,
      });
    }
  }
  return { projects, indicators };
}

export function generateSheets(indicatorRows: number): SheetOutput[] {
  const { projects, indicators } = generateRows(indicatorRows);
  return standardWorkbook(workbookInput(projects, indicators));
}

function workbookInput(projects: StandardProjectRow[], indicators: StandardIndicatorRow[]) {
  return {
    title: 'ベンチマーク圏域',
    budgetYears: [2020, 2021, 2022, 2023, 2024],
    resultYears: RESULT_YEARS,
    finalYear: 2024,
    gradeLabels: ['A', 'B', 'C', 'D', '-'],
    projects,
    indicators,
  };
}

/**
 * The same area kept in the long layout (a row per indicator per year, as staff who add a row each
 * year keep it): `sheetRows` rows, two years of each indicator, beside the same project register.
 */
export function generateLongSheets(sheetRows: number): SheetOutput[] {
  const { projects, indicators } = generateRows(Math.ceil(sheetRows / 2));
  const [register] = standardWorkbook(workbookInput(projects, []));
  const cells: OutputCell[] = ['番号', '事業名', '指標名', '年度', '目標値', '実績値', '進捗評価'].map((value, col) => ({
    row: 0,
    col,
    value,
  }));
  let row = 1;
  for (const ind of indicators) {
    ind.results.forEach((result, k) => {
      if (row > sheetRows) return;
      const values = [ind.no, ind.projectName, ind.name, `${RESULT_YEARS[k]}年度`, result.target, result.actual];
      values.forEach((value, col) => cells.push({ row, col, value }));
      row++;
    });
  }
  return [register, { name: '成果指標（年度別）', cells, merges: [], columnWidths: [], validations: [] }];
}
