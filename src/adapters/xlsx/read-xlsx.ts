import { MAX_WORKBOOK_CELLS, type SheetGrid, type WorkbookGrid } from '../../core/workbook/cell-grid';
import { refreezeSharedRows } from '../../core/workbook/null-row';
import { poolTexts, textPool } from '../../core/workbook/text-pool';
import { cellBudget, readWorksheet, spendBudget, type WorksheetCells, type WorksheetReadContext } from './read-worksheet';
import { readSharedStrings } from './shared-strings';
import { StylesPart } from './styles-part';
import { parseWorkbookPart, type WorkbookInfo } from './workbook-part';
import { XlsxPackage } from './xlsx-package';
import { corrupt, XlsxFileError, type XlsxFileErrorKind } from './xlsx-file-error';

export interface ReadXlsxOptions {
  /** Cells (with a value, formula or number format) allowed in the whole workbook before it is refused as too large. */
  maxCells?: number;
  /** Where some sheets of a large workbook are read while this thread reads the others (the command line's second thread). */
  elsewhere?: SheetsElsewhere;
}

/**
 * Starts reading worksheet parts of a workbook file in another thread (with readWorksheets); the function returned
 * waits for them. `sharedStrings`: the workbook's, as this thread read them, so the other does not read them again.
 */
export type SheetsElsewhere = (
  bytes: Uint8Array,
  parts: readonly string[],
  maxCells: number,
  sharedStrings: readonly string[],
) => () => SheetsRead;

/** What readWorksheets gives: the cells of the parts asked for (in their order) and the budget they took, or what stopped it. */
export type SheetsRead =
  { cells: WorksheetCells[]; spent: { cells: number; slots: number } } | { failedAt: number; kind: XlsxFileErrorKind; message: string };

export const DEFAULT_MAX_CELLS = MAX_WORKBOOK_CELLS;

/** Below this much XML in the sheets a second thread would take, starting it costs more than it saves. */
export const ELSEWHERE_MIN_BYTES = 4 << 20;

/**
 * Reads every worksheet into grids. Only the workbook, shared strings, styles and
 * worksheet parts are parsed: drawings, charts and pivots are never looked at.
 */
export function readXlsx(bytes: Uint8Array, options: ReadXlsxOptions = {}): WorkbookGrid {
  const maxCells = options.maxCells ?? DEFAULT_MAX_CELLS;
  try {
    const pkg = XlsxPackage.openWorkbook(bytes);
    const wb = parseWorkbookPart(pkg);
    const worksheets = wb.sheets
      .filter((sheet) => sheet.isWorksheet)
      .map((sheet) => {
        if (!sheet.part) throw corrupt(`The worksheet part of sheet "${sheet.name}" is missing.`);
        return { ...sheet, part: sheet.part };
      });
    const ctx = readContext(pkg, wb, maxCells);
    const parts = worksheets.map((s) => s.part);
    const away = options.elsewhere ? sheetsToReadElsewhere(pkg, parts) : [];
    const wait = away.length > 0 ? options.elsewhere!(bytes, away, maxCells, ctx.sharedStrings) : undefined;
    const cells = new Map<string, WorksheetCells>();
    // the first problem in the sheets' order is the one reported, wherever each sheet was read
    let failure: { at: number; error: unknown } | undefined;
    for (const [at, part] of parts.entries()) {
      if (away.includes(part)) continue;
      try {
        cells.set(part, readWorksheet(pkg, part, ctx));
      } catch (error) {
        failure = { at, error };
        break;
      }
    }
    const read = wait?.();
    if (read && 'failedAt' in read) {
      const at = parts.indexOf(away[read.failedAt]);
      if (!failure || at < failure.at) failure = { at, error: new XlsxFileError(read.kind, read.message) };
    } else if (read) {
      // their texts come from the other thread a string per cell: pooled with this thread's; shared rows, unfrozen
      read.cells.forEach((sheetCells, i) => {
        poolTexts(sheetCells.values, ctx.pool);
        refreezeSharedRows(sheetCells.formulas);
        refreezeSharedRows(sheetCells.numberFormats);
        cells.set(away[i], sheetCells);
      });
      if (!failure) spendBudget(ctx.budget, read.spent.cells, read.spent.slots);
    }
    if (failure) throw failure.error;
    const sheets: SheetGrid[] = worksheets.map((sheet) => ({ name: sheet.name, ...cells.get(sheet.part)!, hidden: sheet.hidden }));
    return { sheets, fullCalcOnLoad: wb.fullCalcOnLoad || undefined };
  } catch (e) {
    if (e instanceof XlsxFileError) throw e;
    // Anything else escaping the parsers means a part is not what its name promises.
    throw corrupt('The workbook could not be read.', e);
  }
}

/**
 * Reads the worksheet parts named, as another thread does for readXlsx, with the workbook's shared strings as
 * readXlsx read them (at 100,000 rows as LibreOffice saves them, 22 MB of XML not inflated and parsed again);
 * `onPiece` is called as their text is read.
 */
export function readWorksheets(
  bytes: Uint8Array,
  parts: readonly string[],
  maxCells: number,
  sharedStrings: readonly string[],
  onPiece?: () => void,
): SheetsRead {
  let at = 0;
  try {
    const pkg = XlsxPackage.openWorkbook(bytes);
    const ctx = { ...readContext(pkg, parseWorkbookPart(pkg), maxCells, sharedStrings), onPiece };
    const cells: WorksheetCells[] = [];
    for (; at < parts.length; at++) cells.push(readWorksheet(pkg, parts[at], ctx));
    return { cells, spent: { cells: maxCells - ctx.budget.remaining, slots: 2 * maxCells - ctx.budget.slots } };
  } catch (e) {
    const error = e instanceof XlsxFileError ? e : corrupt('The workbook could not be read.', e);
    return { failedAt: Math.min(at, parts.length - 1), kind: error.kind, message: error.message };
  }
}

function readContext(
  pkg: XlsxPackage,
  wb: WorkbookInfo,
  maxCells: number,
  sharedStrings?: readonly string[],
): WorksheetReadContext & { pool: (text: string) => string } {
  return {
    pool: textPool(),
    sharedStrings: sharedStrings ?? (wb.sharedStringsPart ? readSharedStrings(pkg, wb.sharedStringsPart) : []),
    formatsByXf: wb.stylesPart ? new StylesPart(pkg.readText(wb.stylesPart)).formatsByXf() : [],
    date1904: wb.date1904,
    budget: cellBudget(maxCells),
  };
}

/**
 * The sheets a second thread reads: the lighter of two halves of the sheets' XML (the largest sheet stays
 * here, each next one goes where there is less), or none when that half is too small to be worth a thread.
 */
function sheetsToReadElsewhere(pkg: XlsxPackage, parts: readonly string[]): string[] {
  const bySize = parts.map((part) => ({ part, size: pkg.uncompressedSize(part) })).sort((a, b) => b.size - a.size);
  let here = 0;
  let there = 0;
  const away: string[] = [];
  for (const { part, size } of bySize) {
    if (here <= there) here += size;
    else {
      there += size;
      away.push(part);
    }
  }
  return there >= ELSEWHERE_MIN_BYTES ? parts.filter((part) => away.includes(part)) : [];
}
