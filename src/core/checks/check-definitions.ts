import { fiscalYearJa } from '../values/parse-fiscal-year';
import type { Severity } from '../model';
import type { Entry, LocalizedText, Param } from '../messages/entry';
import type { InvalidReason } from '../values/parse-cell-value';

/** A check: how bad it is, its short title (the pane's group heading) and its sentence. */
export interface CheckDefinition<P> {
  severity: Severity;
  title: LocalizedText;
  message: Entry<P>;
}

export type TableKind = 'project' | 'indicator';
const TABLE_NAMES: Record<TableKind, LocalizedText> = {
  project: { ja: '事業一覧の表', en: 'project table' },
  indicator: { ja: '成果指標の表', en: 'indicator table' },
};
/** The headers a table is found by. */
const TABLE_HEADERS: Record<TableKind, string> = { project: '事業番号・事業名', indicator: '事業番号・指標名' };

/** The columns whose cells must read as numbers, as a message names them. */
export type NumberColumn = 'target' | 'actual' | 'baseline' | 'finalTarget' | 'budget' | 'mergedInto';
const NUMBER_COLUMNS: Record<NumberColumn, LocalizedText> = {
  target: { ja: '目標値', en: 'Target' },
  actual: { ja: '実績値', en: 'Actual' },
  baseline: { ja: '現状値', en: 'Baseline' },
  finalTarget: { ja: '目標値', en: 'Final target' },
  budget: { ja: '事業費', en: 'Budget' },
  mergedInto: { ja: '統合先', en: 'Merged into' },
};
/** Why a value is not a number, where the cell alone does not show it. */
const INVALID_REASONS: Partial<Record<InvalidReason, LocalizedText>> = {
  'formula-error': { ja: '（数式のエラー値です）', en: ' (a formula error value)' },
  boolean: { ja: '（TRUE/FALSE は使えません）', en: ' (TRUE/FALSE is not a number)' },
};

/** Whose indicator a row is: a project's number, or a role's (「役割1」 in 番号). */
type Owner = { projectNo: number | null; roleNo: number | null };
const OWNER = {
  ja: (o: Owner) => (o.roleNo !== null ? `役割${o.roleNo}` : `事業番号 ${o.projectNo ?? ''}`),
  en: (o: Owner) => (o.roleNo !== null ? `role ${o.roleNo}` : `project ${o.projectNo ?? ''}`),
};

function check<P>(severity: Severity, title: LocalizedText, message: Entry<P>): CheckDefinition<P> {
  return { severity, title, message };
}

/**
 * Every check Shinchoku makes, by stable code: one definition each. Errors stop a value from being
 * graded or summarised; warnings point at something a person should look at.
 */
