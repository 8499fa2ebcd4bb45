import type { CellRange, CellStyle, CellWrite, OutputCell, SheetOutput } from '../../core/workbook/cell-grid';
import { groupIntoRectangles, groupRectanglesBy } from './cell-rectangles';
import { columnWidthPoints } from './column-width';
import { excelInputValue } from './excel-input-value';
import { sliceRowsByBytes, sliceRowsByEstimate } from './payload-chunks';
import { MAX_OPERATION_BYTES, OPERATION_OVERHEAD_BYTES, utf8Length } from './payload-size';

/** One whole-range assignment: `values` or `numberFormat` of a rectangle, with its estimated request size. */
export interface RangeAssignment {
  sheet: string;
  range: CellRange;
  values?: (string | number | boolean)[][];
  numberFormat?: string[][];
  bytes: number;
}

/** Cuts a rectangle's matrix into row slices under maxBytes, one assignment each. */
function sliced(
  sheet: string,
  range: CellRange,
  matrix: unknown[][],
  field: 'values' | 'numberFormat',
  maxBytes: number,
): RangeAssignment[] {
  return sliceRowsByBytes(matrix, maxBytes).map((slice) => ({
    sheet,
    range: { ...range, top: range.top + slice.offset, bottom: range.top + slice.offset + slice.count - 1 },
    [field]: matrix.slice(slice.offset, slice.offset + slice.count),
    bytes: slice.bytes + OPERATION_OVERHEAD_BYTES,
  }));
}

function bySheet(writes: readonly CellWrite[]): Map<string, CellWrite[]> {
  const sheets = new Map<string, CellWrite[]>();
  for (const w of writes) {
    const list = sheets.get(w.sheet);
    if (list) list.push(w);
    else sheets.set(w.sheet, [w]);
  }
  return sheets;
}

/** The engine's cell writes as hole-free rectangles of values (a column segment, or side-by-side ones). */
export function planValueAssignments(writes: readonly CellWrite[], maxBytes = MAX_OPERATION_BYTES): RangeAssignment[] {
  const out: RangeAssignment[] = [];
  for (const [sheet, list] of bySheet(writes)) {
    for (const rect of groupIntoRectangles(list)) {
      // A restored formula is assigned as typed ("=SUM(…)"); every other value is kept literal.
      out.push(
        ...sliced(
          sheet,
          rect.range,
          rect.cells.map((row) => row.map((w) => w.formula ?? excelInputValue(w.value))),
          'values',
          maxBytes,
        ),
      );
    }
  }
  return out;
}

/** Number formats the writes ask for, one rectangle per run of cells sharing a format. */
export function planNumberFormatAssignments(writes: readonly CellWrite[], maxBytes = MAX_OPERATION_BYTES): RangeAssignment[] {
  const out: RangeAssignment[] = [];
  for (const [sheet, list] of bySheet(writes.filter((w) => w.numberFormat !== undefined))) {
    for (const group of groupRectanglesBy(list, (w) => w.numberFormat as string)) {
      for (const rect of group.rectangles) {
        out.push(
          ...sliced(
            sheet,
            rect.range,
            rect.cells.map((row) => row.map(() => group.key)),
            'numberFormat',
            maxBytes,
          ),
        );
      }
    }
  }
  return out;
}

/** A rectangle of cells that share one CellStyle. */
export interface StyledRange {
  range: CellRange;
  style: CellStyle;
  bytes: number;
}

export interface SheetOutputPlan {
  /** The cells' values as one range (the sheet is empty when they are written), in row slices if large. */
  values: RangeAssignment[];
  styles: StyledRange[];
  merges: CellRange[];
  columnWidths: { col: number; points: number }[];
}

/** Keys styles by content, so cells styled alike share one range however their objects were built. */
function styleKey(style: CellStyle): string {
  return JSON.stringify(
    Object.keys(style)
      .sort()
      .map((k) => [k, style[k as keyof CellStyle]]),
  );
}

/**
 * How many property sets Office.js sends for a style (see applyStyle): the range itself, then one
 * each for bold, font colour, fill, alignments and wrap, and one per border edge. A box of 50,000
 * projects is 300,000 styled ranges: estimated at a flat rate they overran the 5 MB request limit.
 */
function styleProperties(style: CellStyle, rows: number, cols: number): number {
  const { bold, fontColor, fill, horizontal, vertical, wrap, border } = style;
  const single = [bold !== undefined, fontColor, fill, horizontal, vertical, wrap !== undefined].filter(Boolean).length;
  const edges = border ? 4 + (rows > 1 ? 1 : 0) + (cols > 1 ? 1 : 0) : 0;
  return 2 + single + edges;
}

export function planSheetOutput(sheet: SheetOutput, maxBytes = MAX_OPERATION_BYTES): SheetOutputPlan {
  const values: RangeAssignment[] = [];
  if (sheet.cells.length > 0) {
    // a loop, not Math.max(...cells): a sheet of 300,000 cells would overflow the call stack
    let bottom = 0;
    let right = 0;
    for (const c of sheet.cells) {
      if (c.row > bottom) bottom = c.row;
      if (c.col > right) right = c.col;
    }
    const matrix: (string | number | boolean)[][] = Array.from({ length: bottom + 1 }, () =>
      new Array<string | number | boolean>(right + 1).fill(''),
    );
    for (const cell of sheet.cells) matrix[cell.row][cell.col] = excelInputValue(cell.value);
    values.push(...sliced(sheet.name, { top: 0, left: 0, bottom, right }, matrix, 'values', maxBytes));
  }
  const styled = sheet.cells.filter(
    (c): c is OutputCell & { style: CellStyle } => c.style !== undefined && Object.keys(c.style).length > 0,
  );
  const styles: StyledRange[] = [];
  for (const group of groupRectanglesBy(styled, (c) => styleKey(c.style))) {
    for (const rect of group.rectangles) {
      const style = rect.cells[0][0].style;
      const { top, left, bottom, right } = rect.range;
      // The number format travels as a matrix (sliced like values); the rest is one value per range.
      const rowBytes = style.numberFormat ? (right - left + 1) * (utf8Length(style.numberFormat) + 3) + 2 : 0;
      for (const slice of sliceRowsByEstimate(bottom - top + 1, rowBytes, maxBytes)) {
        const sliceTop = top + slice.offset;
        const rows = slice.count;
        styles.push({
          range: { top: sliceTop, left, bottom: sliceTop + rows - 1, right },
          style,
          bytes: slice.bytes + OPERATION_OVERHEAD_BYTES * styleProperties(style, rows, right - left + 1),
        });
      }
    }
  }
  const columnWidths = sheet.columnWidths.flatMap((w, col) =>
    typeof w === 'number' && w > 0 ? [{ col, points: columnWidthPoints(w) }] : [],
  );
  return { values, styles, merges: sheet.merges, columnWidths };
}
