import { fiscalYearJa } from '../values/parse-fiscal-year';
import { entry, type Entry, type Param } from './entry';

/** What the ribbon buttons report in a notification (part of the one catalogue in catalogue.ts). */
export const commandMessages = {
  COMMAND_VALIDATE_DONE: entry<{ errors: Param; warnings: Param }>({
    ja: (p) => `検証しました: エラー ${p.errors}件 / 警告 ${p.warnings}件`,
    en: (p) => `Validated: ${p.errors} errors / ${p.warnings} warnings`,
  }),
  COMMAND_GRADE_DONE: entry<{ year: number; changed: Param; skipped: Param }>({
    ja: (p) =>
      `${fiscalYearJa(p.year)}の評価を書き込みました: ${p.changed}セルを更新` +
      (Number(p.skipped) > 0 ? `、入力済みのため上書きしなかったセル ${p.skipped}` : ''),
    en: (p) => `FY${p.year} graded: ${p.changed} cells updated` + (Number(p.skipped) > 0 ? `, ${p.skipped} typed cells kept` : ''),
  }),
  COMMAND_SUMMARY_DONE: entry<{ sheet: Param; count: Param; percent: Param }>({
    ja: (p) => `「${p.sheet}」シートを作成しました: 比較的順調 ${p.count}項目 ${p.percent}%`,
    en: (p) => `Sheet "${p.sheet}" built: ${p.count} items ${p.percent}% relatively on track`,
  }),
  COMMAND_BOXES_DONE: entry<{ sheet: Param; year: number }>({
    ja: (p) => `「${p.sheet}」シート（${fiscalYearJa(p.year)}）を作成しました。`,
    en: (p) => `Sheet "${p.sheet}" (FY${p.year}) built.`,
  }),
  COMMAND_BOXES_STOPPED: entry<{ year: number; n: Param }>({
    ja: (p) => `${fiscalYearJa(p.year)}のデータに検証エラーが ${p.n}件あるため、事業別評価のシートを作成していません。`,
    en: (p) => `FY${p.year} has ${p.n} validation errors, so no per-project sheet was built.`,
  }),
  COMMAND_TREND_DONE: entry<{ sheet: Param; years: Param; percent: Param }>({
    ja: (p) => `「${p.sheet}」シートを作成しました: ${p.years}年度分、最終年度の比較的順調 ${p.percent}%`,
    en: (p) => `Sheet "${p.sheet}" built: ${p.years} years, ${p.percent}% relatively on track in the last`,
  }),
  COMMAND_TREND_STOPPED: entry<{ n: Param }>({
    ja: (p) => `推移に載せる年度のデータに検証エラーが ${p.n}件あるため、推移のシートを作成していません。`,
    en: (p) => `The years of the trend have ${p.n} validation errors, so no trend sheet was built.`,
  }),
  COMMAND_SUMMARY_STOPPED: entry<{ year: number; n: number }>({
    ja: (p) =>
      `${fiscalYearJa(p.year)}の集計に使うデータ（比較する年度を含む）に検証エラーが ${p.n}件あるため、集計シートを作成していません。`,
    en: (p) =>
      `The data of the FY${p.year} summary (its comparison year included) has ${p.n} validation errors, so no summary sheet was built.`,
  }),
  COMMAND_GRADE_ERRORS_LEFT: entry<{ n: number }>({
    ja: (p) => `検証エラー ${p.n}件のある行は評価していません。`,
    en: (p) => `The rows of ${p.n} validation errors were not graded.`,
  }),
  COMMAND_RESTORE_SEE_PANE: {
    ja: () => '作業ウィンドウ「進捗評価」の［実行前に戻す］で、変更されたセルを確認してから元に戻せます。',
    en: () => 'Open the Progress evaluation pane and choose Restore to review those cells and restore over them.',
  },
  COMMAND_TOO_LONG: entry<{ minutes: Param }>({
    ja: (p) =>
      `この処理には時間がかかる見込みです（約${p.minutes}分）。リボンのボタンは Excel によって 5 分で打ち切られるため、何も書き込まずに止めました。作業ウィンドウ「進捗評価」から実行してください。`,
    en: (p) =>
      `This run is expected to take a while (about ${p.minutes} min). Excel cuts ribbon buttons off after five minutes, so it stopped without writing anything. Run it from the Progress evaluation pane.`,
  }),
  COMMAND_FAILED: entry<{ reason: Param }>({
    ja: (p) => `処理できませんでした: ${p.reason}`,
    en: (p) => `Could not finish: ${p.reason}`,
  }),
  COMMAND_SEE_PANE: {
    ja: () => '問題の一覧とセルの位置は、作業ウィンドウ「進捗評価」の［検証］で確認できます。',
    en: () => 'Open the Progress evaluation pane and choose Validate to see each problem and its cell.',
  },
  COMMAND_NOTIFICATION_TITLE: { ja: () => '進捗評価', en: () => 'Progress evaluation' },
  COMMAND_NOTIFICATION_ERROR_TITLE: { ja: () => '進捗評価: エラー', en: () => 'Progress evaluation: error' },
  COMMAND_NOTIFICATION_CLOSE: { ja: () => '閉じる', en: () => 'Close' },
} satisfies Record<string, Entry<never>>;
