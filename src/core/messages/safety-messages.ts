import { fiscalYearJa } from '../values/parse-fiscal-year';
import { entry, type Entry, type Param } from './entry';

/** Safe writes and restore: what the pane and the command line say (part of the one catalogue). */
export const safetyMessages = {
  WORKBOOK_CHANGED: entry<{ cells: Param }>({
    ja: (p) =>
      `読み込んだ後にブックが変更されました（${p.cells}）。行の挿入・削除や入力が同時に行われた可能性があるため、何も書き込んでいません。もう一度実行してください。`,
    en: (p) =>
      `The workbook changed after it was read (${p.cells}). Rows may have been inserted or deleted, or cells typed, by someone else, so nothing was written. Run it again.`,
  }),
  WORKBOOK_CHANGED_CELL: entry<{ address: Param; expected: Param; actual: Param }>({
    ja: (p) => `${p.address}: 「${p.expected}」→「${p.actual}」`,
    en: (p) => `${p.address}: "${p.expected}" → "${p.actual}"`,
  }),
  WORKBOOK_CHANGED_SHEET: entry<{ sheet: Param }>({
    ja: (p) => `シート「${p.sheet}」がありません`,
    en: (p) => `sheet "${p.sheet}" is gone`,
  }),
  SUMMARY_SHEET_MARKER: {
    ja: () => 'このシートは進捗評価ツールが作成しました。［集計］を実行するたびに作り直されるため、手入力は別のシートにしてください。',
    en: () => 'Made by the progress evaluation tool and rebuilt on every Summary run: type notes on another sheet.',
  },
  /** The marker line of summary sheets built by earlier versions: still recognised as the tool's own. */
  SUMMARY_SHEET_MARKER_V1: {
    ja: () => 'このシートは進捗（Shinchoku）が作成しました。［集計］を実行するたびに作り直されるため、手入力は別のシートにしてください。',
    en: () => 'Made by Shinchoku and rebuilt on every Summary run: type notes on another sheet.',
  },
  RESTORE_SHEET_NOTE: {
    ja: () => '進捗評価ツールの［実行前に戻す］用の記録です。編集・削除しないでください。',
    en: () => 'Restore data of the progress evaluation tool. Do not edit or delete.',
  },
  RESTORE_NOTHING: {
    ja: () => '元に戻せる操作はありません（このブックに進捗の書き込み記録がありません）。',
    en: () => 'Nothing to restore: this workbook has no record of a Shinchoku write.',
  },
  RESTORE_DAMAGED: entry<{ address: Param }>({
    ja: (p) => `元に戻す記録が壊れているため読めません（${p.address}）。`,
    en: (p) => `The restore record is damaged and cannot be read (${p.address}).`,
  }),
  RESTORE_CONFLICT_CELL: {
    ja: () => '書き込み後に変更されています',
    en: () => 'changed after Shinchoku wrote it',
  },
  RESTORE_CONFLICT_SHEET: entry<{ sheet: Param }>({
    ja: (p) => `シート「${p.sheet}」は集計の後に変更されています`,
    en: (p) => `sheet "${p.sheet}" was changed after the summary was built`,
  }),
  RESTORE_CONFLICTS: entry<{ count: Param }>({
    ja: (p) => `${p.count}か所が書き込み後に変更されているため、何も元に戻していません。`,
    en: (p) => `${p.count} places changed after the tool wrote them, so nothing was restored.`,
  }),
  RESTORE_DONE: entry<{ at: Param; command: Param; cells: Param; sheets: Param }>({
    ja: (p) => `${p.at} の${p.command}を元に戻しました: ${p.cells}セル、シート ${p.sheets}件`,
    en: (p) => `Restored the ${p.command} run of ${p.at}: ${p.cells} cells, ${p.sheets} sheets`,
  }),
  RESTORE_COMMAND_GRADE: entry<{ year: number | null }>({
    ja: (p) => `評価${p.year === null ? '' : `（${fiscalYearJa(p.year)}）`}`,
    en: (p) => `grade${p.year === null ? '' : ` (FY${p.year})`}`,
  }),
  RESTORE_COMMAND_SUMMARY: entry<{ year: number | null }>({
    ja: (p) => `集計${p.year === null ? '' : `（${fiscalYearJa(p.year)}）`}`,
    en: (p) => `summary${p.year === null ? '' : ` (FY${p.year})`}`,
  }),
  RESTORE_COMMAND_BOXES: entry<{ year: number | null }>({
    ja: (p) => `事業別評価${p.year === null ? '' : `（${fiscalYearJa(p.year)}）`}`,
    en: (p) => `project boxes${p.year === null ? '' : ` (FY${p.year})`}`,
  }),
  RESTORE_COMMAND_TREND: entry<{ year: number | null }>({
    ja: (p) => `推移${p.year === null ? '' : `（${fiscalYearJa(p.year)}まで）`}`,
    en: (p) => `trend${p.year === null ? '' : ` (to FY${p.year})`}`,
  }),
} satisfies Record<string, Entry<never>>;
