import { RESTORE_SHEET_NAME } from '../core/restore/restore-sheet';
import { holdsTable } from '../core/sheets/read-workbook';
import { SUMMARY_SHEET_NAME } from '../core/summary/summary-sheet';
import { TREND_SHEET_NAME } from '../core/summary/trend-sheet';
import { PROJECT_SHEET_NAME } from '../core/summary/project-sheet';
import { CHANGES_SHEET_NAME } from '../core/compare/changes-sheet';
import type { SheetGrid } from '../core/workbook/cell-grid';

/** What a command needs from the workbook besides its tables. */
export interface ReadScope {
  /** The hidden restore record: Grade and Summary add to it. */
  restoreRecord?: boolean;
  /** Every 評価集計, 事業別評価, 進捗評価の推移 and 変更点 sheet: the commands that build them decide which is their own and save what they replace. */
  summarySheets?: boolean;
  /** Every sheet: Restore checks whatever the record names. */
  everything?: boolean;
}

export interface SheetToRead {
  name: string;
  /** Its merged areas too: they change how a table reads (a 役割 merged down its projects). */
  merges: boolean;
}

const isSummarySheet = (name: string) =>
  [SUMMARY_SHEET_NAME, PROJECT_SHEET_NAME, TREND_SHEET_NAME, CHANGES_SHEET_NAME].some((base) =>
    name.toLowerCase().startsWith(base.toLowerCase()),
  );

/**
 * The sheets to read in full, from each sheet's top rows: those holding a table, and what the scope
 * adds. When no sheet shows a table, every sheet is read, so the engine's own messages say why.
 */
export function sheetsToRead(scope: ReadScope, tops: readonly SheetGrid[]): SheetToRead[] {
  const tables = new Set(tops.filter(holdsTable).map((s) => s.name));
  if (scope.everything || tables.size === 0) return tops.map((s) => ({ name: s.name, merges: s.name !== RESTORE_SHEET_NAME }));
  return tops.flatMap((s): SheetToRead[] => {
    if (tables.has(s.name)) return [{ name: s.name, merges: true }];
    if (scope.restoreRecord && s.name === RESTORE_SHEET_NAME) return [{ name: s.name, merges: false }];
    if (scope.summarySheets && isSummarySheet(s.name)) return [{ name: s.name, merges: true }];
    return [];
  });
}
