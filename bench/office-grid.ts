import { assembleSheetGrid, type LoadedSheet } from '../src/adapters/office/assemble-sheet-grid';
import { groupIntoRectangles } from '../src/adapters/office/cell-rectangles';
import type { OutputCell, SheetGrid, SheetOutput } from '../src/core/workbook/cell-grid';

/**
 * A sheet as the Office adapter's reader receives it and hands it to the engine: the used range's
 * `formulas` (a constant where a cell has no formula, '' where it is empty), the formats of the
 * number cells in rectangles, then the adapter's own assembler. Rows are as wide as the used range,
 * as Excel returns them: not the growing arrays a test grid is built of.
 */
export function officeGrid(sheet: SheetOutput): SheetGrid {
  const bottom = sheet.cells.reduce((max, c) => Math.max(max, c.row), 0);
  const right = sheet.cells.reduce((max, c) => Math.max(max, c.col), 0);
  const formulas = Array.from({ length: bottom + 1 }, () => new Array<unknown>(right + 1).fill(''));
  for (const c of sheet.cells) if (c.value !== null) formulas[c.row][c.col] = c.value;
  const numbers = sheet.cells.filter((c) => typeof c.value === 'number');
  const loaded: LoadedSheet = {
    name: sheet.name,
    hidden: !!sheet.hidden,
    used: { top: 0, left: 0, bottom, right },
    blocks: [{ range: { top: 0, left: 0, bottom, right }, formulas }],
    details: groupIntoRectangles<OutputCell>(numbers).map(({ range, cells }) => ({
      kind: 'number' as const,
      range,
      numberFormat: cells.map((row) => row.map((c) => c.style?.numberFormat ?? 'General')),
    })),
    mergeAddresses: [],
  };
  // Excel's answer reaches the pane as JSON text: parsed, its strings are flat, not the generator's concatenations
  return { ...assembleSheetGrid(JSON.parse(JSON.stringify(loaded)) as LoadedSheet), merges: sheet.merges };
}
