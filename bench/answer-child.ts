/**
 * Writes Excel's answers for the bench's workbook (see answer-file.ts), in its own process: the generator's peak is
 * its own. With `graded`, the workbook as the add-in leaves it after grading FY2023: its grades written and its
 * restore log holding that run, as a clerk's workbook is when the next year is graded.
 */
import type { SheetGrid, SheetOutput } from '../src/core/workbook/cell-grid';
import { sheetOutputToGrid } from '../src/core/workbook/sheet-output-to-grid';
import { withChanges } from '../src/core/workbook/with-writes';
import { gradeWorkbookChanges } from '../src/use-cases/grade-workbook';
import { writeAnswers } from './answer-file';
import { generateSheets } from './generate-workbook';

const [rows, file, graded] = process.argv.slice(2);
const sheets = generateSheets(Number(rows));
writeAnswers(file, graded === 'graded' ? gradedSheets(sheets) : sheets);

function gradedSheets(sheets: SheetOutput[]): SheetOutput[] {
  const grid = { sheets: sheets.map(sheetOutputToGrid) };
  const { changes } = gradeWorkbookChanges(grid, { year: 2023 });
  const written = withChanges(grid, changes);
  // the sheets the run made (the restore log) as it wrote them, the others as its writes left them
  const made = new Set(changes.sheets.map((s) => s.name));
  return [...written.sheets.filter((s) => !made.has(s.name)).map(sheetCells), ...changes.sheets];
}

/** A grid's sheet as the cells that hold a value, with their number formats. */
function sheetCells(sheet: SheetGrid): SheetOutput {
  const cells: SheetOutput['cells'] = [];
  sheet.values.forEach((row, r) =>
    row.forEach((value, c) => {
      const numberFormat = sheet.numberFormats[r]?.[c];
      if (value !== null) cells.push({ row: r, col: c, value, ...(numberFormat ? { style: { numberFormat } } : {}) });
    }),
  );
  return { name: sheet.name, cells, merges: sheet.merges, columnWidths: [], validations: [], hidden: sheet.hidden };
}
