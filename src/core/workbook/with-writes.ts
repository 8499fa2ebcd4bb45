import type { CellWrite, WorkbookChanges, WorkbookGrid } from './cell-grid';
import { moveGridColumns } from './move-grid-columns';

/**
 * The grid as it is once the writes have landed (values and number formats; a written cell holds
 * no formula). Only the rows written are copied: the rest is shared with the grid read.
 */
export function withWrites(grid: WorkbookGrid, writes: readonly CellWrite[]): WorkbookGrid {
  if (writes.length === 0) return grid;
  const bySheet = new Map<string, CellWrite[]>();
  for (const w of writes) {
    const list = bySheet.get(w.sheet);
    if (list) list.push(w);
    else bySheet.set(w.sheet, [w]);
  }
  return {
    ...grid,
    sheets: grid.sheets.map((sheet) => {
      const list = bySheet.get(sheet.name);
      if (!list) return sheet;
      const values = [...sheet.values];
      const formulas = [...sheet.formulas];
      const numberFormats = [...sheet.numberFormats];
      const copied = new Set<number>();
      for (const w of list) {
        if (!copied.has(w.row)) {
          copied.add(w.row);
          values[w.row] = [...(values[w.row] ?? [])];
          formulas[w.row] = [...(formulas[w.row] ?? [])];
          numberFormats[w.row] = [...(numberFormats[w.row] ?? [])];
        }
        values[w.row][w.col] = w.value;
        formulas[w.row][w.col] = w.formula ?? null;
        if (w.numberFormat !== undefined) numberFormats[w.row][w.col] = w.numberFormat === 'General' ? null : w.numberFormat;
      }
      return { ...sheet, values, formulas, numberFormats };
    }),
  };
}

/** The grid as it is once the changes' columns are in and their writes have landed. */
export function withChanges(grid: WorkbookGrid, changes: Pick<WorkbookChanges, 'insertColumns' | 'writes'>): WorkbookGrid {
  const inserts = changes.insertColumns ?? [];
  const moved =
    inserts.length === 0
      ? grid
      : {
          ...grid,
          sheets: grid.sheets.map((s) => inserts.filter((i) => i.sheet === s.name).reduce((sheet, i) => moveGridColumns(sheet, i, 1), s)),
        };
  return withWrites(moved, changes.writes);
}
