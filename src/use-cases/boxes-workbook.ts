import { DEFAULT_POLICY } from '../core/grading/default-policies';
import { errorsAffecting } from '../core/checks/validation-issue';
import type { GradingPolicy, ValidationIssue } from '../core/model';
import { buildProjectSheet, PROJECT_SHEET_NAME } from '../core/summary/project-sheet';
import { summarySheetName } from '../core/summary/summary-sheet';
import type { SheetOutput, WorkbookChanges, WorkbookGrid } from '../core/workbook/cell-grid';
import { resolveYear } from './resolve-year';
import { builtSheetChanges } from './built-sheet-changes';
import { validateResult, validateWorkbook, type ValidateResult } from './validate-workbook';

export interface BoxesOptions {
  year?: string | number;
  policy?: GradingPolicy;
  /** The time recorded with the restore point. */
  now?: Date;
}

export interface BoxesReport {
  /** What validation found, without the model: the model goes once the boxes are built (see boxesWorkbook). */
  validation: ValidateResult;
  year: number;
  /** The year's errors: with any, no sheet is built (a box would show a figure resting on them). */
  yearErrors: ValidationIssue[];
  sheet: SheetOutput | null;
  changes: WorkbookChanges | null;
}

/**
 * 事業別評価, the conference's box per project for the year, behind a restore point. Its own step:
 * a box per project of a 50,000-row register is a sheet of a million cells no one prints.
 */
export function boxesWorkbook(grid: WorkbookGrid, options: BoxesOptions = {}): BoxesReport {
  const { sheet, ...report } = buildBoxes(grid, options);
  if (!sheet) return { ...report, sheet: null, changes: null };
  const changes = builtSheetChanges(grid, sheet, { command: 'boxes', year: report.year, at: options.now ?? new Date() });
  return { ...report, sheet, changes };
}

/**
 * The boxes and what validation said, in a step of its own: nothing holds the model (80 MB at 100,000 rows) once
 * it returns, so it is not kept beside the million cells while their restore point is made, nor by the caller.
 */
function buildBoxes(grid: WorkbookGrid, options: BoxesOptions): Omit<BoxesReport, 'changes'> {
  const policy = options.policy ?? DEFAULT_POLICY;
  const validation = validateWorkbook(grid, policy, options.year);
  const year = validation.year ?? resolveYear(validation.model, undefined);
  const yearErrors = errorsAffecting(validation.issues, year);
  const sheet =
    yearErrors.length > 0 ? null : buildProjectSheet(validation.model, year, policy, summarySheetName(grid, PROJECT_SHEET_NAME));
  return { validation: validateResult(validation), year, yearErrors, sheet };
}
