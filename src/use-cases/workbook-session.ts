import type { GradingPolicy, RegisterComparison, Summary, Trend, ValidationIssue } from '../core/model';
import { compareWorkbooks, type RegisterErrors } from './compare-workbooks';
import { message } from '../core/messages/catalogue';
import type { CellChange, SkippedChange } from './plan-cell-writes';
import type { GroupedGradeChanges } from './group-grade-changes';
import type { RestoreConflict } from '../core/restore/plan-restore';
import { columnNotes, gradeWorkbookChanges } from './grade-workbook';
import { restoreWorkbook, type RestoreReport } from './restore-workbook';
import { summariseWorkbook } from './summarise-workbook';
import { trendWorkbook } from './trend-workbook';
import { boxesWorkbook } from './boxes-workbook';
import { UsageError } from './resolve-year';
import { validateResult, validateWorkbook, type ValidateResult } from './validate-workbook';
import { withChanges } from '../core/workbook/with-writes';
import { ColumnInsertRefusedError } from '../core/workbook/column-insert';
import type { LocalizedText } from '../core/messages/catalogue';
import { errorsAffecting } from '../core/checks/validation-issue';
import type { WorkbookPort } from './workbook-port';
import type { WorkbookChanges, WorkbookGrid } from '../core/workbook/cell-grid';

export type { ValidateResult };

export interface GradeResult extends ValidateResult {
  year: number;
  changed: CellChange[];
  skipped: SkippedChange[];
  /** The same cells by indicator, as the pane lists them. */
  byIndicator: GroupedGradeChanges;
  /** The year's validation errors: the rows they are in were not graded. */
  yearErrors: ValidationIssue[];
  /** Columns put into a staff sheet, or why a file's column went to the table's edge instead. */
  notes: LocalizedText[];
}

export interface SummaryResult extends ValidateResult {
  summary: Summary;
  /** The year's validation errors: without `draft`, any of them stops the sheet. */
  yearErrors: ValidationIssue[];
  /** The sheet written (a draft's title says 暫定); null when the year's errors stopped it. */
  sheetName: string | null;
}

export interface TrendResult extends ValidateResult {
  trend: Trend;
  /** Errors in the years shown: with any, no sheet is written. */
  yearErrors: ValidationIssue[];
  /** The sheet written; null when errors (or no year with results) stopped it. */
  sheetName: string | null;
}

export interface BoxesResult extends ValidateResult {
  year: number;
  /** The year's errors: with any, no sheet is written. */
  yearErrors: ValidationIssue[];
  sheetName: string | null;
}

export interface CompareResult {
  comparison: RegisterComparison;
  /** Errors in each register's projects or indicators: with any and no draft, no sheet is written. */
  errors: RegisterErrors;
  sources: { old: string; new: string };
  /** The sheet written (変更点); null when errors stopped it. */
  sheetName: string | null;
}

/** An .xlsx file the user picked, as its bytes and its name. */
export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

export interface RestoreResult {
  /** False when changes made since the run stopped it: nothing was written. */
  restored: boolean;
  point: RestoreReport['point'];
  conflicts: RestoreConflict[];
  cells: number;
  sheets: number;
  remaining: number;
}

export interface ActionOptions {
  year?: string | number;
  previous?: string | number;
  overwrite?: boolean;
  policy?: GradingPolicy;
  /** Summary: build the sheet over the year's validation errors, marked as a draft. */
  draft?: boolean;
}

/** The four actions staff click (validate, grade, summarise, restore) over any live workbook, and moving to a cell or sheet. The task pane and the ribbon call these. */
export interface WorkbookActions {
  validate(options?: ActionOptions): Promise<ValidateResult>;
  grade(options?: ActionOptions): Promise<GradeResult>;
  summarise(options?: ActionOptions): Promise<SummaryResult>;
  /** 事業別評価: the conference box of each project for the year (`year` and `policy` apply). */
  boxes(options?: ActionOptions): Promise<BoxesResult>;
  /** 進捗評価の推移 over every year of the workbook (only `policy` applies). */
  trend(options?: ActionOptions): Promise<TrendResult>;
  /**
   * 変更点: the open workbook as the new register against an earlier one, a file the user picked
   * (only `policy` and `draft` apply). Needs the session's `readWorkbookFile`.
   */
  compare(file: PickedFile, options?: ActionOptions): Promise<CompareResult>;
  /** Undoes the latest Grade, Summary or Trend (only `overwrite` applies). */
  restore(options?: ActionOptions): Promise<RestoreResult>;
  select(sheet: string, row: number, col: number): Promise<void>;
  activate(sheet: string): Promise<void>;
}

