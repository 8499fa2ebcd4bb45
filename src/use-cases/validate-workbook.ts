import { DEFAULT_POLICY } from '../core/grading/default-policies';
import type { GradingPolicy, ValidationIssue } from '../core/model';
import { countErrors } from '../core/checks/validation-issue';
import { isPlanRegister, readWorkbookModel, type WorkbookModel } from '../core/sheets/read-workbook';
import { validateModel, type KeptGrades } from '../core/validation/validate-model';
import { parseFiscalYear } from '../core/values/parse-fiscal-year';
import { message, type LocalizedText } from '../core/messages/catalogue';
import { latestYearWithResults, resolveYear, UsageError } from './resolve-year';
import type { WorkbookGrid } from '../core/workbook/cell-grid';

export interface ValidationReport {
  model: WorkbookModel;
  /** The year whose gaps (blank actuals, missing targets) were checked: the one asked for, else the latest with results. */
  year: number | null;
  issues: ValidationIssue[];
  errors: number;
  warnings: number;
}

/** What every action reports about the workbook it read: the issues, and what the year picker and the plan note need. */
export interface ValidateResult {
  issues: ValidationIssue[];
  errors: number;
  warnings: number;
  /** Fiscal years the workbook has results for, for the year picker. */
  years: number[];
  /** The year grading picks without --year (the latest with actuals); null when there is none. */
  latestYear: number | null;
  /** Said when the workbook was read as a plan (a project list, no indicator table): nothing was graded or could be. */
  plan?: LocalizedText;
}

/** The report as the pane shows it, without its model (which holds the whole grid). */
export function validateResult(report: ValidationReport): ValidateResult {
  let latestYear: number | null = null;
  try {
    latestYear = resolveYear(report.model, undefined);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
  }
  const { model } = report;
  const plan = isPlanRegister(model)
    ? { plan: message('PLAN_REGISTER', { sheet: model.projectSheet?.name ?? '', n: model.projects.length }) }
    : {};
  return { issues: report.issues, errors: report.errors, warnings: report.warnings, years: model.years, latestYear, ...plan };
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
