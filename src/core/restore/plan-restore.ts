import type { RestorePoint, SavedCell, SavedSheet } from '../model';
import { message, type LocalizedText } from '../messages/catalogue';
import { qualifiedAddress } from '../workbook/cell-address';
import type { CellValue, CellWrite, OutputCell, SheetOutput, WorkbookChanges, WorkbookGrid } from '../workbook/cell-grid';
import { ExpectedCellColumns } from '../workbook/expected-cell-list';
import { sameCellValue } from '../workbook/expected-cells';
import { buildRestoreSheet, pointRecords, restoreLogGuard, RESTORE_SHEET_NAME } from './restore-sheet';
import { sheetFingerprint } from './sheet-fingerprint';

/** A place changed after Shinchoku wrote it: restoring would discard that change. */
export interface RestoreConflict {
  /** A cell typed over, a sheet edited, or a sheet that is no longer there. */
  kind: 'cell' | 'sheet-changed' | 'sheet-gone';
  sheet: string;
  /** "指標!K5", or the sheet name for a whole sheet. */
  address: string;
  /** The cell, 0-based; absent for a whole sheet. */
  row?: number;
  col?: number;
  /** What Shinchoku wrote, and what is there now (cells only). */
  written?: CellValue;
  now?: CellValue;
  /** The cell's number format now, to show both values as Excel shows them (0.0% for a rate). */
  numberFormat?: string | null;
}

export interface RestorePlan {
  point: RestorePoint;
  changes: WorkbookChanges;
  conflicts: RestoreConflict[];
  cells: number;
  sheets: number;
}

function restoredWrite(sheet: string, c: Omit<SavedCell, 'sheet' | 'written'>): CellWrite {
  return {
    sheet,
    row: c.row,
    col: c.col,
    value: c.value,
    numberFormat: c.numberFormat ?? 'General',
    ...(c.formula ? { formula: c.formula } : {}),
  };
}

/**
 * The sheet as it was: values and number formats (its other styles were Shinchoku's own). Formula
 * cells go back as cell writes, which land after the sheet's values.
 */
function rebuiltSheet(saved: SavedSheet, hidden: boolean | undefined): { output: SheetOutput; formulas: CellWrite[] } {
  const cells: OutputCell[] = saved.cells
    .filter((c) => !c.formula)
    .map((c) => ({ row: c.row, col: c.col, value: c.value, style: c.numberFormat ? { numberFormat: c.numberFormat } : undefined }));
  const formulas = saved.cells.filter((c) => c.formula).map((c) => restoredWrite(saved.name, c));
  return { output: { name: saved.name, cells, merges: saved.merges, columnWidths: [], validations: [], hidden }, formulas };
}

type InsertedColumns = NonNullable<RestorePoint['insertedColumns']>;

/**
 * Did the run's columns go in? A write cut short may stop before the insert: then what the column
 * held before still stands in it, not one insert further right.
 */
function insertLanded(grid: WorkbookGrid, insert: InsertedColumns[number]): boolean {
  const sheet = grid.sheets.find((s) => s.name === insert.sheet);
  const before = insert.before;
  if (!sheet || !before || before.every((v) => v === null || v === '')) return true;
  const holds = (col: number) => before.every((v, row) => sameCellValue(sheet.values[row]?.[col] ?? null, v));
  return !(holds(insert.col) && !holds(insert.col + insert.count));
}

/**
 * Cells of the columns the run put in that hold something the run did not write there: typed since,
 * they would go with the columns.
 */
function typedIntoInsertedColumns(grid: WorkbookGrid, cells: RestorePoint['cells'], inserted: InsertedColumns): RestoreConflict[] {
  const written = new Set(cells.map((c) => `${c.sheet}\u0000${c.row}\u0000${c.col}`));
  const conflicts: RestoreConflict[] = [];
  for (const i of inserted) {
    const sheet = grid.sheets.find((s) => s.name === i.sheet);
    if (!sheet) continue;
    sheet.values.forEach((row, r) => {
      for (let col = i.col; col < i.col + i.count; col++) {
        const now = row[col] ?? null;
        const formula = sheet.formulas[r]?.[col] ?? null;
        if ((now === null || now === '') && !formula) continue;
        if (written.has(`${i.sheet}\u0000${r}\u0000${col}`)) continue;
        const numberFormat = sheet.numberFormats[r]?.[col] ?? null;
        conflicts.push({
          kind: 'cell',
          sheet: i.sheet,
          address: qualifiedAddress(i.sheet, r, col),
          row: r,
          col,
          written: null,
          now,
          numberFormat,
        });
      }
    });
  }
  return conflicts;
}

