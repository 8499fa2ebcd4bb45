import type { CellRange, ColumnInsert, SheetGrid } from './cell-grid';

const sameRange = (a: CellRange, b: CellRange) => a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;

/**
 * A sheet's grid with columns put in (direction 1) or taken out (-1), as a reader sees it after
 * Excel's Insert or Delete: cells and number formats move, merges across the change grow or
 * shrink, the `widen` merges take the new columns in. Formula text is carried as it is (a reader of
 * values needs no more); the adapters rewrite the references in the workbook itself.
 */
export function moveGridColumns(sheet: SheetGrid, change: ColumnInsert, direction: 1 | -1): SheetGrid {
  const { col, count } = change;
  const moveRow = <T>(row: T[] | undefined): T[] => {
    if (!row || row.length <= col) return row ?? [];
    const out = [...row];
    if (direction > 0) out.splice(col, 0, ...(new Array(count).fill(null) as T[]));
    else out.splice(col, count);
    return out;
  };
  const move = (c: number) => (direction > 0 ? (c >= col ? c + count : c) : c >= col + count ? c - count : c);
  const gone = (c: number) => direction < 0 && c >= col && c < col + count;
  const merges = sheet.merges
    .map((m) => {
      if (direction > 0 && (change.widen ?? []).some((w) => sameRange(w, m))) return { ...m, right: m.right + count };
      return { ...m, left: gone(m.left) ? col : move(m.left), right: gone(m.right) ? col - 1 : move(m.right) };
    })
    .filter((m) => m.left < m.right || (m.left === m.right && m.top < m.bottom));
  return {
    ...sheet,
    values: sheet.values.map(moveRow),
    formulas: sheet.formulas.map(moveRow),
    numberFormats: sheet.numberFormats.map(moveRow),
    merges,
  };
}
