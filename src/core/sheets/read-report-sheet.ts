import { issue } from '../checks/validation-issue';
import type { ValidationIssue } from '../model';
import { headerKey } from '../values/normalize-text';
import { findFiscalYear } from '../values/parse-fiscal-year';
import type { FilledSheet } from './filled-sheet';
import { locateTable, type YearColumn } from './locate-table';
import { type IndicatorTable, type OneProject } from './read-indicators';
import { parseProjectNo } from './read-projects';
import { INDICATOR_COLUMNS, PROJECT_COLUMNS, type IndicatorField } from './table-columns';

/** How far down an evaluation sheet's labelled cells and title stand. */
const LABEL_ROWS = 15;

/** An evaluation sheet (評価調書) or a conference box: one project's indicators, for one fiscal year. */
export interface ReportSheet {
  sheet: FilledSheet;
  table: IndicatorTable;
  project: OneProject;
  year: number;
}

function isLabel(text: string): boolean {
  const key = headerKey(text);
  return Object.values(PROJECT_COLUMNS).some((re) => re.test(key));
}

/** The value of a labelled cell (「事業番号 | 5」 side by side, or the label above its value). */
function labelled(sheet: FilledSheet, label: RegExp, above: number): { text: string; row: number; col: number } | null {
  for (let row = 0; row < above; row++) {
    for (let col = 0; col < sheet.colCount; col++) {
      if (!label.test(headerKey(sheet.value(row, col)))) continue;
      for (let c = col + 1; c < sheet.colCount; c++) {
        if (sheet.isMergedContinuation(row, c)) continue;
        const text = sheet.text(row, c);
        if (!text) continue;
        // 「事業番号 | 事業名」 side by side: the labels' values are on the row below
        if (!isLabel(text)) return { text, row, col: c };
        break;
      }
      const below = sheet.text(row + 1, col);
      if (below && row + 1 < above) return { text: below, row: row + 1, col };
    }
  }
  return null;
}

/** 「令和6年度 連携事業 評価調書」: the first fiscal year written above the table. */
function titleYear(sheet: FilledSheet, above: number): number | null {
  for (let row = 0; row < above; row++) {
    for (let col = 0; col < sheet.colCount; col++) {
      const found = findFiscalYear(sheet.text(row, col));
      if (found) return found.year;
    }
  }
  return null;
}

/**
 * Reads a sheet as one project's evaluation: its number (and name) in labelled cells above a small
 * 指標 | 実績値 | 進捗評価 | 目標値 table without a 番号 column, the year from the columns, the title, or
 * the year asked for. Free text below the table is not read. Null when the sheet is not one.
 */
export function readReportSheet(
  sheet: FilledSheet,
  requestedYear: number | null,
): { report: ReportSheet | null; issues: ValidationIssue[] } {
  const none = { report: null, issues: [] };
  const found = locateTable<IndicatorField>(sheet, INDICATOR_COLUMNS, ['name'], {
    budgetYears: false,
    municipalities: false,
    excluded: ['projectNo', 'year'],
  });
  if (!found) return none;
  // 「実績値 (目標値)」 without a year: the cells' bracket is the target of the sheet's year
  const combined = found.headers.findIndex((h) => /^実績値?\(目標値?\)$/.test(headerKey(h)));
  const hasActual =
    combined >= 0 || found.columns.actual !== undefined || found.years.some((y) => y.kind === 'actual' || y.kind === 'actual-with-target');
  const no = labelled(sheet, PROJECT_COLUMNS.no, Math.min(found.headerRow, LABEL_ROWS));
  const projectNo = no ? parseProjectNo(no.text) : 'empty';
  if (!hasActual || typeof projectNo !== 'number') return none;
  const name = labelled(sheet, PROJECT_COLUMNS.name, Math.min(found.headerRow, LABEL_ROWS));
  const year = found.years.find((y) => y.kind !== 'final-target')?.year ?? titleYear(sheet, found.headerRow) ?? requestedYear;
  if (year === null) return { report: null, issues: [issue('REPORT_YEAR_MISSING', { sheet: sheet.name }, { sheet: sheet.name })] };
  // The year-less columns are that year's: its target, actual, grade and rate.
  const columns = { ...found.columns };
  const years: YearColumn[] = [...found.years];
  if (combined >= 0 && !years.some((y) => y.col === combined)) years.push({ year, kind: 'actual-with-target', col: combined });
  for (const kind of ['target', 'actual', 'grade', 'rate', 'note'] as const) {
    const col = columns[kind];
    if (col === undefined) continue;
    years.push({ year, kind, col });
    delete columns[kind];
  }
  const table: IndicatorTable = {
    ...found,
    columns,
    years,
    layout: 'wide',
    finalTargetCol: columns.finalTarget ?? null,
    finalTargetYear: null,
  };
  const project: OneProject = {
    no: projectNo,
    name: name ? { text: name.text, at: { sheet: sheet.name, row: name.row, col: name.col } } : null,
  };
  return { report: { sheet, table, project, year }, issues: [] };
}
