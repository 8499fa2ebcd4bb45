import { DEFAULT_POLICY } from '../core/grading/default-policies';
import { message, type LocalizedText } from '../core/messages/catalogue';
import { columnLetters } from '../core/workbook/cell-address';
import type { ColumnInsertRefusedError } from '../core/workbook/column-insert';
import { gradeYear, type GradedIndicator } from '../core/grading/grade-year';
import { parseGrade } from '../core/values/parse-grade';
import type { GradingPolicy, ValidationIssue, YearlyResult } from '../core/model';
import { resultCell, yearResult } from '../core/model';
import { errorsAffecting } from '../core/checks/validation-issue';
import type { FilledSheet } from '../core/sheets/filled-sheet';
import type { IndicatorTable } from '../core/sheets/read-indicators';
import { hasActualColumn, type WorkbookModel } from '../core/sheets/read-workbook';
import { parseCellValue } from '../core/values/parse-cell-value';
import { allLabels } from '../core/summary/build-summary';
import type { CellValue, ColumnInsert, GradeCells, WorkbookChanges } from '../core/workbook/cell-grid';
import { CellWritePlan, type CellChange, type SkippedChange } from './plan-cell-writes';
import { IndicatorChangeGroups, type GroupedGradeChanges } from './group-grade-changes';
import { withRestorePoint } from '../core/restore/record-restore-point';
import { resolveYear, UsageError } from './resolve-year';
import { validateResult, validateWorkbook, type ValidateResult, type ValidationReport } from './validate-workbook';
import type { WorkbookGrid } from '../core/workbook/cell-grid';

export const RATE_FORMAT = '0.0%';

export interface GradeOptions {
  year?: string | number;
  policy?: GradingPolicy;
  /** Replace formulas and typed values that differ from the computed ones. */
  overwrite?: boolean;
  /** The time recorded with the restore point. */
  now?: Date;
  /**
   * Where a missing 達成率 or 進捗評価 column goes: inside its year's column group (the default), or
   * at the table's right edge, for a file whose sheet cannot be shifted (ColumnInsertRefusedError).
   */
  placeColumns?: 'group' | 'edge';
  /**
   * Whether to list the cells the writes expect to find as read (`changes.expected`: the add-in checks them
   * against co-authors' edits before it writes). The command line reads and writes a file in one go and has
   * nothing to check them against: at 100,000 rows they are 400,000 cells, about 35 MB.
   */
  expectCells?: boolean;
  /**
   * Called when what a step made is garbage: once the workbook is read and checked, and (gradeWorkbookChanges)
   * once the model is let go. The command line collects it then (at 100,000 rows the run peaks about 50 MB lower).
   */
  stepDone?: () => void;
}

export interface GradeReport {
  year: number;
  validation: ValidationReport;
  /** The errors the year's grades rest on: the rows they are in were left as they are. */
  yearErrors: ValidationIssue[];
  graded: readonly GradedIndicator[];
  changes: WorkbookChanges;
  changed: CellChange[];
  skipped: SkippedChange[];
  /** The same cells by indicator (grades first, then the "-" ones), and the cells of no indicator. */
  byIndicator: GroupedGradeChanges;
}

function sameNumber(expected: number) {
  return (before: CellValue) => {
    const parsed = parseCellValue(before);
    if (parsed.kind !== 'quantity') return false;
    const value = parsed.quantity.unit === '%' ? parsed.quantity.value / 100 : parsed.quantity.value;
    return Math.abs(value - expected) < 1e-9;
  };
}

/**
 * Does the rate cell already say this? A dash says "no rate" (a merged item's rate column); a rate
 * typed as printed agrees to the decimals it shows: "86.5%", or 0.865 (shown as 86.5%), is 0.86530….
 */
function sameRate(expected: number | null) {
  return (before: CellValue) => {
    const parsed = parseCellValue(before);
    if (expected === null) return parsed.kind === 'empty';
    if (parsed.kind !== 'quantity') return false;
    const isPercent = parsed.quantity.unit === '%';
    const typed = parsed.quantity.value;
    const decimals = /^-?\d+(?:\.(\d+))?$/.exec(String(typed))?.[1]?.length ?? 0;
    const shown = Math.min(Math.max(decimals - (isPercent ? 0 : 2), 0), 10);
    const percent = (v: number) => Number(v.toFixed(shown));
    return percent(isPercent ? typed : typed * 100) === percent(expected * 100);
  };
}

/**
 * Where the grade and rate of a year go. A missing one is put inside its year's column group in the
 * wide layout (new columns right after the group, its merged year heading widened over them), or at
 * the table's right edge when the group is the table's last columns, in the long layout, or when
 * `place` is 'edge' (a file whose sheet the .xlsx adapter cannot shift safely).
 */
