import type { RestorePoint, SavedSheet } from '../model';
import type { CellWrite, ColumnInsert, SheetGrid, SheetOutput, WorkbookChanges, WorkbookGrid } from '../workbook/cell-grid';
import { formulasMayRead } from '../workbook/formula-readers';
import { expectedCells } from '../workbook/expected-cell-list';
import { outputFingerprint } from './sheet-fingerprint';
import { jsonLength } from './json-length';
import {
  buildRestoreSheet,
  cellRecords,
  keptRestorePoints,
  pointLength,
  pointRecords,
  readRestoreLog,
  restoreLogGuard,
  runRecords,
  savedCellsLength,
  RESTORE_SHEET_NAME,
  type SavedCellTuple,
} from './restore-sheet';

export interface RunInfo {
  command: RestorePoint['command'];
  year: number | null;
  at: Date;
}

// What a cell holds; nothing where there is no sheet (a column the run puts in). A saved cell is built as one
// literal from these, not spread from a second object: a grade run saves 200,000 of them.
const valueAt = (sheet: SheetGrid | undefined, row: number, col: number) => sheet?.values[row]?.[col] ?? null;
const formulaAt = (sheet: SheetGrid | undefined, row: number, col: number) => sheet?.formulas[row]?.[col] ?? null;
const numberFormatAt = (sheet: SheetGrid | undefined, row: number, col: number) => sheet?.numberFormats[row]?.[col] ?? null;

/**
 * What each written cell held before the run: its records for the restore sheet, and `length`, the length of
 * the cells as the JSON of a point (the part of the run the log's limit weighs). No cell is kept as an object:
 * at 100,000 rows the 200,000 of them were 15 MB of the pane's heap while the records were written.
 * Writes are in the columns after the run's inserts: a cell in a new column held nothing, one right of it was
 * read a column (or more) further left.
 */
function savedCells(grid: WorkbookGrid, writes: readonly CellWrite[], inserts: readonly ColumnInsert[]) {
  const sheets = new Map(grid.sheets.map((s) => [s.name, s]));
  const before = (sheet: string, col: number): number | null => {
    for (const i of inserts) {
      if (i.sheet !== sheet) continue;
      if (col >= i.col + i.count) col -= i.count;
      else if (col >= i.col) return null;
    }
    return col;
  };
  const sheetOf = (i: number) => writes[i].sheet;
  const cellOf = (i: number): SavedCellTuple => {
    const w = writes[i];
    const col = before(w.sheet, w.col);
    const sheet = col === null ? undefined : sheets.get(w.sheet);
    const at = col ?? 0;
    const { row } = w;
    return [row, w.col, valueAt(sheet, row, at), formulaAt(sheet, row, at), numberFormatAt(sheet, row, at), w.value];
  };
  const length = () => savedCellsLength(writes.length, sheetOf, cellOf);
  return { records: cellRecords(writes.length, sheetOf, cellOf), length };
}

/** Every cell of the sheet that holds something: a value, a formula or a number format. */
function sheetContents(sheet: SheetGrid): SavedSheet['cells'] {
  const cells: SavedSheet['cells'] = [];
  const rows = Math.max(sheet.values.length, sheet.formulas.length, sheet.numberFormats.length);
  for (let row = 0; row < rows; row++) {
    const cols = Math.max(sheet.values[row]?.length ?? 0, sheet.formulas[row]?.length ?? 0, sheet.numberFormats[row]?.length ?? 0);
    for (let col = 0; col < cols; col++) {
      const cell = {
        row,
        col,
        value: valueAt(sheet, row, col),
        formula: formulaAt(sheet, row, col),
        numberFormat: numberFormatAt(sheet, row, col),
      };
      if ((cell.value !== null && cell.value !== '') || cell.formula !== null || cell.numberFormat !== null) cells.push(cell);
    }
  }
  return cells;
}

function savedSheet(grid: WorkbookGrid, output: SheetOutput): SavedSheet {
  const existing = grid.sheets.find((s) => s.name === output.name);
  return {
    name: output.name,
    existed: !!existing,
    cells: existing ? sheetContents(existing) : [],
    merges: existing ? existing.merges : [],
    writtenFingerprint: outputFingerprint(output.cells),
  };
}

/**
 * The changes with a restore point: what every cell and sheet about to be written holds now, added
 * to the hidden restore sheet (last in `sheets`, so it is the last tab; adapters write its values
 * before any other cell).
 */
export function withRestorePoint(grid: WorkbookGrid, changes: WorkbookChanges, run: RunInfo): WorkbookChanges {
  if (changes.writes.length === 0 && changes.sheets.length === 0) return changes;
  const log = readRestoreLog(grid);
  const hasLog = grid.sheets.some((s) => s.name === RESTORE_SHEET_NAME);
  const at = run.at.toISOString();
  const recalculate = formulasMayRead(grid, changes);
  const header: Omit<RestorePoint, 'cells' | 'sheets'> = {
    id: `${at}#${log.points.length + 1}`,
    at,
    command: run.command,
    year: run.year,
    createdLog: !hasLog,
    ...(recalculate ? { recalculateBefore: grid.fullCalcOnLoad ?? false } : {}),
    ...(changes.insertColumns?.length
      ? {
          insertedColumns: changes.insertColumns.map(({ sheet, col, count, before }) => ({
            sheet,
            col,
            count,
            ...(before ? { before } : {}),
          })),
        }
      : {}),
  };
  const cells = savedCells(grid, changes.writes, changes.insertColumns ?? []);
  const sheets = changes.sheets.map((s) => savedSheet(grid, s));
  const logged = log.points.map((point) => ({ records: () => pointRecords(point), weight: () => pointLength(point) }));
  const recorded = {
    records: () => runRecords(header, cells.records, sheets),
    // the point's JSON: its cells' part measured apart, as they are never a list of objects
    weight: () => jsonLength({ ...header, cells: [], sheets }) + cells.length(),
  };
  const kept = keptRestorePoints([...logged, recorded], (r) => r.weight());
  return {
    ...changes,
    sheets: [...changes.sheets, buildRestoreSheet(kept.map((r) => r.records()))],
    expected: (changes.expected ?? expectedCells()).concat(restoreLogGuard(grid)),
    ...(recalculate ? { recalculate: true } : {}),
  };
}
