import { DEFAULT_POLICY } from '../core/grading/default-policies';
import type { GradingPolicy, ValidationIssue } from '../core/model';
import { countErrors } from '../core/checks/validation-issue';
import { isPlanRegister, readWorkbookModel, type WorkbookModel } from '../core/sheets/read-workbook';
import { validateModel, type KeptGrades } from '../core/validation/validate-model';
import { parseFiscalYear } from '../core/values/parse-fiscal-year';
import { latestYearWithResults, resolveYear } from './resolve-year';
import type { WorkbookGrid } from '../core/workbook/cell-grid';

export interface ValidationReport {
  model: WorkbookModel;
  /** The year whose gaps (blank actuals, missing targets) were checked: the one asked for, else the latest with results. */
  year: number | null;
  issues: ValidationIssue[];
  errors: number;
  warnings: number;
}

/**
 * Reads and checks a workbook, and the gaps of the year asked for (else the latest with results); every problem in
 * one pass. `kept`: the years whose grades stay with the model (see KeptGrades), the year validated unless said.
 */
export function validateWorkbook(
  grid: WorkbookGrid,
  policy: GradingPolicy = DEFAULT_POLICY,
  requestedYear?: string | number,
  kept?: KeptGrades,
): ValidationReport {
  const asked = requestedYear === undefined ? null : parseFiscalYear(requestedYear);
  const { model, issues: readIssues } = readWorkbookModel(grid, policy, asked?.ok ? asked.year : null);
  // a plan has no year to check: its projects are checked, whatever year was asked
  const year = requestedYear !== undefined && !isPlanRegister(model) ? resolveYear(model, requestedYear) : latestYearWithResults(model);
  const issues = [...readIssues, ...validateModel(model, policy, year, kept)];
  const errors = countErrors(issues);
  return { model, year, issues, errors, warnings: issues.length - errors };
}
