import { DEFAULT_POLICY } from '../core/grading/default-policies';
import { errorsAffecting } from '../core/checks/validation-issue';
import type { GradingPolicy, Summary, ValidationIssue } from '../core/model';
import { buildSummary } from '../core/summary/build-summary';
import { buildSummarySheet, summarySheetName } from '../core/summary/summary-sheet';
import type { SheetOutput, WorkbookChanges, WorkbookGrid } from '../core/workbook/cell-grid';
import { resolveYear } from './resolve-year';
import { builtSheetChanges } from './built-sheet-changes';
import { validateWorkbook, type ValidationReport } from './validate-workbook';

export interface SummaryOptions {
  year?: string | number;
  previous?: string | number;
  policy?: GradingPolicy;
  /** Build the sheet even over validation errors in the year's data: a draft, marked 暫定 with their number. */
  draft?: boolean;
  /** The time recorded with the restore point. */
  now?: Date;
}

export interface SummaryReport {
  validation: ValidationReport;
  summary: Summary;
  /** The errors the year's figures (and its comparison's) rest on: with any and no draft asked for, no sheet is built. */
  yearErrors: ValidationIssue[];
  /** The summary sheet; null when errors stopped it. */
  sheet: SheetOutput | null;
  /** The summary sheet, behind the restore point that lets Restore undo it; null when errors stopped it. */
  changes: WorkbookChanges | null;
}

/**
 * The year's summary and its sheet. Figures that rest on validation errors are never written as if
 * they were sound: the sheet is built only without errors in the year's data, or as a marked draft.
 */
export function summariseWorkbook(grid: WorkbookGrid, options: SummaryOptions = {}): SummaryReport {
  const policy = options.policy ?? DEFAULT_POLICY;
  // the year compared is graded by validation too: kept, not graded again
  const validation = validateWorkbook(grid, policy, options.year, 'every-year');
  const year = validation.year ?? resolveYear(validation.model, undefined);
  const previous = options.previous !== undefined ? resolveYear(validation.model, options.previous) : null;
  const summary = buildSummary(validation.model, year, previous, policy);
  // The comparison is printed too: errors in the compared year's results stop the sheet as well.
  const comparedErrors = summary.previous ? validation.issues.filter((i) => i.severity === 'error' && i.year === previous) : [];
  const yearErrors = [...errorsAffecting(validation.issues, year), ...comparedErrors];
  if (yearErrors.length > 0 && !options.draft) return { validation, summary, yearErrors, sheet: null, changes: null };
  const sheet = buildSummarySheet(summary, policy, summarySheetName(grid), yearErrors.length);
  const changes = builtSheetChanges(grid, sheet, { command: 'summary', year, at: options.now ?? new Date() });
  return { validation, summary, yearErrors, sheet, changes };
}
