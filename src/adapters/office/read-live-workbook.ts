import { message, type LocalizedText } from '../../core/messages/catalogue';
import { HEADER_SEARCH_ROWS } from '../../core/sheets/locate-table';
import { MAX_WORKBOOK_CELLS, type CellRange, type CellValue, type SheetGrid, type WorkbookGrid } from '../../core/workbook/cell-grid';
import type { SheetToRead } from '../../use-cases/read-scope';
import { assembleSheetGrid, type LoadedSheet } from './assemble-sheet-grid';
import { OPERATION_OVERHEAD_BYTES, SYNC_BUDGET_BYTES, jsonBytes } from './payload-size';
import { MERGE_BAND_BYTES, bytesPerCellFromSample, planDetails, planReadBlocks, type ReadBlock, type SheetExtent } from './read-plan';
import { syncInBatches } from './sync-in-batches';

/** Rows sampled per sheet: where tables' headers are looked for, and a measure of what a cell costs in the response. */
const SAMPLE_ROWS = Math.max(64, HEADER_SEARCH_ROWS + 2);

function rangeAt(sheet: Excel.Worksheet, r: CellRange): Excel.Range {
  return sheet.getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1);
}

/** Halves a block that Excel still found too large. */
function splitBlock(block: ReadBlock): ReadBlock[] | undefined {
  const rows = block.range.bottom - block.range.top + 1;
  if (rows < 2) return undefined;
  const middle = block.range.top + (rows >> 1);
  const part = (top: number, bottom: number): ReadBlock => ({
    sheet: block.sheet,
    range: { ...block.range, top, bottom },
    mergeBands: block.mergeBands
      .filter((b) => b.bottom >= top && b.top <= bottom)
      .map((b) => ({ ...b, top: Math.max(b.top, top), bottom: Math.min(b.bottom, bottom) })),
    bytes: Math.ceil((block.bytes * (bottom - top + 1)) / rows),
  });
  return [part(block.range.top, middle - 1), part(middle, block.range.bottom)];
}

/** A sheet's top rows and columns, where tables' headers are: what the probe reads of every sheet. */
const SAMPLE_COLS = 256;
/** The probe's estimate of one sheet's sample in the response: every cell short text (most samples are far smaller). */
const SAMPLE_BYTES = SAMPLE_ROWS * SAMPLE_COLS * 12;

/** What a command would read, over the add-in's cell limit (the .xlsx path's limit too). */
export class TooManyCellsError extends Error {
  override readonly name = 'TooManyCellsError';
  readonly text: LocalizedText;
  constructor(readonly cells: number) {
    const text = message('HOST_TOO_MANY_CELLS', {
      cells: cells.toLocaleString('en-US'),
      limit: MAX_WORKBOOK_CELLS.toLocaleString('en-US'),
    });
    super(text.en);
    this.text = text;
  }
}

/** Every sheet's extent and top rows: the values of the sample, at their places, for telling which sheets hold tables. */
async function probeSheets(context: Excel.RequestContext, sheets: Excel.Worksheet[], budget: number) {
  const probes: { extent: SheetExtent; top: SheetGrid }[] = new Array(sheets.length);
  await syncInBatches(
    context,
    sheets.map((sheet, i) => ({ sheet, i, bytes: SAMPLE_BYTES + OPERATION_OVERHEAD_BYTES })),
    budget,
    ({ sheet, i }) => {
      // valuesOnly: a stray formatted cell far away must not inflate the range; A1 when the sheet is blank.
      const used = sheet.getUsedRange(true);
      used.load('rowIndex,columnIndex,rowCount,columnCount');
      const sample = used.getIntersectionOrNullObject(sheet.getRangeByIndexes(0, 0, SAMPLE_ROWS, SAMPLE_COLS));
      sample.load('values,rowIndex,columnIndex');
      return () => (probes[i] = probeResult(i, sheet.name, used, sample));
    },
  );
  return probes;
}

/** A sheet's probe once synced: its extent, and its top rows as a grid. */
function probeResult(i: number, name: string, used: Excel.Range, sample: Excel.Range): { extent: SheetExtent; top: SheetGrid } {
  const values: unknown[][] = sample.isNullObject ? [] : sample.values;
  const cells = values.reduce((n, row) => n + row.length, 0);
  const extent: SheetExtent = {
    sheet: i,
    top: used.rowIndex,
    left: used.columnIndex,
    rows: used.rowCount,
    cols: used.columnCount,
    bytesPerCell: bytesPerCellFromSample(jsonBytes(values), cells),
  };
  const at = sample.isNullObject ? { row: 0, col: 0 } : { row: sample.rowIndex, col: sample.columnIndex };
  return { extent, top: sampleGrid(name, at, values) };
}

