import type { WorkbookPort } from '../../use-cases/workbook-port';
import { hidingSheetsKeepsUndo, supportsUndoGrouping } from './office-host';
import { SYNC_BUDGET_BYTES } from './payload-size';
import { readLiveWorkbook } from './read-live-workbook';
import { hideSheets, writeLiveChanges } from './write-live-changes';

export interface OfficeWorkbookPortOptions {
  /** Estimated bytes per context.sync(); below Excel on the web's 5 MB limit. */
  budgetBytes?: number;
}

/** The live workbook for the use cases: the task pane and the ribbon commands both use this. */
export function createOfficeWorkbookPort(options: OfficeWorkbookPortOptions = {}): WorkbookPort {
  const budget = options.budgetBytes ?? SYNC_BUDGET_BYTES;
  return {
    read: () => Excel.run((context) => readLiveWorkbook(context, budget)),
    write: async (changes) => {
      const webHost = hidingSheetsKeepsUndo();
      const batch = (context: Excel.RequestContext) => writeLiveChanges(context, changes, { budget, mayHideSheets: webHost });
      // One command, one undo step where the host can merge the syncs of a run (ExcelApi 1.20).
      // Deleting a sheet (a restore removing 評価集計) cannot be undone, so such a run is not merged.
      const deletes = (changes.deleteSheets ?? []).length > 0;
      await (supportsUndoGrouping() && !deletes ? Excel.run({ mergeUndoGroup: true }, batch) : Excel.run(batch));
      const hidden = changes.sheets.filter((s) => s.hidden).map((s) => s.name);
      if (!webHost && hidden.length > 0) await Excel.run((context) => hideSheets(context, hidden));
    },
    select: (sheet, row, col) =>
      Excel.run(async (context) => {
        const worksheet = context.workbook.worksheets.getItem(sheet);
        worksheet.activate();
        worksheet.getRangeByIndexes(row, col, 1, 1).select();
        await context.sync();
      }),
    activate: (sheet) =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem(sheet).activate();
        await context.sync();
      }),
  };
}
