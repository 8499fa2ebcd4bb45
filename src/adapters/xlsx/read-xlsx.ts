import { MAX_WORKBOOK_CELLS, type SheetGrid, type WorkbookGrid } from '../../core/workbook/cell-grid';
import { readWorksheet, type WorksheetReadContext } from './read-worksheet';
import { parseSharedStrings } from './shared-strings';
import { StylesPart } from './styles-part';
import { parseWorkbookPart } from './workbook-part';
import { XlsxPackage } from './xlsx-package';
import { corrupt, XlsxFileError } from './xlsx-file-error';

export interface ReadXlsxOptions {
  /** Cells (with a value, formula or number format) allowed in the whole workbook before it is refused as too large. */
  maxCells?: number;
}

export const DEFAULT_MAX_CELLS = MAX_WORKBOOK_CELLS;

/**
 * Reads every worksheet into grids. Only the workbook, shared strings, styles and
 * worksheet parts are parsed: drawings, charts and pivots are never looked at.
 */
export function readXlsx(bytes: Uint8Array, options: ReadXlsxOptions = {}): WorkbookGrid {
  const maxCells = options.maxCells ?? DEFAULT_MAX_CELLS;
  try {
    const pkg = XlsxPackage.openWorkbook(bytes);
    const wb = parseWorkbookPart(pkg);
    const ctx: WorksheetReadContext = {
      sharedStrings: wb.sharedStringsPart ? parseSharedStrings(pkg.readText(wb.sharedStringsPart)) : [],
      formatsByXf: wb.stylesPart ? new StylesPart(pkg.readText(wb.stylesPart)).formatsByXf() : [],
      date1904: wb.date1904,
      budget: { remaining: maxCells, slots: 2 * maxCells, max: maxCells },
    };
    const sheets: SheetGrid[] = [];
    for (const sheet of wb.sheets) {
      if (!sheet.isWorksheet) continue;
      if (!sheet.part) throw corrupt(`The worksheet part of sheet "${sheet.name}" is missing.`);
      sheets.push({ name: sheet.name, ...readWorksheet(pkg, sheet.part, ctx), hidden: sheet.hidden });
    }
    return { sheets, fullCalcOnLoad: wb.fullCalcOnLoad || undefined };
  } catch (e) {
    if (e instanceof XlsxFileError) throw e;
    // Anything else escaping the parsers means a part is not what its name promises.
    throw corrupt('The workbook could not be read.', e);
  }
}
