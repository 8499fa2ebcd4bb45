import type { CellValue, CellWrite, ExpectedCell } from '../../core/workbook/cell-grid';
import { findChangedCells, sameCellValue, WorkbookChangedError } from '../../core/workbook/expected-cells';
import { groupIntoRectangles, type Rectangle } from './cell-rectangles';
import { sliceRowsByBytes } from './payload-chunks';
import { MAX_OPERATION_BYTES, OPERATION_OVERHEAD_BYTES } from './payload-size';
import { syncInBatches } from './sync-in-batches';

interface ExpectedBlock {
  sheet: string;
  rect: Rectangle<ExpectedCell>;
  bytes: number;
}

/** Expected cells as row slices of hole-free rectangles, each sized by the values it should return. */
function expectedBlocks(expected: readonly ExpectedCell[]): ExpectedBlock[] {
  const bySheet = new Map<string, ExpectedCell[]>();
  for (const e of expected) {
    const list = bySheet.get(e.sheet);
    if (list) list.push(e);
    else bySheet.set(e.sheet, [e]);
  }
  const blocks: ExpectedBlock[] = [];
  for (const [sheet, cells] of bySheet) {
    for (const rect of groupIntoRectangles(cells)) {
      // What comes back is about what was read before; text a little longer still fits the budget's margin.
      const matrix = rect.cells.map((row) => row.map((c) => c.value ?? ''));
      for (const slice of sliceRowsByBytes(matrix, MAX_OPERATION_BYTES)) {
        const top = rect.range.top + slice.offset;
        const sliceRect: Rectangle<ExpectedCell> = {
          range: { ...rect.range, top, bottom: top + slice.count - 1 },
          cells: rect.cells.slice(slice.offset, slice.offset + slice.count),
        };
        blocks.push({ sheet, rect: sliceRect, bytes: slice.bytes + OPERATION_OVERHEAD_BYTES });
      }
    }
  }
  return blocks;
}

/**
 * Reads the expected cells as they are now and throws WorkbookChangedError, before anything is
 * written, when any differs: someone inserted or deleted rows, or typed, since the workbook was read.
 * `present` says which sheets exist (from the write's probe round trip).
 */
export async function assertExpectedCells(
  context: Excel.RequestContext,
  expected: readonly ExpectedCell[] | undefined,
  present: (sheet: string) => boolean,
  budget: number,
  options: {
    /** Writes whose value in a cell counts as unchanged too (a resumed run meeting its own first attempt). */
    written?: readonly CellWrite[];
    /** Other loads the write needs, sent with the first check so they cost no round trip of their own. */
    alongside?: () => void;
  } = {},
): Promise<void> {
  const now = new Map<string, CellValue>();
  const key = (sheet: string, row: number, col: number) => `${sheet}\u0000${row}\u0000${col}`;
  const blocks = expectedBlocks((expected ?? []).filter((e) => present(e.sheet)));
  let alongside = options.alongside;
  if (blocks.length === 0) {
    if (!alongside) return;
    alongside();
    await context.sync();
    return;
  }
  await syncInBatches(context, blocks, budget, (block) => {
    alongside?.();
    alongside = undefined;
    const { top, left, bottom, right } = block.rect.range;
    const range = context.workbook.worksheets.getItem(block.sheet).getRangeByIndexes(top, left, bottom - top + 1, right - left + 1);
    range.load('values');
    return () => range.values.forEach((row, r) => row.forEach((v, c) => now.set(key(block.sheet, top + r, left + c), v as CellValue)));
  });
  const ours = new Map((options.written ?? []).filter((w) => w.formula === undefined).map((w) => [key(w.sheet, w.row, w.col), w.value]));
  const changed = findChangedCells(expected ?? [], (sheet, row, col) =>
    present(sheet) ? (now.get(key(sheet, row, col)) ?? null) : undefined,
  ).filter(
    (c) =>
      !(
        ours.has(key(c.sheet, c.row, c.col)) &&
        c.actual !== undefined &&
        sameCellValue(ours.get(key(c.sheet, c.row, c.col)) ?? null, c.actual)
      ),
  );
  if (changed.length > 0) throw new WorkbookChangedError(changed);
}