function resultColumns(table: IndicatorTable, year: number, plan: CellWritePlan, sheet: FilledSheet, place: 'group' | 'edge') {
  const find = (kind: 'grade' | 'rate') =>
    table.layout === 'long' ? table.columns[kind] : table.years.find((y) => y.year === year && y.kind === kind)?.col;
  const missing = (['grade', 'rate'] as const).filter((kind) => find(kind) === undefined);
  const group = table.layout === 'wide' ? table.years.filter((y) => y.year === year).map((y) => y.col) : [];
  const groupEnd = group.length > 0 ? Math.max(...group) : undefined;
  const inside = place === 'group' && missing.length > 0 && groupEnd !== undefined && groupEnd < table.lastCol;
  let next = inside ? groupEnd + 1 : table.lastCol + 1;
  let insert: ColumnInsert | undefined;
  if (inside) {
    const groupStart = Math.min(...group);
    // the year's heading above the header row, merged over exactly its group
    const widen = sheet.grid.merges.filter((m) => m.bottom < table.headerRow && m.right === groupEnd && m.left >= groupStart);
    const rows = Array.from({ length: table.headerRow + 1 }, (_, row) => row);
    const before = rows.map((row) => sheet.ownValue(row, next));
    insert = { sheet: sheet.name, col: next, count: missing.length, ...(widen.length > 0 ? { widen } : {}), before };
    plan.markInserted(sheet.name, next, missing.length);
    // the headings where the columns go, as read: a column someone else put in or took out since stops the write
    for (const row of rows) plan.expect(sheet, row, next);
  }
  const ensure = (kind: 'grade' | 'rate') => {
    const existing = find(kind);
    if (existing !== undefined) return existing;
    const col = next++;
    // Under a widened year heading the column says what it is, as its neighbours do; elsewhere it names the year too.
    const named = { year: table.layout === 'long' || insert?.widen ? null : year };
    plan.propose(sheet, table.headerRow, col, message(kind === 'grade' ? 'COLUMN_GRADE' : 'COLUMN_RATE', named).ja, 'header');
    return col;
  };
  return { grade: ensure('grade'), rate: ensure('rate'), insert };
}

/** The rows flagged, as runs of consecutive rows, top to bottom. */
function consecutiveRuns(flagged: Uint8Array): { top: number; bottom: number }[] {
  const runs: { top: number; bottom: number }[] = [];
  for (let row = 0; row < flagged.length; row++) {
    if (!flagged[row]) continue;
    const last = runs[runs.length - 1];
    if (last && last.bottom === row - 1) last.bottom = row;
    else runs.push({ top: row, bottom: row });
  }
  return runs;
}

/** The row that holds a year's result: the indicator's row, or its year row in the long layout. */
function resultRow(g: GradedIndicator, table: IndicatorTable, result: YearlyResult | undefined): number | undefined {
  if (table.layout === 'wide') return g.row.row;
  const columns = result?.columns;
  return columns && (columns.actual ?? columns.target ?? columns.grade) !== null ? result.row : undefined;
}

/** The grades and the cells they go to, with a restore point of what those cells hold now. */
export function gradeWorkbook(grid: WorkbookGrid, options: GradeOptions = {}): GradeReport {
  const report = planGrade(grid, options);
  return { ...report, changes: withRunRecorded(grid, report, options) };
}

/**
 * The same cells and what is said about them, for a caller that keeps neither the model nor the grades (the
 * command line, the pane): nothing holds them once the restore point is being recorded, so the two need not be
 * in memory together (at 100,000 rows the model is about 80 MB, the restore point's record 30 MB while it is
 * made). The command line collects the model then (`stepDone`); a webview collects when it will.
 */
export function gradeWorkbookChanges(grid: WorkbookGrid, options: GradeOptions = {}): GradeChanges {
  const planned = gradeChanges(planGrade(grid, options));
  options.stepDone?.();
  return { ...planned, changes: withRunRecorded(grid, planned, options) };
}

function withRunRecorded(grid: WorkbookGrid, report: Pick<GradeReport, 'changes' | 'year'>, options: GradeOptions): WorkbookChanges {
  return withRestorePoint(grid, report.changes, { command: 'grade', year: report.year, at: options.now ?? new Date() });
}

