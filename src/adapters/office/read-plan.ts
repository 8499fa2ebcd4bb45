import type { CellRange } from '../../core/workbook/cell-grid';
import { groupIntoRectangles } from './cell-rectangles';
import { sliceRowsByEstimate } from './payload-chunks';
import { MAX_OPERATION_BYTES, OPERATION_OVERHEAD_BYTES } from './payload-size';

/** Excel cannot return the merged areas of a range that holds more than 512 of them. */
export const MERGED_AREAS_LIMIT = 512;

/** Estimated bytes of one merge band's request and its (usually empty) answer. */
export const MERGE_BAND_BYTES = 120;
/** Estimated response bytes per cell of the second pass: a formula cell's value and format, a number's format. */
const FORMULA_DETAIL_BYTES = 48;
const NUMBER_DETAIL_BYTES = 12;

/** A sheet's used range (absolute, 0-based) and what one of its cells costs in the response, measured on a sample. */
export interface SheetExtent {
  sheet: number;
  top: number;
  left: number;
  rows: number;
  cols: number;
  bytesPerCell: number;
}

/** A run of whole rows of a used range, read in one request. */
export interface ReadBlock {
  sheet: number;
  range: CellRange;
  /** Row bands whose merged areas are asked for one by one, each too small to pass the limit. */
  mergeBands: CellRange[];
  bytes: number;
}

/** Cells the first pass showed to need more: formula cells (their values) and numbers (their format). */
export interface DetailRequest {
  sheet: number;
  kind: 'formula' | 'number';
  range: CellRange;
  bytes: number;
}

/** Rows per merge band: merges inside a band (each covers two cells or more) plus those crossing its edges stay under the limit. */
export function mergeBandRows(cols: number): number {
  return Math.max(1, Math.floor((MERGED_AREAS_LIMIT - 2 * cols) / (cols / 2 + 2)));
}

export function planReadBlocks(extents: readonly SheetExtent[], maxBlockBytes = MAX_OPERATION_BYTES): ReadBlock[] {
  const blocks: ReadBlock[] = [];
  for (const e of extents) {
    const bandRows = mergeBandRows(e.cols);
    for (const slice of sliceRowsByEstimate(e.rows, e.cols * e.bytesPerCell + 2, maxBlockBytes)) {
      const top = e.top + slice.offset;
      const bottom = top + slice.count - 1;
      const range = { top, left: e.left, bottom, right: e.left + e.cols - 1 };
      const mergeBands: CellRange[] = [];
      for (let r = top; r <= bottom; r += bandRows) {
        mergeBands.push({ top: r, left: range.left, bottom: Math.min(bottom, r + bandRows - 1), right: range.right });
      }
      blocks.push({
        sheet: e.sheet,
        range,
        mergeBands,
        bytes: slice.bytes + OPERATION_OVERHEAD_BYTES + mergeBands.length * MERGE_BAND_BYTES,
      });
    }
  }
  return blocks;
}

/**
 * From a block's `formulas` (constants for plain cells, "=…" for formulas): the formula cells,
 * whose computed values are still missing, and the numbers, whose format tells a rate (0.865 as
 * 86.5%) from a count. Text needs no format: the engine reads a format only for numbers.
 */
export function planDetails(
  sheet: number,
  origin: { top: number; left: number },
  formulas: readonly unknown[][],
  maxBytes = MAX_OPERATION_BYTES,
): DetailRequest[] {
  const formulaCells: { row: number; col: number }[] = [];
  const numberCells: { row: number; col: number }[] = [];
  formulas.forEach((row, r) =>
    row.forEach((v, c) => {
      if (typeof v === 'string' && v.startsWith('=')) formulaCells.push({ row: origin.top + r, col: origin.left + c });
      else if (typeof v === 'number') numberCells.push({ row: origin.top + r, col: origin.left + c });
    }),
  );
  const requests: DetailRequest[] = [];
  const add = (kind: DetailRequest['kind'], cells: { row: number; col: number }[], perCell: number) => {
    for (const { range } of groupIntoRectangles(cells)) {
      const width = range.right - range.left + 1;
      for (const slice of sliceRowsByEstimate(range.bottom - range.top + 1, width * perCell + 2, maxBytes)) {
        const top = range.top + slice.offset;
        requests.push({
          sheet,
          kind,
          range: { ...range, top, bottom: top + slice.count - 1 },
          bytes: slice.bytes + OPERATION_OVERHEAD_BYTES,
        });
      }
    }
  };
  add('formula', formulaCells, FORMULA_DETAIL_BYTES);
  add('number', numberCells, NUMBER_DETAIL_BYTES);
  return requests;
}

/** Bytes per cell from a sample's JSON, with a 10% margin (a low estimate costs one rejected sync, not data); never below an empty cell's `"",`. */
export function bytesPerCellFromSample(sampleBytes: number, sampleCells: number): number {
  if (sampleCells <= 0) return 16;
  return Math.max(3, (sampleBytes / sampleCells) * 1.1);
}
