import { assertExpectedCells } from '../src/adapters/office/check-expected-cells';
import { SYNC_BUDGET_BYTES } from '../src/adapters/office/payload-size';
import type { CellValue, ExpectedCells, WorkbookGrid } from '../src/core/workbook/cell-grid';

/**
 * The first step of the pane's write: the cells a command expects, read back and compared before anything is
 * written (assertExpectedCells). Excel is not here: each range is answered from the grid as Excel answers a
 * read of values (a blank cell as ""), once per sync.
 */
export async function checkBeforeWriting(grid: WorkbookGrid, expected: ExpectedCells): Promise<void> {
  const sheets = new Map(grid.sheets.map((s) => [s.name, s.values]));
  let loads: (() => void)[] = [];
  const rangeOf = (sheet: string, top: number, left: number, rows: number, cols: number) => {
    const range = {
      values: [] as CellValue[][],
      load: () =>
        void loads.push(() => {
          const values = sheets.get(sheet) ?? [];
          range.values = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => values[top + r]?.[left + c] ?? ''));
        }),
    };
    return range;
  };
  const context = {
    workbook: { worksheets: { getItem: (sheet: string) => ({ getRangeByIndexes: rangeOf.bind(null, sheet) }) } },
    sync: () => {
      const answered = loads;
      loads = [];
      answered.forEach((answer) => answer());
      return Promise.resolve();
    },
  };
  await assertExpectedCells(context as unknown as Excel.RequestContext, expected, (sheet) => sheets.has(sheet), SYNC_BUDGET_BYTES);
}
