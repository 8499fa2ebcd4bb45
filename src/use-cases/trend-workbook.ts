import { DEFAULT_POLICY } from '../core/grading/default-policies';
import type { GradingPolicy, Trend, ValidationIssue } from '../core/model';
import { message } from '../core/messages/catalogue';
import { buildTrend, MAX_TREND_YEARS } from '../core/summary/build-trend';
import { summarySheetName } from '../core/summary/summary-sheet';
import { buildTrendSheet, TREND_SHEET_NAME } from '../core/summary/trend-sheet';
import { parseFiscalYear } from '../core/values/parse-fiscal-year';
import type { SheetOutput, WorkbookChanges, WorkbookGrid } from '../core/workbook/cell-grid';
import { UsageError } from './resolve-year';
import { builtSheetChanges } from './built-sheet-changes';
import { validateResult, validateWorkbook, type ValidateResult } from './validate-workbook';

export interface TrendOptions {
  /** The first and last fiscal year, in any notation (2020, R2, 令和2年度); by default the workbook's. */
  from?: string | number;
  to?: string | number;
  policy?: GradingPolicy;
  /** The time recorded with the restore point. */
  now?: Date;
}

export interface TrendReport {
  /** What validation found, without the model: the model goes once the trend is built (see buildTrendReport). */
  validation: ValidateResult;
  trend: Trend;
  /** Errors in the results of the years shown: with any, no sheet is built (its figures would rest on them). */
  yearErrors: ValidationIssue[];
  sheet: SheetOutput | null;
  changes: WorkbookChanges | null;
}

function parseYear(raw: string | number | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const parsed = parseFiscalYear(raw);
  if (!parsed.ok) throw new UsageError(message('YEAR_UNREADABLE', { requested: raw }));
  return parsed.year;
}

/** 進捗評価の推移 over the years asked for, and its sheet behind a restore point. */
export function trendWorkbook(grid: WorkbookGrid, options: TrendOptions = {}): TrendReport {
  const { sheet, ...report } = buildTrendReport(grid, options);
  if (!sheet) return { ...report, sheet: null, changes: null };
  const years = report.trend.years;
  const changes = builtSheetChanges(grid, sheet, { command: 'trend', year: years[years.length - 1].year, at: options.now ?? new Date() });
  return { ...report, sheet, changes };
}

/**
 * The trend, its sheet and what validation said, in a step of its own: nothing holds the model (about 90 MB at
 * 100,000 rows) once it returns, neither while the restore point is made nor in the caller's report.
 */
function buildTrendReport(grid: WorkbookGrid, options: TrendOptions): Omit<TrendReport, 'changes'> {
  const policy = options.policy ?? DEFAULT_POLICY;
  const from = parseYear(options.from);
  const to = parseYear(options.to);
  if (from !== undefined && to !== undefined) {
    if (from > to) throw new UsageError(message('TREND_RANGE_REVERSED', { from, to }));
    if (to - from + 1 > MAX_TREND_YEARS) throw new UsageError(message('TREND_RANGE_TOO_LONG', { from, to, max: MAX_TREND_YEARS }));
  }
  // every year's grades, made by validation, are the trend's
  const validation = validateWorkbook(grid, policy, undefined, 'every-year');
  const trend = buildTrend(validation.model, policy, { from, to });
  const shown = new Set(trend.years.map((y) => y.year));
  const yearErrors = validation.issues.filter((i) => i.severity === 'error' && (i.year === undefined || shown.has(i.year)));
  const built = yearErrors.length === 0 && trend.years.length > 0;
  const sheet = built ? buildTrendSheet(trend, policy, summarySheetName(grid, TREND_SHEET_NAME)) : null;
  return { validation: validateResult(validation), trend, yearErrors, sheet };
}
