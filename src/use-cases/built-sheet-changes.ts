import { withRestorePoint, type RunInfo } from '../core/restore/record-restore-point';
import { summaryOwnershipCell } from '../core/summary/summary-sheet';
import type { SheetOutput, WorkbookChanges, WorkbookGrid } from '../core/workbook/cell-grid';
import { expectedCells } from '../core/workbook/expected-cell-list';

/**
 * A sheet the tool builds (評価集計, 推移, 事業別評価, 変更点), written behind a restore point. A version it built
 * before is replaced only if its marker is still there when the write lands: someone may have taken it over.
 */
export function builtSheetChanges(grid: WorkbookGrid, sheet: SheetOutput, run: RunInfo): WorkbookChanges {
  const replaced = grid.sheets.find((s) => s.name === sheet.name);
  const ownership = replaced ? summaryOwnershipCell(replaced) : undefined;
  return withRestorePoint(grid, { writes: [], sheets: [sheet], expected: expectedCells(ownership ? [ownership] : []) }, run);
}
