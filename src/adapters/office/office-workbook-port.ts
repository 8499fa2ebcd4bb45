import { errorCode, errorText } from '../../core/messages/error-text';
import { message, type LocalizedText } from '../../core/messages/catalogue';
import type { WorkbookChanges } from '../../core/workbook/cell-grid';
import type { WorkbookPort } from '../../use-cases/workbook-port';
import { hidingSheetsKeepsUndo, supportsUndoGrouping } from './office-host';
import { SYNC_BUDGET_BYTES } from './payload-size';
import { sheetsToRead } from '../../use-cases/read-scope';
import { readLiveWorkbook } from './read-live-workbook';
import { assertWithinLimit, type ReadMeasure, type TimeLimit } from './time-limit';
import { hideSheets, writeLiveChanges } from './write-live-changes';

export interface OfficeWorkbookPortOptions {
  /** Estimated bytes per context.sync(); below Excel on the web's 5 MB limit. */
  budgetBytes?: number;
  /** Stop before writing when the run would not finish within this (the ribbon's commands). */
  timeLimit?: TimeLimit;
}

/**
 * Every run waits while the user is typing in a cell (ExcelApi 1.11) instead of failing with
 * InvalidOperationInCellEditMode, so a keystroke cannot cut a write in two.
 */
const WAIT_FOR_CELL_EDIT = { delayForCellEdit: true } as const;

/** A write that failed after its first change was sent: the cells may be part-written, and Restore can undo them. */
export class WriteInterruptedError extends Error {
  override readonly name = 'WriteInterruptedError';
  readonly text: LocalizedText;
  constructor(override readonly cause: unknown) {
    const reason = errorText(cause);
    const text = {
      ja: message('HOST_ERROR_PARTIAL', { reason: reason.ja }).ja,
      en: message('HOST_ERROR_PARTIAL', { reason: reason.en }).en,
    };
    super(text.en);
    this.text = text;
  }
  get code(): string {
    return errorCode(this.cause);
  }
}

/**
 * The changes as one undo step where the host merges a run's syncs (ExcelApi 1.20). Merged runs
 * fail on some builds with UndoNotSupported (office-js #6711, #6255, #6491): the same changes then
 * run once more, unmerged. The restore record is written first and is the same both times, and the
 * second attempt accepts its own values where the first left them, so the record and the cells agree.
 */
async function writeChanges(changes: WorkbookChanges, budget: number, beforeChanges?: (bytes: number) => void): Promise<void> {
  const mayHideSheets = hidingSheetsKeepsUndo();
  const progress = { started: false };
  const attempt = (resumed: boolean) => (context: Excel.RequestContext) =>
    writeLiveChanges(context, changes, { budget, mayHideSheets, resumed, progress, beforeChanges });
  // Deleting a sheet (a restore removing 評価集計) cannot be undone, so such a run is not merged.
  const merged = supportsUndoGrouping() && (changes.deleteSheets ?? []).length === 0;
  try {
    try {
      await Excel.run({ ...WAIT_FOR_CELL_EDIT, mergeUndoGroup: merged }, attempt(false));
    } catch (error) {
      if (!merged || errorCode(error) !== 'UndoNotSupported') throw error;
      await Excel.run(WAIT_FOR_CELL_EDIT, attempt(progress.started));
    }
  } catch (error) {
    throw progress.started ? new WriteInterruptedError(error) : error;
  }
  const hidden = changes.sheets.filter((s) => s.hidden).map((s) => s.name);
  if (mayHideSheets || hidden.length === 0) return;
  // The cells are written: hiding the record is a courtesy, and its failure does not undo the run.
  await Excel.run(WAIT_FOR_CELL_EDIT, (context) => hideSheets(context, hidden)).catch((error) =>
    console.warn('Shinchoku: the restore sheet was not hidden', errorCode(error)),
  );
}

/** The live workbook for the use cases: the task pane and the ribbon commands both use this. */
export function createOfficeWorkbookPort(options: OfficeWorkbookPortOptions = {}): WorkbookPort {
  const budget = options.budgetBytes ?? SYNC_BUDGET_BYTES;
  const { timeLimit } = options;
  const clock = timeLimit?.now ?? Date.now;
  const lastRead: ReadMeasure = { ms: 0, bytes: 0 };
  return {
    read: (scope) =>
      Excel.run(WAIT_FOR_CELL_EDIT, async (context) => {
        const started = clock();
        const grid = await readLiveWorkbook(context, budget, lastRead, (tops) => sheetsToRead(scope, tops));
        lastRead.ms = clock() - started;
        return grid;
      }),
    write: (changes) => writeChanges(changes, budget, timeLimit && ((bytes) => assertWithinLimit(timeLimit, lastRead, bytes))),
    select: (sheet, row, col) =>
      Excel.run(WAIT_FOR_CELL_EDIT, async (context) => {
        const worksheet = context.workbook.worksheets.getItem(sheet);
        worksheet.activate();
        worksheet.getRangeByIndexes(row, col, 1, 1).select();
        await context.sync();
      }),
    activate: (sheet) =>
      Excel.run(WAIT_FOR_CELL_EDIT, async (context) => {
        context.workbook.worksheets.getItem(sheet).activate();
        await context.sync();
      }),
  };
}