/** The grades and the cells they go to; no restore point yet. */
function planGrade(grid: WorkbookGrid, options: GradeOptions): GradeReport {
  const policy = options.policy ?? DEFAULT_POLICY;
  const validation = validateWorkbook(grid, policy, options.year);
  options.stepDone?.();
  const { model } = validation;
  const year = validation.year ?? resolveYear(model, undefined);
  // The indicator table, and each evaluation sheet (評価調書) of the year, get their own grade cells.
  const tables = [
    ...(model.indicatorSheet && model.indicatorTable ? [{ sheet: model.indicatorSheet, table: model.indicatorTable }] : []),
    ...model.reportSheets.filter((r) => r.year === year),
  ].filter(({ table }) => hasActualColumn(table, year));
  if (tables.length === 0 && (model.indicatorTable || model.reportSheets.length > 0))
    throw new UsageError(message('GRADE_NO_ACTUALS', { year }));
  const plan = new CellWritePlan(options.overwrite ?? false, options.expectCells ?? true);
  const graded = gradeYear(model, year, policy);

  const grades: GradeCells[] = [];
  const inserts: ColumnInsert[] = [];
  const groups = new IndicatorChangeGroups(plan);
  for (const { sheet, table } of tables) {
    const cols = resultColumns(table, year, plan, sheet, options.placeColumns ?? 'group');
    if (cols.insert) inserts.push(cols.insert);
    const rowKey = [table.columns.projectNo, table.columns.name, table.layout === 'long' ? table.columns.year : undefined];
    // a flag per row of the sheet, not a set of row numbers (hashed, grown and sorted: 6 MB at 100,000 rows)
    const gradeRows = new Uint8Array(sheet.rowCount);
    for (const g of graded.filter((x) => x.row.indicator.source.sheet === sheet.name)) {
      const result = yearResult(g.row.indicator, year);
      const row = resultRow(g, table, result);
      // Every row that holds a grade of the indicator (each year's row in the long layout).
      if (row !== undefined) gradeRows[row] = 1;
      for (const r of g.row.indicator.results) {
        const at = resultRow(g, table, r);
        if (at !== undefined) gradeRows[at] = 1;
      }
      // An input error is reported by validation; its cells are left as they are.
      if (row === undefined || g.reason === 'invalid') continue;
      const label = g.label;
      const inputs = result ? [resultCell(result, 'actual'), resultCell(result, 'target')] : [];
      groups.collect(g, sheet.name, row, () => {
        plan.propose(sheet, row, cols.grade, label, 'grade', {
          rowKey,
          inputs,
          same: (before) => {
            const parsed = parseGrade(before, policy);
            return parsed.kind === 'grade' && parsed.label === label;
          },
        });
        const rate = g.rate;
        plan.propose(sheet, row, cols.rate, rate, 'rate', { numberFormat: RATE_FORMAT, same: sameRate(rate), rowKey, inputs });
      });
    }
    // Each run of grade rows, so grades kept as typed are coloured and checked too, and heading rows between runs are not.
    for (const run of consecutiveRuns(gradeRows)) {
      grades.push({ sheet: sheet.name, range: { ...run, left: cols.grade, right: cols.grade }, labels: allLabels(policy) });
    }
  }
  planBudgetTotals(model, plan);
  // Columns are put in only when something is written into them.
  const used = inserts.filter((i) => plan.writes.some((w) => w.sheet === i.sheet && w.col >= i.col && w.col < i.col + i.count));
  const changes = { ...(used.length > 0 ? { insertColumns: used } : {}), writes: plan.writes, sheets: [], grades, expected: plan.expected };
  return {
    year,
    validation,
    graded,
    changes,
    changed: plan.changed,
    skipped: plan.skipped,
    byIndicator: groups.grouped(),
    yearErrors: errorsAffecting(validation.issues, year),
  };
}

/** What a grade run leaves once its grid and model can go: the cells to write, and what is said about them. */
export type GradeChanges = Pick<GradeReport, 'year' | 'changes' | 'changed' | 'skipped' | 'byIndicator' | 'yearErrors'> & {
  validation: ValidateResult;
};

/** The report without the model (which holds the whole grid): a large sheet's patch needs that memory. */
export function gradeChanges(report: GradeReport): GradeChanges {
  const { year, changes, changed, skipped, byIndicator, yearErrors, validation } = report;
  return { year, changes, changed, skipped, byIndicator, yearErrors, validation: validateResult(validation) };
}

/**
 * What the person is told about the columns of the run: each column put into a staff sheet (the
 * columns right of it moved), or why a file's column went to the table's edge instead.
 */
export function columnNotes(report: Pick<GradeReport, 'changes' | 'changed'>, refused?: ColumnInsertRefusedError): LocalizedText[] {
  const notes: LocalizedText[] = refused ? [refused.text] : [];
  for (const i of report.changes.insertColumns ?? []) {
    const header = report.changed.find((c) => c.kind === 'header' && c.sheet === i.sheet && c.col === i.col)?.value ?? '';
    const column = i.count === 1 ? columnLetters(i.col) : `${columnLetters(i.col)}:${columnLetters(i.col + i.count - 1)}`;
    notes.push(message('COLUMN_INSERTED', { sheet: i.sheet, column, header: String(header), count: i.count }));
  }
  return notes;
}

/** 計 left blank is filled with the sum of its years; a 計 that disagrees is a validation error, not ours to change. */
function planBudgetTotals(model: WorkbookModel, plan: CellWritePlan): void {
  const sheet = model.projectSheet;
  const table = model.projectTable;
  const totalCol = table?.columns.budgetTotal;
  if (!sheet || !table || totalCol === undefined) return;
  const rowKey = [table.columns.no, table.columns.name];
  for (const p of model.projects) {
    const years = p.project.budget.amounts.filter((v): v is number => v !== null);
    if (years.length === 0 || p.project.budget.total !== null) continue;
    if (sheet.formula(p.row, totalCol)) continue;
    const sum = Number(years.reduce((a, b) => a + b, 0).toFixed(6));
    plan.propose(sheet, p.row, totalCol, sum, 'budget-total', { same: sameNumber(sum), rowKey });
  }
}
