import { message, type LocalizedText } from '../core/messages/catalogue';
import type { RestorePoint } from '../core/model';
import { planRestore, type RestoreConflict } from '../core/restore/plan-restore';
import { readRestoreLog } from '../core/restore/restore-sheet';
import { qualifiedAddress } from '../core/workbook/cell-address';
import type { WorkbookChanges, WorkbookGrid } from '../core/workbook/cell-grid';
import { UsageError } from './resolve-year';
import { dateTimeJa } from '../core/values/parse-fiscal-year';

export interface RestoreOptions {
  /** Restore even where cells or sheets were changed after Shinchoku wrote them. */
  overwrite?: boolean;
}

export interface RestoreReport {
  /** The run being undone. */
  point: Pick<RestorePoint, 'id' | 'at' | 'command' | 'year'>;
  /** What to write; null when conflicts stop the restore (nothing is written then). */
  changes: WorkbookChanges | null;
  conflicts: RestoreConflict[];
  cells: number;
  sheets: number;
  /** Earlier runs that can still be restored after this one. */
  remaining: number;
}

/**
 * Undoes the latest Grade or Summary recorded in the workbook. Places changed since that run are
 * listed and, without `overwrite`, nothing is written: a restore never discards newer work silently.
 */
const RESTORE_COMMAND = {
  grade: 'RESTORE_COMMAND_GRADE',
  summary: 'RESTORE_COMMAND_SUMMARY',
  trend: 'RESTORE_COMMAND_TREND',
  boxes: 'RESTORE_COMMAND_BOXES',
  compare: 'RESTORE_COMMAND_COMPARE',
} as const;

export function restoreWorkbook(grid: WorkbookGrid, options: RestoreOptions = {}): RestoreReport {
  const log = readRestoreLog(grid);
  if (log.damaged) {
    throw new UsageError(message('RESTORE_DAMAGED', { address: qualifiedAddress(log.damaged.sheet, log.damaged.row, log.damaged.col) }));
  }
  const plan = planRestore(grid, log.points);
  if (!plan) throw new UsageError(message('RESTORE_NOTHING'));
  const { id, at, command, year } = plan.point;
  return {
    point: { id, at, command, year },
    changes: plan.conflicts.length > 0 && !options.overwrite ? null : plan.changes,
    conflicts: plan.conflicts,
    cells: plan.cells,
    sheets: plan.sheets,
    remaining: log.points.length - 1,
  };
}

/** "2026-11-24 13:05", local time: when the undone run happened, as people read it. */
/** When the run was, in each language's way: 「令和8年11月24日 13:05」, "2026-11-24 13:05". */
function restoredRunTime(at: string): { ja: string; en: string } {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return { ja: at, en: at };
  const two = (n: number) => String(n).padStart(2, '0');
  return {
    ja: dateTimeJa(d),
    en: `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`,
  };
}

/** "令和8年11月24日 13:05 の評価（令和6年度（2024年度））を元に戻しました: 60セル、シート 0件", in both languages. */
export function restoredText(report: Pick<RestoreReport, 'point' | 'cells' | 'sheets'>): LocalizedText {
  const { point, cells, sheets } = report;
  const name = message(RESTORE_COMMAND[point.command], { year: point.year });
  const at = restoredRunTime(point.at);
  return {
    ja: message('RESTORE_DONE', { at: at.ja, command: name.ja, cells, sheets }).ja,
    en: message('RESTORE_DONE', { at: at.en, command: name.en, cells, sheets }).en,
  };
}