export interface SessionOptions {
  /** The clock restore points are stamped with (tests fix it). */
  now?: () => Date;
  /** Reads an .xlsx file the user picked (Compare): the host gives it, the use cases know no file format. */
  readWorkbookFile?: (file: PickedFile) => Promise<WorkbookGrid>;
}

/** Writes a sheet the tool built (評価集計, 進捗評価の推移), when one was, and brings it to the front. */
async function writeSheet(port: WorkbookPort, report: { changes: WorkbookChanges | null; sheet: { name: string } | null }): Promise<void> {
  if (!report.changes || !report.sheet) return;
  await port.write(report.changes);
  // The sheet is written: failing to bring it to the front (a cell being edited, another window) is no failure of the run.
  await port.activate(report.sheet.name).catch(() => undefined);
}

export function createWorkbookActions(port: WorkbookPort, session: SessionOptions = {}): WorkbookActions {
  const now = session.now ?? (() => new Date());
  return {
    async validate(options = {}) {
      const report = validateWorkbook(await port.read({}), options.policy, options.year);
      return { ...validateResult(report) };
    },
    async grade(options = {}) {
      const grid = await port.read({ restoreRecord: true });
      // nothing keeps the model: it may go before the restore point is made and the cells are written
      let report = gradeWorkbookChanges(grid, { ...options, now: now() });
      if (report.changes.writes.length === 0) {
        const { year, changed, skipped, byIndicator, yearErrors } = report;
        return { ...report.validation, year, changed, skipped, byIndicator, yearErrors, notes: [] };
      }
      let refused: ColumnInsertRefusedError | undefined;
      try {
        await port.write(report.changes);
      } catch (e) {
        // a file whose sheet cannot be shifted: nothing was written; the new column goes to the table's edge
        if (!(e instanceof ColumnInsertRefusedError)) throw e;
        refused = e;
        report = gradeWorkbookChanges(grid, { ...options, now: now(), placeColumns: 'edge' });
        await port.write(report.changes);
      }
      // What is reported is the workbook as written: a warning about a cell just overwritten is gone.
      const after = validateWorkbook(withChanges(grid, report.changes), options.policy, report.year);
      const { year, changed, skipped, byIndicator } = report;
      const notes = columnNotes(report, refused);
      return { ...validateResult(after), year, changed, skipped, byIndicator, yearErrors: errorsAffecting(after.issues, year), notes };
    },
    async summarise(options = {}) {
      const report = summariseWorkbook(await port.read({ restoreRecord: true, summarySheets: true }), { ...options, now: now() });
      await writeSheet(port, report);
      return {
        ...validateResult(report.validation),
        summary: report.summary,
        yearErrors: report.yearErrors,
        sheetName: report.sheet?.name ?? null,
      };
    },
    async boxes(options = {}) {
      const report = boxesWorkbook(await port.read({ restoreRecord: true, summarySheets: true }), { ...options, now: now() });
      await writeSheet(port, report);
      return {
        ...report.validation,
        year: report.year,
        yearErrors: report.yearErrors,
        sheetName: report.sheet?.name ?? null,
      };
    },
    async trend(options = {}) {
      const report = trendWorkbook(await port.read({ restoreRecord: true, summarySheets: true }), { policy: options.policy, now: now() });
      await writeSheet(port, report);
      return {
        ...report.validation,
        trend: report.trend,
        yearErrors: report.yearErrors,
        sheetName: report.sheet?.name ?? null,
      };
    },
    async compare(file, options = {}) {
      if (!session.readWorkbookFile) throw new UsageError(message('COMPARE_NO_READER'));
      const older = await session.readWorkbookFile(file);
      const sources = { old: file.name, new: message('COMPARE_THIS_WORKBOOK').ja };
      const grid = await port.read({ restoreRecord: true, summarySheets: true });
      const report = compareWorkbooks(older, grid, { policy: options.policy, draft: options.draft, sources, now: now() });
      await writeSheet(port, report);
      return { comparison: report.comparison, errors: report.errors, sources, sheetName: report.sheet?.name ?? null };
    },
    async restore(options = {}) {
      const report = restoreWorkbook(await port.read({ everything: true }), { overwrite: options.overwrite });
      if (report.changes) await port.write(report.changes);
      const { point, conflicts, cells, sheets, remaining } = report;
      return { restored: report.changes !== null, point, conflicts, cells, sheets, remaining };
    },
    select: (sheet, row, col) => port.select(sheet, row, col),
    activate: (sheet) => port.activate(sheet),
  };
}
