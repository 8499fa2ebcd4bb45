import { DEFAULT_POLICY } from '../core/grading/default-policies';
import type { GradingPolicy, Summary } from '../core/model';
import { buildSummary } from '../core/summary/build-summary';
import { buildSummarySheet } from '../core/summary/summary-sheet';
import type { SheetOutput, WorkbookGrid } from '../core/workbook/cell-grid';
import { resolveYear } from './resolve-year';
import { validateWorkbook, type ValidationReport } from './validate-workbook';

export interface SummaryOptions {
  year?: string | number;
  previous?: string | number;
  policy?: GradingPolicy;
}

export interface SummaryReport {
  validation: ValidationReport;
  summary: Summary;
  sheet: SheetOutput;
}

export function summariseWorkbook(grid: WorkbookGrid, options: SummaryOptions = {}): SummaryReport {
  const policy = options.policy ?? DEFAULT_POLICY;
  const validation = validateWorkbook(grid, policy);
  const year = resolveYear(validation.model, options.year);
  const previous = options.previous !== undefined ? resolveYear(validation.model, options.previous) : null;
  const summary = buildSummary(validation.model, year, previous, policy);
  return { validation, summary, sheet: buildSummarySheet(summary, policy) };
}
