import { DEFAULT_POLICY } from '../core/grading/default-policies';
import { buildChangesSheet, CHANGES_SHEET_NAME } from '../core/compare/changes-sheet';
import { compareRegisters } from '../core/compare/compare-registers';
import { registerView } from '../core/compare/register-view';
import type { GradingPolicy, RegisterComparison, ValidationIssue } from '../core/model';
import { summarySheetName } from '../core/summary/summary-sheet';
import type { SheetOutput, WorkbookChanges, WorkbookGrid } from '../core/workbook/cell-grid';
import { builtSheetChanges } from './built-sheet-changes';
import { validateWorkbook, type ValidationReport } from './validate-workbook';

export interface CompareOptions {
  policy?: GradingPolicy;
  /** Build the sheet even over errors in the registers' projects or indicators: a draft, marked 暫定. */
  draft?: boolean;
  /** What the sheet calls the two registers (their file names). */
  sources: { old: string; new: string };
  now?: Date;
}

/** Validation errors by the register they are in: both may have a sheet called 事業一覧. */
export interface RegisterErrors {
  old: ValidationIssue[];
  new: ValidationIssue[];
}

export const errorCount = (errors: RegisterErrors) => errors.old.length + errors.new.length;

export interface CompareReport {
  old: ValidationReport;
  new: ValidationReport;
  comparison: RegisterComparison;
  /** Errors in each register's projects or indicators (a year's results aside), by register: with any and no draft, no sheet. */
  errors: RegisterErrors;
  sheet: SheetOutput | null;
  /** 変更点 added to the new register's workbook, behind a restore point; null when errors stopped it. */
  changes: WorkbookChanges | null;
}

/** The errors a comparison rests on: the registers' own, not one year's targets and actuals. */
const registerErrors = (report: ValidationReport) => report.issues.filter((i) => i.severity === 'error' && i.year === undefined);

/**
 * What became of every project of the old register in the new one (renumbered, renamed, added,
 * dropped, merged), the new register's statuses and, where both hold indicators, the indicators
 * that changed: as a report and as the sheet 変更点 in the new register's workbook.
 */
export function compareWorkbooks(oldGrid: WorkbookGrid, newGrid: WorkbookGrid, options: CompareOptions): CompareReport {
  const policy = options.policy ?? DEFAULT_POLICY;
  const old = validateWorkbook(oldGrid, policy);
  const now = validateWorkbook(newGrid, policy);
  const comparison = compareRegisters(registerView(old.model), registerView(now.model));
  const errors = { old: registerErrors(old), new: registerErrors(now) };
  if (errorCount(errors) > 0 && !options.draft) return { old, new: now, comparison, errors, sheet: null, changes: null };
  const sheet = buildChangesSheet(comparison, options.sources, summarySheetName(newGrid, CHANGES_SHEET_NAME), errorCount(errors));
  const changes = builtSheetChanges(newGrid, sheet, { command: 'compare', year: null, at: options.now ?? new Date() });
  return { old, new: now, comparison, errors, sheet, changes };
}
