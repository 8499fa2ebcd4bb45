import { fiscalYearJa } from '../values/parse-fiscal-year';
import { entry, sentence, type Entry, type LocalizedText, type Param, type ParamArgs, type EntryParams } from './entry';

const USAGE = `shinchoku — 成果指標の進捗評価 / KPI progress evaluation

使い方 / Usage:
  shinchoku validate BOOK.xlsx [--year Y] [--json]
  shinchoku grade    BOOK.xlsx [--year Y] [-o OUT.xlsx] [--overwrite] [--json] [--changes LIST.csv]
  shinchoku summary  BOOK.xlsx [--year Y] [--previous Y2] [-o OUT.xlsx] [--json] [--draft]
  shinchoku boxes    BOOK.xlsx [--year Y] [-o OUT.xlsx]
  shinchoku trend    BOOK.xlsx [--from Y] [--to Y2] [-o OUT.xlsx] [--json]
  shinchoku restore  BOOK.xlsx [-o OUT.xlsx] [--overwrite]
  shinchoku compare  OLD.xlsx NEW.xlsx [-o OUT.xlsx] [--json] [--draft]
  shinchoku demo     [DIR]
  shinchoku template OUT.xlsx [--from Y] [--to Y2]

  --year       2024 / 2024年度 / R6 / 令和6年度（省略時: 実績値のある最新年度 / default: latest year with actuals）
  --changes    grade: 変更したすべてのセルを CSV に保存 / every changed cell as CSV
  --from/--to  trend: 推移の最初と最後の年度（省略時: ブックにある年度）/ first and last year (default: the workbook's)
               template: ビジョンの最初と最後の年度（省略時: 2020～2024）/ the vision's first and last year
  --policy     評価基準の JSON ファイル / grading policy JSON (thresholds and labels)
  --overwrite  入力済みの値・数式も上書きする / replace typed values and formulas
               restore: 書き込み後の変更も破棄して元に戻す / restore even over later changes
  --draft      summary, compare: 検証エラーがあっても暫定版を作成 / build a draft over validation errors
  --lang en    英語で表示 / English output
終了コード / exit codes: 0 成功 ok, 1 検証エラーあり validation errors, 2 使い方・ファイルの誤り usage or file error
`;

/**
 * The command line's own words (part of the one catalogue, kept beside catalogue.ts so the add-in's
 * bundles do not carry them). The usage text is bilingual as a whole: it is shown before a language is known.
 */
