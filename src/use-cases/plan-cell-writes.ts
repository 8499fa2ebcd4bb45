import type { MessageCode } from '../core/messages/catalogue';
import type { FilledSheet } from '../core/sheets/filled-sheet';
import { qualifiedAddress } from '../core/workbook/cell-address';
import type { CellValue, CellWrite } from '../core/workbook/cell-grid';
import { ExpectedCellColumns } from '../core/workbook/expected-cell-list';

export type ChangeKind = 'grade' | 'rate' | 'budget-total' | 'header';

/** What a changed cell holds, in words (the pane's list, the command line's CSV). */
export const CHANGE_KIND_TEXT = {
  grade: 'UI_KIND_GRADE',
  rate: 'UI_KIND_RATE',
  'budget-total': 'UI_KIND_BUDGET_TOTAL',
  header: 'UI_KIND_HEADER',
} as const satisfies Record<ChangeKind, MessageCode>;

/**
 * A cell the run changes: the write itself (the same object is in `writes`: at 100,000 rows a second object per
 * cell was 14 MB) and what the cell held. `value` is what it gets.
 */
export class CellChange implements CellWrite {
  constructor(
    readonly sheet: string,
    readonly row: number,
    readonly col: number,
    readonly value: string | number | null,
    readonly numberFormat: string | undefined,
    readonly kind: ChangeKind,
    readonly before: CellValue,
    /** The formula that was there, if any. */
    readonly beforeFormula: string | null,
  ) {}

  /** "指標!K5": made when shown, not kept per cell (8 MB at 100,000 rows). */
  get address(): string {
    return qualifiedAddress(this.sheet, this.row, this.col);
  }
}

/** A cell the run would change but does not, so nothing typed is lost: `value` is what it would have got. */
export class SkippedChange extends CellChange {
  constructor(
    change: CellChange,
    /** 'formula': the cell computes its value; 'entered': someone typed a different value. */
    readonly reason: 'formula' | 'entered',
  ) {
    super(change.sheet, change.row, change.col, change.value, change.numberFormat, change.kind, change.before, change.beforeFormula);
  }
}

/**
 * Collects the cells a command wants to change, and refuses, without --overwrite, to replace a
 * formula or a value someone typed: those are listed instead, so nothing is lost silently.
 */
export class CellWritePlan {
  readonly writes: CellWrite[] = [];
  readonly changed: CellChange[] = [];
  readonly skipped: SkippedChange[] = [];
  /** What the written cells, and the cells naming their rows, must still hold when the writes land. */
  readonly expected = new ExpectedCellColumns();
  /**
   * The cells already guarded: sheet → column → a flag per row. A grade run asks about every cell of its
   * rows several times (a million questions at 100,000 rows): an array answers without hashing.
   */
  private readonly guarded = new Map<string, Map<number, Uint8Array>>();
  /** Per sheet, the columns this run puts in: they start empty, and nothing in them is read to be checked. */
  private readonly inserted = new Map<string, { from: number; to: number }>();

  /** `expectCells`: whether `expected` is kept (see GradeOptions.expectCells). */
  constructor(
    private readonly overwrite: boolean,
    private readonly expectCells = true,
  ) {}

  /** Columns `from`… of the sheet are new: the run inserts them; every column proposed to stays left of them or in them. */
  markInserted(sheet: string, from: number, count: number): void {
    this.inserted.set(sheet, { from, to: from + count - 1 });
  }

  private isInserted(sheet: string, col: number): boolean {
    const span = this.inserted.get(sheet);
    if (span && col > span.to) throw new RangeError(`Column ${col} of ${sheet} moves with the insert: plan it in the new columns' terms.`);
    return !!span && col >= span.from;
  }

  propose(
    sheet: FilledSheet,
    row: number,
    col: number,
    after: string | number | null,
    kind: ChangeKind,
    options: {
      numberFormat?: string;
      same?: (before: CellValue) => boolean;
      /** Columns whose values identify the row (project number, indicator name): a moved row must not be written. */
      rowKey?: readonly (number | undefined)[];
      /** The cells the value was computed from (the year's 実績値 and 目標値): one typed over since the read stops the write. */
      inputs?: readonly ({ row: number; col: number } | null)[];
    } = {},
  ): void {
    const fresh = this.isInserted(sheet.name, col);
    const before = fresh ? null : sheet.ownValue(row, col);
    const beforeFormula = fresh ? null : sheet.formula(row, col);
    const blank = before === null || (typeof before === 'string' && before.trim() === '');
    const same = !blank && (options.same ? options.same(before) : before === after);
    if ((blank && after === null) || (same && !beforeFormula)) return;
    if (same && beforeFormula) return;
    const change = new CellChange(sheet.name, row, col, after, options.numberFormat, kind, before, beforeFormula);
    if (!this.overwrite && (beforeFormula || !blank)) {
      this.skipped.push(new SkippedChange(change, beforeFormula ? 'formula' : 'entered'));
      return;
    }
    this.changed.push(change);
    this.writes.push(change);
    // a new column's cell has nothing to check: the insert itself comes after the check
    if (!fresh) this.expect(sheet, row, col);
    for (const key of options.rowKey ?? []) if (key !== undefined) this.expect(sheet, row, key);
    for (const input of options.inputs ?? []) if (input) this.expect(sheet, input.row, input.col);
  }

  /** A cell that must still hold what was read when the changes land (in the columns as read). */
  expect(sheet: FilledSheet, row: number, col: number): void {
    if (!this.expectCells) return;
    let columns = this.guarded.get(sheet.name);
    if (!columns) this.guarded.set(sheet.name, (columns = new Map()));
    let rows = columns.get(col);
    if (!rows || row >= rows.length) {
      const grown = new Uint8Array(Math.max(row + 1, sheet.rowCount, 2 * (rows?.length ?? 0)));
      if (rows) grown.set(rows);
      columns.set(col, (rows = grown));
    }
    if (rows[row]) return;
    rows[row] = 1;
    this.expected.add(sheet.name, row, col, sheet.ownValue(row, col));
  }
}