/** The sample as a sheet grid at its place ([0][0] is A1), values only. */
function sampleGrid(name: string, at: { row: number; col: number }, values: readonly unknown[][]): SheetGrid {
  const grid: CellValue[][] = Array.from({ length: at.row + values.length }, () => []);
  values.forEach((row, r) =>
    row.forEach((v, c) => {
      grid[at.row + r][at.col + c] = v === '' || v === null || v === undefined ? null : (v as CellValue);
    }),
  );
  return { name, values: grid, formulas: [], numberFormats: [], merges: [] };
}

/**
 * The sheets a command needs, with a fixed number of round trips while they fit the budget:
 * 1. the sheet list; 2. each sheet's used range and top rows, which tell the sheets holding tables
 * (`choose` picks those and what the command adds); 3. `formulas` of the chosen sheets' used ranges
 * in row blocks (a constant where there is no formula, so this is also the values), with the merged
 * areas only where `choose` asks (reading them clears the undo history on Windows, office-js #5918);
 * 4. the values of formula cells and the formats of numbers. Past the 5 MB budget, steps 2 to 4 take
 * as many syncs as the payload needs, and no more. Sheets not chosen are listed with no cells.
 */
export async function readLiveWorkbook(
  context: Excel.RequestContext,
  budget = SYNC_BUDGET_BYTES,
  /** Filled with the estimated bytes the read brought back (for estimating how long a write will take). */
  stats: { bytes: number } = { bytes: 0 },
  choose: (tops: SheetGrid[]) => SheetToRead[] = (tops) => tops.map((t) => ({ name: t.name, merges: true })),
): Promise<WorkbookGrid> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility');
  await context.sync();
  const sheets = worksheets.items;

  const probes = await probeSheets(context, sheets, budget);
  const chosen = new Map(choose(probes.map((p) => p.top)).map((c) => [c.name, c]));
  const extents = probes.filter((p) => chosen.has(p.top.name)).map((p) => p.extent);
  const cells = extents.reduce((n, e) => n + e.rows * e.cols, 0);
  if (cells > MAX_WORKBOOK_CELLS) throw new TooManyCellsError(cells);

  const loaded: LoadedSheet[] = sheets.map((sheet, i) => {
    const e = probes[i].extent;
    const read = chosen.has(sheet.name);
    return {
      name: sheet.name,
      hidden: sheet.visibility !== 'Visible',
      used: read
        ? { top: e.top, left: e.left, bottom: e.top + e.rows - 1, right: e.left + e.cols - 1 }
        : { top: 0, left: 0, bottom: -1, right: -1 },
      blocks: [],
      details: [],
      mergeAddresses: [],
    };
  });

  await syncInBatches(
    context,
    // Blocks of an eighth of the budget pack into syncs with little room left over.
    planReadBlocks(extents, budget / 8).map((block) => (chosen.get(sheets[block.sheet].name)?.merges ? block : withoutMerges(block))),
    budget,
    (block) => {
      const sheet = sheets[block.sheet];
      const range = rangeAt(sheet, block.range);
      range.load('formulas');
      const merges = block.mergeBands.map((band) => {
        const areas = rangeAt(sheet, band).getMergedAreasOrNullObject();
        areas.load('address');
        return areas;
      });
      return () => {
        loaded[block.sheet].blocks.push({ range: block.range, formulas: range.formulas });
        for (const areas of merges) if (!areas.isNullObject) loaded[block.sheet].mergeAddresses.push(areas.address);
      };
    },
    splitBlock,
  );

  stats.bytes = extents.reduce((n, e) => n + e.rows * e.cols * e.bytesPerCell, 0);
  const details = loaded.flatMap((sheet, i) => sheet.blocks.flatMap((b) => planDetails(i, b.range, b.formulas)));
  await syncInBatches(context, details, budget, (detail) => {
    const range = rangeAt(sheets[detail.sheet], detail.range);
    range.load(detail.kind === 'formula' ? 'values,numberFormat' : 'numberFormat');
    return () => {
      loaded[detail.sheet].details.push({
        kind: detail.kind,
        range: detail.range,
        values: detail.kind === 'formula' ? range.values : undefined,
        numberFormat: range.numberFormat,
      });
    };
  });

  return { sheets: loaded.map(assembleSheetGrid) };
}

/** A block of a sheet whose merged areas are not asked for. */
function withoutMerges(block: ReadBlock): ReadBlock {
  return { ...block, mergeBands: [], bytes: block.bytes - block.mergeBands.length * MERGE_BAND_BYTES };
}