export const CHECKS = {
  /** The project or indicator table is not found by its headers. */
  TABLE_NOT_FOUND: check<{ table: TableKind }>(
    'error',
    { ja: '表が見つからない', en: 'Table not found' },
    {
      ja: (p) => `${TABLE_NAMES[p.table].ja}が見つかりません。どのシートにも見出し「${TABLE_HEADERS[p.table]}」を含む行がありません。`,
      en: (p) => `No ${TABLE_NAMES[p.table].en} found: no sheet has a header row with "${TABLE_HEADERS[p.table]}".`,
    },
  ),
  /** A project row has no project number. */
  PROJECT_NO_MISSING: check<{ name: Param }>(
    'error',
    { ja: '事業番号がない', en: 'Project number missing' },
    {
      ja: (p) => `事業「${p.name}」に事業番号がありません。`,
      en: (p) => `Project "${p.name}" has no project number.`,
    },
  ),
  /** A project number is not a whole number (e.g. "１２三"). */
  PROJECT_NO_INVALID: check<{ raw: Param }>(
    'error',
    { ja: '事業番号が数値でない', en: 'Project number not a number' },
    {
      ja: (p) => `事業番号「${p.raw}」を数値として読めません。半角または全角の数字だけで入力してください。`,
      en: (p) => `Project number "${p.raw}" is not a number. Use digits only.`,
    },
  ),
  /** Two project rows share a number. */
  PROJECT_NO_DUPLICATE: check<{ no: Param; first: Param }>(
    'error',
    { ja: '事業番号の重複', en: 'Duplicate project number' },
    {
      ja: (p) => `事業番号 ${p.no} が重複しています（最初は ${p.first}）。`,
      en: (p) => `Project number ${p.no} is used twice (first at ${p.first}).`,
    },
  ),
  /** A project row has no name. */
  PROJECT_NAME_MISSING: check<{ no: Param }>(
    'error',
    { ja: '事業名がない', en: 'Project name missing' },
    {
      ja: (p) => `事業番号 ${p.no} の事業名が空欄です。`,
      en: (p) => `Project ${p.no} has no name.`,
    },
  ),
  /** A project has no role, so it cannot be summarised. */
  ROLE_MISSING: check<{ no: Param }>(
    'error',
    { ja: '役割が読めない', en: 'Role not readable' },
    {
      ja: (p) =>
        `事業番号 ${p.no} の役割が読めません（「1 圏域全体の経済成長のけん引」のように番号から始めてください）。集計に含められません。`,
      en: (p) => `Project ${p.no} has no readable role (start it with its number, e.g. "1 …"); it cannot be summarised.`,
    },
  ),
  /** 事業区分 is not 継続/新規/拡充/統合/終了. */
  STATUS_INVALID: check<{ raw: Param }>(
    'warning',
    { ja: '事業区分が不正', en: 'Unknown status' },
    {
      ja: (p) => `事業区分「${p.raw}」は使えません。継続・新規・拡充・統合・終了のいずれかを入力してください。`,
      en: (p) => `Status "${p.raw}" is not one of 継続, 新規, 拡充, 統合, 終了.`,
    },
  ),
  /** A merged project points to a project number that does not exist. */
  MERGED_INTO_UNKNOWN: check<{ no: Param }>(
    'error',
    { ja: '統合先の事業がない', en: 'Merge target not found' },
    {
      ja: (p) => `統合先の事業番号 ${p.no} が事業一覧にありません。`,
      en: (p) => `The project it was merged into, number ${p.no}, is not in the project list.`,
    },
  ),
  /** An actual broken down by municipality does not add up to it. */
  BREAKDOWN_MISMATCH: check<{ towns: Param; sum: Param; actual: Param }>(
    'warning',
    { ja: '市町村別の内訳が実績値と合わない', en: 'Breakdown by municipality does not add up' },
    {
      ja: (p) => `市町村別の内訳（${p.towns}）の合計 ${p.sum} が、実績値 ${p.actual} と一致しません。実績値か内訳を確かめてください。`,
      en: (p) =>
        `The breakdown by municipality (${p.towns}) adds up to ${p.sum}, not the actual ${p.actual}. Check the actual or the breakdown.`,
    },
  ),
  /** A 「うち…」 breakdown by municipality is more than the actual it is part of. */
  BREAKDOWN_EXCEEDS: check<{ towns: Param; sum: Param; actual: Param }>(
    'warning',
    { ja: '市町村別の内訳が実績値を超える', en: 'Breakdown by municipality exceeds the actual' },
    {
      ja: (p) => `「うち」の内訳（${p.towns}）の合計 ${p.sum} が、実績値 ${p.actual} を超えています。`,
      en: (p) => `The "of which" breakdown (${p.towns}) adds up to ${p.sum}, more than the actual ${p.actual}.`,
    },
  ),
  /** A merged project does not say from which year, so it is taken as merged in every year. */
  MERGED_YEAR_MISSING: check<{ no: Param }>(
    'warning',
    { ja: '統合の年度がない', en: 'Merger year not given' },
    {
      ja: (p) =>
        `事業番号 ${p.no} は統合事業ですが、統合した年度がありません（統合年度・終了年度の列、または「令和3年度統合」のように事業区分に記入）。すべての年度で統合済みとして集計します。`,
      en: (p) =>
        `Project ${p.no} is merged but the year of the merger is not given (a 統合年度 or 終了年度 column, or 「令和3年度統合」 in 事業区分); it is taken as merged in every year.`,
    },
  ),
  /** A project marked 統合 does not say which project it joined. */
  MERGED_INTO_MISSING: check<void>(
    'warning',
    { ja: '統合先の指定がない', en: 'Merge target not given' },
    {
      ja: () => `事業区分が「統合」ですが、統合先の事業番号がありません（例: NO.4に統合）。`,
      en: () => `Status is 統合 (merged) but no target project is given (e.g. NO.4に統合).`,
    },
  ),
  /** A role indicator (「役割4」 in 番号) names a role the project table does not have. */
  ROLE_UNKNOWN: check<{ role: number; name: Param }>(
    'error',
    { ja: '役割が事業一覧にない', en: 'Role not in the project list' },
    {
      ja: (p) => `役割ごとの成果指標「${p.name}」の役割${p.role}が、事業一覧の役割にありません。`,
      en: (p) => `The role indicator "${p.name}" names role ${p.role}, which the project list does not have.`,
    },
  ),
  /** An indicator names a project number not in the project table. */
  INDICATOR_UNKNOWN_PROJECT: check<{ no: Param; name: Param }>(
    'error',
    { ja: '指標の事業番号が一覧にない', en: 'Indicator of an unknown project' },
    {
      ja: (p) => `事業番号 ${p.no} は事業一覧にありません。指標「${p.name}」の事業番号を確認してください。`,
      en: (p) => `Project number ${p.no} is not in the project list (indicator "${p.name}").`,
    },
  ),
  /** An indicator row names its project otherwise than the register does for its number. */
  PROJECT_NAME_MISMATCH: check<{ no: number; given: Param; registered: Param }>(
    'warning',
    { ja: '事業番号と事業名が合わない', en: 'Project number and name differ' },
    {
      ja: (p) =>
        `事業番号 ${p.no} の事業名が「${p.given}」になっていますが、事業一覧では「${p.registered}」です。事業番号を確認してください。`,
      en: (p) => `Project ${p.no} is named "${p.given}" here but "${p.registered}" in the project list; check the project number.`,
    },
  ),
  /** In one row per year, an indicator's name changes between years: it would count as two items. */
  INDICATOR_RENAMED: check<{ owner: Owner; before: Param; after: Param; until: number; from: number }>(
    'warning',
    { ja: '年度の途中で指標名が変わっている', en: 'Indicator renamed between years' },
    {
      ja: (p) =>
        `${OWNER.ja(p.owner)} の指標「${p.before}」（${fiscalYearJa(p.until)}まで）と「${p.after}」（${fiscalYearJa(p.from)}から）は、年度で分かれた別の2項目として数えています。同じ指標の名前を変えたものなら、名前をそろえてください。`,
      en: (p) =>
        `The indicator "${p.before}" of ${OWNER.en(p.owner)} (to FY${p.until}) and "${p.after}" (from FY${p.from}) are counted as two items split by year. If it is one indicator renamed, give both the same name.`,
    },
  ),
  /** A sheet reads as an evaluation sheet but says no fiscal year. */
  REPORT_YEAR_MISSING: check<{ sheet: Param }>(
    'warning',
    { ja: '評価調書の年度がわからない', en: 'Evaluation sheet without a year' },
    {
      ja: (p) =>
        `シート「${p.sheet}」は事業ごとの評価調書として読めますが、年度がわかりません。タイトルに「令和6年度」のように書くか、年度を指定してください（作業ウィンドウの［年度］、コマンドの --year）。`,
      en: (p) =>
        `Sheet "${p.sheet}" reads as a project's evaluation sheet but names no fiscal year; write it in the title (令和6年度) or choose the year.`,
    },
  ),
  /** An indicator row has no indicator name. */
  INDICATOR_NAME_MISSING: check<{ owner: Owner }>(
    'error',
    { ja: '指標名がない', en: 'Indicator name missing' },
    {
      ja: (p) => `${OWNER.ja(p.owner)} の行に指標名がありません。`,
      en: (p) => `A row of ${OWNER.en(p.owner)} has no indicator name.`,
    },
  ),
  /** A number (target, actual, baseline, budget) cannot be read. */
  NUMBER_INVALID: check<{ column: NumberColumn; raw: Param; reason?: InvalidReason }>(
    'error',
    { ja: '数値として読めない', en: 'Not a number' },
    {
      ja: (p) =>
        `${NUMBER_COLUMNS[p.column].ja}「${p.raw}」を数値として読めません${p.reason ? (INVALID_REASONS[p.reason]?.ja ?? '') : ''}。`,
      en: (p) => `${NUMBER_COLUMNS[p.column].en} "${p.raw}" is not a number${p.reason ? (INVALID_REASONS[p.reason]?.en ?? '') : ''}.`,
    },
  ),
  /** A fiscal year cannot be read. */
  YEAR_INVALID: check<{ raw: Param }>(
    'error',
    { ja: '年度が読めない', en: 'Fiscal year not readable' },
    {
      ja: (p) => `年度「${p.raw}」を読めません。2024、2024年度、R6、令和6年度のいずれかの形で入力してください。`,
      en: (p) => `Fiscal year "${p.raw}" is not readable. Write 2024, 2024年度, R6 or 令和6年度.`,
    },
  ),
  /** The actual's unit does not match the target's. */
  UNIT_MISMATCH: check<{ actualUnit: Param; targetUnit: Param }>(
    'error',
    { ja: '単位が合わない', en: 'Units differ' },
    {
      ja: (p) => `実績値の単位「${p.actualUnit}」が目標値の単位「${p.targetUnit}」と合いません。評価できません。`,
      en: (p) => `The actual's unit "${p.actualUnit}" does not match the target's unit "${p.targetUnit}"; not graded.`,
    },
  ),
  /** A bracket after an actual (a note, never the target) disagrees with the year's target. */
  BRACKET_DIFFERS: check<{ raw: Param; target: Param }>(
    'warning',
    { ja: '実績値の括弧内が目標値と異なる', en: 'Bracket differs from the target' },
    {
      ja: (p) =>
        `実績値「${p.raw}」の括弧内が、この年度の目標値 ${p.target} と異なります。括弧内は注記として読み、評価には目標値の列を使います。`,
      en: (p) =>
        `The bracket in the actual "${p.raw}" differs from the year's target ${p.target}; it is read as a note and the target column is used.`,
    },
  ),
  /** A yearly target is zero or negative. */
  TARGET_NOT_POSITIVE: check<{ value: Param }>(
    'error',
    { ja: '目標値が 0 以下', en: 'Target not above zero' },
    {
      ja: (p) => `目標値 ${p.value} は 0 より大きくなければ達成率を計算できません。`,
      en: (p) => `Target ${p.value} must be greater than 0 to compute an achievement rate.`,
    },
  ),
  /** A grade cell holds something other than the policy labels. */
  GRADE_INVALID: check<{ raw: Param; labels: Param }>(
    'error',
    { ja: '進捗評価の値が不正', en: 'Unknown grade' },
    {
      ja: (p) => `進捗評価「${p.raw}」は使えません。${p.labels} のいずれかを入力してください。`,
      en: (p) => `Grade "${p.raw}" is not one of ${p.labels}.`,
    },
  ),
  /** A grade uses a Cyrillic or Greek letter that looks like a Latin one (read as the Latin label). */
  GRADE_LOOKALIKE: check<{ raw: Param; label: Param }>(
    'warning',
    { ja: '英字に似た文字の進捗評価', en: 'Look-alike grade letter' },
    {
      ja: (p) => `進捗評価「${p.raw}」に英字に似た別の文字（全角・キリル文字など）が使われています。「${p.label}」として読みました。`,
      en: (p) => `Grade "${p.raw}" uses a look-alike character (full-width or Cyrillic); read as "${p.label}".`,
    },
  ),
  /** The year's actual is blank: the item is "-" for a gap, not for one of the legend's reasons. */
  ACTUAL_MISSING: check<{ name: Param; year: number }>(
    'warning',
    { ja: '実績値が未入力', en: 'Actual not entered' },
    {
      ja: (p) => `指標「${p.name}」の${fiscalYearJa(p.year)}の実績値が入力されていません。集計では「-」（実績値未入力）になります。`,
      en: (p) => `Indicator "${p.name}" has no actual for FY${p.year}; it is summarised as "-" (no actual yet).`,
    },
  ),
  /** One row per year: the indicator has no row for the year, so it is "-" for a gap. */
  YEAR_ROW_MISSING: check<{ name: Param; year: number }>(
    'warning',
    { ja: '年度の行がない', en: 'No row for the year' },
    {
      ja: (p) => `指標「${p.name}」には${fiscalYearJa(p.year)}の行がありません。集計では「-」（年度の目標値なし）になります。`,
      en: (p) => `Indicator "${p.name}" has no row for FY${p.year}; it is summarised as "-" (no target for the year).`,
    },
  ),
  /** No target applies to the year: the item is "-" for a gap, not for one of the legend's reasons. */
  TARGET_MISSING: check<{ name: Param; year: number }>(
    'warning',
    { ja: '年度の目標値がない', en: 'No target for the year' },
    {
      ja: (p) =>
        `指標「${p.name}」に${fiscalYearJa(p.year)}の目標値がありません（その年度の目標値、毎年度の目標（例: 1回以上/年度）、または最終年度の目標値）。集計では「-」（年度の目標値なし）になります。`,
      en: (p) =>
        `Indicator "${p.name}" has no target for FY${p.year} (the year's own, a per-year target such as 1回以上/年度, or the final year's); it is summarised as "-".`,
    },
  ),
  /** A hand-entered grade differs from the computed one. */
  GRADE_DIFFERS: check<{ entered: Param; computed: Param; rate: Param }>(
    'warning',
    { ja: '入力済みの評価が計算結果と異なる', en: 'Entered grade differs' },
    {
      ja: (p) => `入力済みの進捗評価「${p.entered}」は、計算結果「${p.computed}」（達成率 ${p.rate}）と異なります。`,
      en: (p) => `The entered grade "${p.entered}" differs from the computed "${p.computed}" (rate ${p.rate}).`,
    },
  ),
  /** An indicator has two rows for the same year. */
  RESULT_DUPLICATE: check<{ name: Param; year: Param; first: Param }>(
    'error',
    { ja: '同じ年度の行が重複', en: 'Duplicate year row' },
    {
      ja: (p) => `指標「${p.name}」の ${p.year}年度 の行が重複しています（最初は ${p.first}）。`,
      en: (p) => `Indicator "${p.name}" has two rows for FY${p.year} (first at ${p.first}).`,
    },
  ),
  /** A budget 計 differs from the sum of its years. */
  BUDGET_TOTAL_MISMATCH: check<{ total: Param; sum: Param; diff: Param }>(
    'error',
    { ja: '事業費の計が合わない', en: 'Budget total differs' },
    {
      ja: (p) => `事業費の計 ${p.total} が各年度の合計 ${p.sum} と一致しません（差 ${p.diff}）。`,
      en: (p) => `Budget total ${p.total} differs from the sum of its years, ${p.sum} (difference ${p.diff}).`,
    },
  ),
  /** A heading such as "(17事業)" differs from the projects under it. */
  GROUP_COUNT_MISMATCH: check<{ heading: Param; stated: Param; actual: Param }>(
    'warning',
    { ja: '見出しの事業数が合わない', en: 'Heading count differs' },
    {
      ja: (p) => `見出し「${p.heading}」の事業数 ${p.stated} が、その下の事業数 ${p.actual} と一致しません。`,
      en: (p) => `Heading "${p.heading}" states ${p.stated} projects, but ${p.actual} are listed under it.`,
    },
  ),
  /** A participation cell holds something other than ○ or blank. */
  PARTICIPATION_INVALID: check<{ raw: Param }>(
    'warning',
    { ja: '参加欄が ○ か空欄でない', en: 'Participation not ○ or blank' },
    {
      ja: (p) => `参加欄「${p.raw}」は ○ か空欄で入力してください。`,
      en: (p) => `Participation "${p.raw}" should be ○ or blank.`,
    },
  ),
};

export type CheckCode = keyof typeof CHECKS;
export type CheckParams<C extends CheckCode> = (typeof CHECKS)[C] extends CheckDefinition<infer P> ? P : never;
