import { issue } from '../checks/validation-issue';
import type { CellPosition, GradingPolicy, ValidationIssue } from '../model';
import type { SheetGrid, WorkbookGrid } from '../workbook/cell-grid';
import { FilledSheet } from './filled-sheet';
import { locateTable } from './locate-table';
import { classifyIndicatorTable, readIndicators, type IndicatorRow, type IndicatorTable } from './read-indicators';
import { readProjects, type MergedAwayRow, type ProjectRow, type ProjectTable } from './read-projects';
import { readReportSheet, type ReportSheet } from './read-report-sheet';
import { INDICATOR_COLUMNS, PROJECT_COLUMNS } from './table-columns';

/** Everything the engine knows about a workbook after one read. */
export interface WorkbookModel {
  projectSheet: FilledSheet | null;
  projectTable: ProjectTable | null;
  indicatorSheet: FilledSheet | null;
  indicatorTable: IndicatorTable | null;
  /** Evaluation sheets (評価調書): one project's indicators each; their rows are among `indicators`. */
  reportSheets: ReportSheet[];
  projects: ProjectRow[];
  /** Rows numbered "-" that say where a project of an earlier register went (「NO 2へ統合」). */
  mergedAway: MergedAwayRow[];
  indicators: IndicatorRow[];
  /** Fiscal years that have result columns or rows, ascending. */
  years: number[];
}

const PROJECT_TABLE_FIELDS = { ...PROJECT_COLUMNS, indicatorName: INDICATOR_COLUMNS.name };

/**
 * Whether the indicator table has an actual column for the year: a plan-stage register (現状値 and
 * 目標値 only, as a vision is published) has none, and is valid; there is just nothing to grade yet.
 */
export function hasActualColumn(table: IndicatorTable, year: number): boolean {
  return table.layout === 'long'
    ? table.columns.actual !== undefined
    : table.years.some((y) => (y.kind === 'actual' || y.kind === 'actual-with-target') && y.year === year);
}

const findIndicatorTable = (sheet: FilledSheet) =>
  locateTable(sheet, INDICATOR_COLUMNS, ['projectNo', 'name'], { budgetYears: false, municipalities: false });

const findProjectTable = (sheet: FilledSheet) =>
  locateTable(sheet, PROJECT_TABLE_FIELDS, ['no', 'name'], { budgetYears: true, municipalities: true, excluded: ['indicatorName'] });

/**
 * The cell an indicator row's project name was read from: its evaluation sheet's labelled cell, or the row's
 * 事業名 cell (the indicator's own name cell for a row that gives no project name).
 */
export function projectNameCell(model: WorkbookModel, row: IndicatorRow): CellPosition {
  const { source } = row.indicator;
  const report = model.reportSheets.find((r) => r.sheet.name === source.sheet);
  const col = model.indicatorTable?.columns.projectName;
  if (report) return report.project.name?.at ?? source;
  return col === undefined ? source : { sheet: source.sheet, row: row.row, col };
}

/** A project list without indicators (a plan for the coming year): it validates and compares, and has nothing to grade. */
export function isPlanRegister(model: WorkbookModel): boolean {
  return model.projectTable !== null && model.indicatorTable === null && model.reportSheets.length === 0;
}

/**
 * Whether a sheet holds one of the tables the model is read from (an indicator or project table,
 * an evaluation sheet). Headers are found in the first rows, so the sheet's top rows are enough:
 * the Office adapter reads in full only the sheets this says yes to.
 */
export function holdsTable(sheet: SheetGrid): boolean {
  const filled = new FilledSheet(sheet);
  if (findIndicatorTable(filled) || findProjectTable(filled)) return true;
  const report = readReportSheet(filled, null);
  return report.report !== null || report.issues.length > 0;
}

/** Finds the project and indicator tables by their headers, on any sheet, and reads them with the problems of their cells. */
export function readWorkbookModel(
  grid: WorkbookGrid,
  policy: GradingPolicy,
  /** The year asked for: an evaluation sheet or conference box that names none is that year's. */
  requestedYear: number | null = null,
): { model: WorkbookModel; issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  const reportSheets: ReportSheet[] = [];
  const sheets: FilledSheet[] = [];
  for (const cells of grid.sheets) {
    const sheet = new FilledSheet(cells);
    const read = readReportSheet(sheet, requestedYear);
    issues.push(...read.issues);
    if (read.report) reportSheets.push(read.report);
    else sheets.push(sheet);
  }
  let projectSheet: FilledSheet | null = null;
  let projectTable: ProjectTable | null = null;
  let indicatorSheet: FilledSheet | null = null;
  let indicatorTable: IndicatorTable | null = null;

  for (const sheet of sheets) {
    if (!indicatorTable) {
      const found = findIndicatorTable(sheet);
      if (found) {
        indicatorTable = classifyIndicatorTable(found);
        indicatorSheet = sheet;
        continue;
      }
    }
    if (!projectTable) {
      const found = findProjectTable(sheet);
      if (found) {
        const { indicatorName: _unused, ...columns } = found.columns;
        projectTable = { ...found, columns };
        projectSheet = sheet;
      }
    }
  }

  if (!projectTable || !projectSheet) {
    issues.push(issue('TABLE_NOT_FOUND', null, { table: 'project' }));
  }
  // a project table alone is a plan (番号 · 事業名 · 事業区分 for the coming year): valid, with nothing to grade
  if ((!indicatorTable || !indicatorSheet) && reportSheets.length === 0 && !projectTable) {
    issues.push(issue('TABLE_NOT_FOUND', null, { table: 'indicator' }));
  }
  const projects = projectTable && projectSheet ? readProjects(projectSheet, projectTable) : { rows: [], mergedAway: [], issues: [] };
  const indicators = indicatorTable && indicatorSheet ? readIndicators(indicatorSheet, indicatorTable, policy) : { rows: [], issues: [] };
  for (const report of reportSheets) {
    const read = readIndicators(report.sheet, report.table, policy, report.project);
    indicators.rows.push(...read.rows);
    indicators.issues.push(...read.issues);
  }
  const years = new Set<number>();
  for (const i of indicators.rows) for (const r of i.indicator.results) years.add(r.year);
  const model: WorkbookModel = {
    projectSheet,
    projectTable,
    indicatorSheet,
    indicatorTable,
    reportSheets,
    projects: projects.rows,
    mergedAway: projects.mergedAway,
    indicators: indicators.rows,
    years: [...years].sort((a, b) => a - b),
  };
  return { model, issues: [...issues, ...projects.issues, ...indicators.issues] };
}
