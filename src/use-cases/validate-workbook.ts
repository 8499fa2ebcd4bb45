import { DEFAULT_POLICY } from '../core/grading/default-policies';
import type { GradingPolicy, ValidationIssue } from '../core/model';
import { countErrors } from '../core/checks/validation-issue';
import { readWorkbookModel, type WorkbookModel } from '../core/sheets/read-workbook';
import { validateModel } from '../core/validation/validate-model';
import type { WorkbookGrid } from '../core/workbook/cell-grid';

export interface ValidationReport {
  model: WorkbookModel;
  issues: ValidationIssue[];
  errors: number;
  warnings: number;
}

/** Reads and checks a workbook; every problem found in one pass. */
export function validateWorkbook(grid: WorkbookGrid, policy: GradingPolicy = DEFAULT_POLICY): ValidationReport {
  const { model, issues: readIssues } = readWorkbookModel(grid, policy);
  const issues = [...readIssues, ...validateModel(model, policy)];
  const errors = countErrors(issues);
  return { model, issues, errors, warnings: issues.length - errors };
}
