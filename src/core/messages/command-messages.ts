import type { Entry } from './entry';

/** What the ribbon buttons report in a notification (part of the one catalogue in catalogue.ts). */
export const commandMessages = {
  COMMAND_VALIDATE_DONE: {
    ja: (p) => `検証しました: エラー ${p.errors}件 / 警告 ${p.warnings}件`,
    en: (p) => `Validated: ${p.errors} errors / ${p.warnings} warnings`,
  },
  COMMAND_GRADE_DONE: {
    ja: (p) => `${p.year}年度の評価を書き込みました: ${p.changed}セルを更新、入力済みのため保護 ${p.skipped}セル`,
    en: (p) => `FY${p.year} graded: ${p.changed} cells updated, ${p.skipped} typed cells kept`,
  },
  COMMAND_SUMMARY_DONE: {
    ja: (p) => `「${p.sheet}」シートを作成しました: 比較的順調 ${p.count}項目 ${p.percent}%`,
    en: (p) => `Sheet "${p.sheet}" built: ${p.count} items ${p.percent}% relatively on track`,
  },
  COMMAND_FAILED: {
    ja: (p) => `処理できませんでした: ${p.reason}`,
    en: (p) => `Could not finish: ${p.reason}`,
  },
} satisfies Record<string, Entry>;
