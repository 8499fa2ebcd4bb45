import type { CellRange, CellValue, CellWrite, ExpectedCells } from '../../core/workbook/cell-grid';
import { expectedCells } from '../../core/workbook/expected-cell-list';
import { changedCell, sameCellValue, WorkbookChangedError } from '../../core/workbook/expected-cells';
import { groupIndicesIntoColumns } from './cell-rectangles';
import { sliceRowsByBytes } from './payload-chunks';
import { MAX_OPERATION_BYTES, OPERATION_OVERHEAD_BYTES } from './payload-size';
import { syncInBatches } from './sync-in-batches';

/** Rows `offset`… of a rectangle of expected cells (their numbers in the list), read back as one range. */
interface ExpectedBlock {
  sheet: string;
  rect: { range: CellRange; columns: number[][] };
  offset: number;
  count: number;
  bytes: number;
}

/** Expected cells of the sheets present as row slices of hole-free rectangles, each sized by the values it should return. */
function expectedBlocks(expected: ExpectedCells, present: (sheet: string) => boolean): ExpectedBlock[] {
  const bySheet = new Map<string, number[]>();
  for (let i = 0; i < expected.length; i++) {
    const sheet = expected.sheet(i);
    if (!present(sheet)) continue;
    const list = bySheet.get(sheet);
    if (list) list.push(i);
    else bySheet.set(sheet, [i]);
  }
  const blocks: ExpectedBlock[] = [];
  for (const [sheet, cells] of bySheet) {
    const rects = groupIndicesIntoColumns(
      cells.length,
      (k) => expected.row(cells[k]),
      (k) => expected.col(cells[k]),
    );
    for (const { range, columns } of rects) {
      const rect = { range, columns: columns.map((column) => column.map((k) => cells[k])) };
      const rows = Array.from({ length: range.bottom - range.top + 1 }, (_, r) => r);
      // What comes back is about what was read before; text a little longer still fits the budget's margin.
      for (const slice of sliceRowsByBytes(rows, MAX_OPERATION_BYTES, (r) =>
        rect.columns.map((column) => expected.value(column[r]) ?? ''),
      )) {
        blocks.push({ sheet, rect, offset: slice.offset, count: slice.count, bytes: slice.bytes + OPERATION_OVERHEAD_BYTES });
      }
    }
  }
  return blocks;
}

/**
 * Reads the expected cells as they are now and throws WorkbookChangedError, before anything is
 * written, when any differs: someone inserted or deleted rows, or typed, since the workbook was read.
 * `present` says which sheets exist (from the write's probe round trip). Each value is compared as it
 * comes back, and not kept: a grade's write checks 500,000 cells.
 */
export async function assertExpectedCells(
  context: Excel.RequestContext,
  expected: ExpectedCells | undefined,
  present: (sheet: string) => boolean,
  budget: number,
  options: {
    /** Writes whose value in a cell counts as unchanged too (a resumed run meeting its own first attempt). */
    written?: readonly CellWrite[];
    /** Other loads the write needs, sent with the first check so they cost no round trip of their own. */
    alongside?: () => void;
  } = {},
): Promise<void> {
  const all = expected ?? expectedCells();
  const blocks = expectedBlocks(all, present);
  // a cell of a sheet that is gone has no value to compare: it is changed, even when no other sheet has one to read
  const changed: { cell: number; actual: CellValue | undefined }[] = [];
  for (let i = 0; i < all.length; i++) if (!present(all.sheet(i))) changed.push({ cell: i, actual: undefined });
  let alongside = options.alongside;
  if (blocks.length === 0 && changed.length === 0) {
    if (!alongside) return;
    alongside();
    await context.sync();
    return;
  }
  await syncInBatches(context, blocks, budget, (block) => {
    alongside?.();
    alongside = undefined;
    const { rect, offset, count } = block;
    const { top, left, right } = rect.range;
    const range = context.workbook.worksheets.getItem(block.sheet).getRangeByIndexes(top + offset, left, count, right - left + 1);
    range.load('values');
    return () =>
      range.values.forEach((row, r) =>
        row.forEach((v, c) => {
          const cell = rect.columns[c][offset + r];
          if (!sameCellValue(all.value(cell), v as CellValue)) changed.push({ cell, actual: v as CellValue });
        }),
      );
  });
  if (changed.length === 0) return;
  const ours = cellsWritten(options.written ?? []);
  const stillChanged = changed.filter(({ cell, actual }) => {
    const value = actual === undefined ? undefined : ours.get(all.sheet(cell))?.get(all.row(cell))?.get(all.col(cell));
    return value === undefined || !sameCellValue(value, actual ?? null);
  });
  if (stillChanged.length === 0) return;
  // listed in the order the cells were expected, as the message names the first few
  stillChanged.sort((a, b) => a.cell - b.cell);
  throw new WorkbookChangedError(stillChanged.map(({ cell, actual }) => changedCell(all.at(cell), actual)));
}

/** The values written (formulas left out), by sheet, row and column. */
function cellsWritten(written: readonly CellWrite[]): Map<string, Map<number, Map<number, CellValue>>> {
  const bySheet = new Map<string, Map<number, Map<number, CellValue>>>();
  for (const w of written) {
    if (w.formula !== undefined) continue;
    let rows = bySheet.get(w.sheet);
    if (!rows) bySheet.set(w.sheet, (rows = new Map()));
    let cols = rows.get(w.row);
    if (!cols) rows.set(w.row, (cols = new Map()));
    cols.set(w.col, w.value);
  }
  return bySheet;
}
