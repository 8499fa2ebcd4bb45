import type { WorkbookGrid } from '../../src/core/workbook/cell-grid';

/**
 * A workbook as comparable data: per sheet its name, visibility, merges and every cell that holds
 * a value, a formula or a number format ("R,C" → [value, formula, format]). Cells that hold nothing
 * are left out, so a row ending in blanks compares equal to one that stops earlier.
 */
export function workbookCells(grid: WorkbookGrid) {
  return grid.sheets.map((s) => {
    const cells: Record<string, [unknown, unknown, unknown]> = {};
    const rows = Math.max(s.values.length, s.formulas.length, s.numberFormats.length);
    for (let r = 0; r < rows; r++) {
      const cols = Math.max(s.values[r]?.length ?? 0, s.formulas[r]?.length ?? 0, s.numberFormats[r]?.length ?? 0);
      for (let c = 0; c < cols; c++) {
        const value = s.values[r]?.[c] ?? null;
        const formula = s.formulas[r]?.[c] ?? null;
        const format = s.numberFormats[r]?.[c] ?? null;
        if ((value !== null && value !== '') || formula !== null || format !== null)
          cells[`${r},${c}`] = [value === '' ? null : value, formula, format];
      }
    }
    const merges = [...s.merges].sort((a, b) => a.top - b.top || a.left - b.left);
    return { name: s.name, hidden: !!s.hidden, merges, cells };
  });
}
