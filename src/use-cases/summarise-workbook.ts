import { DEFAULT_POLICY } from '../core/grading/default-policies';
import type { GradingPolicy, Summary } from '../core/model';
import { buildSummary } from '../core/summary/build-summary';
import { buildSummarySheet, summarySheetName } from '../core/summary/summary-sheet';
import type { SheetOutput, WorkbookChanges, WorkbookGrid } from '../core/workbook/cell-grid';
import { withRestorePoint } from '../core/restore/record-restore-point';
import { resolveYear } from './resolve-year';
import { validateWorkbook, type ValidationReport } from './validate-workbook';

export interface SummaryOptions {
  year?: string | number;
  previous?: string | number;
  policy?: GradingPolicy;
  /** The time recorded with the restore point. */
  now?: Date;
}

export interface SummaryReport {
  validation: ValidationReport;
  summary: Summary;
  sheet: SheetOutput;
  /** The summary sheet, behind the restore point that lets Restore undo it. */
  changes: WorkbookChanges;
}

export function summariseWorkbook(grid: WorkbookGrid, options: SummaryOptions = {}): SummaryReport {
  const policy = options.policy ?? DEFAULT_POLICY;
  const validation = validateWorkbook(grid, policy);
  const year = resolveYear(validation.model, options.year);
  const previous = options.previous !== undefined ? resolveYear(validation.model, options.previous) : null;
  const summary = buildSummary(validation.model, year, previous, policy);
  const sheet = buildSummarySheet(summary, policy, summarySheetName(grid));
  const changes = withRestorePoint(grid, { writes: [], sheets: [sheet] }, { command: 'summary', year, at: options.now ?? new Date() });
  return { validation, summary, sheet, changes };
}
