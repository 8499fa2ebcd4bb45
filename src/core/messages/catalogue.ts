/**
 * Every sentence Shinchoku shows a person, Japanese first, English second. Checks, the command
 * line and the task pane all take their text from here. Why a file cannot be opened (the command
 * line and the playground) is in file-messages.ts and the playground's own words in
 * playground-messages.ts: beside this table, not in it, so the add-in's bundles don't carry them.
 */
import { commandMessages } from './command-messages';
import type { Entry, LocalizedText, Params } from './entry';
import { safetyMessages } from './safety-messages';
import { uiMessages } from './ui-messages';

export type { LocalizedText } from './entry';

const catalogue = {
  ...uiMessages,
  ...commandMessages,
  ...safetyMessages,
  // Validation checks (stable codes: see CHECKS in validation/check-catalogue.ts).
  TABLE_NOT_FOUND: {
    ja: (p) => `${p.tableJa}が見つかりません。どのシートにも見出し「${p.headers}」を含む行がありません。`,
    en: (p) => `No ${p.tableEn} found: no sheet has a header row with "${p.headers}".`,
  },
  COLUMN_MISSING: {
    ja: (p) => `${p.tableJa}に必須の列「${p.column}」がありません（見出し行 ${p.row}行目）。`,
    en: (p) => `The ${p.tableEn} has no "${p.column}" column (header row ${p.row}).`,
  },
  PROJECT_NO_MISSING: {
    ja: (p) => `事業「${p.name}」に事業番号がありません。`,
    en: (p) => `Project "${p.name}" has no project number.`,
  },
  PROJECT_NO_INVALID: {
    ja: (p) => `事業番号「${p.raw}」を数値として読めません。半角または全角の数字だけで入力してください。`,
    en: (p) => `Project number "${p.raw}" is not a number. Use digits only.`,
  },
  PROJECT_NO_DUPLICATE: {
    ja: (p) => `事業番号 ${p.no} が重複しています（最初は ${p.first}）。`,
    en: (p) => `Project number ${p.no} is used twice (first at ${p.first}).`,
  },
  PROJECT_NAME_MISSING: {
    ja: (p) => `事業番号 ${p.no} の事業名が空欄です。`,
    en: (p) => `Project ${p.no} has no name.`,
  },
  ROLE_MISSING: {
    ja: (p) => `事業番号 ${p.no} の役割が読めません（「1 圏域全体の経済成長のけん引」のように番号から始めてください）。集計に含められません。`,
    en: (p) => `Project ${p.no} has no readable role (start it with its number, e.g. "1 …"); it cannot be summarised.`,
  },
  STATUS_INVALID: {
    ja: (p) => `事業区分「${p.raw}」は使えません。継続・新規・拡充・統合・終了のいずれかを入力してください。`,
    en: (p) => `Status "${p.raw}" is not one of 継続, 新規, 拡充, 統合, 終了.`,
  },
  MERGED_INTO_UNKNOWN: {
    ja: (p) => `統合先の事業番号 ${p.no} が事業一覧にありません。`,
    en: (p) => `The project it was merged into, number ${p.no}, is not in the project list.`,
  },
  MERGED_INTO_MISSING: {
    ja: () => `事業区分が「統合」ですが、統合先の事業番号がありません（例: NO.4に統合）。`,
    en: () => `Status is 統合 (merged) but no target project is given (e.g. NO.4に統合).`,
  },
  INDICATOR_UNKNOWN_PROJECT: {
    ja: (p) => `事業番号 ${p.no} は事業一覧にありません。指標「${p.name}」の事業番号を確認してください。`,
    en: (p) => `Project number ${p.no} is not in the project list (indicator "${p.name}").`,
  },
  INDICATOR_NAME_MISSING: {
    ja: (p) => `事業番号 ${p.no} の行に指標名がありません。`,
    en: (p) => `A row of project ${p.no} has no indicator name.`,
  },
  NUMBER_INVALID: {
    ja: (p) => `${p.columnJa}「${p.raw}」を数値として読めません${p.reasonJa}。`,
    en: (p) => `${p.columnEn} "${p.raw}" is not a number${p.reasonEn}.`,
  },
  YEAR_INVALID: {
    ja: (p) => `年度「${p.raw}」を読めません。2024、2024年度、R6、令和6年度のいずれかの形で入力してください。`,
    en: (p) => `Fiscal year "${p.raw}" is not readable. Write 2024, 2024年度, R6 or 令和6年度.`,
  },
  UNIT_MISMATCH: {
    ja: (p) => `実績値の単位「${p.actualUnit}」が目標値の単位「${p.targetUnit}」と合いません。評価できません。`,
    en: (p) => `The actual's unit "${p.actualUnit}" does not match the target's unit "${p.targetUnit}"; not graded.`,
  },
  TARGET_NOT_POSITIVE: {
    ja: (p) => `目標値 ${p.value} は 0 より大きくなければ達成率を計算できません。`,
    en: (p) => `Target ${p.value} must be greater than 0 to compute an achievement rate.`,
  },
  GRADE_INVALID: {
    ja: (p) => `進捗評価「${p.raw}」は使えません。${p.labels} のいずれかを入力してください。`,
    en: (p) => `Grade "${p.raw}" is not one of ${p.labels}.`,
  },
  GRADE_LOOKALIKE: {
    ja: (p) => `進捗評価「${p.raw}」に英字に似た別の文字（全角・キリル文字など）が使われています。「${p.label}」として読みました。`,
    en: (p) => `Grade "${p.raw}" uses a look-alike character (full-width or Cyrillic); read as "${p.label}".`,
  },
  GRADE_DIFFERS: {
    ja: (p) => `入力済みの進捗評価「${p.entered}」は、計算結果「${p.computed}」（達成率 ${p.rate}）と異なります。`,
    en: (p) => `The entered grade "${p.entered}" differs from the computed "${p.computed}" (rate ${p.rate}).`,
  },
  RESULT_DUPLICATE: {
    ja: (p) => `指標「${p.name}」の ${p.year}年度 の行が重複しています（最初は ${p.first}）。`,
    en: (p) => `Indicator "${p.name}" has two rows for FY${p.year} (first at ${p.first}).`,
  },
  BUDGET_TOTAL_MISMATCH: {
    ja: (p) => `事業費の計 ${p.total} が各年度の合計 ${p.sum} と一致しません（差 ${p.diff}）。`,
    en: (p) => `Budget total ${p.total} differs from the sum of its years, ${p.sum} (difference ${p.diff}).`,
  },
  GROUP_COUNT_MISMATCH: {
    ja: (p) => `見出し「${p.heading}」の事業数 ${p.stated} が、その下の事業数 ${p.actual} と一致しません。`,
    en: (p) => `Heading "${p.heading}" states ${p.stated} projects, but ${p.actual} are listed under it.`,
  },
  PARTICIPATION_INVALID: {
    ja: (p) => `参加欄「${p.raw}」は ○ か空欄で入力してください。`,
    en: (p) => `Participation "${p.raw}" should be ○ or blank.`,
  },
  // Grading
  NOT_GRADED_MERGED: { ja: () => '統合事業', en: () => 'merged project' },
  NOT_GRADED_TALLYING: { ja: () => '集計中', en: () => 'being tallied' },
  NOT_GRADED_BIENNIAL: { ja: () => '隔年事業', en: () => 'biennial' },
  NOT_GRADED_NO_TARGET: { ja: () => '年度の目標値なし', en: () => 'no target for the year' },
  NOT_GRADED_NO_ACTUAL: { ja: () => '実績値未入力', en: () => 'no actual yet' },
  NOT_GRADED_INVALID: { ja: () => '入力に誤りあり（検証結果を参照）', en: () => 'input error (see validation)' },
  NOT_GRADED_ENDED: { ja: () => '事業終了', en: () => 'project ended' },
  // Summary sheet
  SUMMARY_TITLE: {
    ja: (p) => `${p.era}（${p.year}年度）進捗評価の集計`,
    en: (p) => `FY${p.year} progress evaluation summary`,
  },
  SUMMARY_ITEM: { ja: () => '項目', en: () => 'Item' },
  SUMMARY_GRADES: { ja: () => '評価値', en: () => 'Grade' },
  SUMMARY_TOTAL: { ja: () => '計', en: () => 'Total' },
  SUMMARY_PROJECTS: { ja: (p) => `【${p.n}事業】`, en: (p) => `[${p.n} projects]` },
  SUMMARY_FAVORABLE: {
    ja: (p) => `比較的順調（${p.labels}）: ${p.count}項目 ${p.percent}%`,
    en: (p) => `Relatively on track (${p.labels}): ${p.count} items ${p.percent}%`,
  },
  SUMMARY_PREVIOUS: {
    ja: (p) => `前年度（${p.year}年度）: ${p.count}項目 ${p.percent}% → ${p.change}`,
    en: (p) => `Previous year (FY${p.year}): ${p.count} items ${p.percent}% → ${p.change}`,
  },
  SUMMARY_CHANGE_UP: { ja: (p) => `${p.n}項目増加`, en: (p) => `up ${p.n} items` },
  SUMMARY_CHANGE_DOWN: { ja: (p) => `${p.n}項目減少`, en: (p) => `down ${p.n} items` },
  SUMMARY_CHANGE_SAME: { ja: () => '増減なし', en: () => 'no change' },
  SUMMARY_NOTE_ITEMS: {
    ja: () => '※成果指標を2項目設定している事業があるため、事業数と評価値の項目数は異なる場合がある。',
    en: () => 'Some projects have two indicators, so item counts can differ from project counts.',
  },
} satisfies Record<string, Entry>;

export type MessageCode = keyof typeof catalogue;

export function message(code: MessageCode, params: Params = {}): LocalizedText {
  const entry: Entry = catalogue[code];
  return { ja: entry.ja(params), en: entry.en(params) };
}
