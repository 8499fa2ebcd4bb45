import type { CellRange, ColumnInsert, SheetGrid } from './cell-grid';

/** Columns put in (delta > 0) or taken out (delta < 0, the columns at … at − delta − 1) of one sheet. */
export interface ColumnMove {
  sheet: string;
  at: number;
  delta: number;
}

/** Where column `col` goes: moved right or left, or undefined when it is taken out. */
export function movedColumn(col: number, move: ColumnMove): number | undefined {
  if (move.delta >= 0) return col >= move.at ? col + move.delta : col;
  if (col >= move.at - move.delta) return col + move.delta;
  return col >= move.at ? undefined : col;
}

/** A span of columns after the move (an end taken out closes in on what is left); undefined when all of it is taken out. */
export function movedSpan(left: number, right: number, move: ColumnMove): { left: number; right: number } | undefined {
  const l = movedColumn(left, move) ?? move.at;
  const r = movedColumn(right, move) ?? move.at - 1;
  return l > r ? undefined : { left: l, right: r };
}

const sameRange = (a: CellRange, b: CellRange) => a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;

/**
 * A sheet's grid with columns put in (direction 1) or taken out (-1), as a reader sees it after
 * Excel's Insert or Delete: cells and number formats move, merges across the change grow or
 * shrink, the `widen` merges take the new columns in. Formula text is carried as it is (a reader of
 * values needs no more); the adapters rewrite the references in the workbook itself.
 */
export function moveGridColumns(sheet: SheetGrid, change: ColumnInsert, direction: 1 | -1): SheetGrid {
  const { col, count } = change;
  const move = { sheet: change.sheet, at: col, delta: direction * count };
  const moveRow = <T>(row: T[] | undefined): T[] => {
    if (!row || row.length <= col) return row ?? [];
    const out = [...row];
    if (direction > 0) out.splice(col, 0, ...(new Array(count).fill(null) as T[]));
    else out.splice(col, count);
    return out;
  };
  const merges = sheet.merges
    .flatMap((m) => {
      if (direction > 0 && (change.widen ?? []).some((w) => sameRange(w, m))) return [{ ...m, right: m.right + count }];
      const span = movedSpan(m.left, m.right, move);
      return span ? [{ ...m, ...span }] : [];
    })
    .filter((m) => m.left < m.right || m.top < m.bottom);
  return {
    ...sheet,
    values: sheet.values.map(moveRow),
    formulas: sheet.formulas.map(moveRow),
    numberFormats: sheet.numberFormats.map(moveRow),
    merges,
  };
}