/** What a conflict says, for the cell-less kinds (a cell's old and new values are shown by the caller). */
export function sheetConflictText(c: RestoreConflict): LocalizedText {
  return message(c.kind === 'sheet-gone' ? 'WORKBOOK_CHANGED_SHEET' : 'RESTORE_CONFLICT_SHEET', { sheet: c.sheet });
}

/**
 * Undoes the latest restore point: every saved cell gets its value, formula and number format back,
 * a sheet the run created is removed and one it replaced gets its cells back. Cells and sheets
 * changed since the run are conflicts; the changes expect the cells to hold what was read, so a
 * concurrent edit stops the write.
 */
export function planRestore(grid: WorkbookGrid, points: readonly RestorePoint[]): RestorePlan | null {
  const point = points[points.length - 1];
  if (!point) return null;
  const sheets = new Map(grid.sheets.map((s) => [s.name, s]));
  const conflicts: RestoreConflict[] = [];
  const writes: CellWrite[] = [];
  const expected = new ExpectedCellColumns();
  const gone = new Set<string>();
  const inserted = (point.insertedColumns ?? []).filter((i) => insertLanded(grid, i));
  // a run cut short before its insert wrote nothing to that sheet's columns from there on: nothing to restore there
  const neverWritten = (point.insertedColumns ?? []).filter((i) => !inserted.includes(i));
  const unwritten = (sheet: string, col: number) => neverWritten.some((i) => i.sheet === sheet && col >= i.col);
  const insertedAt = (sheet: string, col: number) => inserted.some((i) => i.sheet === sheet && col >= i.col && col < i.col + i.count);
  for (const c of point.cells) {
    if (unwritten(c.sheet, c.col)) continue;
    const sheet = sheets.get(c.sheet);
    if (!sheet) {
      if (!gone.has(c.sheet)) conflicts.push({ kind: 'sheet-gone', sheet: c.sheet, address: c.sheet });
      gone.add(c.sheet);
      continue;
    }
    const now = sheet.values[c.row]?.[c.col] ?? null;
    // A cell that still holds what was saved lost nothing: a run cut short never reached it.
    if (!sameCellValue(now, c.written) && !sameCellValue(now, c.value))
      conflicts.push({
        kind: 'cell',
        sheet: c.sheet,
        address: qualifiedAddress(c.sheet, c.row, c.col),
        row: c.row,
        col: c.col,
        written: c.written,
        now,
        numberFormat: sheet.numberFormats[c.row]?.[c.col] ?? null,
      });
    expected.add(c.sheet, c.row, c.col, now);
    // a cell of a column the run put in goes with the column
    if (!insertedAt(c.sheet, c.col)) writes.push(restoredWrite(c.sheet, c));
  }
  conflicts.push(...typedIntoInsertedColumns(grid, point.cells, inserted));
  const outputs: SheetOutput[] = [];
  const deleteSheets: string[] = [];
  for (const saved of point.sheets) {
    const now = sheets.get(saved.name);
    if (now && sheetFingerprint(now) !== saved.writtenFingerprint)
      conflicts.push({ kind: 'sheet-changed', sheet: saved.name, address: saved.name });
    if (!saved.existed) {
      if (now) deleteSheets.push(saved.name);
    } else {
      const rebuilt = rebuiltSheet(saved, now?.hidden);
      outputs.push(rebuilt.output);
      writes.push(...rebuilt.formulas);
    }
  }
  const rest = points.slice(0, -1);
  if (rest.length === 0 && point.createdLog) deleteSheets.push(RESTORE_SHEET_NAME);
  else outputs.unshift(buildRestoreSheet(rest.map(pointRecords)));
  return {
    point,
    // The record itself must still be the one read: another person's run since then would be lost.
    changes: {
      writes,
      sheets: outputs,
      expected: expected.concat(restoreLogGuard(grid)),
      deleteSheets,
      ...(inserted.length > 0 ? { deleteColumns: inserted } : {}),
      // The run asked Excel to recalculate on opening: the file asks again only if it did before.
      ...(point.recalculateBefore !== undefined ? { recalculate: point.recalculateBefore } : {}),
    },
    conflicts,
    cells: point.cells.length,
    sheets: point.sheets.length,
  };
}
