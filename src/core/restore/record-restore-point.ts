import type { RestorePoint, SavedCell, SavedSheet } from '../model';
import type { CellWrite, ColumnInsert, SheetGrid, SheetOutput, WorkbookChanges, WorkbookGrid } from '../workbook/cell-grid';
import { formulasMayRead } from '../workbook/formula-readers';
import { expectedCells } from '../workbook/expected-cell-list';
import { outputFingerprint } from './sheet-fingerprint';
import { buildRestoreSheet, keptRestorePoints, readRestoreLog, restoreLogGuard, RESTORE_SHEET_NAME } from './restore-sheet';

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
 * What each written cell held before the run. Writes are in the columns after the run's inserts: a
 * cell in a new column held nothing, one right of it was read a column (or more) further left.
 */
function savedCells(grid: WorkbookGrid, writes: readonly CellWrite[], inserts: readonly ColumnInsert[]): SavedCell[] {
  const sheets = new Map(grid.sheets.map((s) => [s.name, s]));
  const before = (sheet: string, col: number): number | null => {
    for (const i of inserts) {
      if (i.sheet !== sheet) continue;
      if (col >= i.col + i.count) col -= i.count;
      else if (col >= i.col) return null;
    }
    return col;
  };
  return writes.map((w) => {
    const col = before(w.sheet, w.col);
    const sheet = col === null ? undefined : sheets.get(w.sheet);
    const at = col ?? 0;
    const { row } = w;
    return {
      sheet: w.sheet,
      row,
      col: w.col,
      value: valueAt(sheet, row, at),
      formula: formulaAt(sheet, row, at),
      numberFormat: numberFormatAt(sheet, row, at),
      written: w.value,
    };
  });
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
  const point: RestorePoint = {
    id: `${at}#${log.points.length + 1}`,
    at,
    command: run.command,
    year: run.year,
    createdLog: !hasLog,
    cells: savedCells(grid, changes.writes, changes.insertColumns ?? []),
    sheets: changes.sheets.map((s) => savedSheet(grid, s)),
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
  const points = keptRestorePoints([...log.points, point]);
  return {
    ...changes,
    sheets: [...changes.sheets, buildRestoreSheet(points)],
    expected: (changes.expected ?? expectedCells()).concat(restoreLogGuard(grid)),
    ...(recalculate ? { recalculate: true } : {}),
  };
}
