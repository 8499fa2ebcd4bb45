import type { SheetGrid, SheetOutput } from './cell-grid';

/** What a sheet the engine built reads back as, without a file in between (tests, previews). */
export function sheetOutputToGrid(sheet: SheetOutput): SheetGrid {
  const values: SheetGrid['values'] = [];
  const formulas: SheetGrid['formulas'] = [];
  const numberFormats: SheetGrid['numberFormats'] = [];
  for (const cell of sheet.cells) {
    for (const grid of [values, formulas, numberFormats]) {
      while (grid.length <= cell.row) grid.push([]);
    }
    const width = Math.max(values[cell.row].length, cell.col + 1);
    for (const grid of [values[cell.row], formulas[cell.row], numberFormats[cell.row]]) {
      while (grid.length < width) grid.push(null);
    }
    values[cell.row][cell.col] = cell.value;
    numberFormats[cell.row][cell.col] = cell.style?.numberFormat ?? null;
  }
  return { name: sheet.name, values, formulas, numberFormats, merges: sheet.merges, hidden: sheet.hidden };
}
