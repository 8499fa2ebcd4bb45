/**
 * Every sentence Shinchoku shows a person, Japanese first, English second. Checks, the command
 * line and the task pane all take their text from here. Why a file cannot be opened (the command
 * line and the playground) is in file-messages.ts and the playground's own words in
 * playground-messages.ts: beside this table, not in it, so the add-in's bundles don't carry them.
 */
import { commandMessages } from './command-messages';
import { compareMessages } from './compare-messages';
import { fiscalYearJa } from '../values/parse-fiscal-year';
import { entry, sentence, type Entry, type EntryParams, type LocalizedText, type Param, type ParamArgs } from './entry';
import { hostMessages } from './host-messages';
import { safetyMessages } from './safety-messages';
import { trendMessages } from './trend-messages';
import { uiMessages } from './ui-messages';

export type { LocalizedText } from './entry';

const catalogue = {
  ...uiMessages,
  ...commandMessages,
  ...safetyMessages,
  ...hostMessages,
  ...trendMessages,
  ...compareMessages,
  // Grading
  NOT_GRADED_MERGED: { ja: () => '統合事業', en: () => 'merged project' },
  NOT_GRADED_TALLYING: { ja: () => '集計中', en: () => 'being tallied' },
  NOT_GRADED_BIENNIAL: { ja: () => '隔年事業', en: () => 'biennial' },
  NOT_GRADED_NO_TARGET: { ja: () => '年度の目標値なし', en: () => 'no target for the year' },
  NOT_GRADED_NO_ACTUAL: { ja: () => '実績値未入力', en: () => 'no actual yet' },
  NOT_GRADED_INVALID: { ja: () => '入力に誤りあり（検証結果を参照）', en: () => 'input error (see validation)' },
  NOT_GRADED_ENDED: { ja: () => '事業終了', en: () => 'project ended' },
  NOT_GRADED_OTHER: { ja: () => 'その他', en: () => 'other' },
  // Summary sheet
  SUMMARY_TITLE: entry<{ year: number }>({
    ja: (p) => `${fiscalYearJa(p.year)}進捗評価の集計`,
    en: (p) => `FY${p.year} progress evaluation summary`,
  }),
  SUMMARY_ITEM: { ja: () => '項目', en: () => 'Item' },
  SUMMARY_GRADES: { ja: () => '評価値', en: () => 'Grade' },
  SUMMARY_TOTAL: { ja: () => '計', en: () => 'Total' },
  SUMMARY_SHARE: { ja: () => '割合', en: () => 'Share' },
  SUMMARY_CHANGE: { ja: () => '増減', en: () => 'Change' },
  SUMMARY_PROJECTS: entry<{ n: Param }>({ ja: (p) => `【${p.n}事業】`, en: (p) => `[${p.n} projects]` }),
  SUMMARY_FAVORABLE: entry<{ labels: Param; count: Param; percent: Param }>({
    ja: (p) => `比較的順調（${p.labels}）: ${p.count}項目 ${p.percent}%`,
    en: (p) => `Relatively on track (${p.labels}): ${p.count} items ${p.percent}%`,
  }),
  SUMMARY_PREVIOUS: entry<{ year: Param; count: Param; percent: Param; change: Param }>({
    ja: (p) => `前年度（${p.year}年度）: ${p.count}項目 ${p.percent}% → ${p.change}`,
    en: (p) => `Previous year (FY${p.year}): ${p.count} items ${p.percent}% → ${p.change}`,
  }),
  SUMMARY_CHANGE_UP: entry<{ n: Param }>({ ja: (p) => `${p.n}項目増加`, en: (p) => `up ${p.n} items` }),
  SUMMARY_CHANGE_DOWN: entry<{ n: Param }>({ ja: (p) => `${p.n}項目減少`, en: (p) => `down ${p.n} items` }),
  SUMMARY_CHANGE_SAME: { ja: () => '増減なし', en: () => 'no change' },
  // Fiscal years asked for (--year, the pane's year)
  YEAR_UNREADABLE: entry<{ requested: Param }>({
    ja: (p) => `年度「${p.requested}」を読めません。2024、2024年度、R6、令和6年度のいずれかで指定してください。`,
    en: (p) => `Cannot read year "${p.requested}". Use 2024, 2024年度, R6 or 令和6年度.`,
  }),
  YEAR_NOT_IN_WORKBOOK: entry<{ year: number; years: readonly number[] }>({
    ja: (p) =>
      `${fiscalYearJa(p.year)}の目標値・実績値の列（または行）がブックにありません（あるのは ${p.years.map(fiscalYearJa).join('、')}）。`,
    en: (p) => `The workbook has no target/actual columns (or rows) for FY${p.year}; it has ${p.years.map((y) => `FY${y}`).join(', ')}.`,
  }),
  YEAR_NONE_WITH_ACTUALS: {
    ja: () => '実績値の入った年度が見つかりません。評価する年度を指定してください。',
    en: () => 'No year with actuals found: choose the year to grade.',
  },
  GRADE_NO_ACTUALS: entry<{ year: number }>({
    ja: (p) =>
      `成果指標の表に${p.year}年度の実績値の列がないため、評価するものがありません（計画段階の表として読みました）。実績値の列（例: ${p.year}年度実績値）を加えてから評価してください。`,
    en: (p) =>
      `The indicator table has no actual column for FY${p.year}, so there is nothing to grade (read as a plan-stage table). Add one (e.g. ${p.year}年度実績値) first.`,
  }),
  // Columns Grade adds when a table has none (the sheet's own language: Japanese)
  COLUMN_GRADE: entry<{ year: number | null }>({
    ja: (p) => `${p.year === null ? '' : `${p.year}年度`}進捗評価`,
    en: (p) => `${p.year === null ? '' : `FY${p.year} `}grade`,
  }),
  COLUMN_RATE: entry<{ year: number | null }>({
    ja: (p) => `${p.year === null ? '' : `${p.year}年度`}達成率`,
    en: (p) => `${p.year === null ? '' : `FY${p.year} `}achievement rate`,
  }),
  COLUMN_INSERTED: entry<{ sheet: Param; column: Param; header: Param; count: number }>({
    ja: (p) => `シート「${p.sheet}」の${p.column}列に「${p.header}」の列を挿入しました（右にあった列は${p.count}列右へ移りました）。`,
    en: (p) =>
      `Inserted the column 「${p.header}」 as column ${p.column} of sheet 「${p.sheet}」 (the columns right of it moved ${p.count === 1 ? 'one column' : `${p.count} columns`} to the right).`,
  }),
  COLUMN_INSERT_REFUSED: entry<{ sheet: Param; why: Param }>({
    ja: (p) =>
      `シート「${p.sheet}」には${p.why}があり、ファイルのままでは列を安全に挿入できないため、新しい列は表の右端に追加しました（Excel のアドインでは年度の列の隣に挿入します）。`,
    en: (p) =>
      `Sheet 「${p.sheet}」 holds ${p.why}, which the file path cannot shift safely: the new column went to the table's right edge (the Excel add-in inserts it beside the year's columns).`,
  }),
  INSERT_BLOCKER_TABLE: { ja: () => 'テーブル', en: () => 'a table' },
  INSERT_BLOCKER_COMMENTS: { ja: () => 'メモ（コメント）', en: () => 'notes (comments)' },
  INSERT_BLOCKER_DRAWING: { ja: () => '図形・画像・グラフ', en: () => 'shapes, pictures or charts' },
  INSERT_BLOCKER_EXTENSION: { ja: () => '拡張の条件付き書式・入力規則', en: () => 'extended conditional formats or validations' },
  INSERT_BLOCKER_SHARED_FORMULA: { ja: () => '横方向にコピーされた数式', en: () => 'formulas copied across columns' },
  INSERT_BLOCKER_PAGE_BREAKS: { ja: () => '列の改ページ', en: () => 'column page breaks' },
  INSERT_BLOCKER_FILTER: { ja: () => '新しい列をまたぐオートフィルター', en: () => 'an autofilter across the new column' },
  INSERT_BLOCKER_PIVOT: { ja: () => 'このシートを元にしたピボットテーブル', en: () => 'a pivot table built on it' },
  INSERT_BLOCKER_CHART: { ja: () => 'このシートのセルを参照するグラフ', en: () => 'a chart reading its cells' },
  SUMMARY_DASH_REASONS: entry<{ label: Param; n: number; reasons: Param }>({
    ja: (p) => `「${p.label}」${p.n}項目の内訳: ${p.reasons}`,
    en: (p) => `The ${p.n} "${p.label}" items: ${p.reasons}`,
  }),
  SUMMARY_DASH_REASON: entry<{ reason: Param; n: number }>({ ja: (p) => `${p.reason} ${p.n}`, en: (p) => `${p.reason} ${p.n}` }),
  SUMMARY_PREVIOUS_NO_RESULTS: entry<{ year: number }>({
    ja: (p) => `${fiscalYearJa(p.year)}は実績値・進捗評価が入力されていないため、比較していません。`,
    en: (p) => `FY${p.year} has no actuals or grades in the workbook, so there is no comparison.`,
  }),
  SUMMARY_TYPED_GRADES: entry<{ n: number }>({
    ja: (p) => `入力済みの進捗評価のとおり集計した項目（計算結果と異なる）: ${p.n}項目`,
    en: (p) => `${p.n} items counted as their typed grade, which differs from the computed one:`,
  }),
  SUMMARY_TYPED_GRADE: entry<{ address: Param; no: number; indicator: Param; typed: Param; computed: Param }>({
    ja: (p) => `${p.address} 事業${p.no}「${p.indicator}」: ${p.typed}（計算結果 ${p.computed}）`,
    en: (p) => `${p.address} project ${p.no} "${p.indicator}": ${p.typed} (computed ${p.computed})`,
  }),
  SUMMARY_DRAFT_TITLE: entry<{ errors: number; title: Param }>({
    ja: (p) => `【暫定・検証エラー${p.errors}件】${p.title}`,
    en: (p) => `[Draft: ${p.errors} validation errors] ${p.title}`,
  }),
  SUMMARY_ROLE_INDICATORS: { ja: () => '役割ごとの成果指標', en: () => 'Indicators by role' },
  SUMMARY_ROLE_LINE: entry<{ role: Param; indicator: Param; actual: Param; target: Param; grade: Param }>({
    ja: (p) => `${p.role} ${p.indicator}: 実績値 ${p.actual} / 目標値 ${p.target} → ${p.grade}`,
    en: (p) => `${p.role} ${p.indicator}: actual ${p.actual} / target ${p.target} → ${p.grade}`,
  }),
  SUMMARY_ROLE_GRADE: entry<{ label: Param; note: Param }>({ ja: (p) => `${p.label}（${p.note}）`, en: (p) => `${p.label} (${p.note})` }),
  SUMMARY_ROLE_COMPUTED: entry<{ computed: Param }>({ ja: (p) => `計算結果 ${p.computed}`, en: (p) => `computed ${p.computed}` }),
  SUMMARY_TOWNS: { ja: () => '市町村別（参加する事業）', en: () => 'By municipality (the projects it takes part in)' },
  SUMMARY_TOWN_ROW: entry<{ town: Param; projects: Param }>({
    ja: (p) => `${p.town}【${p.projects}事業】`,
    en: (p) => `${p.town} [${p.projects} projects]`,
  }),
  SUMMARY_TOWN_LINE: entry<{
    town: Param;
    projects: Param;
    items: Param;
    counts: Param;
    labels: Param;
    favorable: Param;
    percent: Param;
  }>({
    ja: (p) => `${p.town}【${p.projects}事業】${p.items}項目: ${p.counts} / 比較的順調（${p.labels}） ${p.favorable}項目 ${p.percent}%`,
    en: (p) =>
      `${p.town} [${p.projects} projects] ${p.items} items: ${p.counts} / on track (${p.labels}) ${p.favorable} items ${p.percent}%`,
  }),
  SUMMARY_NOTE_ITEMS: {
    ja: () => '※成果指標を2項目設定している事業があるため、事業数と評価値の項目数は異なる場合がある。',
    en: () => 'Some projects have two indicators, so item counts can differ from project counts.',
  },
} satisfies Record<string, Entry<never>>;

export type MessageCode = keyof typeof catalogue;
/** A message's parameters as a call's argument list: none for a fixed sentence. */
export type MessageArgs<C extends MessageCode> = ParamArgs<EntryParams<(typeof catalogue)[C]>>;

/** The codes of fixed sentences: headings and labels that take no parameter. */
export type FixedMessageCode = { [C in MessageCode]: MessageArgs<C> extends [] ? C : never }[MessageCode];

/** The sentence of `code` in both languages, from exactly the parameters it names. */
export function message<C extends MessageCode>(code: C, ...params: MessageArgs<C>): LocalizedText {
  return sentence(catalogue, code, ...params);
}
