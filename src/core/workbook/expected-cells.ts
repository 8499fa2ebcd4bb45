import { message, type LocalizedText } from '../messages/catalogue';
import { qualifiedAddress } from './cell-address';
import type { CellValue, ExpectedCell, ExpectedCells, WorkbookGrid } from './cell-grid';

/** An expected cell that no longer holds its value; `actual` undefined: the sheet is gone. */
export interface ChangedCell extends ExpectedCell {
  address: string;
  actual: CellValue | undefined;
}

/**
 * Empty text and an empty cell are the same to a reader (Office reports blanks as ""), and numbers
 * are compared as Excel stores them, to 15 significant digits (1.0257731958762886 read back from a
 * file as 1.025773195876289 is the same number).
 */
export function sameCellValue(a: CellValue, b: CellValue): boolean {
  const blank = (v: CellValue) => v === null || v === '';
  if (blank(a) || blank(b)) return blank(a) && blank(b);
  if (typeof a === 'number' && typeof b === 'number') return a === b || Number(a.toPrecision(15)) === Number(b.toPrecision(15));
  return a === b;
}

/** The expected cells that differ now; `read` gives a cell's value, or undefined when its sheet is gone. */
function findChangedCells(
  expected: ExpectedCells,
  read: (sheet: string, row: number, col: number) => CellValue | undefined,
): ChangedCell[] {
  const changed: ChangedCell[] = [];
  for (let i = 0; i < expected.length; i++) {
    const actual = read(expected.sheet(i), expected.row(i), expected.col(i));
    if (actual === undefined || !sameCellValue(expected.value(i), actual)) changed.push(changedCell(expected.at(i), actual));
  }
  return changed;
}

/** An expected cell with what it holds now (undefined: its sheet is gone). */
export function changedCell(cell: ExpectedCell, actual: CellValue | undefined): ChangedCell {
  return { ...cell, address: qualifiedAddress(cell.sheet, cell.row, cell.col), actual };
}

/** findChangedCells over a grid read just now (the .xlsx and playground ports). */
function findChangedCellsInGrid(expected: ExpectedCells, grid: WorkbookGrid): ChangedCell[] {
  const sheets = new Map(grid.sheets.map((s) => [s.name, s]));
  return findChangedCells(expected, (sheet, row, col) => {
    const s = sheets.get(sheet);
    return s ? (s.values[row]?.[col] ?? null) : undefined;
  });
}

/** How many changed cells a message lists before "…". */
const LISTED = 5;

function shown(v: CellValue | undefined): string {
  return v === null || v === undefined ? '' : String(v).slice(0, 40);
}

/** Thrown by a port instead of writing, when the cells it was told to expect have changed. */
export class WorkbookChangedError extends Error {
  override readonly name = 'WorkbookChangedError';
  readonly text: LocalizedText;

  constructor(readonly changed: ChangedCell[]) {
    // A sheet that is gone is said once, however many of its cells were expected.
    const gone = new Set<string>();
    const parts = changed
      .filter((c) => c.actual !== undefined || (!gone.has(c.sheet) && gone.add(c.sheet)))
      .slice(0, LISTED)
      .map((c) =>
        c.actual === undefined
          ? message('WORKBOOK_CHANGED_SHEET', { sheet: c.sheet })
          : message('WORKBOOK_CHANGED_CELL', { address: c.address, expected: shown(c.value), actual: shown(c.actual) }),
      );
    const listed = changed.filter((c) => c.actual !== undefined).length + gone.size;
    const more = listed > LISTED ? ` …(+${listed - LISTED})` : '';
    const text = message('WORKBOOK_CHANGED', {
      cells: parts.map((p) => p.ja).join('、') + more,
    });
    const en = message('WORKBOOK_CHANGED', { cells: parts.map((p) => p.en).join('; ') + more }).en;
    super(en);
    this.text = { ja: text.ja, en };
  }
}

/** Throws WorkbookChangedError when any expected cell differs in the grid. */
export function assertUnchanged(expected: ExpectedCells | undefined, grid: () => WorkbookGrid): void {
  if (!expected || expected.length === 0) return;
  const changed = findChangedCellsInGrid(expected, grid());
  if (changed.length > 0) throw new WorkbookChangedError(changed);
}
