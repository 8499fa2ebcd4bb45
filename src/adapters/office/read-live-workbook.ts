import type { CellRange, WorkbookGrid } from '../../core/workbook/cell-grid';
import { assembleSheetGrid, type LoadedSheet } from './assemble-sheet-grid';
import { SYNC_BUDGET_BYTES, jsonBytes } from './payload-size';
import { bytesPerCellFromSample, planDetails, planReadBlocks, type ReadBlock, type SheetExtent } from './read-plan';
import { syncInBatches } from './sync-in-batches';

/** Rows sampled per sheet to measure what a cell costs in the response. */
const SAMPLE_ROWS = 64;

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

/**
 * Every sheet's used cells with a fixed number of round trips while the workbook fits the budget:
 * 1. the sheet list; 2. each used range and a sample of its rows; 3. `formulas` of every used
 * range in row blocks (a constant where there is no formula, so this is also the values), with
 * the merged areas; 4. the values of formula cells and the formats of numbers. Past the 5 MB
 * budget, steps 3 and 4 take as many syncs as the payload needs, and no more.
 */
export async function readLiveWorkbook(
  context: Excel.RequestContext,
  budget = SYNC_BUDGET_BYTES,
  /** Filled with the estimated bytes the read brought back (for estimating how long a write will take). */
  stats: { bytes: number } = { bytes: 0 },
): Promise<WorkbookGrid> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility');
  await context.sync();
  const sheets = worksheets.items;

  const probes = sheets.map((sheet) => {
    // valuesOnly: a stray formatted cell far away must not inflate the range; A1 when the sheet is blank.
    const used = sheet.getUsedRange(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    const sample = used.getIntersectionOrNullObject(used.getRow(0).getResizedRange(SAMPLE_ROWS - 1, 0));
    sample.load('formulas');
    return { used, sample };
  });
  await context.sync();

  const extents: SheetExtent[] = probes.map(({ used, sample }, sheet) => {
    const formulas: unknown[][] = sample.isNullObject ? [] : sample.formulas;
    const cells = formulas.reduce((n, row) => n + row.length, 0);
    return {
      sheet,
      top: used.rowIndex,
      left: used.columnIndex,
      rows: used.rowCount,
      cols: used.columnCount,
      bytesPerCell: bytesPerCellFromSample(jsonBytes(formulas), cells),
    };
  });
  const loaded: LoadedSheet[] = sheets.map((sheet, i) => {
    const e = extents[i];
    return {
      name: sheet.name,
      hidden: sheet.visibility !== 'Visible',
      used: { top: e.top, left: e.left, bottom: e.top + e.rows - 1, right: e.left + e.cols - 1 },
      blocks: [],
      details: [],
      mergeAddresses: [],
    };
  });

  await syncInBatches(
    context,
    // Blocks of an eighth of the budget pack into syncs with little room left over.
    planReadBlocks(extents, budget / 8),
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