export const cliMessages = {
  CLI_BOXES_SAVED: entry<{ sheet: Param; out: Param }>({
    ja: (p) => `事業別の「${p.sheet}」シートを ${p.out} に保存しました。`,
    en: (p) => `The per-project sheet "${p.sheet}" saved to ${p.out}.`,
  }),
  CLI_SHEET_SAVED: entry<{ sheet: Param; out: Param }>({
    ja: (p) => `「${p.sheet}」シートを ${p.out} に保存しました。`,
    en: (p) => `Saved the ${p.sheet} sheet to ${p.out}.`,
  }),
  CLI_TREND_STOPPED: entry<{ n: Param }>({
    ja: (p) =>
      `推移に載せる年度のデータに検証エラーが ${p.n}件あるため、推移のシートを作成していません。上の一覧のセルを直してから、もう一度実行してください。`,
    en: (p) =>
      `The years of the trend have ${p.n} validation errors, so no trend sheet was built. Fix the cells listed above and run it again.`,
  }),
  CLI_RESTORE_OVERWRITE_HINT: {
    ja: () => '--overwrite を付けると、これらの変更を破棄して元に戻します。',
    en: () => 'Add --overwrite to discard those changes and restore.',
  },
  CLI_USAGE: {
    ja: () => USAGE,
    en: () => USAGE,
  },
  CLI_USAGE_ERROR: entry<{ detail: Param }>({
    ja: (p) => `使い方が正しくありません / Usage error: ${p.detail}`,
    en: (p) => `使い方が正しくありません / Usage error: ${p.detail}`,
  }),
  CLI_UNEXPECTED: entry<{ detail: Param }>({
    ja: (p) => `予期しないエラー / Unexpected error: ${p.detail}`,
    en: (p) => `予期しないエラー / Unexpected error: ${p.detail}`,
  }),
  CLI_UNKNOWN_COMMAND: entry<{ command: Param }>({
    ja: (p) => `コマンド「${p.command}」はありません。`,
    en: (p) => `Unknown command "${p.command}".`,
  }),
  CLI_TWO_BOOKS_REQUIRED: entry<{ command: Param }>({
    ja: (p) => `${p.command} には比べる2つの .xlsx ファイル（旧・新の順）を指定してください。`,
    en: (p) => `${p.command} needs two .xlsx files, the old register first.`,
  }),
  CLI_BOOK_REQUIRED: entry<{ command: Param }>({
    ja: (p) => `${p.command} には .xlsx ファイルを指定してください。`,
    en: (p) => `${p.command} needs an .xlsx file.`,
  }),
  CLI_POLICY_NOT_FOUND: entry<{ path: Param }>({
    ja: (p) => `評価基準ファイル ${p.path} が見つかりません。`,
    en: (p) => `Policy file not found: ${p.path}`,
  }),
  CLI_POLICY_NOT_JSON: entry<{ path: Param }>({
    ja: (p) => `評価基準ファイル ${p.path} は JSON として読めません。`,
    en: (p) => `Policy file ${p.path} is not valid JSON.`,
  }),
  CLI_POLICY_INVALID: entry<{ path: Param; detail: Param }>({
    ja: (p) => `評価基準ファイル ${p.path} の内容が正しくありません: ${p.detail}`,
    en: (p) => `Policy file ${p.path} is invalid: ${p.detail}`,
  }),
  CLI_FILE_NOT_FOUND: entry<{ path: Param }>({
    ja: (p) => `ファイル ${p.path} が見つかりません。`,
    en: (p) => `File not found: ${p.path}`,
  }),
  CLI_FILE_IS_FOLDER: entry<{ path: Param }>({
    ja: (p) => `${p.path} はフォルダです。.xlsx ファイルを指定してください。`,
    en: (p) => `${p.path} is a folder; give an .xlsx file.`,
  }),
  CLI_OUTPUT_IS_INPUT: entry<{ path: Param }>({
    ja: (p) => `出力先 ${p.path} が入力ファイルと同じです。入力は変更しません。別の -o を指定してください。`,
    en: (p) => `Output ${p.path} is the input file; the input is never modified. Choose another -o.`,
  }),
  CLI_SEVERITY_ERROR: { ja: () => 'エラー', en: () => 'error' },
  CLI_SEVERITY_WARNING: { ja: () => '警告', en: () => 'warning' },
  CLI_WARNINGS_FOLDED: entry<{ code: Param; n: Param; title: Param; cells: Param }>({
    ja: (p) => `${p.title}（${p.code}）${p.n}件: ${p.cells} …（全件は shinchoku validate）`,
    en: (p) => `${p.title} (${p.code}), ${p.n}: ${p.cells} … (all of them: shinchoku validate)`,
  }),
  CLI_ISSUE_COUNTS: entry<{ errors: number; warnings: number }>({
    ja: (p) => `エラー ${p.errors}件 / 警告 ${p.warnings}件`,
    en: (p) => `${p.errors} errors / ${p.warnings} warnings`,
  }),
  CLI_BLANK: { ja: () => '（空欄）', en: () => '(blank)' },
  CLI_CHANGED: entry<{ n: number }>({ ja: (p) => `変更したセル ${p.n}件:`, en: (p) => `${p.n} cells changed:` }),
  CLI_KEPT: entry<{ n: number }>({
    ja: (p) => `上書きしなかったセル ${p.n}件（入力済みの値・数式。上書きするには --overwrite）:`,
    en: (p) => `${p.n} cells left alone (typed values and formulas are kept; --overwrite to replace):`,
  }),
  CLI_PROGRESS_READING: { ja: () => 'ブックを読み込んでいます…', en: () => 'Reading the workbook…' },
  CLI_PROGRESS_WORKING: { ja: () => '検証・計算しています…', en: () => 'Checking and computing…' },
  CLI_PROGRESS_WRITING: { ja: () => 'ブックを書き出しています…', en: () => 'Writing the workbook…' },
  CLI_MORE: entry<{ n: Param }>({ ja: (p) => `…ほか ${p.n}件`, en: (p) => `… and ${p.n} more` }),
  CLI_FULL_LIST: {
    ja: () => '全件の一覧は --changes 一覧.csv（Excel で開ける CSV）または --json で出力できます。',
    en: () => 'For the full list, add --changes list.csv (a CSV Excel opens) or --json.',
  },
  CLI_CHANGES_CSV_HEADER: { ja: () => 'セル,種類,変更前,変更後,結果,理由', en: () => 'Cell,Kind,Before,After,Result,Reason' },
  CLI_CHANGES_WRITTEN: { ja: () => '更新', en: () => 'written' },
  CLI_CHANGES_KEPT: { ja: () => '上書きしなかった', en: () => 'kept' },
  CLI_CHANGES_SAVED: entry<{ path: Param; n: Param }>({
    ja: (p) => `変更したセルの一覧（${p.n}件）を ${p.path} に保存しました。`,
    en: (p) => `The list of ${p.n} cells is saved to ${p.path}.`,
  }),
  CLI_KEPT_FORMULA: entry<{ formula: Param }>({ ja: (p) => `数式 ${p.formula}`, en: (p) => `formula ${p.formula}` }),
  CLI_KEPT_TYPED: { ja: () => '入力済み', en: () => 'typed value' },
  CLI_GRADE_SAVED: entry<{ year: number; out: Param }>({
    ja: (p) => `${fiscalYearJa(p.year)}の評価を ${p.out} に保存しました。`,
    en: (p) => `FY${p.year} grades saved to ${p.out}.`,
  }),
  CLI_UNDO_HINT: entry<{ out: Param }>({
    ja: (p) => `元に戻すには: shinchoku restore ${p.out}`,
    en: (p) => `To undo: shinchoku restore ${p.out}`,
  }),
  CLI_SUMMARY_SAVED: entry<{ sheet: Param; out: Param }>({
    ja: (p) => `集計シート「${p.sheet}」を ${p.out} に保存しました。`,
    en: (p) => `Summary sheet "${p.sheet}" saved to ${p.out}.`,
  }),
  CLI_GRADE_ERRORS_LEFT: entry<{ year: number; n: number }>({
    ja: (p) =>
      `${fiscalYearJa(p.year)}のデータに検証エラーが ${p.n}件あります。エラーのある行の進捗評価・達成率は書き込んでいません（上の一覧のセルを直してから、もう一度評価してください）。`,
    en: (p) =>
      `FY${p.year} has ${p.n} validation errors; the rows they are in were not graded (fix the cells listed above, then grade again).`,
  }),
  CLI_SUMMARY_STOPPED: entry<{ year: number; n: number }>({
    ja: (p) =>
      `${fiscalYearJa(p.year)}の集計に使うデータ（比較する年度を含む）に検証エラーが ${p.n}件あるため、集計シートを作成していません。上の一覧のセルを直してください。暫定版を作るには --draft を付けてください（タイトルに「暫定」とエラー件数が入ります）。`,
    en: (p) =>
      `The data of the FY${p.year} summary (its comparison year included) has ${p.n} validation errors, so no summary sheet was built. Fix the cells listed above, or add --draft for a draft (its title says so, with the number of errors).`,
  }),
  CLI_SUMMARY_DRAFT: entry<{ n: number }>({
    ja: (p) => `暫定版: 検証エラー ${p.n}件を含むデータから集計しました（シートのタイトルに明記）。`,
    en: (p) => `Draft: summarised over ${p.n} validation errors (the sheet's title says so).`,
  }),
  CLI_TEMPLATE_SAVED: entry<{ out: Param }>({ ja: (p) => `ひな形を ${p.out} に保存しました。`, en: (p) => `Template saved to ${p.out}.` }),
  CLI_DEMO_SAMPLE: entry<{ path: Param }>({ ja: (p) => `サンプルブック: ${p.path}`, en: (p) => `Sample workbook: ${p.path}` }),
  CLI_DEMO_VALIDATE: { ja: () => '■ 検証', en: () => '■ Validate' },
  CLI_DEMO_GRADE: entry<{ year: number; n: number; path: Param }>({
    ja: (p) => `■ 評価（${fiscalYearJa(p.year)}）: ${p.n}セルを更新 → ${p.path}`,
    en: (p) => `■ Grade (FY${p.year}): ${p.n} cells → ${p.path}`,
  }),
  CLI_DEMO_SUMMARY: entry<{ path: Param }>({ ja: (p) => `■ 集計 → ${p.path}`, en: (p) => `■ Summary → ${p.path}` }),
  CLI_DEMO_REPORTS: entry<{ path: Param }>({
    ja: (p) => `■ 進捗評価の推移（グラフ付き）と事業別評価 → ${p.path}`,
    en: (p) => `■ Grades over the years (with a chart) and grades by project → ${p.path}`,
  }),
  CLI_DEMO_COMPARE: entry<{ plan: Param; path: Param }>({
    ja: (p) => `■ 令和8年度の事業一覧（案） ${p.plan} と比べた変更点 → ${p.path}`,
    en: (p) => `■ Changes against the FY2026 project list ${p.plan} → ${p.path}`,
  }),
} satisfies Record<string, Entry<never>>;

export type CliMessageCode = keyof typeof cliMessages;

export function cliMessage<C extends CliMessageCode>(code: C, ...params: ParamArgs<EntryParams<(typeof cliMessages)[C]>>): LocalizedText {
  return sentence(cliMessages, code, ...params);
}
