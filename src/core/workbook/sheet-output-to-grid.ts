import type { CellValue, OutputCell, SheetGrid, SheetOutput } from './cell-grid';

/** What a sheet the engine built reads back as, without a file in between (tests, previews). */
export function sheetOutputToGrid(sheet: SheetOutput): SheetGrid {
  const values = outputValues(sheet);
  const formulas = values.map((row) => row.map(() => null));
  const numberFormats: SheetGrid['numberFormats'] = formulas.map((row) => [...row]);
  for (const cell of sheet.cells) numberFormats[cell.row][cell.col] = cell.style?.numberFormat ?? null;
  return { name: sheet.name, values, formulas, numberFormats, merges: sheet.merges, hidden: sheet.hidden };
}

/** The values of a sheet the engine built, row by row, as it reads back (a later cell at the same place wins). */
export function outputValues(sheet: Pick<SheetOutput, 'cells'>): CellValue[][] {
  const values: CellValue[][] = [];
  for (const cell of sheet.cells) {
    while (values.length <= cell.row) values.push([]);
    putValue(values[cell.row], cell);
  }
  return values;
}

/** The cell's value in its row of a sheet read back: the cells left of it that no cell gave are null. */
export function putValue(row: CellValue[], cell: Pick<OutputCell, 'col' | 'value'>): void {
  while (row.length <= cell.col) row.push(null);
  row[cell.col] = cell.value;
}
