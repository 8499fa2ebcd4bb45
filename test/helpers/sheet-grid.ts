import type {
  CellRange,
  CellValue,
  CellWrite,
  ColumnInsert,
  SheetGrid,
  WorkbookChanges,
  WorkbookGrid,
} from '../../src/core/workbook/cell-grid';
import { parseCellAddress } from '../../src/core/workbook/cell-address';
import { moveGridColumns } from '../../src/core/workbook/move-grid-columns';
import { moveColumnsInFormula } from '../../src/adapters/xlsx/shift-formula';
import { parseCellValue, type Quantity } from '../../src/core/values/parse-cell-value';

export interface SheetExtras {
  /** Merged areas as A1 ranges, e.g. "B4:B6". */
  merges?: string[];
  /** Formula text by address, e.g. { L5: '=IF(K5>=J5,"A","B")' }; the value in `rows` is the cached result. */
  formulas?: Record<string, string>;
  /** Number format by address, e.g. { K5: '0.0%' }. */
  numberFormats?: Record<string, string>;
}

function at(address: string): { row: number; col: number } {
  const cell = parseCellAddress(address);
  if (!cell) throw new Error(`bad address ${address}`);
  return cell;
}

export function range(a1: string): CellRange {
  const [from, to = from] = a1.split(':');
  const a = at(from);
  const b = at(to);
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

/** A sheet as Office.js or the .xlsx reader hands it to the engine: values, formulas and formats of the same shape. */
export function sheetGrid(name: string, rows: CellValue[][], extras: SheetExtras = {}): SheetGrid {
  const values = rows.map((r) => [...r]);
  const formulas: (string | null)[][] = values.map((r) => r.map(() => null));
  const numberFormats: (string | null)[][] = values.map((r) => r.map(() => null));
  const ensure = (row: number, col: number) => {
    for (const g of [values, formulas, numberFormats] as unknown[][][]) {
      while (g.length <= row) g.push([]);
      while (g[row].length <= col) g[row].push(null);
    }
  };
  for (const [address, formula] of Object.entries(extras.formulas ?? {})) {
    const { row, col } = at(address);
    ensure(row, col);
    formulas[row][col] = formula;
  }
  for (const [address, format] of Object.entries(extras.numberFormats ?? {})) {
    const { row, col } = at(address);
    ensure(row, col);
    numberFormats[row][col] = format;
  }
  return { name, values, formulas, numberFormats, merges: (extras.merges ?? []).map(range) };
}

export function workbook(...sheets: SheetGrid[]): WorkbookGrid {
  return { sheets };
}

/** The value of a cell by A1 address. */
export function cellAt(sheet: SheetGrid, address: string): CellValue {
  const { row, col } = at(address);
  return sheet.values[row]?.[col] ?? null;
}

/** A seed string parsed as one quantity; fails loudly when it is not one. */
export function quantity(text: string | number, numberFormat: string | null = null): Quantity {
  const parsed = parseCellValue(text, numberFormat);
  if (parsed.kind !== 'quantity') throw new Error(`${JSON.stringify(text)} is not a quantity: ${parsed.kind}`);
  return parsed.quantity;
}

/** A deep copy, so a test can change cells without touching a shared fixture. */
export function cloneWorkbook(grid: WorkbookGrid): WorkbookGrid {
  return {
    sheets: grid.sheets.map((s) => ({
      ...s,
      values: s.values.map((r) => [...r]),
      formulas: s.formulas.map((r) => [...r]),
      numberFormats: s.numberFormats.map((r) => [...r]),
      merges: s.merges.map((m) => ({ ...m })),
    })),
  };
}

/** Sets one cell (value, and optionally its formula) in place. */
export function setCell(grid: WorkbookGrid, sheetName: string, address: string, value: CellValue, formula: string | null = null): void {
  const sheet = grid.sheets.find((s) => s.name === sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  const { row, col } = at(address);
  for (const g of [sheet.values, sheet.formulas, sheet.numberFormats] as unknown[][][]) {
    while (g.length <= row) g.push([]);
    while (g[row].length <= col) g[row].push(null);
  }
  sheet.values[row][col] = value;
  sheet.formulas[row][col] = formula;
}

type Write = CellWrite;

/** What an adapter does with the engine's writes, in place: the value replaces the cell (and its formula), the format is set when given. */
export function writeCells(grid: WorkbookGrid, writes: Write[]): void {
  for (const w of writes) {
    const sheet = grid.sheets.find((s) => s.name === w.sheet)!;
    for (const g of [sheet.values, sheet.formulas, sheet.numberFormats] as unknown[][][]) {
      while (g.length <= w.row) g.push([]);
      while (g[w.row].length <= w.col) g[w.row].push(null);
    }
    sheet.values[w.row][w.col] = w.value;
    sheet.formulas[w.row][w.col] = w.formula ?? null;
    // Both adapters read General back as no format.
    if (w.numberFormat !== undefined) sheet.numberFormats[w.row][w.col] = w.numberFormat === 'General' ? null : w.numberFormat;
  }
}

/**
 * Columns put into or taken out of a grid in place, as Excel does them: cells and merges move
 * (core's moveGridColumns) and every formula's references to the sheet follow (as the .xlsx adapter
 * rewrites them, tested on its own in move-columns-formula.test.ts).
 */
export function moveColumnsInPlace(grid: WorkbookGrid, change: ColumnInsert, direction: 1 | -1): void {
  const at = grid.sheets.findIndex((s) => s.name === change.sheet);
  if (at < 0) throw new Error(`no sheet ${change.sheet}`);
  grid.sheets[at] = moveGridColumns(grid.sheets[at], change, direction);
  const move = { sheet: change.sheet, at: change.col, delta: direction * change.count };
  for (const sheet of grid.sheets)
    sheet.formulas = sheet.formulas.map((row) => row.map((f) => (f ? moveColumnsInFormula(f, move, sheet.name) : f)));
}

/** What an adapter does with the engine's changes (columns in, cells, columns out), on a copy. */
export function applyChanges(
  grid: WorkbookGrid,
  changes: Pick<WorkbookChanges, 'writes' | 'insertColumns' | 'deleteColumns'>,
): WorkbookGrid {
  const out = cloneWorkbook(grid);
  for (const insert of changes.insertColumns ?? []) moveColumnsInPlace(out, insert, 1);
  writeCells(out, changes.writes);
  for (const gone of changes.deleteColumns ?? []) moveColumnsInPlace(out, gone, -1);
  return out;
}
