import type { CellRange } from '../../core/workbook/cell-grid';

export interface CellAt {
  row: number;
  col: number;
}

export interface Rectangle<T extends CellAt> {
  range: CellRange;
  /** cells[r][c] is the cell at range.top + r, range.left + c. */
  cells: T[][];
}

/** Cells of a hole-free rectangle by column: columns[c][r] is the cell at range.top + r, range.left + c. */
export interface ColumnRectangle<T extends CellAt> {
  range: CellRange;
  columns: T[][];
}

/**
 * Groups cells into hole-free rectangles: runs of consecutive rows in a column, then side-by-side
 * runs with the same rows joined. A rectangle never covers a cell that is not in the input, so
 * writing it as one range changes nothing else. A cell given twice keeps its last entry.
 */
export function groupIntoRectangles<T extends CellAt>(input: readonly T[]): Rectangle<T>[] {
  return groupIntoColumns(input).map(({ range, columns }) => ({
    range,
    cells: Array.from({ length: range.bottom - range.top + 1 }, (_, r) => columns.map((column) => column[r])),
  }));
}

/** The rectangles of groupIntoRectangles with their cells by column: no array per row is made. */
export function groupIntoColumns<T extends CellAt>(input: readonly T[]): ColumnRectangle<T>[] {
  return groupIndicesIntoColumns(
    input.length,
    (i) => input[i].row,
    (i) => input[i].col,
  ).map(({ range, columns }) => ({ range, columns: columns.map((column) => column.map((i) => input[i])) }));
}

/**
 * groupIntoColumns over cells 0…count-1 given by their row and column, each rectangle's columns holding the
 * cells' numbers: cells kept as columns of numbers (ExpectedCells) are grouped without an object per cell.
 */
export function groupIndicesIntoColumns(
  count: number,
  rowOf: (i: number) => number,
  colOf: (i: number) => number,
): { range: CellRange; columns: number[][] }[] {
  // sorted, a cell given twice by its order, then the last of each cell kept; no key per cell (a grade's write
  // checks 500,000 cells)
  const sorted = new Int32Array(count);
  for (let i = 0; i < count; i++) sorted[i] = i;
  sorted.sort((a, b) => colOf(a) - colOf(b) || rowOf(a) - rowOf(b) || a - b);

  const runs: { col: number; top: number; cells: number[] }[] = [];
  for (let k = 0; k < count; k++) {
    const cell = sorted[k];
    const row = rowOf(cell);
    const col = colOf(cell);
    if (k + 1 < count && rowOf(sorted[k + 1]) === row && colOf(sorted[k + 1]) === col) continue;
    const last = runs[runs.length - 1];
    if (last && last.col === col && last.top + last.cells.length === row) last.cells.push(cell);
    else runs.push({ col, top: row, cells: [cell] });
  }

  runs.sort((a, b) => a.top - b.top || a.cells.length - b.cells.length || a.col - b.col);
  const rectangles: { range: CellRange; columns: number[][] }[] = [];
  let current: { top: number; height: number; left: number; columns: number[][] } | undefined;
  const flush = () => {
    if (!current) return;
    const { top, height, left, columns } = current;
    rectangles.push({ range: { top, left, bottom: top + height - 1, right: left + columns.length - 1 }, columns });
  };
  for (const run of runs) {
    const height = run.cells.length;
    if (current && current.top === run.top && current.height === height && current.left + current.columns.length === run.col) {
      current.columns.push(run.cells);
    } else {
      flush();
      current = { top: run.top, height, left: run.col, columns: [run.cells] };
    }
  }
  flush();
  return rectangles.sort((a, b) => a.range.top - b.range.top || a.range.left - b.range.left);
}

/** Groups cells by a key (a number format, a style), then each group into rectangles. */
export function groupRectanglesBy<T extends CellAt>(
  cells: readonly T[],
  key: (cell: T) => string,
): { key: string; rectangles: Rectangle<T>[] }[] {
  const groups = new Map<string, T[]>();
  for (const cell of cells) {
    const k = key(cell);
    const list = groups.get(k);
    if (list) list.push(cell);
    else groups.set(k, [cell]);
  }
  return [...groups].map(([k, list]) => ({ key: k, rectangles: groupIntoRectangles(list) }));
}
